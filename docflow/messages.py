"""User-facing messages raised by services: an English msgid plus parameters, translated at
the edge (web pages, API) with ``gettext(err.msgid, **err.params)``. No flask here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["N_", "DomainError", "Text", "translate"]


def N_(msgid: str) -> str:
    """Mark a string for extraction into the message catalogues; returns it unchanged."""
    return msgid


@dataclass(frozen=True)
class Text:
    """A message that is itself a parameter of another (a signing refusal inside "the file %(name)s
    cannot be used: %(reason)s"): translated where the outer message is, by ``translate``."""

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.msgid % dict(self.params) if self.params else self.msgid


def translate(gettext: Callable[..., str], msgid: str, params: Mapping[str, Any] | None = None) -> str:
    """``gettext(msgid, **params)`` with every ``Text`` parameter translated first."""
    resolved = {k: translate(gettext, v.msgid, v.params) if isinstance(v, Text) else v
                for k, v in (params or {}).items()}
    return gettext(msgid, **resolved) if resolved else gettext(msgid)


class DomainError(Exception):
    """Base of every area's errors: ``msgid`` (English, with %(name)s placeholders),
    ``params``, an optional form ``field`` and the HTTP status the edge should use."""

    http_status = 400

    def __init__(self, msgid: str, *, field: str | None = None, **params: Any) -> None:
        self.msgid = msgid
        self.params = params
        self.field = field
        super().__init__(msgid % params if params else msgid)

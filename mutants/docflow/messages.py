"""User-facing messages raised by services: an English msgid plus parameters, translated at
the edge (web pages, API) with ``gettext(err.msgid, **err.params)``. No flask here."""

from __future__ import annotations

from typing import Any

__all__ = ["N_", "DomainError"]


def N_(msgid: str) -> str:
    """Mark a string for extraction into the message catalogues; returns it unchanged."""
    return msgid


class DomainError(Exception):
    """Base of every area's errors: ``msgid`` (English, with %(name)s placeholders),
    ``params``, an optional form ``field`` and the HTTP status the edge should use."""

    http_status = 400

    def __init__(self, msgid: str, *, field: str | None = None, **params: Any) -> None:
        self.msgid = msgid
        self.params = params
        self.field = field
        super().__init__(msgid % params if params else msgid)

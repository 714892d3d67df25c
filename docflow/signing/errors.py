"""The signing area's errors: one base ``SigningError`` carrying a message a user can read.

A message is an English msgid (marked with ``N_``) and its parameters: ``message`` is the
English sentence (the CLI prints it on one line), ``text`` the translatable form the web and
API layers put into their own messages (``docflow.messages.Text``, translated at the edge).
"""

from __future__ import annotations

from typing import Any

from docflow.messages import Text

__all__ = [
    "SigningError",
    "InvalidInput",
    "DamagedPdf",
    "TimestampUnavailable",
    "CertificationForbids",
    "KeyUnavailable",
]


class SigningError(Exception):
    """Signing did not happen; ``message`` says why in words a clerk or leader understands."""

    def __init__(self, msgid: str, **params: Any) -> None:
        self.msgid = msgid
        self.params = params
        self.message = msgid % params if params else msgid
        super().__init__(self.message)

    @property
    def text(self) -> Text:
        """The message, to be translated into the reader's language."""
        return Text(self.msgid, self.params)


class InvalidInput(SigningError):
    """The PDF (or a parameter such as page or box) cannot be signed as given."""


class DamagedPdf(InvalidInput):
    """The PDF's structure is broken (a parser failed); a repair may recover an unsigned one."""


class TimestampUnavailable(SigningError):
    """The time-stamp authority failed and signing without a time-stamp was not allowed."""


class CertificationForbids(SigningError):
    """DocMDP rules forbid this signature (certified P=1, or certifying a signed document)."""


class KeyUnavailable(SigningError):
    """The signer's key could not produce a signature (token removed, key locked...)."""

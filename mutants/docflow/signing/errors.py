"""The signing area's errors: one base ``SigningError`` carrying a message a user can read.

The web and API layers map ``SigningError`` to an HTTP answer in one place; the CLI prints
``str(error)`` on one line.
"""

from __future__ import annotations

__all__ = [
    "SigningError",
    "InvalidInput",
    "TimestampUnavailable",
    "CertificationForbids",
    "KeyUnavailable",
]


class SigningError(Exception):
    """Signing did not happen; ``message`` says why in words a clerk or leader understands."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(SigningError):
    """The PDF (or a parameter such as page or box) cannot be signed as given."""


class TimestampUnavailable(SigningError):
    """The time-stamp authority failed and signing without a time-stamp was not allowed."""


class CertificationForbids(SigningError):
    """DocMDP rules forbid this signature (certified P=1, or certifying a signed document)."""


class KeyUnavailable(SigningError):
    """The signer's key could not produce a signature (token removed, key locked...)."""

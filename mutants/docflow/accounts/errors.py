"""Errors of the accounts area; the web layer maps them to messages and HTTP codes."""

from __future__ import annotations

from ..messages import DomainError

__all__ = ["AccountError", "InvalidCredentials", "AccountLocked", "AccountInactive", "NotFound",
           "ValidationFailed", "Forbidden"]


class AccountError(DomainError):
    """Base class of the accounts area."""


class InvalidCredentials(AccountError):
    http_status = 401


class AccountLocked(AccountError):
    http_status = 429

    @property
    def minutes_left(self) -> int:
        return int(self.params.get("minutes", 1))


class AccountInactive(AccountError):
    http_status = 403


class NotFound(AccountError):
    http_status = 404


class Forbidden(AccountError):
    http_status = 403


class ValidationFailed(AccountError):
    http_status = 400

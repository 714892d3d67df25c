"""Errors of the document workflow, each with a message for the user and an HTTP status."""

from __future__ import annotations

from ..messages import DomainError

__all__ = ["WorkflowError", "NotAllowed", "DocumentNotFound", "StaleRevision", "InvalidTransition",
           "InvalidDocument", "SigningFailed"]


class WorkflowError(DomainError):
    http_status = 400


class NotAllowed(WorkflowError):
    http_status = 403


class DocumentNotFound(WorkflowError):
    """Also raised for documents outside the user's scope: their existence is not revealed."""

    http_status = 404


class StaleRevision(WorkflowError):
    """Someone else acted on the document first (two tabs, two leaders, a double click)."""

    http_status = 409


class InvalidTransition(WorkflowError):
    http_status = 409


class InvalidDocument(WorkflowError):
    http_status = 400


class SigningFailed(WorkflowError):
    http_status = 400

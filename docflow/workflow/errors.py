"""Errors of the document workflow, each with a message for the user and an HTTP status."""

from __future__ import annotations

from ..messages import N_, DomainError, Text

__all__ = ["WorkflowError", "NotAllowed", "DocumentNotFound", "StaleRevision", "InvalidTransition",
           "InvalidDocument", "SigningFailed", "STATUS_LABELS", "not_now"]

# The words for the states of documents and incoming copies (the pages and the errors say them).
STATUS_LABELS = {
    "draft": N_("Draft"), "in_review": N_("In review"), "awaiting_signature": N_("Awaiting signature"),
    "returned": N_("Returned"), "signed": N_("Signed"), "issued": N_("Issued"), "dispatched": N_("Dispatched"),
    "recalled": N_("Recalled"), "received": N_("Received"), "refused": N_("Refused"), "registered": N_("Registered"),
    "assigned": N_("Assigned"), "in_progress": N_("In progress"), "completed": N_("Completed"),
    "transferred": N_("Handed over to the successor agency"),
}


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


def not_now(status: str) -> InvalidTransition:
    """The refusal of an action the object's state does not allow, naming the state in words."""
    label = STATUS_LABELS.get(status)
    return InvalidTransition(N_("This action is not possible in the document's current state (%(status)s)."),
                             status=Text(label) if label else status)

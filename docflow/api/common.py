"""Small helpers shared by the API resources: the request's session, user and workflow
context, and the plain dicts the response schemas dump."""

from __future__ import annotations

from flask import current_app, request
from flask_babel import force_locale
from sqlalchemy.orm import Session

from .. import access
from ..models import Delivery, Document, Unit, User
from ..runtime import workflow_context
from ..uow import UnitOfWork
from ..web.requestdb import get_session, get_uow
from ..workflow import outgoing, queries
from ..workflow.context import WorkflowContext
from .auth import api_user
from .errors import api_locale

__all__ = ["db", "uow", "me", "ctx", "config", "page_meta", "document_dict", "delivery_dict", "summary_dict"]


def db() -> Session:
    return get_session()


def uow() -> UnitOfWork:
    """What handlers pass to the services that write (they commit; handlers never do)."""
    return get_uow()


def me() -> User:
    return api_user()


def config():
    return current_app.config["DOCFLOW"]


def ctx() -> WorkflowContext:
    return workflow_context(db(), config(), ip=request.remote_addr or "")


def page_meta(page) -> dict:
    return {"per_page": page.per_page, "total": page.total, "total_exact": page.total_exact,
            "next_cursor": page.next_cursor, "prev_cursor": page.prev_cursor}


def summary_dict(doc: Document) -> dict:
    return {"id": doc.id, "agency_id": doc.agency_id, "doc_type": doc.doc_type, "subject": doc.subject,
            "notation": doc.notation, "status": doc.status.value, "urgency": doc.urgency.value,
            "updated_at": doc.updated_at, "revision": doc.revision}


def _repair(version) -> dict:
    """The intake's repair of an uploaded version: what was done, the notice in the reader's
    language, and the hash of the file as it was uploaded."""
    from flask_babel import gettext

    from ..signing.intake import REPAIR_NOTICE, REPAIRS

    keys = (version.details or {}).get("repaired") or []
    if not keys:
        return {"repaired": [], "repair_notice": None, "original_sha256": None}
    with force_locale(api_locale()):
        what = "; ".join(gettext(REPAIRS[k]) for k in keys if k in REPAIRS)
        notice = f"{gettext(REPAIR_NOTICE).rstrip('.')}: {what}."
    return {"repaired": list(keys), "repair_notice": notice,
            "original_sha256": version.details.get("original_sha256")}


def _notation_warning(session: Session, doc: Document) -> dict | None:
    """The draft prints another notation than the one issuing assigns (outgoing.notation_mismatch)."""
    from flask_babel import gettext

    found = outgoing.notation_mismatch(session, doc)
    if found is None:
        return None
    return {"printed": found.printed, "expected": found.expected, "part": found.part,
            "message": gettext(outgoing.NOTATION_MISMATCH, printed=found.printed, expected=found.expected,
                               what=gettext(outgoing.NOTATION_PARTS[found.part]))}


def document_dict(session: Session, doc: Document) -> dict:
    files = [{"id": f.id, "role": f.role.value, "position": f.position, "filename": f.filename,
              "versions": [{"id": v.id, "seq": v.seq, "sha256": v.sha256, "size": v.size, "reason": v.reason,
                            "signature_field": v.signature_field, "page_count": v.page_count,
                            "created_at": v.created_at, **_repair(v)} for v in f.versions]} for f in doc.files]
    recipients = [{"agency_id": d.recipient_agency_id, "agency_name": name, "status": d.status.value,
                   "verdict": d.verdict, "refused_reason": d.refused_reason}
                  for d, name in queries.recipients_status(session, doc)]
    return {
        **summary_dict(doc),
        "unit_id": doc.unit_id, "created_by_id": doc.created_by_id, "confidentiality": doc.confidentiality.value,
        "reviewer_id": doc.reviewer_id, "signer_id": doc.signer_id, "authority_line": doc.authority_line,
        "handling_deadline": doc.handling_deadline, "recipients": list(doc.recipients), "year": doc.year,
        "circulation_marks": outgoing.circulation_marks(doc),
        "number": doc.number, "replaces_id": doc.replaces_id, "signed_at": doc.signed_at,
        "issued_at": doc.issued_at, "dispatched_at": doc.dispatched_at, "recalled_at": doc.recalled_at,
        "recall_reason": doc.recall_reason, "created_at": doc.created_at, "files": files,
        "recipients_status": recipients,
        "places": [p.to_dict() for p in outgoing.issuance_places(doc)] if doc.number is None else [],
        "number_on_page": outgoing.number_on_page(doc),
        "notation_warning": _notation_warning(session, doc),
        # what the caller may do now: the same declaration the page's buttons come from
        "actions": sorted(access.available_actions(me(), doc)),
    }


def delivery_dict(session: Session, d: Delivery, *, detail: bool = False) -> dict:
    doc = d.document
    sender = session.get(Unit, doc.agency_id)
    out: dict[str, object] = {
        "id": d.id, "status": d.status.value, "revision": d.revision, "recipient_agency_id": d.recipient_agency_id,
        "sender_agency_id": doc.agency_id if d.source == "docflow" else d.sender_agency_id,
        "sender_agency_name": d.sender_name or (sender.name if sender else ""), "source": d.source,
        "requested_deadline": d.requested_deadline,
        "document_id": doc.id, "notation": doc.notation, "subject": doc.subject, "doc_type": doc.doc_type,
        "urgency": doc.urgency.value, "issued_at": doc.issued_at, "received_at": d.received_at,
        "verdict": d.verdict, "refused_reason": d.refused_reason, "incoming_year": d.incoming_year,
        "incoming_number": d.incoming_number, "registered_at": d.registered_at,
        "duplicate_warning": d.duplicate_warning, "lead_unit_id": d.lead_unit_id,
        "cooperating_unit_ids": [c.unit_id for c in d.cooperating], "handler_id": d.handler_id,
        "deadline": d.deadline, "direction": d.direction, "assigned_at": d.assigned_at, "started_at": d.started_at,
        "completed_at": d.completed_at, "completion_note": d.completion_note,
        "reply_document_id": d.reply_document_id, "frozen": d.frozen,
    }
    if detail:
        out["verification"] = d.verification or {}
    return out

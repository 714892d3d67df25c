"""The outbox: one row per (event, subscribed webhook), written with the action it announces.
Services call ``enqueue``; it never does I/O and never imports flask."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Webhook, WebhookDelivery, utcnow

__all__ = ["EVENTS", "enqueue", "delivery_event", "document_event", "SESSION_FLAG"]

EVENTS = (
    "document.received",  # a delivery arrived at the agency (signatures verified)
    "document.registered",  # the recipient registered it (incoming number)
    "document.refused",  # a recipient refused the agency's document (or the agency refused one)
    "document.completed",  # the recipient completed it
    "document.recalled",  # the sender recalled it
)

SESSION_FLAG = "docflow.webhooks.enqueued"


def enqueue(session: Session, agency_id: int | None, event: str, payload: dict) -> int:
    """Write ``event`` for every active webhook of ``agency_id`` subscribed to it; returns how
    many rows were written. The rows commit (or roll back) with the caller's transaction."""
    if agency_id is None:
        return 0
    if event not in EVENTS:
        raise ValueError(f"unknown webhook event {event!r}")
    hooks = session.execute(select(Webhook).where(Webhook.agency_id == agency_id, Webhook.active.is_(True))).scalars()
    now = utcnow()
    count = 0
    for hook in hooks:
        if hook.events and event not in hook.events:
            continue
        event_id = str(uuid.uuid4())
        body = {"id": event_id, "event": event, "agency_id": agency_id, "created_at": now.isoformat(), "data": payload}
        session.add(WebhookDelivery(event_id=event_id, webhook_id=hook.id, event=event, payload=body, created_at=now,
                                    next_attempt_at=now))
        count += 1
    if count:
        session.info[SESSION_FLAG] = True  # after commit, a job queue (if any) is told
    return count


def _agency(session: Session, agency_id: int) -> dict:
    from ..models import Unit

    unit = session.get(Unit, agency_id)
    return {"id": unit.id, "code": unit.code, "name": unit.name} if unit else {"id": agency_id}


def _document(doc) -> dict:
    return {"id": doc.id, "notation": doc.notation, "subject": doc.subject, "doc_type": doc.doc_type,
            "urgency": doc.urgency.value, "status": doc.status.value}


def delivery_event(session: Session, event: str, delivery, *, sender: bool = True, recipient: bool = True) -> None:
    """An event about one incoming copy, for the recipient agency and/or the sender agency."""
    doc = delivery.document
    payload = {
        "delivery": {"id": delivery.id, "status": delivery.status.value, "verdict": delivery.verdict,
                     "incoming_number": delivery.incoming_number, "incoming_year": delivery.incoming_year,
                     "refused_reason": delivery.refused_reason},
        "document": _document(doc),
        "sender_agency": _agency(session, doc.agency_id),
        "recipient_agency": _agency(session, delivery.recipient_agency_id),
    }
    if recipient:
        enqueue(session, delivery.recipient_agency_id, event, {**payload, "role": "recipient"})
    if sender:
        enqueue(session, doc.agency_id, event, {**payload, "role": "sender"})


def document_event(session: Session, event: str, doc) -> None:
    """An event about an outgoing document, for its own agency."""
    enqueue(session, doc.agency_id, event, {"document": _document(doc), "reason": doc.recall_reason,
                                            "sender_agency": _agency(session, doc.agency_id), "role": "sender"})

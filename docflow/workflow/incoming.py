"""Incoming documents (văn bản đến) at each recipient agency: received (verified on
arrival) → registered (yearly incoming number) → assigned (lead unit, co-operating units,
deadline) → in progress → completed; or refused, with the reason the sender sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_
from ..models import (
    Delivery,
    DeliveryStatus,
    DeliveryUnit,
    Document,
    DocumentEvent,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
)
from ..uow import transactional
from ..verification import verify_pdf
from ..webhooks.outbox import delivery_event
from .context import WorkflowContext, unit_of
from .errors import DocumentNotFound, InvalidDocument, InvalidTransition, NotAllowed, StaleRevision, not_now
from .notify import agency_users_with_role, notify
from .sender import check_sender

__all__ = ["deliver", "get_delivery", "register", "refuse", "assign", "start", "complete", "plain_verdict"]


def plain_verdict(verdict: str) -> str:
    return {
        "TOTAL_PASSED": N_("Valid signatures"),
        "TOTAL_FAILED": N_("Invalid: the document was altered or a signature is forged"),
        "INDETERMINATE": N_("Could not be confirmed (untrusted, expired or revocation unknown)"),
        "NO_SIGNATURE_FOUND": N_("Not signed"),
    }.get(verdict, verdict)


def _problems(report: dict) -> str:
    reasons: list[str] = []
    for sig in report.get("signatures", []):
        if sig.get("indication") != "TOTAL_PASSED":
            reasons.extend(sig.get("problems") or [f"{sig.get('indication')} / {sig.get('subindication')}"])
    return "; ".join(dict.fromkeys(reasons))[:2000] or report.get("verdict", "")


@transactional
def deliver(session: Session, ctx: WorkflowContext, doc: Document, recipient: Unit, data: bytes) -> Delivery:
    """A copy arrives at ``recipient``: its signatures are verified now. A copy that fails
    verification (altered, forged) is refused automatically with the verifier's reason."""
    if recipient is None or recipient.kind != UnitKind.AGENCY:
        raise InvalidDocument(N_("The recipient is not an agency."))
    addressed = recipient
    recipient = access.successor_agency(session, recipient, ctx.today())
    twin = session.execute(select(Delivery).where(
        Delivery.document_id == doc.id, Delivery.recipient_agency_id == recipient.id)).scalar_one_or_none()
    if twin is not None and (recipient.id != addressed.id or twin.addressed_agency_id is not None):
        # addressed to both a merged agency and its successor: one copy, the other address noted
        session.add(DocumentEvent(document_id=doc.id, delivery_id=twin.id, action="routed",
                                  comment=f"{addressed.name} → {recipient.name}",
                                  details={"addressed": addressed.id, "to": recipient.id}))
        return twin
    report = verify_pdf(data, ctx.trust()).to_json()
    sha = ctx.blobs.put(data)
    delivery = Delivery(document_id=doc.id, recipient_agency_id=recipient.id, received_at=ctx.now(),
                        verdict=report["verdict"], verification=report, verified_sha256=sha,
                        status=DeliveryStatus.RECEIVED, requested_deadline=doc.handling_deadline,
                        addressed_agency_id=addressed.id if addressed.id != recipient.id else None)
    sender_check = None
    if report["verdict"] in ("TOTAL_FAILED", "NO_SIGNATURE_FOUND"):
        delivery.status = DeliveryStatus.REFUSED
        delivery.refused_reason = "Từ chối tự động: chữ ký số không hợp lệ — " + _problems(report)
    else:
        # a valid seal of another agency proves nothing about the sender (issue 13)
        sender_check = check_sender(session, unit_of(session, doc.agency_id), report)
        delivery.verification = {**report, "sender_check": sender_check.to_json()}
        if not sender_check.ok:
            delivery.status = DeliveryStatus.REFUSED
            delivery.refused_reason = ("Từ chối tự động: dấu trên văn bản không phải của cơ quan gửi — "
                                       + (sender_check.reason or ""))[:2000]
    session.add(delivery)
    session.flush()
    if delivery.addressed_agency_id is not None:
        # the sender addressed an agency merged into this one: say so on the copy
        session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, action="routed",
                                  comment=f"{addressed.name} → {recipient.name}",
                                  details={"addressed": addressed.id, "to": recipient.id}))
    session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, action="received",
                              comment=delivery.refused_reason, details={"verdict": report["verdict"]}))
    audit.record(session, "delivery.receive", object_type="delivery", object_id=delivery.id,
                 agency_id=recipient.id, result="ok" if delivery.status == DeliveryStatus.RECEIVED else "failed",
                 details={"document_id": doc.id, "verdict": report["verdict"], "sha256": sha,
                          **({"sender_check": "ok" if sender_check.ok else "mismatch",
                              "seal_subject": sender_check.seal_subject,
                              "seal_sha256": sender_check.seal_sha256} if sender_check else {})})
    if sender_check is not None and not sender_check.ok:
        audit.record(session, "delivery.sender_mismatch", object_type="delivery", object_id=delivery.id,
                     agency_id=recipient.id, result="failed",
                     details={"document_id": doc.id, "sender": sender_check.sender,
                              "seal_subject": sender_check.seal_subject, "seal_sha256": sender_check.seal_sha256,
                              "seal_owner": sender_check.owner, "reason": sender_check.reason})
    if delivery.status == DeliveryStatus.REFUSED:
        notify(session, [doc.created_by_id, *agency_users_with_role(session, doc.agency_id, Role.CLERK)],
               N_("Your document %(notation)s was refused by %(agency)s: %(reason)s"),
               {"notation": doc.notation or "", "agency": recipient.name, "reason": delivery.refused_reason},
               document=doc, delivery=delivery)
    else:
        notify(session, agency_users_with_role(session, recipient.id, Role.CLERK),
               N_("A document arrived: %(notation)s — %(subject)s"),
               {"notation": doc.notation or "", "subject": doc.subject}, document=doc, delivery=delivery,
               urgent=doc.urgency != Urgency.NORMAL)
    refused = delivery.status == DeliveryStatus.REFUSED
    delivery_event(session, "document.refused" if refused else "document.received", delivery, sender=refused)
    return delivery


def get_delivery(session: Session, user: User, delivery_id: int) -> Delivery:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or not access.can_read_delivery(user, delivery):
        raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
    return delivery


def _expect(delivery: Delivery, revision: int | None) -> None:
    if delivery.frozen:
        raise InvalidTransition(N_("The sender recalled this document; it can no longer be processed."))
    if revision is not None and delivery.revision != revision:
        raise StaleRevision(N_("Someone changed this document while you were looking at it. "
                               "Reload it to see its current state."))


def _state(delivery: Delivery, *allowed: DeliveryStatus) -> None:
    if delivery.status not in allowed:
        raise not_now(delivery.status.value)


def _event(session: Session, delivery: Delivery, actor: User, action: str, comment: str | None = None,
           **details) -> None:
    session.add(DocumentEvent(document_id=delivery.document_id, delivery_id=delivery.id, actor_id=actor.id,
                              action=action, comment=comment, details=details))


def _audit(session: Session, ctx: WorkflowContext, actor: User, action: str, delivery: Delivery, **details) -> None:
    audit.record(session, action, actor=actor, object_type="delivery", object_id=delivery.id, ip=ctx.ip,
                 agency_id=delivery.recipient_agency_id, details=details)


def _sender_people(session: Session, delivery: Delivery) -> list[int]:
    if delivery.source != "docflow":  # registered from paper or e-mail: nobody in docflow sent it
        return []
    doc = delivery.document
    return [doc.created_by_id, *agency_users_with_role(session, doc.agency_id, Role.CLERK)]


def _clerk(actor: User, delivery: Delivery) -> None:
    if not actor.has_role(Role.CLERK) or actor.agency_id != delivery.recipient_agency_id:
        raise NotAllowed(N_("Only a clerk of the receiving agency can do this."))


@transactional
def register(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int) -> Delivery:
    """Enter the document in the incoming register with the next yearly number. A document
    with the same number, notation and sender already registered raises a warning, not an error."""
    from .numbering import next_number

    _expect(delivery, revision)
    _clerk(actor, delivery)
    _state(delivery, DeliveryStatus.RECEIVED)
    doc = delivery.document
    twins = session.execute(
        select(Delivery.incoming_number).join(Document, Document.id == Delivery.document_id)
        .where(Delivery.recipient_agency_id == delivery.recipient_agency_id, Delivery.id != delivery.id,
               Delivery.incoming_number.is_not(None), Document.notation == doc.notation,
               Document.agency_id == doc.agency_id)
    ).scalars().all()
    year = ctx.year()
    delivery.incoming_year = year
    delivery.incoming_number = next_number(session, delivery.recipient_agency_id, year, "incoming")
    delivery.registered_at = ctx.now()
    delivery.registered_by_id = actor.id
    delivery.status = DeliveryStatus.REGISTERED
    if twins:
        delivery.duplicate_warning = (f"Văn bản số {doc.notation} của cơ quan này đã được vào sổ "
                                      f"(số đến {', '.join(str(n) for n in twins)}).")
    _event(session, delivery, actor, "registered", number=delivery.incoming_number, year=year)
    _audit(session, ctx, actor, "delivery.register", delivery, number=delivery.incoming_number, year=year)
    leaders = agency_users_with_role(session, delivery.recipient_agency_id, Role.LEADER)
    notify(session, leaders, N_("An incoming document awaits your direction: %(subject)s"),
           {"subject": doc.subject}, document=doc, delivery=delivery, urgent=doc.urgency != Urgency.NORMAL)
    notify(session, _sender_people(session, delivery), N_("%(agency)s registered your document %(notation)s"),
           {"agency": unit_of(session, delivery.recipient_agency_id).name, "notation": doc.notation or ""},
           document=doc, delivery=delivery)
    session.flush()
    delivery_event(session, "document.registered", delivery)
    return delivery


@transactional
def refuse(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int,
           reason: str) -> Delivery:
    _expect(delivery, revision)
    _clerk(actor, delivery)
    _state(delivery, DeliveryStatus.RECEIVED)
    if not reason.strip():
        raise InvalidDocument(N_("Say why the document is refused."), field="reason")
    delivery.status = DeliveryStatus.REFUSED
    delivery.refused_reason = reason.strip()
    _event(session, delivery, actor, "refused", reason.strip())
    _audit(session, ctx, actor, "delivery.refuse", delivery, reason=reason.strip())
    agency = unit_of(session, delivery.recipient_agency_id)
    notify(session, _sender_people(session, delivery),
           N_("Your document %(notation)s was refused by %(agency)s: %(reason)s"),
           {"notation": delivery.document.notation or "", "agency": agency.name, "reason": reason.strip()},
           document=delivery.document, delivery=delivery)
    session.flush()
    delivery_event(session, "document.refused", delivery)
    return delivery


@transactional
def assign(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int, *,
           lead_unit_id: int, cooperating_unit_ids: Sequence[int] = (), deadline: dt.date | None = None,
           handler_id: int | None = None, direction: str = "") -> Delivery:
    """The leader directs the document: lead unit, co-operating units, deadline, optional handler."""
    _expect(delivery, revision)
    _state(delivery, DeliveryStatus.REGISTERED, DeliveryStatus.ASSIGNED)
    if not actor.has_role(Role.LEADER) or actor.agency_id != delivery.recipient_agency_id:
        raise NotAllowed(N_("Only a leader of the receiving agency can direct this document."))
    units = {u.id: u for u in session.execute(
        select(Unit).where(Unit.agency_id == delivery.recipient_agency_id, Unit.active.is_(True))).scalars()}
    if lead_unit_id not in units:
        raise InvalidDocument(N_("Choose the lead unit among your agency's units."), field="lead_unit_id")
    if any(u not in units or u == lead_unit_id for u in cooperating_unit_ids):
        raise InvalidDocument(N_("Co-operating units must be other units of your agency."), field="cooperating")
    if deadline is not None and deadline < ctx.today():
        raise InvalidDocument(N_("The deadline cannot be in the past."), field="deadline")
    if handler_id is not None:
        handler = session.get(User, handler_id)
        if handler is None or handler.unit_id != lead_unit_id or not handler.active:
            raise InvalidDocument(N_("The handler must belong to the lead unit."), field="handler_id")
        if not access.handles_documents(handler):
            raise InvalidDocument(N_("The handler must be someone who handles documents, not an auditor or "
                                     "an administrator."), field="handler_id")
    delivery.lead_unit_id = lead_unit_id
    delivery.cooperating = [DeliveryUnit(unit_id=u) for u in sorted(set(cooperating_unit_ids))]
    delivery.deadline = deadline
    delivery.handler_id = handler_id
    delivery.direction = direction.strip() or None
    delivery.assigned_at, delivery.assigned_by_id = ctx.now(), actor.id
    delivery.status = DeliveryStatus.ASSIGNED
    _event(session, delivery, actor, "assigned", direction.strip() or None, lead_unit_id=lead_unit_id,
           cooperating=sorted(set(cooperating_unit_ids)), deadline=deadline.isoformat() if deadline else None)
    _audit(session, ctx, actor, "delivery.assign", delivery, lead_unit_id=lead_unit_id,
           deadline=deadline.isoformat() if deadline else None)
    targets = [handler_id] if handler_id else list(session.execute(
        select(User.id).where(User.unit_id == lead_unit_id, User.active.is_(True))).scalars())
    notify(session, targets, N_("You are assigned a document: %(subject)s"), {"subject": delivery.document.subject},
           document=delivery.document, delivery=delivery, urgent=delivery.document.urgency != Urgency.NORMAL)
    session.flush()
    return delivery


def _handler(actor: User, delivery: Delivery) -> None:
    if actor.agency_id != delivery.recipient_agency_id or not (
        actor.id == delivery.handler_id or (delivery.handler_id is None and actor.unit_id == delivery.lead_unit_id)
        or (actor.has_role(Role.LEADER))
    ):
        raise NotAllowed(N_("Only the handler (or the lead unit) can work on this document."))


@transactional
def start(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int) -> Delivery:
    _expect(delivery, revision)
    _state(delivery, DeliveryStatus.ASSIGNED)
    _handler(actor, delivery)
    delivery.status = DeliveryStatus.IN_PROGRESS
    delivery.started_at = ctx.now()
    if delivery.handler_id is None:
        delivery.handler_id = actor.id
    _event(session, delivery, actor, "started")
    _audit(session, ctx, actor, "delivery.start", delivery)
    session.flush()
    return delivery


@transactional
def complete(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int,
             note: str = "", reply_document_id: int | None = None) -> Delivery:
    _expect(delivery, revision)
    _state(delivery, DeliveryStatus.ASSIGNED, DeliveryStatus.IN_PROGRESS)
    _handler(actor, delivery)
    if reply_document_id is not None:
        reply = session.get(Document, reply_document_id)
        if reply is None or reply.agency_id != actor.agency_id:
            raise InvalidDocument(N_("The reply must be a document of your agency."), field="reply_document_id")
    delivery.status = DeliveryStatus.COMPLETED
    delivery.completed_at = ctx.now()
    delivery.completion_note = note.strip() or None
    delivery.reply_document_id = reply_document_id
    if delivery.started_at is None:
        delivery.started_at = delivery.completed_at
    _event(session, delivery, actor, "completed", note.strip() or None)
    _audit(session, ctx, actor, "delivery.complete", delivery)
    notify(session, _sender_people(session, delivery), N_("%(agency)s completed your document %(notation)s"),
           {"agency": unit_of(session, delivery.recipient_agency_id).name,
            "notation": delivery.document.notation or ""}, document=delivery.document, delivery=delivery)
    session.flush()
    delivery_event(session, "document.completed", delivery)
    return delivery

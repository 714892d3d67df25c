"""Mergers and renames of agencies, with their history (plain Python: a Session in, values out).

An administrator decides that agencies A and B join C (hợp nhất / sáp nhập), or that A takes a
new name (and code), effective on a date in Asia/Ho_Chi_Minh. A decision dated today or earlier
is applied at once; a later one is *scheduled* and applied on its date by ``apply_due`` (the
``docflow org apply-due`` command from cron; routing of arriving documents already follows a
merger that is due but not yet applied, see ``access.successor_agency``).

What a merger does, and what it keeps:
- kept: A's documents, numbers and notations ("15/QĐ-STNMT"), its outgoing and incoming
  registers and the audit trail stay A's; A stays in the tree as an inactive, merged unit.
- C's registers continue with C's own numbering.
- A's open outgoing work (drafts, documents in review, awaiting or carrying a signature but not
  yet issued) moves to C: C's clerk numbers and seals it in C's register.
- A's open incoming work (received, registered, assigned, in progress) is handed over: A's copy
  becomes "handed over" in A's register, C gets the same verified copy with the assignment and
  deadline it had, registered in C's incoming register when A had registered it.
- A's divisions join C (a division named like one of C's merges into it); A's users move to C
  (their sessions end: they log in again and see C).
- certificates: A's seal certificates are revoked (cessationOfOperation: A no longer issues);
  the personal certificates of the people who moved are revoked (affiliationChanged: they name
  A as the organisation); C's administrator issues new ones. They were valid when used, so
  everything signed before stays verifiable.
- webhooks registered by A now report C's events; A's edXML organ identity stays A's (old
  packages and statuses still match) and packages addressed to it arrive at C.
- if A operated docflow for the province, C does now.

A rename keeps the unit; its former name and code are kept (``UnitName``) and shown for what
was issued before the date (``name_on``); its certificates naming the old name are handled as
for a merger (seal: superseded; people: affiliationChanged).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..messages import N_, DomainError
from ..models import (
    Certificate,
    CertificateOwner,
    CertificateStatus,
    Delivery,
    DeliveryStatus,
    DeliveryUnit,
    DocStatus,
    Document,
    DocumentEvent,
    Reorganisation,
    ReorganisationUnit,
    ReorgKind,
    ReorgStatus,
    Unit,
    UnitKind,
    UnitName,
    User,
    Webhook,
    utcnow,
)
from ..uow import transactional

__all__ = ["ReorganisationError", "MergerPlan", "schedule_merger", "schedule_rename", "cancel", "apply_due",
           "apply", "plan", "name_on", "OPEN_OUTGOING", "OPEN_INCOMING"]

OPEN_OUTGOING = (DocStatus.DRAFT, DocStatus.RETURNED, DocStatus.IN_REVIEW, DocStatus.AWAITING_SIGNATURE,
                 DocStatus.SIGNED)
OPEN_INCOMING = (DeliveryStatus.RECEIVED, DeliveryStatus.REGISTERED, DeliveryStatus.ASSIGNED,
                 DeliveryStatus.IN_PROGRESS)


class ReorganisationError(DomainError):
    """A merger or rename that cannot be made as asked (the message says why)."""


@dataclass(frozen=True)
class MergerPlan:
    """What applying a reorganisation would move (shown before an administrator confirms)."""

    users: int
    outgoing: int
    incoming: int
    divisions: int
    certificates: int
    webhooks: int


def _today(now: dt.datetime) -> dt.date:
    from zoneinfo import ZoneInfo

    return now.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def _agency(unit: Unit | None) -> Unit:
    if unit is None or unit.kind != UnitKind.AGENCY:
        raise ReorganisationError(N_("Only agencies can be merged or renamed."), field="units")
    return unit


def _pending_for(session: Session, unit_ids: list[int]) -> Reorganisation | None:
    return session.execute(
        select(Reorganisation).outerjoin(ReorganisationUnit)
        .where(Reorganisation.status == ReorgStatus.SCHEDULED,
               or_(ReorganisationUnit.unit_id.in_(unit_ids), Reorganisation.successor_id.in_(unit_ids)))
    ).scalars().first()


@transactional
def schedule_merger(session: Session, *, predecessors: list[Unit], successor: Unit, effective_on: dt.date,
                    decision: str = "", actor: User | None = None, now: dt.datetime | None = None) -> Reorganisation:
    """Merge ``predecessors`` into ``successor`` on ``effective_on``; applied now when that day
    has come, scheduled otherwise."""
    now = now or utcnow()
    successor = _agency(successor)
    olds = [_agency(u) for u in predecessors]
    if not olds:
        raise ReorganisationError(N_("Choose the agencies that are merged."), field="units")
    if len({u.id for u in olds}) != len(olds) or successor.id in {u.id for u in olds}:
        raise ReorganisationError(N_("An agency cannot be merged into itself or listed twice."), field="units")
    for unit in [*olds, successor]:
        if not unit.active or unit.merged_into_id is not None:
            raise ReorganisationError(N_("%(name)s is no longer active."), field="units", name=unit.name)
    if _pending_for(session, [u.id for u in olds] + [successor.id]):
        raise ReorganisationError(N_("One of these agencies already has a merger or rename scheduled: "
                                     "cancel it first."), field="units")
    reorg = Reorganisation(kind=ReorgKind.MERGE, status=ReorgStatus.SCHEDULED, successor_id=successor.id,
                           effective_on=effective_on, decision=decision.strip(), outcome={},
                           created_by_id=actor.id if actor else None, created_at=now)
    reorg.parts = [ReorganisationUnit(unit_id=u.id) for u in olds]
    session.add(reorg)
    session.flush()
    audit.record(session, "unit.merge_scheduled", actor=actor, object_type="reorganisation", object_id=reorg.id,
                 agency_id=successor.id, at=now,
                 details={"into": successor.name, "units": [u.name for u in olds],
                          "effective_on": effective_on.isoformat(), "decision": reorg.decision})
    if effective_on <= _today(now):
        apply(session, reorg, actor=actor, now=now)
    return reorg


@transactional
def schedule_rename(session: Session, *, unit: Unit, new_name: str, new_code: str | None, effective_on: dt.date,
                    decision: str = "", actor: User | None = None, now: dt.datetime | None = None) -> Reorganisation:
    now = now or utcnow()
    unit = _agency(unit)
    new_name = new_name.strip()
    new_code = (new_code or "").strip().upper() or unit.code
    if not new_name:
        raise ReorganisationError(N_("The name is required."), field="new_name")
    if new_name == unit.name and new_code == unit.code:
        raise ReorganisationError(N_("The new name and code are the same as the current ones."), field="new_name")
    if new_code != unit.code and session.execute(
            select(Unit.id).where(Unit.kind == UnitKind.AGENCY, func.upper(Unit.code) == new_code,
                                  Unit.id != unit.id)).first():
        raise ReorganisationError(N_("The agency code %(code)s is already used."), field="new_code", code=new_code)
    if not unit.active:
        raise ReorganisationError(N_("%(name)s is no longer active."), field="units", name=unit.name)
    if _pending_for(session, [unit.id]):
        raise ReorganisationError(N_("One of these agencies already has a merger or rename scheduled: "
                                     "cancel it first."), field="units")
    reorg = Reorganisation(kind=ReorgKind.RENAME, status=ReorgStatus.SCHEDULED, successor_id=unit.id,
                           effective_on=effective_on, new_name=new_name, new_code=new_code,
                           decision=decision.strip(), outcome={}, created_by_id=actor.id if actor else None,
                           created_at=now)
    session.add(reorg)
    session.flush()
    audit.record(session, "unit.rename_scheduled", actor=actor, object_type="reorganisation", object_id=reorg.id,
                 agency_id=unit.id, at=now,
                 details={"from": unit.name, "to": new_name, "code": new_code,
                          "effective_on": effective_on.isoformat(), "decision": reorg.decision})
    if effective_on <= _today(now):
        apply(session, reorg, actor=actor, now=now)
    return reorg


@transactional
def cancel(session: Session, reorg: Reorganisation, *, actor: User | None = None) -> None:
    if reorg.status != ReorgStatus.SCHEDULED:
        raise ReorganisationError(N_("Only a scheduled change can be cancelled; this one has taken effect."))
    reorg.status = ReorgStatus.CANCELLED
    audit.record(session, "unit.reorganisation_cancelled", actor=actor, object_type="reorganisation",
                 object_id=reorg.id, agency_id=reorg.successor_id)


@transactional
def apply_due(session: Session, *, now: dt.datetime | None = None, actor: User | None = None) -> list[Reorganisation]:
    """Apply every scheduled change whose date has come (oldest first)."""
    now = now or utcnow()
    due = session.execute(
        select(Reorganisation).where(Reorganisation.status == ReorgStatus.SCHEDULED,
                                     Reorganisation.effective_on <= _today(now))
        .order_by(Reorganisation.effective_on, Reorganisation.id)).scalars().all()
    for reorg in due:
        apply(session, reorg, actor=actor, now=now)
    return list(due)


def name_on(session: Session, unit: Unit, day: dt.date | dt.datetime | None) -> str:
    """The name ``unit`` carried on ``day`` (its current name when it has never been renamed)."""
    if day is None:
        return unit.name
    if isinstance(day, dt.datetime):
        day = _today(day if day.tzinfo else day.replace(tzinfo=dt.UTC))
    earlier = session.execute(
        select(UnitName.name).where(UnitName.unit_id == unit.id, UnitName.valid_until > day)
        .order_by(UnitName.valid_until).limit(1)).scalar_one_or_none()
    return earlier or unit.name


# -- applying ------------------------------------------------------------------------------------


def _moved_users(session: Session, agency_ids: list[int]) -> list[User]:
    return list(session.execute(select(User).where(User.agency_id.in_(agency_ids))).scalars())


def _certificates(session: Session, agency_ids: list[int], user_ids: list[int]) -> list[Certificate]:
    conds = [(Certificate.owner_kind == CertificateOwner.SEAL) & Certificate.agency_id.in_(agency_ids)]
    if user_ids:
        conds.append((Certificate.owner_kind == CertificateOwner.PERSONAL) & Certificate.user_id.in_(user_ids))
    return list(session.execute(select(Certificate).where(or_(*conds),
                                                          Certificate.status == CertificateStatus.ACTIVE)).scalars())


def plan(session: Session, reorg: Reorganisation) -> MergerPlan:
    ids = [p.unit_id for p in reorg.parts] if reorg.kind == ReorgKind.MERGE else [reorg.successor_id]
    users = _moved_users(session, ids)
    count = lambda q: session.execute(q).scalar_one()  # noqa: E731
    moving = reorg.kind == ReorgKind.MERGE
    return MergerPlan(
        users=len(users) if moving else 0,
        outgoing=count(select(func.count(Document.id)).where(Document.agency_id.in_(ids),
                                                              Document.status.in_(OPEN_OUTGOING))) if moving else 0,
        incoming=count(select(func.count(Delivery.id)).where(
            Delivery.recipient_agency_id.in_(ids), Delivery.status.in_(OPEN_INCOMING),
            Delivery.frozen.is_(False))) if moving else 0,
        divisions=count(select(func.count(Unit.id)).where(Unit.parent_id.in_(ids), Unit.kind == UnitKind.DIVISION,
                                                          Unit.active.is_(True))) if moving else 0,
        certificates=len(_certificates(session, ids, [u.id for u in users])),
        webhooks=count(select(func.count(Webhook.id)).where(Webhook.agency_id.in_(ids))) if moving else 0,
    )


@transactional
def apply(session: Session, reorg: Reorganisation, *, actor: User | None = None,
          now: dt.datetime | None = None) -> Reorganisation:
    now = now or utcnow()
    if reorg.status != ReorgStatus.SCHEDULED:
        raise ReorganisationError(N_("This change has already taken effect or was cancelled."))
    if reorg.kind == ReorgKind.MERGE:
        outcome = _apply_merger(session, reorg, actor, now)
    else:
        outcome = _apply_rename(session, reorg, actor, now)
    reorg.status = ReorgStatus.APPLIED
    reorg.applied_at = now
    reorg.outcome = outcome
    audit.record(session, "unit.merge" if reorg.kind == ReorgKind.MERGE else "unit.rename", actor=actor,
                 object_type="reorganisation", object_id=reorg.id, agency_id=reorg.successor_id, at=now,
                 details=outcome)
    session.flush()
    return reorg


def _revoke(session: Session, certs: list[Certificate], user_ids: set[int], seal_reason: str,
            actor: User | None, now: dt.datetime) -> list[str]:
    from ..pki import service as pki

    serials = []
    for cert in certs:
        reason = "affiliationChanged" if cert.user_id in user_ids else seal_reason
        pki.revoke(session, cert, reason, actor=actor, now=now)
        serials.append(cert.serial)
    return serials


def _apply_merger(session: Session, reorg: Reorganisation, actor: User | None, now: dt.datetime) -> dict:
    from ..workflow.numbering import next_number

    successor = session.get(Unit, reorg.successor_id)
    assert successor is not None  # noqa: S101 - a foreign key
    olds = [session.get(Unit, p.unit_id) for p in reorg.parts]
    old_ids = [u.id for u in olds if u is not None]
    year = _today(now).year
    note = f"{', '.join(u.name for u in olds if u)} → {successor.name} ({reorg.effective_on:%d/%m/%Y})"
    outcome: dict = {"into": successor.name, "into_code": successor.code, "units": [], "users": [],
                     "outgoing": [], "incoming": [], "certificates_revoked": [], "webhooks": []}
    users = _moved_users(session, old_ids)
    outcome["certificates_revoked"] = _revoke(session, _certificates(session, old_ids, [u.id for u in users]),
                                              {u.id for u in users}, "cessationOfOperation", actor, now)
    for old in olds:
        if old is None:
            continue
        outcome["units"].append({"name": old.name, "code": old.code})
        # divisions: one named like a division of C merges into it, the others join C
        unit_map: dict[int, int] = {old.id: successor.id}
        existing = {u.name: u for u in session.execute(
            select(Unit).where(Unit.parent_id == successor.id, Unit.kind == UnitKind.DIVISION)).scalars()}
        for division in session.execute(select(Unit).where(Unit.parent_id == old.id,
                                                           Unit.kind == UnitKind.DIVISION)).scalars().all():
            twin = existing.get(division.name)
            if twin is not None:
                unit_map[division.id] = twin.id
                division.active = False
                division.merged_into_id = twin.id
            else:
                division.parent_id = successor.id
        for unit in session.execute(select(Unit).where(Unit.agency_id == old.id, Unit.id != old.id)).scalars():
            if unit.active:
                unit.agency_id = successor.id
                unit.level = successor.level
        session.flush()
        for user in users:
            if user.agency_id != old.id:
                continue
            user.unit_id = unit_map.get(user.unit_id, user.unit_id)
            user.agency_id = successor.id
            user.session_nonce = secrets.token_hex(16)
            outcome["users"].append(user.username)
        # open outgoing work: C numbers and seals it
        for doc in session.execute(select(Document).where(Document.agency_id == old.id,
                                                          Document.status.in_(OPEN_OUTGOING))).scalars().all():
            doc.agency_id = successor.id
            doc.unit_id = unit_map.get(doc.unit_id, doc.unit_id)
            doc.updated_at = now
            session.add(DocumentEvent(document_id=doc.id, actor_id=actor.id if actor else None, action="transferred",
                                      comment=note, details={"from": old.id, "to": successor.id}, at=now))
            outcome["outgoing"].append(doc.id)
        # open incoming work: handed over, A's register keeps its entry
        for delivery in session.execute(select(Delivery).where(
                Delivery.recipient_agency_id == old.id, Delivery.status.in_(OPEN_INCOMING),
                Delivery.frozen.is_(False))).scalars().all():
            outcome["incoming"].append(_hand_over(session, delivery, old, successor, unit_map, year, note, now,
                                                  actor, next_number))
        for hook in session.execute(select(Webhook).where(Webhook.agency_id == old.id)).scalars():
            hook.agency_id = successor.id
            outcome["webhooks"].append(hook.id)
        if old.operator:
            old.operator = False
            successor.operator = True
        old.active = False
        old.merged_into_id = successor.id
        old.dissolved_on = reorg.effective_on
    return outcome


def _hand_over(session: Session, delivery: Delivery, old: Unit, successor: Unit, unit_map: dict[int, int],
               year: int, note: str, now: dt.datetime, actor: User | None, next_number) -> dict:
    twin = session.execute(select(Delivery).where(Delivery.document_id == delivery.document_id,
                                                  Delivery.recipient_agency_id == successor.id)).scalar_one_or_none()
    previous = delivery.status
    delivery.status = DeliveryStatus.TRANSFERRED
    delivery.revision += 1
    entry: dict = {"delivery": delivery.id, "status": previous.value}
    if twin is None:
        twin = Delivery(document_id=delivery.document_id, recipient_agency_id=successor.id,
                        addressed_agency_id=delivery.addressed_agency_id or old.id, received_at=delivery.received_at,
                        verdict=delivery.verdict, verification=delivery.verification,
                        verified_sha256=delivery.verified_sha256, status=previous,
                        duplicate_warning=delivery.duplicate_warning,
                        lead_unit_id=unit_map.get(delivery.lead_unit_id or 0, delivery.lead_unit_id),
                        handler_id=delivery.handler_id, deadline=delivery.deadline, assigned_at=delivery.assigned_at,
                        assigned_by_id=delivery.assigned_by_id, direction=delivery.direction,
                        started_at=delivery.started_at, source=delivery.source, sender_name=delivery.sender_name,
                        sender_agency_id=delivery.sender_agency_id, requested_deadline=delivery.requested_deadline)
        if delivery.incoming_number is not None:
            twin.incoming_year = year
            twin.incoming_number = next_number(session, successor.id, year, "incoming")
            twin.registered_at = now
            twin.registered_by_id = actor.id if actor else None
        session.add(twin)
        session.flush()
        for row in session.execute(select(DeliveryUnit).where(DeliveryUnit.delivery_id == delivery.id)).scalars():
            session.add(DeliveryUnit(delivery_id=twin.id, unit_id=unit_map.get(row.unit_id, row.unit_id)))
        entry.update(to=twin.id, incoming_number=twin.incoming_number)
        comment = note + (f"; số đến cũ {delivery.incoming_number}/{delivery.incoming_year}"
                          if delivery.incoming_number else "")
        session.add(DocumentEvent(document_id=delivery.document_id, delivery_id=twin.id,
                                  actor_id=actor.id if actor else None, action="transferred", comment=comment,
                                  details={"from_delivery": delivery.id}, at=now))
    else:
        entry.update(to=twin.id, already_received=True)
    session.add(DocumentEvent(document_id=delivery.document_id, delivery_id=delivery.id,
                              actor_id=actor.id if actor else None, action="transferred", comment=note,
                              details={"to_delivery": twin.id}, at=now))
    return entry


def _apply_rename(session: Session, reorg: Reorganisation, actor: User | None, now: dt.datetime) -> dict:
    unit = session.get(Unit, reorg.successor_id)
    assert unit is not None  # noqa: S101 - a foreign key
    session.add(UnitName(unit_id=unit.id, name=unit.name, code=unit.code, valid_until=reorg.effective_on))
    outcome: dict[str, object] = {"from": unit.name, "from_code": unit.code, "to": reorg.new_name,
                                  "to_code": reorg.new_code}
    users = _moved_users(session, [unit.id])
    outcome["certificates_revoked"] = _revoke(session, _certificates(session, [unit.id], [u.id for u in users]),
                                              {u.id for u in users}, "superseded", actor, now)
    unit.name = reorg.new_name or unit.name
    unit.code = reorg.new_code or unit.code
    return outcome

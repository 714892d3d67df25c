"""Append events to the hash-chained audit trail and verify the chain.

Each row's hash covers its own fields and the previous row's hash, so editing, deleting or
re-ordering any row breaks every later link; ``verify_chain`` reports the first break. Appends
lock the single ``audit_head`` row, so concurrent writers get consecutive sequence numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEvent, AuditHead, User, utcnow

__all__ = ["record", "verify_chain", "AuditBreak", "GENESIS"]

GENESIS = "0" * 64
# Never written to the trail, whatever a caller passes in details.
_SECRET_KEYS = {"password", "pin", "token", "secret", "key", "new_pin", "old_pin", "new_password"}


@dataclass(frozen=True)
class AuditBreak:
    seq: int
    reason: str


def _digest(event: AuditEvent) -> str:
    payload = {
        "seq": event.seq,
        "at": event.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "agency_id": event.agency_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "result": event.result,
        "ip": event.ip,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _clean(details: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (details or {}).items() if k.lower() not in _SECRET_KEYS}


def record(
    session: Session,
    action: str,
    *,
    actor: User | None = None,
    object_type: str = "",
    object_id: str | int = "",
    result: str = "ok",
    ip: str = "",
    agency_id: int | None = None,
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction (it commits with the action it records)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    event = AuditEvent(
        seq=head.seq + 1,
        at=at or utcnow(),
        actor_id=actor.id if actor else None,
        actor_name=actor.full_name if actor else "",
        agency_id=agency_id if agency_id is not None else (actor.agency_id if actor else None),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        result=result,
        ip=ip or "",
        details=_clean(details),
        prev_hash=head.hash,
    )
    event.hash = _digest(event)
    session.add(event)
    head.seq, head.hash = event.seq, event.hash
    session.flush()
    return event


def verify_chain(session: Session, batch: int = 5000) -> AuditBreak | None:
    """Walk the trail in order; return the first broken link, or None when intact."""
    prev_hash, expected_seq = GENESIS, 1
    while True:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.seq >= expected_seq).order_by(AuditEvent.seq).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return AuditBreak(expected_seq, f"event {expected_seq} is missing (next is {row.seq})")
            if row.prev_hash != prev_hash:
                return AuditBreak(row.seq, f"event {row.seq} does not follow event {row.seq - 1}")
            if _digest(row) != row.hash:
                return AuditBreak(row.seq, f"event {row.seq} was altered after it was written")
            prev_hash, expected_seq = row.hash, row.seq + 1
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev_hash):
        return AuditBreak(expected_seq, f"the trail ends at event {expected_seq - 1} but the head says {head.seq}")
    return None

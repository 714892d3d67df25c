"""Register numbers: per agency, per calendar year (Asia/Ho_Chi_Minh), from 1, no gaps, no
duplicates — also when several clerks issue at the same moment.

The counter row is locked (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite write sessions take
the database write lock at BEGIN) and incremented in the caller's transaction: if the issuing
fails and rolls back, the number is not consumed, so the register has no gap.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import RegisterCounter

__all__ = ["next_number", "peek_next_number"]


def next_number(session: Session, agency_id: int, year: int, kind: str) -> int:
    """Reserve the next number of the register (commits with the caller's transaction)."""
    counter = session.execute(
        select(RegisterCounter)
        .where(RegisterCounter.agency_id == agency_id, RegisterCounter.year == year, RegisterCounter.kind == kind)
        .with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        try:
            with session.begin_nested():
                session.add(RegisterCounter(agency_id=agency_id, year=year, kind=kind, last_number=0))
        except IntegrityError:
            pass  # another clerk created this year's counter first; lock theirs
        counter = session.execute(
            select(RegisterCounter)
            .where(RegisterCounter.agency_id == agency_id, RegisterCounter.year == year, RegisterCounter.kind == kind)
            .with_for_update()
        ).scalar_one()
    counter.last_number += 1
    session.flush()
    return counter.last_number


def peek_next_number(session: Session, agency_id: int, year: int, kind: str) -> int:
    """The number the next issue will get (shown to the clerk before confirming)."""
    last = session.execute(
        select(RegisterCounter.last_number)
        .where(RegisterCounter.agency_id == agency_id, RegisterCounter.year == year, RegisterCounter.kind == kind)
    ).scalar_one_or_none()
    return (last or 0) + 1

"""Deadline reminders for incoming documents in hand: the people handling one (its handler, or
the handling people of its lead unit) are notified when it is due tomorrow and, every day,
while it is overdue. Run once a day or more often (``docflow remind``, a timer or cron): a
person gets at most one reminder per document per day (Asia/Ho_Chi_Minh), and the e-mail goes
out with the other notifications (``docflow mail``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from .. import access
from ..messages import N_
from ..models import Delivery, DeliveryStatus, Document, Notification, User, UserRole
from ..uow import transactional
from .context import VN_TZ, WorkflowContext

__all__ = ["DUE_TOMORROW", "OVERDUE", "Reminders", "send_deadline_reminders"]

DUE_TOMORROW = N_("Due tomorrow (%(deadline)s): %(subject)s")
OVERDUE = N_("Overdue (deadline %(deadline)s): %(subject)s")
_OPEN = (DeliveryStatus.ASSIGNED, DeliveryStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Reminders:
    due_tomorrow: int  # notifications written
    overdue: int


def _handlers(session: Session, delivery: Delivery) -> list[int]:
    """Who works on it: the handler, else the lead unit's people who handle documents."""
    if delivery.handler_id:
        return [delivery.handler_id]
    return list(session.execute(
        select(User.id).where(User.unit_id == delivery.lead_unit_id, User.active.is_(True),
                              select(UserRole.user_id).where(UserRole.user_id == User.id,
                                                             UserRole.role.in_(access.HANDLING_ROLES)).exists())
    ).scalars())


@transactional
def send_deadline_reminders(session: Session, ctx: WorkflowContext) -> Reminders:
    """Notify the handlers of open incoming documents due tomorrow or overdue (once a day each)."""
    today = ctx.today()
    tomorrow = today + dt.timedelta(days=1)
    day_start = dt.datetime.combine(today, dt.time(0), tzinfo=VN_TZ).astimezone(dt.UTC)
    deadline = func.coalesce(Delivery.deadline, Delivery.requested_deadline)
    rows = session.execute(
        select(Delivery, Document.subject, Document.notation, deadline.label("due"))
        .join(Document, Document.id == Delivery.document_id)
        .where(Delivery.status.in_(_OPEN), Delivery.frozen.is_(False), deadline <= tomorrow)
        .order_by(Delivery.id)).all()
    already = {(user_id, delivery_id) for user_id, delivery_id in session.execute(
        select(Notification.user_id, Notification.delivery_id).where(
            and_(Notification.msgid.in_([DUE_TOMORROW, OVERDUE]), Notification.created_at >= day_start,
                 Notification.delivery_id.in_([d.id for d, *_rest in rows])))).all()} if rows else set()
    counts = {DUE_TOMORROW: 0, OVERDUE: 0}
    for delivery, subject, notation, due in rows:
        msgid = OVERDUE if due < today else DUE_TOMORROW
        targets = [u for u in _handlers(session, delivery) if (u, delivery.id) not in already]
        if not targets:
            continue
        params = {"deadline": due.strftime("%d/%m/%Y"), "subject": subject, "notation": notation or ""}
        for user_id in sorted(set(targets)):  # dated by the context's clock: "once a day" is its day
            session.add(Notification(user_id=user_id, document_id=delivery.document_id, delivery_id=delivery.id,
                                     msgid=msgid, params=params, urgent=msgid == OVERDUE, created_at=ctx.now()))
        counts[msgid] += len(set(targets))
    session.flush()
    return Reminders(counts[DUE_TOMORROW], counts[OVERDUE])

"""Read-side queries the API needs beyond docflow.workflow.queries, scoped by docflow.access."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access
from ..models import Delivery, DeliveryStatus, Role, Unit, UnitKind, User
from ..workflow.paging import KeysetPage, keyset_page

__all__ = ["deliveries", "units_for", "users_for"]


def deliveries(session: Session, user: User, *, status: str | None = None, cursor: str | None = None,
               per_page: int = 50) -> KeysetPage:
    """Incoming documents of the user's agency that the user may read, newest first."""
    q = select(Delivery).where(access.readable_deliveries_filter(user))
    if status:
        q = q.where(Delivery.status == DeliveryStatus(status))
    return keyset_page(session, q, (Delivery.received_at, Delivery.id), cursor=cursor, per_page=per_page,
                       row_key=lambda d: (d.received_at, d.id))


def units_for(session: Session, user: User, scope: str) -> list[Unit]:
    """``agency``: the units of the user's agency; ``agencies``: every active agency (the
    recipients a draft may name)."""
    if scope == "agencies":
        q = select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.active.is_(True))
    else:
        q = select(Unit).where(Unit.agency_id == user.agency_id)
    return list(session.execute(q.order_by(Unit.id)).scalars())


def visible_unit(session: Session, user: User, unit_id: int) -> Unit | None:
    unit = session.get(Unit, unit_id)
    if unit is None:
        return None
    if unit.agency_id == user.agency_id or (unit.kind == UnitKind.AGENCY and unit.active):
        return unit
    return None


def users_for(session: Session, user: User, role: str | None = None) -> list[User]:
    """The active users of the user's agency (signers, reviewers, handlers to choose from);
    administrators also see inactive ones of the agencies they administer."""
    if user.has_role(Role.ADMIN):
        q = access.administrable_users(session, user)
    else:
        q = select(User).where(User.agency_id == user.agency_id, User.active.is_(True)).order_by(User.full_name)
    users = list(session.execute(q).scalars())
    if role:
        users = [u for u in users if u.has_role(Role(role))]
    return users


def visible_user(session: Session, user: User, user_id: int) -> User | None:
    target = session.get(User, user_id)
    if target is None:
        return None
    if target.agency_id == user.agency_id and (target.active or user.has_role(Role.ADMIN)):
        return target
    return target if access.can_administer_user(session, user, target) else None

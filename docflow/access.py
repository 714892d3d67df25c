"""Scope: the one place that decides which units, users and (later) documents a user may see.

Rules: a user sees objects of their own agency. Admins administer their own agency; admins of
the operator agency (the one that runs docflow for the province) administer every agency.
Every list and every object fetch in views goes through these helpers.
"""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from .models import Role, Unit, User

__all__ = ["is_global_admin", "administrable_units", "administrable_users", "can_administer_unit",
           "can_administer_user", "visible_agency_ids"]


def is_global_admin(session: Session, user: User) -> bool:
    if not user.has_role(Role.ADMIN):
        return False
    agency = session.get(Unit, user.agency_id)
    return bool(agency and agency.operator)


def visible_agency_ids(user: User) -> set[int]:
    return {user.agency_id}


def administrable_units(session: Session, user: User) -> Select[tuple[Unit]]:
    q = select(Unit).order_by(Unit.agency_id.nulls_first(), Unit.parent_id.nulls_first(), Unit.name)
    if not user.has_role(Role.ADMIN):
        return q.where(False)
    if is_global_admin(session, user):
        return q
    return q.where(Unit.agency_id == user.agency_id)


def administrable_users(session: Session, user: User) -> Select[tuple[User]]:
    q = select(User).order_by(User.agency_id, User.full_name)
    if not user.has_role(Role.ADMIN):
        return q.where(False)
    if is_global_admin(session, user):
        return q
    return q.where(User.agency_id == user.agency_id)


def can_administer_unit(session: Session, user: User, unit: Unit) -> bool:
    if not user.has_role(Role.ADMIN):
        return False
    return is_global_admin(session, user) or unit.agency_id == user.agency_id


def can_administer_user(session: Session, user: User, target: User) -> bool:
    if not user.has_role(Role.ADMIN):
        return False
    return is_global_admin(session, user) or target.agency_id == user.agency_id

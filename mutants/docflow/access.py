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


# -- documents -------------------------------------------------------------------------------

_PRIVILEGED_FOR_CONFIDENTIAL = (Role.LEADER, Role.CLERK, Role.AUDITOR)


def can_read_document(user: User, doc) -> bool:
    """Outgoing documents: users of the issuing agency; confidential ones only to the people
    on them and the agency's leaders, clerks and auditors. Other agencies: never directly
    (they read what was delivered to them through their delivery)."""
    from .models import Confidentiality

    if doc.agency_id != user.agency_id:
        return False
    if doc.confidentiality == Confidentiality.NORMAL:
        return True
    return user.id in {doc.created_by_id, doc.reviewer_id, doc.signer_id} or user.has_role(
        *_PRIVILEGED_FOR_CONFIDENTIAL
    )


def can_read_delivery(user: User, delivery) -> bool:
    """Incoming documents: users of the recipient agency (confidential: the people on it,
    the lead unit, leaders, clerks and auditors)."""
    from .models import Confidentiality

    if delivery.recipient_agency_id != user.agency_id:
        return False
    if delivery.document.confidentiality == Confidentiality.NORMAL:
        return True
    return (user.id == delivery.handler_id or user.unit_id == delivery.lead_unit_id
            or user.has_role(*_PRIVILEGED_FOR_CONFIDENTIAL))


def readable_documents_filter(user: User):
    """A SQL condition equivalent to ``can_read_document`` (for lists and search)."""
    from sqlalchemy import and_, or_

    from .models import Confidentiality, Document

    own = Document.agency_id == user.agency_id
    if user.has_role(*_PRIVILEGED_FOR_CONFIDENTIAL):
        return own
    return and_(own, or_(
        Document.confidentiality == Confidentiality.NORMAL,
        Document.created_by_id == user.id, Document.reviewer_id == user.id, Document.signer_id == user.id,
    ))


def readable_deliveries_filter(user: User):
    from sqlalchemy import and_, or_, select
    from sqlalchemy.orm import aliased

    from .models import Confidentiality, Delivery, Document

    own = Delivery.recipient_agency_id == user.agency_id
    if user.has_role(*_PRIVILEGED_FOR_CONFIDENTIAL):
        return own
    # A correlated EXISTS on the document's primary key (an alias, so it never correlates with
    # a documents table the caller joined): "IN (SELECT id FROM documents WHERE normal)" made
    # PostgreSQL hash every normal document of the country (1M rows) for each list.
    doc = aliased(Document)
    normal = select(doc.id).where(doc.id == Delivery.document_id,
                                  doc.confidentiality == Confidentiality.NORMAL).exists()
    return and_(own, or_(normal, Delivery.handler_id == user.id, Delivery.lead_unit_id == user.unit_id))

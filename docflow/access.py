"""Who may do what, declared once: scope (which units, users, documents and versions a user
may see) and capabilities (which pages and actions a user may use).

Rules: a user sees objects of their own agency. Admins administer their own agency; admins of
the operator agency (the one that runs docflow for the province) administer every agency.
Every list and every object fetch in views goes through these helpers.

Capabilities: ``CAPABILITIES`` maps each capability to the roles that hold it; the menu
(``base.html``), the page guards and the API all ask ``can(user, capability)``. The actions on
an outgoing document are ``DOCUMENT_ACTIONS``: for each action the states it applies in and
who may take it. ``available_actions(user, document)`` is what the document page renders,
what the API reports as ``actions`` and what the workflow services enforce (``rule_of``), so
the buttons a person sees and the checks the server makes cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import Session, aliased

from .models import (
    Confidentiality,
    Delivery,
    DeliveryStatus,
    DocStatus,
    Document,
    DocumentCopy,
    FileVersion,
    Reorganisation,
    ReorganisationUnit,
    ReorgKind,
    ReorgStatus,
    Role,
    Unit,
    User,
)

__all__ = ["successor_agency", "is_global_admin", "keeps_exchange_directory",
           "administrable_units", "administrable_users", "can_administer_unit",
           "can_administer_user", "visible_agency_ids", "Capability", "CAPABILITIES", "can",
           "DocumentAction", "DocumentRule", "DOCUMENT_ACTIONS", "rule_of", "available_actions", "may",
           "can_verify_version", "can_read_document", "can_read_delivery", "can_read_copy", "may_copy_document",
           "may_copy_delivery", "may_copy_copy", "HANDLING_ROLES", "handles_documents"]


# -- capabilities ----------------------------------------------------------------------------


class Capability(enum.StrEnum):
    DRAFT = "draft"                        # write outgoing drafts
    SIGN = "sign"                          # sign as a leader (batch signing on the desk)
    READ_REGISTERS = "read_registers"      # outgoing and incoming registers, their exports
    READ_STATISTICS = "read_statistics"    # on-time statistics of the agency
    VERIFY = "verify"                      # verify an uploaded PDF or a version in scope
    READ_AUDIT_TRAIL = "read_audit_trail"  # the audit trail and its chain check
    ADMINISTER = "administer"              # units, users, certificates, webhooks of the agency
    REGISTER_INCOMING = "register_incoming"  # register a paper or e-mailed document (văn bản đến)


CAPABILITIES: Mapping[Capability, frozenset[Role]] = {
    Capability.DRAFT: frozenset({Role.STAFF}),
    Capability.SIGN: frozenset({Role.LEADER}),
    Capability.READ_REGISTERS: frozenset({Role.CLERK, Role.LEADER, Role.AUDITOR}),
    Capability.READ_STATISTICS: frozenset({Role.LEADER, Role.CLERK, Role.AUDITOR, Role.ADMIN}),
    Capability.VERIFY: frozenset({Role.AUDITOR, Role.CLERK}),
    Capability.READ_AUDIT_TRAIL: frozenset({Role.AUDITOR}),
    Capability.ADMINISTER: frozenset({Role.ADMIN}),
    Capability.REGISTER_INCOMING: frozenset({Role.CLERK}),
}

# The roles of people who handle documents: the handlers a leader may assign an incoming
# document to. Auditors and administrators read or administer, they never handle work.
HANDLING_ROLES: frozenset[Role] = frozenset({Role.STAFF, Role.REVIEWER, Role.LEADER, Role.CLERK})


def handles_documents(user: User) -> bool:
    """Whether ``user`` may be named the handler of an incoming document."""
    return bool(user.active and user.has_role(*HANDLING_ROLES))


def can(user: User, capability: Capability | str) -> bool:
    """Whether ``user`` holds one of the roles of ``capability``."""
    return bool(user.has_role(*CAPABILITIES[Capability(capability)]))


def successor_agency(session: Session, unit: Unit, today: dt.date) -> Unit:
    """The agency that answers for ``unit`` today: itself, or the agency it was merged into
    (followed through successive mergers), including a merger due today that the scheduled job
    has not applied yet."""
    seen: set[int] = set()
    current = unit
    while current.id not in seen:
        seen.add(current.id)
        nxt_id = current.merged_into_id
        if nxt_id is None:
            nxt_id = session.execute(
                select(Reorganisation.successor_id).join(ReorganisationUnit)
                .where(ReorganisationUnit.unit_id == current.id, Reorganisation.kind == ReorgKind.MERGE,
                       Reorganisation.status == ReorgStatus.SCHEDULED, Reorganisation.effective_on <= today)
            ).scalars().first()
        nxt = session.get(Unit, nxt_id) if nxt_id is not None else None
        if nxt is None:
            return current
        current = nxt
    return current


def is_global_admin(session: Session, user: User) -> bool:
    if not user.has_role(Role.ADMIN):
        return False
    agency = session.get(Unit, user.agency_id)
    return bool(agency and agency.operator)


def keeps_exchange_directory(session: Session, user: User) -> bool:
    """The directory of exchange partners (external agencies and their seal certificates) is
    the province's, kept by the operating agency's administrators: the page, the API and the
    services all ask this."""
    return is_global_admin(session, user)


def visible_agency_ids(user: User) -> set[int]:
    return {user.agency_id}


def administrable_units(session: Session, user: User) -> Select[Unit]:
    q = select(Unit).order_by(Unit.agency_id.nulls_first(), Unit.parent_id.nulls_first(), Unit.name)
    if not user.has_role(Role.ADMIN):
        return q.where(false())
    if is_global_admin(session, user):
        return q
    return q.where(Unit.agency_id == user.agency_id)


def administrable_users(session: Session, user: User) -> Select[User]:
    q = select(User).order_by(User.agency_id, User.full_name)
    if not user.has_role(Role.ADMIN):
        return q.where(false())
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


def can_read_document(user: User, doc: Document) -> bool:
    """Outgoing documents: users of the issuing agency; confidential ones only to the people
    on them and the agency's leaders, clerks and auditors. Other agencies: never directly
    (they read what was delivered to them through their delivery)."""
    if doc.agency_id != user.agency_id:
        return False
    if doc.confidentiality == Confidentiality.NORMAL:
        return True
    return user.id in {doc.created_by_id, doc.reviewer_id, doc.signer_id} or user.has_role(
        *_PRIVILEGED_FOR_CONFIDENTIAL
    )


def can_read_delivery(user: User, delivery: Delivery) -> bool:
    """Incoming documents: users of the recipient agency (confidential: the people on it,
    the lead unit, leaders, clerks and auditors)."""
    if delivery.recipient_agency_id != user.agency_id:
        return False
    if delivery.document.confidentiality == Confidentiality.NORMAL:
        return True
    return (user.id == delivery.handler_id or user.unit_id == delivery.lead_unit_id
            or user.has_role(*_PRIVILEGED_FOR_CONFIDENTIAL))


def readable_documents_filter(user: User) -> ColumnElement[bool]:
    """A SQL condition equivalent to ``can_read_document`` (for lists and search)."""
    own = Document.agency_id == user.agency_id
    if user.has_role(*_PRIVILEGED_FOR_CONFIDENTIAL):
        return own
    return and_(own, or_(
        Document.confidentiality == Confidentiality.NORMAL,
        Document.created_by_id == user.id, Document.reviewer_id == user.id, Document.signer_id == user.id,
    ))


def readable_deliveries_filter(user: User) -> ColumnElement[bool]:
    """A SQL condition equivalent to ``can_read_delivery``."""
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


def can_verify_version(session: Session, user: User, version: FileVersion) -> bool:
    """A version a verifier may check: of a document of their agency, or exactly the version
    delivered to their agency."""
    doc = version.file.document
    if doc.agency_id == user.agency_id:
        return True
    delivered = session.execute(select(Delivery.id).where(
        Delivery.document_id == doc.id, Delivery.recipient_agency_id == user.agency_id,
        Delivery.verified_sha256 == version.sha256)).first()
    return delivered is not None


# -- electronic copies (sao y, sao lục, trích sao) ---------------------------------------------

_COPYABLE_DOCUMENT = (DocStatus.ISSUED, DocStatus.DISPATCHED)
_NOT_COPYABLE_DELIVERY = (DeliveryStatus.RECEIVED, DeliveryStatus.REFUSED, DeliveryStatus.RECALLED,
                          DeliveryStatus.TRANSFERRED)


def can_read_copy(user: User, copy: DocumentCopy) -> bool:
    """A copy belongs to the records of the agency that made it."""
    return copy.agency_id == user.agency_id


def may_copy_document(user: User, doc: Document) -> bool:
    """The agency's clerk copies what the agency issued; secret documents are never copied
    electronically (they are copied on paper with the leader's approval, Law on State Secrets)."""
    return (user.has_role(Role.CLERK) and doc.agency_id == user.agency_id and doc.status in _COPYABLE_DOCUMENT
            and doc.confidentiality == Confidentiality.NORMAL)


def may_copy_delivery(user: User, delivery: Delivery) -> bool:
    """... and what the agency received and entered in its incoming register (not refused,
    recalled by the sender or handed over to a successor agency)."""
    return (user.has_role(Role.CLERK) and delivery.recipient_agency_id == user.agency_id and not delivery.frozen
            and delivery.status not in _NOT_COPYABLE_DELIVERY and delivery.incoming_number is not None
            and delivery.document.confidentiality == Confidentiality.NORMAL)


def may_copy_copy(user: User, copy: DocumentCopy) -> bool:
    """... and its own copies ("sao lục" is made from a copy)."""
    return user.has_role(Role.CLERK) and copy.agency_id == user.agency_id


# -- the actions on an outgoing document -------------------------------------------------------


class DocumentAction(enum.StrEnum):
    EDIT = "edit"
    SUBMIT = "submit"
    FORWARD = "forward"
    RETURN = "return"
    SIGN = "sign"
    ISSUE = "issue"
    DISPATCH = "dispatch"
    RECALL = "recall"
    REPLACE = "replace"  # draft a document that replaces this one
    PLACE = "place"  # move the places of the number and the date on the page


@dataclass(frozen=True)
class DocumentRule:
    """One action: the states it applies in, and who may take it (given the document)."""

    states: frozenset[DocStatus]
    who: Callable[[User, Document], bool]

    def person_may(self, user: User, doc: Document) -> bool:
        return self.who(user, doc)

    def allows(self, user: User, doc: Document) -> bool:
        return doc.status in self.states and self.who(user, doc)


# Each rule's docstring is its line in docs/access-matrix.md (generated: tests/test_access_matrix.py).


def _drafter(user: User, doc: Document) -> bool:
    """the staff member who wrote the draft"""
    return doc.created_by_id == user.id


def _reviewer(user: User, doc: Document) -> bool:
    """the reviewer the draft was submitted to"""
    return doc.reviewer_id == user.id


def _returner(user: User, doc: Document) -> bool:
    """the reviewer it is with (in review), or the leader chosen to sign (awaiting signature)"""
    return ((doc.status == DocStatus.IN_REVIEW and doc.reviewer_id == user.id)
            or (doc.status == DocStatus.AWAITING_SIGNATURE and doc.signer_id == user.id))


def _chosen_leader(user: User, doc: Document) -> bool:
    """the leader chosen to sign, holding the leader role"""
    return doc.signer_id == user.id and user.has_role(Role.LEADER)


def _issuing_clerk(user: User, doc: Document) -> bool:
    """a clerk of the issuing agency"""
    return user.agency_id == doc.agency_id and user.has_role(Role.CLERK)


def _dispatching_clerk(user: User, doc: Document) -> bool:
    """a clerk of the issuing agency, for a document without a secrecy level (secret ones are
    never sent electronically)"""
    return _issuing_clerk(user, doc) and doc.confidentiality == Confidentiality.NORMAL


def _clerk_or_leader(user: User, doc: Document) -> bool:
    """a clerk or a leader of the issuing agency"""
    return user.agency_id == doc.agency_id and user.has_role(Role.CLERK, Role.LEADER)


def _any_drafter(user: User, doc: Document) -> bool:
    """anyone who may draft (Capability.DRAFT) and may read the document"""
    return can(user, Capability.DRAFT)


DOCUMENT_ACTIONS: Mapping[DocumentAction, DocumentRule] = {
    DocumentAction.EDIT: DocumentRule(frozenset({DocStatus.DRAFT, DocStatus.RETURNED}), _drafter),
    DocumentAction.SUBMIT: DocumentRule(frozenset({DocStatus.DRAFT, DocStatus.RETURNED}), _drafter),
    DocumentAction.FORWARD: DocumentRule(frozenset({DocStatus.IN_REVIEW}), _reviewer),
    DocumentAction.RETURN: DocumentRule(frozenset({DocStatus.IN_REVIEW, DocStatus.AWAITING_SIGNATURE}), _returner),
    DocumentAction.SIGN: DocumentRule(frozenset({DocStatus.AWAITING_SIGNATURE}), _chosen_leader),
    DocumentAction.ISSUE: DocumentRule(frozenset({DocStatus.SIGNED}), _issuing_clerk),
    DocumentAction.DISPATCH: DocumentRule(frozenset({DocStatus.ISSUED}), _dispatching_clerk),
    DocumentAction.RECALL: DocumentRule(frozenset({DocStatus.ISSUED, DocStatus.DISPATCHED}), _clerk_or_leader),
    # the leader's signature fixes the fields where the places are: after it, moving them would
    # be a change the signature does not allow (only filling them is), so only the drafter moves them
    DocumentAction.PLACE: DocumentRule(frozenset({DocStatus.DRAFT, DocStatus.RETURNED}), _drafter),
    DocumentAction.REPLACE: DocumentRule(frozenset({DocStatus.DISPATCHED, DocStatus.RECALLED}), _any_drafter),
}


def rule_of(action: DocumentAction) -> DocumentRule:
    return DOCUMENT_ACTIONS[action]


def may(user: User, doc: Document, action: DocumentAction | str) -> bool:
    """Whether ``user`` may take ``action`` on ``doc`` now (reading it is part of it)."""
    return can_read_document(user, doc) and DOCUMENT_ACTIONS[DocumentAction(action)].allows(user, doc)


def available_actions(user: User, doc: Document) -> frozenset[DocumentAction]:
    """Every action ``user`` may take on ``doc`` now: the page's buttons, the API's ``actions``."""
    if not can_read_document(user, doc):
        return frozenset()
    return frozenset(action for action, rule in DOCUMENT_ACTIONS.items() if rule.allows(user, doc))

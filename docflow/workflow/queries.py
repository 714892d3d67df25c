"""Read side of the workflow: desk lists, search, the three registers (Decree 30 Annex IV),
deadline flags and on-time statistics. Every query is scoped through docflow.access and uses
a fixed number of statements (no N+1), keyset-friendly ordering and indexed filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from sqlalchemy import and_, case, cast, func, literal, or_, select, true, union
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session, aliased, defer

from .. import access
from ..models import (
    Delivery,
    DeliveryStatus,
    DocStatus,
    Document,
    OrgType,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
)
from .context import VN_TZ
from .doctypes import type_names
from .exports import DELIVERY_STATUS_VI, progress_vi
from .paging import Cursor, KeysetPage, keyset_page, page_of_keys

__all__ = [
    "DeskItem", "deadline_flag", "desk", "outbox", "search_documents", "incoming_list", "outgoing_register",
    "incoming_register", "tracking_register", "register_rows", "register_page", "on_time_stats", "DUE_SOON_DAYS",
    "per_unit", "SEARCH_LIMIT", "IncomingSearch", "answered_delivery", "replies_to",
]

DUE_SOON_DAYS = 2
_URGENCY_ORDER = case(
    (Document.urgency == Urgency.EXPRESS, 0), (Document.urgency == Urgency.VERY_URGENT, 1),
    (Document.urgency == Urgency.URGENT, 2), else_=3,
)


def deadline_flag(deadline: dt.date | None, today: dt.date, done: bool = False) -> str | None:
    """'overdue', 'due_soon' or None (deadlines are calendar days in Asia/Ho_Chi_Minh)."""
    if deadline is None or done:
        return None
    if deadline < today:
        return "overdue"
    if (deadline - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return None


@dataclass(frozen=True)
class DeskItem:
    kind: str  # "document" (outgoing) | "delivery" (incoming)
    id: int
    subject: str
    notation: str | None
    status: str
    urgency: str
    deadline: dt.date | None
    flag: str | None
    updated: dt.datetime
    sender: str | None = None
    revision: int = 0


# What a desk line shows, read as plain columns: building ORM objects (identity map, 27
# attributes each) was a third of a desk's time for rows that are only displayed.
_DOC_LINE = (Document.id, Document.subject, Document.notation, Document.status, Document.urgency,
             Document.handling_deadline, Document.updated_at, Document.revision)


def _doc_item(doc, today: dt.date) -> DeskItem:
    return DeskItem("document", doc.id, doc.subject, doc.notation, doc.status.value, doc.urgency.value,
                    doc.handling_deadline, None, doc.updated_at, revision=doc.revision)


def desk(session: Session, user: User, today: dt.date, limit: int = 200) -> dict[str, list[DeskItem]]:
    """What needs this user, per kind of work; three to six queries whatever the data size."""
    out: dict[str, list[DeskItem]] = {}
    base = select(*_DOC_LINE).where(access.readable_documents_filter(user))
    order = (_URGENCY_ORDER, Document.handling_deadline.asc().nulls_last(), Document.updated_at.desc())
    if user.has_role(Role.STAFF):
        rows = session.execute(base.where(Document.created_by_id == user.id,
                                          Document.status.in_([DocStatus.DRAFT, DocStatus.RETURNED]))
                               .order_by(*order).limit(limit)).all()
        out["drafts"] = [_doc_item(d, today) for d in rows]
    if user.has_role(Role.REVIEWER):
        rows = session.execute(base.where(Document.reviewer_id == user.id, Document.status == DocStatus.IN_REVIEW)
                               .order_by(*order).limit(limit)).all()
        out["review"] = [_doc_item(d, today) for d in rows]
    if user.has_role(Role.LEADER):
        rows = session.execute(base.where(Document.signer_id == user.id,
                                          Document.status == DocStatus.AWAITING_SIGNATURE)
                               .order_by(*order).limit(limit)).all()
        out["sign"] = [_doc_item(d, today) for d in rows]
    if user.has_role(Role.CLERK):
        rows = session.execute(base.where(Document.status.in_([DocStatus.SIGNED, DocStatus.ISSUED]))
                               .order_by(*order).limit(limit)).all()
        out["issue"] = [_doc_item(d, today) for d in rows]
    incoming = _incoming_for(session, user, today, limit)
    out.update({k: v for k, v in incoming.items() if v or k in out})
    return out


def _delivery_item(r, today: dt.date) -> DeskItem:
    return DeskItem("delivery", r.id, r.subject, r.notation, r.status.value, r.urgency.value, r.deadline,
                    deadline_flag(r.deadline, today, r.status == DeliveryStatus.COMPLETED), r.received_at,
                    sender=r.sender_name, revision=r.revision)


# The recipient's deadline: the one the leader set, else the one the sender asked for.
_DEADLINE = func.coalesce(Delivery.deadline, Delivery.requested_deadline)


def _sender_label(sender):
    """Who sent it: the name the clerk recorded (paper, e-mail), else the sending agency's."""
    return func.coalesce(Delivery.sender_name, sender.name)


def _delivery_query(condition):
    """The columns of an incoming line (never the 2-3 kB verification report)."""
    sender = aliased(Unit)
    return (select(Delivery.id, Delivery.status, _DEADLINE.label("deadline"), Delivery.received_at,
                   Delivery.revision, Document.subject, Document.notation, Document.urgency,
                   _sender_label(sender).label("sender_name"))
            .join(Document, Document.id == Delivery.document_id)
            .join(sender, sender.id == Document.agency_id)
            .where(condition))


def _delivery_rows(session: Session, condition, limit: int, today: dt.date) -> list[DeskItem]:
    """A work queue of the desk (a bounded set: what waits for someone): most urgent first."""
    rows = session.execute(
        _delivery_query(condition)
        .order_by(_URGENCY_ORDER, _DEADLINE.asc().nulls_last(), Delivery.received_at.desc())
        .limit(limit)
    ).all()
    return [_delivery_item(r, today) for r in rows]


@dataclass(frozen=True)
class IncomingSearch:
    """What the incoming list is filtered by (every part optional; the page keeps it in the URL)."""

    words: str = ""  # in the subject (trích yếu) or the number/notation
    notation: str = ""  # part of the number/notation: "15/QĐ"
    sender: str = ""  # part of the sender's name
    received_from: dt.date | None = None  # received on or after (a day in Vietnam)
    received_to: dt.date | None = None  # received on or before

    def __bool__(self) -> bool:
        return bool(self.words or self.notation or self.sender or self.received_from or self.received_to)


def _incoming_search(session: Session, search: IncomingSearch) -> list:
    """Conditions on deliveries joined to their documents. A sender matches by the name the
    clerk recorded or by the sending agency's name (agencies resolved to ids first)."""
    out: list = []
    words = search.words.strip()[:200]
    if words:
        if session.get_bind().dialect.name == "postgresql":
            text = func.to_tsvector("simple", func.coalesce(Document.subject, "") + " "
                                    + func.coalesce(Document.notation, ""))
            out.append(or_(text.op("@@")(func.plainto_tsquery("simple", words)),
                           Document.notation.icontains(words, autoescape=True)))
        else:
            lowered = words.lower()
            out.append(and_(*(or_(func.lower(Document.subject).contains(w, autoescape=True),
                                  func.lower(Document.notation).contains(w, autoescape=True))
                              for w in lowered.split())))
    if search.notation.strip():
        out.append(Document.notation.icontains(search.notation.strip()[:120], autoescape=True))
    sender = search.sender.strip()[:200].lower()
    if sender:
        agencies = session.execute(select(Unit.id).where(
            Unit.kind == UnitKind.AGENCY, func.lower(Unit.name).contains(sender, autoescape=True))).scalars().all()
        out.append(or_(func.lower(Delivery.sender_name).contains(sender, autoescape=True),
                       and_(Delivery.sender_name.is_(None), Document.agency_id.in_(agencies))))
    if search.received_from:
        out.append(Delivery.received_at >= dt.datetime.combine(search.received_from, dt.time(0), tzinfo=VN_TZ)
                   .astimezone(dt.UTC))
    if search.received_to:
        out.append(Delivery.received_at < dt.datetime.combine(search.received_to + dt.timedelta(days=1), dt.time(0),
                                                              tzinfo=VN_TZ).astimezone(dt.UTC))
    return out


def incoming_list(session: Session, user: User, today: dt.date, *, status: str | None = None,
                  search: IncomingSearch | None = None, cursor: str | None = None, per_page: int = 50) -> KeysetPage:
    """Every incoming document the user may read, newest first (the desk sorts its queues by
    urgency; the whole list of five years cannot be sorted that way on every page view),
    optionally narrowed by ``search``."""
    condition = access.readable_deliveries_filter(user)
    if status:
        condition = and_(condition, Delivery.status == DeliveryStatus(status))
    count_query = select(Delivery.id).where(condition)
    if search:
        found = _incoming_search(session, search)
        condition = and_(condition, *found)
        count_query = (select(Delivery.id).join(Document, Document.id == Delivery.document_id).where(condition))
    page = keyset_page(session, _delivery_query(condition), (Delivery.received_at, Delivery.id), cursor=cursor,
                       per_page=per_page, row_key=lambda r: (r.received_at, r.id), scalars=False,
                       count_query=count_query)
    return _with_items(page, [_delivery_item(r, today) for r in page.items])


def _with_items(page: KeysetPage, items: list) -> KeysetPage:
    return replace(page, items=items)


def _incoming_for(session: Session, user: User, today: dt.date, limit: int) -> dict[str, list[DeskItem]]:
    scope = access.readable_deliveries_filter(user)
    out: dict[str, list[DeskItem]] = {}
    if user.has_role(Role.CLERK):
        out["receive"] = _delivery_rows(session, and_(scope, Delivery.status == DeliveryStatus.RECEIVED), limit, today)
    if user.has_role(Role.LEADER):
        out["direct"] = _delivery_rows(session, and_(scope, Delivery.status == DeliveryStatus.REGISTERED),
                                       limit, today)
    # "No handler yet" as coalesce(handler, 0) = 0 (ids start at 1): written IS NULL, PostgreSQL
    # built a bitmap of the 520,000 unassigned deliveries of the country (40 ms) to AND with
    # the few hundred open ones of this agency.
    mine = or_(Delivery.handler_id == user.id,
               and_(func.coalesce(Delivery.handler_id, 0) == 0, Delivery.lead_unit_id == user.unit_id))
    out["handle"] = _delivery_rows(session, and_(scope, mine, Delivery.status.in_(
        [DeliveryStatus.ASSIGNED, DeliveryStatus.IN_PROGRESS])), limit, today)
    return out


def outbox(session: Session, user: User, *, status: str | None = None, cursor: str | None = None,
           per_page: int = 50) -> KeysetPage:
    """Documents of the user's agency in scope, most recently changed first."""
    q = select(Document).where(access.readable_documents_filter(user))
    if status:
        q = q.where(Document.status == DocStatus(status))
    return keyset_page(session, q, (Document.updated_at, Document.id), cursor=cursor, per_page=per_page,
                       row_key=lambda d: (d.updated_at, d.id))


SEARCH_LIMIT = 1_000


def _words(session: Session, text: str):
    """The match on subject, number/notation and sender name, as conditions on documents.
    PostgreSQL: its full-text index ('simple' configuration) and the trigram index on the
    notation (0005); SQLite: LIKE. Senders are resolved to agency ids first."""
    lowered = text.lower()
    senders = session.execute(select(Unit.id).where(
        Unit.kind == UnitKind.AGENCY, func.lower(Unit.name).contains(lowered, autoescape=True))).scalars().all()
    if session.get_bind().dialect.name == "postgresql":
        document = func.to_tsvector("simple", func.coalesce(Document.subject, "") + " "
                                    + func.coalesce(Document.notation, ""))
        return or_(document.op("@@")(func.plainto_tsquery("simple", text)),
                   Document.notation.icontains(text, autoescape=True), Document.agency_id.in_(senders))
    return or_(func.lower(Document.subject).contains(lowered, autoescape=True),
               func.lower(Document.notation).contains(lowered, autoescape=True), Document.agency_id.in_(senders))


def search_documents(session: Session, user: User, text: str, *, cursor: str | None = None,
                     per_page: int = 50) -> KeysetPage:
    """Documents the user may read (their agency's outgoing ones and those delivered to it)
    whose subject, number/notation or sender matches; newest first. Items are
    (document, sender name); the newest SEARCH_LIMIT matches are listed."""
    text = text.strip()[:200]
    sender = aliased(Unit)
    words = _words(session, text) if text else true()
    keys = (Document.updated_at, Document.id)
    if session.get_bind().dialect.name == "postgresql":
        # "Of my agency or addressed to it" is implied by visibility (copies only go to a
        # document's recipients) and both halves are indexed (0006): PostgreSQL ANDs them
        # with the full-text bitmap, so only the few hundred candidates of this agency are
        # checked for visibility, not every match in the country.
        addressed = or_(Document.agency_id == user.agency_id,
                        cast(Document.recipients, JSONB).op("@>")(literal([user.agency_id], JSONB)))
        visible = or_(access.readable_documents_filter(user),
                      select(Delivery.id).where(Delivery.document_id == Document.id,
                                                access.readable_deliveries_filter(user)).exists())
        found = select(*keys).where(words, addressed, visible)
    else:
        # two branches, each bounded by the user's agency (its documents, its deliveries)
        own = select(Document.id).where(access.readable_documents_filter(user), words)
        delivered = (select(Delivery.document_id).join(Document, Document.id == Delivery.document_id)
                     .where(access.readable_deliveries_filter(user), words))
        found = select(*keys).where(Document.id.in_(select(union(own, delivered).subquery().c[0])))
    # One query finds the newest SEARCH_LIMIT matches (their keys): the page and the count
    # both come from it. Older matches are reached by refining the words.
    newest = session.execute(found.order_by(*(k.desc() for k in keys)).limit(SEARCH_LIMIT + 1)).all()
    page = page_of_keys([tuple(r) for r in newest[:SEARCH_LIMIT]], cursor=cursor, per_page=per_page,
                        total_exact=len(newest) <= SEARCH_LIMIT)
    ids = [doc_id for _updated, doc_id in page.items]
    rows = {doc.id: (doc, name) for doc, name in session.execute(
        select(Document, sender.name).join(sender, sender.id == Document.agency_id).where(Document.id.in_(ids)))
    } if ids else {}
    return _with_items(page, [rows[i] for i in ids])


# -- registers -----------------------------------------------------------------------------------


def _year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(year, 1, 1, tzinfo=VN_TZ).astimezone(dt.UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=VN_TZ).astimezone(dt.UTC)
    return start, end


def _local_date(value: dt.datetime | None) -> str:
    return value.astimezone(VN_TZ).strftime("%d/%m/%Y") if value else ""


class RegisterReader(Protocol):
    """Who reads a register: only the agency matters (a clerk's user, or the command line)."""

    @property
    def agency_id(self) -> int | None: ...


def _register_scope(kind: str, user: RegisterReader, year: int, unit_id: int | None) -> list:
    """Which entries a register of the user's agency holds (its pages, its count, its exports)."""
    if kind == "outgoing":
        scope = [Document.agency_id == user.agency_id, Document.year == year, Document.number.is_not(None)]
        return scope + ([Document.unit_id == unit_id] if unit_id else [])
    scope = [Delivery.recipient_agency_id == user.agency_id, Delivery.incoming_year == year]
    if kind == "tracking":
        scope.append(_DEADLINE.is_not(None))
    return scope + ([Delivery.lead_unit_id == unit_id] if unit_id else [])


def _outgoing_query(scope: list):
    signer = aliased(User)
    unit = aliased(Unit)
    return (select(Document, signer.full_name, unit.name)
            .join(signer, signer.id == Document.signer_id, isouter=True)
            .join(unit, unit.id == Document.unit_id)
            .where(*scope))


# the sequence a number comes from, in the register's notes (Decree 30 Art. 15)
REGISTER_VI = {"outgoing-mat": "Sổ văn bản mật", "outgoing-qppl": "Sổ văn bản quy phạm pháp luật"}


def _outgoing_rows(session: Session, rows) -> list[dict]:
    doc_ids = [d.id for d, _s, _u in rows]
    types = type_names(session) if rows else {}
    names = dict(session.execute(select(Unit.id, Unit.name)).all()) if rows else {}
    acks: dict[int, list[str]] = {}
    for document_id, recipient_id, status in session.execute(
            select(Delivery.document_id, Delivery.recipient_agency_id, Delivery.status)
            .where(Delivery.document_id.in_(doc_ids))):
        acks.setdefault(document_id, []).append(
            f"{names.get(recipient_id, '')}: {DELIVERY_STATUS_VI.get(status.value, 'Không rõ')}")
    return [{
        "number": f"{d.number:02d}", "notation": d.notation, "date": _local_date(d.issued_at),
        "type": types.get(d.doc_type, d.doc_type), "subject": d.subject, "signer": signer_name or "",
        "recipients": "; ".join(names.get(r, "") for r in d.recipients), "keeping_unit": unit_name,
        "copies": len(d.recipients), "sent": _local_date(d.dispatched_at),
        "acknowledgement": "; ".join(acks.get(d.id, [])),
        "register": d.register or "outgoing",
        "notes": "; ".join(filter(None, [REGISTER_VI.get(d.register or ""),
                                         ("Đã thu hồi: " + (d.recall_reason or "")) if d.status == DocStatus.RECALLED
                                         else ""])),
    } for d, signer_name, unit_name in rows]


def _incoming_query(scope: list):
    sender = aliased(Unit)
    lead = aliased(Unit)
    return (select(Delivery, Document, _sender_label(sender), lead.name)
            .join(Document, Document.id == Delivery.document_id)
            .join(sender, sender.id == Document.agency_id)
            .join(lead, lead.id == Delivery.lead_unit_id, isouter=True)
            .where(*scope)
            .options(defer(Delivery.verification)))


def _incoming_rows(session: Session, rows) -> list[dict]:
    types = type_names(session) if rows else {}
    return [{
        "received": _local_date(d.received_at), "number": d.incoming_number, "author": sender_name,
        "notation": doc.notation, "document_date": _local_date(doc.issued_at),
        "type": types.get(doc.doc_type, doc.doc_type), "subject": doc.subject, "receiving_unit": lead_name or "",
        "passed_on": _local_date(d.assigned_at),
        "acknowledgement": DELIVERY_STATUS_VI.get(d.status.value, 'Không rõ'),
        "notes": " ".join(filter(None, [
            _deadline_note(d.deadline or d.requested_deadline), d.duplicate_warning,
            "Đã bị thu hồi" if d.frozen else None])),
    } for d, doc, sender_name, lead_name in rows]


def _deadline_note(deadline: dt.date | None) -> str | None:
    """Annex IV §VI has no deadline column: the recipient's deadline goes into the notes."""
    return f"Hạn giải quyết: {deadline:%d/%m/%Y}." if deadline else None


def _tracking_query(scope: list):
    reply = aliased(Document)
    return (select(Delivery, Document, reply.notation)
            .join(Document, Document.id == Delivery.document_id)
            .join(reply, reply.id == Delivery.reply_document_id, isouter=True)
            .where(*scope)
            .options(defer(Delivery.verification)))


def _tracking_rows(today: dt.date, rows) -> list[dict]:
    out = []
    for d, doc, reply_notation in rows:
        done = d.status == DeliveryStatus.COMPLETED
        deadline = d.deadline or d.requested_deadline  # asked by the sender, not yet directed
        on_time = done and d.completed_at.astimezone(VN_TZ).date() <= deadline
        out.append({
            "number": d.incoming_number, "notation": doc.notation, "subject": doc.subject,
            "deadline": deadline.strftime("%d/%m/%Y"),
            "progress": progress_vi(d.status.value, deadline_flag(deadline, today, done), on_time if done else None),
            "flag": deadline_flag(deadline, today, done), "on_time": on_time if done else None,
            "reply": reply_notation or "",
        })
    return out


def _register(kind: str, user: RegisterReader, year: int, today: dt.date | None, unit_id: int | None):
    """(query, the same entries without the joins for names (to count), the register-number
    column, the rows-to-dicts function) of a register."""
    scope = _register_scope(kind, user, year, unit_id)
    if kind == "outgoing":
        return _outgoing_query(scope), select(Document.id).where(*scope), Document.number, _outgoing_rows
    entries = select(Delivery.id).where(*scope)
    if kind == "incoming":
        return _incoming_query(scope), entries, Delivery.incoming_number, _incoming_rows
    if kind == "tracking" and today is not None:  # the deadline flags are relative to today
        return (_tracking_query(scope), entries, Delivery.incoming_number,
                lambda _session, rows: _tracking_rows(today, rows))
    raise ValueError(kind)


def parent_agency(session: Session, agency: Unit) -> str:
    """The agency's parent agency (cơ quan chủ quản) as a document's header writes it: a Sở
    under the province gets "UBND TỈNH QUẢNG NGÃI" (the province's People's Committee); an agency
    under another agency that one's name; a People's Committee none ("")."""
    if agency.org_type in (OrgType.PROVINCE_COMMITTEE, OrgType.COMMUNE_COMMITTEE, OrgType.DISTRICT_COMMITTEE):
        return ""
    parent = agency.parent
    if parent is None:
        return ""
    if parent.kind == UnitKind.PROVINCE:  # the territory: its People's Committee is the parent
        committee = session.execute(select(Unit).where(
            Unit.parent_id == parent.id, Unit.org_type == OrgType.PROVINCE_COMMITTEE, Unit.active.is_(True))
            .order_by(Unit.id)).scalars().first()
        if committee is None:
            return ""
        parent = committee
    return _abbreviated(parent.name).upper()


def _abbreviated(name: str) -> str:
    """Decree 30 Annex I lets the parent agency's name be shortened: "Ủy ban nhân dân" → "UBND"."""
    for full in ("Ủy ban nhân dân", "Uỷ ban nhân dân"):
        if name.startswith(full):
            return "UBND" + name[len(full):]
    return name


def register_rows(session: Session, user: RegisterReader, kind: str, year: int, today: dt.date | None,
                  unit_id: int | None = None) -> list[dict]:
    """The whole register of a year in number order (the CSV, XLSX and PDF exports)."""
    q, _entries, number, to_dicts = _register(kind, user, year, today, unit_id)
    return to_dicts(session, session.execute(q.order_by(number)).all())


def register_page(session: Session, user: RegisterReader, kind: str, year: int, today: dt.date,
                  unit_id: int | None = None, *, cursor: str | None = None, from_number: int | None = None,
                  per_page: int = 100) -> KeysetPage:
    """A page of a register in number order; ``from_number`` opens it at that entry (a clerk
    looking up "số đến 1234"). Numbers are unique per agency and year, so they are the key."""
    q, entries, number, to_dicts = _register(kind, user, year, today, unit_id)
    if from_number is not None and not cursor:
        cursor = Cursor((from_number - 1,)).encode() if from_number > 1 else None
    page = keyset_page(session, q, (number,), cursor=cursor, per_page=per_page, descending=False,
                       row_key=lambda r: (getattr(r[0], number.key),), scalars=False,
                       count_query=entries)
    return _with_items(page, to_dicts(session, page.items))


def outgoing_register(session: Session, user: User, year: int, unit_id: int | None = None) -> list[dict]:
    """Annex IV §I: number/notation; date; type and summary; signer; recipients; unit keeping
    the copy; copies; date sent; acknowledgement; notes."""
    return register_rows(session, user, "outgoing", year, None, unit_id)


def incoming_register(session: Session, user: User, year: int, unit_id: int | None = None) -> list[dict]:
    """Annex IV §VI: date received; incoming number; author; number/notation; document date;
    type and summary; receiving unit or person; date passed on; acknowledgement; notes."""
    return register_rows(session, user, "incoming", year, None, unit_id)


def tracking_register(session: Session, user: User, year: int, today: dt.date,
                      unit_id: int | None = None) -> list[dict]:
    """Annex IV §VIII: incoming number, deadline, progress, reply's number/notation."""
    return register_rows(session, user, "tracking", year, today, unit_id)


@dataclass(frozen=True)
class OnTime:
    unit_id: int | None
    unit: str
    month: str | None
    completed_on_time: int
    completed_late: int
    open: int
    overdue: int
    due_soon: int = 0

    @property
    def rate(self) -> float | None:
        done = self.completed_on_time + self.completed_late
        return self.completed_on_time / done if done else None


def _local_day(session: Session, column):
    """The calendar day in Vietnam of a UTC timestamp, in SQL (Vietnam has no DST: +07:00)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("Asia/Ho_Chi_Minh", column))
    return func.date(column, "+7 hours")


def on_time_stats(session: Session, agency_id: int, today: dt.date, *, year: int | None = None,
                  by_month: bool = False) -> list[OnTime]:
    """Incoming documents with a deadline, per lead unit (and per month of the deadline):
    completed on time, completed late, open, open and overdue, open and due within
    DUE_SOON_DAYS — one aggregate query."""
    done = Delivery.status == DeliveryStatus.COMPLETED
    open_ = Delivery.status.in_([DeliveryStatus.REGISTERED, DeliveryStatus.ASSIGNED, DeliveryStatus.IN_PROGRESS,
                                 DeliveryStatus.RECEIVED])
    completed_day = _local_day(session, Delivery.completed_at)
    deadline_day = func.date(Delivery.deadline) if session.get_bind().dialect.name == "sqlite" else Delivery.deadline
    month = (func.strftime("%Y-%m", Delivery.deadline) if session.get_bind().dialect.name == "sqlite"
             else func.to_char(Delivery.deadline, "YYYY-MM"))
    columns = [
        Delivery.lead_unit_id, Unit.name,
        func.sum(case((and_(done, completed_day <= deadline_day), 1), else_=0)),
        func.sum(case((and_(done, completed_day > deadline_day), 1), else_=0)),
        func.sum(case((open_, 1), else_=0)),
        func.sum(case((and_(open_, Delivery.deadline < today), 1), else_=0)),
        func.sum(case((and_(open_, Delivery.deadline >= today,
                            Delivery.deadline <= today + dt.timedelta(days=DUE_SOON_DAYS)), 1), else_=0)),
    ]
    group: list[Any] = [Delivery.lead_unit_id, Unit.name]
    if by_month:
        columns.append(month.label("month"))
        group.append(month)
    q = (select(*columns).join(Unit, Unit.id == Delivery.lead_unit_id, isouter=True)
         .where(Delivery.recipient_agency_id == agency_id, Delivery.deadline.is_not(None)).group_by(*group))
    if year:
        q = q.where(Delivery.incoming_year == year)
    out = []
    for row in session.execute(q):
        unit_id, name, on_time, late, opened, overdue, due_soon = row[:7]
        out.append(OnTime(unit_id, name or "", row[7] if by_month else None, int(on_time or 0), int(late or 0),
                          int(opened or 0), int(overdue or 0), int(due_soon or 0)))
    return sorted(out, key=lambda o: (o.month or "", o.unit))


def per_unit(rows: Sequence[OnTime]) -> list[OnTime]:
    """Monthly rows summed per unit: the dashboard needs both views, and one aggregate query
    per page instead of two halves the database's work (each delivery is in one month)."""
    units: dict[int | None, OnTime] = {}
    for r in rows:
        t = units.get(r.unit_id)
        units[r.unit_id] = r if t is None else OnTime(
            r.unit_id, r.unit, None, t.completed_on_time + r.completed_on_time, t.completed_late + r.completed_late,
            t.open + r.open, t.overdue + r.overdue, t.due_soon + r.due_soon)
    return sorted((replace(t, month=None) for t in units.values()), key=lambda o: o.unit)


def recipients_status(session: Session, doc: Document) -> Sequence[tuple[Delivery, str]]:
    """What the sender sees: each recipient agency and its status."""
    return session.execute(
        select(Delivery, Unit.name).join(Unit, Unit.id == Delivery.recipient_agency_id)
        .where(Delivery.document_id == doc.id).order_by(Unit.name)
    ).all()


def answered_delivery(session: Session, user: User, doc: Document) -> Delivery | None:
    """The incoming document ``doc`` answers, if the user may read it."""
    if doc.answers_delivery_id is None:
        return None
    delivery = session.get(Delivery, doc.answers_delivery_id)
    return delivery if delivery is not None and access.can_read_delivery(user, delivery) else None


def replies_to(session: Session, user: User, delivery: Delivery) -> Sequence[Document]:
    """The outgoing documents (drafts included) that answer ``delivery``, those the user may read."""
    return session.execute(select(Document).where(
        Document.answers_delivery_id == delivery.id, access.readable_documents_filter(user))
        .order_by(Document.id)).scalars().all()

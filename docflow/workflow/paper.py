"""Incoming documents that did not come through docflow: a paper document scanned to PDF or
a PDF received by e-mail. The clerk types what the page says (sender, number/notation, date,
type, subject, urgency, deadline); the document enters the same incoming register (the next
incoming number) and the same flow (direction, handling) as a dispatched copy.

Such a document has no sending agency in docflow: its ``Document`` row belongs to one
inactive placeholder agency (no users, in no list of recipients), and the sender the clerk
typed or chose is on the delivery (``sender_name``, ``sender_agency_id``). A known agency is
never made the owner: its people would then see the copy among their own documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..access import Capability, can
from ..messages import N_
from ..models import (
    Confidentiality,
    Delivery,
    DeliveryStatus,
    DocStatus,
    Document,
    DocumentEvent,
    DocumentFile,
    FileRole,
    FileVersion,
    OrgType,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
)
from ..signing import AppearanceError, SigningError, sign_pdf, text_appearance
from ..signing.intake import take_in
from ..signing.stamp import IncomingStamp, StampError, apply_incoming_stamp, stamp_box, stamp_png
from ..uow import transactional
from ..verification import verify_pdf
from ..webhooks.outbox import delivery_event
from . import doctypes
from .context import VN_TZ, WorkflowContext
from .errors import InvalidDocument, InvalidTransition, NotAllowed, SigningFailed, StaleRevision
from .notify import agency_users_with_role, notify
from .numbering import next_number
from .outgoing import Upload

__all__ = ["SOURCES", "OUTSIDE_SENDER", "ExternalDocument", "register_external", "is_external", "known_senders",
           "may_seal_receipt", "seal_receipt"]

SOURCES = ("paper", "email")
# the placeholder agency that owns documents registered from outside docflow
OUTSIDE_SENDER = "Văn bản đến ngoài hệ thống (bản giấy, thư điện tử)"
_OUTSIDE_CODE = "X-NGOAIHETHONG"


@dataclass(frozen=True)
class ExternalDocument:
    """What the clerk types from the page of a paper or e-mailed document."""

    source: str  # "paper" (a scan) or "email"
    subject: str  # trích yếu
    doc_type: str  # a document_types.code
    sender_name: str = ""  # typed (free text) when no known agency is chosen
    sender_agency_id: int | None = None  # a known agency (of docflow, or an exchange partner)
    notation: str = ""  # "15/QĐ-UBND" as printed
    document_date: dt.date | None = None  # the date on the document
    urgency: Urgency = Urgency.NORMAL
    deadline: dt.date | None = None  # the handling deadline the sender asks for


def is_external(delivery: Delivery) -> bool:
    return delivery.source in SOURCES


def _outside_sender(session: Session) -> Unit:
    """The placeholder owner, made on first use. Two clerks registering the installation's
    very first paper documents at the same instant may make two: both are inactive and empty,
    and the oldest is used from then on."""
    found = session.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.code == _OUTSIDE_CODE,
                                               Unit.parent_id.is_(None)).order_by(Unit.id)).scalars().first()
    if found is not None:
        return found
    unit = Unit(kind=UnitKind.AGENCY, org_type=OrgType.OTHER_AGENCY, name=OUTSIDE_SENDER, code=_OUTSIDE_CODE,
                active=False)
    session.add(unit)
    session.flush()
    unit.agency_id = unit.id
    return unit


def _check(session: Session, ctx: WorkflowContext, actor: User, data: ExternalDocument) -> tuple[str, Unit | None]:
    """The sender's name to record (and the known agency), or the first field that is wrong."""
    if data.source not in SOURCES:
        raise InvalidDocument(N_("Say how the document arrived (paper or e-mail)."), field="source")
    known = None
    if data.sender_agency_id:
        known = session.get(Unit, data.sender_agency_id)
        if known is None or known.kind != UnitKind.AGENCY or known.id == actor.agency_id \
                or known.code == _OUTSIDE_CODE:
            raise InvalidDocument(N_("Choose the sender among the agencies listed, or type its name."),
                                  field="sender_agency_id")
    name = (known.name if known else data.sender_name).strip()
    if not name:
        raise InvalidDocument(N_("Type the sender's name or choose a known agency."), field="sender_name")
    if len(name) > 255:
        raise InvalidDocument(N_("The sender's name is too long (at most %(n)d characters)."), field="sender_name",
                              n=255)
    if not data.subject.strip():
        raise InvalidDocument(N_("Type the subject of the document."), field="subject")
    if data.doc_type not in {t.code for t in doctypes.all_types(session)}:
        raise InvalidDocument(N_("Choose the document type."), field="doc_type")
    if len(data.notation.strip()) > 120:
        raise InvalidDocument(N_("The number/notation is too long (at most %(n)d characters)."), field="notation",
                              n=120)
    if data.document_date is not None and data.document_date > ctx.today():
        raise InvalidDocument(N_("The document's date cannot be in the future."), field="document_date")
    if data.deadline is not None and data.document_date is not None and data.deadline < data.document_date:
        raise InvalidDocument(N_("The deadline cannot be before the document's date."), field="deadline")
    return name, known


def _scan(ctx: WorkflowContext, upload: Upload) -> tuple[bytes, int]:
    """The PDF as received (a signed one is kept byte for byte; a damaged unsigned scan is
    repaired, as on the draft form) and its page count."""
    if not upload.data:
        raise InvalidDocument(N_("Choose the PDF of the document."), field="scan")
    if len(upload.data) > ctx.max_pdf_bytes:
        raise InvalidDocument(N_("The file %(name)s is larger than the limit of %(mb)d MB."),
                              name=upload.filename, mb=ctx.max_pdf_bytes // (1024 * 1024), field="scan")
    try:
        intake = take_in(upload.data, max_size=ctx.max_pdf_bytes)
    except SigningError as err:
        raise InvalidDocument(N_("The file %(name)s cannot be used: %(reason)s"), name=upload.filename,
                              reason=err.text, field="scan") from None
    return intake.pdf, intake.facts.page_count


def _filename(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document.pdf"
    base = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*')[:200]
    return base if base.lower().endswith(".pdf") else base + ".pdf"


def _twins(session: Session, agency_id: int, notation: str, name: str, known: Unit | None) -> list[int]:
    """Incoming numbers already given to the same notation from the same sender."""
    if not notation:
        return []
    same_sender = [func.lower(Delivery.sender_name) == name.lower()]
    if known is not None:
        same_sender += [Delivery.sender_agency_id == known.id, Document.agency_id == known.id]
    return [n for n in session.execute(
        select(Delivery.incoming_number).join(Document, Document.id == Delivery.document_id)
        .where(Delivery.recipient_agency_id == agency_id, Delivery.incoming_number.is_not(None),
               Document.notation == notation, or_(*same_sender))
        .order_by(Delivery.incoming_number)).scalars() if n is not None]


@transactional
def register_external(session: Session, ctx: WorkflowContext, actor: User, data: ExternalDocument,
                      scan: Upload) -> Delivery:
    """The clerk registers a paper or e-mailed document: it gets the next incoming number of
    the agency's register at once and waits for the leader's direction. Its signatures, if any,
    are checked and shown as for any copy; a copy without a valid signature is not refused (a
    scan has none): the clerk has the original."""
    if not can(actor, Capability.REGISTER_INCOMING):
        raise NotAllowed(N_("Only a clerk can register incoming documents."))
    name, known = _check(session, ctx, actor, data)
    pdf, pages = _scan(ctx, scan)
    report = verify_pdf(pdf, ctx.trust()).to_json()
    sha = ctx.blobs.put(pdf)
    owner = _outside_sender(session)
    notation = data.notation.strip() or None
    issued = (dt.datetime.combine(data.document_date, dt.time(8, 0), tzinfo=VN_TZ).astimezone(dt.UTC)
              if data.document_date else None)
    twins = _twins(session, actor.agency_id, notation or "", name, known)
    doc = Document(
        agency_id=owner.id, unit_id=owner.id, created_by_id=actor.id, doc_type=data.doc_type,
        subject=data.subject.strip(), urgency=data.urgency, confidentiality=Confidentiality.NORMAL,
        status=DocStatus.DISPATCHED, handling_deadline=data.deadline, recipients=[actor.agency_id],
        notation=notation, issued_at=issued, dispatched_at=ctx.now(), created_at=ctx.now(), updated_at=ctx.now(),
    )
    main = DocumentFile(role=FileRole.MAIN, position=0, filename=_filename(scan.filename))
    main.versions.append(FileVersion(seq=1, sha256=sha, size=len(pdf), reason=data.source, created_by_id=actor.id,
                                     page_count=pages, created_at=ctx.now(), details={}))
    doc.files.append(main)
    session.add(doc)
    session.flush()
    year = ctx.year()
    delivery = Delivery(
        document_id=doc.id, recipient_agency_id=actor.agency_id, received_at=ctx.now(), verdict=report["verdict"],
        verification=report, verified_sha256=sha, status=DeliveryStatus.REGISTERED, source=data.source,
        sender_name=name, sender_agency_id=known.id if known else None, requested_deadline=data.deadline,
        incoming_year=year, incoming_number=next_number(session, actor.agency_id, year, "incoming"),
        registered_at=ctx.now(), registered_by_id=actor.id,
        duplicate_warning=(f"Văn bản số {notation} của {name} đã được vào sổ "
                           f"(số đến {', '.join(str(n) for n in twins)}).") if twins else None,
    )
    session.add(delivery)
    session.flush()
    if not report.get("signatures"):  # a signed copy is kept as signed (signing/stamp.py says why)
        _stamp(session, ctx, actor, main, pdf, delivery)
    for action, details in (("received", {"source": data.source, "verdict": report["verdict"]}),
                            ("registered", {"number": delivery.incoming_number, "year": year})):
        session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, actor_id=actor.id, action=action,
                                  details=details))
    audit.record(session, "delivery.register_external", actor=actor, object_type="delivery", object_id=delivery.id,
                 ip=ctx.ip, agency_id=actor.agency_id,
                 details={"source": data.source, "sender": name, "sender_agency_id": delivery.sender_agency_id,
                          "notation": notation, "number": delivery.incoming_number, "year": year, "sha256": sha,
                          "verdict": report["verdict"]})
    notify(session, agency_users_with_role(session, actor.agency_id, Role.LEADER),
           N_("An incoming document awaits your direction: %(subject)s"), {"subject": doc.subject},
           document=doc, delivery=delivery, urgent=doc.urgency != Urgency.NORMAL)
    delivery_event(session, "document.registered", delivery, sender=False)
    return delivery


def _stamp(session: Session, ctx: WorkflowContext, actor: User, main: DocumentFile, pdf: bytes,
           delivery: Delivery) -> None:
    """The incoming stamp on the registered scan, as a new version of its file (the bytes as
    received stay what ``verified_sha256`` names). A file the stamp cannot be added to is kept
    unstamped: the register entry is what counts."""
    agency = session.get_one(Unit, actor.agency_id)
    stamp = IncomingStamp(agency.name, delivery.incoming_number or 0, delivery.incoming_year or ctx.year(),
                          ctx.now().astimezone(VN_TZ))
    try:
        stamped = apply_incoming_stamp(pdf, stamp)
    except StampError as err:
        session.add(DocumentEvent(document_id=main.document_id, delivery_id=delivery.id, actor_id=actor.id,
                                  action="stamp_failed", comment=err.text))
        return
    sha = ctx.blobs.put(stamped)
    main.versions.append(FileVersion(seq=len(main.versions) + 1, sha256=sha, size=len(stamped),
                                     reason="incoming_stamp", created_by_id=actor.id,
                                     page_count=main.versions[-1].page_count, created_at=ctx.now(),
                                     details={"number": stamp.number, "year": stamp.year}))


def known_senders(session: Session, actor: User) -> list[Unit]:
    """The agencies a clerk may name as the sender: every active agency but their own (the
    province's and the exchange partners')."""
    return list(session.execute(select(Unit).where(
        Unit.kind == UnitKind.AGENCY, Unit.active.is_(True), Unit.id != actor.agency_id,
        Unit.code != _OUTSIDE_CODE).order_by(Unit.name)).scalars())



def may_seal_receipt(actor: User, delivery: Delivery) -> bool:
    """A clerk of the receiving agency, on a registered paper or e-mailed copy not stamped yet
    (a signed one: the scan is stamped at registration)."""
    return (delivery.source in SOURCES and not delivery.frozen and actor.agency_id == delivery.recipient_agency_id
            and actor.has_role(Role.CLERK) and delivery.incoming_number is not None
            and delivery.document.main_file.current.reason != "incoming_stamp")


@transactional
def seal_receipt(session: Session, ctx: WorkflowContext, actor: User, delivery: Delivery, revision: int,
                 pin: str) -> Delivery:
    """The incoming stamp on a signed copy, as the receiving agency's seal: a new signature whose
    appearance is the stamp, so every earlier signature stays intact and valid."""
    if delivery.revision != revision:
        raise StaleRevision(N_("Someone changed this document while you were looking at it. "
                               "Reload it to see its current state."))
    if not (actor.agency_id == delivery.recipient_agency_id and actor.has_role(Role.CLERK)):
        raise NotAllowed(N_("Only a clerk of the receiving agency can do this."))
    if not may_seal_receipt(actor, delivery):
        raise InvalidTransition(N_("This copy already carries the incoming stamp."))
    main = delivery.document.main_file
    current = main.current
    pdf = ctx.blobs.get(current.sha256)
    agency = session.get_one(Unit, actor.agency_id)
    stamp = IncomingStamp(agency.name, delivery.incoming_number or 0, delivery.incoming_year or ctx.year(),
                          ctx.now().astimezone(VN_TZ))
    signer = ctx.keys.seal_signer(session, agency, pin, actor)
    try:
        appearance = text_appearance(1, stamp_box(pdf), image_png=stamp_png(stamp))
        # the context types its timestamper loosely (object): it is the TSA client the issuance uses
        signed = sign_pdf(pdf, signer, appearance=appearance, reason="Dấu đến",
                          timestamper=cast(Any, ctx.timestamper), allow_without_timestamp=ctx.allow_without_timestamp)
    except (SigningError, AppearanceError) as err:
        reason = err.text if isinstance(err, SigningError) else str(err)
        raise SigningFailed(N_("The signature could not be made: %(reason)s"), reason=reason) from None
    sha = ctx.blobs.put(signed.pdf)
    main.versions.append(FileVersion(seq=len(main.versions) + 1, sha256=sha, size=len(signed.pdf),
                                     reason="incoming_stamp", created_by_id=actor.id, page_count=current.page_count,
                                     signature_field=signed.field_name, created_at=ctx.now(),
                                     details={"number": stamp.number, "year": stamp.year, "sealed": True}))
    session.add(DocumentEvent(document_id=delivery.document_id, delivery_id=delivery.id, actor_id=actor.id,
                              action="stamped", details={"number": stamp.number, "field": signed.field_name}))
    audit.record(session, "delivery.stamp", actor=actor, object_type="delivery", object_id=delivery.id, ip=ctx.ip,
                 agency_id=actor.agency_id, details={"sha256": sha, "field": signed.field_name})
    session.flush()
    return delivery

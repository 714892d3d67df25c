"""Exchange with other document systems in edXML, at the service level: export a dispatched
document for an external recipient, import a package as an incoming document (verified on
arrival by ``incoming.deliver`` exactly like an internal dispatch), export the status of a
received document and import a status back at the sender. No flask here.

External agencies are local agency units with an ``EdxmlOrgan`` row flagged ``external``:
a document addressed to one is dispatched as usual (its copy waits at that unit) and leaves
through ``export_document``; a document from one arrives through ``import_package``, which
creates the external agency (and a system account as its nominal drafter) on first contact.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_, DomainError
from ..models import (
    Confidentiality,
    Delivery,
    DeliveryStatus,
    DocStatus,
    DocType,
    Document,
    DocumentEvent,
    DocumentFile,
    EdxmlLink,
    EdxmlOrgan,
    FileRole,
    FileVersion,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
)
from ..uow import transactional
from ..webhooks.outbox import delivery_event
from ..workflow import doctypes
from ..workflow.context import VN_TZ, WorkflowContext
from ..workflow.errors import DocumentNotFound, InvalidTransition, NotAllowed
from ..workflow.incoming import deliver, get_delivery
from ..workflow.notify import agency_users_with_role, notify
from ..workflow.outgoing import SECRET_NOT_SENT
from .package import (
    BUSINESS_NEW,
    BUSINESS_REPLACE,
    STATUS_CODES,
    TYPE_ADMINISTRATIVE,
    TYPE_LEGAL_NORMATIVE,
    Attachment,
    Business,
    EdxmlError,
    Organ,
    Package,
    Replacement,
    Signer,
    StaffInfo,
    StatusMessage,
    Trace,
    build_package,
    build_status,
    parse_package,
    parse_status,
)

__all__ = ["ExchangeError", "organ_id_of", "set_organ_id", "add_external_agency", "external_agencies",
           "export_document", "import_package", "export_status", "import_status", "export_recall", "STATUS_FOR",
           "StatusResult", "exchanged_packages"]

_URGENCY_PRIORITY = {Urgency.NORMAL: 0, Urgency.URGENT: 1, Urgency.VERY_URGENT: 2, Urgency.EXPRESS: 3}
_PRIORITY_URGENCY = {v: k for k, v in _URGENCY_PRIORITY.items()}
# the recipient's state → the Decision 28/2018 code the sender receives
STATUS_FOR = {DeliveryStatus.RECEIVED: "01", DeliveryStatus.REFUSED: "02", DeliveryStatus.REGISTERED: "03",
              DeliveryStatus.ASSIGNED: "04", DeliveryStatus.IN_PROGRESS: "05", DeliveryStatus.COMPLETED: "06"}
# the recall exchange: 13 asked by the sender, 15/16 the recipient's answer (not a state of the copy)
RECALL_CODES = ("13", "15", "16")
_STATUS_FROM = {code: status for status, code in STATUS_FOR.items()}
_ORGAN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-_]{0,63}$")
# the national electronic identifier of an agency (mã định danh điện tử, Decision 20/2020/QĐ-TTg):
# "000.00.00.G00", three groups of digits and a letter with two digits. Our own agencies must have
# one; partners are taken as they name themselves (a provincial axis may use its own codes).
NATIONAL_ORGAN_ID = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")


class ExchangeError(DomainError):
    http_status = 400


class DuplicatePackage(ExchangeError):
    http_status = 409


def _bad(err: EdxmlError) -> ExchangeError:
    return ExchangeError(N_("The edXML package was refused: %(reason)s"), reason=err.text, field="file")


# -- organ identifiers -----------------------------------------------------------------------------


def organ_id_of(session: Session, unit: Unit) -> str:
    row = session.get(EdxmlOrgan, unit.id)
    return row.organ_id if row else (unit.code or str(unit.id))


def _own_organ(session: Session, agency: Unit) -> str:
    """The OrganId a package or status of ours names as its sender: the configured one only,
    never an internal code (another system would file the document under a stranger)."""
    row = session.get(EdxmlOrgan, agency.id)
    if row is None:
        raise ExchangeError(N_("%(agency)s has no exchange identifier (OrganId) yet: an administrator sets it "
                               "before anything is exchanged."), agency=agency.name)
    return row.organ_id


def _by_organ(session: Session, organ_id: str) -> Unit | None:
    row = session.execute(select(EdxmlOrgan).where(EdxmlOrgan.organ_id == organ_id)).scalar_one_or_none()
    return session.get(Unit, row.unit_id) if row else None


def _check_admin(session: Session, actor: User | None) -> None:
    if actor is not None and not actor.has_role(Role.ADMIN):
        raise NotAllowed(N_("Only an administrator can manage exchange identifiers."))


@transactional
def set_organ_id(session: Session, actor: User | None, unit: Unit, organ_id: str) -> EdxmlOrgan:
    """The OrganId of one of this installation's agencies on the exchange axis."""
    _check_admin(session, actor)
    if actor is not None and actor.agency_id != unit.id:
        from .. import access

        if not access.is_global_admin(session, actor):
            raise NotAllowed(N_("Only an administrator can manage exchange identifiers."))
    if unit.kind != UnitKind.AGENCY:
        raise ExchangeError(N_("Only an agency has an exchange identifier."), field="unit_id")
    if not NATIONAL_ORGAN_ID.match(organ_id):
        raise ExchangeError(N_("An agency's OrganId has the national shape 000.00.00.G00 (three groups of digits, "
                               "then a capital letter and two digits)."), field="organ_id")
    other = _by_organ(session, organ_id)
    if other is not None and other.id != unit.id:
        raise ExchangeError(N_("The OrganId %(organ)s is already used."), field="organ_id", organ=organ_id)
    row = session.get(EdxmlOrgan, unit.id) or EdxmlOrgan(unit_id=unit.id, organ_id=organ_id)
    row.organ_id = organ_id
    session.add(row)
    audit.record(session, "edxml.organ", actor=actor, object_type="unit", object_id=unit.id,
                 details={"organ_id": organ_id})
    session.flush()
    return row


@transactional
def add_external_agency(session: Session, actor: User | None, organ_id: str, name: str) -> Unit:
    """An agency of another system, known by its OrganId (idempotent). The directory of
    partners is the province's: only the operating agency's administrators add to it."""
    if actor is not None and not access.keeps_exchange_directory(session, actor):
        raise NotAllowed(N_("Only an administrator of the operating agency can manage exchange partners."))
    organ_id, name = organ_id.strip(), name.strip()[:255]
    if not _ORGAN_ID.match(organ_id):
        raise ExchangeError(N_("An OrganId has letters, digits, dots and dashes (at most 64)."), field="organ_id")
    existing = _by_organ(session, organ_id)
    if existing is not None:
        return existing
    group = _external_group(session)
    code = ("X-" + re.sub(r"[^A-Za-z0-9]", "", organ_id).upper())[:28]
    taken = {c for (c,) in session.execute(select(Unit.code).where(Unit.code.like(f"{code}%"))).all()}
    base, n = code, 1
    while code in taken:
        n += 1
        code = f"{base}{n}"
    name = name or organ_id
    if session.execute(select(Unit.id).where(Unit.parent_id == group.id, Unit.name == name)).first():
        name = f"{name} ({organ_id})"[:255]
    unit = Unit(kind=UnitKind.AGENCY, name=name, code=code, parent_id=group.id)
    session.add(unit)
    session.flush()
    unit.agency_id = unit.id
    session.add(EdxmlOrgan(unit_id=unit.id, organ_id=organ_id, external=True))
    audit.record(session, "edxml.external_agency", actor=actor, object_type="unit", object_id=unit.id,
                 details={"organ_id": organ_id, "name": unit.name})
    session.flush()
    return unit


EXTERNAL_GROUP = "Cơ quan ngoài hệ thống (liên thông edXML)"


def _external_group(session: Session) -> Unit:
    """External agencies sit under their own top-level group, apart from the province's tree."""
    q = select(Unit).where(Unit.parent_id.is_(None), Unit.name == EXTERNAL_GROUP)
    group = session.execute(q).scalar_one_or_none()
    if group is None:
        group = Unit(kind=UnitKind.PROVINCE, name=EXTERNAL_GROUP, code=None)
        session.add(group)
        session.flush()
    return group


def external_agencies(session: Session) -> list[tuple[Unit, str]]:
    return list(session.execute(select(Unit, EdxmlOrgan.organ_id).join(EdxmlOrgan, EdxmlOrgan.unit_id == Unit.id)
                                .where(EdxmlOrgan.external.is_(True)).order_by(Unit.name)).all())


def _system_user(session: Session, agency: Unit) -> User:
    """The nominal drafter of documents received from an external agency (cannot log in)."""
    username = f"edxml.{agency.id}"
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        user = User(username=username, full_name=agency.name[:255], title="", unit_id=agency.id, agency_id=agency.id,
                    password_hash="!", active=False)  # noqa: S106 - matches no password: cannot log in
        session.add(user)
        session.flush()
    return user


# -- documents -------------------------------------------------------------------------------------


def _document_id(organ_id: str, doc: Document) -> str:
    day = (doc.issued_at or doc.created_at).astimezone(VN_TZ).strftime("%Y/%m/%d")
    return f"{organ_id},{day},{doc.notation or doc.id}"


def _clerk_of(actor: User | None, agency_id: int) -> None:
    if actor is not None and (not actor.has_role(Role.CLERK) or actor.agency_id != agency_id):
        raise NotAllowed(N_("Only a clerk of the agency can exchange its documents."))


@transactional
def export_document(session: Session, ctx: WorkflowContext, actor: User | None, doc: Document,
                    to_organ: str | None = None) -> bytes:
    """The edXML package of a dispatched document for the external recipient ``to_organ``
    (may be omitted when the document has exactly one external recipient)."""
    _clerk_of(actor, doc.agency_id)
    if doc.confidentiality != Confidentiality.NORMAL:
        raise NotAllowed(SECRET_NOT_SENT)
    if doc.status != DocStatus.DISPATCHED:
        raise InvalidTransition(N_("Only a dispatched document can be exported."))
    if not to_organ:
        organs = session.execute(select(EdxmlOrgan.organ_id).where(
            EdxmlOrgan.unit_id.in_(list(doc.recipients)), EdxmlOrgan.external.is_(True))).scalars().all()
        if len(organs) != 1:
            raise ExchangeError(N_("Name the external recipient (its OrganId)."), field="to")
        to_organ = organs[0]
    recipient = _by_organ(session, to_organ)
    if recipient is None or recipient.id not in doc.recipients:
        raise ExchangeError(N_("%(organ)s is not an external recipient of this document."), field="to",
                            organ=to_organ)
    delivery = session.execute(select(Delivery).where(Delivery.document_id == doc.id,
                                                      Delivery.recipient_agency_id == recipient.id)).scalar_one()
    agency = session.get_one(Unit, doc.agency_id)
    sender_organ = _own_organ(session, agency)
    signer = session.get(User, doc.signer_id) if doc.signer_id else None
    files = [doc.main_file, *doc.attachments]
    attachments = tuple(
        Attachment(content_id=f"cid{i}", name=f.filename, data=ctx.blobs.get(f.current.sha256),
                   description="Văn bản chính" if f.role == FileRole.MAIN else "Phụ lục")
        for i, f in enumerate(files, start=1))
    number, _, notation = (doc.notation or "").partition("/")
    document_id = _document_id(sender_organ, doc)
    kind = next((t for t in doctypes.all_types(session) if t.code == doc.doc_type), None)
    drafter = session.get(User, doc.created_by_id)
    # "Nơi nhận" as the document lists it, less this package's own recipient (it is in To), and
    # the copy kept by the issuing agency's văn thư (Decree 30, Annex I: "Lưu: VT, …")
    typist = _initials(drafter.full_name if drafter else "")
    others = [session.get_one(Unit, r).name for r in doc.recipients if r != recipient.id]
    keep = f"Lưu: VT, {typist}" if typist else "Lưu: VT"
    package = Package(
        sender=_organ_of(agency, sender_organ), recipients=(_organ_of(recipient, to_organ),),
        document_id=document_id, code_number=number, code_notation=notation,
        place=_place_name(agency), promulgation_date=(doc.issued_at or ctx.now()).astimezone(VN_TZ).date(),
        # the standard's coding of the type, never docflow's own code (issue 22)
        document_type=TYPE_LEGAL_NORMATIVE if kind is not None and kind.legal_normative else TYPE_ADMINISTRATIVE,
        type_detail=kind.position if kind is not None else 0,
        document_type_name=kind.name if kind is not None else doc.doc_type, subject=doc.subject,
        signer=Signer(doc.authority_line, signer.title if signer else "", signer.full_name if signer else ""),
        due_date=doc.handling_deadline, priority=_URGENCY_PRIORITY[doc.urgency],
        to_places=(*others, keep), trace=(Trace(sender_organ, ctx.now()),), attachments=attachments,
        typer_notation=typist,
        # one copy for each recipient and the one kept (the "Nơi nhận" block counts them)
        promulgation_amount=len(doc.recipients) + 1,
        page_amount=doc.main_file.current.page_count or 0,
        appendixes=tuple(f.filename for f in doc.attachments),
        business=_business(session, doc, document_id, to_organ,
                           StaffInfo(agency.name, actor.full_name if actor else "",
                                     email=actor.email or "" if actor else "")),
    )
    link = session.execute(select(EdxmlLink).where(EdxmlLink.direction == "out",
                                                   EdxmlLink.edxml_document_id == document_id,
                                                   EdxmlLink.remote_organ_id == to_organ,
                                                   EdxmlLink.recipient_agency_id == recipient.id)
                           ).scalar_one_or_none()
    if link is None:
        session.add(EdxmlLink(direction="out", edxml_document_id=document_id, remote_organ_id=to_organ,
                              document_id=doc.id, delivery_id=delivery.id, recipient_agency_id=recipient.id,
                              created_at=ctx.now(), updated_at=ctx.now()))
    audit.record(session, "edxml.export", actor=actor, object_type="document", object_id=doc.id, ip=ctx.ip,
                 agency_id=doc.agency_id, details={"to": to_organ, "document_id": document_id})
    session.flush()
    return build_package(package)


def _business(session: Session, doc: Document, document_id: str, to_organ: str, staff: StaffInfo) -> Business:
    """New, or the replacement (BussinessDocType 3) of a document this recipient received by
    edXML from us: the replaced DocumentId in ReplacementInfoList, so its system links the two."""
    old = session.get(Document, doc.replaces_id) if doc.replaces_id else None
    link = session.execute(select(EdxmlLink).where(
        EdxmlLink.direction == "out", EdxmlLink.document_id == old.id,
        EdxmlLink.remote_organ_id == to_organ)).scalars().first() if old is not None else None
    if old is None or link is None:
        return Business(doc_type=BUSINESS_NEW, document_id=document_id, staff=staff)
    return Business(doc_type=BUSINESS_REPLACE, reason=f"Thay thế văn bản số {old.notation or old.id}",
                    document_id=document_id, staff=staff,
                    replacements=(Replacement(link.edxml_document_id, (to_organ,)),))


def _initials(full_name: str) -> str:
    """The typist's notation of Decree 30 ("Nguyễn Văn An" → "NVA")."""
    return "".join(word[0] for word in full_name.split() if word[:1].isalpha()).upper()[:10]


def _place_name(agency: Unit) -> str:
    """The place name of issue (địa danh): the province the agency is in, without "Tỉnh"."""
    unit: Unit | None = agency
    while unit is not None and unit.kind != UnitKind.PROVINCE:
        unit = unit.parent
    if unit is None:
        return ""
    for prefix in ("Tỉnh ", "Thành phố "):
        if unit.name.startswith(prefix):
            return unit.name[len(prefix):]
    return unit.name


def _organ_of(unit: Unit, organ_id: str) -> Organ:
    parent = unit.parent
    return Organ(organ_id, unit.name, organization_in_charge=parent.name if parent is not None else "")


def _doc_type(session: Session, code: str, name: str, type_detail: int = 0) -> str:
    """The local type of an arriving document: by name (TypeName), else by its position in
    Decree 30 Annex III (TypeDetail), else by docflow's own code (packages docflow wrote before
    it coded types as the standard does), else công văn."""
    kinds = doctypes.all_types(session)
    for kind in kinds:
        if name and kind.name.lower() == name.lower():
            return kind.code
    if code in (TYPE_ADMINISTRATIVE, TYPE_LEGAL_NORMATIVE) and type_detail:
        for kind in kinds:
            if kind.position == type_detail:
                return kind.code
    for kind in kinds:
        if kind.code == code:
            return kind.code
    return DocType.CV


@transactional
def import_package(session: Session, ctx: WorkflowContext, actor: User | None, data: bytes,
                   recipient: Unit) -> Delivery:
    """An edXML package from another system arrives at ``recipient`` (one of our agencies): its
    sender becomes (or is) an external agency, the document is stored and delivered, and the
    main PDF's signatures are verified on arrival like any internal dispatch, and its seal must
    belong to the sender (``workflow.sender``: a registered seal certificate, or a trusted one
    naming its OrganId), else the copy is refused. A package for an agency merged into another
    arrives at its successor."""
    addressed = recipient
    recipient = access.successor_agency(session, recipient, ctx.today())
    _clerk_of(actor, recipient.id)
    recipient_organ = session.get(EdxmlOrgan, recipient.id)
    if recipient.kind != UnitKind.AGENCY or (recipient_organ is not None and recipient_organ.external):
        raise ExchangeError(N_("The recipient must be one of this installation's agencies."), field="agency")
    try:
        package = parse_package(data, max_bytes=int(ctx.max_pdf_bytes * 1.5) + 1024 * 1024)
    except EdxmlError as err:
        raise _bad(err) from None
    _check_addressee(session, package, recipient, addressed)
    pdfs = [a for a in package.attachments if a.data.startswith(b"%PDF")]
    if not pdfs:
        raise ExchangeError(N_("The edXML package carries no PDF document."), field="file")
    if any(len(a.data) > ctx.max_pdf_bytes for a in package.attachments):
        raise ExchangeError(N_("An attachment is larger than the limit of %(mb)d MB."), field="file",
                            mb=ctx.max_pdf_bytes // (1024 * 1024))
    sender = _by_organ(session, package.sender.organ_id)
    if sender is None:
        sender = add_external_agency(session, None, package.sender.organ_id, package.sender.organ_name)
    elif not session.get_one(EdxmlOrgan, sender.id).external:
        raise ExchangeError(N_("The package claims to come from %(organ)s, an agency of this installation."),
                            field="file", organ=package.sender.organ_id)
    document_id = package.document_id or f"{package.sender.organ_id},{package.promulgation_date:%Y/%m/%d}," \
                                         f"{package.code_number}/{package.code_notation}"
    # the same DocumentId may arrive at each of our agencies it is addressed to, once
    twin = session.execute(select(EdxmlLink).where(
        EdxmlLink.direction == "in", EdxmlLink.edxml_document_id == document_id,
        EdxmlLink.remote_organ_id == package.sender.organ_id,
        EdxmlLink.recipient_agency_id == recipient.id)).scalar_one_or_none()
    refused_twin = None
    if twin is not None:
        twin_delivery = session.get(Delivery, twin.delivery_id) if twin.delivery_id is not None else None
        if twin_delivery is None or twin_delivery.status != DeliveryStatus.REFUSED:
            raise DuplicatePackage(N_("This document was already received by %(agency)s (incoming copy %(id)s)."),
                                   id=twin.delivery_id, agency=recipient.name)
        # a refused copy does not block the next one: else a forged package sent first under
        # the genuine DocumentId (refused for its seal) would shut the genuine document out
        refused_twin = twin
    replaced = _replaced_copy(session, package, recipient)
    drafter = _system_user(session, sender)
    issued = dt.datetime.combine(package.promulgation_date, dt.time(8, 0), tzinfo=VN_TZ).astimezone(dt.UTC)
    notation = "/".join(p for p in (package.code_number, package.code_notation) if p) or None
    doc = Document(
        agency_id=sender.id, unit_id=sender.id, created_by_id=drafter.id,
        doc_type=_doc_type(session, package.document_type, package.document_type_name, package.type_detail),
        subject=package.subject,
        urgency=_PRIORITY_URGENCY.get(package.priority, Urgency.NORMAL), status=DocStatus.DISPATCHED,
        authority_line=package.signer.competence[:120], handling_deadline=package.due_date,
        recipients=[recipient.id], notation=notation[:120] if notation else None, issued_at=issued,
        dispatched_at=ctx.now(), created_at=ctx.now(), updated_at=ctx.now(),
        replaces_id=replaced.document_id if replaced is not None else None,
    )
    session.add(doc)
    main = pdfs[0]
    ordered = [main, *[a for a in package.attachments if a is not main]]
    for position, att in enumerate(ordered):
        f = DocumentFile(role=FileRole.MAIN if position == 0 else FileRole.ATTACHMENT, position=position,
                         filename=_filename(att.name))
        doc.files.append(f)
        sha = ctx.blobs.put(att.data)
        f.versions.append(FileVersion(seq=1, sha256=sha, size=len(att.data), reason="edxml", created_at=ctx.now(),
                                      details={"content_id": att.content_id, "content_type": att.content_type}))
    session.flush()
    session.add(DocumentEvent(document_id=doc.id, action="edxml_received", details={
        "document_id": document_id, "from": package.sender.organ_id, "signer": package.signer.full_name,
        "trace": [{"organ_id": t.organ_id, "timestamp": t.timestamp.isoformat()} for t in package.trace],
        "business": package.business.doc_type, "reason": package.business.reason,
        **({"replaces_delivery": replaced.id} if replaced is not None else {})}))
    delivery = deliver(session, ctx, doc, recipient, main.data)
    if refused_twin is not None:  # the link follows the new copy (its statuses go back to the sender)
        refused_twin.document_id, refused_twin.delivery_id = doc.id, delivery.id
        refused_twin.updated_at, refused_twin.last_status = ctx.now(), None
    else:
        session.add(EdxmlLink(direction="in", edxml_document_id=document_id, remote_organ_id=package.sender.organ_id,
                              document_id=doc.id, delivery_id=delivery.id, recipient_agency_id=recipient.id,
                              created_at=ctx.now(), updated_at=ctx.now()))
    audit.record(session, "edxml.import", actor=actor, object_type="delivery", object_id=delivery.id, ip=ctx.ip,
                 agency_id=recipient.id, result="ok" if delivery.status != DeliveryStatus.REFUSED else "failed",
                 details={"from": package.sender.organ_id, "document_id": document_id, "verdict": delivery.verdict,
                          "status": delivery.status.value})
    session.flush()
    return delivery


def _check_addressee(session: Session, package: Package, recipient: Unit, addressed: Unit) -> None:
    """A package is for the agency that receives it: one of its To names that agency's OrganId
    (or the OrganId of an agency merged into it), else it is refused with what it names."""
    ours = {_own_organ(session, recipient)}
    merged = session.execute(select(EdxmlOrgan.organ_id).join(Unit, Unit.id == EdxmlOrgan.unit_id).where(
        (Unit.merged_into_id == recipient.id) | (Unit.id == addressed.id))).scalars().all()
    ours.update(merged)
    named = [organ.organ_id for organ in package.recipients if organ.organ_id]
    if not ours.intersection(named):
        raise ExchangeError(N_("The package is addressed to %(named)s, not to %(agency)s (%(organ)s)."), field="file",
                            named=", ".join(named) or "—", agency=recipient.name, organ=sorted(ours)[0])


def _replaced_copy(session: Session, package: Package, recipient: Unit) -> Delivery | None:
    """The copy received here that a replacing package (BussinessDocType 3) names in its
    ReplacementInfoList, from the same sender."""
    if package.business.doc_type != BUSINESS_REPLACE:
        return None
    for replaced in package.business.replacements:
        link = session.execute(select(EdxmlLink).where(
            EdxmlLink.direction == "in", EdxmlLink.edxml_document_id == replaced.document_id,
            EdxmlLink.remote_organ_id == package.sender.organ_id,
            EdxmlLink.recipient_agency_id == recipient.id)).scalar_one_or_none()
        if link is not None and link.delivery_id is not None:
            return session.get(Delivery, link.delivery_id)
    return None


def _filename(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document.pdf"
    return "".join(c for c in base if c.isprintable() and c not in '<>:"|?*')[:200]


# -- status messages -----------------------------------------------------------------------------


@transactional
def export_status(session: Session, ctx: WorkflowContext, actor: User | None, delivery: Delivery) -> bytes:
    """The Decision 28/2018 status of a document received by edXML, for its sender."""
    if actor is not None:
        delivery = get_delivery(session, actor, delivery.id)
        _clerk_of(actor, delivery.recipient_agency_id)
    link = session.execute(select(EdxmlLink).where(EdxmlLink.direction == "in",
                                                   EdxmlLink.delivery_id == delivery.id)).scalar_one_or_none()
    if link is None:
        raise ExchangeError(N_("This document did not arrive by edXML."))
    code = STATUS_FOR.get(delivery.status)
    if delivery.status == DeliveryStatus.RECALLED and link.last_status in ("13", "15"):
        code = "15"  # the sender asked for it back (13) and the copy was withdrawn: agreed
    if code is None:
        raise InvalidTransition(N_("There is no status to report while the document is %(status)s."),
                                status=delivery.status.value)
    doc = delivery.document
    agency = session.get_one(Unit, delivery.recipient_agency_id)
    handler = session.get(User, delivery.handler_id) if delivery.handler_id else None
    lead = session.get(Unit, delivery.lead_unit_id) if delivery.lead_unit_id else None
    description = {"02": delivery.refused_reason or "", "04": delivery.direction or "",
                   "06": delivery.completion_note or "", "15": "Đồng ý lấy lại văn bản"}.get(code, "")
    message = StatusMessage(
        response_for_organ=link.remote_organ_id, response_for_document_id=link.edxml_document_id,
        response_for_code=doc.notation or "", promulgation_date=doc.issued_at.astimezone(VN_TZ).date()
        if doc.issued_at else None, sender=Organ(_own_organ(session, agency), agency.name), status_code=code,
        description=description, timestamp=ctx.now(), staff=handler.full_name if handler else "",
        department=lead.name if lead else "")
    link.last_status, link.updated_at = code, ctx.now()
    audit.record(session, "edxml.status_export", actor=actor, object_type="delivery", object_id=delivery.id,
                 ip=ctx.ip, agency_id=delivery.recipient_agency_id, details={"status": code})
    session.flush()
    return build_status(message)


class StatusResult:
    def __init__(self, delivery: Delivery, code: str) -> None:
        self.delivery, self.code = delivery, code


@transactional
def import_status(session: Session, ctx: WorkflowContext, actor: User | None, data: bytes) -> StatusResult:
    """A status from an external recipient updates the sender's view of that recipient."""
    try:
        message = parse_status(data)
    except EdxmlError as err:
        raise _bad(err) from None
    if message.status_code == "13":
        return _recall_requested(session, ctx, actor, message)
    link = session.execute(select(EdxmlLink).where(
        EdxmlLink.direction == "out", EdxmlLink.edxml_document_id == message.response_for_document_id,
        EdxmlLink.remote_organ_id == message.sender.organ_id)).scalar_one_or_none()
    if link is None or link.delivery_id is None:
        raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
    delivery = session.get_one(Delivery, link.delivery_id)
    doc = delivery.document
    _clerk_of(actor, doc.agency_id)
    code = message.status_code
    if code in RECALL_CODES:  # 15/16: the recipient's answer to our recall; the copy stays recalled
        return _recall_answered(session, ctx, actor, message, link, delivery)
    if delivery.frozen:
        raise InvalidTransition(N_("The sender recalled this document; it can no longer be processed."))
    previous = delivery.status
    # 01 (arrived) only confirms the package reached the recipient; a late one changes nothing
    delivery.status = previous if code == "01" else _STATUS_FROM[code]
    if code == "02":
        delivery.refused_reason = message.description or "Từ chối tiếp nhận"
    elif code == "03" and delivery.registered_at is None:
        delivery.registered_at = message.timestamp or ctx.now()
    elif code == "06":
        delivery.completed_at = message.timestamp or ctx.now()
        delivery.completion_note = message.description or None
    link.last_status, link.updated_at = code, ctx.now()
    session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, actor_id=actor.id if actor else None,
                              action="edxml_status", comment=message.description or None,
                              details={"code": code, "meaning": STATUS_CODES[code], "from": message.sender.organ_id,
                                       "previous_status": previous.value}))
    audit.record(session, "edxml.status_import", actor=actor, object_type="delivery", object_id=delivery.id,
                 ip=ctx.ip, agency_id=doc.agency_id, details={"status": code, "from": message.sender.organ_id})
    session.flush()
    event = {"02": "document.refused", "03": "document.registered", "06": "document.completed"}.get(code)
    if event:
        delivery_event(session, event, delivery, recipient=False)
    return StatusResult(delivery, code)


# -- the recall exchange ---------------------------------------------------------------------------


@transactional
def export_recall(session: Session, ctx: WorkflowContext, actor: User | None, doc: Document,
                  to_organ: str | None = None) -> bytes:
    """Status 13 (yêu cầu lấy lại) of a recalled document, for one external recipient it was
    exported to: that system withdraws its copy and answers 15 (agreed) or 16 (refused)."""
    _clerk_of(actor, doc.agency_id)
    if doc.status != DocStatus.RECALLED:
        raise InvalidTransition(N_("Only a recalled document can be asked back from its external recipients."))
    links = [link for link in session.execute(select(EdxmlLink).where(
        EdxmlLink.direction == "out", EdxmlLink.document_id == doc.id)).scalars()
        if not to_organ or link.remote_organ_id == to_organ]
    if not links:
        raise ExchangeError(N_("%(organ)s is not an external recipient of this document."), field="to",
                            organ=to_organ or "")
    if len(links) > 1:
        raise ExchangeError(N_("Name the external recipient (its OrganId)."), field="to")
    link = links[0]
    agency = session.get_one(Unit, doc.agency_id)
    message = StatusMessage(
        response_for_organ=_own_organ(session, agency), response_for_document_id=link.edxml_document_id,
        response_for_code=doc.notation or "", promulgation_date=doc.issued_at.astimezone(VN_TZ).date()
        if doc.issued_at else None, sender=Organ(_own_organ(session, agency), agency.name), status_code="13",
        description=doc.recall_reason or "", timestamp=ctx.now(), staff=actor.full_name if actor else "",
        department=agency.name)
    audit.record(session, "edxml.recall_export", actor=actor, object_type="document", object_id=doc.id, ip=ctx.ip,
                 agency_id=doc.agency_id, details={"to": link.remote_organ_id, "document_id": link.edxml_document_id})
    session.flush()
    return build_status(message)


def _recall_requested(session: Session, ctx: WorkflowContext, actor: User | None,
                      message: StatusMessage) -> StatusResult:
    """The sender asks for its document back (13): the copy received here is withdrawn exactly
    as an internal recall withdraws it (frozen, recalled, the clerks told); the status that goes
    back is then 15."""
    q = select(EdxmlLink).where(EdxmlLink.direction == "in",
                                EdxmlLink.edxml_document_id == message.response_for_document_id,
                                EdxmlLink.remote_organ_id == message.sender.organ_id)
    if actor is not None:
        q = q.where(EdxmlLink.recipient_agency_id == actor.agency_id)
    links = [link for link in session.execute(q.order_by(EdxmlLink.id)).scalars() if link.delivery_id is not None]
    if not links:
        raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
    reason = message.description or "Cơ quan gửi lấy lại văn bản"
    first = None
    for link in links:
        delivery = session.get_one(Delivery, link.delivery_id)
        _clerk_of(actor, delivery.recipient_agency_id)
        first = first or delivery
        link.last_status, link.updated_at = "13", ctx.now()
        if delivery.frozen:
            continue  # asked twice: withdrawn once
        doc = delivery.document
        session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, actor_id=actor.id if actor else None,
                                  action="recalled", comment=reason,
                                  details={"previous_status": delivery.status.value, "code": "13",
                                           "from": message.sender.organ_id}))
        delivery.frozen, delivery.status = True, DeliveryStatus.RECALLED
        doc.status, doc.recalled_at, doc.recall_reason = DocStatus.RECALLED, ctx.now(), reason
        notify(session, agency_users_with_role(session, delivery.recipient_agency_id, Role.CLERK),
               N_("A document was recalled by its sender: %(notation)s"), {"notation": doc.notation or ""},
               document=doc, delivery=delivery, urgent=True)
        audit.record(session, "edxml.recall_import", actor=actor, object_type="delivery", object_id=delivery.id,
                     ip=ctx.ip, agency_id=delivery.recipient_agency_id,
                     details={"from": message.sender.organ_id, "document_id": link.edxml_document_id})
        session.flush()
        delivery_event(session, "document.recalled", delivery, sender=False)
    assert first is not None
    return StatusResult(first, "13")


def _recall_answered(session: Session, ctx: WorkflowContext, actor: User | None, message: StatusMessage,
                     link: EdxmlLink, delivery: Delivery) -> StatusResult:
    """15/16 from the recipient: whether it withdrew its copy; shown in the document's history."""
    code = message.status_code
    link.last_status, link.updated_at = code, ctx.now()
    session.add(DocumentEvent(document_id=delivery.document_id, delivery_id=delivery.id,
                              actor_id=actor.id if actor else None, action="edxml_status",
                              comment=message.description or None,
                              details={"code": code, "meaning": STATUS_CODES[code], "from": message.sender.organ_id,
                                       "previous_status": delivery.status.value}))
    audit.record(session, "edxml.status_import", actor=actor, object_type="delivery", object_id=delivery.id,
                 ip=ctx.ip, agency_id=delivery.document.agency_id,
                 details={"status": code, "from": message.sender.organ_id})
    session.flush()
    return StatusResult(delivery, code)


# -- what was exchanged ----------------------------------------------------------------------------


def exchanged_packages(session: Session, actor: User, direction: str | None = None,
                       limit: int = 200) -> list[EdxmlLink]:
    """The packages my agency sent (out) and received (in), newest first, with the last status
    seen from the other side (clerks of the agency)."""
    _clerk_of(actor, actor.agency_id or 0)
    sent = select(EdxmlLink).join(Document, Document.id == EdxmlLink.document_id).where(
        EdxmlLink.direction == "out", Document.agency_id == actor.agency_id)
    received = select(EdxmlLink).where(EdxmlLink.direction == "in", EdxmlLink.recipient_agency_id == actor.agency_id)
    found: list[EdxmlLink] = []
    for direction_, q in (("out", sent), ("in", received)):
        if direction in (None, direction_):
            found += session.execute(q.order_by(EdxmlLink.updated_at.desc()).limit(limit)).scalars().all()
    return sorted(found, key=lambda link: (link.updated_at, link.id), reverse=True)[:limit]

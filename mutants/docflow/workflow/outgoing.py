"""Outgoing documents (văn bản đi): draft → review → signature → number and seal → dispatch.

Every function is one transition: it checks the actor's role and scope and the document's
state and revision, does the work, records the history and the audit event, and leaves the
commit to the caller. Files are written to the blob store before the rows that reference
them, so a crash never leaves a row without its bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_
from ..models import (
    DOC_TYPES,
    Confidentiality,
    DocStatus,
    DocType,
    Document,
    DocumentEvent,
    DocumentFile,
    FileRole,
    FileVersion,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
)
from ..signing import (
    AppearanceError,
    SigningError,
    attachment_stamp,
    check_signable,
    leader_appearance,
    seal_appearance,
    sign_pdf,
    text_appearance,
)
from ..signing.appearance import Appearance
from ..webhooks.outbox import delivery_event, document_event
from .context import WorkflowContext
from .errors import DocumentNotFound, InvalidDocument, InvalidTransition, NotAllowed, SigningFailed, StaleRevision
from .notify import agency_users_with_role, notify

__all__ = [
    "Upload", "Placement", "DraftInput", "create_draft", "revise_draft", "submit", "forward", "return_document",
    "sign", "issue", "dispatch", "recall", "get_document", "notation_for", "default_signature_placement",
]


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


@dataclass(frozen=True)
class Placement:
    """Where a visible signature goes: page from 1, box in PDF points from the bottom-left."""

    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class DraftInput:
    doc_type: DocType
    subject: str
    recipients: Sequence[int]
    signer_id: int
    reviewer_id: int | None = None
    urgency: Urgency = Urgency.NORMAL
    confidentiality: Confidentiality = Confidentiality.NORMAL
    authority_line: str = ""
    handling_deadline: dt.date | None = None
    replaces_id: int | None = None


# -- helpers -----------------------------------------------------------------------------------


def get_document(session: Session, user: User, document_id: int, *, for_update: bool = False) -> Document:
    """The document if ``user`` may read it; otherwise DocumentNotFound (existence not revealed)."""
    q = select(Document).where(Document.id == document_id)
    if for_update:
        q = q.with_for_update()
    doc = session.execute(q).scalar_one_or_none()
    if doc is None or not access.can_read_document(user, doc):
        raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
    return doc


def _expect(doc: Document, revision: int | None) -> None:
    if revision is not None and doc.revision != revision:
        raise StaleRevision(N_("Someone changed this document while you were looking at it. "
                               "Reload it to see its current state."))


def _state(doc: Document, *allowed: DocStatus) -> None:
    if doc.status not in allowed:
        raise InvalidTransition(N_("This action is not possible while the document is %(status)s."),
                                status=doc.status.value)


def _event(session: Session, doc: Document, actor: User | None, action: str, comment: str | None = None,
           **details) -> None:
    session.add(DocumentEvent(document_id=doc.id, actor_id=actor.id if actor else None, action=action,
                              comment=comment, details=details))


def _audit(session: Session, ctx: WorkflowContext, actor: User, action: str, doc: Document, **details) -> None:
    audit.record(session, action, actor=actor, object_type="document", object_id=doc.id, ip=ctx.ip,
                 agency_id=doc.agency_id, details=details)


def _check_pdf(ctx: WorkflowContext, upload: Upload) -> int:
    if len(upload.data) > ctx.max_pdf_bytes:
        raise InvalidDocument(N_("The file %(name)s is larger than the limit of %(mb)d MB."),
                              name=upload.filename, mb=ctx.max_pdf_bytes // (1024 * 1024), field="main_pdf")
    try:
        facts = check_signable(upload.data, max_size=ctx.max_pdf_bytes)
    except SigningError as err:
        raise InvalidDocument(N_("The file %(name)s cannot be used: %(reason)s"), name=upload.filename,
                              reason=str(err), field="main_pdf") from None
    return facts.page_count


def _safe_filename(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document.pdf"
    base = "".join(c for c in base if c.isprintable() and c not in '<>:"|?*')[:200]
    return base if base.lower().endswith(".pdf") else base + ".pdf"


def _store_version(session: Session, ctx: WorkflowContext, file: DocumentFile, data: bytes, *, reason: str,
                   actor: User | None, page_count: int | None = None, signature_field: str | None = None,
                   details: dict | None = None) -> FileVersion:
    sha = ctx.blobs.put(data)  # bytes are safe on disk before the row exists
    seq = (file.versions[-1].seq + 1) if file.versions else 1
    version = FileVersion(seq=seq, sha256=sha, size=len(data), reason=reason, created_by_id=actor.id if actor else None,
                          page_count=page_count, signature_field=signature_field, details=details or {},
                          created_at=ctx.now())
    file.versions.append(version)
    return version


def notation_for(doc: Document, agency: Unit, unit: Unit | None, number: int) -> str:
    """Decree 30 Art. 15: "15/QĐ-SNNMT"; công văn: "120/SNNMT-QLĐĐ" (drafting unit's code)."""
    abbreviation = DOC_TYPES[doc.doc_type.value][0]
    if abbreviation:
        return f"{number:02d}/{abbreviation}-{agency.code}"
    if unit is not None and unit.kind == UnitKind.DIVISION and unit.code:
        return f"{number:02d}/{agency.code}-{unit.code}"
    return f"{number:02d}/{agency.code}"


def _validate_people(session: Session, actor: User, data: DraftInput) -> None:
    signer = session.get(User, data.signer_id)
    if signer is None or signer.agency_id != actor.agency_id or not signer.active or not signer.has_role(Role.LEADER):
        raise InvalidDocument(N_("Choose a leader of your agency as the signer."), field="signer_id")
    if data.reviewer_id is not None:
        reviewer = session.get(User, data.reviewer_id)
        if (reviewer is None or reviewer.agency_id != actor.agency_id or not reviewer.active
                or not reviewer.has_role(Role.REVIEWER)):
            raise InvalidDocument(N_("Choose a reviewer of your agency."), field="reviewer_id")
    if not data.recipients:
        raise InvalidDocument(N_("Choose at least one recipient agency."), field="recipients")
    agencies = session.execute(
        select(Unit).where(Unit.id.in_(list(data.recipients)), Unit.kind == UnitKind.AGENCY, Unit.active.is_(True))
    ).scalars().all()
    if len(agencies) != len(set(data.recipients)) or actor.agency_id in data.recipients:
        raise InvalidDocument(N_("Recipients must be other active agencies."), field="recipients")
    if not data.subject.strip():
        raise InvalidDocument(N_("The subject (trích yếu) is required."), field="subject")
    if data.replaces_id is not None:
        old = session.get(Document, data.replaces_id)
        if old is None or old.agency_id != actor.agency_id or old.status not in (DocStatus.DISPATCHED,
                                                                                  DocStatus.RECALLED):
            raise InvalidDocument(N_("Only a dispatched or recalled document of your agency can be replaced."),
                                  field="replaces_id")


# -- drafting -----------------------------------------------------------------------------------


def create_draft(session: Session, ctx: WorkflowContext, actor: User, data: DraftInput, main: Upload,
                 attachments: Sequence[Upload] = ()) -> Document:
    if not actor.has_role(Role.STAFF):
        raise NotAllowed(N_("Only staff can draft documents."))
    _validate_people(session, actor, data)
    pages = _check_pdf(ctx, main)
    attachment_pages = [_check_pdf(ctx, a) for a in attachments]
    doc = Document(
        agency_id=actor.agency_id, unit_id=actor.unit_id, created_by_id=actor.id, doc_type=data.doc_type,
        subject=data.subject.strip(), urgency=data.urgency, confidentiality=data.confidentiality,
        signer_id=data.signer_id, reviewer_id=data.reviewer_id, authority_line=data.authority_line.strip(),
        handling_deadline=data.handling_deadline, recipients=sorted(set(data.recipients)),
        replaces_id=data.replaces_id, status=DocStatus.DRAFT, created_at=ctx.now(), updated_at=ctx.now(),
    )
    session.add(doc)
    main_file = DocumentFile(role=FileRole.MAIN, position=0, filename=_safe_filename(main.filename))
    doc.files.append(main_file)
    _store_version(session, ctx, main_file, main.data, reason="upload", actor=actor, page_count=pages)
    for index, (upload, count) in enumerate(zip(attachments, attachment_pages, strict=True), start=1):
        f = DocumentFile(role=FileRole.ATTACHMENT, position=index, filename=_safe_filename(upload.filename))
        doc.files.append(f)
        _store_version(session, ctx, f, upload.data, reason="upload", actor=actor, page_count=count)
    session.flush()
    _event(session, doc, actor, "created")
    _audit(session, ctx, actor, "document.create", doc, subject=doc.subject)
    return doc


def revise_draft(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, *,
                 data: DraftInput | None = None, main: Upload | None = None,
                 attachments: Sequence[Upload] | None = None) -> Document:
    """The drafter changes a draft or a returned document: metadata, a new main version,
    replaced attachments. Earlier versions stay in the history."""
    _expect(doc, revision)
    if doc.created_by_id != actor.id:
        raise NotAllowed(N_("Only the drafter can change this document."))
    _state(doc, DocStatus.DRAFT, DocStatus.RETURNED)
    if data is not None:
        _validate_people(session, actor, data)
        doc.doc_type, doc.subject, doc.urgency = data.doc_type, data.subject.strip(), data.urgency
        doc.confidentiality, doc.signer_id, doc.reviewer_id = data.confidentiality, data.signer_id, data.reviewer_id
        doc.authority_line, doc.handling_deadline = data.authority_line.strip(), data.handling_deadline
        doc.recipients = sorted(set(data.recipients))
    if main is not None:
        pages = _check_pdf(ctx, main)
        doc.main_file.filename = _safe_filename(main.filename)
        _store_version(session, ctx, doc.main_file, main.data, reason="upload", actor=actor, page_count=pages)
    if attachments is not None:
        pages = [_check_pdf(ctx, a) for a in attachments]
        for f in list(doc.attachments):
            doc.files.remove(f)
        session.flush()
        for index, (upload, count) in enumerate(zip(attachments, pages, strict=True), start=1):
            f = DocumentFile(role=FileRole.ATTACHMENT, position=index, filename=_safe_filename(upload.filename))
            doc.files.append(f)
            _store_version(session, ctx, f, upload.data, reason="upload", actor=actor, page_count=count)
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "revised", new_main=main is not None)
    _audit(session, ctx, actor, "document.revise", doc)
    session.flush()
    return doc


def submit(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int) -> Document:
    _expect(doc, revision)
    if doc.created_by_id != actor.id:
        raise NotAllowed(N_("Only the drafter can submit this document."))
    _state(doc, DocStatus.DRAFT, DocStatus.RETURNED)
    doc.status = DocStatus.IN_REVIEW if doc.reviewer_id else DocStatus.AWAITING_SIGNATURE
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "submitted")
    _audit(session, ctx, actor, "document.submit", doc, status=doc.status.value)
    target = doc.reviewer_id or doc.signer_id
    notify(session, [target], N_("A document awaits you: %(subject)s"), {"subject": doc.subject}, document=doc,
           urgent=doc.urgency != Urgency.NORMAL)
    session.flush()
    return doc


def forward(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
            comment: str = "") -> Document:
    _expect(doc, revision)
    _state(doc, DocStatus.IN_REVIEW)
    if doc.reviewer_id != actor.id:
        raise NotAllowed(N_("Only the assigned reviewer can forward this document."))
    doc.status = DocStatus.AWAITING_SIGNATURE
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "forwarded", comment.strip() or None)
    _audit(session, ctx, actor, "document.forward", doc)
    notify(session, [doc.signer_id], N_("A document awaits your signature: %(subject)s"), {"subject": doc.subject},
           document=doc, urgent=doc.urgency != Urgency.NORMAL)
    session.flush()
    return doc


def return_document(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
                    comment: str) -> Document:
    """Back to the drafter with a comment (from review or from the signer)."""
    _expect(doc, revision)
    if not comment.strip():
        raise InvalidDocument(N_("Say why the document is returned."), field="comment")
    by_reviewer = doc.status == DocStatus.IN_REVIEW and doc.reviewer_id == actor.id
    by_signer = doc.status == DocStatus.AWAITING_SIGNATURE and doc.signer_id == actor.id
    if not (by_reviewer or by_signer):
        raise NotAllowed(N_("You cannot return this document now."))
    doc.status = DocStatus.RETURNED
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "returned", comment.strip())
    _audit(session, ctx, actor, "document.return", doc)
    notify(session, [doc.created_by_id], N_("Your document was returned: %(subject)s"), {"subject": doc.subject},
           document=doc)
    session.flush()
    return doc


# -- signing, issuing, dispatching -------------------------------------------------------------------


def default_signature_placement(page_count: int, page_size: tuple[float, float] = (595.28, 841.89)) -> Placement:
    """Decree 30 Annex I: the signature block sits at the bottom right of the last page,
    under the body text, right of the "Nơi nhận" list."""
    w, _h = page_size
    return Placement(page=page_count, box=(w - 265.0, 150.0, w - 55.0, 320.0))


def _title_lines(doc: Document, signer: User) -> list[str]:
    lines = [doc.authority_line.upper()] if doc.authority_line.strip() else []
    if signer.title:
        lines.append(signer.title.upper())
    return lines


def _sign_error(err: Exception) -> SigningFailed:
    return SigningFailed(N_("The signature could not be made: %(reason)s"), reason=str(err))


def sign(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, pin: str,
         placement: Placement | None = None) -> Document:
    """The leader approves and signs the main file with the personal signature."""
    _expect(doc, revision)
    _state(doc, DocStatus.AWAITING_SIGNATURE)
    if doc.signer_id != actor.id or not actor.has_role(Role.LEADER):
        raise NotAllowed(N_("Only the chosen signer can sign this document."))
    signer = ctx.keys.personal_signer(session, actor, pin)  # wrong PIN raises here, nothing signed
    current = doc.main_file.current
    pdf = ctx.blobs.get(current.sha256)
    placement = placement or default_signature_placement(current.page_count or 1)
    image = ctx.keys.signature_image(session, actor)
    try:
        if image:
            appearance = leader_appearance(_title_lines(doc, actor), actor.full_name, image, placement.page,
                                           placement.box)
        else:
            appearance = text_appearance(placement.page, placement.box,
                                         "\n".join([*_title_lines(doc, actor), "(Đã ký số)", actor.full_name]))
        signed = sign_pdf(pdf, signer, appearance=appearance, reason=f"Phê duyệt: {doc.subject[:120]}",
                          location=None, timestamper=ctx.timestamper,
                          allow_without_timestamp=ctx.allow_without_timestamp, signing_time=ctx.now(),
                          qpdf_check=False)
    except (SigningError, AppearanceError) as err:
        raise _sign_error(err) from None
    _store_version(session, ctx, doc.main_file, signed.pdf, reason="signature", actor=actor,
                   page_count=current.page_count, signature_field=signed.field_name,
                   details={"page": placement.page, "box": list(placement.box),
                            "image_box": list(appearance.image_box or placement.box),
                            "timestamped": signed.timestamped})
    doc.status = DocStatus.SIGNED
    doc.signed_at = signed.signed_at
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "signed", field=signed.field_name, timestamped=signed.timestamped)
    _audit(session, ctx, actor, "document.sign", doc, field=signed.field_name, sha256=signed.sha256)
    clerks = agency_users_with_role(session, doc.agency_id, Role.CLERK)
    notify(session, clerks, N_("A signed document awaits its number and seal: %(subject)s"),
           {"subject": doc.subject}, document=doc, urgent=doc.urgency != Urgency.NORMAL)
    session.flush()
    return doc


def seal_placement_for(doc: Document) -> tuple[int, tuple[float, float, float, float]]:
    """The leader's signature image box: the seal overlaps its left third."""
    for version in reversed(doc.main_file.versions):
        if version.reason == "signature" and version.details.get("image_box"):
            return version.details["page"], tuple(version.details["image_box"])  # type: ignore[return-value]
    placement = default_signature_placement(doc.main_file.current.page_count or 1)
    x1, y1, x2, y2 = placement.box
    return placement.page, (x1 + 40, y1 + 40, x2 - 40, y2 - 40)


def issue(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, pin: str,
          seal_box: tuple[float, float, float, float] | None = None) -> Document:
    """The clerk assigns the register number and notation, seals the main file with the
    agency's digital signature and signs each attachment with a number/time stamp."""
    from .numbering import next_number

    _expect(doc, revision)
    _state(doc, DocStatus.SIGNED)
    if not actor.has_role(Role.CLERK) or actor.agency_id != doc.agency_id:
        raise NotAllowed(N_("Only a clerk of the issuing agency can issue this document."))
    agency = session.get(Unit, doc.agency_id)
    signer = ctx.keys.seal_signer(session, agency, pin, actor)
    year = ctx.year()
    number = next_number(session, agency.id, year, "outgoing")  # locked until commit: no gap, no twin
    notation = notation_for(doc, agency, session.get(Unit, doc.unit_id), number)
    when = ctx.now()
    seal_png = ctx.keys.seal_image(session, agency)
    page, leader_box = seal_placement_for(doc)
    if seal_box is not None:
        leader_box = seal_box
    main = doc.main_file.current
    try:
        if seal_png:
            appearance: Appearance = seal_appearance(seal_png, page, leader_box, agency_name=agency.name,
                                                     signing_time=when)
        else:
            appearance = text_appearance(page, leader_box, f"{agency.name}\n{notation}")
        sealed = sign_pdf(ctx.blobs.get(main.sha256), signer, appearance=appearance,
                          reason=f"Ban hành văn bản số {notation}", timestamper=ctx.timestamper,
                          allow_without_timestamp=ctx.allow_without_timestamp, signing_time=when, qpdf_check=False)
        stamped = []
        for f in doc.attachments:
            current = f.current
            data = ctx.blobs.get(current.sha256)
            box = PdfReader(io.BytesIO(data)).pages[0].mediabox
            stamp = attachment_stamp(notation, when, float(box.width), float(box.height))
            stamped.append((f, current, sign_pdf(data, signer, appearance=stamp,
                                                 reason=f"Phụ lục kèm theo văn bản số {notation}",
                                                 timestamper=ctx.timestamper,
                                                 allow_without_timestamp=ctx.allow_without_timestamp,
                                                 signing_time=when, qpdf_check=False)))
    except (SigningError, AppearanceError) as err:
        raise _sign_error(err) from None
    _store_version(session, ctx, doc.main_file, sealed.pdf, reason="seal", actor=actor, page_count=main.page_count,
                   signature_field=sealed.field_name, details={"page": page, "box": list(appearance.box)})
    for f, current, result in stamped:
        _store_version(session, ctx, f, result.pdf, reason="attachment_signature", actor=actor,
                       page_count=current.page_count, signature_field=result.field_name)
    doc.year, doc.number, doc.notation = year, number, notation
    doc.issued_at, doc.issued_by_id = when, actor.id
    doc.status = DocStatus.ISSUED
    doc.updated_at = when
    _event(session, doc, actor, "issued", notation=notation)
    _audit(session, ctx, actor, "document.issue", doc, notation=notation, number=number, year=year)
    session.flush()
    return doc


def dispatch(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int) -> Document:
    """Send the issued document to every recipient agency; each copy is verified on arrival."""
    from .incoming import deliver

    _expect(doc, revision)
    _state(doc, DocStatus.ISSUED)
    if not actor.has_role(Role.CLERK) or actor.agency_id != doc.agency_id:
        raise NotAllowed(N_("Only a clerk of the issuing agency can dispatch this document."))
    data = ctx.blobs.get(doc.main_file.current.sha256)
    for agency_id in doc.recipients:
        deliver(session, ctx, doc, session.get(Unit, agency_id), data)
    doc.status = DocStatus.DISPATCHED
    doc.dispatched_at = ctx.now()
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "dispatched", recipients=list(doc.recipients))
    _audit(session, ctx, actor, "document.dispatch", doc, recipients=list(doc.recipients))
    session.flush()
    return doc


def recall(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, reason: str) -> Document:
    """Withdraw an issued document: recipients' copies are frozen and marked as recalled."""
    from ..models import Delivery, DeliveryStatus

    _expect(doc, revision)
    _state(doc, DocStatus.ISSUED, DocStatus.DISPATCHED)
    if actor.agency_id != doc.agency_id or not actor.has_role(Role.CLERK, Role.LEADER):
        raise NotAllowed(N_("Only a leader or a clerk of the issuing agency can recall this document."))
    if not reason.strip():
        raise InvalidDocument(N_("Say why the document is recalled."), field="reason")
    deliveries = session.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalars().all()
    for delivery in deliveries:
        session.add(DocumentEvent(document_id=doc.id, delivery_id=delivery.id, actor_id=actor.id, action="recalled",
                                  comment=reason.strip(), details={"previous_status": delivery.status.value}))
        delivery.frozen = True
        delivery.status = DeliveryStatus.RECALLED
        notify(session, agency_users_with_role(session, delivery.recipient_agency_id, Role.CLERK),
               N_("A document was recalled by its sender: %(notation)s"), {"notation": doc.notation or ""},
               document=doc, delivery=delivery, urgent=True)
        delivery_event(session, "document.recalled", delivery, sender=False)
    doc.status = DocStatus.RECALLED
    doc.recalled_at = ctx.now()
    doc.recall_reason = reason.strip()
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "recalled", reason.strip())
    _audit(session, ctx, actor, "document.recall", doc, reason=reason.strip())
    session.flush()
    document_event(session, "document.recalled", doc)
    return doc


def count_documents(session: Session, agency_id: int) -> int:
    return session.execute(select(func.count(Document.id)).where(Document.agency_id == agency_id)).scalar_one()

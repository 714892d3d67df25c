"""Outgoing documents (văn bản đi): draft → review → signature → number and seal → dispatch.

Every function is one transition: it checks the actor's role and scope and the document's
state and revision, does the work, records the history and the audit event, and leaves the
commit to the caller. Files are written to the blob store before the rows that reference
them, so a crash never leaves a row without its bytes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import access, audit
from ..access import Capability, DocumentAction, can, rule_of
from ..messages import N_
from ..models import (
    CIRCULATION_MARK_WORDS,
    CirculationMark,
    Confidentiality,
    Delivery,
    DeliveryStatus,
    DocStatus,
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
    leader_appearance,
    seal_appearance,
    sign_pdf,
    text_appearance,
)
from ..signing.appearance import Appearance
from ..signing.checks import read_facts
from ..signing.geometry import MIN_MARGIN, fit_appearance, fit_box
from ..signing.intake import Intake, take_in
from ..signing.places import (
    FIELD_NAMES,
    Place,
    detect_places,
    fills_for,
    normalise_notation,
    place_from_dict,
    printed_notation,
    text_fields_for,
)
from ..signing.service import SignedPdf
from ..uow import transactional
from ..webhooks.outbox import delivery_event, document_event
from . import doctypes
from .archive import record_archive
from .context import WorkflowContext, unit_of
from .errors import (
    DocumentNotFound,
    InvalidDocument,
    NotAllowed,
    SigningFailed,
    StaleRevision,
    not_now,
)
from .notify import agency_users_with_role, notify

__all__ = [
    "Upload", "Placement", "DraftInput", "validate_draft", "check_pdf",
    "create_draft", "revise_draft", "submit", "forward", "return_document",
    "sign", "issue", "dispatch", "recall", "get_document", "notation_for", "default_signature_placement",
    "draft_places", "issuance_places", "number_on_page", "SECRET_NOT_SENT", "circulation_marks", "shown_marks",
    "notation_mismatch", "move_places", "NotationMismatch", "NOTATION_MISMATCH", "NOTATION_PARTS",
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
    doc_type: str  # a document_types.code (models.DocType names some)
    subject: str
    recipients: Sequence[int]
    signer_id: int
    reviewer_id: int | None = None
    urgency: Urgency = Urgency.NORMAL
    confidentiality: Confidentiality = Confidentiality.NORMAL
    authority_line: str = ""
    handling_deadline: dt.date | None = None
    replaces_id: int | None = None
    circulation_marks: Sequence[str] = ()  # CirculationMark values
    answers_delivery_id: int | None = None  # the incoming document it answers (a reply)


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
        raise not_now(doc.status.value)


def _event(session: Session, doc: Document, actor: User | None, action: str, comment: str | None = None,
           **details) -> None:
    session.add(DocumentEvent(document_id=doc.id, actor_id=actor.id if actor else None, action=action,
                              comment=comment, details=details))


def _audit(session: Session, ctx: WorkflowContext, actor: User, action: str, doc: Document, **details) -> None:
    audit.record(session, action, actor=actor, object_type="document", object_id=doc.id, ip=ctx.ip,
                 agency_id=doc.agency_id, details=details)


def check_pdf(ctx: WorkflowContext, upload: Upload) -> Intake:
    """The intake policy (signing/intake.py): signed as is, repaired (the repaired copy is what
    is stored and signed), or refused with the reason in the reader's language."""
    if len(upload.data) > ctx.max_pdf_bytes:
        raise InvalidDocument(N_("The file %(name)s is larger than the limit of %(mb)d MB."),
                              name=upload.filename, mb=ctx.max_pdf_bytes // (1024 * 1024), field="main_pdf")
    try:
        return take_in(upload.data, max_size=ctx.max_pdf_bytes)
    except SigningError as err:
        raise InvalidDocument(N_("The file %(name)s cannot be used: %(reason)s"), name=upload.filename,
                              reason=err.text, field="main_pdf") from None


def _store_upload(session: Session, ctx: WorkflowContext, actor: User, file: DocumentFile, intake: Intake,
                  source: dict | None = None) -> None:
    """Store what the intake accepted; a repair is recorded on the version (the page and the API
    show it) and, once the document has its id, in the history (``_record_repairs``). For the
    main file, the places of the number and the date found on it are stored with the version.
    ``source``: the Word file the PDF was converted from (kept beside it: filename, sha256, size,
    format)."""
    details = intake.details()
    if file.role == FileRole.MAIN:
        details["places"] = [p.to_dict() for p in detect_places(intake.pdf)]
        details["printed_notation"] = printed_notation(intake.pdf)
    if source:
        details["source"] = source
    _store_version(session, ctx, file, intake.pdf, reason="upload", actor=actor, page_count=intake.facts.page_count,
                   details=details)


def _record_repairs(session: Session, doc: Document, actor: User,
                    stored: Sequence[tuple[DocumentFile, Intake]]) -> None:
    for file, intake in stored:
        if intake.repaired:
            _event(session, doc, actor, "repaired", None, file=file.filename, repairs=list(intake.repairs),
                   original_sha256=intake.original_sha256, sha256=intake.sha256)


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


def notation_for(session: Session, doc: Document, agency: Unit, unit: Unit | None, number: int) -> str:
    """Decree 30 Art. 15: "15/QĐ-UBND"; công văn: "120/STNMT-QLĐĐ" (doctypes.py)."""
    return doctypes.notation_for(session, doc, agency, unit, number)


def _stored_places(raw: object) -> list[Place] | None:
    """Places stored on a version (None when the version has none recorded); anything malformed
    counts as no place at all: the document is then issued as if the draft had none."""
    if not isinstance(raw, list):
        return None
    try:
        return [place_from_dict(d) for d in raw]
    except (KeyError, TypeError, ValueError):
        return []


def draft_places(doc: Document, pdf: bytes | None = None) -> list[Place]:
    """Where the number and the date go on the current main file: stored with the upload, or
    found now on a draft stored before places were (``pdf`` given)."""
    for version in reversed(doc.main_file.versions):
        if version.reason == "upload":
            stored = _stored_places(version.details.get("places"))
            if stored is not None:
                return stored
            break
    return detect_places(pdf) if pdf is not None else []


def _signed_places(doc: Document) -> list[Place]:
    """The places the leader's signature added empty fields for (the seal fills them)."""
    for version in reversed(doc.main_file.versions):
        if version.reason == "signature":
            return _stored_places(version.details.get("places")) or []
    return []


def issuance_places(doc: Document) -> list[Place]:
    """The places issuing will fill: those the leader's signature made fields for once signed,
    before that those found on the draft."""
    if any(v.reason == "signature" for v in doc.main_file.versions):
        return _signed_places(doc)
    return draft_places(doc)


@dataclass(frozen=True)
class NotationMismatch:
    """The draft prints "Số:   /<printed>" but issuing will assign ".../<expected>"."""

    printed: str
    expected: str
    part: str  # "type" (the document type's abbreviation) or "agency" (the agency's or division's)


NOTATION_MISMATCH = N_("The draft already prints “/%(printed)s” after “Số:”, but docflow will assign the notation "
                       "“…/%(expected)s” (%(what)s differs): correct the draft or the document type before it is "
                       "issued, or the page will show a notation that is not the document's.")
NOTATION_PARTS = {"type": N_("the document type's abbreviation"),
                  "agency": N_("the agency's or division's abbreviation")}


def notation_mismatch(session: Session, doc: Document) -> NotationMismatch | None:
    """Before issuing: the notation printed on the draft's page, when it is not the one docflow
    will assign (doctypes.notation_for); None when it agrees, the draft prints none, or the
    document is numbered already."""
    if doc.number is not None:
        return None
    printed = None
    for version in reversed(doc.main_file.versions):
        if version.reason == "upload":
            printed = version.details.get("printed_notation")
            break
    if not isinstance(printed, str) or not printed:
        return None
    agency = session.get(Unit, doc.agency_id)
    if agency is None:
        return None
    expected = notation_for(session, doc, agency, session.get(Unit, doc.unit_id), 0).split("/", 1)[1]
    expected = normalise_notation(expected)
    if printed == expected:
        return None
    printed_first, expected_first = printed.split("-", 1)[0], expected.split("-", 1)[0]
    kind = doctypes.type_of(session, doc.doc_type)
    abbreviations = {t.abbreviation for t in doctypes.all_types(session) if t.abbreviation}
    # a type with an abbreviation writes it first; a công văn starts with the agency's
    typed = (kind is not None and bool(kind.abbreviation)) or printed_first in abbreviations
    part = "type" if typed and printed_first != expected_first else "agency"
    return NotationMismatch(printed, expected, part)


def number_on_page(doc: Document) -> bool | None:
    """Whether issuing wrote the number and the date on the page (None: not issued yet)."""
    for version in reversed(doc.main_file.versions):
        if version.reason == "seal":
            return bool(version.details.get("filled"))
    return None


# C0 control characters other than tab, newline and carriage return, and DEL
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _marks(data: DraftInput) -> list[str] | None:
    """The marks in the order Decree 30 lists them, each once; None for none."""
    return [m.value for m in CirculationMark if m.value in set(data.circulation_marks)] or None


def shown_marks(doc: Document) -> list[CirculationMark]:
    """The marks the document shows now: "DỰ THẢO" only until it is issued."""
    marks = [CirculationMark(m) for m in doc.circulation_marks or [] if m in set(CirculationMark)]
    issued = doc.status in (DocStatus.ISSUED, DocStatus.DISPATCHED, DocStatus.RECALLED)
    return [m for m in marks if not (issued and m == CirculationMark.DRAFT)]


def circulation_marks(doc: Document) -> list[str]:
    """The marks the document shows now in the official words (the API's data)."""
    return [CIRCULATION_MARK_WORDS[m] for m in shown_marks(doc)]


def validate_draft(session: Session, actor: User, data: DraftInput) -> None:
    """The draft's people, recipients and texts, checked before anything is stored."""
    signer = session.get(User, data.signer_id)
    if signer is None or signer.agency_id != actor.agency_id or not signer.active or not signer.has_role(Role.LEADER):
        raise InvalidDocument(N_("Choose a leader of your agency as the signer."), field="signer_id")
    if data.reviewer_id is not None:
        reviewer = session.get(User, data.reviewer_id)
        if (reviewer is None or reviewer.agency_id != actor.agency_id or not reviewer.active
                or not reviewer.has_role(Role.REVIEWER)):
            raise InvalidDocument(N_("Choose a reviewer of your agency."), field="reviewer_id")
    kind = doctypes.type_of(session, data.doc_type)
    if kind is None or not kind.active:
        raise InvalidDocument(N_("Choose a document type from the list."), field="doc_type")
    if not data.recipients:
        raise InvalidDocument(N_("Choose at least one recipient agency."), field="recipients")
    agencies = session.execute(
        select(Unit).where(Unit.id.in_(list(data.recipients)), Unit.kind == UnitKind.AGENCY, Unit.active.is_(True))
    ).scalars().all()
    if len(agencies) != len(set(data.recipients)) or actor.agency_id in data.recipients:
        raise InvalidDocument(N_("Recipients must be other active agencies."), field="recipients")
    if not data.subject.strip():
        raise InvalidDocument(N_("The subject is required."), field="subject")
    for field, text in (("subject", data.subject), ("authority_line", data.authority_line)):
        if _CONTROL_CHARACTERS.search(text):  # a NUL cannot be stored in PostgreSQL text (it was a 500)
            raise InvalidDocument(N_("This text contains control characters (such as NUL) that cannot be stored. "
                                     "Remove them and save again."), field=field)
    if any(mark not in set(CirculationMark) for mark in data.circulation_marks):
        raise InvalidDocument(N_("Choose the circulation marks from the list."), field="circulation_marks")
    if data.answers_delivery_id is not None:
        answered = session.get(Delivery, data.answers_delivery_id)
        if answered is None or not access.can_read_delivery(actor, answered) or answered.status in (
                DeliveryStatus.REFUSED, DeliveryStatus.RECEIVED, DeliveryStatus.TRANSFERRED):
            raise InvalidDocument(N_("A reply answers a registered incoming document of your agency."),
                                  field="answers_delivery_id")
    if data.replaces_id is not None:
        old = session.get(Document, data.replaces_id)
        if old is None or old.agency_id != actor.agency_id or old.status not in (DocStatus.DISPATCHED,
                                                                                  DocStatus.RECALLED):
            raise InvalidDocument(N_("Only a dispatched or recalled document of your agency can be replaced."),
                                  field="replaces_id")


# -- drafting -----------------------------------------------------------------------------------


@transactional
def create_draft(session: Session, ctx: WorkflowContext, actor: User, data: DraftInput, main: Upload,
                 attachments: Sequence[Upload] = (), *, main_source: dict | None = None) -> Document:
    if not can(actor, Capability.DRAFT):
        raise NotAllowed(N_("Only staff can draft documents."))
    validate_draft(session, actor, data)
    main_intake = check_pdf(ctx, main)
    attachment_intakes = [check_pdf(ctx, a) for a in attachments]
    doc = Document(
        agency_id=actor.agency_id, unit_id=actor.unit_id, created_by_id=actor.id, doc_type=data.doc_type,
        subject=data.subject.strip(), urgency=data.urgency, confidentiality=data.confidentiality,
        signer_id=data.signer_id, reviewer_id=data.reviewer_id, authority_line=data.authority_line.strip(),
        handling_deadline=data.handling_deadline, recipients=sorted(set(data.recipients)),
        replaces_id=data.replaces_id, answers_delivery_id=data.answers_delivery_id, status=DocStatus.DRAFT,
        created_at=ctx.now(), updated_at=ctx.now(), circulation_marks=_marks(data),
    )
    session.add(doc)
    main_file = DocumentFile(role=FileRole.MAIN, position=0, filename=_safe_filename(main.filename))
    doc.files.append(main_file)
    _store_upload(session, ctx, actor, main_file, main_intake, main_source)
    stored = [(main_file, main_intake)]
    for index, (upload, intake) in enumerate(zip(attachments, attachment_intakes, strict=True), start=1):
        f = DocumentFile(role=FileRole.ATTACHMENT, position=index, filename=_safe_filename(upload.filename))
        doc.files.append(f)
        _store_upload(session, ctx, actor, f, intake)
        stored.append((f, intake))
    session.flush()
    _event(session, doc, actor, "created")
    _record_repairs(session, doc, actor, stored)
    _audit(session, ctx, actor, "document.create", doc, subject=doc.subject)
    return doc


@transactional
def revise_draft(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, *,
                 data: DraftInput | None = None, main: Upload | None = None,
                 attachments: Sequence[Upload] | None = None, main_source: dict | None = None) -> Document:
    """The drafter changes a draft or a returned document: metadata, a new main version,
    replaced attachments. Earlier versions stay in the history."""
    _expect(doc, revision)
    rule = rule_of(DocumentAction.EDIT)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only the drafter can change this document."))
    _state(doc, *rule.states)
    if data is not None:
        validate_draft(session, actor, data)
        doc.doc_type, doc.subject, doc.urgency = data.doc_type, data.subject.strip(), data.urgency
        doc.confidentiality, doc.signer_id, doc.reviewer_id = data.confidentiality, data.signer_id, data.reviewer_id
        doc.authority_line, doc.handling_deadline = data.authority_line.strip(), data.handling_deadline
        doc.recipients = sorted(set(data.recipients))
        doc.circulation_marks = _marks(data)
    stored: list[tuple[DocumentFile, Intake]] = []
    if main is not None:
        intake = check_pdf(ctx, main)
        doc.main_file.filename = _safe_filename(main.filename)
        _store_upload(session, ctx, actor, doc.main_file, intake, main_source)
        stored.append((doc.main_file, intake))
    if attachments is not None:
        intakes = [check_pdf(ctx, a) for a in attachments]
        for f in list(doc.attachments):
            doc.files.remove(f)
        session.flush()
        for index, (upload, intake) in enumerate(zip(attachments, intakes, strict=True), start=1):
            f = DocumentFile(role=FileRole.ATTACHMENT, position=index, filename=_safe_filename(upload.filename))
            doc.files.append(f)
            _store_upload(session, ctx, actor, f, intake)
            stored.append((f, intake))
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "revised", new_main=main is not None)
    _record_repairs(session, doc, actor, stored)
    _audit(session, ctx, actor, "document.revise", doc)
    session.flush()
    return doc


@transactional
def move_places(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
                boxes: Mapping[str, tuple[float, float, float, float]]) -> Document:
    """The drafter drags a place of the number or the date to where the draft wants it; issuing
    writes it there. ``boxes``: kind → new box (PDF points, page 1); the size of the text stays
    the document's, its baseline moves with the box."""
    _expect(doc, revision)
    rule = rule_of(DocumentAction.PLACE)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only the drafter can move the places of the number and the date."))
    _state(doc, *rule.states)
    upload = next((v for v in reversed(doc.main_file.versions) if v.reason == "upload"), None)
    places = {p.kind: p for p in draft_places(doc)}
    if upload is None or not places or not set(boxes) <= set(places):
        raise InvalidDocument(N_("The draft has no such place for the number or the date."), field="places")
    width, height = read_facts(ctx.blobs.get(upload.sha256)).page(1).size
    moved = []
    for kind, place in places.items():
        box = boxes.get(kind, place.box)
        x1, y1, x2, y2 = box
        if not (all(math.isfinite(v) for v in box) and 0 <= x1 < x2 <= width and 0 <= y1 < y2 <= height):
            raise InvalidDocument(N_("A place of the number or the date must stay on the page."), field="places")
        shifted = replace(place, box=(x1, y1, x2, y2), baseline=place.baseline + (y1 - place.box[1]))
        moved.append(shifted.to_dict())
    upload.details = {**upload.details, "places": moved}  # a new dict: the JSON column sees the change
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "places_moved", kinds=sorted(boxes))
    _audit(session, ctx, actor, "document.places", doc, places=moved)
    session.flush()
    return doc


@transactional
def submit(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int) -> Document:
    _expect(doc, revision)
    rule = rule_of(DocumentAction.SUBMIT)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only the drafter can submit this document."))
    _state(doc, *rule.states)
    doc.status = DocStatus.IN_REVIEW if doc.reviewer_id else DocStatus.AWAITING_SIGNATURE
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "submitted")
    _audit(session, ctx, actor, "document.submit", doc, status=doc.status.value)
    target = doc.reviewer_id or doc.signer_id
    notify(session, [target], N_("A document awaits you: %(subject)s"), {"subject": doc.subject}, document=doc,
           urgent=doc.urgency != Urgency.NORMAL)
    session.flush()
    return doc


@transactional
def forward(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
            comment: str = "") -> Document:
    _expect(doc, revision)
    rule = rule_of(DocumentAction.FORWARD)
    _state(doc, *rule.states)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only the assigned reviewer can forward this document."))
    doc.status = DocStatus.AWAITING_SIGNATURE
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "forwarded", comment.strip() or None)
    _audit(session, ctx, actor, "document.forward", doc)
    notify(session, [doc.signer_id], N_("A document awaits your signature: %(subject)s"), {"subject": doc.subject},
           document=doc, urgent=doc.urgency != Urgency.NORMAL)
    session.flush()
    return doc


@transactional
def return_document(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
                    comment: str) -> Document:
    """Back to the drafter with a comment (from review or from the signer)."""
    _expect(doc, revision)
    if not comment.strip():
        raise InvalidDocument(N_("Say why the document is returned."), field="comment")
    if not rule_of(DocumentAction.RETURN).allows(actor, doc):
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
    under the body text, right of the "Nơi nhận" list. On a page too small for the 210 x 170 pt
    block it is scaled down (aspect kept) into the bottom-right corner."""
    w, h = page_size
    box = (w - 265.0, 150.0, w - 55.0, 320.0)
    if box[0] < 0 or box[3] > h:
        m = min(MIN_MARGIN, w / 20, h / 20)
        s = min(1.0, (w - 2 * m) / 210.0, (h - 2 * m) / 170.0)
        box = (w - m - 210.0 * s, m, w - m, m + 170.0 * s)
    return Placement(page=page_count, box=box)


def signature_placement_for(pdf: bytes, placement: Placement | None) -> tuple[Placement, float]:
    """Where the leader's signature goes in ``pdf``: the dragged ``placement`` or the default
    one, kept on its page as displayed (``geometry.fit_box``), and the scale applied to it."""
    try:
        facts = read_facts(pdf)
    except SigningError:
        return placement or default_signature_placement(1), 1.0  # sign_pdf gives the reason
    page = placement.page if placement else facts.page_count
    if not 1 <= page <= facts.page_count:
        return placement or default_signature_placement(facts.page_count), 1.0  # sign_pdf refuses
    size = facts.page(page).size
    chosen = placement or default_signature_placement(facts.page_count, size)
    box, scale = fit_box(chosen.box, size)
    return Placement(page, box), scale


def _title_lines(doc: Document, signer: User) -> list[str]:
    lines = [doc.authority_line.upper()] if doc.authority_line.strip() else []
    if signer.title:
        lines.append(signer.title.upper())
    return lines


def _sign_error(err: Exception) -> SigningFailed:
    reason = err.text if isinstance(err, SigningError) else str(err)
    return SigningFailed(N_("The signature could not be made: %(reason)s"), reason=reason)


def check_may_sign(actor: User, doc: Document, revision: int) -> None:
    """The leader's signature: the revision, the state, the chosen signer."""
    _expect(doc, revision)
    rule = rule_of(DocumentAction.SIGN)
    _state(doc, *rule.states)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only the chosen signer can sign this document."))


@dataclass(frozen=True)
class LeaderSignature:
    """What the leader's signature adds to the main file, however the key signs."""

    current: FileVersion
    pdf: bytes
    appearance: Appearance
    options: dict  # sign_pdf / prepare_pdf keyword arguments
    details: dict  # stored with the signed version


def leader_signature(session: Session, ctx: WorkflowContext, actor: User, doc: Document,
                     placement: Placement | None) -> LeaderSignature:
    current = doc.main_file.current
    pdf = ctx.blobs.get(current.sha256)
    placement, scale = signature_placement_for(pdf, placement)
    image = ctx.keys.signature_image(session, actor)
    places = _places_to_add(pdf, draft_places(doc, pdf))
    try:
        if image:  # on a small page the box is scaled down, and the text with it (never under 6 pt)
            appearance = leader_appearance(_title_lines(doc, actor), actor.full_name, image, placement.page,
                                           placement.box, font_size=max(6.0, 11.0 * scale))
        else:
            appearance = text_appearance(placement.page, placement.box,
                                         "\n".join([*_title_lines(doc, actor), "(Đã ký số)", actor.full_name]))
    except AppearanceError as err:
        raise _sign_error(err) from None
    return LeaderSignature(
        current=current, pdf=pdf, appearance=appearance,
        options={"appearance": appearance, "reason": f"Phê duyệt: {doc.subject[:120]}", "location": None,
                 "signing_time": ctx.now(), "qpdf_check": False, "text_fields": text_fields_for(places)},
        details={"page": placement.page, "box": list(placement.box),
                 "image_box": list(appearance.image_box or placement.box),
                 "places": [p.to_dict() for p in places]})


@transactional
def sign(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, pin: str,
         placement: Placement | None = None) -> Document:
    """The leader approves and signs the main file with the personal signature."""
    check_may_sign(actor, doc, revision)
    signer = ctx.keys.personal_signer(session, actor, pin)  # wrong PIN raises here, nothing signed
    job = leader_signature(session, ctx, actor, doc, placement)
    try:
        signed = sign_pdf(job.pdf, signer, timestamper=ctx.timestamper,
                          allow_without_timestamp=ctx.allow_without_timestamp, **job.options)
    except (SigningError, AppearanceError) as err:
        raise _sign_error(err) from None
    return record_leader_signature(session, ctx, actor, doc, signed, job.current.page_count, job.details)


def record_leader_signature(session: Session, ctx: WorkflowContext, actor: User, doc: Document, signed: SignedPdf,
                            page_count: int | None, details: dict) -> Document:
    """The signed version stored and the document signed: the one path after the leader's
    signature, whether the key was in docflow or on the leader's token."""
    _store_version(session, ctx, doc.main_file, signed.pdf, reason="signature", actor=actor,
                   page_count=page_count, signature_field=signed.field_name,
                   details={**details, "timestamped": signed.timestamped})
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


def _places_to_add(pdf: bytes, places: list[Place]) -> list[Place]:
    """The places the leader's signature can add empty fields for: none when the file already
    has a field of one of docflow's names (the signature is then made without them) or a place
    lies off its page."""
    if not places:
        return []
    try:
        facts = read_facts(pdf)
    except SigningError:
        return []  # sign_pdf gives the reason
    if facts.field_names & set(FIELD_NAMES.values()):
        return []
    if any(not 1 <= p.page <= facts.page_count for p in places):
        return []
    return places


def seal_placement_for(doc: Document) -> tuple[int, tuple[float, float, float, float]]:
    """The leader's signature image box: the seal overlaps its left third."""
    for version in reversed(doc.main_file.versions):
        if version.reason == "signature" and version.details.get("image_box"):
            return version.details["page"], tuple(version.details["image_box"])  # type: ignore[return-value]
    placement = default_signature_placement(doc.main_file.current.page_count or 1)
    x1, y1, x2, y2 = placement.box
    return placement.page, (x1 + 40, y1 + 40, x2 - 40, y2 - 40)


def check_may_issue(actor: User, doc: Document, revision: int) -> None:
    """The clerk's issuance: the revision, the state, a clerk of the issuing agency."""
    _expect(doc, revision)
    rule = rule_of(DocumentAction.ISSUE)
    _state(doc, *rule.states)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only a clerk of the issuing agency can issue this document."))


@dataclass(frozen=True)
class SealJob:
    """One file the agency signs at issuance, however the key signs."""

    file: DocumentFile
    current: FileVersion
    pdf: bytes
    options: dict  # sign_pdf / prepare_pdf keyword arguments
    reason: str  # the version's reason: seal | attachment_signature
    details: dict


def seal_jobs(session: Session, ctx: WorkflowContext, doc: Document, agency: Unit, number: int, notation: str,
              when: dt.datetime, seal_box: tuple[float, float, float, float] | None
              ) -> tuple[list[SealJob], list[Place]]:
    """The main file's seal (with the number and date filled) and each attachment's stamp."""
    seal_png = ctx.keys.seal_image(session, agency)
    page, leader_box = seal_placement_for(doc)
    if seal_box is not None:
        leader_box = seal_box
    main = doc.main_file.current
    main_pdf = ctx.blobs.get(main.sha256)
    places = _signed_places(doc)  # the number and the date go in the seal's own update
    try:
        if seal_png:
            # Decree 30: the seal image alone; the agency may choose Circular 01/2019's text under it
            appearance: Appearance = seal_appearance(seal_png, page, leader_box,
                                                     agency_name=agency.name if agency.seal_text else None,
                                                     signing_time=when if agency.seal_text else None)
        else:
            appearance = text_appearance(page, leader_box, f"{agency.name}\n{notation}")
        appearance = _on_page(appearance, main_pdf)
        jobs = [SealJob(doc.main_file, main, main_pdf,
                        {"appearance": appearance, "reason": f"Ban hành văn bản số {notation}", "signing_time": when,
                         "qpdf_check": False, "fills": fills_for(places, notation, number, when)},
                        "seal", {"page": page, "box": list(appearance.box), "filled": [p.kind for p in places]})]
        for f in doc.attachments:
            current = f.current
            data = ctx.blobs.get(current.sha256)
            width, height = read_facts(data).page(1).size
            stamp = _on_page(attachment_stamp(notation, when, width, height), data)
            jobs.append(SealJob(f, current, data,
                                {"appearance": stamp, "reason": f"Phụ lục kèm theo văn bản số {notation}",
                                 "signing_time": when, "qpdf_check": False},
                                "attachment_signature", {}))
    except (SigningError, AppearanceError) as err:
        raise _sign_error(err) from None
    return jobs, places


@transactional
def issue(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, pin: str,
          seal_box: tuple[float, float, float, float] | None = None) -> Document:
    """The clerk assigns the register number and notation, seals the main file with the
    agency's digital signature and signs each attachment with a number/time stamp."""
    from .numbering import next_number

    check_may_issue(actor, doc, revision)
    agency = unit_of(session, doc.agency_id)
    signer = ctx.keys.seal_signer(session, agency, pin, actor)
    year = ctx.year()
    register = doctypes.register_for(session, doc, agency)  # secret / legal normative: their own sequence
    number = next_number(session, agency.id, year, register)  # locked until commit: no gap, no twin
    notation = notation_for(session, doc, agency, session.get(Unit, doc.unit_id), number)
    when = ctx.now()
    jobs, places = seal_jobs(session, ctx, doc, agency, number, notation, when, seal_box)
    try:
        outputs = [(job.file, job.current.page_count, job.reason, job.details,
                    sign_pdf(job.pdf, signer, timestamper=ctx.timestamper,
                             allow_without_timestamp=ctx.allow_without_timestamp, **job.options))
                   for job in jobs]
    except (SigningError, AppearanceError) as err:
        raise _sign_error(err) from None
    return record_issue(session, ctx, actor, doc, outputs, year=year, number=number, notation=notation,
                        register=register, when=when, number_on_page=bool(places))


def record_issue(session: Session, ctx: WorkflowContext, actor: User, doc: Document,
                 outputs: Sequence[tuple[DocumentFile, int | None, str, dict, SignedPdf]], *, year: int, number: int,
                 notation: str, register: str, when: dt.datetime, number_on_page: bool) -> Document:
    """The signed versions stored, archived (B-LTA) and the document issued: the one path after
    the agency's signature, whether its key was in docflow or on a token."""
    for f, page_count, reason, details, result in outputs:
        _store_version(session, ctx, f, result.pdf, reason=reason, actor=actor, page_count=page_count,
                       signature_field=result.field_name, details=details)
    # after the seal, one place: every issued file becomes PAdES B-LTA (issue 18)
    for f, _page_count, _reason, _details, result in outputs:
        _archive(session, ctx, f, result.pdf, actor)
    doc.year, doc.number, doc.notation, doc.register = year, number, notation, register
    doc.issued_at, doc.issued_by_id = when, actor.id
    doc.status = DocStatus.ISSUED
    doc.updated_at = when
    _event(session, doc, actor, "issued", notation=notation, number_on_page=number_on_page)
    _record_reply(session, doc, actor)
    _audit(session, ctx, actor, "document.issue", doc, notation=notation, number=number, year=year,
           register=register)
    session.flush()
    return doc


def _record_reply(session: Session, doc: Document, actor: User) -> None:
    """An issued reply fills the incoming document's "reply" (the tracking register's số, ký
    hiệu văn bản trả lời column); a reply already recorded there (another one) is kept."""
    if doc.answers_delivery_id is None:
        return
    answered = session.get(Delivery, doc.answers_delivery_id)
    if answered is None or answered.recipient_agency_id != doc.agency_id:
        return
    if answered.reply_document_id is None:
        answered.reply_document_id = doc.id
    session.add(DocumentEvent(document_id=answered.document_id, delivery_id=answered.id, actor_id=actor.id,
                              action="answered", comment=doc.notation, details={"reply_document_id": doc.id}))


def _archive(session: Session, ctx: WorkflowContext, file: DocumentFile, pdf: bytes, actor: User) -> None:
    """PAdES B-LT and B-LTA for a freshly sealed file: a DSS with the validation data of every
    signature and timestamp, then an archive (document) timestamp, as a new version. Without a
    TSA (DOCFLOW_TSA_URL=none) nothing is added; a failing TSA refuses the issuance unless
    signing without timestamps is allowed (the renewal job adds it later then)."""
    if ctx.archiver is None:
        return
    try:
        result = ctx.archiver(pdf)
    except SigningError as err:
        if not ctx.allow_without_timestamp:
            raise _sign_error(err) from None
        _event(session, file.document, actor, "archive_failed", reason=err.message)
        record_archive(session, file, None, now=ctx.now())  # due at once for docflow archive refresh
        return
    _store_version(session, ctx, file, result.pdf, reason="archive", actor=actor,
                   page_count=file.current.page_count,
                   details={"pades": "B-LTA", "archive_timestamp": result.timestamp_time.isoformat(),
                            "dss": {"certs": result.dss_certs, "crls": result.dss_crls, "ocsps": result.dss_ocsps},
                            "missing_revocation": list(result.missing)})
    record_archive(session, file, result, now=ctx.now(), margin=ctx.archive_margin,
                   **({"policy": ctx.algorithm_policy} if ctx.algorithm_policy else {}))


def _on_page(appearance: Appearance, pdf: bytes) -> Appearance:
    """``appearance`` kept on its page as displayed: moved inside, scaled down on a small page."""
    try:
        facts = read_facts(pdf)
    except SigningError:
        return appearance  # sign_pdf gives the reason
    if not 1 <= appearance.page <= facts.page_count:
        return appearance
    return fit_appearance(appearance, facts.page(appearance.page).size)


# Decree 30 and the Law on Protection of State Secrets: secret documents do not travel over
# ordinary networks; docflow registers and tracks them, the paper goes through the secret channel
SECRET_NOT_SENT = N_("A secret document (any secrecy level) is not sent electronically: the "
                     "law on protecting state secrets forbids sending it over ordinary networks. It stays registered "
                     "and tracked here; send it on paper through the channel for secret documents.")


@transactional
def dispatch(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int) -> Document:
    """Send the issued document to every recipient agency; each copy is verified on arrival."""
    from .incoming import deliver

    _expect(doc, revision)
    rule = rule_of(DocumentAction.DISPATCH)
    _state(doc, *rule.states)
    if doc.confidentiality != Confidentiality.NORMAL:
        raise NotAllowed(SECRET_NOT_SENT)
    if not rule.person_may(actor, doc):
        raise NotAllowed(N_("Only a clerk of the issuing agency can dispatch this document."))
    data = ctx.blobs.get(doc.main_file.current.sha256)
    for agency_id in doc.recipients:
        deliver(session, ctx, doc, unit_of(session, agency_id), data)
    doc.status = DocStatus.DISPATCHED
    doc.dispatched_at = ctx.now()
    doc.updated_at = ctx.now()
    _event(session, doc, actor, "dispatched", recipients=list(doc.recipients))
    _audit(session, ctx, actor, "document.dispatch", doc, recipients=list(doc.recipients))
    session.flush()
    return doc


@transactional
def recall(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int, reason: str) -> Document:
    """Withdraw an issued document: recipients' copies are frozen and marked as recalled."""
    from ..models import Delivery, DeliveryStatus

    _expect(doc, revision)
    rule = rule_of(DocumentAction.RECALL)
    _state(doc, *rule.states)
    if not rule.person_may(actor, doc):
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

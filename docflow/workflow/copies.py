"""Electronic copies (Decree 30 Art. 25–27): the clerk copies an issued or received document,
or an earlier copy, as "sao y" (the whole document), "sao lục" (the whole of a copy) or
"trích sao" (chosen pages).

A full copy is the copied PDF itself plus one incremental update: the copying agency's
signature with its text at the top right of page 1 (Decree 30 Annex I: form of copy, copying
agency, the copy's number, signing time; no seal image). The original's signatures are left
untouched, so a reader can still check them in the copy. An excerpt cannot keep them (the
pages left out were signed too): its chosen pages are printed as they appear — every
signature's visible appearance burnt into the page — and the copying agency's signature
certifies that excerpt.

Copies of one agency share one yearly sequence from 01 (the register "copy"), notated with the
form's abbreviation: "05/SY-UBND", "06/TS-UBND".
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_
from ..models import COPY_ABBREVIATIONS, COPY_LABELS, CopyForm, Delivery, Document, DocumentCopy, Unit, User
from ..signing import AppearanceError, SigningError, copy_stamp, sign_pdf
from ..signing.checks import read_facts
from ..signing.geometry import fit_appearance
from ..uow import transactional
from .context import WorkflowContext
from .doctypes import agency_code
from .errors import DocumentNotFound, InvalidDocument, NotAllowed, SigningFailed
from .numbering import next_number

__all__ = ["CopySource", "make_copy", "get_copy", "copies_of_document", "copies_of_delivery", "agency_copies",
           "COPY_REGISTER", "parse_pages"]

COPY_REGISTER = "copy"  # one sequence for every form of copy (Decree 30 Annex I)
MAX_NOTE = 1000

# what a copy is made from: exactly one of them
CopySource = Document | Delivery | DocumentCopy


def get_copy(session: Session, user: User, copy_id: int) -> DocumentCopy:
    copy = session.get(DocumentCopy, copy_id)
    if copy is None or not access.can_read_copy(user, copy):
        raise DocumentNotFound(N_("This copy does not exist or you do not have access to it."))
    return copy


def copies_of_document(session: Session, user: User, doc: Document) -> list[DocumentCopy]:
    """The copies the user's agency made of ``doc`` (from its own issue or from a delivery)."""
    return list(session.execute(
        select(DocumentCopy).where(DocumentCopy.document_id == doc.id, DocumentCopy.agency_id == user.agency_id)
        .order_by(DocumentCopy.id)).scalars())


def copies_of_delivery(session: Session, user: User, delivery: Delivery) -> list[DocumentCopy]:
    return list(session.execute(
        select(DocumentCopy).where(DocumentCopy.document_id == delivery.document_id,
                                   DocumentCopy.agency_id == user.agency_id)
        .order_by(DocumentCopy.id)).scalars())


def agency_copies(session: Session, user: User, year: int) -> list[DocumentCopy]:
    """The agency's copies of ``year`` in number order (the register of copies)."""
    return list(session.execute(
        select(DocumentCopy).where(DocumentCopy.agency_id == user.agency_id, DocumentCopy.year == year)
        .order_by(DocumentCopy.number)).scalars())


def parse_pages(text: str, page_count: int) -> list[int]:
    """"1-2, 5" → [1, 2, 5]: the pages of an excerpt, each once, in the original's order."""
    pages: set[int] = set()
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        first, _, last = part.partition("-")
        try:
            lo, hi = int(first), int(last or first)
        except ValueError:
            raise InvalidDocument(N_("Write the pages as numbers and ranges, for example 1-2, 5."),
                                  field="pages") from None
        if not 1 <= lo <= hi <= page_count:
            raise InvalidDocument(N_("The document has pages 1 to %(count)d only."), count=page_count,
                                  field="pages")
        pages.update(range(lo, hi + 1))
    if not pages:
        raise InvalidDocument(N_("An excerpt needs the pages to copy."), field="pages")
    return sorted(pages)


def _source_of(session: Session, ctx: WorkflowContext, actor: User, source: CopySource
               ) -> tuple[Document, Delivery | None, DocumentCopy | None, bytes]:
    """The original document, the delivery or copy it came through, and the bytes to copy;
    refused unless ``actor`` may copy it (access.py)."""
    if isinstance(source, Document):
        if not access.may_copy_document(actor, source):
            raise NotAllowed(N_("Only a clerk of the issuing agency can copy an issued document; secret "
                                "documents are not copied electronically."))
        return source, None, None, ctx.blobs.get(source.main_file.current.sha256)
    if isinstance(source, Delivery):
        if not access.may_copy_delivery(actor, source):
            raise NotAllowed(N_("Only a clerk of the receiving agency can copy a received document, once it "
                                "is in the incoming register; secret documents are not copied electronically."))
        return source.document, source, None, ctx.blobs.get(source.verified_sha256)
    if not access.may_copy_copy(actor, source):
        raise NotAllowed(N_("Only a clerk of the agency that made this copy can copy it again."))
    return session.get(Document, source.document_id), None, source, ctx.blobs.get(source.sha256)  # type: ignore[return-value]


def _excerpt(pdf: bytes, pages: Sequence[int]) -> bytes:
    """The chosen pages as they are displayed: form and signature appearances burnt in."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    try:
        src.init_forms()
        for index in pages:
            src[index - 1].flatten()
        flat = io.BytesIO()
        src.save(flat)
    finally:
        src.close()
    flattened = pdfium.PdfDocument(flat.getvalue())
    out = pdfium.PdfDocument.new()
    try:
        out.import_pages(flattened, [p - 1 for p in pages])
        buf = io.BytesIO()
        out.save(buf)
        return buf.getvalue()
    finally:
        out.close()
        flattened.close()


@transactional
def make_copy(session: Session, ctx: WorkflowContext, actor: User, source: CopySource, form: CopyForm, pin: str,
              *, pages: str = "", note: str = "") -> DocumentCopy:
    """Number, make and sign one electronic copy with the agency's key (the clerk's PIN)."""
    original, delivery, from_copy, data = _source_of(session, ctx, actor, source)
    if form == CopyForm.SAO_LUC and from_copy is None:
        raise InvalidDocument(N_("A copy of a copy is made from a copy; copy the original as an exact copy."),
                              field="form")
    if form == CopyForm.SAO_Y and from_copy is not None:
        raise InvalidDocument(N_("A copy is copied again as a copy of a copy, not as an exact copy."), field="form")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidDocument(N_("The note is longer than %(n)d characters."), n=MAX_NOTE, field="note")
    try:
        facts = read_facts(data)
    except SigningError as err:
        raise InvalidDocument(N_("The file cannot be copied: %(reason)s"), reason=err.text) from None
    chosen: list[int] | None = None
    if form == CopyForm.TRICH_SAO:
        chosen = parse_pages(pages, facts.page_count)
        data = _excerpt(data, chosen)
        facts = read_facts(data)
    agency = session.get(Unit, actor.agency_id)
    assert agency is not None
    signer = ctx.keys.seal_signer(session, agency, pin, actor)  # a wrong PIN is counted and refused here
    year = ctx.year()
    number = next_number(session, agency.id, year, COPY_REGISTER)  # locked until commit: no gap, no twin
    notation = f"{number:02d}/{COPY_ABBREVIATIONS[form]}-{agency_code(agency)}"
    when = ctx.now()
    what = original.notation or original.subject
    try:
        width, height = facts.page(1).size
        stamp = fit_appearance(copy_stamp(COPY_LABELS[form], agency.name, notation, when, width, height),
                               (width, height))
        signed = sign_pdf(data, signer, appearance=stamp, reason=f"{COPY_LABELS[form].capitalize()} văn bản {what}",
                          timestamper=ctx.timestamper,
                          allow_without_timestamp=ctx.allow_without_timestamp,
                          signing_time=when, qpdf_check=False)
        result = signed.pdf
        if ctx.archiver is not None:  # kept as long as the original: validation data and a timestamp too
            result = ctx.archiver(result).pdf
    except (SigningError, AppearanceError) as err:
        reason = err.text if isinstance(err, SigningError) else str(err)
        raise SigningFailed(N_("The copy could not be signed: %(reason)s"), reason=reason) from None
    sha = ctx.blobs.put(result)  # the bytes are safe before the row exists
    copy = DocumentCopy(agency_id=agency.id, form=form, year=year, number=number, notation=notation,
                        document_id=original.id, delivery_id=delivery.id if delivery else None,
                        source_copy_id=from_copy.id if from_copy else None,
                        source_sha256=(from_copy.sha256 if from_copy else
                                       delivery.verified_sha256 if delivery else original.main_file.current.sha256),
                        sha256=sha, size=len(result), page_count=facts.page_count, pages=chosen,
                        signature_field=signed.field_name, note=note or None, created_by_id=actor.id,
                        created_at=when)
    session.add(copy)
    session.flush()
    audit.record(session, "document.copy", actor=actor, object_type="copy", object_id=copy.id, ip=ctx.ip,
                 agency_id=agency.id, details={"form": form.value, "notation": notation, "document_id": original.id,
                                               "delivery_id": copy.delivery_id, "source_copy_id": copy.source_copy_id,
                                               "pages": chosen, "sha256": sha})
    return copy

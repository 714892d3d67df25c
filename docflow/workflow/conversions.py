"""Word documents in: a staff member uploads a .docx/.doc/.odt, docflow converts it to PDF in
the job queue and makes the draft (or the draft's new main file) from the PDF.

The page never waits for LibreOffice and no web worker runs it: ``queue_conversion`` checks the
form and the file, stores the Word file and the form, and leaves a ``Conversion`` row
(queued); after the commit the job queue is told (RQ when Redis is configured; otherwise
``docflow convert worker`` polls the table, which is itself the queue). ``convert_one`` claims a
row (queued → converting, a compare-and-set: two workers never take the same row), converts
outside any transaction, and then makes the draft through ``outgoing.create_draft`` /
``revise_draft`` — the converted PDF passes the normal intake — or records why it failed. The
Word file is kept beside the PDF (the version's ``details["source"]``) and can be downloaded.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..access import Capability, DocumentAction, can, rule_of
from ..messages import N_, DomainError
from ..models import Confidentiality, Conversion, ConversionStatus, Document, DocumentEvent, Urgency, User
from ..uow import transactional
from . import office
from .context import WorkflowContext
from .errors import DocumentNotFound, InvalidDocument, NotAllowed, StaleRevision, not_now
from .outgoing import DraftInput, Upload, check_pdf, create_draft, revise_draft, validate_draft

__all__ = ["queue_conversion", "claim", "convert_one", "get_conversion", "draft_of", "pending_for_document",
           "failed_for_document", "recover_stale", "SESSION_FLAG", "is_word_filename", "MAX_ATTEMPTS", "INTERRUPTED"]

log = logging.getLogger(__name__)

SESSION_FLAG = "docflow.conversions.queued"  # set on the session: after commit, the job queue is told
is_word_filename = office.is_word_filename
MAX_ATTEMPTS = 2  # a conversion whose worker died is tried once more: a file that kills it twice is failed
INTERRUPTED = N_("The conversion was interrupted twice (the converter stopped before the PDF was ready). Upload the "
                 "file again, or save it as PDF in Word and upload the PDF.")


def _draft_json(data: DraftInput) -> dict:
    return {"doc_type": str(data.doc_type), "subject": data.subject, "recipients": list(data.recipients),
            "signer_id": data.signer_id, "reviewer_id": data.reviewer_id, "urgency": data.urgency.value,
            "confidentiality": data.confidentiality.value, "authority_line": data.authority_line,
            "handling_deadline": data.handling_deadline.isoformat() if data.handling_deadline else None,
            "replaces_id": data.replaces_id, "circulation_marks": list(data.circulation_marks),
            "answers_delivery_id": data.answers_delivery_id}


def draft_of(conversion: Conversion) -> DraftInput:
    """The form the staff member filled in, as it was typed (also to fill the form again)."""
    d = conversion.draft
    deadline = d.get("handling_deadline")
    return DraftInput(doc_type=str(d["doc_type"]), subject=d["subject"], recipients=list(d["recipients"]),
                      signer_id=d["signer_id"], reviewer_id=d.get("reviewer_id"), urgency=Urgency(d["urgency"]),
                      confidentiality=Confidentiality(d["confidentiality"]),
                      authority_line=d.get("authority_line") or "",
                      handling_deadline=dt.date.fromisoformat(deadline) if deadline else None,
                      replaces_id=d.get("replaces_id"), circulation_marks=list(d.get("circulation_marks") or []),
                      answers_delivery_id=d.get("answers_delivery_id"))


def _pdf_name(filename: str) -> str:
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return (stem or "document") + ".pdf"


@transactional
def queue_conversion(session: Session, ctx: WorkflowContext, actor: User, data: DraftInput, source: Upload,
                     attachments: Sequence[Upload] = (), *, document: Document | None = None,
                     revision: int | None = None) -> Conversion:
    """Check what can be checked now (the form, the Word file's size and kind, the PDF
    attachments) and queue the conversion; the draft is made when the PDF is ready."""
    if document is None:
        if not can(actor, Capability.DRAFT):
            raise NotAllowed(N_("Only staff can draft documents."))
    else:
        if revision is not None and document.revision != revision:
            raise StaleRevision(N_("Someone changed this document while you were looking at it. "
                                   "Reload it to see its current state."))
        rule = rule_of(DocumentAction.EDIT)
        if not rule.person_may(actor, document):
            raise NotAllowed(N_("Only the drafter can change this document."))
        if document.status not in rule.states:
            raise not_now(document.status.value)
    validate_draft(session, actor, data)
    if len(source.data) > ctx.max_word_bytes:
        raise InvalidDocument(N_("The file %(name)s is larger than the limit of %(mb)d MB for Word documents."),
                              name=source.filename, mb=ctx.max_word_bytes // (1024 * 1024), field="main_pdf")
    if not source.data:
        raise InvalidDocument(N_("The file %(name)s is empty."), name=source.filename, field="main_pdf")
    fmt = office.detect_format(source.data, source.filename)
    if office.soffice_path() is None:
        raise office.ConversionError(N_("Word documents cannot be converted on this server (LibreOffice is not "
                                        "installed). Upload a PDF, or ask the administrator."), field="main_pdf")
    for upload in attachments:
        check_pdf(ctx, upload)  # refused now, not after the conversion
    stored = [{"filename": a.filename, "sha256": ctx.blobs.put(a.data)} for a in attachments]
    conversion = Conversion(created_by_id=actor.id, status=ConversionStatus.QUEUED,
                            document_id=document.id if document is not None else None, revision=revision,
                            filename=source.filename[:255], source_sha256=ctx.blobs.put(source.data),
                            source_size=len(source.data), source_format=fmt, draft=_draft_json(data),
                            attachments=stored, error_params={}, created_at=ctx.now())
    session.add(conversion)
    session.flush()
    session.info[SESSION_FLAG] = [*session.info.get(SESSION_FLAG, []), conversion.id]
    return conversion


def get_conversion(session: Session, actor: User, conversion_id: int) -> Conversion:
    """Only the person who uploaded the file sees its conversion."""
    conversion = session.get(Conversion, conversion_id)
    if conversion is None or conversion.created_by_id != actor.id:
        raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
    return conversion


def failed_for_document(session: Session, document: Document) -> Conversion | None:
    """The draft's newest conversion when it failed and the draft has not changed since (the
    drafter reads why on the draft, not only on the conversion's page)."""
    newest = session.execute(select(Conversion).where(Conversion.document_id == document.id)
                             .order_by(Conversion.id.desc()).limit(1)).scalar_one_or_none()
    if newest is None or newest.status != ConversionStatus.FAILED or newest.revision != document.revision:
        return None
    return newest


@transactional
def recover_stale(session: Session, ctx: WorkflowContext) -> list[int]:
    """Conversions left "converting" by a worker that died (longer than the time-out allows a
    live one: LibreOffice is stopped at ``conversion_timeout_s``): queued again for one more
    attempt, or failed with ``INTERRUPTED``. Returns the ids queued again."""
    limit = max(ctx.conversion_stale_s, ctx.conversion_timeout_s + 60)
    cutoff = ctx.now() - dt.timedelta(seconds=limit)
    stale = session.execute(select(Conversion).where(Conversion.status == ConversionStatus.CONVERTING,
                                                     Conversion.started_at < cutoff)
                            .with_for_update(skip_locked=True)
                            .execution_options(populate_existing=True)).scalars().all()
    again = []
    for conversion in stale:
        log.warning("conversion %s: its worker stopped (taken %s, attempt %s)", conversion.id,
                    conversion.started_at, conversion.attempts)
        if conversion.attempts < MAX_ATTEMPTS:
            conversion.status, conversion.started_at = ConversionStatus.QUEUED, None
            again.append(conversion.id)
        else:
            conversion.status, conversion.finished_at = ConversionStatus.FAILED, ctx.now()
            conversion.error, conversion.error_params = INTERRUPTED, {}
    return again


def pending_for_document(session: Session, document_id: int) -> Conversion | None:
    """The newest conversion of a draft's new main file that is still queued or under way."""
    return session.execute(select(Conversion).where(
        Conversion.document_id == document_id,
        Conversion.status.in_([ConversionStatus.QUEUED, ConversionStatus.CONVERTING]))
        .order_by(Conversion.id.desc()).limit(1)).scalar_one_or_none()


@transactional
def claim(session: Session, ctx: WorkflowContext, conversion_id: int | None = None) -> int | None:
    """Take one queued conversion (``conversion_id``, or the oldest); None when there is none
    or another worker took it first."""
    candidate = conversion_id
    if candidate is None:
        candidate = session.execute(select(Conversion.id).where(Conversion.status == ConversionStatus.QUEUED)
                                    .order_by(Conversion.created_at, Conversion.id).limit(1)).scalar_one_or_none()
        if candidate is None:
            return None
    taken = session.execute(update(Conversion).where(Conversion.id == candidate,
                                                     Conversion.status == ConversionStatus.QUEUED)
                            .values(status=ConversionStatus.CONVERTING, started_at=ctx.now(),
                                    attempts=Conversion.attempts + 1)
                            .execution_options(synchronize_session=False))
    return candidate if taken.rowcount == 1 else None  # type: ignore[attr-defined]


@transactional
def _make_draft(session: Session, ctx: WorkflowContext, conversion_id: int, pdf: bytes) -> Conversion:
    conversion = session.get(Conversion, conversion_id)
    assert conversion is not None  # noqa: S101 - claimed
    if conversion.status != ConversionStatus.CONVERTING:  # given up as stale meanwhile: taken again or failed
        return conversion
    actor = session.get(User, conversion.created_by_id)
    if actor is None or not actor.active:
        raise NotAllowed(N_("Only staff can draft documents."))
    data = draft_of(conversion)
    main = Upload(_pdf_name(conversion.filename), pdf)
    attachments = [Upload(a["filename"], ctx.blobs.get(a["sha256"])) for a in conversion.attachments]
    source = {"filename": conversion.filename, "sha256": conversion.source_sha256, "size": conversion.source_size,
              "format": conversion.source_format}
    if conversion.document_id is None:
        doc = create_draft(session, ctx, actor, data, main, attachments, main_source=source)
    else:
        existing = session.get(Document, conversion.document_id)
        if existing is None:
            raise DocumentNotFound(N_("This document does not exist or you do not have access to it."))
        doc = revise_draft(session, ctx, actor, existing, conversion.revision if conversion.revision is not None
                           else doc.revision, data=data, main=main,
                           attachments=attachments or None, main_source=source)
    session.add(DocumentEvent(document_id=doc.id, actor_id=actor.id, action="converted",
                              details={"file": conversion.filename, "format": conversion.source_format}))
    conversion.document_id = doc.id
    conversion.status = ConversionStatus.DONE
    conversion.finished_at = ctx.now()
    return conversion


@transactional
def _mark_failed(session: Session, ctx: WorkflowContext, conversion_id: int, msgid: str, params: dict) -> None:
    conversion = session.get(Conversion, conversion_id)
    if conversion is None or conversion.status != ConversionStatus.CONVERTING:
        return
    conversion.status = ConversionStatus.FAILED
    conversion.error, conversion.error_params = msgid, _plain(params)
    conversion.finished_at = ctx.now()


def _plain(params: dict) -> dict:
    """Parameters stored as JSON: nested messages (``Text``) as their msgid and parameters."""
    out: dict[str, object] = {}
    for key, value in params.items():
        if hasattr(value, "msgid"):
            out[key] = {"msgid": value.msgid, "params": _plain(dict(value.params))}
        else:
            out[key] = value if isinstance(value, (int, float, str, bool)) or value is None else str(value)
    return out


def convert_one(session: Session, ctx: WorkflowContext, conversion_id: int | None = None) -> Conversion | None:
    """Claim one conversion and carry it out: three short units of work (claim; draft or
    failure), LibreOffice in between outside any transaction. None when nothing was claimed."""
    claimed = claim(session, ctx, conversion_id)
    if claimed is None:
        return None
    conversion = session.get(Conversion, claimed)
    assert conversion is not None  # noqa: S101 - just claimed
    filename, source_sha = conversion.filename, conversion.source_sha256
    session.rollback()  # no transaction held while LibreOffice runs
    try:
        pdf = office.convert_to_pdf(ctx.blobs.get(source_sha), filename,
                                    limits=office.Limits(ctx.conversion_timeout_s, ctx.conversion_memory_bytes))
        _make_draft(session, ctx, claimed, pdf)
    except DomainError as err:
        _mark_failed(session, ctx, claimed, err.msgid, err.params)
    except Exception:  # noqa: BLE001 - the user reads a reference, the log has the cause
        log.exception("conversion %s of %s failed", claimed, source_sha)
        _mark_failed(session, ctx, claimed, N_("The conversion failed unexpectedly (reference %(ref)s). Upload "
                                               "the file again or save it as PDF."), {"ref": f"C{claimed}"})
    return session.get(Conversion, claimed)

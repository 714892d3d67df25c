"""/api/v1/documents: outgoing documents, their versions and every workflow action. Each
handler parses, makes one service call, commits and answers with the document."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from ..models import Confidentiality, Urgency
from ..workflow import outgoing, queries
from ..workflow.errors import DocumentNotFound
from ..workflow.outgoing import DraftInput, Placement, Upload
from . import schemas as s
from .common import ctx, db, document_dict, me, page_meta, summary_dict, uow
from .errors import install

bp = Blueprint("api_documents", __name__, url_prefix="/api/v1/documents",
               description="Outgoing documents (văn bản đi): drafts, versions and workflow actions")

NOT_FOUND = "This document does not exist or you do not have access to it."
install(bp)


def _uploads(files) -> list[Upload]:
    return [Upload(f.filename or "document.pdf", f.read()) for f in files]


def _done(doc):
    return document_dict(db(), doc)


@bp.route("")
class Documents(MethodView):
    @bp.arguments(s.DocumentListArgsSchema, location="query")
    @bp.response(200, s.DocumentPageSchema)
    def get(self, args):
        """List documents in scope (newest first); ``q`` searches subject and notation."""
        session, user = db(), me()
        if args.get("q"):
            page = queries.search_documents(session, user, args["q"], cursor=args.get("cursor"),
                                            per_page=args["per_page"])
            items = [summary_dict(row[0]) for row in page.items]
        else:
            page = queries.outbox(session, user, status=args.get("status"), cursor=args.get("cursor"),
                                  per_page=args["per_page"])
            items = [summary_dict(d) for d in page.items]
        return {"items": items, "meta": page_meta(page)}

    @bp.arguments(s.DraftFormSchema, location="form")
    @bp.arguments(s.DraftFilesSchema, location="files")
    @bp.response(201, s.DocumentSchema)
    def post(self, form, files):
        """Create a draft from a multipart upload (staff)."""
        data = DraftInput(
            doc_type=form["doc_type"], subject=form["subject"], recipients=form["recipients"],
            signer_id=form["signer_id"], reviewer_id=form.get("reviewer_id"), urgency=Urgency(form["urgency"]),
            confidentiality=Confidentiality(form["confidentiality"]), authority_line=form["authority_line"],
            handling_deadline=form.get("handling_deadline"), replaces_id=form.get("replaces_id"),
            circulation_marks=form.get("circulation_marks") or [],
        )
        main = _uploads([files["main_pdf"]])[0]
        doc = outgoing.create_draft(uow(), ctx(), me(), data, main, _uploads(files.get("attachments") or []))
        return _done(doc)


@bp.route("/<int(min=1, max=2147483647):document_id>")
class DocumentItem(MethodView):
    @bp.response(200, s.DocumentSchema)
    def get(self, document_id: int):
        """One document with its files, versions and each recipient's status."""
        session = db()
        return document_dict(session, outgoing.get_document(session, me(), document_id))


@bp.route("/<int(min=1, max=2147483647):document_id>/revise", methods=["POST"])
@bp.arguments(s.ReviseFormSchema, location="form")
@bp.arguments(s.ReviseFilesSchema, location="files")
@bp.response(200, s.DocumentSchema)
def revise(form, files, document_id: int):
    """The drafter changes a draft or a returned document (metadata, new main PDF, attachments)."""
    session, user = db(), me()
    doc = outgoing.get_document(session, user, document_id, for_update=True)
    data = None
    meta = set(form) - {"revision"}
    if meta:
        data = DraftInput(
            doc_type=form.get("doc_type", doc.doc_type), subject=form.get("subject", doc.subject),
            recipients=form.get("recipients", list(doc.recipients)), signer_id=form.get("signer_id", doc.signer_id),
            reviewer_id=form.get("reviewer_id", doc.reviewer_id),
            urgency=Urgency(form.get("urgency", doc.urgency.value)),
            confidentiality=Confidentiality(form.get("confidentiality", doc.confidentiality.value)),
            authority_line=form.get("authority_line", doc.authority_line),
            handling_deadline=form.get("handling_deadline", doc.handling_deadline),
            replaces_id=doc.replaces_id,
            circulation_marks=form.get("circulation_marks", doc.circulation_marks or []),
        )
    main = _uploads([files["main_pdf"]])[0] if files.get("main_pdf") else None
    attachments = _uploads(files["attachments"]) if "attachments" in files else None
    doc = outgoing.revise_draft(uow(), ctx(), user, doc, form["revision"], data=data, main=main,
                                attachments=attachments)
    return _done(doc)


@bp.route("/<int(min=1, max=2147483647):document_id>/versions/<int(min=1, max=2147483647):version_id>")
@bp.response(200, {"type": "string", "format": "binary"}, content_type="application/pdf",
             description="The PDF bytes of that version")
def download_version(document_id: int, version_id: int):
    """Download one immutable version (PDF) of the main file or of an attachment."""
    session, context = db(), ctx()
    doc = outgoing.get_document(session, me(), document_id)
    for f in doc.files:
        for v in f.versions:
            if v.id == version_id:
                name = f.filename if v.seq == f.current.seq else f"v{v.seq}-{f.filename}"
                return Response(context.blobs.get(v.sha256), mimetype="application/pdf", headers={
                    "Content-Disposition": f"attachment; filename*=UTF-8''{_quote(name)}",
                    "X-Content-SHA256": v.sha256})
    raise DocumentNotFound(NOT_FOUND)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


def _action(document_id: int):
    session, user = db(), me()
    return session, user, outgoing.get_document(session, user, document_id, for_update=True)


@bp.route("/<int(min=1, max=2147483647):document_id>/submit", methods=["POST"])
@bp.arguments(s.RevisionSchema)
@bp.response(200, s.DocumentSchema)
def submit(body, document_id: int):
    """The drafter submits: to the reviewer, or straight to the signer."""
    session, user, doc = _action(document_id)
    return _done(outgoing.submit(uow(), ctx(), user, doc, body["revision"]))


@bp.route("/<int(min=1, max=2147483647):document_id>/forward", methods=["POST"])
@bp.arguments(s.CommentSchema)
@bp.response(200, s.DocumentSchema)
def forward(body, document_id: int):
    """The reviewer forwards the draft to the signer."""
    session, user, doc = _action(document_id)
    return _done(outgoing.forward(uow(), ctx(), user, doc, body["revision"], body["comment"]))


@bp.route("/<int(min=1, max=2147483647):document_id>/return", methods=["POST"])
@bp.arguments(s.ReturnSchema)
@bp.response(200, s.DocumentSchema)
def return_(body, document_id: int):
    """The reviewer or the signer returns the draft to its drafter with a comment."""
    session, user, doc = _action(document_id)
    return _done(outgoing.return_document(uow(), ctx(), user, doc, body["revision"], body["comment"]))


@bp.route("/<int(min=1, max=2147483647):document_id>/sign", methods=["POST"])
@bp.arguments(s.SignSchema)
@bp.response(200, s.DocumentSchema)
def sign(body, document_id: int):
    """The chosen leader signs with the personal key (unlocked by the PIN)."""
    session, user, doc = _action(document_id)
    placement = None
    if body.get("box"):
        placement = Placement(page=body.get("page") or (doc.main_file.current.page_count or 1),
                              box=tuple(body["box"]))  # type: ignore[arg-type]
    return _done(outgoing.sign(uow(), ctx(), user, doc, body["revision"], body["pin"], placement))


@bp.route("/<int(min=1, max=2147483647):document_id>/issue", methods=["POST"])
@bp.arguments(s.PinSchema)
@bp.response(200, s.DocumentSchema)
def issue(body, document_id: int):
    """The clerk numbers the document and applies the agency's seal (PIN of the seal key)."""
    session, user, doc = _action(document_id)
    return _done(outgoing.issue(uow(), ctx(), user, doc, body["revision"], body["pin"]))


@bp.route("/<int(min=1, max=2147483647):document_id>/dispatch", methods=["POST"])
@bp.arguments(s.RevisionSchema)
@bp.response(200, s.DocumentSchema)
def dispatch(body, document_id: int):
    """The clerk sends the issued document to every recipient agency."""
    session, user, doc = _action(document_id)
    return _done(outgoing.dispatch(uow(), ctx(), user, doc, body["revision"]))


@bp.route("/<int(min=1, max=2147483647):document_id>/recall", methods=["POST"])
@bp.arguments(s.ReasonSchema)
@bp.response(200, s.DocumentSchema)
def recall(body, document_id: int):
    """A leader or clerk of the issuing agency recalls the document."""
    session, user, doc = _action(document_id)
    return _done(outgoing.recall(uow(), ctx(), user, doc, body["revision"], body["reason"]))



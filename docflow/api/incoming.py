"""/api/v1/deliveries: incoming documents (văn bản đến) at the caller's agency and their
processing: register, refuse, assign, start, complete; and registering a paper or e-mailed
document that did not come through docflow."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from ..models import Urgency
from ..workflow import incoming, paper
from ..workflow.outgoing import Upload
from . import queries as api_queries
from . import schemas as s
from .common import ctx, db, delivery_dict, me, page_meta, uow
from .errors import install

bp = Blueprint("api_deliveries", __name__, url_prefix="/api/v1/deliveries",
               description="Incoming documents (văn bản đến) and their processing")
install(bp)


def _done(delivery):
    return delivery_dict(db(), delivery, detail=True)


def _action(delivery_id: int):
    session, user = db(), me()
    return session, user, incoming.get_delivery(session, user, delivery_id)


@bp.route("")
class Deliveries(MethodView):
    @bp.arguments(s.DeliveryListArgsSchema, location="query")
    @bp.response(200, s.DeliveryPageSchema)
    def get(self, args):
        """Incoming documents of my agency that I may read, newest first."""
        session = db()
        page = api_queries.deliveries(session, me(), status=args.get("status"), cursor=args.get("cursor"),
                                      per_page=args["per_page"])
        return {"items": [delivery_dict(session, d) for d in page.items], "meta": page_meta(page)}


@bp.route("/external", methods=["POST"])
@bp.arguments(s.ExternalIncomingFormSchema, location="form")
@bp.arguments(s.ExternalIncomingFilesSchema, location="files")
@bp.response(201, s.DeliveryDetailSchema)
def register_external(form, files):
    """Register a paper (scanned) or e-mailed document (clerk): the next incoming number, then the usual flow."""
    data = paper.ExternalDocument(
        source=form["source"], subject=form["subject"], doc_type=form["doc_type"],
        sender_name=form["sender_name"], sender_agency_id=form.get("sender_agency_id"), notation=form["notation"],
        document_date=form.get("document_date"), urgency=Urgency(form["urgency"]), deadline=form.get("deadline"))
    scan = files["file"]
    return _done(paper.register_external(uow(), ctx(), me(), data, Upload(scan.filename or "document.pdf",
                                                                           scan.read())))


@bp.route("/<int(min=1, max=2147483647):delivery_id>")
class DeliveryItem(MethodView):
    @bp.response(200, s.DeliveryDetailSchema)
    def get(self, delivery_id: int):
        """One incoming document with the verification report made on arrival."""
        session = db()
        return delivery_dict(session, incoming.get_delivery(session, me(), delivery_id), detail=True)


@bp.route("/<int(min=1, max=2147483647):delivery_id>/pdf")
@bp.response(200, {"type": "string", "format": "binary"}, content_type="application/pdf",
             description="The received copy, exactly as verified on arrival")
def download(delivery_id: int):
    """Download the received PDF."""
    session = db()
    delivery = incoming.get_delivery(session, me(), delivery_id)
    return Response(ctx().blobs.get(delivery.verified_sha256), mimetype="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="delivery-{delivery.id}.pdf"',
                             "X-Content-SHA256": delivery.verified_sha256})


@bp.route("/<int(min=1, max=2147483647):delivery_id>/register", methods=["POST"])
@bp.arguments(s.RevisionSchema)
@bp.response(200, s.DeliveryDetailSchema)
def register(body, delivery_id: int):
    """The clerk registers the document with the next incoming number."""
    session, user, delivery = _action(delivery_id)
    return _done(incoming.register(uow(), ctx(), user, delivery, body["revision"]))


@bp.route("/<int(min=1, max=2147483647):delivery_id>/refuse", methods=["POST"])
@bp.arguments(s.ReasonSchema)
@bp.response(200, s.DeliveryDetailSchema)
def refuse(body, delivery_id: int):
    """The clerk refuses it (wrong recipient, failed checks); the sender sees the reason."""
    session, user, delivery = _action(delivery_id)
    return _done(incoming.refuse(uow(), ctx(), user, delivery, body["revision"], body["reason"]))


@bp.route("/<int(min=1, max=2147483647):delivery_id>/assign", methods=["POST"])
@bp.arguments(s.AssignSchema)
@bp.response(200, s.DeliveryDetailSchema)
def assign(body, delivery_id: int):
    """The leader directs it: lead unit, co-operating units, deadline, handler."""
    session, user, delivery = _action(delivery_id)
    return _done(incoming.assign(uow(), ctx(), user, delivery, body["revision"],
                                 lead_unit_id=body["lead_unit_id"], cooperating_unit_ids=body["cooperating_unit_ids"],
                                 deadline=body.get("deadline"), handler_id=body.get("handler_id"),
                                 direction=body["direction"]))


@bp.route("/<int(min=1, max=2147483647):delivery_id>/start", methods=["POST"])
@bp.arguments(s.RevisionSchema)
@bp.response(200, s.DeliveryDetailSchema)
def start(body, delivery_id: int):
    """The handler starts working on it."""
    session, user, delivery = _action(delivery_id)
    return _done(incoming.start(uow(), ctx(), user, delivery, body["revision"]))


@bp.route("/<int(min=1, max=2147483647):delivery_id>/complete", methods=["POST"])
@bp.arguments(s.CompleteSchema)
@bp.response(200, s.DeliveryDetailSchema)
def complete(body, delivery_id: int):
    """The handler completes it (optionally naming the reply document)."""
    session, user, delivery = _action(delivery_id)
    return _done(incoming.complete(uow(), ctx(), user, delivery, body["revision"], body["note"],
                                   body.get("reply_document_id")))

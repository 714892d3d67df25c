"""/api/v1/edxml: export and import edXML packages and status messages over HTTP, and the
exchange identifiers (OrganId) of agencies. Thin: parse, one service call (it commits), answer."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from ..edxml import seals, service
from ..edxml.package import STATUS_NAMES
from ..messages import N_
from ..models import Unit
from ..web.requestdb import writes
from ..workflow import incoming, outgoing
from ..workflow.errors import NotAllowed
from . import schemas as s
from .common import ctx, db, delivery_dict, me, uow
from .errors import install

bp = Blueprint("api_edxml", __name__, url_prefix="/api/v1/edxml",
               description="Inter-agency exchange in edXML (QCVN 102:2016) and status messages (Decision 28/2018)")
install(bp)

XML = {"type": "string", "format": "binary"}


def _xml(data: bytes, name: str) -> Response:
    return Response(data, mimetype="application/xml",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.route("/documents/<int(min=1, max=2147483647):document_id>")
@bp.arguments(s.EdxmlExportArgsSchema, location="query")
@bp.response(200, XML, content_type="application/xml", description="The edXML package")
@writes  # the export is audited
def export_document(args, document_id: int):
    """Export a dispatched document for one external recipient (clerk of the issuing agency)."""
    session, user = db(), me()
    doc = outgoing.get_document(session, user, document_id)
    data = service.export_document(uow(), ctx(), user, doc, args.get("to"))
    return _xml(data, f"document-{doc.id}.edxml")


@bp.route("/documents/<int(min=1, max=2147483647):document_id>/recall")
@bp.arguments(s.EdxmlExportArgsSchema, location="query")
@bp.response(200, XML, content_type="application/xml", description="Status 13: the request to give the document back")
@writes  # the export is audited
def export_recall(args, document_id: int):
    """Ask an external recipient to give back a recalled document (clerk of the issuing agency):
    its system withdraws the copy and answers 15 (agreed) or 16 (refused)."""
    session, user = db(), me()
    doc = outgoing.get_document(session, user, document_id)
    data = service.export_recall(uow(), ctx(), user, doc, args.get("to"))
    return _xml(data, f"recall-{doc.id}.edxml")


@bp.route("/packages")
@bp.arguments(s.EdxmlPackageArgsSchema, location="query")
@bp.response(200, s.EdxmlPackageSchema(many=True))
def packages(args):
    """The packages my agency sent and received by edXML, newest first, with the last status
    from the other side (clerk)."""
    user = me()
    return [{"id": link.id, "direction": link.direction, "edxml_document_id": link.edxml_document_id,
             "remote_organ_id": link.remote_organ_id, "document_id": link.document_id,
             "delivery_id": link.delivery_id, "last_status": link.last_status,
             "last_status_name": STATUS_NAMES.get(link.last_status or ""), "created_at": link.created_at,
             "updated_at": link.updated_at}
            for link in service.exchanged_packages(db(), user, args.get("direction"))]


@bp.route("/import", methods=["POST"])
@bp.arguments(s.EdxmlUploadSchema, location="files")
@bp.response(201, s.DeliveryDetailSchema)
def import_package(files):
    """Import a package as an incoming document of my agency (clerk); signatures are verified on arrival."""
    session, user = db(), me()
    delivery = service.import_package(uow(), ctx(), user, files["file"].read(), session.get(Unit, user.agency_id))
    return delivery_dict(session, delivery, detail=True)


@bp.route("/deliveries/<int(min=1, max=2147483647):delivery_id>/status")
@bp.response(200, XML, content_type="application/xml",
             description="The status message (01 arrived … 06 completed; 15 once the sender's recall withdrew it)")
@writes  # the export is audited
def export_status(delivery_id: int):
    """The status of a document received by edXML, to send back to its sender (clerk)."""
    session, user = db(), me()
    delivery = incoming.get_delivery(session, user, delivery_id)
    data = service.export_status(uow(), ctx(), user, delivery)
    return _xml(data, f"status-{delivery.id}.edxml")


@bp.route("/status", methods=["POST"])
@bp.arguments(s.EdxmlUploadSchema, location="files")
@bp.response(200, s.EdxmlStatusResultSchema)
def import_status(files):
    """Import a status message from an external recipient (clerk of the sending agency)."""
    user = me()
    result = service.import_status(uow(), ctx(), user, files["file"].read())
    return {"document_id": result.delivery.document_id, "delivery_id": result.delivery.id,
            "status_code": result.code, "status": result.delivery.status.value}


@bp.route("/organs")
class Organs(MethodView):
    @bp.response(200, s.OrganSchema(many=True))
    def get(self):
        """External agencies known by OrganId."""
        me()
        return [{"unit_id": u.id, "organ_id": organ, "name": u.name, "external": True}
                for u, organ in service.external_agencies(db())]

    @bp.arguments(s.OrganCreateSchema)
    @bp.response(201, s.OrganSchema)
    def post(self, body):
        """Add an external agency, or set the OrganId of one of ours (administrators)."""
        session, user = db(), me()
        if body.get("unit_id") is not None:
            unit = session.get(Unit, body["unit_id"])
            if unit is None:
                raise NotAllowed(N_("Only an administrator can manage exchange identifiers."))
            row = service.set_organ_id(uow(), user, unit, body["organ_id"])
            external = row.external
        else:
            unit = service.add_external_agency(uow(), user, body["organ_id"], body["name"])
            external = True
        return {"unit_id": unit.id, "organ_id": body["organ_id"], "name": unit.name, "external": external}




def _seal_dict(row, organ_id: str) -> dict:
    return {"id": row.id, "organ_id": organ_id, "subject": row.subject, "issuer": row.issuer, "serial": row.serial,
            "sha256": row.sha256, "not_before": row.not_before, "not_after": row.not_after,
            "created_at": row.created_at}


@bp.route("/organs/<string(maxlength=64):organ_id>/seals")
class OrganSeals(MethodView):
    @bp.response(200, s.SealCertificateSchema(many=True))
    def get(self, organ_id: str):
        """The seal certificates registered for an external agency: a package from it arrives only
        when sealed with one of them (or with a trusted certificate naming its OrganId)."""
        me()
        return [_seal_dict(r, organ_id) for r in seals.seals_of(db(), seals.partner(db(), organ_id))]

    @bp.arguments(s.SealUploadSchema, location="files")
    @bp.response(201, s.SealCertificateSchema)
    def post(self, files, organ_id: str):
        """Register a seal certificate for an external agency (administrators of the operating agency)."""
        user = me()
        row = seals.register_seal(uow(), user, seals.partner(db(), organ_id), files["file"].read())
        return _seal_dict(row, organ_id)


@bp.route("/organs/<string(maxlength=64):organ_id>/seals/<int(min=1, max=2147483647):certificate_id>",
          methods=["DELETE"])
@bp.response(204)
def delete_seal(organ_id: str, certificate_id: int):
    """Remove a registered seal certificate: packages sealed with it are refused from now on."""
    user = me()
    seals.remove_seal(uow(), user, seals.partner(db(), organ_id), certificate_id)
    return ""

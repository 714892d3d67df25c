"""/api/v1: who am I, units and users (read), registers, verification, my tokens, webhooks."""

from __future__ import annotations

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint

from .. import access
from ..messages import N_
from ..models import User
from ..runtime import trust_context
from ..verification import verify_pdf
from ..webhooks import service as webhooks
from ..workflow import doctypes, queries
from ..workflow.errors import NotAllowed
from . import queries as api_queries
from . import schemas as s
from . import tokens
from .common import config, ctx, db, me, page_meta, uow
from .errors import ApiError, install

bp = Blueprint("api_directory", __name__, url_prefix="/api/v1", description="Units, users, registers, verification")
tokens_bp = Blueprint("api_tokens", __name__, url_prefix="/api/v1/tokens", description="Personal API tokens")
webhooks_bp = Blueprint("api_webhooks", __name__, url_prefix="/api/v1/webhooks",
                        description="Webhooks of my agency (administrators)")
for _bp in (bp, tokens_bp, webhooks_bp):
    install(_bp)


def user_dict(u: User) -> dict:
    return {"id": u.id, "username": u.username, "full_name": u.full_name, "title": u.title, "unit_id": u.unit_id,
            "agency_id": u.agency_id, "roles": sorted(r.value for r in u.roles), "active": u.active}


def unit_dict(u) -> dict:
    return {"id": u.id, "parent_id": u.parent_id, "kind": u.kind.value, "org_type": u.org_type.value,
            "level": u.level.value, "name": u.name, "code": u.code, "agency_id": u.agency_id, "active": u.active}


@bp.route("/me")
@bp.response(200, s.UserSchema)
def whoami():
    """The user behind the token."""
    return user_dict(me())


@bp.route("/units")
@bp.arguments(s.UnitListArgsSchema, location="query")
@bp.response(200, s.UnitSchema(many=True))
def units(args):
    """My agency's units, or every active agency (``scope=agencies``: the possible recipients)."""
    return [unit_dict(u) for u in api_queries.units_for(db(), me(), args["scope"])]


@bp.route("/document-types")
@bp.response(200, s.DocumentTypeSchema(many=True))
def document_types():
    """The document types in use (Decree 30 Annex III and those an administrator added): the
    ``doc_type`` of a draft is one of their codes."""
    me()  # a signed-in caller
    return [{"code": t.code, "abbreviation": t.abbreviation, "name": t.name, "legal_normative": t.legal_normative}
            for t in doctypes.active_types(db())]


@bp.route("/units/<int(min=1, max=2147483647):unit_id>")
@bp.response(200, s.UnitSchema)
def unit(unit_id: int):
    """A unit of my agency, or any active agency."""
    found = api_queries.visible_unit(db(), me(), unit_id)
    if found is None:
        raise ApiError(404, N_("This page does not exist or you do not have access to it."))
    return unit_dict(found)


@bp.route("/users")
@bp.response(200, s.UserSchema(many=True))
def users():
    """The users of my agency (administrators: the users they administer)."""
    return [user_dict(u) for u in api_queries.users_for(db(), me())]


@bp.route("/users/<int(min=1, max=2147483647):user_id>")
@bp.response(200, s.UserSchema)
def user(user_id: int):
    found = api_queries.visible_user(db(), me(), user_id)
    if found is None:
        raise ApiError(404, N_("This page does not exist or you do not have access to it."))
    return user_dict(found)




@bp.route("/registers/<any(outgoing, incoming, tracking):kind>")
@bp.arguments(s.RegisterArgsSchema, location="query")
@bp.response(200, s.RegisterSchema)
def register(args, kind: str):
    """The outgoing, incoming or tracking register of my agency for a year (Decree 30 Annex IV).
    Kept by the clerks; leaders and auditors read them."""
    session, user = db(), me()
    if not access.can(user, access.Capability.READ_REGISTERS):
        raise NotAllowed(N_("Only clerks, leaders and auditors read the registers."))
    year, unit_id = args.get("year") or ctx().year(), args.get("unit_id")
    page = queries.register_page(session, user, kind, year, ctx().today(), unit_id, cursor=args.get("cursor"),
                                 from_number=args.get("from_number"), per_page=args["per_page"])
    return {"kind": kind, "year": year, "rows": page.items, "meta": page_meta(page)}


@bp.route("/verify", methods=["POST"])
@bp.arguments(s.PdfUploadSchema, location="files")
@bp.response(200, s.VerificationSchema)
def verify(files):
    """Verify the signatures of any PDF: the docflow.verification/1 report (as ``docflow verify --json``)."""
    upload = files["file"]
    data = upload.read()
    me()
    report = verify_pdf(data, trust_context(db(), config())).to_json()
    report["file"] = (upload.filename or "upload.pdf")[:255]
    return report


# -- tokens ------------------------------------------------------------------------------------------


def token_dict(t) -> dict:
    return {"id": t.id, "user_id": t.user_id, "name": t.name, "prefix": t.prefix, "created_at": t.created_at,
            "expires_at": t.expires_at, "last_used_at": t.last_used_at, "revoked": t.revoked}


@tokens_bp.route("")
class Tokens(MethodView):
    @tokens_bp.response(200, s.TokenSchema(many=True))
    def get(self):
        """My tokens (never the tokens themselves: only their first characters)."""
        user = me()
        return [token_dict(t) for t in tokens.tokens_of(db(), user, user)]

    @tokens_bp.arguments(s.TokenCreateSchema)
    @tokens_bp.response(201, s.NewTokenSchema)
    def post(self, body):
        """Create a token for me (or, as an administrator, for a user of my agency). Shown once."""
        session, user = db(), me()
        owner = user
        if body.get("user_id") is not None and body["user_id"] != user.id:
            owner = session.get(User, body["user_id"])
            if owner is None:
                raise tokens.TokenNotFound(N_("This user does not exist or you do not have access to it."))
        issued = tokens.create_token(uow(), user, owner, body["name"], days=body["expires_in_days"],
                                     ip=request.remote_addr or "")
        return {**token_dict(issued.row), "token": issued.token}


@tokens_bp.route("/<int(min=1, max=2147483647):token_id>", methods=["DELETE"])
@tokens_bp.response(200, s.TokenSchema)
def revoke_token(token_id: int):
    """Revoke a token (mine, or of a user I administer)."""
    row = tokens.revoke_token(uow(), me(), token_id, ip=request.remote_addr or "")
    return token_dict(row)


# -- webhooks ----------------------------------------------------------------------------------------


def webhook_dict(h) -> dict:
    return {"id": h.id, "agency_id": h.agency_id, "url": h.url, "events": list(h.events), "active": h.active,
            "created_at": h.created_at}


@webhooks_bp.route("")
class Webhooks(MethodView):
    @webhooks_bp.response(200, s.WebhookSchema(many=True))
    def get(self):
        """My agency's webhooks."""
        return [webhook_dict(h) for h in webhooks.webhooks_of(db(), me())]

    @webhooks_bp.arguments(s.WebhookCreateSchema)
    @webhooks_bp.response(201, s.WebhookSchema)
    def post(self, body):
        """Subscribe a URL to my agency's events (document.received, .registered, .refused,
        .completed, .recalled); each POST carries ``X-Docflow-Timestamp`` and
        ``X-Docflow-Signature-V2: sha256=<HMAC of timestamp "." body>`` (README, Webhooks)."""
        hook = webhooks.create_webhook(uow(), me(), body["url"], body["secret"], body["events"],
                                       config=config(), ip=request.remote_addr or "")
        return webhook_dict(hook)


@webhooks_bp.route("/<int(min=1, max=2147483647):webhook_id>", methods=["DELETE"])
@webhooks_bp.response(200, s.WebhookSchema)
def delete_webhook(webhook_id: int):
    """Deactivate a webhook (its delivery log is kept)."""
    hook = webhooks.delete_webhook(uow(), me(), webhook_id, ip=request.remote_addr or "")
    return webhook_dict(hook)


@webhooks_bp.route("/<int(min=1, max=2147483647):webhook_id>/deliveries")
@webhooks_bp.response(200, s.WebhookDeliverySchema(many=True))
def webhook_deliveries(webhook_id: int):
    """The delivery log: the last 100 events and every attempt."""
    rows = webhooks.deliveries_of(db(), me(), webhook_id)
    return [{"id": r.id, "event_id": r.event_id, "event": r.event, "status": r.status, "attempts": r.attempts,
             "created_at": r.created_at, "next_attempt_at": r.next_attempt_at, "delivered_at": r.delivered_at,
             "log": [{"at": a.at, "status_code": a.status_code, "error": a.error, "duration_ms": a.duration_ms}
                     for a in r.log]} for r in rows]

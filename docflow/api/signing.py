"""/api/v1/signing: two-phase signing with the key on the signer's own token (issue 23).

The page (or any client) starts a preparation for a document; docflow-agent, on the signer's
computer, lists what waits for this person's token, and posts the raw signature; the page
polls the preparation until it is done. Each handler makes one service call."""

from __future__ import annotations

import base64
import binascii

from flask_smorest import Blueprint
from marshmallow import fields, validate

from ..messages import N_
from ..workflow import outgoing, token_signing
from ..workflow.errors import InvalidDocument
from ..workflow.outgoing import Placement
from . import schemas as s
from .common import ctx, db, me, uow
from .errors import install

bp = Blueprint("api_signing", __name__, url_prefix="/api/v1/signing",
               description="Two-phase signing: the key stays on the signer's token (docflow-agent)")
install(bp)

_ID = "<int(min=1, max=2147483647):preparation_id>"


class PrepareSchema(s.RevisionSchema):
    page = fields.Integer(validate=validate.Range(min=1, max=10000))
    box = fields.List(fields.Float(validate=validate.Range(min=0, max=20000)), validate=validate.Length(equal=4),
                      metadata={"description": "x1, y1, x2, y2 in PDF points from the bottom-left corner"})


class SignatureSchema(s.StrictSchema):
    signature = fields.String(validate=validate.Length(min=8, max=4096),
                              metadata={"description": "The raw signature value, base64 (RSA PKCS#1 v1.5, or "
                                                       "ECDSA as DER or r||s) over the signed attributes"})
    signatures = fields.List(fields.String(validate=validate.Length(min=8, max=4096)),
                             validate=validate.Length(min=1, max=200),
                             metadata={"description": "One signature per item, in order (the seal signs every "
                                                      "file of the document)"})
    chain = fields.List(fields.String(validate=validate.Length(max=16384)), load_default=list,
                        validate=validate.Length(max=8),
                        metadata={"description": "Certificates the token offers (base64 DER); informative"})


class EmptySchema(s.StrictSchema):
    pass


class PreparationSchema(s.ma.Schema):
    id = fields.Integer(required=True)
    status = fields.String(required=True, metadata={"description": "pending | done | failed | cancelled | expired"})
    kind = fields.String(required=True)
    document_id = fields.Integer(required=True)
    digest = fields.String(required=True, metadata={"description": "hex SHA-256 of to_sign"})
    algorithm = fields.String(required=True)
    key_algorithm = fields.String(allow_none=True)
    to_sign = fields.String(allow_none=True, metadata={"description": "base64 DER of the CMS signed attributes"})
    certificate = fields.String(allow_none=True, metadata={"description": "base64 DER of the expected certificate"})
    expires_at = fields.String(required=True)
    summary = fields.Dict(required=True)
    error = fields.String(allow_none=True)
    items = fields.List(fields.Dict(), metadata={"description": "What the token signs: one {digest, to_sign} "
                                                               "per file, in order"})


class PreparationListSchema(s.ma.Schema):
    items = fields.List(fields.Nested(PreparationSchema), required=True)


def _now():
    return ctx().now()


def _b64(value: str, field: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidDocument(N_("The value is not base64."), field=field) from None


@bp.route("/documents/<int(min=1, max=2147483647):document_id>/prepare", methods=["POST"])
@bp.arguments(PrepareSchema)
@bp.response(201, PreparationSchema)
def prepare(body, document_id: int):
    """Phase 1 of the leader's signature with the key on the leader's token."""
    user = me()
    doc = outgoing.get_document(db(), user, document_id, for_update=True)
    placement = None
    if body.get("box"):
        placement = Placement(page=body.get("page") or (doc.main_file.current.page_count or 1),
                              box=tuple(body["box"]))  # type: ignore[arg-type]
    row = token_signing.prepare(uow(), ctx(), user, doc, body["revision"], placement)
    return token_signing.describe(row, _now())


class PrepareSealSchema(s.RevisionSchema):
    box = fields.List(fields.Float(validate=validate.Range(min=0, max=20000)), validate=validate.Length(equal=4),
                      metadata={"description": "Where the seal goes on the signature's page (PDF points)"})


@bp.route("/documents/<int(min=1, max=2147483647):document_id>/prepare-seal", methods=["POST"])
@bp.arguments(PrepareSealSchema)
@bp.response(201, PreparationSchema)
def prepare_seal(body, document_id: int):
    """Phase 1 of the issuance with the agency's seal key on a token (a clerk): one item per file."""
    user = me()
    doc = outgoing.get_document(db(), user, document_id, for_update=True)
    box = tuple(body["box"]) if body.get("box") else None
    row = token_signing.prepare_seal(uow(), ctx(), user, doc, body["revision"], box)  # type: ignore[arg-type]
    return token_signing.describe(row, _now())


@bp.route("/preparations")
@bp.response(200, PreparationListSchema)
def preparations():
    """What waits for my token now (docflow-agent polls this)."""
    context = ctx()
    return {"items": [token_signing.describe(r, context.now()) for r in token_signing.pending(db(), context, me())]}


@bp.route(f"/preparations/{_ID}")
@bp.response(200, PreparationSchema)
def preparation(preparation_id: int):
    """One of my preparations: its status (the page polls it until done)."""
    return token_signing.describe(token_signing.get_preparation(db(), me(), preparation_id), _now())


@bp.route(f"/preparations/{_ID}/signature", methods=["POST"])
@bp.arguments(SignatureSchema)
@bp.response(200, PreparationSchema)
def signature(body, preparation_id: int):
    """Phase 2: the raw signature made on the token; once, before the preparation expires."""
    user = me()
    values = body.get("signatures") or ([body["signature"]] if body.get("signature") else [])
    if not values:
        raise InvalidDocument(N_("Send the signature made on the token."), field="signature")
    raws = [_b64(v, "signature") for v in values]
    chain = [_b64(c, "chain") for c in body["chain"]]
    token_signing.complete(uow(), ctx(), user, preparation_id, raws, chain)
    return token_signing.describe(token_signing.get_preparation(db(), user, preparation_id), _now())


@bp.route(f"/preparations/{_ID}/cancel", methods=["POST"])
@bp.arguments(EmptySchema)
@bp.response(200, PreparationSchema)
def cancel(body, preparation_id: int):
    """Decline: nothing is signed (docflow-agent, when the person says no)."""
    return token_signing.describe(token_signing.cancel(uow(), ctx(), me(), preparation_id), _now())

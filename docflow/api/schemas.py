"""Request and response schemas of /api/v1 (marshmallow). The OpenAPI document is generated
from them, so the published contract and the code cannot drift apart."""

from __future__ import annotations

import marshmallow as ma
from flask_smorest.fields import Upload
from marshmallow import ValidationError, fields, validate

from ..access import DocumentAction
from ..models import AdminLevel, CirculationMark, Confidentiality, DeliveryStatus, DocStatus, OrgType, Role, Urgency

MAX_ID = 2**31 - 1


def Id(**kw) -> fields.Integer:  # noqa: N802 - reads as a field type
    """A database identifier: a positive 32-bit integer (larger values are refused as invalid)."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kw)


def _values(enum) -> list[str]:
    return [m.value for m in enum]


class StrictSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE
        ordered = True


class ErrorBodySchema(ma.Schema):
    code = fields.String(required=True, metadata={"description": "Stable machine-readable code"})
    message = fields.String(required=True, metadata={"description": "Translated per Accept-Language (vi default)"})
    field = fields.String(allow_none=True, required=True, metadata={"description": "The input field at fault"})


class ErrorSchema(ma.Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


_CURSOR = {"description": "Opaque: ``next_cursor`` or ``prev_cursor`` of the previous response; "
                          "omit it for the first page"}


def _no_offsets(_value) -> None:
    # query strings drop unknown parameters silently: a client still sending page=N would
    # get the first page again and again, so the old parameter is refused by name
    raise ValidationError("Offset pages were replaced by cursors: follow meta.next_cursor.")


class PageArgsSchema(StrictSchema):
    cursor = fields.String(validate=validate.Length(max=300), metadata=_CURSOR)
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    page = fields.Raw(validate=_no_offsets, metadata={"description": "Removed: use cursor", "deprecated": True})


class PageMetaSchema(ma.Schema):
    """Keyset pagination: follow ``next_cursor`` until it is null. The total is exact up to a
    cap (2,000 for lists; a search lists its newest 1,000 matches); beyond it ``total_exact`` is false."""

    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True)
    total_exact = fields.Boolean(required=True)
    next_cursor = fields.String(allow_none=True, required=True)
    prev_cursor = fields.String(allow_none=True, required=True)


# -- documents ---------------------------------------------------------------------------------


class VersionSchema(ma.Schema):
    id = fields.Integer(required=True)
    seq = fields.Integer(required=True)
    sha256 = fields.String(required=True)
    size = fields.Integer(required=True)
    reason = fields.String(required=True, metadata={"description": "upload | signature | seal | attachment_signature"})
    signature_field = fields.String(allow_none=True)
    page_count = fields.Integer(allow_none=True)
    created_at = fields.DateTime(required=True)
    repaired = fields.List(fields.String(), required=True, metadata={
        "description": "what docflow repaired before this uploaded file could be signed (decrypted | rebuilt); "
                       "empty when it was stored as uploaded"})
    repair_notice = fields.String(allow_none=True, required=True,
                                  metadata={"description": "the repair, in the reader's language"})
    original_sha256 = fields.String(allow_none=True, required=True,
                                    metadata={"description": "SHA-256 of the file as uploaded, when repaired"})


class FileSchema(ma.Schema):
    id = fields.Integer(required=True)
    role = fields.String(required=True, validate=validate.OneOf(["main", "attachment"]))
    position = fields.Integer(required=True)
    filename = fields.String(required=True)
    versions = fields.List(fields.Nested(VersionSchema), required=True)


class RecipientStatusSchema(ma.Schema):
    agency_id = fields.Integer(required=True)
    agency_name = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(_values(DeliveryStatus)))
    verdict = fields.String(required=True)
    refused_reason = fields.String(allow_none=True)


class DocumentSummarySchema(ma.Schema):
    id = fields.Integer(required=True)
    agency_id = fields.Integer(required=True)
    doc_type = fields.String(required=True)
    subject = fields.String(required=True)
    notation = fields.String(allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(_values(DocStatus)))
    urgency = fields.String(required=True)
    updated_at = fields.DateTime(required=True)
    revision = fields.Integer(required=True)


class DocumentSchema(DocumentSummarySchema):
    unit_id = Id(required=True)
    created_by_id = fields.Integer(required=True)
    confidentiality = fields.String(required=True)
    reviewer_id = Id(allow_none=True)
    signer_id = Id(allow_none=True)
    authority_line = fields.String(required=True)
    handling_deadline = fields.Date(allow_none=True)
    recipients = fields.List(fields.Integer(), required=True)
    circulation_marks = fields.List(fields.String(), required=True,
                                    metadata={"description": "the marks the document shows now, in the official words"})
    year = fields.Integer(allow_none=True)
    number = fields.Integer(allow_none=True)
    replaces_id = Id(allow_none=True)
    signed_at = fields.DateTime(allow_none=True)
    issued_at = fields.DateTime(allow_none=True)
    dispatched_at = fields.DateTime(allow_none=True)
    recalled_at = fields.DateTime(allow_none=True)
    recall_reason = fields.String(allow_none=True)
    created_at = fields.DateTime(required=True)
    files = fields.List(fields.Nested(FileSchema), required=True)
    recipients_status = fields.List(fields.Nested(RecipientStatusSchema), required=True)
    places = fields.List(fields.Dict(), required=True, metadata={
        "description": "Before issuing: where the number and the date will be written (kind number|day|month|"
                       "year, page from 1, box in PDF points from the bottom-left); [] when the draft has none"})
    number_on_page = fields.Boolean(allow_none=True, metadata={
        "description": "Whether issuing wrote the number and the date on the page; null before issuing"})
    notation_warning = fields.Dict(allow_none=True, metadata={
        "description": "Before issuing: the draft prints a notation after “Số:” (printed) other than the one "
                       "issuing assigns (expected, without the number); part: type|agency, what differs; "
                       "message: in the caller's language. null when they agree or nothing is printed"})
    actions = fields.List(fields.String(validate=validate.OneOf([a.value for a in DocumentAction])), required=True,
                          metadata={"description": "What the caller may do with the document now (the page's "
                                                   "buttons): edit, submit, forward, return, sign, issue, dispatch, "
                                                   "recall, replace"})


class DocumentPageSchema(ma.Schema):
    items = fields.List(fields.Nested(DocumentSummarySchema), required=True)
    meta = fields.Nested(PageMetaSchema, required=True)


class DocumentListArgsSchema(PageArgsSchema):
    status = fields.String(validate=validate.OneOf(_values(DocStatus)))
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Search subject and notation"})


class DraftFormSchema(StrictSchema):
    doc_type = fields.String(required=True, validate=validate.Length(min=1, max=24), metadata={
        "description": "A document type code (GET /api/v1/document-types): QĐ, TB, CV (công văn)…"})
    subject = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    recipients = fields.List(Id(), required=True, validate=validate.Length(min=1, max=500),
                             metadata={"description": "Recipient agency ids (repeat the field)"})
    signer_id = Id(required=True)
    reviewer_id = Id(allow_none=True)
    urgency = fields.String(load_default=Urgency.NORMAL.value, validate=validate.OneOf(_values(Urgency)))
    confidentiality = fields.String(load_default=Confidentiality.NORMAL.value,
                                    validate=validate.OneOf(_values(Confidentiality)))
    authority_line = fields.String(load_default="", validate=validate.Length(max=120))
    handling_deadline = fields.Date(allow_none=True)
    replaces_id = Id(allow_none=True)
    circulation_marks = fields.List(fields.String(validate=validate.OneOf(_values(CirculationMark))),
                                    validate=validate.Length(max=3),
                                    metadata={"description": "xem_xong_tra_lai, luu_hanh_noi_bo, du_thao"})


class DraftFilesSchema(StrictSchema):
    main_pdf = Upload(required=True, metadata={"description": "The main document (PDF)"})
    attachments = fields.List(Upload(), load_default=list, metadata={"description": "Separate attachments (PDF)"})


class ReviseFormSchema(StrictSchema):
    revision = fields.Integer(required=True, validate=validate.Range(min=0, max=MAX_ID))
    doc_type = fields.String(validate=validate.Length(min=1, max=24))
    subject = fields.String(validate=validate.Length(min=1, max=2000))
    recipients = fields.List(Id(), validate=validate.Length(min=1, max=500))
    signer_id = Id()
    reviewer_id = Id(allow_none=True)
    urgency = fields.String(validate=validate.OneOf(_values(Urgency)))
    confidentiality = fields.String(validate=validate.OneOf(_values(Confidentiality)))
    authority_line = fields.String(validate=validate.Length(max=120))
    handling_deadline = fields.Date(allow_none=True)
    circulation_marks = fields.List(fields.String(validate=validate.OneOf(_values(CirculationMark))),
                                    validate=validate.Length(max=3),
                                    metadata={"description": "xem_xong_tra_lai, luu_hanh_noi_bo, du_thao"})


class ReviseFilesSchema(StrictSchema):
    main_pdf = Upload(metadata={"description": "A new main PDF version"})
    attachments = fields.List(Upload(), metadata={"description": "Replace every attachment"})


class RevisionSchema(StrictSchema):
    revision = fields.Integer(required=True, validate=validate.Range(min=0, max=MAX_ID),
                              metadata={"description": "The revision you acted on (409 if stale)"})


class CommentSchema(RevisionSchema):
    comment = fields.String(load_default="", validate=validate.Length(max=4000))


class ReturnSchema(RevisionSchema):
    comment = fields.String(required=True, validate=validate.Length(min=1, max=4000))


class PinSchema(RevisionSchema):
    pin = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=64))


class SignSchema(PinSchema):
    page = fields.Integer(validate=validate.Range(min=1, max=10000))
    box = fields.List(fields.Float(validate=validate.Range(min=0, max=20000)), validate=validate.Length(equal=4),
                      metadata={"description": "x1, y1, x2, y2 in PDF points from the bottom-left corner"})


class ReasonSchema(RevisionSchema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=4000))


# -- incoming ----------------------------------------------------------------------------------


class DeliverySchema(ma.Schema):
    id = fields.Integer(required=True)
    status = fields.String(required=True, validate=validate.OneOf(_values(DeliveryStatus)))
    revision = fields.Integer(required=True)
    recipient_agency_id = fields.Integer(required=True)
    sender_agency_id = fields.Integer(required=True, allow_none=True, metadata={
        "description": "None for a paper or e-mailed document whose sender the clerk typed"})
    sender_agency_name = fields.String(required=True)
    source = fields.String(required=True, validate=validate.OneOf(["docflow", "paper", "email"]), metadata={
        "description": "docflow: dispatched here (or imported from edXML); paper, email: registered by the clerk"})
    requested_deadline = fields.Date(allow_none=True, metadata={
        "description": "The handling deadline the sender asked for"})
    document_id = fields.Integer(required=True)
    notation = fields.String(allow_none=True)
    subject = fields.String(required=True)
    doc_type = fields.String(required=True)
    urgency = fields.String(required=True)
    issued_at = fields.DateTime(allow_none=True)
    received_at = fields.DateTime(required=True)
    verdict = fields.String(required=True)
    refused_reason = fields.String(allow_none=True)
    incoming_year = fields.Integer(allow_none=True)
    incoming_number = fields.Integer(allow_none=True)
    registered_at = fields.DateTime(allow_none=True)
    duplicate_warning = fields.String(allow_none=True)
    lead_unit_id = Id(allow_none=True)
    cooperating_unit_ids = fields.List(fields.Integer(), required=True)
    handler_id = Id(allow_none=True)
    deadline = fields.Date(allow_none=True)
    direction = fields.String(allow_none=True)
    assigned_at = fields.DateTime(allow_none=True)
    started_at = fields.DateTime(allow_none=True)
    completed_at = fields.DateTime(allow_none=True)
    completion_note = fields.String(allow_none=True)
    reply_document_id = Id(allow_none=True)
    frozen = fields.Boolean(required=True)


class DeliveryDetailSchema(DeliverySchema):
    verification = fields.Dict(required=True, metadata={"description": "The docflow.verification/1 report on arrival"})


class DeliveryPageSchema(ma.Schema):
    items = fields.List(fields.Nested(DeliverySchema), required=True)
    meta = fields.Nested(PageMetaSchema, required=True)


class DeliveryListArgsSchema(PageArgsSchema):
    status = fields.String(validate=validate.OneOf(_values(DeliveryStatus)))


class ExternalIncomingFormSchema(StrictSchema):
    """A paper (scanned) or e-mailed document the clerk registers: what its page says."""

    source = fields.String(required=True, validate=validate.OneOf(["paper", "email"]), metadata={
        "description": "paper: a scan of a paper document; email: a PDF received by e-mail"})
    subject = fields.String(required=True, validate=validate.Length(min=1, max=2000), metadata={
        "description": "Trích yếu"})
    doc_type = fields.String(required=True, validate=validate.Length(min=1, max=24), metadata={
        "description": "A document type code (GET /api/v1/document-types)"})
    sender_agency_id = Id(allow_none=True, metadata={"description": "A known agency as the sender"})
    sender_name = fields.String(load_default="", validate=validate.Length(max=255), metadata={
        "description": "The sender's name when it is not a known agency"})
    notation = fields.String(load_default="", validate=validate.Length(max=120))
    document_date = fields.Date(allow_none=True)
    urgency = fields.String(load_default=Urgency.NORMAL.value, validate=validate.OneOf(_values(Urgency)))
    deadline = fields.Date(allow_none=True, metadata={"description": "The handling deadline the sender asks for"})


class ExternalIncomingFilesSchema(StrictSchema):
    file = Upload(required=True, metadata={"description": "The document (PDF)"})


class AssignSchema(RevisionSchema):
    lead_unit_id = Id(required=True)
    cooperating_unit_ids = fields.List(Id(), load_default=list, validate=validate.Length(max=100))
    deadline = fields.Date(allow_none=True)
    handler_id = Id(allow_none=True)
    direction = fields.String(load_default="", validate=validate.Length(max=4000))


class CompleteSchema(RevisionSchema):
    note = fields.String(load_default="", validate=validate.Length(max=4000))
    reply_document_id = Id(allow_none=True)


# -- registers, verification ---------------------------------------------------------------------


class RegisterArgsSchema(StrictSchema):
    year = fields.Integer(validate=validate.Range(min=2000, max=2100), metadata={"description": "Default: this year"})
    unit_id = Id()
    cursor = fields.String(validate=validate.Length(max=300), metadata=_CURSOR)
    from_number = fields.Integer(validate=validate.Range(min=1, max=10_000_000),
                                 metadata={"description": "Start at this register number"})
    per_page = fields.Integer(load_default=500, validate=validate.Range(min=1, max=2000))


class RegisterSchema(ma.Schema):
    kind = fields.String(required=True, validate=validate.OneOf(["outgoing", "incoming", "tracking"]))
    year = fields.Integer(required=True)
    rows = fields.List(fields.Dict(), required=True, metadata={"description": "In register-number order"})
    meta = fields.Nested(PageMetaSchema, required=True)


class PdfUploadSchema(StrictSchema):
    file = Upload(required=True, metadata={"description": "A PDF to verify"})


class VerificationSchema(ma.Schema):
    schema = fields.String(required=True, metadata={"description": "docflow.verification/1"})
    verdict = fields.String(required=True, validate=validate.OneOf(
        ["TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE", "NO_SIGNATURE_FOUND"]))
    file = fields.String(allow_none=True)
    sha256 = fields.String(required=True)
    size = fields.Integer(required=True)
    revisions = fields.Integer(required=True)
    signatures = fields.List(fields.Dict(), required=True)
    revocation_fetches = fields.List(fields.Dict(), metadata={
        "description": "every CRL/OCSP lookup of this verification: url, kind, result, ms, detail"})


# -- directory -----------------------------------------------------------------------------------


class UnitSchema(ma.Schema):
    id = fields.Integer(required=True)
    parent_id = fields.Integer(allow_none=True)
    kind = fields.String(required=True, validate=validate.OneOf(["province", "agency", "division"]))
    org_type = fields.String(required=True, validate=validate.OneOf(_values(OrgType)),
                             metadata={"description": "what the unit is: UBND tỉnh, Sở, UBND xã, …"})
    level = fields.String(required=True, validate=validate.OneOf(_values(AdminLevel)),
                          metadata={"description": "administrative level (two-level: province, commune)"})
    name = fields.String(required=True)
    code = fields.String(allow_none=True)
    agency_id = fields.Integer(allow_none=True)
    active = fields.Boolean(required=True)


class UserSchema(ma.Schema):
    id = fields.Integer(required=True)
    username = fields.String(required=True)
    full_name = fields.String(required=True)
    title = fields.String(required=True)
    unit_id = Id(required=True)
    agency_id = fields.Integer(required=True)
    roles = fields.List(fields.String(validate=validate.OneOf(_values(Role))), required=True)
    active = fields.Boolean(required=True)


class UnitListArgsSchema(StrictSchema):
    scope = fields.String(load_default="agency", validate=validate.OneOf(["agency", "agencies"]),
                          metadata={"description": "agency: my agency's units; agencies: every agency (recipients)"})


# -- tokens, webhooks -----------------------------------------------------------------------------


class TokenSchema(ma.Schema):
    id = fields.Integer(required=True)
    user_id = Id(required=True)
    name = fields.String(required=True)
    prefix = fields.String(required=True)
    created_at = fields.DateTime(required=True)
    expires_at = fields.DateTime(allow_none=True)
    last_used_at = fields.DateTime(allow_none=True)
    revoked = fields.Boolean(required=True)


class NewTokenSchema(TokenSchema):
    token = fields.String(required=True, metadata={"description": "Shown once: store it now"})


class TokenCreateSchema(StrictSchema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=120))
    expires_in_days = fields.Integer(load_default=90, validate=validate.Range(min=1, max=366))
    user_id = Id(metadata={"description": "Another user of your agency (administrators)"})


class WebhookSchema(ma.Schema):
    id = fields.Integer(required=True)
    agency_id = fields.Integer(required=True)
    url = fields.String(required=True)
    events = fields.List(fields.String(), required=True)
    active = fields.Boolean(required=True)
    created_at = fields.DateTime(required=True)


class WebhookCreateSchema(StrictSchema):
    url = fields.Url(required=True, schemes={"http", "https"}, require_tld=False, validate=validate.Length(max=500))
    secret = fields.String(required=True, load_only=True, validate=validate.Length(min=16, max=200))
    events = fields.List(fields.String(), load_default=list)


class WebhookAttemptSchema(ma.Schema):
    at = fields.DateTime(required=True)
    status_code = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)
    duration_ms = fields.Integer(required=True)


class WebhookDeliverySchema(ma.Schema):
    id = fields.Integer(required=True)
    event_id = fields.String(required=True)
    event = fields.String(required=True)
    status = fields.String(required=True)
    attempts = fields.Integer(required=True)
    created_at = fields.DateTime(required=True)
    next_attempt_at = fields.DateTime(required=True)
    delivered_at = fields.DateTime(allow_none=True)
    log = fields.List(fields.Nested(WebhookAttemptSchema), required=True)


# -- edXML -----------------------------------------------------------------------------------------


class EdxmlUploadSchema(StrictSchema):
    file = Upload(required=True, metadata={"description": "An edXML package (QCVN 102:2016)"})


class EdxmlExportArgsSchema(StrictSchema):
    to = fields.String(validate=validate.Length(min=1, max=64),
                       metadata={"description": "OrganId of the external recipient (optional if only one)"})


class EdxmlStatusResultSchema(ma.Schema):
    document_id = fields.Integer(required=True)
    delivery_id = fields.Integer(required=True)
    status_code = fields.String(required=True)
    status = fields.String(required=True)


class EdxmlPackageArgsSchema(StrictSchema):
    direction = fields.String(validate=validate.OneOf(["in", "out"]),
                              metadata={"description": "in: received by my agency; out: sent by it; omit for both"})


class EdxmlPackageSchema(ma.Schema):
    """An exchanged package and the last status seen from the other side."""

    id = Id(required=True)
    direction = fields.String(required=True, metadata={"description": "in | out"})
    edxml_document_id = fields.String(required=True, metadata={"description": "The package's DocumentId"})
    remote_organ_id = fields.String(required=True, metadata={"description": "The sender (in) or recipient (out)"})
    document_id = Id(required=True)
    delivery_id = Id(allow_none=True)
    last_status = fields.String(allow_none=True, metadata={"description": "01–06, 13, 15, 16"})
    last_status_name = fields.String(allow_none=True, metadata={"description": "Its meaning (Vietnamese)"})
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class OrganSchema(ma.Schema):
    unit_id = Id(required=True)
    organ_id = fields.String(required=True)
    name = fields.String(required=True)
    external = fields.Boolean(required=True)


class SealCertificateSchema(ma.Schema):
    """A seal certificate registered for an external agency (its packages sealed with it arrive)."""

    id = Id(required=True)
    organ_id = fields.String(required=True)
    subject = fields.String(required=True)
    issuer = fields.String(required=True)
    serial = fields.String(required=True)
    sha256 = fields.String(required=True)
    not_before = fields.DateTime(required=True)
    not_after = fields.DateTime(required=True)
    created_at = fields.DateTime(required=True)


class SealUploadSchema(StrictSchema):
    file = Upload(required=True, metadata={"description": "The seal certificate (PEM or DER, one certificate)"})


class OrganCreateSchema(StrictSchema):
    organ_id = fields.String(required=True, validate=validate.Length(min=1, max=64))
    name = fields.String(load_default="", validate=validate.Length(max=255))
    unit_id = Id(metadata={"description": "One of our agencies (sets its own OrganId); "
                                                      "omit to add an external agency"})


class DocumentTypeSchema(ma.Schema):
    code = fields.String(required=True, metadata={"description": "What a document's doc_type holds"})
    abbreviation = fields.String(required=True, metadata={"description": "In notations, as written ('TTr'); "
                                                                         "empty for công văn"})
    name = fields.String(required=True)
    legal_normative = fields.Boolean(required=True)

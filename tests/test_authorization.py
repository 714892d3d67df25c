"""Every route × every role × own agency / other agency / anonymous gets exactly its access.

The table is built from the app's URL map: a route without a rule here fails the test, so a
new page cannot ship without deciding who may use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from docflow.models import Unit

from .conftest import csrf_token

ALLOW, DENY, LOGIN = "allow", "deny", "login"
# API only: the object was found in scope and the service refused the deliberately stale
# revision (409) — the scope check passed; who may act is tested per role in tests/api.
REACHED = "reached"  # also 409 invalid_transition: in scope, refused in this state

# Who tries: anonymous, every role of Sở NN&MT (the objects' agency), an admin of another
# agency (Sở Tài chính) and the operator's global admin.
PERSONAS = ["anonymous", "snnmt.staff", "snnmt.reviewer", "snnmt.leader", "snnmt.clerk", "snnmt.auditor",
            "snnmt.admin", "stc.admin", "admin"]


def public(_p: str) -> str:
    return ALLOW


def authenticated(p: str) -> str:
    return LOGIN if p == "anonymous" else ALLOW


def agency_admin(p: str) -> str:
    """Admins of the object's agency and the operator's admin; other agencies' admins get 404."""
    if p == "anonymous":
        return LOGIN
    return ALLOW if p in ("snnmt.admin", "admin") else DENY


def own_agency(p: str) -> str:
    """Any user of Sở NN&MT, the objects' agency; nobody else (404)."""
    if p == "anonymous":
        return LOGIN
    return ALLOW if p.startswith("snnmt.") else DENY


def staff_role(p: str) -> str:
    if p == "anonymous":
        return LOGIN
    return ALLOW if p in ("snnmt.staff", "snnmt.reviewer") else DENY


def verifier(p: str) -> str:
    """Auditors and clerks of Sở NN&MT (verification pages)."""
    if p == "anonymous":
        return LOGIN
    return ALLOW if p in ("snnmt.auditor", "snnmt.clerk") else DENY


def auditor_role(p: str) -> str:
    if p == "anonymous":
        return LOGIN
    return ALLOW if p == "snnmt.auditor" else DENY


def any_admin(p: str) -> str:
    if p == "anonymous":
        return LOGIN
    return ALLOW if p.endswith("admin") else DENY


@dataclass(frozen=True)
class Rule:
    who: Callable[[str], str]
    method: str = "GET"
    data: tuple = ()
    api: bool = False  # /api/v1: a Bearer token instead of the session; JSON (or multipart) body
    multipart: bool = False
    args: tuple = ()  # url arguments that differ from the shared ones, e.g. (("kind", "signature"),)


def api_user(p: str) -> str:
    return LOGIN if p == "anonymous" else ALLOW


def api_scope(p: str) -> str:
    """An action with a stale revision on an object of Sở NN&MT: its users reach it, others 404."""
    if p == "anonymous":
        return LOGIN
    return REACHED if p.startswith("snnmt.") else DENY


def api_own(p: str) -> str:
    if p == "anonymous":
        return LOGIN
    return ALLOW if p.startswith("snnmt.") else DENY


def api_only(*who: str) -> Callable[[str], str]:
    return lambda p: LOGIN if p == "anonymous" else ALLOW if p in who else DENY


def web_only(*who: str) -> Callable[[str], str]:
    return lambda p: LOGIN if p == "anonymous" else ALLOW if p in who else DENY


_STALE = (("revision", 0),)


# A key is an endpoint, or "endpoint:METHOD" for a second method of one endpoint (a MethodView
# that reads with GET and creates with POST gets a row for each).
RULES: dict[str, Rule] = {
    "static": Rule(public),
    "auth.login": Rule(public),
    "auth.logout": Rule(authenticated, "POST"),
    "auth.change_password": Rule(authenticated),
    # the holder's own address (issue 14): anyone logged in, for themselves only; a link that is
    # nobody's answers 400 "not valid" (another person's link: 403, tests/security/test_email_change.py)
    "auth.change_email": Rule(authenticated),
    "auth.confirm_email": Rule(authenticated),
    "auth.set_locale": Rule(public, "POST", (("locale", "en"),)),
    "home.index": Rule(public),  # a redirect: to the desk, or to the login page
    "home.desk": Rule(authenticated),
    "admin.index": Rule(any_admin),
    "admin.units": Rule(any_admin),
    "admin.unit_new": Rule(any_admin),
    "admin.unit_edit": Rule(agency_admin),
    "admin.users": Rule(any_admin),
    "admin.user_new": Rule(any_admin),
    "admin.user_edit": Rule(agency_admin),
    "admin.user_toggle_active": Rule(agency_admin, "POST"),
    "admin.user_reset_password": Rule(agency_admin, "POST"),
    # mergers and renames: the operator's administrators only
    "admin.reorganisations": Rule(web_only("admin")),
    "admin.reorganisation_merge": Rule(web_only("admin"), "POST"),
    "admin.reorganisation_rename": Rule(web_only("admin"), "POST"),
    "admin.reorganisation_cancel": Rule(web_only("admin"), "POST"),
    "admin.document_types": Rule(web_only("admin")),
    "admin.document_type_save": Rule(web_only("admin"), "POST", (("code", "KL"), ("abbreviation", "KL"),
                                                                ("name", "Kết luận"), ("active", "y"))),
    # certificates (docflow/web/pki.py); cert_id is a certificate of snnmt.leader
    "pki.my_certificates": Rule(authenticated),
    "pki.change_pin": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.leader" else DENY, "POST"),
    "pki.activate": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.leader" else DENY, "POST"),
    "pki.upload_signature_image": Rule(
        lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.leader" else DENY, "POST"),
    "pki.import_own": Rule(authenticated, "POST"),
    # a certificate "on my token" (issue 23): the holder registers their own, admins for those they administer
    "pki.register_token_own": Rule(authenticated, "POST"),
    "pki.admin_register_token": Rule(any_admin, "POST"),
    "pki.admin_certificates": Rule(any_admin),
    "pki.admin_issue": Rule(any_admin, "POST"),
    "pki.admin_issue_seal": Rule(any_admin, "POST"),
    "pki.admin_import": Rule(any_admin, "POST"),
    "pki.admin_seal_image": Rule(any_admin, "POST"),
    "pki.admin_revoke": Rule(agency_admin, "POST"),
    "pki.admin_unlock": Rule(agency_admin, "POST"),
    "pki.trust": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY),
    "pki.trust_add": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY, "POST"),
    "pki.trust_remove": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY, "POST"),
    "pki_public.crl": Rule(public),
    "pki_public.ca_certificate": Rule(public),
    "pki_public.ocsp_post": Rule(public, "POST"),
    "pki_public.ocsp_get": Rule(public),
    "pki_public.tsa": Rule(public, "POST"),
    # API (docflow/api): document_id is a draft of snnmt.staff, delivery_id a delivery to SNNMT,
    # token_id a token of snnmt.staff, webhook_id a webhook of SNNMT
    "api-docs.openapi_json": Rule(public),
    "api_reference.reference": Rule(public),
    "api_directory.whoami": Rule(api_user, api=True),
    "api_directory.units": Rule(api_user, api=True),
    "api_directory.document_types": Rule(api_user, api=True),
    "api_directory.unit": Rule(api_own, api=True),
    "api_directory.users": Rule(api_user, api=True),
    "api_directory.user": Rule(api_only("snnmt.staff", "snnmt.reviewer", "snnmt.leader", "snnmt.clerk",
                                        "snnmt.auditor", "snnmt.admin", "admin"), api=True),
    "api_directory.register": Rule(api_only("snnmt.leader", "snnmt.clerk", "snnmt.auditor"), api=True),
    "api_directory.verify": Rule(api_user, "POST", (("file", b"%PDF-1.4 not really"),), api=True, multipart=True),
    "api_documents.Documents": Rule(api_user, api=True),
    "api_documents.DocumentItem": Rule(api_own, api=True),
    "api_documents.download_version": Rule(api_own, api=True),
    "api_documents.revise": Rule(api_scope, "POST", _STALE, api=True, multipart=True),
    "api_documents.submit": Rule(api_scope, "POST", _STALE, api=True),
    "api_documents.forward": Rule(api_scope, "POST", _STALE, api=True),
    "api_documents.return_": Rule(api_scope, "POST", (*_STALE, ("comment", "x")), api=True),
    "api_documents.sign": Rule(api_scope, "POST", (*_STALE, ("pin", "000000")), api=True),
    "api_documents.issue": Rule(api_scope, "POST", (*_STALE, ("pin", "000000")), api=True),
    "api_documents.dispatch": Rule(api_scope, "POST", _STALE, api=True),
    "api_documents.recall": Rule(api_scope, "POST", (*_STALE, ("reason", "x")), api=True),
    # two-phase signing (issue 23): preparation_id is a pending preparation of snnmt.leader on the
    # draft, made for an older revision (its signature is refused as stale: reached, nothing signed)
    "api_signing.prepare": Rule(api_scope, "POST", _STALE, api=True),
    "api_signing.prepare_seal": Rule(api_scope, "POST", _STALE, api=True),
    "api_signing.preparations": Rule(api_user, api=True),
    "api_signing.preparation": Rule(api_only("snnmt.leader"), api=True),
    "api_signing.signature": Rule(lambda p: LOGIN if p == "anonymous" else REACHED if p == "snnmt.leader"
                                  else DENY, "POST", (("signature", "AAAAAAAAAAAA"),), api=True),
    "api_signing.cancel": Rule(api_only("snnmt.leader"), "POST", api=True),
    "api_deliveries.Deliveries": Rule(api_user, api=True),
    "api_deliveries.DeliveryItem": Rule(api_own, api=True),
    "api_deliveries.download": Rule(api_own, api=True),
    "api_deliveries.register": Rule(api_scope, "POST", _STALE, api=True),
    # the clerk reaches the service, which refuses the file (400); everyone else is refused (403)
    "api_deliveries.register_external": Rule(api_only("snnmt.clerk"), "POST", (
        ("file", b"%PDF-1.4 not really"), ("source", "paper"), ("subject", "V/v x"), ("doc_type", "CV"),
        ("sender_name", "Ông A")), api=True, multipart=True),
    "api_deliveries.refuse": Rule(api_scope, "POST", (*_STALE, ("reason", "x")), api=True),
    "api_deliveries.assign": Rule(api_scope, "POST", (*_STALE, ("lead_unit_id", 1)), api=True),
    "api_deliveries.start": Rule(api_scope, "POST", _STALE, api=True),
    "api_deliveries.complete": Rule(api_scope, "POST", _STALE, api=True),
    "api_tokens.Tokens": Rule(api_user, api=True),
    "api_tokens.revoke_token": Rule(api_only("snnmt.staff", "snnmt.admin", "admin"), "DELETE", api=True),
    "api_webhooks.Webhooks": Rule(api_only("snnmt.admin", "stc.admin", "admin"), api=True),
    "api_webhooks.delete_webhook": Rule(api_only("snnmt.admin"), "DELETE", api=True),
    "api_webhooks.webhook_deliveries": Rule(api_only("snnmt.admin"), api=True),
    "api_edxml.export_document": Rule(lambda p: LOGIN if p == "anonymous" else REACHED if p == "snnmt.clerk"
                                      else DENY, api=True),
    "api_edxml.export_recall": Rule(lambda p: LOGIN if p == "anonymous" else REACHED if p == "snnmt.clerk"
                                    else DENY, api=True),  # a draft: not recalled, 409 for its clerk
    "api_edxml.packages": Rule(api_only("snnmt.clerk"), api=True),  # the agency's clerks
    "api_edxml.import_package": Rule(api_only("snnmt.clerk"), "POST", (("file", b"<x/>"),), api=True,
                                     multipart=True),
    "api_edxml.export_status": Rule(api_only("snnmt.clerk"), api=True),
    "api_edxml.import_status": Rule(api_user, "POST", (("file", b"<x/>"),), api=True, multipart=True),
    "api_edxml.Organs": Rule(api_user, api=True),
    # adding an exchange partner: the operator's administrators only (an agency's admin: 403)
    "api_edxml.Organs:POST": Rule(api_only("admin"), "POST", (("organ_id", "000.00.97.H97"),
                                                              ("name", "Sở Y tế tỉnh khác")), api=True),
    # the directory of exchange partners (organ_id: an external agency, certificate_id: its
    # registered seal certificate): read by any API user, changed by the operator's admins only
    "api_edxml.OrganSeals": Rule(api_user, api=True),
    "api_edxml.delete_seal": Rule(api_only("admin"), "DELETE", api=True),
    "exchange_admin.index": Rule(web_only("admin")),
    "exchange_admin.partner_add": Rule(web_only("admin"), "POST", (("organ_id", "000.00.98.H98"),
                                                                   ("name", "Sở Y tế tỉnh khác"))),
    "exchange_admin.seal_add": Rule(web_only("admin"), "POST"),  # no file: the form answers 400
    "exchange_admin.seal_remove": Rule(web_only("admin"), "POST"),
    "account.tokens_page": Rule(web_only("snnmt.staff", "snnmt.admin", "admin")),
    # a token acts as its owner: only the owner creates one (issue 14), administrators get 403
    "account.token_create": Rule(web_only("snnmt.staff"), "POST",
                                 (("name", "matrix"), ("expires_in_days", "30"))),
    "account.token_revoke": Rule(web_only("snnmt.staff", "snnmt.admin", "admin"), "POST"),
    "webhooks_admin.index": Rule(any_admin),
    "webhooks_admin.create": Rule(any_admin, "POST", (("url", "http://127.0.0.1:9/hook"),
                                                      ("secret", "s" * 20))),
    "webhooks_admin.delete": Rule(web_only("snnmt.admin"), "POST"),
    # documents: a draft of snnmt.staff (document_id, version_id) and a delivery to SNNMT sent
    # by Sở Tài chính (delivery_id). Actions answer own-agency users (the service then decides
    # on the role and state); other agencies get 404.
    "documents.index": Rule(authenticated),
    "documents.new": Rule(staff_role),
    "documents.edit": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.staff" else DENY),
    "documents.show": Rule(own_agency),
    "documents.submit": Rule(own_agency, "POST"),
    "documents.forward": Rule(own_agency, "POST"),
    "documents.return_": Rule(own_agency, "POST"),
    # the drafter moves the places of the number and the date (the service decides: drafter, editable)
    "documents.places": Rule(own_agency, "POST"),
    "documents.sign": Rule(own_agency, "POST"),
    # the signature on the leader's own token: started like a signature; its status (preparation_id,
    # snnmt.leader's on the draft) is seen by the leader who started it only
    "documents.sign_token": Rule(own_agency, "POST"),
    "documents.issue_token": Rule(own_agency, "POST"),
    "documents.sign_token_status": Rule(web_only("snnmt.leader")),
    "documents.issue": Rule(own_agency, "POST"),
    "documents.dispatch": Rule(own_agency, "POST"),
    "documents.recall": Rule(own_agency, "POST"),
    "documents.batch_sign": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.leader" else DENY),
    "documents.download": Rule(own_agency),
    # the Word file the draft's PDF was converted from: readers of the document (not recipients)
    "documents.source": Rule(own_agency),
    # a conversion is seen by the person who uploaded the Word file only
    "documents.conversion": Rule(web_only("snnmt.staff")),
    "documents.page_image": Rule(own_agency),
    # the preview of the signature box: only the draft's signer sees their own signature image
    "documents.appearance_image": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "snnmt.leader" else DENY,
                                       args=(("kind", "signature"),)),
    "incoming.index": Rule(authenticated),
    "incoming.new": Rule(web_only("snnmt.clerk")),
    "incoming.show": Rule(own_agency),
    "incoming.register": Rule(own_agency, "POST"),
    "incoming.refuse": Rule(own_agency, "POST"),
    "incoming.assign": Rule(own_agency, "POST"),
    "incoming.start": Rule(own_agency, "POST"),
    "incoming.complete": Rule(own_agency, "POST"),
    "incoming.stamp": Rule(own_agency, "POST"),
    "registers.register": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p in (
        "snnmt.leader", "snnmt.clerk", "snnmt.auditor") else DENY),
    "registers.stats": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p in (
        "snnmt.leader", "snnmt.clerk", "snnmt.auditor", "snnmt.admin", "stc.admin", "admin") else DENY),
    # electronic copies: the actions answer own-agency users (the service decides on the clerk and
    # the state), the copy's page and bytes its agency's users, the register of copies as registers
    "copies.copy_document": Rule(own_agency, "POST"),
    "copies.copy_delivery": Rule(own_agency, "POST"),
    "copies.copy_copy": Rule(own_agency, "POST"),
    "copies.show": Rule(own_agency),
    "copies.download": Rule(own_agency),
    "copies.index": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p in (
        "snnmt.leader", "snnmt.clerk", "snnmt.auditor") else DENY),
    "registers.notifications": Rule(authenticated),
    "registers.notifications_read": Rule(authenticated, "POST"),
    # verification and audit trail (docflow/web/audit.py): auditors and clerks verify; version_id is
    # the unsigned draft above (its as-signed views are 404: no signature), sha256 an upload in
    # nobody's cache (404 for everyone: uploads are bound to their user); the trail is auditors' only.
    "audit.verify": Rule(verifier),
    **{f"audit.upload_{view}": Rule(lambda p: LOGIN if p == "anonymous" else DENY)
       for view in ("report", "json", "pdf", "signed", "compare", "page")},
    **{f"audit.version_{view}": Rule(verifier) for view in ("report", "json", "pdf", "page")},
    "audit.version_signed": Rule(lambda p: LOGIN if p == "anonymous" else DENY),
    "audit.version_compare": Rule(lambda p: LOGIN if p == "anonymous" else DENY),
    "audit.delivery_report": Rule(verifier),
    "audit.trail": Rule(auditor_role),
    "audit.trail_csv": Rule(auditor_role),
    "audit.trail_check": Rule(auditor_role, "POST"),
}


def _url_args(app, db, demo) -> dict[str, object]:
    division = db.execute(select(Unit).where(Unit.name == "Phòng Quản lý đất đai")).scalar_one()
    document, version_id, delivery_id = _documents(app, db, demo)
    return {"unit_id": division.id, "user_id": demo["snnmt.staff"].id, "filename": "app.css",
            "cert_id": _leader_certificate(db, demo["snnmt.leader"]), "slug": "issuing", "request_b64": "MA==",
            "document_id": document, "version_id": version_id, "delivery_id": delivery_id, "page": 1,
            "kind": "outgoing", "sha256": "ab" * 32, "index": 0, "reorg_id": _scheduled_merger(db),
            "conversion_id": _conversion(db, demo), "token": "not-a-confirmation-link-" + "x" * 20,
            "copy_id": _copy(db, demo, document), "preparation_id": _preparation(db, demo, document),
            **_exchange_partner(app, db)}


def _preparation(db, demo, document_id: int) -> int:
    """A pending two-phase signature of snnmt.leader on the draft, for an older revision."""
    import datetime as dt

    from docflow.models import Certificate, SigningPreparation

    now = dt.datetime.now(dt.UTC)
    leader = demo["snnmt.leader"]
    cert = db.execute(select(Certificate.id).where(Certificate.user_id == leader.id)).scalars().first()
    row = SigningPreparation(document_id=document_id, revision=0, base_sha256="0" * 64, kind="signature",
                             user_id=leader.id, certificate_id=cert, digest="0" * 64,
                             state={}, summary={}, created_at=now, expires_at=now + dt.timedelta(hours=1))
    db.add(row)
    db.commit()
    return row.id


def _exchange_partner(app, db) -> dict[str, object]:
    """An external agency with one registered seal certificate (self-signed: only its owner matters)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from docflow.edxml import seals
    from docflow.edxml.service import add_external_agency
    from tests.support.pki import TestCA

    unit = add_external_agency(db, None, "000.00.99.H99", "Sở Tư pháp tỉnh khác")
    pem = TestCA("Sở Tư pháp tỉnh khác", key_kind="ec").cert.public_bytes(Encoding.PEM)
    row = seals.register_seal(db, None, unit, pem)
    db.commit()
    return {"organ_id": "000.00.99.H99", "certificate_id": row.id}


def _scheduled_merger(db) -> int:
    """A merger scheduled far ahead (nothing moves): the page that cancels it needs its id."""
    import datetime as dt

    from docflow.organisation.reorganise import schedule_merger

    agency = {code: db.execute(select(Unit).where(Unit.code == code, Unit.kind == "agency")).scalar_one()
              for code in ("UBNDXTT", "UBNDXNH")}
    reorg = schedule_merger(db, predecessors=[agency["UBNDXTT"]], successor=agency["UBNDXNH"],
                            effective_on=dt.date(2099, 1, 1))
    db.commit()
    return reorg.id


def _documents(app, db, demo) -> tuple[int, int, int]:
    """A real draft of Sở NN&MT, and a delivery to Sở NN&MT of a document of Sở Tài chính."""
    from docflow.models import Delivery, DeliveryStatus, DocStatus, DocType, Unit
    from docflow.runtime import workflow_context
    from docflow.workflow.outgoing import DraftInput, Upload, create_draft
    from tests.support.pdfs import official_letter

    ctx = workflow_context(db, app.config["DOCFLOW"])
    agency = {code: db.execute(select(Unit).where(Unit.code == code, Unit.kind == "agency")).scalar_one()
              for code in ("SNNMT", "STC")}
    pdf = Upload("cv.pdf", official_letter())
    draft = create_draft(db, ctx, demo["snnmt.staff"], DraftInput(
        doc_type=DocType.CV, subject="Dự thảo kiểm tra quyền", recipients=[agency["STC"].id],
        signer_id=demo["snnmt.leader"].id), pdf)
    incoming_doc = create_draft(db, ctx, demo["stc.staff"], DraftInput(
        doc_type=DocType.CV, subject="Văn bản gửi Sở NN&MT", recipients=[agency["SNNMT"].id],
        signer_id=demo["stc.leader"].id), pdf)
    incoming_doc.status = DocStatus.DISPATCHED
    delivery = Delivery(document_id=incoming_doc.id, recipient_agency_id=agency["SNNMT"].id,
                        status=DeliveryStatus.RECEIVED, verdict="TOTAL_PASSED", verification={},
                        verified_sha256=incoming_doc.main_file.current.sha256)
    db.add(delivery)
    from docflow.pki import service as pki
    from tests.support.images import signature_png

    pki.set_signature_image(db, demo["snnmt.leader"], signature_png(), actor=None)
    current = draft.main_file.current  # as if converted from Word: the original kept beside it
    current.details = {**current.details, "source": {"filename": "cv.docx", "sha256": current.sha256,
                                                     "size": current.size, "format": "docx"}}
    db.commit()
    return draft.id, draft.main_file.current.id, delivery.id


def _copy(db, demo, document_id: int) -> int:
    """An electronic copy made by Sở NN&MT (its bytes: the draft's, which the blob store has)."""
    from docflow.models import CopyForm, Document, DocumentCopy

    doc = db.get(Document, document_id)
    sha = doc.main_file.current.sha256
    row = DocumentCopy(agency_id=doc.agency_id, form=CopyForm.SAO_Y, year=2026, number=1, notation="01/SY-SNNMT",
                       document_id=doc.id, source_sha256=sha, sha256=sha, size=1, page_count=1,
                       created_by_id=demo["snnmt.clerk"].id)
    db.add(row)
    db.commit()
    return row.id


def _conversion(db, demo) -> int:
    """A failed conversion of snnmt.staff (its page shows the reason)."""
    from docflow.models import Conversion, ConversionStatus

    row = Conversion(created_by_id=demo["snnmt.staff"].id, status=ConversionStatus.FAILED, filename="cv.docx",
                     source_sha256="0" * 64, source_size=1, source_format="docx",
                     draft={"doc_type": "CV", "subject": "x", "recipients": [], "signer_id": demo["snnmt.leader"].id,
                            "urgency": "normal", "confidentiality": "normal"},
                     attachments=[], error="The file %(name)s is empty.", error_params={"name": "cv.docx"})
    db.add(row)
    db.commit()
    return row.id


def _leader_certificate(db, leader) -> int:
    """A certificate row of snnmt.leader (no key: the pages only need its owner)."""
    import datetime as dt

    from docflow.models import Certificate, CertificateOwner, KeyBackend

    now = dt.datetime.now(dt.UTC)
    cert = Certificate(owner_kind=CertificateOwner.PERSONAL, user_id=leader.id, agency_id=leader.agency_id,
                       subject_cn=leader.full_name, subject=f"CN={leader.full_name}", serial="1f", issuer="issuing",
                       issuer_name="CN=test", not_before=now, not_after=now + dt.timedelta(days=1), sha256="0" * 64,
                       algorithm="ec-p256", cert_der=b"\x30\x00", key_backend=KeyBackend.SOFTWARE)
    db.add(cert)
    db.commit()
    return cert.id


def _endpoints(app) -> dict[str, tuple[str, set[str]]]:
    found: dict[str, tuple[str, set[str]]] = {}
    for rule in app.url_map.iter_rules():
        found[rule.endpoint] = (rule.rule, set(rule.methods or ()) - {"HEAD", "OPTIONS"})
    return found


def endpoint_of(key: str) -> str:
    return key.split(":", 1)[0]


def test_every_route_has_a_rule(app):
    ruled = {endpoint_of(k) for k in RULES}
    unknown = sorted(set(_endpoints(app)) - ruled)
    assert not unknown, f"routes without an access rule in tests/test_authorization.py: {unknown}"
    stale = sorted(ruled - set(_endpoints(app)))
    assert not stale, f"rules for routes that no longer exist: {stale}"
    for key, rule in RULES.items():
        if ":" in key:
            assert key.split(":", 1)[1] == rule.method, f"{key}: the rule's method is {rule.method}"
            assert rule.method in _endpoints(app)[endpoint_of(key)][1], f"{key}: the route does not answer it"


def test_no_state_change_by_get(app):
    for endpoint, (path, methods) in _endpoints(app).items():
        rule = RULES.get(endpoint)
        if rule and rule.method == "POST":
            assert "GET" not in methods, f"{endpoint} ({path}) changes state but answers GET"


def _api_args(app, db, demo) -> dict[str, object]:
    """A token of snnmt.staff and a webhook of Sở NN&MT (for the API and account rules)."""
    from docflow.api import tokens
    from docflow.webhooks import service as webhooks

    token = tokens.create_token(db, demo["snnmt.staff"], demo["snnmt.staff"], "matrix").row.id
    hook = webhooks.create_webhook(db, demo["snnmt.admin"], "http://127.0.0.1:9/hook", "s" * 20,
                                   config=app.config["DOCFLOW"]).id
    db.commit()
    return {"token_id": token, "webhook_id": hook}


def _api_tokens(db, demo) -> dict[str, str]:
    from docflow.api import tokens

    out = {p: tokens.create_token(db, demo[p], demo[p], "matrix").token for p in PERSONAS if p != "anonymous"}
    db.commit()
    return out


def _api_request(client, url: str, rule: Rule, token: str | None):
    import io

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if rule.method == "GET":
        return client.get(url, headers=headers)
    if rule.multipart:
        data = {k: (io.BytesIO(v), "f.pdf") if isinstance(v, bytes) else str(v) for k, v in rule.data}
        return client.open(url, method=rule.method, headers=headers, data=data, content_type="multipart/form-data")
    return client.open(url, method=rule.method, headers=headers, json=dict(rule.data))


def _outcome(response) -> str:
    # flask-login sends anonymous users to /login?next=...; a successful logout goes to /login
    if response.status_code == 302 and "/login?next=" in response.headers.get("Location", ""):
        return LOGIN
    # a form sent without a session is not redirected (that would drop it): "log in again", 401
    if response.status_code == 401 and b'id="session-ended"' in response.data:
        return LOGIN
    if response.is_json and response.status_code in (401, 403, 404, 409, 422, 500):
        # /api answers the JSON envelope; 401 is its "log in first" (no redirect, no cookie)
        code = (response.get_json() or {}).get("error", {}).get("code")
        if response.status_code == 401 and code == "unauthorized":
            return LOGIN
        if response.status_code == 409 and code in ("stale_revision", "invalid_transition"):
            return REACHED
    if response.status_code in (403, 404):
        return DENY
    if response.status_code < 400 or response.status_code == 400:
        return ALLOW
    return f"unexpected {response.status_code}"


@pytest.mark.parametrize("key", sorted(RULES))
def test_access_matrix(app, demo, db, key):
    from flask import url_for

    rule, endpoint = RULES[key], endpoint_of(key)
    args = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    with app.test_request_context():
        path, _methods = _endpoints(app)[endpoint]
        needed = {k: v for k, v in {**args, **dict(rule.args)}.items() if f"<{k}>" in path or f":{k}>" in path}
        url = url_for(endpoint, **needed)
    failures = []
    if rule.api:
        tokens = _api_tokens(db, demo)
        for persona in PERSONAS:
            # a session cookie must not count under /api: every persona is also logged in
            client = app.test_client()
            if persona != "anonymous":
                login = client.post("/login", data={"username": persona, "password": _password(persona),
                                                    "csrf_token": csrf_token(client)})
                assert login.status_code == 302, persona
            response = _api_request(client, url, rule, tokens.get(persona))
            got, want = _outcome(response), rule.who(persona)
            if got != want:
                failures.append(f"{persona}: expected {want}, got {got} ({response.status_code})")
        assert not failures, f"{endpoint} {url}: " + "; ".join(failures)
        return
    for persona in PERSONAS:
        client = app.test_client()
        if persona != "anonymous":
            token = csrf_token(client)
            login = client.post("/login", data={"username": persona, "password": _password(persona),
                                                "csrf_token": token})
            assert login.status_code == 302, persona
        if rule.method == "POST":
            token = csrf_token(client, "/login" if persona == "anonymous" else "/desk")
            response = client.post(url, data={**dict(rule.data), "csrf_token": token})
        else:
            response = client.get(url)
        got, want = _outcome(response), rule.who(persona)
        if got != want:
            failures.append(f"{persona}: expected {want}, got {got} ({response.status_code})")
    assert not failures, f"{endpoint} {url}: " + "; ".join(failures)


def _password(persona: str) -> str:
    from .conftest import DEMO_PASSWORD

    return "Admin-pass-2026" if persona == "admin" else DEMO_PASSWORD

"""Two docflow installations exchange a document in edXML over HTTP (export from A through
its API, import into B through its API): the signatures stay valid at B, and B's status
(06 completed) returns to A."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select

from docflow.edxml import service as exchange
from docflow.edxml.package import NS_EDOC, NS_QCVN, parse_package
from docflow.models import Unit
from tests.conftest import DEMO_PIN
from tests.support.pdfs import official_letter

from .conftest import Installation, _tokens

ORGAN_A = "000.00.31.H53"  # Sở NN&MT at installation A
ORGAN_B = "000.00.31.H55"  # Sở Tài chính at installation B


def _ok(response, status: int = 200):
    assert response.status_code == status, (response.status_code, response.text[:800])
    return response


def _setup_a(world) -> tuple[Installation, int]:
    db = world.db
    exchange.set_organ_id(db, None, world.agency("SNNMT"), ORGAN_A)
    external = exchange.add_external_agency(db, None, ORGAN_B, "Sở Tài chính (hệ thống B)")
    db.commit()
    tokens = _tokens(db, ["snnmt.staff", "snnmt.reviewer", "snnmt.leader", "snnmt.clerk", "stc.clerk"])
    return Installation(world.app, world.config.base_url, tokens), external.id


def _setup_b(b: Installation, root_pem: bytes, seal_pem: bytes) -> None:
    from docflow.edxml import seals
    from docflow.pki import service as pki

    session = b.app.extensions["docflow.write_sessionmaker"]()
    pki.add_trust_anchor(session, b.app.config["DOCFLOW"], root_pem, actor=None)  # as B's admin would
    stc = session.execute(select(Unit).where(Unit.code == "STC", Unit.kind == "agency")).scalar_one()
    exchange.set_organ_id(session, None, stc, ORGAN_B)
    # B's directory of exchange partners: A's Sở NN&MT and the certificate of its seal
    partner = exchange.add_external_agency(session, None, ORGAN_A, "Sở Nông nghiệp và Môi trường (hệ thống A)")
    seals.register_seal(session, None, partner, seal_pem)
    session.commit()
    session.close()


def _dispatch_at_a(a: Installation, recipient_id: int, **extra: str) -> dict:
    users = {u["username"]: u["id"] for u in _ok(a.call("GET", "/api/v1/users", "snnmt.staff")).json()}
    files = [("main_pdf", ("cong-van.pdf", official_letter(signer_title="", signer_name=""), "application/pdf")),
             ("attachments", ("phu-luc.pdf", official_letter(signer_title="", signer_name="", amount="1 đồng"),
                              "application/pdf"))]
    form = {"doc_type": "CV", "subject": "V/v phối hợp thẩm định kinh phí", "recipients": [str(recipient_id)],
            "signer_id": str(users["snnmt.leader"]), "reviewer_id": str(users["snnmt.reviewer"]),
            "authority_line": "KT. GIÁM ĐỐC", **extra}
    doc = _ok(a.call("POST", "/api/v1/documents", "snnmt.staff", data=form, files=files), 201).json()
    steps = (("snnmt.staff", "submit", {}), ("snnmt.reviewer", "forward", {}),
             ("snnmt.leader", "sign", {"pin": DEMO_PIN}), ("snnmt.clerk", "issue", {"pin": DEMO_PIN}),
             ("snnmt.clerk", "dispatch", {}))
    for user, action, extra in steps:
        doc = _ok(a.call("POST", f"/api/v1/documents/{doc['id']}/{action}", user,
                         json={"revision": doc["revision"], **extra})).json()
    assert doc["status"] == "dispatched"
    return doc


def test_two_installations_exchange_a_document(installation_a, installation_b):
    from docflow.pki import service as pki

    world, b = installation_a, installation_b
    a, external_id = _setup_a(world)
    root = pki.ensure_dev_ca(world.config).root.certificate
    from cryptography.hazmat.primitives.serialization import Encoding

    seal = pki.active_certificate(world.db, agency=world.agency("SNNMT"))
    from cryptography import x509

    _setup_b(b, root.public_bytes(Encoding.PEM),
             x509.load_der_x509_certificate(seal.cert_der).public_bytes(Encoding.PEM))
    doc = _dispatch_at_a(a, external_id)

    # A exports over its API; the package is QCVN 102 edXML with the signed PDFs
    package = _ok(a.call("GET", f"/api/v1/edxml/documents/{doc['id']}?to={ORGAN_B}", "snnmt.clerk")).content
    assert NS_QCVN.encode() in package[:400]
    parsed = parse_package(package)
    assert parsed.sender.organ_id == ORGAN_A and parsed.recipients[0].organ_id == ORGAN_B
    assert parsed.code_notation == doc["notation"].split("/", 1)[1] and parsed.subject == doc["subject"]
    assert parsed.document_id == f"{ORGAN_A},{dt.date.today():%Y/%m/%d},{doc['notation']}" or \
        parsed.document_id.startswith(f"{ORGAN_A},")
    assert parsed.signer.full_name == "Nguyễn Văn Nghĩa" and len(parsed.attachments) == 2

    # B imports over its API: verified on arrival, signatures valid with A's root trusted
    delivery = _ok(b.call("POST", "/api/v1/edxml/import", "stc.clerk",
                          files={"file": ("doc.edxml", io.BytesIO(package), "application/xml")}), 201).json()
    assert delivery["status"] == "received", delivery["refused_reason"]
    assert delivery["verdict"] == "TOTAL_PASSED", delivery["verification"]
    assert delivery["verification"]["sender_check"]["bound_by"] == "registered"  # A's seal, registered at B
    assert delivery["notation"] == doc["notation"]
    again = b.call("POST", "/api/v1/edxml/import", "stc.clerk",
                   files={"file": ("doc.edxml", io.BytesIO(package), "application/xml")})
    assert again.status_code == 409 and again.json()["error"]["code"] == "duplicate_package"

    # B processes it through its API, then sends its status back
    path = f"/api/v1/deliveries/{delivery['id']}"
    delivery = _ok(b.call("POST", path + "/register", "stc.clerk", json={"revision": delivery["revision"]})).json()
    status_03 = _ok(b.call("GET", f"/api/v1/edxml/deliveries/{delivery['id']}/status", "stc.clerk")).content
    result = _ok(a.call("POST", "/api/v1/edxml/status", "snnmt.clerk",
                        files={"file": ("status.edxml", io.BytesIO(status_03))})).json()
    assert (result["status_code"], result["status"]) == ("03", "registered")

    units = _ok(b.call("GET", "/api/v1/units", "stc.leader")).json()
    lead = next(u["id"] for u in units if u["name"] == "Phòng Quản lý ngân sách")
    delivery = _ok(b.call("POST", path + "/assign", "stc.leader", json={
        "revision": delivery["revision"], "lead_unit_id": lead})).json()
    delivery = _ok(b.call("POST", path + "/start", "stc.staff", json={"revision": delivery["revision"]})).json()
    delivery = _ok(b.call("POST", path + "/complete", "stc.staff",
                          json={"revision": delivery["revision"], "note": "Đã thẩm định"})).json()
    status_06 = _ok(b.call("GET", f"/api/v1/edxml/deliveries/{delivery['id']}/status", "stc.clerk")).content
    assert b"<edXML:StatusCode>06</edXML:StatusCode>" in status_06
    result = _ok(a.call("POST", "/api/v1/edxml/status", "snnmt.clerk",
                        files={"file": ("status.edxml", io.BytesIO(status_06))})).json()
    assert (result["status_code"], result["status"]) == ("06", "completed")

    # A sees the external recipient's status
    doc = _ok(a.call("GET", f"/api/v1/documents/{doc['id']}", "snnmt.staff")).json()
    assert [(r["agency_id"], r["status"]) for r in doc["recipients_status"]] == [(external_id, "completed")]
    # another agency of A cannot apply statuses to SNNMT's document
    denied = a.call("POST", "/api/v1/edxml/status", "stc.clerk", files={"file": ("s.edxml", io.BytesIO(status_06))})
    assert denied.status_code == 403

    # the variant namespace is accepted too
    variant = package.replace(NS_QCVN.encode(), NS_EDOC.encode())
    assert parse_package(variant).namespace == NS_EDOC

"""Recall and replacement across two installations (issue 22): A recalls a document it sent to
B by edXML, sends status 13; B's copy is withdrawn exactly like an internal recall (frozen,
recalled, clerks told) and B's status back is 15, which A records. A's replacement then arrives
at B as a replacement (BussinessDocType 3 naming the replaced DocumentId) and is linked to the
copy it replaces. Real HTTP servers, real signed packages."""

from __future__ import annotations

import io

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from docflow.edxml.package import parse_status
from docflow.pki import service as pki
from tests.support import edxml_sdk

from .test_exchange import ORGAN_A, ORGAN_B, _dispatch_at_a, _ok, _setup_a, _setup_b


def _file(data: bytes, name: str = "message.edxml") -> dict:
    return {"file": (name, io.BytesIO(data), "application/xml")}


def test_a_recall_reaches_the_other_installation_and_its_answer_comes_back(installation_a, installation_b):
    from docflow.models import DocumentEvent

    world, b = installation_a, installation_b
    a, external_id = _setup_a(world)
    seal = pki.active_certificate(world.db, agency=world.agency("SNNMT"))
    _setup_b(b, pki.ensure_dev_ca(world.config).root.certificate.public_bytes(Encoding.PEM),
             x509.load_der_x509_certificate(seal.cert_der).public_bytes(Encoding.PEM))
    doc = _dispatch_at_a(a, external_id)
    package = _ok(a.call("GET", f"/api/v1/edxml/documents/{doc['id']}?to={ORGAN_B}", "snnmt.clerk")).content
    copy = _ok(b.call("POST", "/api/v1/edxml/import", "stc.clerk", files=_file(package)), 201).json()
    assert copy["status"] == "received", copy["refused_reason"]

    # not recalled yet: nothing to ask back
    early = a.call("GET", f"/api/v1/edxml/documents/{doc['id']}/recall", "snnmt.clerk")
    assert early.status_code == 409 and early.json()["error"]["code"] == "invalid_transition"
    doc = _ok(a.call("POST", f"/api/v1/documents/{doc['id']}/recall", "snnmt.clerk",
                     json={"revision": doc["revision"], "reason": "Sai số liệu kinh phí"})).json()
    assert doc["status"] == "recalled"
    request = _ok(a.call("GET", f"/api/v1/edxml/documents/{doc['id']}/recall", "snnmt.clerk")).content
    asked = edxml_sdk.read_status(request)
    assert (asked["code"], asked["from"]["OrganId"], asked["description"]) == ("13", ORGAN_A, "Sai số liệu kinh phí")
    assert asked["response_for"]["DocumentId"] == parse_status(request).response_for_document_id

    # B applies it: its copy is withdrawn, cannot be registered, and its clerks are told
    applied = _ok(b.call("POST", "/api/v1/edxml/status", "stc.clerk", files=_file(request))).json()
    assert (applied["status_code"], applied["status"]) == ("13", "recalled")
    copy = _ok(b.call("GET", f"/api/v1/deliveries/{copy['id']}", "stc.clerk")).json()
    assert copy["status"] == "recalled"
    refused = b.call("POST", f"/api/v1/deliveries/{copy['id']}/register", "stc.clerk",
                     json={"revision": copy["revision"]})
    assert refused.status_code == 409
    again = _ok(b.call("POST", "/api/v1/edxml/status", "stc.clerk", files=_file(request))).json()
    assert again["status"] == "recalled"  # asked twice: withdrawn once

    # B's answer: 15, agreed; A records it in the document's history
    answer = _ok(b.call("GET", f"/api/v1/edxml/deliveries/{copy['id']}/status", "stc.clerk")).content
    assert edxml_sdk.read_status(answer)["code"] == "15"
    result = _ok(a.call("POST", "/api/v1/edxml/status", "snnmt.clerk", files=_file(answer))).json()
    assert (result["status_code"], result["status"]) == ("15", "recalled")
    world.db.rollback()
    events = world.db.execute(select(DocumentEvent).where(DocumentEvent.document_id == doc["id"],
                                                          DocumentEvent.action == "edxml_status")).scalars().all()
    assert [e.details["code"] for e in events] == ["15"]

    # the replacement: a new document of A replacing the recalled one, sent to the same partner
    old_id = parse_status(request).response_for_document_id
    new = _dispatch_at_a(a, external_id, replaces_id=str(doc["id"]))
    replacing = _ok(a.call("GET", f"/api/v1/edxml/documents/{new['id']}?to={ORGAN_B}", "snnmt.clerk")).content
    business = edxml_sdk.read_package(replacing)["business"]
    assert (business["doc_type"], business["replacements"]) == ("3", [{"document_id": old_id,
                                                                       "organ_ids": [ORGAN_B]}])
    new_copy = _ok(b.call("POST", "/api/v1/edxml/import", "stc.clerk", files=_file(replacing)), 201).json()
    assert new_copy["status"] == "received", new_copy["refused_reason"]

    # each side lists what it exchanged, with the last status from the other side
    sent = _ok(a.call("GET", "/api/v1/edxml/packages?direction=out", "snnmt.clerk")).json()
    assert [(p["edxml_document_id"], p["remote_organ_id"], p["last_status"]) for p in sent] == [
        (edxml_sdk.read_package(replacing)["document_id"], ORGAN_B, None), (old_id, ORGAN_B, "15")]
    assert sent[1]["last_status_name"] == "Đồng ý lấy lại" and sent[1]["document_id"] == doc["id"]
    received = _ok(b.call("GET", "/api/v1/edxml/packages", "stc.clerk")).json()
    assert [(p["direction"], p["delivery_id"], p["last_status"]) for p in received] == [
        ("in", new_copy["id"], None), ("in", copy["id"], "15")]
    assert b.call("GET", "/api/v1/edxml/packages", "stc.leader").status_code == 403

    session = b.app.extensions["docflow.write_sessionmaker"]()
    try:
        from docflow.models import Delivery as _Delivery

        replaced_doc = session.get(_Delivery, copy["id"]).document_id
        assert session.get(_Delivery, new_copy["id"]).document.replaces_id == replaced_doc
    finally:
        session.close()

    session = b.app.extensions["docflow.write_sessionmaker"]()
    try:
        from docflow.models import Delivery, Notification

        delivery = session.get(Delivery, copy["id"])
        assert delivery.frozen and delivery.document.recall_reason == "Sai số liệu kinh phí"
        recalled = session.execute(select(DocumentEvent).where(DocumentEvent.delivery_id == copy["id"],
                                                               DocumentEvent.action == "recalled")).scalars().all()
        assert len(recalled) == 1 and recalled[0].details["code"] == "13"
        assert session.execute(select(Notification).where(Notification.delivery_id == copy["id"])).first()
    finally:
        session.close()

"""POST /api/v1/deliveries/external: a clerk's integration registers a paper or e-mailed
document; it takes the next incoming number and is then directed through the same API."""

from __future__ import annotations

import io

from tests.api.helpers import ok, pdf, user_id


def _register(api, **form):
    data = {"source": "email", "subject": "V/v đề nghị hỗ trợ kinh phí", "doc_type": "CV",
            "sender_name": "Công ty TNHH Thủy lợi Quảng Ngãi", "notation": "125/CV-TL", "document_date": "2026-12-01",
            "urgency": "urgent", "deadline": "2027-01-20", **form,
            "file": (io.BytesIO(pdf()), "email.pdf", "application/pdf")}
    return api.post("/api/v1/deliveries/external", data=data, json=None, content_type="multipart/form-data")


def test_a_clerk_registers_an_e_mailed_document_through_the_api(as_user, world):
    clerk = as_user("snnmt.clerk")
    first = ok(_register(clerk), 201)
    assert first["status"] == "registered" and first["source"] == "email" and first["incoming_number"] >= 1
    assert first["sender_agency_name"] == "Công ty TNHH Thủy lợi Quảng Ngãi" and first["sender_agency_id"] is None
    assert first["requested_deadline"] == "2027-01-20" and first["notation"] == "125/CV-TL"
    second = ok(_register(clerk, source="paper", notation="126/CV-TL"), 201)
    assert second["incoming_number"] == first["incoming_number"] + 1
    listed = ok(clerk.get("/api/v1/deliveries"))
    assert {first["id"], second["id"]} <= {d["id"] for d in listed["items"]}

    leader = as_user("snnmt.leader")
    lead = world.unit("Phòng Quản lý đất đai", "SNNMT").id
    assigned = ok(leader.post(f"/api/v1/deliveries/{first['id']}/assign", json={
        "revision": first["revision"], "lead_unit_id": lead, "handler_id": user_id(leader, "snnmt.staff"),
        "deadline": "2027-01-20", "direction": "Phòng QLĐĐ xử lý."}))
    assert assigned["status"] == "assigned"


def test_only_a_clerk_registers_and_bad_input_is_explained(as_user):
    assert _register(as_user("snnmt.staff")).status_code == 403
    bad = _register(as_user("snnmt.clerk"), sender_name="")
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_document"
    missing = as_user("snnmt.clerk").post("/api/v1/deliveries/external", data={"source": "paper"}, json=None,
                                          content_type="multipart/form-data")
    assert missing.status_code == 422

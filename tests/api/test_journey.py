"""The whole outgoing → incoming journey, scripted only through the API."""

from __future__ import annotations

import datetime as dt

from tests.conftest import DEMO_PIN

from .helpers import act, agency_id, create_draft, ok


def test_journey_through_the_api_only(as_user):
    staff, reviewer, leader, clerk = (as_user(u) for u in ("snnmt.staff", "snnmt.reviewer", "snnmt.leader",
                                                          "snnmt.clerk"))
    doc = create_draft(staff, attachments=1)
    assert doc["status"] == "draft" and len(doc["files"]) == 2
    doc = act(staff, doc, "submit")
    assert doc["status"] == "in_review"
    doc = act(reviewer, doc, "return", comment="Bổ sung số liệu")
    assert doc["status"] == "returned"
    doc = act(staff, doc, "submit")
    doc = act(reviewer, doc, "forward", comment="Đề nghị Giám đốc ký")
    doc = act(leader, doc, "sign", pin=DEMO_PIN)
    assert doc["status"] == "signed"
    doc = act(clerk, doc, "issue", pin=DEMO_PIN)
    assert doc["status"] == "issued" and doc["notation"].endswith("/SNNMT-QLĐĐ")
    doc = act(clerk, doc, "dispatch")
    assert doc["status"] == "dispatched"
    assert [(r["agency_id"], r["status"]) for r in doc["recipients_status"]] == [
        (agency_id(staff, "UBNDXNH"), "received")]

    main = doc["files"][0]
    latest = main["versions"][-1]
    pdf = staff.get(f"/api/v1/documents/{doc['id']}/versions/{latest['id']}")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert pdf.headers["X-Content-SHA256"] == latest["sha256"]

    # --- the recipient
    b_clerk, b_leader, b_staff = as_user("ubndxnh.clerk"), as_user("ubndxnh.leader"), as_user("ubndxnh.staff")
    inbox = ok(b_clerk.get("/api/v1/deliveries?status=received"))
    assert inbox["meta"]["total"] == 1
    delivery = ok(b_clerk.get(f"/api/v1/deliveries/{inbox['items'][0]['id']}"))
    assert delivery["verdict"] == "TOTAL_PASSED" and delivery["verification"]["schema"] == "docflow.verification/1"
    copy = b_clerk.get(f"/api/v1/deliveries/{delivery['id']}/pdf")
    assert copy.status_code == 200 and copy.data.startswith(b"%PDF")
    report = ok(b_clerk.post("/api/v1/verify", data={"file": (__import__("io").BytesIO(copy.data), "copy.pdf")},
                             json=None, content_type="multipart/form-data"))
    assert report["verdict"] == "TOTAL_PASSED" and len(report["signatures"]) == 3  # leader, seal, archive timestamp

    delivery = ok(b_clerk.post(f"/api/v1/deliveries/{delivery['id']}/register",
                               json={"revision": delivery["revision"]}))
    assert delivery["status"] == "registered" and delivery["incoming_number"] == 1
    units = ok(b_leader.get("/api/v1/units"))
    lead = next(u["id"] for u in units if u["name"] == "Phòng Kinh tế")
    handler = next(u["id"] for u in ok(b_leader.get("/api/v1/users")) if u["username"] == "ubndxnh.staff")
    deadline = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    delivery = ok(b_leader.post(f"/api/v1/deliveries/{delivery['id']}/assign", json={
        "revision": delivery["revision"], "lead_unit_id": lead, "deadline": deadline, "handler_id": handler,
        "direction": "Chủ trì, báo cáo trước hạn"}))
    assert delivery["status"] == "assigned" and delivery["deadline"] == deadline
    delivery = ok(b_staff.post(f"/api/v1/deliveries/{delivery['id']}/start", json={"revision": delivery["revision"]}))
    delivery = ok(b_staff.post(f"/api/v1/deliveries/{delivery['id']}/complete",
                               json={"revision": delivery["revision"], "note": "Đã xong"}))
    assert delivery["status"] == "completed"

    # the sender sees it; the registers show both sides
    doc = ok(staff.get(f"/api/v1/documents/{doc['id']}"))
    assert doc["recipients_status"][0]["status"] == "completed"
    year = doc["year"]
    out_reg = ok(clerk.get(f"/api/v1/registers/outgoing?year={year}"))
    assert [r["notation"] for r in out_reg["rows"]] == [doc["notation"]]
    in_reg = ok(b_clerk.get(f"/api/v1/registers/incoming?year={year}"))
    assert [r["number"] for r in in_reg["rows"]] == [1]
    tracking = ok(b_leader.get(f"/api/v1/registers/tracking?year={year}"))
    assert tracking["rows"][0]["on_time"] is True

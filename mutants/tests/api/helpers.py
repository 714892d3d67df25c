"""Scripted steps through the API only (what an integrator would write)."""

from __future__ import annotations

import io

from tests.conftest import DEMO_PIN
from tests.support.pdfs import official_letter


def pdf(**kw) -> bytes:
    return official_letter(signer_title="", signer_name="", **kw)


def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:800])
    return response.get_json()


def agency_id(api, code: str) -> int:
    agencies = ok(api.get("/api/v1/units?scope=agencies"))
    return next(a["id"] for a in agencies if a["code"] == code)


def user_id(api, username: str) -> int:
    return next(u["id"] for u in ok(api.get("/api/v1/users")) if u["username"] == username)


def create_draft(staff, *, to=("UBNDXNH",), signer="snnmt.leader", reviewer: str | None = "snnmt.reviewer",
                 subject="V/v rà soát hồ sơ giao đất", attachments: int = 0) -> dict:
    form = {"doc_type": "CV", "subject": subject, "signer_id": str(user_id(staff, signer)),
            "recipients": [str(agency_id(staff, c)) for c in to], "authority_line": "KT. GIÁM ĐỐC"}
    if reviewer:
        form["reviewer_id"] = str(user_id(staff, reviewer))
    form["main_pdf"] = (io.BytesIO(pdf()), "cong-van.pdf", "application/pdf")
    if attachments:
        form["attachments"] = [(io.BytesIO(pdf(amount=f"{i}00.000 đồng")), f"phu-luc-{i}.pdf", "application/pdf")
                               for i in range(1, attachments + 1)]
    return ok(staff.post("/api/v1/documents", data=form, json=None, content_type="multipart/form-data"), 201)


def act(api, doc: dict, action: str, status: int = 200, **body) -> dict:
    return ok(api.post(f"/api/v1/documents/{doc['id']}/{action}", json={"revision": doc["revision"], **body}), status)


def dispatched(as_user, **kw) -> dict:
    """A document taken from draft to dispatch by the people whose job each step is."""
    staff, reviewer, leader, clerk = (as_user(u) for u in ("snnmt.staff", "snnmt.reviewer", "snnmt.leader",
                                                          "snnmt.clerk"))
    doc = create_draft(staff, **kw)
    doc = act(staff, doc, "submit")
    if doc["status"] == "in_review":
        doc = act(reviewer, doc, "forward", comment="Đề nghị ký")
    doc = act(leader, doc, "sign", pin=DEMO_PIN)
    doc = act(clerk, doc, "issue", pin=DEMO_PIN)
    return act(clerk, doc, "dispatch")

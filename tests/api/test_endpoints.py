"""Every endpoint and role, including other agencies: authentication, the error envelope and
its languages, scope (404 across agencies), the roles the services enforce, stale revisions,
PIN failures that must persist, limits and validation."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from sqlalchemy import select

from docflow.api import tokens
from docflow.models import ApiToken, Certificate
from tests.conftest import DEMO_PIN

from .helpers import act, agency_id, create_draft, dispatched, ok, pdf, user_id

# -- authentication ----------------------------------------------------------------------------------


def test_no_token_bad_token_and_session_cookie_all_answer_401(app, world, browser, api_tokens):
    client = app.test_client()
    for headers in ({}, {"Authorization": "Bearer dfl_wrong"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer " + api_tokens["snnmt.staff"] + "x"}):
        response = client.get("/api/v1/me", headers=headers)
        assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
        assert response.get_json()["error"]["code"] == "unauthorized"
    browser.login("snnmt.staff")  # a logged-in browser session is not an API credential
    assert browser.get("/api/v1/me").status_code == 401
    assert browser.client.post("/api/v1/tokens", json={"name": "csrf-less"}).status_code == 401


def test_token_lifecycle_revoked_expired_and_inactive(world, as_user, api_tokens):
    me = ok(as_user("snnmt.staff").get("/api/v1/me"))
    assert me["username"] == "snnmt.staff" and me["roles"] == ["staff"]
    db = world.db
    row = db.execute(select(ApiToken).where(ApiToken.user_id == me["id"])).scalar_one()
    db.refresh(row)
    assert row.last_used_at is not None
    assert row.token_hash != api_tokens["snnmt.staff"] and api_tokens["snnmt.staff"] not in row.prefix + "…"
    db.commit()  # end the read transaction before this session writes (SQLite)
    # a second token, then revoked through the API
    created = ok(as_user("snnmt.staff").post("/api/v1/tokens", json={"name": "ci", "expires_in_days": 1}), 201)
    assert created["token"].startswith("dfl_") and created["prefix"] == created["token"][:10]
    listed = ok(as_user("snnmt.staff").get("/api/v1/tokens"))
    assert {t["name"] for t in listed} == {"tests", "ci"} and all("token" not in t for t in listed)
    ok(as_user("snnmt.staff").delete(f"/api/v1/tokens/{created['id']}"))
    from .conftest import ApiClient

    revoked = ApiClient(as_user("snnmt.staff").client, created["token"])
    assert revoked.get("/api/v1/me").status_code == 401
    # expired
    staff = world.user("snnmt.staff")
    old = tokens.create_token(db, staff, staff, "old", days=1, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    db.commit()
    assert ApiClient(revoked.client, old.token).get("/api/v1/me").status_code == 401
    # a deactivated user's tokens stop working
    staff.active = False
    db.commit()
    assert as_user("snnmt.staff").get("/api/v1/me").status_code == 401


@pytest.mark.parametrize(("actor", "owner", "status"), [
    # a token acts fully as its owner: an administrator cannot make one for a person (issue 14)
    ("snnmt.admin", "snnmt.staff", 403),
    ("admin", "snnmt.staff", 403),
    ("stc.admin", "snnmt.staff", 404),  # another agency's admin: not found
    ("snnmt.clerk", "snnmt.staff", 404),  # not an admin
    ("snnmt.admin", "snnmt.integration", 201),  # a service account of the agency: its admin makes its tokens
    ("admin", "snnmt.integration", 201),  # the operator's admin administers every agency
    ("stc.admin", "snnmt.integration", 404),
])
def test_tokens_for_other_users(world, as_user, actor, owner, status):
    from docflow.accounts import service as accounts

    accounts.create_user(world.db, username="snnmt.integration", full_name="Kết nối phần mềm một cửa",
                         unit=world.agency("SNNMT"), password="Svc-pass-2026-x", roles=["staff"],
                         service_account=True)
    world.db.commit()
    response = as_user(actor).post("/api/v1/tokens", json={"name": "for someone", "user_id": world.user(owner).id})
    assert response.status_code == status, response.get_json()
    if status == 403:
        assert response.get_json()["error"]["code"] == "token_forbidden"
    if status == 201:
        token = response.get_json()
        assert token["user_id"] == world.user(owner).id
        assert as_user(actor).delete(f"/api/v1/tokens/{token['id']}").status_code == 200
        assert as_user("stc.admin").delete(f"/api/v1/tokens/{token['id']}").status_code == 404


# -- errors ------------------------------------------------------------------------------------------


def test_error_envelope_in_vietnamese_by_default_and_english_on_request(as_user):
    vi = as_user("snnmt.staff").get("/api/v1/documents/424242").get_json()
    en = as_user("snnmt.staff", lang="en").get("/api/v1/documents/424242").get_json()
    assert vi["error"]["code"] == en["error"]["code"] == "document_not_found"
    assert vi["error"]["message"].startswith("Văn bản không tồn tại")
    assert en["error"]["message"] == "This document does not exist or you do not have access to it."
    missing = as_user("snnmt.staff", lang="en").get("/api/v1/no-such-thing")
    assert missing.status_code == 404 and set(missing.get_json()["error"]) == {"code", "message", "field"}
    wrong = as_user("snnmt.staff").client.put("/api/v1/documents")
    assert wrong.status_code == 405 and wrong.get_json()["error"]["code"] == "method_not_allowed"


def test_validation_errors_name_the_field(as_user):
    bad = as_user("snnmt.staff", lang="en").post("/api/v1/documents/1/submit", json={})
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "revision"
    unknown = as_user("snnmt.staff").post("/api/v1/tokens", json={"name": "x", "surprise": 1})
    assert unknown.status_code == 422 and unknown.get_json()["error"]["field"] == "surprise"
    service = as_user("snnmt.staff", lang="en").post(
        "/api/v1/documents", data={"doc_type": "CV", "subject": "x", "recipients": ["1"], "signer_id": "1",
                                   "main_pdf": (io.BytesIO(b"not a pdf"), "x.pdf")},
        json=None, content_type="multipart/form-data")
    assert service.status_code == 400 and service.get_json()["error"]["field"] in ("signer_id", "main_pdf")


def test_upload_over_the_limit_is_413(app, as_user):
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
    big = as_user("snnmt.staff").post("/api/v1/verify", data={"file": (io.BytesIO(b"0" * 200_000), "big.pdf")},
                                      json=None, content_type="multipart/form-data")
    assert big.status_code == 413 and big.get_json()["error"]["code"] == "too_large"


# -- documents: scope and roles -------------------------------------------------------------------------


def test_other_agencies_never_see_or_touch_a_document(as_user):
    doc = create_draft(as_user("snnmt.staff"))
    version = doc["files"][0]["versions"][0]["id"]
    for outsider in ("stc.staff", "stc.clerk", "stc.admin", "ubndxnh.clerk", "admin"):
        api = as_user(outsider)
        assert api.get(f"/api/v1/documents/{doc['id']}").status_code == 404
        assert api.get(f"/api/v1/documents/{doc['id']}/versions/{version}").status_code == 404
        assert api.post(f"/api/v1/documents/{doc['id']}/submit", json={"revision": doc["revision"]}).status_code == 404
        listed = ok(api.get("/api/v1/documents"))
        assert doc["id"] not in [d["id"] for d in listed["items"]]
    for insider in ("snnmt.reviewer", "snnmt.leader", "snnmt.clerk", "snnmt.auditor"):
        assert ok(as_user(insider).get(f"/api/v1/documents/{doc['id']}"))["id"] == doc["id"]


@pytest.mark.parametrize(("action", "actor", "body"), [
    ("submit", "snnmt.reviewer", {}),  # only the drafter submits
    ("forward", "snnmt.leader", {"comment": ""}),  # only the assigned reviewer forwards
    ("return", "snnmt.clerk", {"comment": "x"}),
    ("sign", "snnmt.clerk", {"pin": DEMO_PIN}),  # only the chosen signer signs
    ("issue", "snnmt.leader", {"pin": DEMO_PIN}),
    ("dispatch", "snnmt.staff", {}),
    ("recall", "snnmt.staff", {"reason": "x"}),
])
def test_roles_are_enforced_by_the_services(as_user, action, actor, body):
    doc = create_draft(as_user("snnmt.staff"))
    response = as_user(actor).post(f"/api/v1/documents/{doc['id']}/{action}", json={"revision": doc["revision"],
                                                                                   **body})
    assert response.status_code in (403, 409), response.get_json()
    assert response.get_json()["error"]["code"] in ("not_allowed", "invalid_transition")


def test_stale_revision_is_409_and_changes_nothing(as_user):
    staff = as_user("snnmt.staff")
    doc = create_draft(staff, reviewer=None)
    act(staff, doc, "submit")
    again = staff.post(f"/api/v1/documents/{doc['id']}/submit", json={"revision": doc["revision"]})
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "stale_revision"


def test_wrong_pin_is_refused_and_the_failure_is_kept(world, as_user):
    staff, leader = as_user("snnmt.staff"), as_user("snnmt.leader")
    doc = act(staff, create_draft(staff, reviewer=None), "submit")
    wrong = leader.post(f"/api/v1/documents/{doc['id']}/sign", json={"revision": doc["revision"], "pin": "999999"})
    assert wrong.status_code == 403 and wrong.get_json()["error"]["field"] == "pin"
    db = world.db
    db.rollback()
    cert = db.execute(select(Certificate).where(Certificate.user_id == world.user("snnmt.leader").id)).scalars().first()
    assert cert.pin_failures == 1  # committed although the request failed
    assert ok(leader.get(f"/api/v1/documents/{doc['id']}"))["status"] == "awaiting_signature"
    signed = act(leader, doc, "sign", pin=DEMO_PIN, box=[300, 150, 540, 320], page=1)
    assert signed["files"][0]["versions"][-1]["reason"] == "signature"


def test_revise_a_returned_draft(as_user):
    staff, reviewer = as_user("snnmt.staff"), as_user("snnmt.reviewer")
    doc = act(reviewer, act(staff, create_draft(staff), "submit"), "return", comment="Sửa trích yếu")
    revised = ok(staff.post(f"/api/v1/documents/{doc['id']}/revise", data={
        "revision": str(doc["revision"]), "subject": "V/v rà soát hồ sơ giao đất (sửa)",
        "main_pdf": (io.BytesIO(pdf(amount="2 đồng")), "moi.pdf")}, json=None, content_type="multipart/form-data"))
    assert revised["subject"].endswith("(sửa)") and len(revised["files"][0]["versions"]) == 2
    assert as_user("snnmt.reviewer").post(f"/api/v1/documents/{doc['id']}/revise", data={
        "revision": str(revised["revision"])}, json=None, content_type="multipart/form-data").status_code == 403


def test_list_filters_search_and_pagination(as_user):
    staff = as_user("snnmt.staff")
    made = [create_draft(staff, subject=f"V/v kế hoạch số {i}")["id"] for i in range(5)]
    first = ok(staff.get("/api/v1/documents?per_page=2&status=draft"))
    meta = first["meta"]
    assert meta["total"] == 5 and meta["total_exact"] and meta["prev_cursor"] is None
    assert [d["id"] for d in first["items"]] == made[:-3:-1]  # newest first

    # walking the cursors reaches every draft once, in order, and back again
    seen, cursor, pages = [], None, []
    while True:
        page = ok(staff.get("/api/v1/documents", query_string={"per_page": 2, "status": "draft",
                                                                **({"cursor": cursor} if cursor else {})}))
        pages.append(page)
        seen += [d["id"] for d in page["items"]]
        cursor = page["meta"]["next_cursor"]
        if cursor is None:
            break
    assert seen == made[::-1] and len(pages) == 3
    back = ok(staff.get("/api/v1/documents", query_string={"per_page": 2, "status": "draft",
                                                            "cursor": pages[2]["meta"]["prev_cursor"]}))
    assert back["items"] == pages[1]["items"]

    # a draft created while someone pages does not push a row twice onto the next page
    create_draft(staff, subject="V/v kế hoạch mới")
    after = ok(staff.get("/api/v1/documents", query_string={"per_page": 2, "status": "draft",
                                                             "cursor": pages[0]["meta"]["next_cursor"]}))
    assert after["items"] == pages[1]["items"]

    found = ok(staff.get("/api/v1/documents?q=kế hoạch số 1"))
    assert [d["subject"] for d in found["items"]] == ["V/v kế hoạch số 1"]
    assert staff.get("/api/v1/documents?status=nonsense").status_code == 422
    assert staff.get("/api/v1/documents?page=2").status_code == 422  # offsets are gone: cursors only
    for bad in ("not-a-cursor", "eyJrIjpbMV0sImIiOmZhbHNlfQ", "x" * 301):
        response = staff.get("/api/v1/documents", query_string={"cursor": bad})
        assert response.status_code in (400, 422), bad
        assert "error" in response.get_json() or "errors" in response.get_json()


@pytest.mark.parametrize("key", [["x", 1], [1, 1], [{"t": "2026-01-01T00:00:00+00:00"}, "a"], [True, 1]])
@pytest.mark.parametrize("q", [None, "V/v"])
def test_hand_made_cursors_of_the_wrong_types_are_refused(as_user, key, q):
    """A cursor of the right shape whose values are not the list's key types (a string where the
    list sorts by time) is refused with the clear message, never passed to SQL (it was a 500)."""
    import base64

    staff = as_user("snnmt.staff")
    create_draft(staff)
    cursor = base64.urlsafe_b64encode(json.dumps({"k": key, "b": False}).encode()).decode().rstrip("=")
    response = staff.get("/api/v1/documents", query_string={"cursor": cursor, **({"q": q} if q else {})})
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert response.get_json()["error"]["message"]


# -- incoming -------------------------------------------------------------------------------------------


def test_incoming_scope_and_roles(as_user):
    doc = dispatched(as_user)
    b_clerk = as_user("ubndxnh.clerk")
    delivery = ok(b_clerk.get("/api/v1/deliveries"))["items"][0]
    assert delivery["document_id"] == doc["id"] and delivery["sender_agency_name"] == "Sở Nông nghiệp và Môi trường"
    path = f"/api/v1/deliveries/{delivery['id']}"
    # the sender and third agencies cannot read or act on the recipient's copy
    for outsider in ("snnmt.clerk", "stc.clerk", "admin"):
        assert as_user(outsider).get(path).status_code == 404
        assert as_user(outsider).post(path + "/register", json={"revision": delivery["revision"]}).status_code == 404
        assert as_user(outsider).get(path + "/pdf").status_code == 404
    # inside the recipient: only a clerk registers, only a leader assigns
    assert as_user("ubndxnh.staff").post(path + "/register", json={"revision": delivery["revision"]}).status_code == 403
    refused = ok(b_clerk.post(path + "/refuse", json={"revision": delivery["revision"], "reason": "Sai nơi nhận"}))
    assert refused["status"] == "refused"
    sender_view = ok(as_user("snnmt.staff").get(f"/api/v1/documents/{doc['id']}"))
    assert sender_view["recipients_status"][0]["refused_reason"] == "Sai nơi nhận"
    assert b_clerk.post(path + "/register", json={"revision": refused["revision"]}).status_code == 409


def test_recall_freezes_the_copy(as_user):
    doc = dispatched(as_user)
    act(as_user("snnmt.leader"), doc, "recall", reason="Sai số liệu")
    delivery = ok(as_user("ubndxnh.clerk").get("/api/v1/deliveries"))["items"][0]
    assert delivery["status"] == "recalled" and delivery["frozen"] is True
    blocked = as_user("ubndxnh.clerk").post(f"/api/v1/deliveries/{delivery['id']}/register",
                                           json={"revision": delivery["revision"]})
    assert blocked.status_code == 409


# -- directory, registers, verification -----------------------------------------------------------------


def test_units_users_and_their_scope(world, as_user):
    staff = as_user("snnmt.staff")
    agencies = ok(staff.get("/api/v1/units?scope=agencies"))
    assert {"SNNMT", "STC", "UBNDXNH"} <= {a["code"] for a in agencies}
    own = ok(staff.get("/api/v1/units"))
    assert all(u["agency_id"] == agency_id(staff, "SNNMT") for u in own)
    other_division = world.unit("Phòng Quản lý ngân sách", "STC")
    assert staff.get(f"/api/v1/units/{other_division.id}").status_code == 404
    assert ok(staff.get(f"/api/v1/units/{agency_id(staff, 'STC')}"))["code"] == "STC"  # agencies are public
    users = ok(staff.get("/api/v1/users"))
    assert {u["agency_id"] for u in users} == {agency_id(staff, "SNNMT")}
    assert staff.get(f"/api/v1/users/{world.user('stc.staff').id}").status_code == 404
    assert ok(as_user("admin").get(f"/api/v1/users/{user_id(staff, 'snnmt.clerk')}"))["username"] == "snnmt.clerk"


@pytest.mark.parametrize(("who", "status"), [("snnmt.clerk", 200), ("snnmt.leader", 200), ("snnmt.auditor", 200),
                                             ("snnmt.staff", 403), ("snnmt.admin", 403)])
def test_registers_are_for_clerks_leaders_and_auditors(as_user, who, status):
    for kind in ("outgoing", "incoming", "tracking"):
        assert as_user(who).get(f"/api/v1/registers/{kind}").status_code == status


def test_verify_reports_a_tampered_copy(as_user):
    doc = dispatched(as_user)
    latest = doc["files"][0]["versions"][-1]
    data = as_user("snnmt.auditor").get(f"/api/v1/documents/{doc['id']}/versions/{latest['id']}").data
    good = ok(as_user("snnmt.auditor").post(
        "/api/v1/verify", data={"file": (io.BytesIO(data), "ok.pdf")}, json=None, content_type="multipart/form-data"))
    assert good["schema"] == "docflow.verification/1" and good["verdict"] == "TOTAL_PASSED"
    tampered = data.replace(b"Ngh", b"Ngx", 1) if b"Ngh" in data else data[:-200] + b"%" * 200
    bad = ok(as_user("stc.staff").post("/api/v1/verify", data={"file": (io.BytesIO(tampered), "bad.pdf")},
                                       json=None, content_type="multipart/form-data"))
    assert bad["verdict"] != "TOTAL_PASSED"


# -- OpenAPI document and reference page --------------------------------------------------------------


def test_openapi_document_and_reference_page(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert {"/api/v1/documents", "/api/v1/deliveries/{delivery_id}/complete", "/api/v1/verify",
            "/api/v1/edxml/import", "/api/v1/tokens"} <= set(spec["paths"])
    error = spec["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["$ref"].endswith("ErrorBody")
    page = client.get("/api/v1/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "/api/v1/documents/{document_id}/sign" in html
    # local assets only: no CDN, and the only scripts are the application's own files (CSP: no inline script)
    assert "cdn" not in html.lower()
    scripts = re.findall(r"<script([^>]*)>", html)
    assert scripts and all(re.fullmatch(r' src="/static/[\w.-]+\.js"', attrs) for attrs in scripts), scripts


def test_tokens_page_shows_a_new_token_once(world, browser):
    browser.login("snnmt.staff")
    page = browser.post("/account/tokens", {"name": "laptop", "expires_in_days": "30"}, form_page="/account/tokens")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and 'id="new-token">dfl_' in html
    token = html.split('id="new-token">', 1)[1].split("<", 1)[0]
    assert world.app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    again = browser.get("/account/tokens").get_data(as_text=True)
    assert token not in again and token[:10] in again
    no_csrf = browser.client.post("/account/tokens", data={"name": "x", "expires_in_days": "3"})
    assert no_csrf.status_code == 400

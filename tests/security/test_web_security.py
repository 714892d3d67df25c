"""Web security: guessed ids, stored XSS, CSP and inline code, CSRF on every state change (from
the URL map), session fixation and cookie flags, clickjacking, path traversal, rate limits on
login / signing / API tokens, and security events in the audit trail."""

from __future__ import annotations

import io
import re

import pytest
from flask import url_for
from sqlalchemy import select

from docflow.models import AuditEvent, FileVersion, Unit, UnitKind
from docflow.storage.blobs import BlobMissing, FileBlobStore
from tests.conftest import DEMO_PIN, csrf_token
from tests.workflow.helpers import issued_document

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
XSS = ['<script>alert("xss1")</script>', '"><img src=x onerror=alert("xss2")>', "javascript:alert('xss3')//",
       "</textarea><svg onload=alert('xss4')>"]
_DANGEROUS = re.compile(r"<script>alert|<img src=x onerror|<svg onload", re.I)

# -- guessed ids -------------------------------------------------------------------------------


def _drafts(world, n=3):
    from docflow.workflow import outgoing

    ctx = world.ctx()
    for i in range(n):
        outgoing.create_draft(world.db, ctx, world.user("snnmt.staff"),
                              world.draft_input(subject=f"Dự thảo {i}"), world.letter())
    world.db.commit()
    return [v.id for v in world.db.execute(select(FileVersion)).scalars()]


def test_guessed_ids_of_another_agency_are_404_and_anonymous_must_log_in(world, make_browser):
    versions = _drafts(world)
    guesses = list(range(1, max(versions) + 5))  # every sequential id, existing or not
    other, other_auditor = make_browser(), make_browser()
    other.login("stc.staff")
    other_auditor.login("stc.auditor")
    anon = make_browser()
    with world.app.test_request_context():
        urls = [u for v in guesses for u in (url_for("documents.download", version_id=v),
                                             url_for("documents.page_image", version_id=v, page=1))]
        docs = [url_for("documents.show", document_id=d) for d in guesses]
        audits = [url_for("audit.version_report", version_id=v) for v in guesses]
    for url in audits:
        assert other_auditor.get(url).status_code == 404, url
    for url in urls + docs + audits:
        assert other.get(url).status_code in ((403, 404) if url in audits else (404,)), url
        r = anon.get(url)
        assert r.status_code == 302 and "/login" in r.headers["Location"], url
    # the owner's own agency does get them (the ids were real)
    own = make_browser()
    own.login("snnmt.staff")
    assert own.get(f"/versions/{versions[0]}/download").status_code == 200
    # and the API answers 404 to another agency's token, 401 to none
    from docflow.api import tokens

    world.db.commit()  # end the read snapshot: the requests above wrote audit events since
    token = tokens.create_token(world.db, world.user("stc.staff"), world.user("stc.staff"), "guess").token
    world.db.commit()
    client = world.app.test_client()
    for d in guesses:
        r = client.get(f"/api/v1/documents/{d}", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 404, d
        assert client.get(f"/api/v1/documents/{d}").status_code == 401


# -- stored XSS --------------------------------------------------------------------------------


def test_stored_xss_in_every_displayed_text_field_is_inert(world, make_browser):
    from docflow.accounts import service as accounts
    from docflow.api import tokens
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import Upload

    db, ctx = world.db, world.ctx()
    payload = " | ".join(XSS)
    agency = world.agency("SNNMT")
    accounts.create_unit(db, name="Phòng " + payload, kind=UnitKind.DIVISION, parent=agency)
    staff = world.user("snnmt.staff")
    staff.full_name = "Cán bộ " + XSS[0]
    staff.title = XSS[1]
    doc = outgoing.create_draft(db, ctx, staff, world.draft_input(subject=payload, reviewer="snnmt.reviewer"),
                                Upload('"><img src=x onerror=alert(1)>.pdf', world.letter().data))
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.return_document(db, ctx, world.user("snnmt.reviewer"), doc, doc.revision, payload)
    tokens.create_token(db, staff, staff, "token " + XSS[1])
    db.commit()
    pages = {"snnmt.staff": ["/desk", "/documents", f"/documents/{doc.id}", "/account/tokens",
                             "/documents?q=%3Cscript%3Ealert(1)%3C/script%3E"],
             "snnmt.admin": ["/admin/units", "/admin/users"],
             "snnmt.auditor": ["/audit/trail"],
             "snnmt.reviewer": [f"/documents/{doc.id}", "/desk"]}
    seen = 0
    for user, paths in pages.items():
        b = make_browser()
        b.login(user)
        for path in paths:
            r = b.get(path)
            assert r.status_code == 200, (user, path, r.status_code)
            html = r.get_data(as_text=True)
            assert not _DANGEROUS.search(html), f"{path}: unescaped payload"
            seen += html.count("&lt;script&gt;alert(") + html.count("&lt;img src=x onerror")
    assert seen > 5  # the payloads are shown, escaped


# -- CSP, inline code, clickjacking, cookies, session fixation -------------------------------

_INLINE = [(re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "inline <script>"),
           (re.compile(r"<style\b", re.I), "<style> element"),
           (re.compile(r"\sstyle\s*=", re.I), "style= attribute"),
           (re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I), "inline event handler")]


def test_templates_have_no_inline_script_or_style():
    problems = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        text = path.read_text()
        for pattern, what in _INLINE:
            for m in pattern.finditer(text):
                problems.append(f"{path.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}: {what}")
    assert not problems, "\n".join(problems)


def test_csp_clickjacking_and_cookie_flags(world, make_browser):
    issued_document(world)
    b = make_browser()
    r = b.get("/login")
    csp = r.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp and r.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    login = b.login("snnmt.clerk")
    cookie = login.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    for path in ("/desk", "/documents", "/documents/1", "/registers/outgoing"):
        r = b.get(path)
        assert r.status_code in (200, 404)
        assert "unsafe-inline" not in r.headers["Content-Security-Policy"]
        assert r.headers["Cache-Control"] == "no-store"
        for pattern, what in _INLINE:
            assert not pattern.search(r.get_data(as_text=True)), f"{path}: {what}"


def test_secure_cookie_behind_https(config_overrides):
    from docflow import create_app

    app = create_app({**config_overrides, "base_url": "https://docflow.example.gov.vn"})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    app.extensions["docflow.engine"].dispose()


def test_session_fixation_and_replay_after_logout(world, app):
    client = app.test_client()
    token = csrf_token(client)
    before = client.get_cookie("docflow_session").value
    r = client.post("/login", data={"username": "snnmt.staff", "password": "Demo-pass-2026", "csrf_token": token})
    assert r.status_code == 302
    after = client.get_cookie("docflow_session").value
    assert after != before  # a new session at login
    # a planted pre-login cookie does not carry the login
    attacker = app.test_client()
    attacker.set_cookie("docflow_session", before)
    assert attacker.get("/desk").status_code == 302
    # the logged-in cookie replayed after logout is dead (the session nonce rotated)
    thief = app.test_client()
    thief.set_cookie("docflow_session", after)
    assert thief.get("/desk").status_code == 200
    client.post("/logout", data={"csrf_token": csrf_token(client, "/desk")})
    assert thief.get("/desk").status_code == 302


# -- CSRF from the URL map ---------------------------------------------------------------------

CSRF_EXEMPT = {"pki_public.ocsp_post", "pki_public.tsa"}  # protocol endpoints (RFC 6960, RFC 3161)


def test_every_state_change_without_csrf_token_is_400(world, app, make_browser):
    b = make_browser()
    b.login("admin", "Admin-pass-2026")
    leader = make_browser()
    leader.login("snnmt.leader")
    checked = []
    for rule in app.url_map.iter_rules():
        methods = (rule.methods or set()) - {"GET", "HEAD", "OPTIONS"}
        if not methods or rule.endpoint in CSRF_EXEMPT or rule.rule.startswith("/api/"):
            continue
        with app.test_request_context():
            url = url_for(rule.endpoint, **{a: 1 for a in rule.arguments if a not in (rule.defaults or {})})
        for method in methods:
            for who in (b, leader):
                r = who.client.open(url, method=method, data={"x": "1"})
                assert r.status_code == 400, f"{rule.endpoint} {method} {url}: {r.status_code}"
            r = app.test_client().open(url, method=method, data={"x": "1"})
            # without a session a form is answered "log in again" (issue 14), refused all the same
            ended = r.status_code == 401 and b'id="session-ended"' in r.data
            assert r.status_code == 400 or ended, f"anonymous {rule.endpoint} {method} {url}: {r.status_code}"
            checked.append(rule.endpoint)
    assert len(checked) > 30
    # the API is token-only: a session cookie gives no access, so no CSRF is possible there
    r = b.client.post("/api/v1/documents/1/submit", json={"revision": 1})
    assert r.status_code == 401


# -- path traversal ----------------------------------------------------------------------------


def test_path_traversal_in_file_names_and_blob_names(world, make_browser):
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import Upload

    ctx = world.ctx()
    for name in ("../../etc/passwd", "..\\..\\windows\\system32\\x.pdf", "/etc/shadow.pdf", "a\x00b.pdf",
                 "CON:<>|?*.pdf"):
        doc = outgoing.create_draft(world.db, ctx, world.user("snnmt.staff"), world.draft_input(),
                                    Upload(name, world.letter().data))
        stored = doc.main_file.filename
        assert "/" not in stored and "\\" not in stored and "\x00" not in stored and ".." not in stored.strip(".")
    world.db.commit()
    store = FileBlobStore(world.config.blob_dir)
    for bad in ("../../etc/passwd", "..", "a" * 63 + "/", "A" * 64, "0" * 63 + "\x00"):
        with pytest.raises(BlobMissing):
            store.path(bad)
    b = make_browser()
    b.login("snnmt.staff")
    for url in ("/static/../../etc/passwd", "/static/..%2f..%2fetc/passwd", "/static/%2e%2e/docflow/config.py",
                "/versions/..%2f1/download"):
        r = b.get(url)
        assert r.status_code == 404, url
        assert b"root:" not in r.data


# -- rate limits -------------------------------------------------------------------------------


@pytest.fixture
def limited_app(config_overrides, demo):
    """Created after ``demo``'s app: the limiter takes its switch from the last app set up."""
    from docflow import create_app
    from docflow.extensions import limiter

    cfg = {**config_overrides, "extra": {**config_overrides["extra"], "ratelimit_enabled": True,
                                         "signing_per_minute": 3, "api_token_failures_per_minute": 5}}
    app = create_app(cfg)
    limiter.reset()
    yield app
    limiter.reset()
    from tests.conftest import _wipe

    _wipe(app.extensions["docflow.engine"])
    app.extensions["docflow.engine"].dispose()


def test_login_signing_and_api_token_rate_limits(limited_app):
    app = limited_app
    client = app.test_client()
    codes = []
    for _ in range(25):
        codes.append(client.post("/login", data={"username": "nobody", "password": "x",
                                                 "csrf_token": csrf_token(client)}).status_code)
    assert 429 in codes and codes.index(429) <= 20
    # signing: per user, whatever the PIN
    leader = app.test_client()
    leader.environ_base["REMOTE_ADDR"] = "127.0.0.9"
    leader.post("/login", data={"username": "snnmt.leader", "password": "Demo-pass-2026",
                                "csrf_token": csrf_token(leader)})
    token = csrf_token(leader, "/desk")
    codes = [leader.post("/documents/999/sign", data={"revision": 1, "pin": "0", "csrf_token": token}).status_code
             for _ in range(5)]
    assert codes[:3] == [404, 404, 404] and codes[3:] == [429, 429]
    # API tokens: wrong tokens from one address
    api = app.test_client()
    api.environ_base["REMOTE_ADDR"] = "127.0.0.7"
    codes = [api.get("/api/v1/me", headers={"Authorization": "Bearer df_wrong"}).status_code for _ in range(7)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]


# -- security events in the audit trail -------------------------------------------------------


def test_security_events_are_in_the_audit_trail(world, make_browser):
    from docflow.workflow import outgoing

    db, ctx = world.db, world.ctx()
    doc = outgoing.create_draft(db, ctx, world.user("snnmt.staff"), world.draft_input(reviewer=None), world.letter())
    outgoing.submit(db, ctx, world.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    b = make_browser()
    assert b.login("snnmt.leader", "wrong-password").status_code == 401  # failed login
    for _ in range(6):
        b.login("snnmt.reviewer", "wrong-password")  # → lockout
    b.login("snnmt.leader")
    b.post(f"/documents/{doc.id}/sign", {"revision": doc.revision, "pin": "999999"})  # wrong PIN
    other = make_browser()
    other.login("stc.staff")
    other.get(f"/documents/{doc.id}")  # denied access (404 across agencies)
    world.app.test_client().get("/api/v1/me", headers={"Authorization": "Bearer df_forged"})
    db.expire_all()
    events = [(e.action, e.result, e.details) for e in db.execute(select(AuditEvent)).scalars()]
    assert ("login", "failed") in {(a, r) for a, r, _ in events}
    assert any(a == "login" and r == "denied" and d.get("reason") == "locked" for a, r, d in events)
    assert any(a == "certificate.use" and r != "ok" for a, r, _ in events)  # the wrong PIN
    assert any(a == "access.denied" and d.get("endpoint") == "documents.show" for a, _, d in events)
    assert any(a == "api_token.rejected" for a, _, _ in events)
    from docflow.audit.trail import verify_chain

    assert verify_chain(db) is None
    assert DEMO_PIN not in str(events)


def test_oversized_upload_gives_the_form_back_with_a_clear_message(config_overrides, demo):
    """Issue 21: the draft form answers an oversized file with the form, the reason and what was
    typed (no bare 413 that loses it); the API still refuses the body outright."""
    from docflow import create_app

    app = create_app({**config_overrides, "max_upload_mb": 1})
    try:
        client = app.test_client()
        client.post("/login", data={"username": "snnmt.staff", "password": "Demo-pass-2026",
                                    "csrf_token": csrf_token(client)})
        token = csrf_token(client, "/documents/new")
        r = client.post("/documents/new", data={"csrf_token": token, "subject": "V/v tệp quá lớn",
                                                "main_pdf": (io.BytesIO(b"%PDF-1.7\n" + b"0" * (2 << 20)), "big.pdf")},
                        content_type="multipart/form-data")
        page = r.get_data(as_text=True)
        assert r.status_code == 200 and ("large" in page or "lớn" in page)
        assert "V/v tệp quá lớn" in page  # what was typed comes back
        r = client.post("/api/v1/documents", data={"file": (io.BytesIO(b"0" * (2 << 20)), "big.pdf")},
                        headers={"Authorization": "Bearer x"}, content_type="multipart/form-data")
        assert r.status_code in (401, 413)
    finally:
        app.extensions["docflow.engine"].dispose()


def test_units_are_not_created_by_the_xss_test_in_other_agencies(world):
    names = world.db.execute(select(Unit.name)).scalars().all()
    assert not any("<script>" in n for n in names)

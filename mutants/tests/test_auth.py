"""Logging in and out, lockout, CSRF, redirects and the security headers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from docflow.models import AuditEvent, User

from .conftest import DEMO_PASSWORD, csrf_token


def test_login_page_speaks_vietnamese_by_default(client):
    page = client.get("/login")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Đăng nhập docflow" in html and 'lang="vi"' in html


def test_login_lands_on_the_desk_and_logout_ends_the_session(demo, browser):
    response = browser.login("snnmt.leader")
    assert response.status_code == 302 and response.headers["Location"].endswith("/desk")
    desk = browser.get("/desk")
    assert desk.status_code == 200
    assert "Nguyễn Văn Nghĩa" in desk.get_data(as_text=True)
    assert "Chờ tôi ký" in desk.get_data(as_text=True)  # the leader's panel

    cookie = browser.client.get_cookie("docflow_session").value
    out = browser.post("/logout")
    assert out.status_code == 302 and "/login" in out.headers["Location"]
    assert browser.get("/desk").status_code == 302
    # replaying the old cookie does not bring the session back
    browser.client.set_cookie("docflow_session", cookie)
    assert browser.get("/desk").status_code == 302


def test_wrong_password_is_refused_with_one_message_for_all_cases(demo, browser):
    wrong = browser.login("snnmt.leader", "not-the-password")
    unknown = browser.login("nobody.here", "not-the-password")
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert "Sai tên đăng nhập hoặc mật khẩu." in response.get_data(as_text=True)
    assert browser.get("/desk").status_code == 302


def test_repeated_failures_lock_the_account_then_it_unlocks(demo, browser, db):
    for _ in range(5):
        assert browser.login("snnmt.clerk", "wrong-password-1").status_code == 401
    locked = browser.login("snnmt.clerk")  # right password, but locked now
    assert locked.status_code == 401
    assert "tạm bị khóa" in locked.get_data(as_text=True)
    user = db.execute(select(User).where(User.username == "snnmt.clerk")).scalar_one()
    db.refresh(user)
    assert user.locked_until is not None
    # after the lockout period the right password works again
    user.locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    db.commit()
    assert browser.login("snnmt.clerk").status_code == 302
    events = db.execute(select(AuditEvent.result).where(AuditEvent.action == "login",
                                                        AuditEvent.actor_id == user.id)).scalars().all()
    assert events.count("failed") == 5 and events.count("denied") == 1 and events[-1] == "ok"


def test_deactivated_user_cannot_log_in(demo, browser, db):
    user = db.execute(select(User).where(User.username == "stc.staff")).scalar_one()
    user.active = False
    db.commit()
    response = browser.login("stc.staff")
    assert response.status_code == 401
    assert "vô hiệu hóa" in response.get_data(as_text=True)


def test_deactivation_ends_open_sessions(demo, make_browser, db):
    staff = make_browser()
    assert staff.login("stc.staff").status_code == 302
    admin = make_browser()
    admin.login("stc.admin")
    user_id = demo["stc.staff"].id
    assert admin.post(f"/admin/users/{user_id}/active", form_page="/admin/users").status_code == 302
    assert staff.get("/desk").status_code == 302  # sent back to the login page


def test_post_without_csrf_token_is_rejected(demo, client):
    response = client.post("/login", data={"username": "snnmt.leader", "password": DEMO_PASSWORD})
    assert response.status_code == 400
    assert "Biểu mẫu đã hết hạn" in response.get_data(as_text=True)
    assert client.get("/desk").status_code == 302


def test_logout_without_csrf_is_rejected(demo, browser):
    browser.login("snnmt.leader")
    assert browser.client.post("/logout").status_code == 400
    assert browser.get("/desk").status_code == 200


def test_logout_is_not_reachable_by_get(demo, browser):
    browser.login("snnmt.leader")
    assert browser.get("/logout").status_code == 405
    assert browser.get("/desk").status_code == 200


def test_next_redirect_stays_on_site(demo, make_browser):
    for evil in ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                 "http:/evil.example"]:
        b = make_browser()
        response = b.login("snnmt.leader", next_url=evil)
        assert response.status_code == 302
        assert response.headers["Location"] == "/desk", evil
    b = make_browser()
    assert b.login("snnmt.admin", next_url="/admin/users").headers["Location"] == "/admin/users"


def test_session_is_renewed_at_login(demo, browser):
    browser.get("/login")
    before = browser.client.get_cookie("docflow_session")
    browser.login("snnmt.leader")
    after = browser.client.get_cookie("docflow_session")
    assert after is not None and (before is None or before.value != after.value)


def test_security_headers_and_cookie_flags(demo, browser):
    response = browser.login("snnmt.leader")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = browser.get("/desk")
    csp = page.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["Cache-Control"] == "no-store"


def test_password_change(demo, browser, db):
    browser.login("snnmt.staff")
    bad = browser.post("/account/password", {"current_password": "wrong", "new_password": "Newpass-2026x"},
                       form_page="/account/password")
    assert bad.status_code == 200 and "Mật khẩu hiện tại không đúng." in bad.get_data(as_text=True)
    weak = browser.post("/account/password", {"current_password": DEMO_PASSWORD, "new_password": "abcdefghijk"},
                        form_page="/account/password")
    assert "chữ và chữ số" in weak.get_data(as_text=True)
    ok = browser.post("/account/password", {"current_password": DEMO_PASSWORD, "new_password": "Newpass-2026x"},
                      form_page="/account/password")
    assert ok.status_code == 302
    assert browser.get("/desk").status_code == 200  # this session survives the change
    browser.post("/logout")
    assert browser.login("snnmt.staff").status_code == 401
    assert browser.login("snnmt.staff", "Newpass-2026x").status_code == 302


def test_switch_to_english_and_back(demo, browser):
    browser.login("snnmt.leader")
    browser.post("/locale", {"locale": "en", "next": "/desk"})
    page = browser.get("/desk").get_data(as_text=True)
    assert "Awaiting my signature" in page and 'lang="en"' in page
    browser.post("/locale", {"locale": "vi", "next": "/desk"})
    assert "Chờ tôi ký" in browser.get("/desk").get_data(as_text=True)


def test_login_rate_limit_per_address(config_overrides, demo):
    from docflow import create_app
    from docflow.extensions import limiter

    app = create_app({**config_overrides, "extra": {"ratelimit_enabled": True}})
    limiter.reset()
    client = app.test_client()
    statuses = []
    for _ in range(22):
        token = csrf_token(client)
        statuses.append(client.post("/login", data={"username": "x", "password": "y", "csrf_token": token}).status_code)
    assert statuses[:20] == [401] * 20
    assert statuses[20:] == [429, 429]
    limiter.reset()

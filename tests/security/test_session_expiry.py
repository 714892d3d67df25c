"""A form sent after its session ended (issue 14), over the test client: 401 "log in again"
with a link back to the page the form was on, never a redirect that drops what was sent, and
JSON for the signing dialog. The browser side (fields filled in again) is
tests/browser/test_session_expiry.py."""

from __future__ import annotations

from sqlalchemy import update

from docflow.models import User
from tests.conftest import csrf_token

ENDED = "Your session has ended; log in again."


def _english(client, page: str = "/login") -> None:
    client.post("/locale", data={"locale": "en", "csrf_token": csrf_token(client, page)})


def test_a_draft_sent_without_a_session_says_log_in_again_with_the_way_back(app, demo):
    client = app.test_client()
    _english(client)
    sent = client.post("/documents/new", data={"subject": "V/v báo cáo", "csrf_token": "stale"},
                       headers={"Referer": "http://localhost/documents/new"})
    assert sent.status_code == 401
    page = sent.get_data(as_text=True)
    assert ENDED in page and 'id="session-ended"' in page
    assert 'href="/login?next=/documents/new"' in page
    assert 'data-keep-form="/documents/new"' in page  # forms.js keeps the fields for that page


def test_a_session_ended_elsewhere_is_not_redirected_and_json_is_answered(app, demo, db, make_browser):
    b = make_browser()
    assert b.login("snnmt.leader").status_code == 302
    token = csrf_token(b.client, "/desk")
    _english(b.client, "/desk")
    # logged out on another device: the nonce changed, this cookie no longer logs anybody in
    db.execute(update(User).where(User.id == demo["snnmt.leader"].id).values(session_nonce="ended"))
    db.commit()
    form = b.client.post("/documents/1/sign", data={"pin": "123456", "csrf_token": token},
                         headers={"Referer": "http://localhost/documents/1"})
    assert form.status_code == 401 and ENDED in form.get_data(as_text=True)
    dialog = b.client.post("/documents/1/sign", data={"pin": "123456", "csrf_token": token},
                           headers={"Referer": "http://localhost/documents/1", "Accept": "application/json"})
    assert dialog.status_code == 401 and dialog.is_json
    assert dialog.get_json() == {"ok": False, "code": "session_ended", "error": ENDED,
                                 "login_url": "/login?next=/documents/1"}
    # opening a page still goes to the login page and back
    opened = b.client.get("/desk")
    assert opened.status_code == 302 and "/login?next=%2Fdesk" in opened.headers["Location"]

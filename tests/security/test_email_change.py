"""A person's e-mail address changes only with their consent (issue 14). Password reset mails,
activation codes and security notices go to it: an administrator who could point it at their
own mailbox could act as the person. The mails go through ``docflow mail`` to a real SMTP
server on loopback (aiosmtpd), as in tests/language/test_mail.py."""

from __future__ import annotations

import datetime as dt
import re
import socket
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select

from docflow.models import AuditEvent, EmailChange, Notification, User
from tests.conftest import DEMO_PASSWORD

LEADER, STAFF, ADMIN = "snnmt.leader", "snnmt.staff", "snnmt.admin"
OLD, NEW = "nghia.nv@snnmt.quangngai.gov.vn", "nghia.nguyen@quangngai.gov.vn"
LINK = re.compile(r"https?://\S+/account/email/confirm/([A-Za-z0-9_-]+)")
BASE = "https://vanban.quangngai.gov.vn"


@pytest.fixture
def smtp_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def config_overrides(config_overrides: dict, smtp_port: int) -> dict:
    return {**config_overrides, "smtp_host": "127.0.0.1", "smtp_port": smtp_port, "base_url": BASE}


class _Inbox:
    def __init__(self):
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def mail(app, smtp_port):
    """``mail()`` runs ``docflow mail`` and returns what it sent: [(to, subject, body)]."""
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    # a generous start-up wait: the machine running the suite may be busy (the default is 5 s)
    server = Controller(inbox, hostname="127.0.0.1", port=smtp_port, ready_timeout=30)
    server.start()

    def send() -> list[tuple[str, str, str]]:
        inbox.messages.clear()
        result = app.test_cli_runner().invoke(args=["mail"])
        assert result.exit_code == 0, result.output
        out = []
        for envelope in inbox.messages:
            msg = message_from_bytes(envelope.content, policy=policy.default)
            out.append((envelope.rcpt_tos[0], str(msg["Subject"]), msg.get_content().replace("\r\n", "\n")))
        return out

    yield send
    server.stop()


def _user(db, username: str) -> User:
    db.commit()
    db.expire_all()
    return db.execute(select(User).where(User.username == username)).scalar_one()


def _with_address(db, username: str, email: str | None, locale: str | None = None) -> User:
    user = _user(db, username)
    user.email, user.locale = email, locale
    db.commit()
    return user


def _login(make_browser, username: str, password: str = DEMO_PASSWORD):
    b = make_browser()
    assert b.login(username, password).status_code == 302
    return b


def _ask(b, email: str = NEW, password: str = DEMO_PASSWORD):
    return b.post("/account/email", {"email": email, "current_password": password}, form_page="/account/email")


def _link_from(sent, to: str = NEW) -> str:
    [(_to, _subject, body)] = [m for m in sent if m[0] == to]
    return LINK.search(body).group(0)[len(BASE):]


def _security_events(db, action: str, user_id: int) -> list[AuditEvent]:
    db.commit()
    return [e for e in db.execute(select(AuditEvent).where(AuditEvent.action == action,
                                                          AuditEvent.object_id == str(user_id))).scalars()
            if (e.details or {}).get("security")]


def test_the_holder_changes_their_address_confirmed_from_the_new_one(app, db, demo, make_browser, mail):
    leader = _with_address(db, LEADER, OLD)
    b = _login(make_browser, LEADER)
    # reachable from the account pages
    assert 'href="/account/email"' in b.get("/account/password").get_data(as_text=True)
    page = b.get("/account/email").get_data(as_text=True)
    assert OLD in page and 'name="current_password"' in page
    asked = _ask(b)
    assert asked.status_code == 302
    assert "n•••@quangngai.gov.vn" in b.get("/account/email").get_data(as_text=True)
    assert _user(db, LEADER).email == OLD  # nothing changes before the confirmation
    row = db.execute(select(EmailChange).where(EmailChange.user_id == leader.id)).scalar_one()

    sent = mail()
    assert [m[0] for m in sent] == [NEW]  # the link goes to the new address only
    path = _link_from(sent)
    token = path.rsplit("/", 1)[1]
    assert token not in (row.token_sha256, "") and len(row.token_sha256) == 64  # only its digest is kept
    assert "Xác nhận" in sent[0][2] or "xác nhận" in sent[0][2]  # in the person's language (Vietnamese)

    # a mail scanner (or anyone) following the link changes nothing: only a POST does
    scanner = make_browser().get(path)
    assert scanner.status_code == 302 and "/login?next=" in scanner.headers["Location"]
    shown = b.get(path)
    assert shown.status_code == 200 and NEW in shown.get_data(as_text=True)
    assert 'id="confirm-email"' in shown.get_data(as_text=True)
    assert _user(db, LEADER).email == OLD

    done = b.post(path, form_page=path)
    assert done.status_code == 302
    assert _user(db, LEADER).email == NEW
    assert "Địa chỉ thư điện tử của bạn giờ là" in b.get("/account/email").get_data(as_text=True)
    [event] = _security_events(db, "user.change_email", leader.id)
    assert (event.result, event.details["old_email"], event.details["new_email"]) == ("ok", OLD, NEW)
    assert _security_events(db, "user.email_change_requested", leader.id)

    # the old address is told, in the person's language
    [(to, subject, body)] = mail()
    assert to == OLD
    assert "đã được đổi thành" in subject and NEW in body and "người phụ trách an toàn thông tin" in body


def test_the_old_address_is_told_in_english_for_someone_who_reads_english(app, db, demo, make_browser, mail):
    _with_address(db, LEADER, OLD, locale="en")
    b = _login(make_browser, LEADER)
    assert _ask(b).status_code == 302
    path = _link_from(mail())
    assert b.post(path, form_page=path).status_code == 302
    [(to, subject, _body)] = mail()
    assert to == OLD and subject.startswith("[KHẨN] Your docflow e-mail address was changed to " + NEW)


def test_a_wrong_password_changes_nothing_and_sends_nothing(app, db, demo, make_browser, mail):
    leader = _with_address(db, LEADER, OLD)
    b = _login(make_browser, LEADER)
    refused = _ask(b, password="not-my-password-1")
    assert refused.status_code == 400
    assert "Mật khẩu hiện tại không đúng." in refused.get_data(as_text=True)
    assert db.execute(select(EmailChange)).first() is None
    assert mail() == []
    assert _user(db, LEADER).email == OLD
    [event] = _security_events(db, "user.email_change_requested", leader.id)
    assert event.result == "failed"
    # nor does a malformed address
    assert _ask(b, email="not an address").status_code == 400
    assert db.execute(select(EmailChange)).first() is None


def test_an_expired_link_changes_nothing(app, db, demo, make_browser, mail):
    leader = _with_address(db, LEADER, OLD)
    b = _login(make_browser, LEADER)
    assert _ask(b).status_code == 302
    path = _link_from(mail())
    row = db.execute(select(EmailChange).where(EmailChange.user_id == leader.id)).scalar_one()
    row.created_at -= dt.timedelta(hours=25)
    row.expires_at -= dt.timedelta(hours=25)  # sent yesterday: 24 hours have passed
    db.commit()
    for response in (b.get(path), b.post(path, form_page="/account/email")):
        assert response.status_code == 400
        text = response.get_data(as_text=True)
        assert "Liên kết xác nhận này đã hết hạn" in text and 'id="confirm-email"' not in text
    assert _user(db, LEADER).email == OLD
    assert mail() == []  # no notice: nothing changed


def test_a_used_or_replaced_link_changes_nothing(app, db, demo, make_browser, mail):
    _with_address(db, LEADER, OLD)
    b = _login(make_browser, LEADER)
    assert _ask(b, email="first.try@quangngai.gov.vn").status_code == 302
    first = _link_from(mail(), "first.try@quangngai.gov.vn")
    assert _ask(b).status_code == 302  # a second request replaces the first
    second = _link_from(mail())
    replaced = b.post(first, form_page="/account/email")
    assert replaced.status_code == 400 and "được thay bằng một yêu cầu mới hơn" in replaced.get_data(as_text=True)
    assert _user(db, LEADER).email == OLD
    assert b.post(second, form_page=second).status_code == 302
    mail()  # the notice to the old address
    _with_address(db, LEADER, OLD)  # say the address was set back meanwhile
    again = b.post(second, form_page="/account/email")
    assert again.status_code == 400 and "đã được dùng" in again.get_data(as_text=True)
    assert _user(db, LEADER).email == OLD
    unknown = b.get("/account/email/confirm/" + "A" * 43)
    assert unknown.status_code == 400 and "không hợp lệ" in unknown.get_data(as_text=True)


def test_another_persons_link_changes_nothing(app, db, demo, make_browser, mail):
    leader = _with_address(db, LEADER, OLD)
    _with_address(db, STAFF, "nhung.ttt@snnmt.quangngai.gov.vn")
    holder = _login(make_browser, LEADER)
    assert _ask(holder).status_code == 302
    path = _link_from(mail())
    other = _login(make_browser, STAFF)
    for response in (other.get(path), other.post(path, form_page="/account/email")):
        assert response.status_code == 403
        assert "gửi cho một tài khoản khác" in response.get_data(as_text=True)
    assert (_user(db, LEADER).email, _user(db, STAFF).email) == (OLD, "nhung.ttt@snnmt.quangngai.gov.vn")
    refused = [e for e in _security_events(db, "user.change_email", demo[STAFF].id) if e.result == "denied"]
    assert refused
    # the link still works for its holder
    assert holder.post(path, form_page=path).status_code == 302
    assert _user(db, LEADER).email == NEW
    assert db.execute(select(EmailChange).where(EmailChange.user_id == leader.id)).scalar_one().state == "confirmed"


def test_an_administrator_cannot_set_a_used_accounts_address_silently(app, db, demo, make_browser, mail):
    """The hole: the administrator points the leader's address at their own mailbox, then resets
    the password (the one-time password travels there). Now the edit only sends a link to the
    new address, the leader's mailbox is told, and only the leader, logged in, can confirm."""
    leader = _with_address(db, LEADER, OLD)
    _login(make_browser, LEADER)  # the account has been used
    admin = _login(make_browser, ADMIN)
    grab = "admin.mailbox@snnmt.quangngai.gov.vn"
    form = f"/admin/users/{leader.id}"
    saved = admin.post(form, {"full_name": leader.full_name, "title": leader.title or "", "email": grab,
                              "unit_id": leader.unit_id, "roles": ["leader"]}, form_page=form,
                       follow_redirects=True)
    assert saved.status_code == 200 and "chỉ thay đổi khi" in saved.get_data(as_text=True)
    assert _user(db, LEADER).email == OLD
    assert "Đang chờ" in admin.get(form).get_data(as_text=True)  # the pending change is shown
    [event] = _security_events(db, "user.email_change_requested", leader.id)
    assert event.actor_id == demo[ADMIN].id and event.details["by"] == "administrator"

    sent = mail()
    assert sorted(m[0] for m in sent) == sorted([grab, OLD])
    [(_to, _subject, warning)] = [m for m in sent if m[0] == OLD]
    assert grab in warning and "quản trị viên" in warning.lower()
    path = _link_from(sent, grab)
    # the administrator holds the new mailbox, not the leader's login: the link refuses them
    assert admin.post(path, form_page="/account/email").status_code == 403
    # a password reset now still goes to the leader's own address
    admin.post(f"/admin/users/{leader.id}/password", form_page="/admin/users")
    assert [m[0] for m in mail()] == [OLD]
    assert _user(db, LEADER).email == OLD

    # removing a used account's address is refused (its holder would stop hearing from docflow)
    emptied = admin.post(form, {"full_name": leader.full_name, "title": leader.title or "", "email": "",
                                "unit_id": leader.unit_id, "roles": ["leader"]}, form_page=form)
    assert emptied.status_code == 200 and _user(db, LEADER).email == OLD


def test_before_the_first_login_the_administrator_corrects_the_address_and_the_old_one_is_told(
        app, db, demo, make_browser, mail):
    newcomer = _with_address(db, STAFF, "nhung.ttt@snnmt.quangngai.gov.vn")
    newcomer.last_login_at = None
    db.commit()
    admin = _login(make_browser, ADMIN)
    form = f"/admin/users/{newcomer.id}"
    saved = admin.post(form, {"full_name": newcomer.full_name, "title": "", "email": "nhung.tran@quangngai.gov.vn",
                              "unit_id": newcomer.unit_id, "roles": ["staff"]}, form_page=form)
    assert saved.status_code == 302
    assert _user(db, STAFF).email == "nhung.tran@quangngai.gov.vn"
    [(to, _subject, body)] = mail()
    assert to == "nhung.ttt@snnmt.quangngai.gov.vn" and "nhung.tran@quangngai.gov.vn" in body
    [event] = _security_events(db, "user.change_email", newcomer.id)
    assert event.actor_id == demo[ADMIN].id


def test_the_in_app_notice_never_shows_the_link(app, db, demo, make_browser, mail):
    leader = _with_address(db, LEADER, OLD)
    b = _login(make_browser, LEADER)
    assert _ask(b).status_code == 302
    note = db.execute(select(Notification).where(Notification.user_id == leader.id)).scalar_one()
    assert note.email_to == NEW and note.params["secret"].startswith("v1:")
    assert "/account/email/confirm/" not in b.get("/notifications").get_data(as_text=True)
    mail()
    db.commit()
    db.expire_all()
    assert "secret" not in db.get(Notification, note.id).params  # wiped once sent

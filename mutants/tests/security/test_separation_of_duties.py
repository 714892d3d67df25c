"""Separation of duties (issue 14): what an administrator hands over never lets them act as the
person. Each test is an attack an agency administrator tried; each failed on the code before
the fix (the leader's signature was forged: 200 "Đã ký.")."""

from __future__ import annotations

import re

from sqlalchemy import select

from docflow.models import ApiToken, AuditEvent, Certificate, CertificateStatus, DocStatus, Document, Notification
from docflow.workflow import outgoing
from tests.conftest import DEMO_PIN, csrf_token

ADMIN, LEADER, STAFF = "snnmt.admin", "snnmt.leader", "snnmt.staff"
ATTACKER_PASSWORD = "Attacker-pass-2026"
ATTACKER_PIN = "739251"
ISSUED_PASSWORD = re.compile(r'id="issued-password">([^<]+)<')
ISSUED_PIN = re.compile(r'id="issued-pin">(\d+)<')


def _login(make_browser, username: str, password: str | None = None):
    b = make_browser()
    response = b.login(username, password) if password else b.login(username)
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return b


def _awaiting_signature(w) -> Document:
    doc = outgoing.create_draft(w.db, w.ctx(), w.user(STAFF), w.draft_input(reviewer=None, signer=LEADER),
                                w.letter())
    outgoing.submit(w.db, w.ctx(), w.user(STAFF), doc, doc.revision)
    w.db.commit()
    return doc


def _fresh(db, cls, ident):
    db.commit()
    db.expire_all()
    return db.get(cls, ident)


def test_administrator_cannot_sign_as_the_leader(world, make_browser):
    """The whole journey: reset the leader's password, issue the leader a new certificate, log in
    as the leader, set a password, set the PIN, sign. Before the fix the last step said 'Đã ký.'."""
    w, db = world, world.db
    doc = _awaiting_signature(w)
    leader = w.user(LEADER)
    (old_cert,) = db.execute(select(Certificate).where(Certificate.user_id == leader.id)).scalars()
    admin = _login(make_browser, ADMIN)

    reset = admin.post(f"/admin/users/{leader.id}/password", form_page="/admin/users")
    handed = ISSUED_PASSWORD.search(reset.get_data(as_text=True))
    issued = admin.client.post("/admin/certificates/issue", data={
        "user_id": leader.id, "algorithm": "ec-p256",
        "csrf_token": csrf_token(admin.client, "/admin/certificates")})
    assert ISSUED_PIN.search(issued.get_data(as_text=True)) is None, "the holder's PIN was shown to the admin"
    pin_match = ISSUED_PIN.search(issued.get_data(as_text=True))
    db.commit()
    new_cert = db.execute(select(Certificate).where(Certificate.user_id == leader.id,
                                                    Certificate.id != old_cert.id)).scalar_one()
    db.commit()

    # the old certificate is not superseded by a certificate its holder has not activated
    assert _fresh(db, Certificate, old_cert.id).status == CertificateStatus.ACTIVE
    assert _fresh(db, Certificate, new_cert.id).status == CertificateStatus.PENDING

    if handed is not None:  # no e-mail on the account: the one-time password is handed over in person
        attacker = _login(make_browser, LEADER, handed.group(1))
        # the forced change cannot be skipped: the desk sends back to the password page
        assert attacker.get("/desk").status_code == 302
        changed = attacker.post("/account/password", {"current_password": handed.group(1),
                                                      "new_password": ATTACKER_PASSWORD,
                                                      "confirm": ATTACKER_PASSWORD},
                                form_page="/account/password")
        assert changed.status_code == 302
        # activation needs the PIN of the holder's current certificate (or the code sent to the
        # holder's e-mail): the administrator has neither
        for guess in (pin_match.group(1) if pin_match else "000000", ATTACKER_PIN):
            tried = attacker.post(f"/certificates/{new_cert.id}/activate",
                                  {f"act{new_cert.id}-proof": guess, f"act{new_cert.id}-new_pin": ATTACKER_PIN},
                                  form_page="/certificates")
            assert tried.status_code in (400, 404)
        # nor does the old PIN change or signing work
        attacker.post(f"/certificates/{new_cert.id}/pin", {f"pin{new_cert.id}-old_pin": ATTACKER_PIN,
                                                           f"pin{new_cert.id}-new_pin": ATTACKER_PIN},
                      form_page="/certificates")
        signed = attacker.post(f"/documents/{doc.id}/sign", {"revision": doc.revision, "pin": ATTACKER_PIN,
                                                            "page": "1", "box": "300,120,520,300"},
                               form_page=f"/documents/{doc.id}", follow_redirects=True)
        assert "Đã ký." not in signed.get_data(as_text=True)
    assert _fresh(db, Document, doc.id).status == DocStatus.AWAITING_SIGNATURE
    assert _fresh(db, Certificate, new_cert.id).status == CertificateStatus.PENDING

    # the holder was told, in the app (and by e-mail through the same rows)
    notes = [n.msgid for n in db.execute(select(Notification).where(Notification.user_id == leader.id)).scalars()]
    assert any("password" in m.lower() for m in notes) and any("certificate" in m.lower() for m in notes)
    security = {e.action for e in db.execute(select(AuditEvent).where(AuditEvent.object_id == str(leader.id)))
                .scalars() if (e.details or {}).get("security")}
    assert "user.reset_password" in security

    # the real leader activates with the PIN of the old certificate and signs with the new one
    real = _login(make_browser, LEADER, ATTACKER_PASSWORD if handed is not None else None)
    done = real.post(f"/certificates/{new_cert.id}/activate",
                     {f"act{new_cert.id}-proof": DEMO_PIN, f"act{new_cert.id}-new_pin": "582046"},
                     form_page="/certificates")
    assert done.status_code == 302, done.get_data(as_text=True)[:3000]
    assert _fresh(db, Certificate, new_cert.id).status == CertificateStatus.ACTIVE
    assert _fresh(db, Certificate, old_cert.id).status == CertificateStatus.SUPERSEDED
    ok = real.post(f"/documents/{doc.id}/sign", {"revision": doc.revision, "pin": "582046",
                                                "page": "1", "box": "300,120,520,300"},
                   form_page=f"/documents/{doc.id}", follow_redirects=True)
    assert "Đã ký." in ok.get_data(as_text=True)


class _Inbox:
    def __init__(self):
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.messages.append(envelope)
        return "250 OK"


def _send_mail(app, db) -> list[str]:
    """Run ``docflow mail``'s sender against a real SMTP server on loopback; the bodies sent."""
    import socket
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    from docflow.notices import secret_box
    from docflow.workflow.notify import send_pending_email

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        send_pending_email(db, host="127.0.0.1", port=port, sender="docflow@quangngai.gov.vn",
                           base_url="https://vanban.example",
                           open_secret=secret_box(app.config["DOCFLOW"].secret_key).open)
        db.commit()
    finally:
        server.stop()
    return [message_from_bytes(m.content, policy=policy.default).get_content().replace("\r\n", "\n")
            for m in inbox.messages]


def test_reset_password_goes_to_the_holders_mailbox_not_the_administrator(world, make_browser, app):
    w, db = world, world.db
    leader = w.user(LEADER)
    leader.email = "nghia.nv@quangngai.gov.vn"
    db.commit()
    admin = _login(make_browser, ADMIN)
    page = admin.post(f"/admin/users/{leader.id}/password", form_page="/admin/users").get_data(as_text=True)
    assert ISSUED_PASSWORD.search(page) is None and "n•••@quangngai.gov.vn" in page
    assert make_browser().login(LEADER).status_code == 401  # the old password is gone
    # the only copy is sealed in the database until it is e-mailed to the holder
    note = db.execute(select(Notification).where(Notification.user_id == leader.id)).scalar_one()
    assert note.params["secret"].startswith("v1:")
    assert "secret" not in make_browser().get("/notifications").get_data(as_text=True)
    [body] = _send_mail(app, db)
    password = re.search(r"^    (\S+)$", body, re.M).group(1)
    db.expire_all()
    assert "secret" not in db.get(Notification, note.id).params  # wiped once sent
    holder = make_browser()
    first = holder.login(LEADER, password)
    assert first.status_code == 302 and first.headers["Location"].startswith("/account/password")


def test_holder_without_a_certificate_activates_with_the_code_from_the_email(world, make_browser, app):
    w, db = world, world.db
    staff = w.user(STAFF)
    admin = _login(make_browser, ADMIN)
    refused = admin.client.post("/admin/certificates/issue", data={
        "user_id": staff.id, "algorithm": "ec-p256", "csrf_token": csrf_token(admin.client, "/admin/certificates")})
    assert refused.status_code == 400 and "e-mail" in refused.get_data(as_text=True)  # no way to reach the holder
    db.commit()
    staff = w.user(STAFF)
    staff.email = "nhung.ttt@quangngai.gov.vn"
    db.commit()
    issued = admin.client.post("/admin/certificates/issue", data={
        "user_id": staff.id, "algorithm": "ec-p256", "csrf_token": csrf_token(admin.client, "/admin/certificates")})
    assert issued.status_code == 200 and 'id="activation-pending"' in issued.get_data(as_text=True)
    db.commit()
    cert = db.execute(select(Certificate).where(Certificate.user_id == staff.id)).scalar_one()
    assert cert.status == CertificateStatus.PENDING
    [body] = _send_mail(app, db)
    code = re.search(r"^    ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})$", body, re.M).group(1)
    holder = _login(make_browser, STAFF)
    wrong = holder.post(f"/certificates/{cert.id}/activate", {f"act{cert.id}-proof": "AAAA-BBBB-CCCC",
                                                             f"act{cert.id}-new_pin": "582046"},
                        form_page="/certificates")
    assert wrong.status_code == 400 and _fresh(db, Certificate, cert.id).pin_failures == 1
    ok = holder.post(f"/certificates/{cert.id}/activate", {f"act{cert.id}-proof": code.lower(),
                                                          f"act{cert.id}-new_pin": "582046"},
                     form_page="/certificates")
    assert ok.status_code == 302
    cert = _fresh(db, Certificate, cert.id)
    assert cert.status == CertificateStatus.ACTIVE and cert.activation_sealed is None
    from docflow.pki import service as pki

    pki.signer_for(db, cert, "582046", actor=staff)
    db.rollback()


def test_administrator_cannot_create_a_token_that_acts_as_someone_else(world, make_browser):
    w, db = world, world.db
    leader = w.user(LEADER)
    admin = _login(make_browser, ADMIN)
    page = admin.client.post(f"/account/users/{leader.id}/tokens", data={
        "name": "integration", "expires_in_days": "30",
        "csrf_token": csrf_token(admin.client, "/account/tokens")})
    assert page.status_code in (403, 404)
    assert "dfl_" not in page.get_data(as_text=True)
    db.commit()
    assert db.execute(select(ApiToken).where(ApiToken.user_id == leader.id)).first() is None


def test_first_login_password_change_is_enforced_on_the_server(world, make_browser):
    """A reset account could work with the administrator's password: /desk, /documents... 200.
    (Every route of the URL map and the API: tests/security/test_first_login.py.)"""
    w = world
    staff = w.user(STAFF)
    admin = _login(make_browser, ADMIN)
    handed = ISSUED_PASSWORD.search(admin.post(f"/admin/users/{staff.id}/password",
                                               form_page="/admin/users").get_data(as_text=True)).group(1)
    user = _login(make_browser, STAFF, handed)
    for path in ("/desk", "/documents/new", "/incoming", "/certificates", "/account/tokens"):
        response = user.get(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/account/password"), path

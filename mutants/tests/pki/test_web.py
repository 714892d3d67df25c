"""Certificate pages: an admin issues (the holder activates it with their own PIN), imports and
revokes; the holder changes the PIN and uploads a signature image; refusals appear next to the field; other
agencies' certificates are 404; the trust store is for operator admins."""

from __future__ import annotations

import io
import re

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import select

from docflow.models import Certificate, CertificateStatus
from docflow.pki import demo_assets, service
from tests.conftest import csrf_token
from tests.pki.conftest import CHEAP_ARGON2
from tests.support.pki import TestCA

PIN_RE = re.compile(r'id="issued-pin">(\d+)<')


@pytest.fixture
def config_overrides(config_overrides):
    return {**config_overrides, "ca_key_algorithm": "ec-p256",
            "extra": {**config_overrides["extra"], "pki_kdf": CHEAP_ARGON2}}


def _post(browser, path: str, data: dict, page: str):
    return browser.client.post(path, data={**data, "csrf_token": csrf_token(browser.client, page)},
                               content_type="multipart/form-data")


def _certs(db, **where) -> list[Certificate]:
    db.rollback()
    return list(db.execute(select(Certificate).filter_by(**where)).scalars())


def _activation_code(db, app, user_id: int) -> str:
    """The code as the holder's e-mail carries it (sealed in the notice until it is sent)."""
    from docflow.models import Notification
    from docflow.notices import secret_box

    db.rollback()
    note = db.execute(select(Notification).where(Notification.user_id == user_id,
                                                 Notification.msgid.like("%certificate%"))
                      .order_by(Notification.id.desc())).scalars().first()
    return secret_box(app.config["DOCFLOW"].secret_key).open(note.params["secret"])


def test_admin_issues_holder_activates_changes_pin_and_uploads_signature(make_browser, db, demo, app):
    admin, leader = make_browser(), make_browser()
    demo["snnmt.leader"].email = "nghia.nv@quangngai.gov.vn"
    db.commit()
    admin.login("snnmt.admin")
    page = admin.get("/admin/certificates")
    assert page.status_code == 200 and "Nguyễn Văn Nghĩa" in page.get_data(as_text=True)
    issued = _post(admin, "/admin/certificates/issue",
                   {"user_id": demo["snnmt.leader"].id, "algorithm": "ec-p256"}, "/admin/certificates")
    assert issued.status_code == 200
    assert PIN_RE.search(issued.get_data(as_text=True)) is None  # the administrator never sees a PIN
    (cert,) = _certs(db, user_id=demo["snnmt.leader"].id)
    assert cert.status == CertificateStatus.PENDING
    code = _activation_code(db, app, demo["snnmt.leader"].id)
    assert code.encode() not in cert.key_blob and cert.activation_sealed.startswith("v1:")
    with pytest.raises(service.CertificateNotUsable):  # nobody signs with a certificate not yet activated
        service.signer_for(db, cert, code, actor=demo["snnmt.admin"])
    db.rollback()

    leader.login("snnmt.leader")
    mine = leader.get("/certificates").get_data(as_text=True)
    assert cert.serial in mine and f'id="activate-{cert.id}"' in mine
    weak = _post(leader, f"/certificates/{cert.id}/activate",
                 {f"act{cert.id}-proof": code, f"act{cert.id}-new_pin": "123456"}, "/certificates")
    assert weak.status_code == 400 and _certs(db, id=cert.id)[0].status == CertificateStatus.PENDING
    ok = _post(leader, f"/certificates/{cert.id}/activate",
               {f"act{cert.id}-proof": code, f"act{cert.id}-new_pin": "582046"}, "/certificates")
    assert ok.status_code == 302
    wrong = _post(leader, f"/certificates/{cert.id}/pin",
                  {f"pin{cert.id}-old_pin": "000000", f"pin{cert.id}-new_pin": "735190"}, "/certificates")
    assert wrong.status_code == 400
    assert ("4 lần thử" in wrong.get_data(as_text=True)) or ("4 attempt" in wrong.get_data(as_text=True))
    assert _certs(db, id=cert.id)[0].pin_failures == 1  # committed although the request failed
    ok = _post(leader, f"/certificates/{cert.id}/pin",
               {f"pin{cert.id}-old_pin": "582046", f"pin{cert.id}-new_pin": "735190"}, "/certificates")
    assert ok.status_code == 302
    (cert,) = _certs(db, id=cert.id)
    service.signer_for(db, cert, "735190", actor=None)
    db.commit()
    with pytest.raises(service.WrongCertificatePin):  # the activation code is worth nothing now
        service.signer_for(db, cert, code, actor=None)
    db.commit()

    png = demo_assets.signature_png("Nguyễn Văn Nghĩa")
    bad = _post(leader, "/certificates/signature-image",
                {"image": (io.BytesIO(b"GIF89a...."), "sig.gif")}, "/certificates")
    assert bad.status_code == 400 and 'class="error"' in bad.get_data(as_text=True)
    good = _post(leader, "/certificates/signature-image", {"image": (io.BytesIO(png), "sig.png")}, "/certificates")
    assert good.status_code == 302
    assert "data:image/png;base64," in leader.get("/certificates").get_data(as_text=True)


def test_other_agencies_certificates_are_404(make_browser, db, demo, app):
    ca = service.ensure_dev_ca(app.config["DOCFLOW"])
    cert = service.issue_personal_certificate(db, ca, demo["snnmt.leader"], "482915", actor=None, kdf=CHEAP_ARGON2)
    db.commit()
    other_admin, other_user = make_browser(), make_browser()
    other_admin.login("stc.admin")
    assert cert.serial not in other_admin.get("/admin/certificates").get_data(as_text=True)
    revoke = _post(other_admin, f"/admin/certificates/{cert.id}/revoke",
                   {f"rev{cert.id}-reason": "keyCompromise"}, "/admin/certificates")
    assert revoke.status_code == 404
    other_user.login("snnmt.staff")
    assert _post(other_user, f"/certificates/{cert.id}/pin",
                 {f"pin{cert.id}-old_pin": "482915", f"pin{cert.id}-new_pin": "735190"},
                 "/certificates").status_code == 404
    assert _certs(db, id=cert.id)[0].status == CertificateStatus.ACTIVE

    own_admin = make_browser()
    own_admin.login("snnmt.admin")
    done = _post(own_admin, f"/admin/certificates/{cert.id}/revoke",
                 {f"rev{cert.id}-reason": "keyCompromise"}, "/admin/certificates")
    assert done.status_code == 302
    assert _certs(db, id=cert.id)[0].status == CertificateStatus.REVOKED


def test_import_refusals_are_shown_on_the_page_and_trusted_import_works(make_browser, db, demo, app):
    root = TestCA("External Root CA")
    issuing = TestCA("External Issuing CA", parent=root)
    p12 = issuing.issue("Trần Thị Hồng Nhung").pkcs12(b"file-pw")
    user = make_browser()
    user.login("snnmt.staff")
    refused = _post(user, "/certificates/import",
                    {"file": (io.BytesIO(p12), "me.p12"), "password": "file-pw", "new_pin": "735190"}, "/certificates")
    assert refused.status_code == 400
    body = refused.get_data(as_text=True)
    assert "chứng thư gốc tin cậy" in body or "trusted root" in body
    wrong = _post(user, "/certificates/import",
                  {"file": (io.BytesIO(p12), "me.p12"), "password": "nope", "new_pin": "735190"}, "/certificates")
    assert "Mật khẩu không mở được" in wrong.get_data(as_text=True) or "password does not" in wrong.get_data(
        as_text=True)
    assert _certs(db) == []

    operator = make_browser()
    operator.login("admin", "Admin-pass-2026")
    assert operator.get("/admin/trust").status_code == 200
    added = _post(operator, "/admin/trust/add",
                  {"file": (io.BytesIO(root.cert.public_bytes(serialization.Encoding.PEM)), "root.pem")},
                  "/admin/trust")
    assert added.status_code == 302
    leaf_file = _post(operator, "/admin/trust/add", {"file": (io.BytesIO(b"junk"), "x.pem")}, "/admin/trust")
    assert leaf_file.status_code == 400

    accepted = _post(user, "/certificates/import",
                     {"file": (io.BytesIO(p12), "me.p12"), "password": "file-pw", "new_pin": "735190"},
                     "/certificates")
    assert accepted.status_code == 302
    (cert,) = _certs(db)
    assert cert.issuer == "external" and cert.user_id == demo["snnmt.staff"].id

    sha = root.cert.fingerprint(hashes.SHA256()).hex()
    assert _post(operator, "/admin/trust/remove", {"sha256": sha}, "/admin/trust").status_code == 302
    agency_admin = make_browser()
    agency_admin.login("snnmt.admin")
    assert agency_admin.get("/admin/trust").status_code == 404


def test_admin_issues_seal_and_uploads_seal_image(make_browser, db, demo):
    admin = make_browser()
    admin.login("snnmt.admin")
    agency_id = demo["snnmt.admin"].agency_id
    demo["snnmt.clerk"].email = "ha.ptt@quangngai.gov.vn"  # the activation code reaches the clerks
    db.commit()
    issued = _post(admin, "/admin/certificates/issue-seal", {"agency_id": agency_id}, "/admin/certificates")
    assert issued.status_code == 200 and not PIN_RE.search(issued.get_data(as_text=True))
    (seal,) = _certs(db, agency_id=agency_id, owner_kind="seal")
    png = demo_assets.seal_png("Sở Nông nghiệp và Môi trường")
    up = _post(admin, "/admin/certificates/seal-image",
               {"agency_id": agency_id, "image": (io.BytesIO(png), "seal.png"), "width_mm": "38"},
               "/admin/certificates")
    assert up.status_code == 302
    page = admin.get("/admin/certificates").get_data(as_text=True)
    assert "data:image/png;base64," in page and seal.serial in page
    # another agency is not in the choices: refused as an invalid choice
    other = demo["stc.admin"].agency_id
    assert _post(admin, "/admin/certificates/issue-seal", {"agency_id": other},
                 "/admin/certificates").status_code == 400
    # the agency's clerk holds the seal PIN and sees it on "My certificates"
    clerk = make_browser()
    clerk.login("snnmt.clerk")
    assert seal.serial in clerk.get("/certificates").get_data(as_text=True)

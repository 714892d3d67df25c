"""Certificates on PKCS#11 tokens (SoftHSM2) without an administrator knowing the PIN (issue 14).

Before: the administrator gave the token's PIN to ``issue_certificate_on_token``, the certificate
was active at once and superseded the holder's old one, and that PIN — the administrator's — was
the one to sign with. Now the token's PIN is replaced at issuance by an activation code only the
holder receives; the holder chooses the token's PIN when activating."""

from __future__ import annotations

import subprocess
import uuid

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from docflow.models import AuditEvent, Certificate, CertificateStatus, KeyBackend, Notification
from docflow.notices import secret_box
from docflow.pki import service
from docflow.pki.errors import WrongPin
from docflow.pki.pkcs11 import TokenKeyRef, token_public_key
from tests.conftest import csrf_token
from tests.pki.conftest import CHEAP_ARGON2, SO_PIN

ADMIN_TOKEN_PIN = "864201"  # what the administrator set the token up with
HOLDER_PIN = "591736"


@pytest.fixture
def config_overrides(config_overrides):
    return {**config_overrides, "ca_key_algorithm": "ec-p256",
            "extra": {**config_overrides["extra"], "pki_kdf": CHEAP_ARGON2}}


@pytest.fixture
def holder_token(softhsm) -> str:
    """A token of its own for this test (its PIN is changed: the shared test token must keep its own)."""
    label = f"holder-{uuid.uuid4().hex[:10]}"
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                    "--pin", ADMIN_TOKEN_PIN], check=True, capture_output=True, timeout=60)
    return label


def _code(db, app, user_id: int) -> str:
    db.rollback()
    note = db.execute(select(Notification).where(Notification.user_id == user_id,
                                                 Notification.msgid.like("%certificate%"))
                      .order_by(Notification.id.desc())).scalars().first()
    return secret_box(app.config["DOCFLOW"].secret_key).open(note.params["secret"])


def _sign_and_check(signer) -> None:
    data = b"to vouch for"
    signer.certificate.public_key().verify(signer.sign(data), data, ec.ECDSA(hashes.SHA256()))


def test_administrator_issuing_on_a_token_never_knows_the_pin(app, db, demo, softhsm, holder_token, make_browser):
    leader, admin = demo["snnmt.leader"], demo["snnmt.admin"]
    leader.email = "nghia.nv@quangngai.gov.vn"
    old = service.issue_personal_certificate(db, service.ensure_dev_ca(app.config["DOCFLOW"]), leader, "482915",
                                             algorithm="ec-p256", actor=None, kdf=CHEAP_ARGON2)
    db.commit()
    ref = TokenKeyRef(softhsm, holder_token, key_label=f"leader-{leader.id}")
    cert = service.issue_certificate_on_token(db, service.ensure_dev_ca(app.config["DOCFLOW"]), leader, ref,
                                              ADMIN_TOKEN_PIN, actor=admin,
                                              for_activation=secret_box(app.config["DOCFLOW"].secret_key))
    cert_id = cert.id
    db.rollback()
    cert, old = db.get(Certificate, cert_id), db.get(Certificate, old.id)
    assert cert.key_backend == KeyBackend.PKCS11 and cert.status == CertificateStatus.PENDING
    assert old.status == CertificateStatus.ACTIVE  # nothing superseded before the holder activates
    with pytest.raises(WrongPin):  # the PIN the administrator typed no longer opens the token
        token_public_key(ref, ADMIN_TOKEN_PIN)
    with pytest.raises(service.CertificateNotUsable):
        service.signer_for(db, cert, ADMIN_TOKEN_PIN, actor=leader)
    db.rollback()
    issued = db.execute(select(AuditEvent).where(AuditEvent.action == "certificate.issue_token")).scalar_one()
    assert issued.details.get("security") is True and issued.details.get("pending") is True

    code = _code(db, app, leader.id)  # travels only to the holder's e-mail
    b = make_browser()
    b.login("snnmt.leader")
    page = b.get("/certificates").get_data(as_text=True)
    assert f'id="activate-{cert_id}"' in page
    done = b.client.post(f"/certificates/{cert_id}/activate",
                         data={f"act{cert_id}-proof": code, f"act{cert_id}-new_pin": HOLDER_PIN,
                               "csrf_token": csrf_token(b.client, "/certificates")})
    assert done.status_code == 302, done.get_data(as_text=True)[:800]
    db.rollback()
    cert, old = db.get(Certificate, cert_id), db.get(Certificate, old.id)
    assert cert.status == CertificateStatus.ACTIVE and old.status == CertificateStatus.SUPERSEDED
    _sign_and_check(service.signer_for(db, cert, HOLDER_PIN, actor=leader))
    db.commit()
    for worthless in (ADMIN_TOKEN_PIN, code):
        with pytest.raises(service.WrongCertificatePin):
            service.signer_for(db, cert, worthless, actor=leader)
        db.commit()

    # the holder changes the token's PIN in docflow too (it was "use the token's own tools")
    service.change_pin(db, cert, HOLDER_PIN, "402857", actor=leader)
    db.commit()
    _sign_and_check(service.signer_for(db, cert, "402857", actor=leader))
    db.commit()


def test_a_token_carrying_another_holders_key_is_refused(app, db, demo, softhsm, holder_token):
    cfg = app.config["DOCFLOW"]
    ca, box = service.ensure_dev_ca(cfg), secret_box(cfg.secret_key)
    for username in ("snnmt.leader", "stc.leader"):
        demo[username].email = f"{username}@quangngai.gov.vn"
    db.commit()
    service.issue_certificate_on_token(db, ca, demo["snnmt.leader"], TokenKeyRef(softhsm, holder_token, key_label="a"),
                                       ADMIN_TOKEN_PIN, actor=demo["snnmt.admin"], for_activation=box)
    code = _code(db, app, demo["snnmt.leader"].id)
    with pytest.raises(service.PkiServiceError) as refused:
        service.issue_certificate_on_token(db, ca, demo["stc.leader"], TokenKeyRef(softhsm, holder_token,
                                                                                   key_label="b"),
                                           code, actor=None, for_activation=box)
    assert "another holder" in str(refused.value)
    db.rollback()
    assert db.execute(select(Certificate).where(Certificate.user_id == demo["stc.leader"].id,
                                                Certificate.key_backend == KeyBackend.PKCS11)).first() is None


def test_cli_issue_token_prints_no_pin_and_leaves_the_certificate_pending(app, db, demo, softhsm, holder_token,
                                                                          monkeypatch):
    demo["snnmt.leader"].email = "nghia.nv@quangngai.gov.vn"
    db.commit()
    monkeypatch.setenv("TOKEN_PIN_VAR", ADMIN_TOKEN_PIN)
    out = app.test_cli_runner().invoke(args=["pki", "issue-token", "--user", "snnmt.leader", "--module", softhsm,
                                             "--token", holder_token, "--pin-env", "TOKEN_PIN_VAR"])
    assert out.exit_code == 0, out.output
    assert "pending activation" in out.output and ADMIN_TOKEN_PIN not in out.output
    db.rollback()
    cert = db.execute(select(Certificate).where(Certificate.user_id == demo["snnmt.leader"].id,
                                                Certificate.key_backend == KeyBackend.PKCS11)).scalar_one()
    assert cert.status == CertificateStatus.PENDING
    code = _code(db, app, demo["snnmt.leader"].id)
    assert code not in out.output
    with pytest.raises(WrongPin):
        token_public_key(TokenKeyRef(softhsm, holder_token, key_label=cert.pkcs11_key_label), ADMIN_TOKEN_PIN)

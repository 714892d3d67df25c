"""The PKI service over the database: keys never in clear, PIN counter and lock, PIN change,
imports refused with their reason and nothing stored, revocation in CRL and OCSP, SoftHSM2
keys through ``signer_for``, the CLI and the demo hook."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509 import ocsp
from sqlalchemy import func, select, text

from docflow.models import AuditEvent, Base, Certificate, CertificateStatus, CrlNumber, KeyBackend, Unit
from docflow.pki import keystore, service
from docflow.pki.pkcs11 import TokenKeyRef
from tests.pki.conftest import CHEAP_ARGON2, SOFTHSM_MODULE, TOKEN_LABEL, TOKEN_PIN, openssl
from tests.support.pki import EKU_DOCUMENT_SIGNING, NOW, TestCA

PIN = "482915"


@pytest.fixture
def config_overrides(config_overrides):
    """Cheap KDF and an EC dev CA: these tests are about the rules, not the cost."""
    return {**config_overrides, "ca_key_algorithm": "ec-p256",
            "extra": {**config_overrides["extra"], "pki_kdf": CHEAP_ARGON2}}


@pytest.fixture
def cfg(app):
    return app.config["DOCFLOW"]


@pytest.fixture
def ca(cfg):
    return service.ensure_dev_ca(cfg)


def _issue(db, ca, user, pin=PIN, **kw):
    cert = service.issue_personal_certificate(db, ca, user, pin, actor=None, kdf=CHEAP_ARGON2, **kw)
    db.commit()
    return cert


def _verify(signer, data: bytes, signature: bytes) -> None:
    key = signer.certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    else:
        assert isinstance(key, ec.EllipticCurvePublicKey)
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))


def test_issued_key_is_never_in_clear_in_the_database_or_on_disk(app, db, demo, ca, cfg):
    leader = demo["snnmt.leader"]
    cert = _issue(db, ca, leader, algorithm="ec-p256")
    assert cert.key_blob and cert.key_backend == KeyBackend.SOFTWARE
    key = keystore.unlock(cert.key_blob, PIN)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    scalar = key.private_numbers().private_value.to_bytes(32, "big")  # type: ignore[union-attr]
    dumped = 0
    with app.extensions["docflow.engine"].connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for value in row:
                    raw = value if isinstance(value, bytes | memoryview) else str(value).encode()
                    raw = bytes(raw)
                    assert der not in raw and scalar not in raw, f"key material in {table.name}"
                    assert PIN.encode() not in raw, table.name
                    dumped += 1
    assert dumped > 20
    for path in cfg.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert der not in content and scalar not in content, path
            assert b"PRIVATE KEY" not in content, path  # CA keys are encrypted blobs too


def test_wrong_pin_counts_and_locks_after_n_and_admin_unlocks(db, demo, ca):
    leader, admin = demo["snnmt.leader"], demo["snnmt.admin"]
    cert = _issue(db, ca, leader)
    for remaining in (2, 1):
        with pytest.raises(service.WrongCertificatePin) as err:
            service.signer_for(db, cert, "000000", actor=leader, max_failures=3)
        assert err.value.remaining_attempts == remaining
        db.rollback()  # what a caller does on an error: the counter was committed by the service
    with pytest.raises(service.CertificateLocked):
        service.signer_for(db, cert, "000000", actor=leader, max_failures=3)
    db.rollback()
    db.expire_all()
    assert cert.locked and cert.pin_failures == 3
    with pytest.raises(service.CertificateLocked):  # the right PIN no longer helps
        service.signer_for(db, cert, PIN, actor=leader, max_failures=3)
    db.commit()
    service.unlock(db, cert, actor=admin)
    db.commit()
    signer = service.signer_for(db, cert, PIN, actor=leader, max_failures=3)
    db.commit()
    _verify(signer, b"data", signer.sign(b"data"))
    assert cert.pin_failures == 0
    actions = db.execute(select(AuditEvent.action, AuditEvent.result, AuditEvent.details)
                         .where(AuditEvent.object_type == "certificate")).all()
    assert ("certificate.use", "failed") in {(a, r) for a, r, _ in actions}
    assert all(PIN not in str(d) and "000000" not in str(d) for _, _, d in actions)


def test_change_pin_reencrypts_and_wrong_old_pin_counts(db, demo, ca):
    leader = demo["snnmt.leader"]
    cert = _issue(db, ca, leader)
    old_blob = bytes(cert.key_blob)
    with pytest.raises(service.WrongCertificatePin):
        service.change_pin(db, cert, "111111", "735190", actor=leader)
    db.commit()
    assert cert.pin_failures == 1
    with pytest.raises(service.PinPolicyViolation):
        service.change_pin(db, cert, PIN, "123456", actor=leader)
    db.rollback()
    service.change_pin(db, cert, PIN, "735190", actor=leader)
    db.commit()
    assert cert.key_blob != old_blob and cert.pin_failures == 0
    with pytest.raises(service.WrongCertificatePin):
        service.signer_for(db, cert, PIN, actor=leader)
    db.commit()
    signer = service.signer_for(db, cert, "735190", actor=leader)
    _verify(signer, b"x", signer.sign(b"x"))


def test_active_certificate_images_and_supersede(db, demo, ca):
    from docflow.pki import demo_assets

    leader = demo["snnmt.leader"]
    agency = db.get(Unit, leader.agency_id)
    first = _issue(db, ca, leader)
    second = _issue(db, ca, leader)
    db.refresh(first)
    assert first.status == CertificateStatus.SUPERSEDED
    assert service.active_certificate(db, user=leader).id == second.id
    assert service.active_certificate(db, agency=agency) is None
    seal = service.issue_seal_certificate(db, ca, agency, PIN, actor=None, kdf=CHEAP_ARGON2)
    assert service.active_certificate(db, agency=agency).id == seal.id
    assert service.signature_image(db, leader) is None
    png = demo_assets.signature_png(leader.full_name)
    service.set_signature_image(db, leader, png, actor=leader)
    service.set_seal_image(db, agency, demo_assets.seal_png(agency.name), actor=None, width_mm=38)
    db.commit()
    assert service.signature_image(db, leader) == png
    assert service.seal_image(db, agency).startswith(b"\x89PNG")
    assert service.seal_image_record(db, agency).width_mm == 38
    with pytest.raises(service.ImageRejected):
        service.set_signature_image(db, leader, b"GIF89a not a png", actor=leader)
    with pytest.raises(service.PkiServiceError):  # only leaders have a signature image
        service.set_signature_image(db, demo["snnmt.staff"], png, actor=None)


@pytest.fixture(scope="module")
def external():
    root = TestCA("Vietnam Government Test Root CA")
    issuing = TestCA("Vietnam Government Test Issuing CA", parent=root)
    return root, issuing


def test_import_accepts_a_trusted_chain_and_refuses_the_rest_storing_nothing(db, demo, external):
    root, issuing = external
    staff = demo["snnmt.staff"]
    good = issuing.issue("Phạm Thị Dung", eku=[EKU_DOCUMENT_SIGNING]).pkcs12(b"pw-123456")
    expired = issuing.issue("Đỗ Văn Hải", not_before=NOW - dt.timedelta(days=800),
                             not_after=NOW - dt.timedelta(days=30)).pkcs12(b"pw")
    no_usage = issuing.issue("Encryption Only", key_usage="encipherment").pkcs12(b"pw")
    cases = [(good, "pw-123456", [], "untrusted"), (expired, "pw", [root.cert], "expired"),
             (no_usage, "pw", [root.cert], "no_signing_key_usage"), (good, "wrong", [root.cert], "wrong_password"),
             (b"garbage", "pw", [root.cert], "not_pkcs12")]
    for data, password, anchors, reason in cases:
        with pytest.raises(service.ImportRejected) as err:
            service.import_pkcs12(db, staff, data, password, PIN, anchors, actor=staff, kdf=CHEAP_ARGON2)
        assert err.value.reason == reason and err.value.field == "file"
        db.commit()  # the refusal is audited
    assert db.execute(select(func.count()).select_from(Certificate)).scalar() == 0
    cert = service.import_pkcs12(db, staff, good, "pw-123456", PIN, [root.cert], actor=staff, kdf=CHEAP_ARGON2)
    db.commit()
    assert cert.issuer == "external" and len(service.load_chain(cert)) == 2
    signer = service.signer_for(db, cert, PIN, actor=staff)
    assert [c.subject for c in signer.chain] == [issuing.cert.subject]  # the root is not carried
    _verify(signer, b"y", signer.sign(b"y"))
    with pytest.raises(service.ImportRejected):  # the same certificate twice
        service.import_pkcs12(db, staff, good, "pw-123456", PIN, [root.cert], actor=staff, kdf=CHEAP_ARGON2)


def test_revocation_reaches_crl_and_ocsp(db, demo, ca):
    leader = demo["snnmt.leader"]
    cert = _issue(db, ca, leader)
    other = _issue(db, ca, demo["stc.leader"])
    crl1 = x509.load_der_x509_crl(service.current_crl(db, ca, "issuing"))
    db.commit()
    assert crl1.get_revoked_certificate_by_serial_number(int(cert.serial, 16)) is None
    with pytest.raises(service.PkiServiceError):
        service.revoke(db, cert, "because", actor=None)
    service.revoke(db, cert, "keyCompromise", actor=None)
    db.commit()
    crl2 = x509.load_der_x509_crl(service.current_crl(db, ca, "issuing"))
    db.commit()
    entry = crl2.get_revoked_certificate_by_serial_number(int(cert.serial, 16))
    assert entry is not None
    number = lambda c: c.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number  # noqa: E731
    assert number(crl2) == number(crl1) + 1
    assert number(x509.load_der_x509_crl(service.current_crl(db, ca, "issuing"))) == number(crl2)  # unchanged set
    assert db.get(CrlNumber, "issuing").number == number(crl2)
    with pytest.raises(service.CertificateNotUsable):
        service.signer_for(db, cert, PIN, actor=leader)

    def ask(c: Certificate):
        req = ocsp.OCSPRequestBuilder().add_certificate(
            service.load_certificate(c), ca.issuing.certificate, hashes.SHA256()).build()
        return ocsp.load_der_ocsp_response(
            service.ocsp_response(db, ca, req.public_bytes(serialization.Encoding.DER)))

    assert ask(cert).certificate_status == ocsp.OCSPCertStatus.REVOKED
    assert ask(other).certificate_status == ocsp.OCSPCertStatus.GOOD


def test_softhsm_certificate_signs_through_signer_for(db, demo, ca, softhsm):
    leader = demo["stc.leader"]
    ref = TokenKeyRef(softhsm, TOKEN_LABEL, key_label=f"svc-{leader.id}-{NOW.timestamp():.0f}")
    cert = service.issue_certificate_on_token(db, ca, leader, ref, TOKEN_PIN, algorithm="ec-p256", actor=None)
    db.commit()
    assert cert.key_backend == KeyBackend.PKCS11 and cert.key_blob is None
    assert cert.pkcs11_module == SOFTHSM_MODULE
    with pytest.raises(service.WrongCertificatePin):
        service.signer_for(db, cert, "999999", actor=leader)
    db.commit()
    assert cert.pin_failures == 1
    signer = service.signer_for(db, cert, TOKEN_PIN, actor=leader)
    db.commit()
    _verify(signer, b"token data", signer.sign(b"token data"))
    assert cert.pin_failures == 0


def test_cli_issue_export_chain_openssl_verify_and_demo_hook(app, db, demo, tmp_path, monkeypatch):
    runner = app.test_cli_runner()
    monkeypatch.setenv("T_PIN", "582047")
    result = runner.invoke(args=["pki", "init-ca"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["pki", "issue", "--user", "snnmt.staff", "--algorithm", "ec-p256",
                                 "--pin-env", "T_PIN"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["pki", "issue", "--user", "snnmt.staff", "--pin-env", "NOT_SET"])
    assert result.exit_code != 0 and "NOT_SET" in result.output
    chain = tmp_path / "chain.pem"
    assert runner.invoke(args=["pki", "export-chain", "-o", str(chain)]).exit_code == 0
    db.rollback()
    cert = db.execute(select(Certificate)).scalar_one()
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(service.load_certificate(cert).public_bytes(serialization.Encoding.PEM))
    root = tmp_path / "root.pem"
    root.write_bytes(chain.read_bytes().split(b"-----END CERTIFICATE-----\n")[1] + b"-----END CERTIFICATE-----\n")
    out = openssl("verify", "-CAfile", str(root), "-untrusted", str(chain), str(leaf))
    assert out.stdout.strip().endswith("OK")
    result = runner.invoke(args=["pki", "revoke", cert.serial, "--reason", "superseded"])
    assert result.exit_code == 0, result.output
    crl = tmp_path / "issuing.crl"
    assert runner.invoke(args=["pki", "crl", "issuing", "-o", str(crl)]).exit_code == 0
    assert cert.serial.upper() in openssl("crl", "-inform", "DER", "-in", str(crl), "-noout", "-text").stdout.upper()
    assert runner.invoke(args=["pki", "trust", "list"]).output.count("Root") >= 1

    monkeypatch.setenv("DOCFLOW_DEMO_PASSWORD", "Demo-pass-2026")
    monkeypatch.delenv("DOCFLOW_DEMO_PIN", raising=False)
    for _ in range(2):  # idempotent
        result = runner.invoke(args=["demo"])
        assert result.exit_code == 0, result.output
        assert "123456" in result.output, result.output
    db.rollback()  # end the test's read transaction: see what the CLI committed
    active = db.execute(select(Certificate).where(Certificate.status == CertificateStatus.ACTIVE)).scalars().all()
    leaders = [u for u in db.execute(text("SELECT username FROM users WHERE username LIKE '%.leader'")).scalars()]
    agencies = db.execute(select(func.count()).select_from(Unit).where(  # merged agencies get no seal
        Unit.kind == "agency", Unit.operator.is_(False), Unit.active.is_(True))).scalar()
    assert len([c for c in active if c.owner_kind.value == "personal"]) == len(leaders)
    assert len([c for c in active if c.owner_kind.value == "seal"]) == agencies
    leader = demo["snnmt.leader"]
    db.refresh(leader)
    assert service.signature_image(db, leader) is not None
    service.signer_for(db, service.active_certificate(db, user=leader), "123456", actor=leader)

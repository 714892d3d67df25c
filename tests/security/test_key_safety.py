"""Key safety: a PIN brute force through the signing page locks the key; a stolen database (and
data directory) without the PINs yields no usable private key; no log line of a full journey
carries a PIN, a password, an API token or key material."""

from __future__ import annotations

import logging
import re
import threading

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from sqlalchemy import MetaData, select, text

from docflow.models import Certificate
from docflow.pki import keystore
from tests.conftest import DEMO_PASSWORD, DEMO_PIN

COMMON_PINS = ["000000", "111111", "123456", "654321", "123123", "112233", "999999", "121212", "000001",
               "1234", "0000", "12345678", "246810", "135790", "888888", "password", "admin"]


def _submitted(world):
    from docflow.workflow import outgoing

    doc = outgoing.create_draft(world.db, world.ctx(), world.user("snnmt.staff"), world.draft_input(reviewer=None),
                                world.letter())
    outgoing.submit(world.db, world.ctx(), world.user("snnmt.staff"), doc, doc.revision)
    world.db.commit()
    return doc


def test_pin_brute_force_through_the_signing_page_locks_the_key(world, make_browser):
    doc = _submitted(world)
    b = make_browser()
    b.login("snnmt.leader")
    limit = world.config.pin_max_failures
    answers = []
    for pin in [p for p in COMMON_PINS if p != DEMO_PIN][: limit + 2]:
        r = b.post(f"/documents/{doc.id}/sign", {"revision": doc.revision, "pin": pin}, headers={
            "Accept": "application/json"})
        answers.append((r.status_code, r.get_json()["code"]))
    assert all(code != 200 for code, _ in answers)
    assert answers[limit - 1][1] == "CertificateLocked" or answers[limit][1] == "CertificateLocked", answers
    # the right PIN no longer opens it: an administrator must unlock the key
    r = b.post(f"/documents/{doc.id}/sign", {"revision": doc.revision, "pin": DEMO_PIN},
               headers={"Accept": "application/json"})
    assert r.status_code != 200 and r.get_json()["code"] == "CertificateLocked"
    world.db.expire_all()
    cert = world.db.execute(select(Certificate).where(Certificate.user_id == world.user("snnmt.leader").id)).scalar()
    assert cert.locked
    assert world.db.get(type(doc), doc.id).status.value == "awaiting_signature"


def _key_material(world) -> list[bytes]:
    """What a thief must not find: every private key's PKCS#8 DER and raw private value."""
    out = []
    for cert in world.db.execute(select(Certificate).where(Certificate.key_blob.is_not(None))).scalars():
        key = keystore.unlock(cert.key_blob, DEMO_PIN)
        out.append(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
        value = key.private_numbers().private_value if hasattr(key.private_numbers(), "private_value") \
            else key.private_numbers().d
        out.append(value.to_bytes((value.bit_length() + 7) // 8, "big"))
    return out


def test_a_stolen_database_yields_no_private_key(world):
    from tests.workflow.helpers import issued_document

    issued_document(world)
    secrets_ = _key_material(world)
    assert len(secrets_) >= 8
    engine = world.db.get_bind()
    meta = MetaData()
    meta.reflect(engine)
    cells = 0
    with engine.connect() as conn:
        # every table, in name order: the reflected foreign keys have a cycle (documents ↔
        # deliveries, a reply names the incoming document it answers), which sorted_tables warns of
        for table in sorted(meta.tables.values(), key=lambda t: t.name):
            for row in conn.execute(table.select()):
                for value in row:
                    cells += 1
                    raw = value if isinstance(value, bytes | bytearray | memoryview) else str(value).encode()
                    raw = bytes(raw)
                    assert b"PRIVATE KEY" not in raw, table.name
                    for secret in secrets_:
                        assert secret not in raw and secret.hex().encode() not in raw, table.name
                    if isinstance(value, bytes | bytearray | memoryview) and len(raw) > 32:
                        for loader in (serialization.load_der_private_key, serialization.load_pem_private_key):
                            with pytest.raises((ValueError, TypeError)):
                                loader(raw, password=None)
        blobs = [bytes(b) for b in conn.execute(text("SELECT key_blob FROM certificates WHERE key_blob IS NOT NULL"))
                 .scalars()]
    assert cells > 500 and blobs
    # guessing common PINs does not open any key (the real PIN is not among the guesses)
    for blob in blobs:
        for pin in COMMON_PINS:
            if pin == DEMO_PIN:
                continue
            with pytest.raises(keystore.WrongPin):
                keystore.unlock(blob, pin)
    # the files a thief would copy along: no key in clear either
    for path in world.config.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"BEGIN PRIVATE KEY" not in data and b"BEGIN EC PRIVATE KEY" not in data \
                and b"BEGIN RSA PRIVATE KEY" not in data, path
            assert not any(s in data for s in secrets_), path


def test_logs_of_a_full_journey_carry_no_secret(world, make_browser, caplog):
    """Root logger at DEBUG, werkzeug's request log from a real loopback server: log in, sign
    with the PIN, create an API token and use it; then search every record for the secrets."""
    from werkzeug.serving import make_server

    caplog.set_level(logging.DEBUG)
    for name in ("werkzeug", "docflow", "sqlalchemy.engine", "gunicorn.error", "gunicorn.access"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        doc = _submitted(world)
        server = make_server("127.0.0.1", 0, world.app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
        http = requests.Session()
        token_re = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
        csrf = token_re.search(http.get(base + "/login").text).group(1)
        assert http.post(base + "/login", data={"username": "snnmt.leader", "password": DEMO_PASSWORD,
                                                "csrf_token": csrf}, allow_redirects=False).status_code == 302
        csrf = token_re.search(http.get(base + "/desk").text).group(1)
        r = http.post(base + f"/documents/{doc.id}/sign", data={"revision": doc.revision, "pin": DEMO_PIN,
                                                               "csrf_token": csrf},
                      headers={"Accept": "application/json"})
        assert r.json()["ok"], r.text
        r = http.post(base + "/account/tokens", data={"name": "nhật ký", "expires_in_days": "30", "csrf_token": csrf})
        assert r.status_code in (200, 302)
        from docflow.api import tokens

        issued = tokens.create_token(world.db, world.user("snnmt.leader"), world.user("snnmt.leader"), "log")
        world.db.commit()
        api = requests.get(base + "/api/v1/me", headers={"Authorization": f"Bearer {issued.token}"})
        assert api.status_code == 200
        requests.get(base + "/api/v1/me", headers={"Authorization": "Bearer df_wrong_token_value_123"})
        server.shutdown()
        thread.join(timeout=10)
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    records = caplog.records
    assert any(r.name == "werkzeug" for r in records)  # the request log was captured
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in records)
    secrets_ = [DEMO_PIN, DEMO_PASSWORD, issued.token, issued.token[-16:], "df_wrong_token_value_123",
                "PRIVATE KEY", world.config.secret_key]
    for secret in secrets_:
        assert secret not in logged, f"a secret appears in the logs: {secret[:4]}…"
    for material in _key_material(world):
        assert material.hex() not in logged

"""Two-phase signing with the key on the leader's own token (issue 23), on a real SoftHSM2 token:
phase 1 on the server, the signature made by docflow-agent's token code (and by the real
``docflow-agent`` command against a live server), phase 2 on the server; every output judged
by pyHanko and pdfsig. Refusals: the document changed between the phases, a replay, an
expired preparation, a signature from another key, a revoked certificate."""

from __future__ import annotations

import base64
import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from werkzeug.serving import make_server

from docflow.agent.token import Token
from docflow.api import tokens
from docflow.models import Certificate, DocStatus, KeyBackend, PreparationStatus
from docflow.pki import service as pki
from docflow.pki.pkcs11 import TokenKeyRef, generate_key_on_token
from docflow.signing.errors import InvalidInput
from docflow.signing.service import check_raw_signature
from docflow.workflow import outgoing, token_signing
from docflow.workflow.errors import SigningFailed, StaleRevision
from tests.conftest import DEMO_PIN
from tests.pki.conftest import SOFTHSM_MODULE, TOKEN_LABEL, TOKEN_PIN, softhsm  # noqa: F401 - the fixture
from tests.signing.oracles import assert_pdfsig_accepts, assert_pyhanko_accepts, require
from tests.support.pki import TestCA

_PEM = serialization.Encoding.PEM


def _token_leader(w, module: str, username: str = "snnmt.leader") -> tuple[Token, object]:
    """A key born on the token, certified by the installation's CA, registered "on my token"
    from its PEM alone (certificate + chain): docflow never sees the key."""
    db, config = w.db, w.config
    leader = w.user(username)
    ref = TokenKeyRef(module, TOKEN_LABEL, key_label=f"leader-{leader.id}-{os.urandom(4).hex()}")
    public = generate_key_on_token(ref, TOKEN_PIN, "ec-p256")
    ca = pki.ensure_dev_ca(config)
    cert = ca.issue_personal(public, pki._person(db, leader))
    pem = cert.public_bytes(_PEM) + b"".join(c.public_bytes(_PEM) for c in ca.chain)
    record = pki.register_token_certificate(db, leader, pem, pki.trust_anchors(config), actor=leader)
    db.commit()
    assert record.key_backend == KeyBackend.EXTERNAL and record.key_blob is None
    return Token(ref, TOKEN_PIN), record


def _awaiting_signature(w, subject: str = "V/v ký bằng token của lãnh đạo"):
    db, ctx = w.db, w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None, subject=subject),
                                w.letter())
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    return doc


def _sign_on_token(token: Token, row) -> bytes:
    from cryptography import x509

    d = token_signing.describe(row, dt.datetime.now(dt.UTC))
    cert = x509.load_der_x509_certificate(base64.b64decode(d["certificate"]))
    token.check(cert)
    return token.sign(base64.b64decode(d["to_sign"]), d["digest"], cert)


def _root(w):
    return pki.ensure_dev_ca(w.config).root.certificate


@pytest.mark.usefixtures("softhsm")
def test_leader_signs_on_token_then_the_seal_in_software_both_valid_in_pyhanko_and_pdfsig(world):
    w, db = world, world.db
    require("pdfsig")
    token, record = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    assert row.status == PreparationStatus.PENDING and doc.status == DocStatus.AWAITING_SIGNATURE
    assert row.summary["subject"] == "V/v ký bằng token của lãnh đạo" and row.certificate_id == record.id

    token_signing.complete(db, w.ctx(), leader, row.id, _sign_on_token(token, row))
    db.commit()
    assert doc.status == DocStatus.SIGNED and doc.main_file.current.reason == "signature"
    assert row.status == PreparationStatus.DONE and row.prepared_pdf is None
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    assert_pyhanko_accepts(signed, _root(w), 1)
    # pdfsig: the signature valid over the whole file; trust is not asked (NSS reports "Unknown
    # issue" for the development CA's certificates: it cannot reach the OCSP responder they name,
    # test_number_on_page.py); pyHanko judges trust
    assert_pdfsig_accepts(signed, None, 1)
    assert doc.main_file.current.details["timestamped"] is True  # B-T, as on the server path

    outgoing.issue(db, w.ctx(), w.user("snnmt.clerk"), doc, doc.revision, DEMO_PIN)  # the seal: software key
    db.commit()
    sealed = w.ctx().blobs.get(doc.main_file.current.sha256)
    assert_pyhanko_accepts(sealed, _root(w), 2)
    seal_version = next(v for v in doc.main_file.versions if v.reason == "seal")
    assert_pdfsig_accepts(w.ctx().blobs.get(seal_version.sha256), None, 2)


@pytest.mark.usefixtures("softhsm")
def test_revision_change_between_the_phases_refuses(world):
    w, db = world, world.db
    token, _ = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader, staff = w.user("snnmt.leader"), w.user("snnmt.staff")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    signature = _sign_on_token(token, row)
    # meanwhile the leader's office returns it, the drafter uploads another text and resubmits
    outgoing.return_document(db, w.ctx(), leader, doc, doc.revision, "Sửa đoạn 2")
    outgoing.revise_draft(db, w.ctx(), staff, doc, doc.revision, main=w.letter(subject="Nội dung khác"))
    outgoing.submit(db, w.ctx(), staff, doc, doc.revision)
    db.commit()
    with pytest.raises(StaleRevision) as err:
        token_signing.complete(db, w.ctx(), leader, row.id, signature)
    assert "changed after the signature was prepared" in str(err.value)
    db.refresh(doc)
    assert doc.status == DocStatus.AWAITING_SIGNATURE and doc.main_file.current.reason != "signature"
    db.refresh(row)
    assert row.status == PreparationStatus.FAILED  # used: the same signature never goes in later


@pytest.mark.usefixtures("softhsm")
def test_a_replayed_preparation_refuses(world):
    w, db = world, world.db
    token, _ = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    signature = _sign_on_token(token, row)
    token_signing.complete(db, w.ctx(), leader, row.id, signature)
    db.commit()
    versions = len(doc.main_file.versions)
    with pytest.raises(token_signing.PreparationRefused) as err:
        token_signing.complete(db, w.ctx(), leader, row.id, signature)
    assert "already used" in str(err.value)
    db.rollback()
    assert len(doc.main_file.versions) == versions


@pytest.mark.usefixtures("softhsm")
def test_an_expired_preparation_refuses(world):
    w, db = world, world.db
    token, _ = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    assert row.expires_at - row.created_at == dt.timedelta(minutes=w.config.signing_preparation_minutes)
    signature = _sign_on_token(token, row)
    w.clock.now += dt.timedelta(minutes=w.config.signing_preparation_minutes, seconds=1)
    assert token_signing.pending(db, w.ctx(), leader) == []  # the agent no longer sees it
    with pytest.raises(token_signing.PreparationRefused) as err:
        token_signing.complete(db, w.ctx(), leader, row.id, signature)
    assert "expired" in str(err.value)
    db.refresh(doc)
    assert doc.status == DocStatus.AWAITING_SIGNATURE
    # a preparation nobody completed keeps no file once it has expired: the next one drops it
    left = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    w.clock.now += dt.timedelta(minutes=w.config.signing_preparation_minutes, seconds=1)
    other = _awaiting_signature(w, subject="V/v văn bản khác")
    token_signing.prepare(db, w.ctx(), leader, other, other.revision)
    db.commit()
    db.refresh(left)
    assert left.status == PreparationStatus.FAILED and left.prepared_pdf is None


@pytest.mark.usefixtures("softhsm")
def test_a_signature_from_another_key_refuses(world):
    w, db = world, world.db
    _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    db.commit()
    other = ec.generate_private_key(ec.SECP256R1())  # a key of the same type, not the certificate's
    to_sign = base64.b64decode(row.state["to_sign"])
    forged = other.sign(to_sign, ec.ECDSA(hashes.SHA256()))
    with pytest.raises(token_signing.PreparationRefused) as err:
        token_signing.complete(db, w.ctx(), leader, row.id, forged)
    assert "not made with the key of your registered certificate" in str(err.value)
    db.refresh(doc)
    db.refresh(row)
    assert doc.status == DocStatus.AWAITING_SIGNATURE and row.status == PreparationStatus.FAILED
    with pytest.raises(InvalidInput):  # garbage is refused the same way
        check_raw_signature(pki.load_certificate(db.get(Certificate, row.certificate_id)), to_sign,
                            b"\x30\x06\x02\x01\x01\x02\x01\x01")


@pytest.mark.usefixtures("softhsm")
def test_a_revoked_token_certificate_is_refused_before_phase_1(world):
    w, db = world, world.db
    _, record = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    pki.revoke(db, record, "keyCompromise", actor=None)
    db.commit()
    with pytest.raises(SigningFailed):  # no usable certificate remains: none is prepared
        token_signing.prepare(db, w.ctx(), w.user("snnmt.leader"), doc, doc.revision)
    db.rollback()
    assert token_signing.pending(db, w.ctx(), w.user("snnmt.leader")) == []


def test_registering_a_certificate_from_an_untrusted_ca_is_refused(world):
    w, db = world, world.db
    leaf = TestCA("CA lạ", key_kind="ec").issue("Nguyễn Văn Lạ", key_kind="ec")
    with pytest.raises(pki.ImportRejected) as err:
        pki.register_token_certificate(db, w.user("snnmt.leader"), leaf.cert_pem + leaf.chain[0].public_bytes(_PEM),
                                       pki.trust_anchors(w.config), actor=w.user("snnmt.leader"))
    assert err.value.reason == "untrusted"
    with pytest.raises(pki.ImportRejected) as err:
        pki.register_token_certificate(db, w.user("snnmt.leader"), b"not a certificate",
                                       pki.trust_anchors(w.config), actor=w.user("snnmt.leader"))
    assert err.value.reason == "not_certificate"


@pytest.fixture
def live_server(world):
    server = make_server("127.0.0.1", 0, world.app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _agent_command() -> list[str]:
    script = Path(sys.executable).with_name("docflow-agent")
    return [str(script)] if script.exists() else [sys.executable, "-m", "docflow.agent.cli"]


@pytest.mark.usefixtures("softhsm")
def test_docflow_agent_signs_the_preparations_made_through_the_api_in_one_run(world, live_server, tmp_path):
    w, db = world, world.db
    require("pdfsig")
    token, _ = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    api_token = tokens.create_token(db, leader, leader, "docflow-agent").token
    db.commit()
    client = w.app.test_client()
    headers = {"Authorization": f"Bearer {api_token}", "Accept-Language": "en"}
    answer = client.post(f"/api/v1/signing/documents/{doc.id}/prepare", json={"revision": doc.revision},
                         headers=headers)
    assert answer.status_code == 201, answer.json
    prepared = answer.json
    assert prepared["status"] == "pending" and prepared["summary"]["subject"] == doc.subject
    other = _awaiting_signature(w, subject="V/v văn bản thứ hai trong cùng lượt ký")  # batch: one PIN entry
    assert client.post(f"/api/v1/signing/documents/{other.id}/prepare", json={"revision": other.revision},
                       headers=headers).status_code == 201
    (tmp_path / "pin").write_text(TOKEN_PIN)
    (tmp_path / "api").write_text(api_token)
    run = subprocess.run([*_agent_command(), "--server", live_server, "--api-token-file", str(tmp_path / "api"),
                          "--module", SOFTHSM_MODULE, "--token-label", TOKEN_LABEL, "--key-label", token.ref.key_label,
                          "--pin-file", str(tmp_path / "pin"), "--yes", "--once", "--lang", "en"],
                         capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert run.returncode == 0, run.stdout + run.stderr
    assert doc.subject in run.stdout and prepared["digest"] in run.stdout  # shown before signing
    assert TOKEN_PIN not in run.stdout + run.stderr
    status = client.get(f"/api/v1/signing/preparations/{prepared['id']}", headers=headers).json
    assert status["status"] == "done", status
    db.expire_all()
    assert doc.status == DocStatus.SIGNED and other.status == DocStatus.SIGNED
    assert other.subject in run.stdout
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    assert_pyhanko_accepts(signed, _root(w), 1)
    assert_pdfsig_accepts(signed, None, 1)
    # the same signature posted again: refused, in plain words
    again = client.post(f"/api/v1/signing/preparations/{prepared['id']}/signature",
                        json={"signature": base64.b64encode(b"x" * 70).decode()}, headers=headers)
    assert again.status_code == 409 and "already used" in again.json["error"]["message"]


@pytest.mark.usefixtures("softhsm")
def test_the_signing_page_waits_for_docflow_agent_then_shows_the_signed_document(world, make_browser):
    """The leader registers the certificate on the My certificates page; the document page then
    offers "Sign with my token" (no PIN field), starts a preparation, says to confirm in
    docflow-agent and, polled, reports it signed; an expired one is reported in plain words."""
    w, db = world, world.db
    leader = w.user("snnmt.leader")
    ref = TokenKeyRef(SOFTHSM_MODULE, TOKEN_LABEL, key_label=f"web-{leader.id}-{os.urandom(4).hex()}")
    ca = pki.ensure_dev_ca(w.config)
    cert = ca.issue_personal(generate_key_on_token(ref, TOKEN_PIN, "ec-p256"), pki._person(db, leader))
    pem = cert.public_bytes(_PEM) + b"".join(c.public_bytes(_PEM) for c in ca.chain)
    db.rollback()  # SQLite: no transaction of the test's own stays open while the pages write
    browser = make_browser()
    assert browser.login("snnmt.leader").status_code == 302
    import io

    answer = browser.post("/certificates/register-token", {"file": (io.BytesIO(pem), "leader.pem")},
                          form_page="/certificates", content_type="multipart/form-data")
    assert answer.status_code == 302, answer.get_data(as_text=True)[:2000]
    page = browser.client.get("/certificates").get_data(as_text=True)
    assert "Trên token của tôi (docflow-agent)" in page

    db.rollback()
    doc = _awaiting_signature(w)
    page = browser.client.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Ký bằng token của tôi" in page and 'name="pin"' not in page
    started = browser.post(f"/documents/{doc.id}/sign/token", {"revision": doc.revision},
                           form_page=f"/documents/{doc.id}", headers={"Accept": "application/json"})
    assert started.status_code == 200 and started.json["ok"], started.json
    assert "docflow-agent" in started.json["message"]
    status = browser.client.get(started.json["status_url"], headers={"Accept": "application/json"}).json
    assert status["status"] == "pending" and "docflow-agent" in status["message"]

    db.rollback()
    row = token_signing.get_preparation(db, leader, started.json["id"])
    token_signing.complete(db, w.ctx(), leader, row.id, _sign_on_token(Token(ref, TOKEN_PIN), row))
    db.commit()
    status = browser.client.get(started.json["status_url"], headers={"Accept": "application/json"}).json
    assert status["status"] == "done"
    page = browser.client.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Đã ký." in page  # the page reloaded by the script says it

    db.rollback()
    second = _awaiting_signature(w, subject="V/v văn bản thứ hai")
    started = browser.post(f"/documents/{second.id}/sign/token", {"revision": second.revision},
                           form_page=f"/documents/{second.id}", headers={"Accept": "application/json"})
    # the pages run on the real clock: the preparation's time runs out instead
    db.rollback()
    row = token_signing.get_preparation(db, leader, started.json["id"])
    row.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    db.commit()
    status = browser.client.get(started.json["status_url"], headers={"Accept": "application/json"}).json
    assert status["status"] == "expired" and not status["ok"]
    assert "hết hạn" in status["message"] and "chưa có gì được ký" in status["message"]


def _token_seal(w, agency_code: str = "SNNMT") -> Token:
    """The agency's seal key on a token, its certificate registered by docflow itself."""
    db, config = w.db, w.config
    agency = w.agency(agency_code)
    ref = TokenKeyRef(SOFTHSM_MODULE, TOKEN_LABEL, key_label=f"seal-{agency.id}-{os.urandom(4).hex()}")
    ca = pki.ensure_dev_ca(config)
    cert = ca.issue_seal(generate_key_on_token(ref, TOKEN_PIN, "ec-p256"), pki._agency_identity(db, agency))
    pem = cert.public_bytes(_PEM) + b"".join(c.public_bytes(_PEM) for c in ca.chain)
    pki.register_token_certificate(db, agency, pem, pki.trust_anchors(config), actor=None)
    db.commit()
    return Token(ref, TOKEN_PIN)


def _signed_by_leader(w, subject: str, attachments: int = 0):
    from docflow.workflow.outgoing import Upload
    from tests.support.pdfs import official_letter

    db, ctx = w.db, w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None, subject=subject),
                                w.letter(), attachments=[Upload(f"phu-luc-{i}.pdf", official_letter(
                                    signer_title="", signer_name="")) for i in range(attachments)])
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    outgoing.sign(db, ctx, w.user("snnmt.leader"), doc, doc.revision, DEMO_PIN)
    db.commit()
    return doc


@pytest.mark.usefixtures("softhsm")
def test_docflow_agent_applies_the_seal_from_a_token_to_every_file_with_the_number(world, live_server, tmp_path):
    """The same two phases for the agency's seal: the number and date filled, the main file and
    its attachment signed in one run of the agent (one PIN entry), B-LTA, pyHanko and pdfsig."""
    w, db = world, world.db
    require("pdfsig")
    seal = _token_seal(w)
    doc = _signed_by_leader(w, "V/v đóng dấu bằng token", attachments=1)
    clerk = w.user("snnmt.clerk")
    api_token = tokens.create_token(db, clerk, clerk, "docflow-agent").token
    db.commit()
    headers = {"Authorization": f"Bearer {api_token}", "Accept-Language": "en"}
    answer = w.app.test_client().post(f"/api/v1/signing/documents/{doc.id}/prepare-seal",
                                      json={"revision": doc.revision}, headers=headers)
    assert answer.status_code == 201, answer.json
    assert answer.json["kind"] == "seal" and len(answer.json["items"]) == 2
    assert answer.json["summary"]["notation"] == "01/SNNMT-QLĐĐ"
    (tmp_path / "pin").write_text(TOKEN_PIN)
    (tmp_path / "api").write_text(api_token)
    run = subprocess.run([*_agent_command(), "--server", live_server, "--api-token-file", str(tmp_path / "api"),
                          "--module", SOFTHSM_MODULE, "--token-label", TOKEN_LABEL, "--key-label", seal.ref.key_label,
                          "--pin-file", str(tmp_path / "pin"), "--yes", "--once", "--lang", "en"],
                         capture_output=True, text=True, timeout=180, env=os.environ.copy())
    assert run.returncode == 0, run.stdout + run.stderr
    assert "01/SNNMT-QLĐĐ" in run.stdout
    db.expire_all()
    assert doc.status == DocStatus.ISSUED and doc.number == 1 and doc.notation == "01/SNNMT-QLĐĐ"
    sealed_version = next(v for v in doc.main_file.versions if v.reason == "seal")
    sealed = w.ctx().blobs.get(sealed_version.sha256)
    assert_pyhanko_accepts(sealed, _root(w), 2)
    assert_pdfsig_accepts(sealed, None, 2)
    assert_pyhanko_accepts(w.ctx().blobs.get(doc.main_file.current.sha256), _root(w), 2)  # + archive timestamp
    attachment = doc.attachments[0]
    stamped = next(v for v in attachment.versions if v.reason == "attachment_signature")
    assert_pyhanko_accepts(w.ctx().blobs.get(stamped.sha256), _root(w), 1)
    assert_pdfsig_accepts(w.ctx().blobs.get(stamped.sha256), None, 1)


@pytest.mark.usefixtures("softhsm")
def test_a_seal_prepared_before_another_issuance_refuses_rather_than_skip_a_number(world):
    w, db = world, world.db
    seal = _token_seal(w)
    first, second = (_signed_by_leader(w, f"V/v văn bản {i}") for i in (1, 2))
    clerk = w.user("snnmt.clerk")
    rows = [token_signing.prepare_seal(db, w.ctx(), clerk, d, d.revision) for d in (first, second)]
    db.commit()
    assert [r.state["number"] for r in rows] == [1, 1]  # peeked: nothing is taken before phase 2

    def signatures(row):
        cert = pki.load_certificate(db.get(Certificate, row.certificate_id))
        return [seal.sign(base64.b64decode(i["to_sign"]), i["digest"], cert) for i in row.state["items"]]

    token_signing.complete(db, w.ctx(), clerk, rows[1].id, signatures(rows[1]))
    db.commit()
    assert second.number == 1
    with pytest.raises(token_signing.PreparationRefused) as err:
        token_signing.complete(db, w.ctx(), clerk, rows[0].id, signatures(rows[0]))
    assert "took number 1" in str(err.value)
    db.refresh(first)
    assert first.status == DocStatus.SIGNED and first.number is None
    again = token_signing.prepare_seal(db, w.ctx(), clerk, first, first.revision)
    token_signing.complete(db, w.ctx(), clerk, again.id, signatures(again))
    db.commit()
    assert first.number == 2  # no gap, no twin


@pytest.mark.usefixtures("softhsm")
def test_the_clerks_page_issues_with_the_seal_on_the_token(world, make_browser):
    w, db = world, world.db
    seal = _token_seal(w)
    doc = _signed_by_leader(w, "V/v phát hành bằng token")
    db.rollback()  # SQLite: no transaction of the test's own stays open while the pages write
    browser = make_browser()
    assert browser.login("snnmt.clerk").status_code == 302
    page = browser.client.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Phát hành bằng con dấu trên token" in page and 'name="pin"' not in page
    started = browser.post(f"/documents/{doc.id}/issue/token", {"revision": doc.revision},
                           form_page=f"/documents/{doc.id}", headers={"Accept": "application/json"})
    assert started.status_code == 200 and started.json["ok"], started.json
    db.rollback()
    clerk = w.user("snnmt.clerk")
    row = token_signing.get_preparation(db, clerk, started.json["id"])
    cert = pki.load_certificate(db.get(Certificate, row.certificate_id))
    token_signing.complete(db, w.ctx(), clerk, row.id,
                           [seal.sign(base64.b64decode(i["to_sign"]), i["digest"], cert) for i in row.state["items"]])
    db.commit()
    status = browser.client.get(started.json["status_url"], headers={"Accept": "application/json"}).json
    assert status["status"] == "done"
    db.refresh(doc)
    assert doc.status == DocStatus.ISSUED and doc.notation == "01/SNNMT-QLĐĐ"


@pytest.mark.usefixtures("softhsm")
def test_docflow_agent_with_a_wrong_pin_stops_and_signs_nothing(world, live_server, tmp_path):
    w, db = world, world.db
    token, _ = _token_leader(w, SOFTHSM_MODULE)
    doc = _awaiting_signature(w)
    leader = w.user("snnmt.leader")
    row = token_signing.prepare(db, w.ctx(), leader, doc, doc.revision)
    api_token = tokens.create_token(db, leader, leader, "docflow-agent").token
    db.commit()
    (tmp_path / "pin").write_text("999999")
    (tmp_path / "api").write_text(api_token)
    run = subprocess.run([*_agent_command(), "--server", live_server, "--api-token-file", str(tmp_path / "api"),
                          "--module", SOFTHSM_MODULE, "--token-label", TOKEN_LABEL, "--key-label", token.ref.key_label,
                          "--pin-file", str(tmp_path / "pin"), "--yes", "--interval", "1"],
                         capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert run.returncode == 1, run.stdout + run.stderr  # stopped at once: no second try of the PIN
    assert "PIN is not correct" in run.stdout and "nothing was signed" in run.stdout
    db.expire_all()
    assert doc.status == DocStatus.AWAITING_SIGNATURE and row.status == PreparationStatus.PENDING

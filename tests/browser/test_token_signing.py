"""Issue 23 in a real browser: the leader's key is only on a (SoftHSM2) token; the leader signs in
Chromium while ``docflow-agent`` runs on "their computer" with the token (the PIN given to the
agent by the test), the signature lands where the box was dragged, and pyHanko and pdfsig
accept the result."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from playwright.sync_api import expect

from tests.pki.conftest import SOFTHSM_MODULE, TOKEN_LABEL, TOKEN_PIN, softhsm  # noqa: F401 - the fixture
from tests.signing.oracles import assert_pdfsig_accepts, assert_pyhanko_accepts, require

from .conftest import ROOT
from .flows import draft, open_document, sign_box, signature_rects, signed_version

pytestmark = [pytest.mark.browser, pytest.mark.slow]
_PEM = serialization.Encoding.PEM


def _server_side(live_server, username: str, key_label: str):
    """On the server's own database and CA (as its administrator would): the leader's key is
    born on the token, the installation's CA certifies it, the certificate alone is registered
    "on my token"; and the leader's API token for the agent. Returns (api token, CA root)."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from docflow.api import tokens
    from docflow.config import load_config
    from docflow.models import User
    from docflow.pki import service as pki
    from docflow.pki.ca import PersonIdentity
    from docflow.pki.pkcs11 import TokenKeyRef, generate_key_on_token

    config = load_config({"data_dir": live_server.data_dir, "trust_dir": live_server.data_dir.parent / "trust",
                          "database_url": live_server.database_url,
                          "secret_key": "browser-test-secret-" + "k" * 32, "base_url": live_server.url}, environ={})
    ca = pki.ensure_dev_ca(config)
    ref = TokenKeyRef(SOFTHSM_MODULE, TOKEN_LABEL, key_label=key_label)
    engine = create_engine(live_server.database_url)
    with Session(engine) as db:
        leader = db.execute(select(User).where(User.username == username)).scalar_one()
        cert = ca.issue_personal(generate_key_on_token(ref, TOKEN_PIN, "ec-p256"),
                                 PersonIdentity(full_name=leader.full_name, title=leader.title or "-", agency="-"))
        pem = cert.public_bytes(_PEM) + b"".join(c.public_bytes(_PEM) for c in ca.chain)
        pki.register_token_certificate(db, leader, pem, pki.trust_anchors(config), actor=None)
        api_token = tokens.create_token(db, leader, leader, "docflow-agent").token
        db.commit()
    engine.dispose()
    return api_token, ca.root.certificate


@pytest.mark.usefixtures("softhsm")
def test_the_leader_signs_in_chromium_through_docflow_agent_with_the_key_on_the_token(
        people, live_server, letter_pdf, tmp_path, shoot):
    require("pdfsig")
    subject = "V/v ký bằng token qua docflow-agent (trình duyệt)"
    key_label = f"browser-{os.urandom(4).hex()}"
    api_token, root = _server_side(live_server, "ubndxnh.leader", key_label)
    (tmp_path / "api").write_text(api_token)
    (tmp_path / "pin").write_text(TOKEN_PIN)
    staff = people.page("ubndxnh.staff")
    doc_id = draft(staff, letter_pdf, subject, recipient="Sở Tài chính")

    # the agent runs on the leader's computer, polling with the leader's API token
    script = Path(sys.executable).with_name("docflow-agent")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "docflow.agent.cli"]
    log = (tmp_path / "agent.log").open("w")
    agent = subprocess.Popen([*command, "--server", live_server.url, "--api-token-file", str(tmp_path / "api"),
                              "--module", SOFTHSM_MODULE, "--token-label", TOKEN_LABEL, "--key-label",
                              key_label, "--pin-file", str(tmp_path / "pin"), "--yes",
                              "--interval", "1"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                             env=os.environ.copy())
    try:
        leader = people.page("ubndxnh.leader")
        open_document(leader, doc_id)
        expect(leader.locator("#btn-sign-token")).to_be_visible()
        expect(leader.locator("#pin")).to_have_count(0)  # no PIN is typed in the page
        box = leader.locator("#sig-box")
        start = box.bounding_box()
        leader.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
        leader.mouse.down()
        leader.mouse.move(start["x"] + start["width"] / 2 - 100, start["y"] + start["height"] / 2 - 80, steps=8)
        leader.mouse.up()
        dragged = sign_box(leader)
        leader.click("#btn-sign-token")
        expect(leader.locator("#token-sign-status")).to_contain_text("docflow-agent")
        shoot(leader, "confirm-in-agent")
        expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"), timeout=60_000)
        shoot(leader, "signed-on-token")
    finally:
        agent.terminate()
        agent.wait(timeout=15)
        log.close()
    output = (tmp_path / "agent.log").read_text()
    assert subject in output and TOKEN_PIN not in output, output
    signed = signed_version(leader)
    rects = signature_rects(signed)
    assert len(rects) == 1 and rects[0][1] == pytest.approx(dragged, abs=0.6)
    # pyHanko validates in an event loop of its own: not in the thread Playwright's loop runs in
    with ThreadPoolExecutor(1) as pool:
        pool.submit(assert_pyhanko_accepts, signed, root, 1).result()
    assert_pdfsig_accepts(signed, None, 1)


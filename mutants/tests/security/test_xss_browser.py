"""Stored XSS in a real browser: payloads in a subject, a comment, a person's name and title, a
unit name, a file name and a token name, then Chromium (headless) opens the pages that show
them. No dialog may fire, and the payloads must be visible as text."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_PASSWORD

from .test_web_security import XSS

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = "/usr/bin/chromium"


def _plant(inst) -> int:
    from docflow.accounts import service as accounts
    from docflow.api import tokens
    from docflow.models import Unit, UnitKind, User
    from docflow.runtime import workflow_context
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import DraftInput, Upload
    from tests.support.pdfs import official_letter

    app = inst.app()
    with app.extensions["docflow.write_sessionmaker"]() as db:
        who = {u.username: u for u in db.execute(select(User)).scalars()}
        agency = db.execute(select(Unit).where(Unit.code == "SNNMT", Unit.kind == "agency")).scalar_one()
        other = db.execute(select(Unit).where(Unit.code == "UBNDXNH", Unit.kind == "agency")).scalar_one()
        accounts.create_unit(db, name="Phòng " + XSS[3], kind=UnitKind.DIVISION, parent=agency)
        staff = who["snnmt.staff"]
        staff.full_name, staff.title = "Cán bộ " + XSS[0], XSS[1]
        ctx = workflow_context(db, app.config["DOCFLOW"])
        from docflow.models import DocType

        doc = outgoing.create_draft(db, ctx, staff, DraftInput(
            doc_type=DocType.CV, subject=" ".join(XSS), recipients=[other.id], signer_id=who["snnmt.leader"].id,
            reviewer_id=who["snnmt.reviewer"].id), Upload(XSS[1] + ".pdf", official_letter()))
        outgoing.submit(db, ctx, staff, doc, doc.revision)
        outgoing.return_document(db, ctx, who["snnmt.reviewer"], doc, doc.revision, XSS[0] + XSS[3])
        tokens.create_token(db, staff, staff, XSS[1])
        db.commit()
        doc_id = doc.id
    app.extensions["docflow.engine"].dispose()
    return doc_id


@pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Chromium is not installed")
def test_no_dialog_fires_on_pages_showing_stored_payloads(tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.reliability.support import Installation, Server

    inst = Installation(tmp_path / "inst", f"sqlite:///{tmp_path / 'xss.sqlite3'}")
    inst.seed()
    doc_id = _plant(inst)
    dialogs: list[str] = []
    with Server(inst, workers=1, threads=4) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server.url + "/login")
            page.fill("input[name=username]", "snnmt.staff")
            page.fill("input[name=password]", DEMO_PASSWORD)
            page.click("form:has(input[name=password]) button[type=submit]")
            page.wait_for_url("**/desk")
            shown = ""
            for path in ("/desk", "/documents", f"/documents/{doc_id}", "/account/tokens"):
                page.goto(server.url + path)
                page.wait_for_load_state("load")
                page.wait_for_timeout(300)  # give a planted handler (onerror/onload) its chance
                shown += page.inner_text("body")
            assert 'alert("xss1")' in shown  # the payload is there, as text
        finally:
            browser.close()
    assert dialogs == []

"""The intake policy where files enter docflow: a repaired upload is what is stored and signed,
and the repair is said on the document page, in the API (both languages) and in the history;
a refused upload names the problem in Vietnamese on the form and stores nothing; a tiny page
is signed with the default box scaled onto it."""

from __future__ import annotations

import hashlib
import io

from sqlalchemy import func, select

from docflow.models import Document, DocumentEvent
from docflow.signing.intake import take_in
from docflow.workflow import outgoing
from docflow.workflow.outgoing import Upload
from tests.conftest import DEMO_PIN, csrf_token
from tests.signing.oracles import assert_pyhanko_accepts
from tests.support import producers as P
from tests.support.pdfs import official_letter

LETTER = official_letter(signer_title="", signer_name="")


def _leader_roots(world):
    from docflow.pki import service as pki

    return [pki.ensure_dev_ca(world.config).root.certificate]


def test_repaired_upload_is_stored_signed_and_said_everywhere(world, as_user, make_browser):
    w, db = world, world.db
    staff, leader = w.user("snnmt.staff"), w.user("snnmt.leader")
    broken = P.startxref_off(LETTER, 1)  # the xref must be reconstructed: repaired, then signed
    doc = outgoing.create_draft(db, w.ctx(), staff, w.draft_input(reviewer=None), Upload("cv.pdf", broken))
    db.commit()
    version = doc.main_file.current
    expected = take_in(broken)
    assert version.sha256 == hashlib.sha256(expected.pdf).hexdigest() != hashlib.sha256(broken).hexdigest()
    assert version.details["repaired"] == ["rebuilt"]
    assert version.details["original_sha256"] == hashlib.sha256(broken).hexdigest()
    event = db.execute(select(DocumentEvent).where(DocumentEvent.document_id == doc.id,
                                                   DocumentEvent.action == "repaired")).scalar_one()
    assert event.details["file"] == "cv.pdf" and event.details["repairs"] == ["rebuilt"]
    db.commit()  # end the read transaction: the requests below write (SQLite)

    body = as_user("snnmt.staff").get(f"/api/v1/documents/{doc.id}").get_json()
    (api_version,) = body["files"][0]["versions"]
    assert api_version["repaired"] == ["rebuilt"]
    assert api_version["repair_notice"].startswith("Tệp đã được sửa trước khi ký")
    assert api_version["original_sha256"] == hashlib.sha256(broken).hexdigest()
    english = as_user("snnmt.staff", lang="en").get(f"/api/v1/documents/{doc.id}").get_json()
    assert english["files"][0]["versions"][0]["repair_notice"].startswith("The file was repaired before signing")

    browser = make_browser()
    assert browser.login("snnmt.staff").status_code == 302
    page = browser.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Tệp đã được sửa trước khi ký." in page
    assert "đã cho sửa tệp trước khi ký" in page  # the history line
    assert "đã được dựng lại" in page  # what was repaired
    db.commit()

    outgoing.submit(db, w.ctx(), staff, doc, doc.revision)
    outgoing.sign(db, w.ctx(), leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    assert signed.startswith(expected.pdf)  # the repaired copy is what was signed
    assert_pyhanko_accepts(signed, _leader_roots(w)[0], 1)


def test_refused_upload_names_the_problem_in_vietnamese_and_stores_nothing(world, make_browser):
    w, db = world, world.db
    before = db.execute(select(func.count(Document.id))).scalar_one()
    browser = make_browser()
    assert browser.login("snnmt.staff").status_code == 302
    token = csrf_token(browser.client, "/documents/new")
    response = browser.client.post("/documents/new", data={
        "csrf_token": token, "doc_type": "CV", "subject": "V/v tệp có mật khẩu", "urgency": "normal",
        "confidentiality": "normal", "signer_id": str(w.user("snnmt.leader").id), "reviewer_id": "0",
        "authority_line": "", "recipients": [str(w.agency("UBNDXNH").id)],
        "main_pdf": (io.BytesIO(P.encrypted(LETTER, user="mat-khau")), "co-mat-khau.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Không dùng được tệp co-mat-khau.pdf: tệp PDF được bảo vệ bằng mật khẩu" in page
    db.expire_all()
    assert db.execute(select(func.count(Document.id))).scalar_one() == before


def test_tiny_page_is_signed_and_sealed_with_boxes_on_the_page(world):
    import pypdfium2 as pdfium

    w, db = world, world.db
    staff, leader, clerk = w.user("snnmt.staff"), w.user("snnmt.leader"), w.user("snnmt.clerk")
    doc = outgoing.create_draft(db, w.ctx(), staff, w.draft_input(reviewer=None), Upload("bien-nhan.pdf",
                                                                                       P.tiny_page()))
    outgoing.submit(db, w.ctx(), staff, doc, doc.revision)
    outgoing.sign(db, w.ctx(), leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, w.ctx(), clerk, doc, doc.revision, DEMO_PIN)
    db.commit()
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    assert_pyhanko_accepts(signed, _leader_roots(w)[0], 2)
    pdf = pdfium.PdfDocument(signed)
    try:
        w_pt, h_pt = pdf[0].get_size()
    finally:
        pdf.close()
    for version in doc.main_file.versions[1:]:
        if version.reason == "archive":
            continue  # the DSS and the archive timestamp draw nothing
        x1, y1, x2, y2 = version.details["box"]
        assert 0 <= x1 < x2 <= w_pt and 0 <= y1 < y2 <= h_pt, version.details

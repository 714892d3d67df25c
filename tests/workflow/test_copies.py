"""Electronic copies (Decree 30 Art. 25–27): "sao y", "sao lục" and "trích sao" made by a
clerk, numbered in the agency's one sequence of copies, signed by the agency at the top right
of page 1 with the form, the agency, the copy's number and the time — and, for full copies,
the original's signatures still valid inside the copy."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select

from docflow.models import AuditEvent, CopyForm, Delivery, DocumentCopy
from docflow.pki import service as pki
from docflow.runtime import trust_context
from docflow.verification.engine import verify_pdf
from docflow.workflow import copies, incoming, outgoing
from docflow.workflow.errors import InvalidDocument, NotAllowed
from docflow.workflow.outgoing import Upload
from tests.conftest import DEMO_PIN
from tests.signing.oracles import pdfsig, pyhanko_validate, qpdf_check, require
from tests.support.pdfs import many_pages
from tests.workflow.helpers import issued_document

ARTIFACTS = Path(os.environ.get("DOCFLOW_ARTIFACTS") or Path(__file__).resolve().parents[2] / "test-artifacts")


def _delivered(w, doc) -> Delivery:
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, delivery.revision)
    w.db.commit()
    return delivery


def _top_right_text(pdf: bytes) -> str:
    """The text a reader sees in the top 20 mm of page 1, right half (appearances drawn)."""
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    page = doc[0]
    page.flatten()
    buf = io.BytesIO()
    doc.save(buf)
    page = pdfium.PdfDocument(buf.getvalue())[0]
    width, height = page.get_size()
    return page.get_textpage().get_text_bounded(left=width / 2, bottom=height - 57, right=width, top=height)


def _save_png(pdf: bytes, name: str) -> None:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    doc[0].render(scale=2.0, may_draw_forms=True).to_pil().convert("RGB").save(ARTIFACTS / name)


def _count(w) -> int:
    return w.db.execute(select(func.count()).select_from(DocumentCopy)).scalar_one()


def test_a_received_document_copied_as_sao_y_keeps_the_original_signatures_and_adds_the_agency(world):
    w = world
    doc = issued_document(w)
    delivery = _delivered(w, doc)
    clerk = w.user("ubndxnh.clerk")

    copy = copies.make_copy(w.db, w.ctx(), clerk, delivery, CopyForm.SAO_Y, DEMO_PIN, note="Gửi Phòng Kinh tế")
    w.db.commit()

    assert copy.notation == "01/SY-" + copies.agency_code(w.agency("UBNDXNH"))
    assert (copy.document_id, copy.delivery_id, copy.source_sha256) == (doc.id, delivery.id, delivery.verified_sha256)
    pdf = w.ctx().blobs.get(copy.sha256)
    assert pdf.startswith(w.ctx().blobs.get(delivery.verified_sha256))  # one incremental update on the original
    _save_png(pdf, "copy-sao-y.png")
    text = _top_right_text(pdf)
    assert "SAO Y" in text and copy.notation in text and w.agency("UBNDXNH").name.split()[0] in text, text

    # docflow: every signature valid (the leader's, the sender's seal, the copying agency's)
    report = verify_pdf(pdf, trust_context(w.db, w.config))
    assert report.verdict == "TOTAL_PASSED", [(s.indication, s.problems) for s in report.signatures]
    # pyHanko: the original's two signatures intact under the copy's update, the copy's own valid
    root = pki.ensure_dev_ca(w.config).root.certificate
    verdicts = pyhanko_validate(pdf, root)
    assert len(verdicts) == 3 and all(v.intact and v.valid and v.trusted for v in verdicts), verdicts
    assert verdicts[-1].coverage in ("ENTIRE_FILE", "ENTIRE_REVISION"), verdicts[-1]
    require("pdfsig")
    assert pdfsig(pdf, None).count("Signature is Valid.") >= 3
    qpdf_check(pdf)
    assert w.db.execute(select(AuditEvent).where(AuditEvent.action == "document.copy")).scalars().one()


def test_copies_share_one_yearly_sequence_and_a_sao_luc_is_made_from_a_copy(world):
    w = world
    doc = issued_document(w, dispatch=False)
    clerk = w.user("snnmt.clerk")
    first = copies.make_copy(w.db, w.ctx(), clerk, doc, CopyForm.SAO_Y, DEMO_PIN)
    excerpt = copies.make_copy(w.db, w.ctx(), clerk, doc, CopyForm.TRICH_SAO, DEMO_PIN, pages="1")
    again = copies.make_copy(w.db, w.ctx(), clerk, first, CopyForm.SAO_LUC, DEMO_PIN)
    w.db.commit()
    assert [c.notation for c in (first, excerpt, again)] == ["01/SY-SNNMT", "02/TS-SNNMT", "03/SL-SNNMT"]
    assert again.source_copy_id == first.id and again.document_id == doc.id
    assert [c.id for c in copies.copies_of_document(w.db, clerk, doc)] == [first.id, excerpt.id, again.id]
    # a copy of a copy is not a "sao y", an original is not copied as "sao lục"
    with pytest.raises(InvalidDocument):
        copies.make_copy(w.db, w.ctx(), clerk, first, CopyForm.SAO_Y, DEMO_PIN)
    with pytest.raises(InvalidDocument):
        copies.make_copy(w.db, w.ctx(), clerk, doc, CopyForm.SAO_LUC, DEMO_PIN)
    assert _count(w) == 3


def test_an_excerpt_has_the_chosen_pages_as_displayed_and_only_the_copying_agency_signs_it(world):
    w = world
    db, ctx = w.db, w.ctx()
    staff, leader, clerk = w.user("snnmt.staff"), w.user("snnmt.leader"), w.user("snnmt.clerk")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None), Upload("dai.pdf", many_pages(4)))
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    db.commit()

    copy = copies.make_copy(db, w.ctx(), clerk, doc, CopyForm.TRICH_SAO, DEMO_PIN, pages="2-3")
    db.commit()
    pdf = w.ctx().blobs.get(copy.sha256)
    assert copy.pages == [2, 3] and copy.page_count == 2 and len(pdfium.PdfDocument(pdf)) == 2
    report = verify_pdf(pdf, trust_context(db, w.config))
    signatures = [s for s in report.signatures if s.kind != "document_timestamp"]
    assert report.verdict == "TOTAL_PASSED" and len(signatures) == 1
    assert "TRÍCH SAO" in _top_right_text(pdf)


@pytest.mark.parametrize("pages", ["", "0", "3-1", "9", "một"])
def test_an_excerpt_with_wrong_pages_says_why_and_numbers_nothing(world, pages):
    w = world
    doc = issued_document(w, dispatch=False)
    with pytest.raises(InvalidDocument) as err:
        copies.make_copy(w.db, w.ctx(), w.user("snnmt.clerk"), doc, CopyForm.TRICH_SAO, DEMO_PIN, pages=pages)
    assert err.value.field == "pages"
    w.db.rollback()
    assert _count(w) == 0


def test_only_the_agency_s_clerk_copies_and_a_wrong_pin_makes_no_copy(world):
    w = world
    doc = issued_document(w)
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    # not yet in the incoming register: nothing to certify a copy of
    with pytest.raises(NotAllowed):
        copies.make_copy(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, CopyForm.SAO_Y, DEMO_PIN)
    delivery = _delivered(w, doc)
    for who, source in (("snnmt.clerk", delivery), ("ubndxnh.clerk", doc), ("snnmt.staff", doc),
                        ("snnmt.leader", doc)):
        with pytest.raises(NotAllowed):
            copies.make_copy(w.db, w.ctx(), w.user(who), source, CopyForm.SAO_Y, DEMO_PIN)
    from docflow.messages import DomainError

    with pytest.raises(DomainError):
        copies.make_copy(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, CopyForm.SAO_Y, "000000")
    w.db.rollback()
    assert _count(w) == 0
    # the number was not used: the next copy is 01
    copy = copies.make_copy(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, CopyForm.SAO_Y, DEMO_PIN)
    assert copy.number == 1


def test_a_secret_document_is_not_copied_electronically(world):
    from docflow.models import Confidentiality

    w = world
    doc = issued_document(w, dispatch=False, confidentiality=Confidentiality.SECRET)
    with pytest.raises(NotAllowed) as err:
        copies.make_copy(w.db, w.ctx(), w.user("snnmt.clerk"), doc, CopyForm.SAO_Y, DEMO_PIN)
    assert "secret" in err.value.msgid.lower()


def test_the_clerk_copies_a_received_document_on_its_page_and_downloads_the_signed_copy(world, make_browser):
    from tests.conftest import csrf_token

    w = world
    delivery = _delivered(w, issued_document(w))
    clerk = make_browser()
    assert clerk.login("ubndxnh.clerk").status_code == 302
    page = clerk.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert "Sao văn bản điện tử" in page and 'id="copy-form"' in page
    token = csrf_token(clerk.client, f"/incoming/{delivery.id}")
    base = {"csrf_token": token, "form": "sao_y", "pages": "", "note": "Gửi Phòng Kinh tế"}
    # a wrong PIN: said in Vietnamese, back to the document, no copy
    r = clerk.client.post(f"/incoming/{delivery.id}/copies", data={**base, "pin": "000000"})
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/incoming/{delivery.id}")
    w.db.commit()  # a fresh snapshot: see what the requests committed
    assert _count(w) == 0
    r = clerk.client.post(f"/incoming/{delivery.id}/copies", data={**base, "pin": DEMO_PIN})
    assert r.status_code == 302 and "/copies/" in r.headers["Location"], r.get_data(as_text=True)[:500]
    shown = clerk.get(r.headers["Location"]).get_data(as_text=True)
    assert "01/SY-" in shown and "Sao y" in shown and "Gửi Phòng Kinh tế" in shown
    w.db.commit()
    copy = w.db.execute(select(DocumentCopy)).scalar_one()
    pdf = clerk.get(f"/copies/{copy.id}/download")
    assert pdf.status_code == 200 and pdf.headers["Cache-Control"].startswith("no-store")
    assert pdf.data == w.ctx().blobs.get(copy.sha256)
    assert "01/SY-" in clerk.get("/copies").get_data(as_text=True)  # the register of copies
    # another agency's clerk finds nothing there
    other = make_browser()
    assert other.login("snnmt.clerk").status_code == 302
    assert other.get(f"/copies/{copy.id}").status_code == 404
    assert other.get(f"/copies/{copy.id}/download").status_code == 404

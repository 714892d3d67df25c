"""The incoming stamp ("dấu đến": agency, incoming number, date) on a copy registered from
paper: one FreeText annotation in an incremental update. A signed PDF (received by e-mail)
is registered as it is, every signature intact and valid for docflow's verifier and pyHanko:
both refuse an annotation added after a signature (the last test shows it)."""

from __future__ import annotations

import datetime as dt
import io

import pypdfium2 as pdfium
from pypdf import PdfReader
from sqlalchemy import select

from docflow.models import Delivery
from docflow.pki import service as pki
from docflow.signing.stamp import STAMP_NAME, IncomingStamp, apply_incoming_stamp
from docflow.verification import verify_pdf
from docflow.workflow import paper
from docflow.workflow.context import VN_TZ
from docflow.workflow.outgoing import Upload
from tests.signing.oracles import pyhanko_validate, qpdf_check, require
from tests.support.pdfs import official_letter
from tests.workflow.helpers import issued_document

STAMP = IncomingStamp("Sở Nông nghiệp và Môi trường", 12, 2026, dt.datetime(2026, 12, 4, 9, 5, tzinfo=VN_TZ))


def _annots(pdf: bytes) -> list:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return [a.get_object() for a in page.get("/Annots") or []]


def _top_right(pdf: bytes):
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    image = doc[0].render(scale=1.0, may_draw_forms=True).to_pil().convert("L")
    w = image.width
    return image.crop((w - 200, 0, w, 110))


def test_a_scan_gets_a_visible_stamp_in_an_incremental_update():
    from PIL import ImageChops

    scan = official_letter(signer_title="CHỦ TỊCH", signer_name="Nguyễn Văn A")
    stamped = apply_incoming_stamp(scan, STAMP)
    assert stamped.startswith(scan)  # the file as received is untouched
    (annot,) = [a for a in _annots(stamped) if a.get("/NM") == STAMP_NAME]
    assert annot["/Subtype"] == "/FreeText" and "ĐẾN   Số: 12" in annot["/Contents"]
    assert "04/12/2026" in annot["/Contents"] and "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in annot["/Contents"]
    # it shows: the top right of page 1 changed, in red ink
    assert ImageChops.difference(_top_right(scan), _top_right(stamped)).getbbox() is not None
    require("qpdf")
    qpdf_check(stamped)


def test_a_signed_pdf_is_registered_as_it_is_and_stays_valid(world):
    """An e-mailed PDF signed and sealed by Sở Tài chính, registered by Sở NN&MT's clerk: the
    registered copy is the file received, and both verifiers find the leader's signature and
    the seal intact and valid."""
    w, db = world, world.db
    doc = issued_document(w, to=("UBNDXNH",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    data = paper.ExternalDocument(source="email", subject="V/v thẩm định dự toán 2027", doc_type="CV",
                                  sender_agency_id=w.agency("STC").id, notation=doc.notation or "")
    delivery = paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), data, Upload("email.pdf", signed))
    db.commit()
    delivery = db.execute(select(Delivery).where(Delivery.id == delivery.id)).scalar_one()
    assert delivery.verdict == "TOTAL_PASSED"
    current = delivery.document.main_file.current
    assert current.sha256 == delivery.verified_sha256 and w.ctx().blobs.get(current.sha256) == signed
    report = verify_pdf(w.ctx().blobs.get(current.sha256), w.ctx().trust()).to_json()
    assert report["verdict"] == "TOTAL_PASSED"
    assert [s["kind"] for s in report["signatures"]].count("approval") == 2
    root = pki.ensure_dev_ca(w.config).root.certificate
    verdicts = pyhanko_validate(signed, root)
    assert len(verdicts) == 2
    for v in verdicts:
        assert v.intact and v.valid and v.trusted and v.docmdp_ok is not False, v


def test_an_annotation_after_a_signature_is_refused_by_both_verifiers(world):
    """Why a signed copy gets no stamp in the file: docflow's verifier refuses the FreeText
    (it could paint over the signed content; an approval signature is read as DocMDP P=2) and
    pyHanko's difference analysis does not recognise the added annotation."""
    w = world
    doc = issued_document(w, staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    painted = apply_incoming_stamp(signed, STAMP)
    report = verify_pdf(painted, w.ctx().trust()).to_json()
    assert report["verdict"] == "TOTAL_FAILED"
    assert any("annotation added on page 1" in p for p in report["signatures"][0]["problems"])
    root = pki.ensure_dev_ca(w.config).root.certificate
    leader = pyhanko_validate(painted, root)[0]
    assert leader.intact and leader.valid  # the bytes it signed are unchanged…
    assert leader.docmdp_ok is False  # …but what was added after it is not accepted


def test_the_scan_registered_from_paper_is_stamped(world):
    w, db = world, world.db
    scan = official_letter(signer_title="CHỦ TỊCH", signer_name="Nguyễn Văn A")
    data = paper.ExternalDocument(source="paper", subject="V/v nạo vét kênh", doc_type="CV", sender_name="Công ty B")
    delivery = paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), data, Upload("scan.pdf", scan))
    db.commit()
    current = delivery.document.main_file.current
    stamped = w.ctx().blobs.get(current.sha256)
    assert current.reason == "incoming_stamp" and stamped.startswith(scan)
    (annot,) = [a for a in _annots(stamped) if a.get("/NM") == STAMP_NAME]
    assert annot["/Subtype"] == "/FreeText"
    assert f"ĐẾN   Số: {delivery.incoming_number}" in annot["/Contents"]
    assert "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in annot["/Contents"]
    assert delivery.verified_sha256 != current.sha256 and w.ctx().blobs.get(delivery.verified_sha256) == scan


def test_a_signed_copy_gets_the_stamp_as_the_receiving_agencys_seal(world, make_browser):
    """The signed e-mailed copy: the clerk adds the stamp with the agency's seal (PIN) from the
    page; docflow's verifier and pyHanko find the sender's leader and seal still intact and
    valid, and the receiving agency's seal valid too."""
    from tests.conftest import DEMO_PIN

    w, db = world, world.db
    doc = issued_document(w, to=("UBNDXNH",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    signed = w.ctx().blobs.get(doc.main_file.current.sha256)
    data = paper.ExternalDocument(source="email", subject="V/v thẩm định dự toán 2027", doc_type="CV",
                                  sender_agency_id=w.agency("STC").id, notation=doc.notation or "")
    delivery = paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), data, Upload("email.pdf", signed))
    db.commit()
    clerk = make_browser()
    assert clerk.login("snnmt.clerk").status_code == 302
    page = clerk.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="stamp-form"' in page
    wrong = clerk.post(f"/incoming/{delivery.id}/stamp", {"revision": delivery.revision, "pin": "000000"},
                       form_page=f"/incoming/{delivery.id}")
    assert wrong.status_code == 302
    db.commit()
    db.expire_all()
    assert db.get(Delivery, delivery.id).document.main_file.current.reason == "email"  # nothing without the PIN
    done = clerk.post(f"/incoming/{delivery.id}/stamp", {"revision": delivery.revision, "pin": DEMO_PIN},
                      form_page=f"/incoming/{delivery.id}")
    assert done.status_code == 302
    db.commit()
    db.expire_all()
    delivery = db.get(Delivery, delivery.id)
    current = delivery.document.main_file.current
    assert current.reason == "incoming_stamp" and current.signature_field
    stamped = w.ctx().blobs.get(current.sha256)
    assert stamped.startswith(signed) and w.ctx().blobs.get(delivery.verified_sha256) == signed

    report = verify_pdf(stamped, w.ctx().trust()).to_json()
    assert report["verdict"] == "TOTAL_PASSED", report
    approvals = [s for s in report["signatures"] if s["kind"] == "approval"]
    assert len(approvals) == 3  # the sender's leader and seal, then the receiving agency's seal
    assert all(s["indication"] == "TOTAL_PASSED" for s in report["signatures"])
    root = pki.ensure_dev_ca(w.config).root.certificate
    verdicts = pyhanko_validate(stamped, root)
    assert len(verdicts) == 3
    for v in verdicts:
        assert v.intact and v.valid and v.trusted and v.docmdp_ok is not False, v
    assert verdicts[-1].coverage == "ENTIRE_FILE"
    # it shows: the top right of page 1 changed
    from PIL import ImageChops

    assert ImageChops.difference(_top_right(signed), _top_right(stamped)).getbbox() is not None
    # once only
    assert 'id="stamp-form"' not in clerk.get(f"/incoming/{delivery.id}").get_data(as_text=True)

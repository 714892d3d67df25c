"""Issuing writes the number/notation and the issue date on the page (Decree 30), in the seal's
own update: the places are found when the draft is uploaded, the leader's signature adds empty
fields there, the clerk's seal fills them — and the leader's signature stays valid (pyHanko:
FORM_FILLING; pdfsig; docflow's verifier on the recipient's side: an allowed change)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdfium2 as pdfium

from docflow.demo_documents import sample_letter
from docflow.models import DocType
from docflow.pki import service as pki
from docflow.workflow import outgoing
from docflow.workflow.outgoing import Upload
from tests.conftest import DEMO_PIN
from tests.signing.oracles import pdfsig, pyhanko_validate, qpdf_check, require
from tests.support.pdfs import decree30_document, many_pages

ARTIFACTS = Path(os.environ.get("DOCFLOW_ARTIFACTS") or Path(__file__).resolve().parents[2] / "test-artifacts")


def _flattened_page(pdf: bytes) -> pdfium.PdfPage:
    """Page 1 with its form appearances burnt into the content, as a printout shows it."""
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    doc[0].flatten()
    buf = io.BytesIO()
    doc.save(buf)
    return pdfium.PdfDocument(buf.getvalue())[0]


def _text_in(page: pdfium.PdfPage, box) -> str:
    x1, y1, x2, y2 = box
    return page.get_textpage().get_text_bounded(left=x1 + 0.5, bottom=y1, right=x2 - 0.5, top=y2).strip()


def _line(page: pdfium.PdfPage, baseline: float) -> str:
    """The characters of the line at ``baseline`` left to right, spaces dropped."""
    text = page.get_textpage()
    chars = []
    for i in range(text.count_chars()):
        x1, y1, x2, y2 = text.get_charbox(i)
        ch = text.get_text_range(i, 1)
        if ch.strip() and y1 - 4 < baseline < y2 + 1:
            chars.append((x1, ch))
    return "".join(ch for _x, ch in sorted(chars))


def _today(w) -> tuple[str, str, str]:
    """Day and month as Decree 30 writes them (two digits), in Asia/Ho_Chi_Minh. The clock stays
    at the real time: the test certificates are valid from now on, and pdfsig checks them at
    the signing time."""
    from docflow.workflow.context import VN_TZ

    local = w.clock().astimezone(VN_TZ)
    return f"{local.day:02d}", f"{local.month:02d}", f"{local.year}"


def _save_png(pdf: bytes, name: str) -> None:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    doc[0].render(scale=2.0, may_draw_forms=True).to_pil().convert("RGB").save(ARTIFACTS / name)


def _images(w, leader) -> None:
    """A signature image and a seal image, as an agency has them: the PNGs of the note show the
    document as issued, not the text-only fallback appearances."""
    from PIL import Image, ImageDraw

    def png(size, draw) -> bytes:
        img = Image.new("RGBA", size, (0, 0, 0, 0))
        draw(ImageDraw.Draw(img))
        buf = io.BytesIO()
        img.save(buf, "PNG", dpi=(300, 300))
        return buf.getvalue()

    seal = png((425, 425), lambda d: (d.ellipse([4, 4, 421, 421], outline=(210, 20, 20, 235), width=12),
                                      d.ellipse([60, 60, 365, 365], outline=(210, 20, 20, 235), width=6)))
    scribble = png((600, 200), lambda d: d.line([(20, 150), (120, 40), (200, 160), (300, 50), (420, 140), (580, 60)],
                                                fill=(20, 40, 160, 255), width=8))
    pki.set_seal_image(w.db, w.agency("SNNMT"), seal, actor=None)
    pki.set_signature_image(w.db, leader, scribble, actor=None)
    w.db.commit()


def _through_issue(w, upload: Upload, doc_type: DocType, *, dispatch: bool = True, images: bool = False):
    db, ctx = w.db, w.ctx()
    staff, leader, clerk = w.user("snnmt.staff"), w.user("snnmt.leader"), w.user("snnmt.clerk")
    if images:
        _images(w, leader)
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None, doc_type=doc_type), upload)
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    if dispatch:
        outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()
    return doc, ctx.blobs.get(doc.main_file.current.sha256)


def _assert_leader_still_valid(w, pdf: bytes) -> None:
    root = pki.ensure_dev_ca(w.config).root.certificate
    leader, seal = pyhanko_validate(pdf, root)
    archived = b"/ETSI.RFC3161" in pdf  # B-LTA: a DSS and an archive timestamp after the seal
    assert leader.intact and leader.valid and leader.trusted and leader.docmdp_ok, leader
    assert leader.modification_level in ("NONE", "LTA_UPDATES", "FORM_FILLING"), leader
    assert seal.intact and seal.valid and seal.trusted, seal
    if archived:
        assert seal.coverage == "ENTIRE_REVISION" and seal.modification_level == "LTA_UPDATES", seal
    else:
        assert seal.coverage == "ENTIRE_FILE", seal
    require("pdfsig")
    # pdfsig: the leader's signature and the seal valid (it cannot check an archive timestamp:
    # "not yet verified"); trust is not asked: NSS reports "Unknown issue" for the dev CA's
    # certificates with or without the fill (it cannot reach the OCSP responder they name)
    blocks = pdfsig(pdf, None).split("Signature #")[1:]
    assert len(blocks) == (3 if archived else 2), blocks
    assert all("Signature is Valid." in b for b in blocks[:2]), blocks
    assert "Total document signed" in blocks[-1], blocks
    qpdf_check(pdf)


def _recipient_report(w, doc):
    from sqlalchemy import select

    from docflow.models import Delivery

    return w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()


def _assert_recipient_accepts(w, doc) -> None:
    """docflow's verifier at the recipient (on arrival) passes both signatures."""
    delivery = _recipient_report(w, doc)
    assert delivery.verdict == "TOTAL_PASSED", [(s["indication"], s["problems"], s["changes_after"])
                                                for s in delivery.verification["signatures"]]


def test_a_decision_issued_shows_its_number_and_date_where_the_blanks_were(world):
    w = world
    day, month, year = _today(w)
    draft = decree30_document(number_line="Số:        /QĐ-SNNMT",
                              date_line=f"Quảng Ngãi, ngày      tháng      năm {year}", signer_block=False)
    doc, issued = _through_issue(w, Upload("quyet-dinh.pdf", draft), DocType.QD, images=True)
    assert doc.notation == "01/QĐ-SNNMT"
    assert outgoing.number_on_page(doc) is True

    places = {p.kind: p for p in outgoing.draft_places(doc)}
    assert set(places) == {"number", "day", "month"}
    page = _flattened_page(issued)
    assert _text_in(page, places["number"].box) == "01"
    assert _text_in(page, places["day"].box) == day  # two digits, Asia/Ho_Chi_Minh
    assert _text_in(page, places["month"].box) == month
    line = _line(page, places["number"].baseline)
    assert "Số:01/QĐ-SNNMT" in line and f"ngày{day}tháng{month}năm{year}" in line
    _save_png(issued, "issued-quyet-dinh.png")

    _assert_leader_still_valid(w, issued)
    delivery = _recipient_report(w, doc)
    assert delivery.verdict == "TOTAL_PASSED", delivery.verification
    leader_report = delivery.verification["signatures"][0]
    assert leader_report["modifications_after"] == "ALLOWED", leader_report
    assert any("number and date of the document filled at issuance" in c for c in leader_report["changes_after"])


def test_a_letter_issued_shows_its_notation_and_date(world):
    """The công văn of the tests (dotted blank "Số: ......../SNNMT-QLĐĐ", DejaVu Sans)."""
    w = world
    day, month, _year = _today(w)
    doc, issued = _through_issue(w, w.letter(), DocType.CV, images=True)
    assert doc.notation == "01/SNNMT-QLĐĐ"
    places = {p.kind: p for p in outgoing.draft_places(doc)}
    page = _flattened_page(issued)
    # the dots of the blank stay in the text layer, under the value drawn on white over them
    assert _text_in(page, places["number"].box).replace(".", "").strip() == "01"
    assert (_text_in(page, places["day"].box), _text_in(page, places["month"].box)) == (day, month)
    _save_png(issued, "issued-cong-van.png")
    _assert_leader_still_valid(w, issued)
    _assert_recipient_accepts(w, doc)


def test_the_demo_letter_made_with_fpdf2_gets_its_number_and_date(world):
    w = world
    day, _month, _year = _today(w)
    draft = sample_letter("V/v báo cáo tình hình sử dụng đất năm 2026", "Đề nghị Ủy ban nhân dân xã báo cáo.")
    doc, issued = _through_issue(w, Upload("demo.pdf", draft), DocType.CV)
    places = {p.kind: p for p in outgoing.draft_places(doc)}
    assert set(places) >= {"number", "day", "month"}
    page = _flattened_page(issued)
    assert _text_in(page, places["number"].box) == "01"
    assert _text_in(page, places["day"].box) == day
    _assert_leader_still_valid(w, issued)
    _assert_recipient_accepts(w, doc)


def test_a_draft_without_places_is_issued_as_before_and_the_clerk_is_told(world, make_browser):
    from tests.workflow.test_pages import _doc, _login, _revision

    w, db = world, world.db
    ctx = w.ctx()
    staff, leader = w.user("snnmt.staff"), w.user("snnmt.leader")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None), Upload("plain.pdf", many_pages(1)))
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    assert outgoing.draft_places(doc) == []
    clerk = _login(make_browser, "snnmt.clerk")
    before = clerk.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Không tìm thấy chỗ ghi số và ngày văn bản" in before  # said before issuing too
    page = clerk.post(f"/documents/{doc.id}/issue", {"revision": _revision(db, doc.id), "pin": DEMO_PIN},
                      form_page=f"/documents/{doc.id}", follow_redirects=True).get_data(as_text=True)
    assert "Đã cấp số và ký số cơ quan." in page
    assert "Dự thảo không có chỗ ghi số và ngày văn bản" in page
    doc = _doc(db, doc.id)
    assert doc.notation == "01/SNNMT-QLĐĐ" and outgoing.number_on_page(doc) is False


def test_the_drafter_and_the_clerk_see_where_the_number_and_date_will_go(world, make_browser):
    from tests.workflow.test_pages import _login

    w, db = world, world.db
    ctx = w.ctx()
    staff, leader = w.user("snnmt.staff"), w.user("snnmt.leader")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None), w.letter())
    db.commit()
    note = "Khi phát hành, docflow điền vào trang 1: số, ngày, tháng."
    assert note in _login(make_browser, "snnmt.staff").get(f"/documents/{doc.id}").get_data(as_text=True)
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    assert note in _login(make_browser, "snnmt.clerk").get(f"/documents/{doc.id}").get_data(as_text=True)

"""The workflow through the pages (test client): upload, submit, sign with a PIN, issue,
dispatch, register on the other side; registers as CSV/XLSX/PDF; the desk and statistics."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from docflow.models import Delivery, DocStatus, Document
from tests.conftest import DEMO_PIN, csrf_token
from tests.support.pdfs import official_letter


def _login(make_browser, username: str):
    b = make_browser()
    assert b.login(username).status_code == 302
    return b


def _doc(db, doc_id: int) -> Document:
    db.commit()  # a fresh snapshot: see what the requests committed
    db.expire_all()
    return db.get(Document, doc_id)


def _revision(db, doc_id: int) -> int:
    return _doc(db, doc_id).revision


def test_journey_through_the_pages(world, make_browser):
    w, db = world, world.db
    staff = _login(make_browser, "snnmt.staff")
    form = staff.get("/documents/new").get_data(as_text=True)
    assert "Soạn dự thảo" in form
    token = csrf_token(staff.client, "/documents/new")
    response = staff.client.post("/documents/new", data={
        "csrf_token": token, "doc_type": "CV", "subject": "V/v báo cáo <b>kinh phí</b> đo đạc",
        "urgency": "urgent", "confidentiality": "normal", "signer_id": str(w.user("snnmt.leader").id),
        "reviewer_id": "0", "authority_line": "KT. GIÁM ĐỐC", "recipients": [str(w.agency("UBNDXNH").id)],
        "main_pdf": (io.BytesIO(official_letter(signer_title="", signer_name="")), "../../etc/cv bao cao.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    doc_id = int(response.headers["Location"].rsplit("/", 1)[1])
    page = staff.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert "V/v báo cáo &lt;b&gt;kinh phí&lt;/b&gt; đo đạc" in page  # escaped, not markup
    assert _doc(db, doc_id).main_file.filename == "cv bao cao.pdf"  # no path from the client
    assert staff.post(f"/documents/{doc_id}/submit", {"revision": _revision(db, doc_id)},
                      form_page=f"/documents/{doc_id}").status_code == 302

    leader = _login(make_browser, "snnmt.leader")
    desk = leader.get("/desk").get_data(as_text=True)
    assert "V/v báo cáo" in desk and "KHẨN" in desk
    image = leader.get(f"/versions/{_doc(db, doc_id).main_file.current.id}/pages/1.png")
    assert image.status_code == 200 and image.data[:8] == b"\x89PNG\r\n\x1a\n"
    wrong = leader.post(f"/documents/{doc_id}/sign", {"revision": _revision(db, doc_id), "pin": "999999",
                                                       "page": "1", "box": "330,150,540,320"},
                        form_page=f"/documents/{doc_id}", follow_redirects=True)
    assert "PIN" in wrong.get_data(as_text=True)
    db.expire_all()
    assert _doc(db, doc_id).status == DocStatus.AWAITING_SIGNATURE
    ok = leader.post(f"/documents/{doc_id}/sign", {"revision": _revision(db, doc_id), "pin": DEMO_PIN,
                                                    "page": "1", "box": "300,120,520,300"},
                     form_page=f"/documents/{doc_id}", follow_redirects=True)
    assert "Đã ký." in ok.get_data(as_text=True)
    db.expire_all()
    signed = _doc(db, doc_id).main_file.current
    assert signed.reason == "signature" and signed.details["box"] == [300.0, 120.0, 520.0, 300.0]
    # the viewer shows the signature: the signed page differs from the unsigned one in the box
    from PIL import Image, ImageChops

    unsigned_id = _doc(db, doc_id).main_file.versions[0].id
    before = Image.open(io.BytesIO(leader.get(f"/versions/{unsigned_id}/pages/1.png").data)).convert("L")
    after = Image.open(io.BytesIO(leader.get(f"/versions/{signed.id}/pages/1.png").data)).convert("L")
    scale = before.width / 595.28
    region = (int(300 * scale), int((841.89 - 300) * scale), int(520 * scale), int((841.89 - 120) * scale))
    assert ImageChops.difference(before.crop(region), after.crop(region)).getbbox() is not None

    clerk = _login(make_browser, "snnmt.clerk")
    page = clerk.get(f"/documents/{doc_id}").get_data(as_text=True)
    assert re.search(r'id="next-number">01/SNNMT-QLĐĐ<', page)
    clerk.post(f"/documents/{doc_id}/issue", {"revision": _revision(db, doc_id), "pin": DEMO_PIN},
               form_page=f"/documents/{doc_id}")
    clerk.post(f"/documents/{doc_id}/dispatch", {"revision": _revision(db, doc_id)}, form_page=f"/documents/{doc_id}")
    db.expire_all()
    assert _doc(db, doc_id).status == DocStatus.DISPATCHED

    b_clerk = _login(make_browser, "ubndxnh.clerk")
    db.commit()
    delivery = db.execute(select(Delivery).where(Delivery.document_id == doc_id)).scalar_one()
    shown = b_clerk.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert "Chữ ký hợp lệ" in shown
    b_clerk.post(f"/incoming/{delivery.id}/register", {"revision": delivery.revision},
                 form_page=f"/incoming/{delivery.id}")
    db.commit()
    db.expire_all()
    assert db.get(Delivery, delivery.id).incoming_number == 1
    # the sender's drafts stay out of reach for the recipient; the delivered copy is readable
    first_version = _doc(db, doc_id).main_file.versions[0]
    assert b_clerk.get(f"/versions/{first_version.id}/download").status_code == 404
    assert b_clerk.get(f"/documents/{doc_id}").status_code == 404

    year = _doc(db, doc_id).year
    csv = clerk.get(f"/registers/outgoing?year={year}&format=csv")
    assert csv.status_code == 200 and "01/SNNMT-QLĐĐ" in csv.data.decode("utf-8-sig")
    xlsx = clerk.get(f"/registers/outgoing?year={year}&format=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    assert sheet["B3"].value == "01/SNNMT-QLĐĐ"
    pdf = b_clerk.get(f"/registers/incoming?year={year}&format=pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text and "01/SNNMT-QLĐĐ" in text
    assert "Thống kê đúng hạn" in _login(make_browser, "ubndxnh.leader").get("/stats").get_data(as_text=True)


def test_stale_form_shows_a_clear_message(world, make_browser):
    w, db = world, world.db
    from docflow.workflow import outgoing

    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None), w.letter())
    db.commit()
    staff = _login(make_browser, "snnmt.staff")
    old = doc.revision
    assert staff.post(f"/documents/{doc.id}/submit", {"revision": old}, form_page="/desk").status_code == 302
    again = staff.post(f"/documents/{doc.id}/submit", {"revision": old}, form_page="/desk", follow_redirects=True)
    assert "Người khác vừa thay đổi văn bản này" in again.get_data(as_text=True)


def test_registers_cli_exports(world):
    from tests.workflow.helpers import issued_document

    w = world
    doc = issued_document(w)
    out = w.app.test_cli_runner().invoke(args=["registers", "outgoing", "--agency", "snnmt", "--year", str(doc.year),
                                               "--format", "csv", "-o", str(w.config.data_dir / "r.csv")])
    assert out.exit_code == 0 and "1 rows" in out.output
    assert doc.notation in (w.config.data_dir / "r.csv").read_text(encoding="utf-8-sig")

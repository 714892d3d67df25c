"""The auditor's verification pages: upload, stored versions, as-signed, downloads."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess

import pytest
from pypdf import PdfReader

from docflow.runtime import trust_context
from docflow.verification import signed_revision, verify_pdf
from tests.verification.cases import draw_on_page, replace_content

from .support import make_delivery, make_version, signed_letter


def _upload(browser, data: bytes, name: str = "cong-van.pdf", keep: bool = False):
    form = {"pdf": (io.BytesIO(data), name)}
    if keep:
        form["keep"] = "y"
    return browser.post("/audit/verify", form, form_page="/audit/verify", content_type="multipart/form-data")


def _text(response) -> str:
    return response.get_data(as_text=True)


def _report_url(response) -> str:
    assert response.status_code == 302, response.status_code
    return response.headers["Location"]


def test_valid_signed_pdf_shows_the_green_verdict(auditor):
    page = auditor.get(_report_url(_upload(auditor, signed_letter())))
    html = _text(page)
    assert page.status_code == 200
    assert "verdict-ok" in html and "Chữ ký hợp lệ" in html
    assert "Nguyễn Văn Nghĩa" in html and "Phó Giám đốc" in html


def test_altered_pdf_shows_red_with_the_reason_in_words(auditor):
    page = auditor.get(_report_url(_upload(auditor, replace_content(signed_letter()))))
    html = _text(page)
    assert "verdict-bad" in html and "Tài liệu đã bị sửa sau khi ký" in html
    assert "Nội dung trang 1 bị thay thế" in html  # the change, in Vietnamese words


def test_english_interface(auditor):
    auditor.post("/locale", {"locale": "en"}, form_page="/audit/verify")
    html = _text(auditor.get(_report_url(_upload(auditor, replace_content(signed_letter())))))
    assert "The document was altered after signing" in html and "page 1 content replaced" in html


@pytest.mark.parametrize("data", [b"", b"GIF89a not a pdf at all", b"\x00" * 100])
def test_garbage_gets_a_clear_message(auditor, data):
    response = _upload(auditor, data, "rac.pdf")
    html = _text(response)
    assert response.status_code == 200
    assert "không phải là tệp PDF" in html or "Tệp rỗng" in html or "Chọn tệp" in html


def test_truncated_pdf_is_reported_not_crashing(auditor):
    data = signed_letter()[:20000]
    page = auditor.get(_report_url(_upload(auditor, data)))
    assert page.status_code == 200 and "verdict-bad" in _text(page)


def test_oversized_upload_is_413_with_a_clear_message(demo, make_browser, trusted, app):
    app.config["MAX_CONTENT_LENGTH"] = 50_000
    b = make_browser()
    b.login("snnmt.auditor")
    response = _upload(b, b"%PDF-1.7\n" + b"0" * 60_000)
    assert response.status_code == 413
    assert "lớn hơn giới hạn" in _text(response)


def test_keep_a_copy_stores_the_blob_and_records_it(auditor, config, db):
    from sqlalchemy import select

    from docflow.models import AuditEvent
    from docflow.storage import FileBlobStore

    data = signed_letter()
    _report_url(_upload(auditor, data, keep=True))
    events = db.execute(select(AuditEvent).where(AuditEvent.action == "verification.keep_copy")).scalars().all()
    assert len(events) == 1
    sha = events[0].details["sha256"]
    assert FileBlobStore(config.blob_dir).get(sha) == data


def test_upload_not_stored_unless_asked(auditor, config, db):
    _report_url(_upload(auditor, signed_letter()))
    assert not config.blob_dir.exists() or not any(p.is_file() for p in config.blob_dir.rglob("*"))


def test_another_user_cannot_read_my_upload(auditor, demo, make_browser):
    url = _report_url(_upload(auditor, signed_letter()))
    other = make_browser()
    other.login("snnmt.clerk")  # may verify, but this upload is not theirs
    assert other.get(url).status_code == 404
    assert other.get(url + "/signatures/0/signed.pdf").status_code == 404


def test_upload_as_signed_and_downloads(auditor, app, db):
    altered = replace_content(signed_letter())
    url = _report_url(_upload(auditor, altered))
    signed = auditor.get(url + "/signatures/0/signed.pdf")
    assert signed.status_code == 200 and signed.data == signed_revision(altered, 0)
    assert signed.headers["X-Content-Type-Options"] == "nosniff"
    assert re.search(r'attachment; filename="cong-van-as-signed-Sig[\w.-]*\.pdf"',
                     signed.headers["Content-Disposition"])
    compare = auditor.get(url + "/signatures/0/compare")
    html = _text(compare)
    assert compare.status_code == 200 and "Nội dung trang 1 bị thay thế" in html
    for src in re.findall(r'<img src="([^"]+)"', html):
        png = auditor.get(src.replace("&amp;", "&"))
        assert png.status_code == 200 and png.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert auditor.get(url + "/pages/99.png").status_code == 404


def test_json_and_pdf_reports(auditor, app, db, demo, tmp_path):
    data = replace_content(signed_letter())
    url = _report_url(_upload(auditor, data))
    response = auditor.get(url + "/report.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    with app.app_context():
        expected = verify_pdf(data, trust_context(db, app.config["DOCFLOW"]), file="cong-van.pdf").to_json()
    assert json.loads(response.data) == expected
    assert json.loads(response.data)["schema"] == "docflow.verification/1"

    pdf = auditor.get(url + "/report.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf.data)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Tài liệu đã bị sửa sau khi ký" in text and "Không đạt" in text
    assert "TOTAL_FAILED" not in text and "Sig_" not in text  # words, not the verifier's codes
    assert demo["snnmt.auditor"].full_name in text  # who verified


def test_stored_version_report_and_scope(auditor, demo, db, config, make_browser):
    version = make_version(db, config, demo["snnmt.staff"], signed_letter())
    page = auditor.get(f"/audit/versions/{version.id}")
    assert page.status_code == 200 and "Chữ ký hợp lệ" in _text(page)
    signed = auditor.get(f"/audit/versions/{version.id}/signatures/0/signed.pdf")
    assert signed.data == signed_revision(signed_letter(), 0)

    other_version = make_version(db, config, demo["stc.staff"], signed_letter())
    assert auditor.get(f"/audit/versions/{other_version.id}").status_code == 404
    assert auditor.get(f"/audit/versions/{other_version.id}/report.json").status_code == 404
    assert auditor.get(f"/audit/versions/{other_version.id}/pages/1.png").status_code == 404
    assert auditor.get("/audit/versions/999999").status_code == 404

    # the copy delivered to Sở NN&MT is in scope for its auditor, with the stored receipt report
    delivery = make_delivery(db, other_version, demo["snnmt.auditor"].agency_id,
                             verify_pdf(signed_letter()).to_json())
    assert auditor.get(f"/audit/versions/{other_version.id}").status_code == 200
    stored = auditor.get(f"/audit/deliveries/{delivery.id}")
    assert stored.status_code == 200 and f"/audit/versions/{other_version.id}" in _text(stored)
    stc = make_browser()
    stc.login("stc.auditor")
    assert stc.get(f"/audit/versions/{version.id}").status_code == 404  # another agency's version
    assert stc.get(f"/audit/deliveries/{delivery.id}").status_code == 200  # the sender's own delivery
    staff = make_browser()
    staff.login("snnmt.staff")
    assert staff.get(f"/audit/versions/{version.id}").status_code == 403  # not an auditor or clerk


def test_the_side_by_side_frames_where_the_page_changed(auditor):
    original = signed_letter()
    width, height = (float(v) for v in PdfReader(io.BytesIO(original)).pages[0].mediabox[2:])
    bar = (360.0, 70.0, 150.0, 18.0)  # bottom right of the page
    url = _report_url(_upload(auditor, draw_on_page(original, bar)))
    html = _text(auditor.get(url + "/signatures/0/compare"))
    rects = [tuple(int(v) for v in m) for m in
             re.findall(r'<rect class="diff-box" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/>', html)]
    assert rects, "no changed region framed"
    assert len(rects) % 2 == 0 and rects[: len(rects) // 2] == rects[len(rects) // 2:]  # framed on both sides
    # the bar in thousandths of the page, from the top left
    x0, x1 = bar[0] / width * 1000, (bar[0] + bar[2]) / width * 1000
    y0, y1 = (height - bar[1] - bar[3]) / height * 1000, (height - bar[1]) / height * 1000
    for x, y, w, h in rects:  # each region is at the bar, none elsewhere on the page
        assert x0 - 15 <= x and x + w <= x1 + 15 and y0 - 15 <= y and y + h <= y1 + 15, ((x, y, w, h), (x0, y0, x1, y1))
    assert any(x <= x0 + 5 and x + w >= x1 - 5 and y <= y0 + 5 and y + h >= y1 - 5 for x, y, w, h in rects)
    assert "Trang 1: 1 vùng thay đổi" in html and "Các vùng đóng khung đỏ" in html
    # the genuine letter: nothing framed
    same = _text(auditor.get(_report_url(_upload(auditor, original)) + "/signatures/0/compare"))
    assert "diff-box" not in same and "giống như lúc ký" in same


def test_the_report_of_an_upload_is_served_by_another_node(auditor, app, config, config_overrides, db, tmp_path):
    """Issue 24: the upload lands on node A, the report is asked of node B (another data
    directory, the same database and secret key); an hour later it is gone."""
    from docflow import create_app
    from docflow.models import AuditUpload, utcnow

    url = _report_url(_upload(auditor, signed_letter()))
    node_b = create_app({**config_overrides, "data_dir": tmp_path / "node-b"}).test_client()
    node_b.set_cookie("docflow_session", auditor.client.get_cookie("docflow_session").value)
    page = node_b.get(url)
    assert page.status_code == 200 and "cong-van.pdf" in _text(page)
    assert node_b.get(url + "/signatures/0/signed.pdf").status_code == 200
    assert not (config.data_dir / "audit" / "uploads").exists()
    db.query(AuditUpload).update({AuditUpload.created_at: utcnow() - dt.timedelta(hours=2)})
    db.commit()
    assert node_b.get(url).status_code == 404

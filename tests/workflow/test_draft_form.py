"""The draft form never loses work: a file over the limit brings the form back filled with the
reason (not a bare 413), and after any refusal the chosen file is kept for the next try."""

from __future__ import annotations

import io
import re

import pytest

from docflow.models import Document
from tests.conftest import csrf_token
from tests.support.pdfs import official_letter


@pytest.fixture
def config_overrides(config_overrides):
    return {**config_overrides, "max_upload_mb": 1}  # a small limit: the test sends a few MB, not 120


def _form(w, token: str, **extra) -> dict:
    return {"csrf_token": token, "doc_type": "CV", "subject": "V/v kế hoạch kiểm tra đất đai quý I",
            "urgency": "urgent", "confidentiality": "normal", "signer_id": str(w.user("snnmt.leader").id),
            "reviewer_id": "0", "authority_line": "KT. GIÁM ĐỐC", "recipients": [str(w.agency("UBNDXNH").id)],
            **extra}


def test_a_file_over_the_limit_brings_the_form_back_filled(world, make_browser):
    w = world
    staff = make_browser()
    staff.login("snnmt.staff")
    page = staff.get("/documents/new").get_data(as_text=True)
    assert "Tối đa 1 MB cho tệp PDF" in page and 'data-max-bytes="1048576"' in page  # the limit, stated
    big = official_letter() + b"%" + b"x" * (3 * 1024 * 1024)  # 3 MB: over the 1 MB limit
    response = staff.client.post("/documents/new", data=_form(w, csrf_token(staff.client, "/documents/new"),
                                                               main_pdf=(io.BytesIO(big), "báo cáo lớn.pdf")),
                                 content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, response.status_code
    assert "Tệp báo cáo lớn.pdf vượt quá giới hạn 1 MB." in page
    assert "V/v kế hoạch kiểm tra đất đai quý I" in page and 'value="KT. GIÁM ĐỐC"' in page
    assert re.search(r'value="urgent" selected|selected[^>]*value="urgent"', page)
    w.db.commit()
    w.db.expire_all()
    assert w.db.query(Document).count() == 0


def test_a_refused_form_keeps_the_chosen_file(world, make_browser):
    w = world
    staff = make_browser()
    staff.login("snnmt.staff")
    pdf = official_letter(signer_title="", signer_name="")
    response = staff.client.post("/documents/new", data=_form(
        w, csrf_token(staff.client, "/documents/new"), subject="", main_pdf=(io.BytesIO(pdf), "công văn.pdf")),
        content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "công văn.pdf" in page and "được giữ lại" in page
    token = re.search(r'name="pending_main" type="hidden" value="([^"]+)"', page).group(1)
    # sent again with the subject, without choosing the file again: the kept file is used
    again = staff.client.post("/documents/new", data=_form(w, csrf_token(staff.client, "/documents/new"),
                                                           pending_main=token),
                              content_type="multipart/form-data")
    assert again.status_code == 302, again.get_data(as_text=True)[:3000]
    doc_id = int(again.headers["Location"].rsplit("/", 1)[1])
    w.db.commit()
    w.db.expire_all()
    doc = w.db.get(Document, doc_id)
    assert doc.main_file.filename == "công văn.pdf" and w.ctx().blobs.get(doc.main_file.current.sha256) == pdf
    # the token is the person's own: another staff member cannot use it
    other = make_browser()
    other.login("snnmt.reviewer")
    stolen = other.client.post("/documents/new", data=_form(w, csrf_token(other.client, "/documents/new"),
                                                            pending_main=token), content_type="multipart/form-data")
    assert stolen.status_code == 200 and 'id="main_pdf-error">Mục này không được để trống' in stolen.get_data(
        as_text=True)
    w.db.commit()
    w.db.expire_all()
    assert w.db.query(Document).count() == 1

"""Word documents in: a Decree 30 letter written with python-docx (Vietnamese text, Times New
Roman) is converted by real LibreOffice in the job queue and becomes a draft whose PDF carries
the text and the pages; the Word file is kept beside it; failures say why, in Vietnamese."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from docflow.models import Conversion, ConversionStatus, Document
from docflow.runtime import convert_pending
from docflow.workflow import conversions
from docflow.workflow.errors import InvalidDocument
from docflow.workflow.office import ConversionError, convert_to_pdf, soffice_path
from docflow.workflow.outgoing import Upload
from tests.support import word

pytestmark = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed (make test installs it)")


def _text(pdf: bytes) -> str:
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())  # lines wrap where the layout wraps them


def _run_queue(w) -> int:
    return convert_pending(w.app.extensions["docflow.write_sessionmaker"], w.config)


def test_a_decree30_letter_in_word_becomes_a_draft(world):
    w = world
    staff = w.user("snnmt.staff")
    docx = word.decree30_docx(pages=2)
    conversion = conversions.queue_conversion(w.db, w.ctx(), staff, w.draft_input(), Upload("Công văn rà soát.docx",
                                                                                                docx))
    assert conversion.status == ConversionStatus.QUEUED and conversion.document_id is None
    assert _run_queue(w) == 1
    w.db.expire_all()
    conversion = w.db.get(Conversion, conversion.id)
    assert conversion.status == ConversionStatus.DONE, (conversion.error, conversion.error_params)
    doc = w.db.get(Document, conversion.document_id)
    assert doc.status.value == "draft" and doc.created_by_id == staff.id
    assert doc.main_file.filename == "Công văn rà soát.pdf"
    version = doc.main_file.current
    pdf = w.ctx().blobs.get(version.sha256)
    assert version.page_count == 2 and len(PdfReader(io.BytesIO(pdf)).pages) == 2
    text = _text(pdf)
    for expected in (word.HEADER, word.MOTTO, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "rà soát toàn bộ hồ sơ giao đất"):
        assert expected in text, (expected, text[:500])
    fonts = {str(f) for page in PdfReader(io.BytesIO(pdf)).pages
             for f in (page["/Resources"].get("/Font") or {}).values() for f in [f.get_object().get("/BaseFont")]}
    assert any("LiberationSerif" in f or "TimesNewRoman" in f for f in fonts), fonts  # metric-compatible layout
    source = version.details["source"]
    assert source["filename"] == "Công văn rà soát.docx" and source["format"] == "docx"
    assert w.ctx().blobs.get(source["sha256"]) == docx  # the original is kept beside the PDF
    from docflow.models import DocumentEvent

    events = w.db.query(DocumentEvent).filter_by(document_id=doc.id).order_by(DocumentEvent.id).all()
    assert [e.action for e in events] == ["created", "converted"]
    assert events[1].details["file"] == "Công văn rà soát.docx"


@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_odt_and_doc_are_converted_too(fmt):
    pdf = convert_to_pdf(word.saved_as(word.decree30_docx(pages=1), fmt), f"letter.{fmt}")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1 and word.MOTTO in _text(pdf)


def test_what_is_not_word_is_refused_before_queueing(world):
    w = world
    with pytest.raises(ConversionError) as err:
        conversions.queue_conversion(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(),
                                     Upload("thư.docx", b"%PDF-1.7 this is no Word file"))
    assert err.value.field == "main_pdf" and "not a Word document" in err.value.msgid
    assert w.db.query(Conversion).count() == 0


def test_a_word_file_over_the_limit_is_refused(world):
    from dataclasses import replace

    w = world
    ctx = replace(w.ctx(), max_word_bytes=1000)
    with pytest.raises(InvalidDocument) as err:
        conversions.queue_conversion(w.db, ctx, w.user("snnmt.staff"), w.draft_input(),
                                     Upload("lớn.docx", word.decree30_docx()))
    assert err.value.params["mb"] == 0 and err.value.field == "main_pdf"


def test_a_damaged_word_file_fails_with_a_reason_and_no_draft(world):
    w = world
    docx = word.decree30_docx()
    damaged = docx[: len(docx) // 2]  # cut: the zip directory is gone
    broken = b"PK\x03\x04" + b"\x00" * 200
    for data in (damaged, broken):
        with pytest.raises(ConversionError):
            conversions.queue_conversion(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(), Upload("a.docx", data))
    # a Word package LibreOffice cannot read: queued (it looks like Word), then failed with a reason
    import zipfile

    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<<<not xml")
    conversion = conversions.queue_conversion(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(),
                                              Upload("hỏng.docx", bad.getvalue()))
    _run_queue(w)
    w.db.expire_all()
    conversion = w.db.get(Conversion, conversion.id)
    assert conversion.status == ConversionStatus.FAILED and conversion.document_id is None
    assert conversion.error and conversion.error_params.get("name") == "hỏng.docx"
    assert w.db.query(Document).filter(Document.subject == w.draft_input().subject).count() == 0


def test_the_time_limit_stops_libreoffice(world):
    from docflow.workflow.office import Limits

    with pytest.raises(ConversionError) as err:
        convert_to_pdf(word.decree30_docx(), "chậm.docx", limits=Limits(timeout_s=0.5))
    assert "longer than" in err.value.msgid and err.value.params["seconds"] == 0


def test_a_conversion_is_taken_once(world):
    w = world
    conversion = conversions.queue_conversion(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(),
                                              Upload("a.docx", word.decree30_docx(pages=1)))
    assert conversions.claim(w.db, w.ctx(), conversion.id) == conversion.id
    assert conversions.claim(w.db, w.ctx(), conversion.id) is None  # a second worker gets nothing
    assert conversions.claim(w.db, w.ctx()) is None


def _draft_form(w, token: str, main, **extra) -> dict:
    return {"csrf_token": token, "doc_type": "CV", "subject": "V/v rà soát hồ sơ giao đất năm 2026",
            "urgency": "urgent", "confidentiality": "normal", "signer_id": str(w.user("snnmt.leader").id),
            "reviewer_id": "0", "authority_line": "KT. GIÁM ĐỐC", "recipients": [str(w.agency("UBNDXNH").id)],
            "main_pdf": main, **extra}


def test_word_through_the_pages(world, make_browser):
    from tests.conftest import csrf_token

    w = world
    staff = make_browser()
    assert staff.login("snnmt.staff").status_code == 302
    form = staff.get("/documents/new").get_data(as_text=True)
    assert ".docx" in form
    docx = word.decree30_docx(pages=1)
    response = staff.client.post("/documents/new", data=_draft_form(
        w, csrf_token(staff.client, "/documents/new"), (io.BytesIO(docx), "Công văn.docx")),
        content_type="multipart/form-data")
    assert response.status_code == 302 and "/conversions/" in response.headers["Location"]
    waiting = staff.get(response.headers["Location"])
    page = waiting.get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "Công văn.docx" in page and "Đang chờ" in page
    assert _run_queue(w) == 1
    done = staff.get(response.headers["Location"])
    assert done.status_code == 302 and "/documents/" in done.headers["Location"]
    doc_page = staff.get(done.headers["Location"]).get_data(as_text=True)
    assert "Kiểm tra bản PDF" in doc_page and "Công văn.docx" in doc_page
    import re

    source = re.search(r'href="(/versions/\d+/source)"', doc_page).group(1)
    original = staff.get(source)
    assert original.status_code == 200 and original.data == docx
    assert "Công%20văn.docx" in original.headers["Content-Disposition"] or "Cong van.docx" in original.headers[
        "Content-Disposition"]
    # another person of the agency does not follow someone else's conversion
    other = make_browser()
    other.login("snnmt.clerk")
    assert other.get(response.headers["Location"]).status_code == 404


def test_a_failed_conversion_gives_the_form_back_filled(world, make_browser):
    import zipfile

    from tests.conftest import csrf_token

    w = world
    staff = make_browser()
    staff.login("snnmt.staff")
    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("word/document.xml", "<<<not xml")
    response = staff.client.post("/documents/new", data=_draft_form(
        w, csrf_token(staff.client, "/documents/new"), (io.BytesIO(bad.getvalue()), "hỏng.docx")),
        content_type="multipart/form-data")
    _run_queue(w)
    page = staff.get(response.headers["Location"]).get_data(as_text=True)
    assert "LibreOffice không chuyển được" in page and "hỏng.docx" in page
    import re

    retry = re.search(r'href="(/documents/new\?conversion=\d+)"', page).group(1)
    form = staff.get(retry).get_data(as_text=True)
    assert "V/v rà soát hồ sơ giao đất năm 2026" in form and 'value="KT. GIÁM ĐỐC"' in form
    assert "LibreOffice không chuyển được" in form  # the reason, next to the file field


def test_a_pdf_with_a_word_name_is_refused_on_the_form(world, make_browser):
    from tests.conftest import csrf_token

    w = world
    staff = make_browser()
    staff.login("snnmt.staff")
    response = staff.client.post("/documents/new", data=_draft_form(
        w, csrf_token(staff.client, "/documents/new"), (io.BytesIO(b"%PDF-1.4 nope"), "giả.docx")),
        content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "không phải là văn bản Word" in page
    assert "V/v rà soát hồ sơ giao đất năm 2026" in page


def _worker_died(w, conversion_id: int, minutes_ago: int = 60) -> None:
    """A worker took the conversion and was killed: the row says "converting" since then."""
    import datetime as dt

    from sqlalchemy import update

    assert conversions.claim(w.db, w.ctx(), conversion_id) == conversion_id
    w.db.execute(update(Conversion).where(Conversion.id == conversion_id)
                 .values(started_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)))
    w.db.commit()


def test_a_conversion_whose_worker_died_is_tried_again(world, make_browser):
    w = world
    staff = w.user("snnmt.staff")
    conversion = conversions.queue_conversion(w.db, w.ctx(), staff, w.draft_input(),
                                              Upload("Công văn.docx", word.decree30_docx(pages=1)))
    w.db.commit()
    _worker_died(w, conversion.id, minutes_ago=2)  # recent: perhaps still at work, left alone
    assert _run_queue(w) == 0
    w.db.expire_all()
    assert w.db.get(Conversion, conversion.id).status == ConversionStatus.CONVERTING
    import datetime as dt

    from sqlalchemy import update

    w.db.execute(update(Conversion).where(Conversion.id == conversion.id)
                 .values(started_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)))
    w.db.commit()
    browser = make_browser()
    browser.login("snnmt.staff")
    assert _run_queue(w) == 1  # the next worker run takes it again and finishes it
    w.db.expire_all()
    again = w.db.get(Conversion, conversion.id)
    assert again.status == ConversionStatus.DONE and again.attempts == 2 and again.document_id is not None
    assert browser.get(f"/conversions/{conversion.id}").status_code == 302  # on to the draft


def test_a_conversion_interrupted_twice_fails_with_a_reason_on_the_draft(world, make_browser):
    from docflow.workflow import outgoing

    w = world
    staff = w.user("snnmt.staff")
    doc = outgoing.create_draft(w.db, w.ctx(), staff, w.draft_input(), w.letter())
    w.db.commit()
    conversion = conversions.queue_conversion(w.db, w.ctx(), staff, w.draft_input(),
                                              Upload("Bản sửa.docx", word.decree30_docx(pages=1)), document=doc,
                                              revision=doc.revision)
    w.db.commit()
    browser = make_browser()
    browser.login("snnmt.staff")
    _worker_died(w, conversion.id)
    # the RQ job of another conversion (or the poll worker) finds it: queued again, once
    assert conversions.recover_stale(w.db, w.ctx()) == [conversion.id]
    w.db.commit()
    w.db.expire_all()
    assert w.db.get(Conversion, conversion.id).status == ConversionStatus.QUEUED
    page = browser.get(f"/conversions/{conversion.id}").get_data(as_text=True)
    assert "Trình chuyển đổi đã dừng trước khi có bản PDF; tệp đang được chuyển đổi lại." in page
    _worker_died(w, conversion.id)  # the second worker dies too
    assert _run_queue(w) == 0
    w.db.expire_all()
    failed = w.db.get(Conversion, conversion.id)
    assert failed.status == ConversionStatus.FAILED and failed.attempts == 2
    reason = "Việc chuyển đổi bị gián đoạn hai lần"
    draft = browser.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Tệp Word mới (Bản sửa.docx) không chuyển được sang PDF:" in draft and reason in draft
    assert f"/documents/{doc.id}/edit?conversion={conversion.id}" in draft
    assert reason in browser.get(f"/conversions/{conversion.id}").get_data(as_text=True)
    assert w.db.get(Document, doc.id).main_file.current.details.get("source") is None  # the draft is unchanged


def test_a_macro_bound_to_opening_the_document_does_not_run_in_the_conversion(tmp_path):
    """A document macro set to run when the file is opened (what a hostile .docm or .odt does)
    writes a file where macros are allowed; docflow's conversion makes the PDF without it."""
    from docflow.workflow import office

    allowed, converted = tmp_path / "ran-where-allowed", tmp_path / "ran-in-docflow"
    # the control: the macro is real and runs as soon as LibreOffice opens the file with macros on
    assert word.open_with_macros_allowed(word.macro_odt(allowed), tmp_path, wait_for=allowed)
    assert allowed.read_text().strip() == "the macro ran"
    pdf = convert_to_pdf(word.macro_odt(converted), "công văn có macro.odt")
    assert word.MACRO_TEXT in _text(pdf)  # converted
    assert not converted.exists()  # and the macro did not run
    # how: each conversion's fresh profile forbids macros (highest security level, execution off)
    settings = " ".join(office._PROFILE_SETTINGS.split())
    for setting in ('"DisableMacrosExecution" oor:op="fuse"><value>true', '"MacroSecurityLevel" oor:op="fuse"><value>3',
                    'VBA"><prop oor:name="Executable" oor:op="fuse"> <value>false'):
        assert setting in settings, setting

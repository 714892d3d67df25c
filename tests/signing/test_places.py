"""The number and the date on the page (Decree 30): the places found on a draft, empty fields
added with the leader's signature, filled with the agency's seal in the same update — and the
leader's signature still valid for pyHanko (FORM_FILLING), pdfsig and docflow's verifier."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops
from pypdf import PdfReader

from docflow.signing import InvalidInput, sign_pdf, text_appearance
from docflow.signing.places import FIELD_NAMES, detect_places, fills_for, text_fields_for
from docflow.verification import issuance
from tests.signing.oracles import assert_pdfsig_accepts, pyhanko_validate, qpdf_check, require
from tests.support.pdfs import decree30_document, many_pages

ISSUED_AT = dt.datetime(2026, 12, 2, 2, 15, tzinfo=dt.UTC)  # 09:15 on 2 December 2026 in Vietnam
ARTIFACTS = Path(os.environ.get("DOCFLOW_ARTIFACTS") or Path(__file__).resolve().parents[2] / "test-artifacts")
SCALE = 2.0


def _flattened(pdf: bytes) -> pdfium.PdfPage:
    """Page 1 with its form appearances burnt into the content (what a printout shows)."""
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    doc[0].flatten()
    buf = io.BytesIO()
    doc.save(buf)
    return pdfium.PdfDocument(buf.getvalue())[0]


def _words_at(page: pdfium.PdfPage, box) -> str:
    """The text the flattened page shows inside ``box`` (PDF points)."""
    x1, y1, x2, y2 = box
    return page.get_textpage().get_text_bounded(left=x1 + 0.5, bottom=y1, right=x2 - 0.5, top=y2).strip()


def _line_left_to_right(page: pdfium.PdfPage, baseline: float) -> str:
    """The characters of the line at ``baseline`` in reading order (by x), spaces dropped."""
    text = page.get_textpage()
    chars = []
    for i in range(text.count_chars()):
        x1, y1, x2, y2 = text.get_charbox(i)
        ch = text.get_text_range(i, 1)
        if ch.strip() and y1 - 4 < baseline < y2 + 1:
            chars.append((x1, ch))
    return "".join(ch for _x, ch in sorted(chars))


def _render(pdf: bytes):
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    return doc[0].render(scale=SCALE, may_draw_forms=True).to_pil().convert("RGB")


def _issue(pdf: bytes, leader, seal, *, notation: str = "15/QĐ-UBND", number: int = 15) -> tuple[bytes, list]:
    places = detect_places(pdf)
    signed = sign_pdf(pdf, leader, appearance=text_appearance(1, (330, 150, 540, 280), "KT. GIÁM ĐỐC\nNguyễn Văn A"),
                      text_fields=text_fields_for(places))
    sealed = sign_pdf(signed.pdf, seal, appearance=text_appearance(1, (300, 170, 400, 260), "DẤU"),
                      signing_time=ISSUED_AT, fills=fills_for(places, notation, number, ISSUED_AT))
    return sealed.pdf, places


def test_places_are_found_where_the_blanks_of_a_decree30_draft_are():
    places = {p.kind: p for p in detect_places(decree30_document())}
    assert set(places) == {"number", "day", "month"}  # the year is printed: "năm 2026"
    page = pdfium.PdfDocument(decree30_document())[0]
    text = page.get_textpage()
    # each box lies in its gap: right of "Số:" and left of "/QĐ-UBND", between "ngày" and "tháng"…
    assert _words_at(page, places["number"].box) == ""
    assert _words_at(page, places["day"].box) == ""
    assert _words_at(page, places["month"].box) == ""
    left = text.get_text_bounded(left=places["number"].box[0] - 25, bottom=places["number"].box[1],
                                 right=places["number"].box[0], top=places["number"].box[3])
    assert left.strip().endswith("Số:")
    assert places["number"].size == pytest.approx(13.0)
    assert places["day"].italic and not places["number"].italic  # the date line is in italics


def test_a_blank_year_gets_a_place_too_and_a_bare_number_line_holds_the_whole_notation():
    places = {p.kind: p for p in detect_places(decree30_document(number_line="Số:",
                                                                 date_line="Quảng Ngãi, ngày ... tháng ... năm ..."))}
    assert set(places) == {"number", "day", "month", "year"}
    assert places["number"].whole_notation


def test_a_draft_without_the_layout_has_no_places():
    assert detect_places(many_pages(2)) == []
    assert detect_places(b"%PDF-1.7 not really") == []


def test_issued_page_shows_number_and_date_where_the_blanks_were_and_both_signatures_stay_valid(
        rsa_signer, agency_signer, root_cert, nssdir):
    require("pdfsig")
    draft = decree30_document()
    issued, places = _issue(draft, rsa_signer, agency_signer)
    page = _flattened(issued)
    by_kind = {p.kind: p for p in places}
    assert _words_at(page, by_kind["number"].box) == "15"
    assert _words_at(page, by_kind["day"].box) == "02"  # two digits, as Decree 30 writes them
    assert _words_at(page, by_kind["month"].box) == "12"
    line = _line_left_to_right(page, by_kind["number"].baseline)
    assert "Số:15/QĐ-UBND" in line
    assert "ngày02tháng12năm2026" in line

    # nothing else on the page changed outside the places and the two signature boxes
    before, after = _render(draft), _render(issued)
    diff = ImageChops.difference(before, after).convert("L").point(lambda v: 255 if v > 40 else 0)
    for x1, y1, x2, y2 in [p.box for p in places] + [(300, 150, 540, 280)]:
        diff.paste(0, (int(x1 * SCALE) - 2, int((841.89 - y2) * SCALE) - 2,
                       int(x2 * SCALE) + 2, int((841.89 - y1) * SCALE) + 2))
    assert diff.getbbox() is None, diff.getbbox()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    after.save(ARTIFACTS / "issued-decision-signing-layer.png")

    # the leader's signature: intact, valid, only form filling after it (pyHanko); pdfsig agrees
    leader, seal = pyhanko_validate(issued, root_cert)
    assert leader.intact and leader.valid and leader.trusted and leader.docmdp_ok
    assert leader.modification_level == "FORM_FILLING"
    assert seal.intact and seal.valid and seal.coverage == "ENTIRE_FILE"
    assert_pdfsig_accepts(issued, nssdir, 2)
    qpdf_check(issued)

    # the values are in the fields too, in read-only text fields named as the verifier expects
    fields = PdfReader(io.BytesIO(issued)).get_fields()
    assert {fields[FIELD_NAMES[k]]["/V"] for k in ("number", "day", "month")} == {"15", "02", "12"}
    assert all(int(fields[FIELD_NAMES[k]]["/Ff"]) & 1 for k in ("number", "day", "month"))


def test_the_values_are_drawn_in_liberation_serif_at_the_documents_size(rsa_signer, agency_signer):
    issued, _places = _issue(decree30_document(), rsa_signer, agency_signer)
    reader = PdfReader(io.BytesIO(issued))
    number = reader.get_fields()[FIELD_NAMES["number"]]
    widget = next(a.get_object() for a in reader.pages[0]["/Annots"]
                  if a.get_object().get("/T") == FIELD_NAMES["number"])
    stream = widget["/AP"]["/N"].get_object()
    fonts = [str(f.get_object()["/BaseFont"]) for f in stream["/Resources"]["/Font"].values()]
    assert any("LiberationSerif" in f for f in fonts), fonts
    assert b"13" in stream.get_data() and number["/V"] == "15"


def test_fields_are_made_only_where_asked_and_a_fill_needs_an_existing_field(rsa_signer):
    draft = decree30_document()
    with pytest.raises(InvalidInput):
        sign_pdf(draft, rsa_signer, fills=fills_for(detect_places(draft), "15/QĐ-UBND", 15, ISSUED_AT))
    signed = sign_pdf(draft, rsa_signer, text_fields=text_fields_for(detect_places(draft)))
    with pytest.raises(InvalidInput):  # the same field twice
        sign_pdf(signed.pdf, rsa_signer, text_fields=text_fields_for(detect_places(draft)))


def test_the_verifier_knows_the_field_names_docflow_writes():
    assert set(issuance.ISSUANCE_FIELDS) == set(FIELD_NAMES.values())
    assert {issuance.ISSUANCE_FIELDS[n] for n in FIELD_NAMES.values()} == set(FIELD_NAMES)

"""The change-analysis rule for the number and date written at issuance (verification/issuance.py):
allowed, in words, when docflow's own empty fields are filled with the expected values in the
revision that adds the agency's seal; refused when a number is changed once written, written
without a signature, or is not a number."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from docflow.signing import sign_pdf, text_appearance
from docflow.signing.places import detect_places, fills_for, text_fields_for
from docflow.signing.signer import SoftwareSigner
from docflow.verification.engine import verify_pdf
from tests.support.pdfs import decree30_document
from tests.support.pki import TestCA

WHEN = dt.datetime(2026, 12, 2, 2, 15, tzinfo=dt.UTC)
@pytest.fixture(scope="module")
def signers():
    root = TestCA("Issuance Rule Root")
    issuing = TestCA("Issuance Rule CA", parent=root)
    leader, seal = issuing.issue("Lãnh đạo"), issuing.issue("Cơ quan")
    return SoftwareSigner(leader.key, leader.cert, leader.chain), SoftwareSigner(seal.key, seal.cert, seal.chain)


@pytest.fixture(scope="module")
def draft() -> bytes:
    return decree30_document()


@pytest.fixture(scope="module")
def signed(signers, draft) -> bytes:
    leader, _seal = signers
    return sign_pdf(draft, leader, appearance=text_appearance(1, (330, 150, 540, 280), "KT. GIÁM ĐỐC"),
                    text_fields=text_fields_for(detect_places(draft))).pdf


def _seal(pdf: bytes, seal, draft: bytes, notation="15/QĐ-UBND", number=15, fills=None) -> bytes:
    return sign_pdf(pdf, seal, appearance=text_appearance(1, (300, 170, 400, 260), "DẤU"), signing_time=WHEN,
                    fills=fills if fills is not None else fills_for(detect_places(draft), notation, number, WHEN)).pdf


def _set_value(pdf: bytes, field: str, value: str) -> bytes:
    """An incremental update (pypdf, no signature) that writes ``value`` into ``field``."""
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    for ref in writer.pages[0]["/Annots"]:
        obj = ref.get_object()
        if obj.get("/T") == field:
            obj[NameObject("/V")] = TextStringObject(value)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_fill_at_issuance_is_allowed_and_said_in_words(signers, signed, draft):
    issued = _seal(signed, signers[1], draft)
    leader, seal = verify_pdf(issued).signatures
    assert leader.modifications_after == "ALLOWED"
    assert "number and date of the document filled at issuance (15; 02/12)" in leader.changes_after
    assert not any(c.startswith("form field") and c.endswith("filled") for c in leader.changes_after)
    words = [c["vi"] for c in leader.change_analysis if c["rule"] == "issuance-fill"]
    assert words == ["số và ngày văn bản được điền khi phát hành (15; 02/12)"], leader.change_analysis
    assert seal.modifications_after == "NONE"


def test_a_number_changed_after_issuance_is_disallowed(signers, signed, draft):
    issued = _seal(signed, signers[1], draft)
    forged = _set_value(issued, "docflow_number", "99")
    leader, seal = verify_pdf(forged).signatures
    assert leader.modifications_after == seal.modifications_after == "DISALLOWED"
    assert "the document number written at issuance was changed (15 → 99)" in seal.changes_after
    assert forged[: len(issued)] == issued  # the forger only appended


def test_a_number_written_without_a_signature_is_disallowed(signed):
    forged = _set_value(signed, "docflow_number", "15")
    (leader,) = verify_pdf(forged).signatures
    assert leader.modifications_after == "DISALLOWED"
    assert "the document number and date were written without a new signature" in leader.changes_after


def test_a_value_that_is_no_number_or_date_is_disallowed(signers, signed, draft):
    fills = fills_for(detect_places(draft), "15/QĐ-UBND", 15, WHEN)
    bad = [f if f.name != "docflow_day" else type(f)(f.name, "32", f.appearance) for f in fills]
    issued = _seal(signed, signers[1], draft, fills=bad)
    leader, _seal_sig = verify_pdf(issued).signatures
    assert leader.modifications_after == "DISALLOWED"
    assert "unexpected value in the document day field ('32')" in leader.changes_after

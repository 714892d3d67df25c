"""Issue 13: change analysis on one principle — defects 1, 2, 7 and the false alarms of 8.

Each forgery test failed on the code before issue 13 (run there once: the analysis said
"no change" or "XMP metadata updated"/"DSS updated" and TOTAL_PASSED); each genuine-update
test was a false alarm there (TOTAL_FAILED/FORMAT_FAILURE).
"""

from __future__ import annotations

import pytest

from docflow.verification import verify_pdf

from .corpus import add_empty_sig_field, endesive_sign, sign
from .forgeries import (
    BOX,
    alias_prepare,
    alias_redefine,
    appearance_swap,
    freed_content,
    renumber_page,
    rewrite_ap_in_place,
    shadow_replace_field,
    sign_toggling_flags,
    text_field_doc,
)


def _failed(report, needle: str | None = None) -> None:
    assert report.verdict == "TOTAL_FAILED", [s.to_json() for s in report.signatures]
    for s in report.signatures[:1]:
        assert (s.indication, s.subindication, s.modifications_after) == (
            "TOTAL_FAILED", "FORMAT_FAILURE", "DISALLOWED")
        if needle:
            assert any(needle in c for c in s.changes_after), s.changes_after


def _passed(report) -> None:
    assert report.verdict == "TOTAL_PASSED", [
        (s.field, s.indication, s.problems, s.change_analysis) for s in report.signatures]


# --------------------------------------------------------------- defect 1: appearance swap

def test_appearance_swap_on_the_leaders_signature_fails(world):
    signed = sign(world.letter, world.leader, box=BOX)
    _passed(verify_pdf(signed, world.context()))
    forged = appearance_swap(signed, "Sig1")
    _failed(verify_pdf(forged, world.context()), "widget of the signed signature field Sig1")


def test_appearance_swap_on_the_seal_fails_both_signatures(world):
    sealed = sign(sign(world.letter, world.leader, box=BOX), world.clerk, "Seal",
                  box=(100, 100, 250, 160))
    report = verify_pdf(appearance_swap(sealed, "Seal"), world.context())
    _failed(report)
    assert [s.indication for s in report.signatures] == ["TOTAL_FAILED", "TOTAL_FAILED"]
    assert any("Seal" in c for c in report.signatures[1].changes_after)


# ------------------------------------------------------------ defect 2: aliased objects

@pytest.mark.parametrize("where", ["metadata", "dss"])
def test_page_xobject_aliased_as_metadata_or_dss_fails(world, where):
    # endesive signs without reading /Metadata (pyHanko would refuse the non-XMP stream)
    signed = endesive_sign(alias_prepare(world.letter, where), world.leader, "Sig1")
    _passed(verify_pdf(signed, world.context()))
    report = verify_pdf(alias_redefine(signed), world.context())
    _failed(report, "drawn on page 1")
    sig = report.signatures[0]
    # the metadata / DSS use may be fine on its own; the drawn use is what refuses it
    drawn = [c for c in sig.change_analysis if "drawn" in c["en"]]
    assert drawn and not drawn[0]["allowed"] and drawn[0]["rule"] == "drawn"
    assert "được vẽ" in drawn[0]["vi"]


# ---------------------------------------------------------------------------- defect 7

def test_signed_appearance_replaced_through_an_indirect_ap_dictionary_fails(world):
    signed = sign(world.letter, world.leader, box=BOX)
    _failed(verify_pdf(appearance_swap(signed, "Sig1", indirect_ap=True), world.context()),
            "Sig1")


def test_shadow_replace_empty_field_shows_text_without_a_value_fails(world):
    signed = sign(text_field_doc(world.letter), world.leader)
    report = verify_pdf(shadow_replace_field(signed), world.context())
    _failed(report, "shows content but has no value")
    vi = [c["vi"] for c in report.signatures[0].change_analysis if not c["allowed"]]
    assert any("không có giá trị" in v for v in vi)


def test_trailer_info_naming_an_appearance_does_not_make_it_metadata(world):
    """The attacker's prepared document names the field's appearance stream as /Info; under
    P1 (no form filling) rewriting it was "document information changed" (allowed)."""
    prepared = text_field_doc(world.letter, with_ap=True, ap_is_info=True)
    signed = sign(prepared, world.leader, certify=True, docmdp=1)
    _passed(verify_pdf(signed, world.context()))
    _failed(verify_pdf(rewrite_ap_in_place(signed, None), world.context()), "amount")


# ------------------------------------------------------- defect 8: genuine updates pass

def test_appearance_rewritten_in_place_by_form_filling_under_p2_passes(world):
    signed = sign(text_field_doc(world.letter, with_ap=True), world.leader, certify=True,
                  docmdp=2)
    report = verify_pdf(rewrite_ap_in_place(signed, b"1.250.000.000"), world.context())
    _passed(report)
    assert "form field 'amount' filled" in report.signatures[0].changes_after


def test_in_place_appearance_under_p1_is_still_refused(world):
    signed = sign(text_field_doc(world.letter, with_ap=True), world.leader, certify=True,
                  docmdp=1)
    _failed(verify_pdf(rewrite_ap_in_place(signed, b"1.250.000.000"), world.context()))


def test_adobe_second_signature_toggling_the_widget_flags_passes(world):
    prepared = add_empty_sig_field(world.letter, "Seal")
    first = sign(prepared, world.leader)
    report = verify_pdf(sign_toggling_flags(first, world.clerk), world.context())
    _passed(report)
    assert "signature field Seal signed" in report.signatures[0].changes_after


@pytest.mark.parametrize("how", ["floats", "names", "null"])
def test_same_values_written_differently_are_no_change(world, how):
    report = verify_pdf(renumber_page(world.signed(), how), world.context())
    _passed(report)
    assert report.signatures[0].modifications_after == "NONE"


# ------------------------------------------------------------------ freed object numbers

def test_freeing_the_page_content_fails(world):
    report = verify_pdf(freed_content(world.signed()), world.context())
    _failed(report, "freed")


# ------------------------------------------------------------- both languages, per change

def test_every_change_is_explained_in_english_and_vietnamese(world):
    from .cases import build

    report = verify_pdf(build(world, "sequential_3"), world.context())
    first = report.signatures[0]
    assert first.modifications_after == "ALLOWED"
    for c in first.change_analysis:
        assert c["allowed"] and c["en"] and c["vi"] and c["vi"] != c["en"]
        assert c["revision"] in (3, 4) and c["category"] in ("signature", "metadata")
    obj = first.to_json()
    assert obj["change_analysis"] == [dict(c) for c in first.change_analysis]

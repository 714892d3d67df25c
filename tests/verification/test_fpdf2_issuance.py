"""Issuance on documents fpdf2 builds (the demo documents): fpdf2's catalog names the page in
``/OpenAction [page /FitH null]``. That destination once made the page, and every widget it
lists, a use "other" of the catalog, so filling the number and date with the seal refused the
leader's signature ("object 33 (/Annots[1]) changed") where pyHanko says FORM_FILLING. A page
reached through a destination is judged as the page it is; anything else on its /Annots stays
refused."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from docflow.demo_documents import sample_letter
from docflow.signing import sign_pdf, text_appearance
from docflow.signing.places import detect_places, fills_for, text_fields_for
from docflow.signing.signer import SoftwareSigner
from docflow.verification.engine import verify_pdf
from docflow.verification.graph import Ctx, RevisionGraph
from tests.support.pki import TestCA

from .cases import add_annotation, replace_content
from .corpus import append_update, object_body, page_ref
from .test_differential import pyhanko_level

WHEN = dt.datetime(2026, 12, 2, 2, 15, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def signers():
    root = TestCA("fpdf2 Issuance Root")
    issuing = TestCA("fpdf2 Issuance CA", parent=root)
    leader, seal = issuing.issue("Lãnh đạo"), issuing.issue("Cơ quan")
    return (SoftwareSigner(leader.key, leader.cert, leader.chain),
            SoftwareSigner(seal.key, seal.cert, seal.chain))


@pytest.fixture(scope="module")
def draft() -> bytes:
    return sample_letter("V/v rà soát hồ sơ giao đất", "Đề nghị Ủy ban nhân dân xã rà soát hồ sơ.")


@pytest.fixture(scope="module")
def issued(signers, draft) -> bytes:
    leader, seal = signers
    places = detect_places(draft)
    signed = sign_pdf(draft, leader, appearance=text_appearance(1, (330, 150, 540, 280), "KT. GIÁM ĐỐC"),
                      text_fields=text_fields_for(places)).pdf
    return sign_pdf(signed, seal, appearance=text_appearance(1, (300, 170, 400, 260), "DẤU"),
                    signing_time=WHEN, fills=fills_for(places, "15/SNNMT", 15, WHEN)).pdf


def test_the_demo_document_names_its_page_as_open_action(draft):
    catalog = PdfReader(io.BytesIO(draft)).trailer["/Root"]
    assert catalog["/OpenAction"][0].idnum == page_ref(draft)  # what this file is about


def test_issuance_on_an_fpdf2_document_keeps_the_leader_signature_valid(issued):
    assert pyhanko_level(issued, None) == "FORM_FILLING"
    leader, seal = verify_pdf(issued).signatures
    assert leader.modifications_after == "ALLOWED", leader.changes_after
    assert "number and date of the document filled at issuance (15; 02/12)" in leader.changes_after
    assert not any("changed" in c for c in leader.changes_after), leader.changes_after
    assert seal.modifications_after == "NONE"


def test_a_page_reached_by_a_destination_has_only_its_page_use(issued):
    g = RevisionGraph(PdfReader(io.BytesIO(issued)))
    page = page_ref(issued)
    assert {u.ctx for u in g.uses_of(page)} == {Ctx.PAGE}
    widgets = [a.idnum for a in PdfReader(io.BytesIO(issued)).pages[0]["/Annots"]]
    # merged field-and-widget objects: the widget's and the field's uses, nothing "other"
    assert widgets and all({u.ctx for u in g.uses_of(w)} == {Ctx.WIDGET, Ctx.FIELD} for w in widgets)


def test_a_comment_box_added_to_the_page_after_issuance_is_refused(issued):
    forged = add_annotation(issued)  # a FreeText box listed in the page's /Annots
    assert pyhanko_level(forged, None) == "SUSPICIOUS"  # "newly added annotations not recognised"
    for sig in verify_pdf(forged).signatures:
        assert sig.modifications_after == "DISALLOWED"
        assert any(c.startswith("annotation added on page 1 (FreeText") for c in sig.changes_after)


def test_a_widget_replaced_in_the_page_annotations_is_refused(issued):
    """The /Annots entry of the leader's signature widget is swapped for a look-alike object
    with another appearance: the array changed in place, not by appending."""
    reader = PdfReader(io.BytesIO(issued))
    annots = [a.idnum for a in reader.pages[0]["/Annots"]]
    sig_widget = next(n for n in annots if reader.get_object(n).get("/FT") == "/Sig"
                      or "Sig" in str(reader.get_object(n).get("/T", "")))
    size = int(reader.trailer["/Size"])
    page = page_ref(issued)
    body = object_body(issued, page)
    body = re.sub(rb"\b%d 0 R" % sig_widget, b"%d 0 R" % size, body, count=1)
    forged = append_update(issued, {size: object_body(issued, sig_widget), page: body})
    assert pyhanko_level(forged, None) in ("OTHER", "SUSPICIOUS")
    leader = verify_pdf(forged).signatures[0]
    assert leader.modifications_after == "DISALLOWED"
    assert "ALLOWED" not in [s.modifications_after for s in verify_pdf(forged).signatures]


def test_page_content_replaced_after_issuance_is_refused(issued):
    forged = replace_content(issued)
    assert pyhanko_level(forged, None) in ("OTHER", "SUSPICIOUS")
    for sig in verify_pdf(forged).signatures:
        assert sig.modifications_after == "DISALLOWED"
        assert "page 1 content replaced" in sig.changes_after

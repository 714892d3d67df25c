"""Circulation marks chosen on the draft ("XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "DỰ THẢO") are
shown on the document for the sender and the recipient, "DỰ THẢO" only until it is issued; the
seal shows the image alone as Decree 30 wants, the agency's name and time under it only where
the agency chose Circular 01/2019's style."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from docflow.models import Delivery
from docflow.workflow import outgoing
from docflow.workflow.errors import InvalidDocument
from tests.workflow.helpers import issued_document


def _page_text(pdf: bytes) -> str:
    """What page 1 shows with every appearance drawn (as printed)."""
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    doc[0].flatten()
    buf = io.BytesIO()
    doc.save(buf)
    return pdfium.PdfDocument(buf.getvalue())[0].get_textpage().get_text_range()


def test_marks_show_on_the_draft_and_at_the_recipient_draft_mark_only_until_issued(world, make_browser):
    w = world
    doc = issued_document(w, dispatch=False, circulation_marks=["du_thao", "xem_xong_tra_lai"])
    assert doc.circulation_marks == ["xem_xong_tra_lai", "du_thao"]  # Decree 30's order
    assert outgoing.circulation_marks(doc) == ["XEM XONG TRẢ LẠI"]  # issued: no longer a draft
    outgoing.dispatch(w.db, w.ctx(), w.user("snnmt.clerk"), doc, doc.revision)
    w.db.commit()
    sender = make_browser()
    assert sender.login("snnmt.clerk").status_code == 302
    page = sender.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "XEM XONG TRẢ LẠI" in page and "DỰ THẢO" not in page
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    recipient = make_browser()
    assert recipient.login("ubndxnh.clerk").status_code == 302
    assert "XEM XONG TRẢ LẠI" in recipient.get(f"/incoming/{delivery.id}").get_data(as_text=True)


def test_a_draft_shows_its_draft_mark_and_the_api_reports_the_marks(world, make_browser):
    w = world
    staff = w.user("snnmt.staff")
    doc = outgoing.create_draft(w.db, w.ctx(), staff, w.draft_input(circulation_marks=["du_thao", "luu_hanh_noi_bo"]),
                                w.letter())
    w.db.commit()
    assert outgoing.circulation_marks(doc) == ["LƯU HÀNH NỘI BỘ", "DỰ THẢO"]
    b = make_browser()
    assert b.login("snnmt.staff").status_code == 302
    page = b.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "DỰ THẢO" in page and "LƯU HÀNH NỘI BỘ" in page
    form = b.get(f"/documents/{doc.id}/edit").get_data(as_text=True)
    checked = re.findall(r'<input[^>]*value="(\w+)"[^>]*>', form)
    ticked = {v for v in checked if re.search(rf'<input[^>]*checked[^>]*value="{v}"|<input[^>]*value="{v}"[^>]*checked',
                                              form)}
    assert {"du_thao", "luu_hanh_noi_bo"} <= ticked and "xem_xong_tra_lai" not in ticked  # the edit form keeps them
    from docflow.api.tokens import create_token

    token = create_token(w.db, staff, staff, "marks").token
    w.db.commit()
    r = w.app.test_client().get(f"/api/v1/documents/{doc.id}", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json["circulation_marks"] == ["LƯU HÀNH NỘI BỘ", "DỰ THẢO"], r.json


def test_an_unknown_mark_is_refused(world):
    w = world
    with pytest.raises(InvalidDocument) as err:
        outgoing.create_draft(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(circulation_marks=["tuyet_mat"]),
                              w.letter())
    assert err.value.field == "circulation_marks"


def _seal_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse([4, 4, 421, 421], outline=(210, 20, 20, 235), width=12)
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


def test_the_seal_shows_the_image_alone_unless_the_agency_chose_the_text(world):
    from docflow.pki import service as pki

    w = world
    agency = w.agency("SNNMT")
    pki.set_seal_image(w.db, agency, _seal_png(), actor=None)
    w.db.commit()
    plain = issued_document(w, dispatch=False)
    text = _page_text(w.ctx().blobs.get(plain.main_file.current.sha256))
    assert "+07:00" not in text, text  # Decree 30: no time (nor name) under the seal image
    agency.seal_text = True
    w.db.commit()
    styled = issued_document(w, dispatch=False)
    text = _page_text(w.ctx().blobs.get(styled.main_file.current.sha256))
    assert "+07:00" in text, text  # the signing time under the seal, ISO 8601 in Vietnam time

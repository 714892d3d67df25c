"""The drafter drags the place of the number on the page (issue 15): after the leader signs and
the clerk issues, the page shows the number at the new place, not at the old one."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from .flows import draft, open_document, sign

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _box(page) -> list[float]:
    return [float(v) for v in page.locator("#place-number").get_attribute("data-box").split(",")]


def _ink(png: bytes, box: list[float], height_pt: float) -> int:
    """Dark pixels of the page image inside a PDF-point box."""
    image = Image.open(io.BytesIO(png)).convert("L")
    k = image.height / height_pt
    x1, y1, x2, y2 = box
    region = image.crop((int(x1 * k) + 2, int((height_pt - y2) * k) + 2,
                         int(x2 * k) - 2, int((height_pt - y1) * k) - 2))
    return sum(region.point(lambda v: 255 if v < 110 else 0).histogram()[255:])


def test_the_number_is_issued_where_the_drafter_dragged_its_place(people, letter_pdf, shoot):
    import pypdfium2 as pdfium

    from tests.workflow.test_number_on_page import _flattened_page, _text_in

    subject = "V/v thử kéo chỗ ghi số văn bản"
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject, submit=False)
    open_document(staff, doc_id)
    place = staff.locator("#place-number")
    expect(place).to_be_visible()
    before = _box(staff)
    start = place.bounding_box()
    # a real mouse drag: 60 px right, 200 px down, into the empty part of the page
    staff.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    staff.mouse.down()
    staff.mouse.move(start["x"] + start["width"] / 2 + 30, start["y"] + start["height"] / 2 + 100, steps=5)
    staff.mouse.move(start["x"] + start["width"] / 2 + 60, start["y"] + start["height"] / 2 + 200, steps=5)
    staff.mouse.up()
    moved = place.bounding_box()
    assert moved["x"] == pytest.approx(start["x"] + 60, abs=2) and moved["y"] == pytest.approx(start["y"] + 200, abs=2)
    after = [float(v) for v in staff.locator("#place-input-number").input_value().split(",")]
    assert after[1] < before[1] - 100 and after[0] > before[0] + 20  # PDF y grows upwards
    shoot(staff, "number-place-dragged")
    staff.click("#btn-save-places")
    expect(staff.locator(".flash").first).to_contain_text(re.compile("Đã lưu vị trí ghi số|places of the number"))
    open_document(staff, doc_id)
    assert _box(staff) == pytest.approx(after, abs=0.2)  # stored with the draft
    staff.click("#btn-submit")
    expect(staff.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))

    leader = people.page("snnmt.leader")
    open_document(leader, doc_id)
    sign(leader)
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"))

    clerk = people.page("snnmt.clerk")
    open_document(clerk, doc_id)
    clerk.fill("#pin", "246810")
    clerk.click("#btn-issue")
    expect(clerk.locator("#doc-status")).to_have_text(re.compile("Đã cấp số, ký số cơ quan|Issued"))
    number = clerk.locator("#doc-notation").inner_text().split("/")[0]
    open_document(clerk, doc_id)
    shoot(clerk, "number-at-the-dragged-place")

    # the page image the clerk sees: ink at the new place, the old blank still blank
    src = clerk.locator("#page-img").get_attribute("src")
    png = clerk.request.get(src).body()
    pdf = clerk.request.get(clerk.locator(".viewer-bar a[href*='download']").get_attribute("href")).body()
    document = pdfium.PdfDocument(pdf)
    height = document[0].get_height()
    document.close()
    assert _ink(png, after, height) > 20
    # and the text there is the number (a printout of the issued PDF)
    page = _flattened_page(pdf)
    assert number in _text_in(page, after).split()  # the box's edge may touch the line below
    assert number not in _text_in(page, before).replace(".", "")

"""The leader's desk in a browser: batch signing with one PIN; keyboard use of the signature
box and the PIN dialog; the desk and the document page at a phone's width."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import PIN
from .flows import draft, open_document, sign_box, signature_rects, signed_version

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 375, "height": 740}


def test_batch_signing_with_one_pin(people, letter_pdf, shoot):
    staff = people.page("snnmt.staff")
    subjects = ["V/v lấy ý kiến dự thảo quy hoạch (lô 1)", "V/v lấy ý kiến dự thảo quy hoạch (lô 2)"]
    ids = []
    for subject in subjects:
        staff.goto("/desk")
        ids.append(draft(staff, letter_pdf, subject))

    leader = people.page("snnmt.leader")
    panel = leader.locator("#panel-sign")
    for doc_id in ids:
        leader.check(f"#pick-{doc_id}")
    shoot(leader, "desk-selected")
    leader.click("#btn-batch")
    items = leader.locator("#batch-list li")
    expect(items).to_have_count(2)
    expect(leader.locator("#batch-list")).to_contain_text(subjects[0])
    leader.fill("#batch-pin", PIN)
    leader.click("#btn-batch-sign")
    expect(leader.locator("#batch-progress")).to_have_js_property("value", 2)
    for i in range(2):
        expect(items.nth(i)).to_have_class("ok")
        expect(items.nth(i).locator(".batch-result")).to_have_text(re.compile("Đã ký|Signed"))
    expect(leader.locator("#batch-status")).to_have_text(re.compile("2"))
    shoot(leader, "batch-done")

    leader.goto("/desk")
    for subject in subjects:
        expect(panel).not_to_contain_text(subject)
    for doc_id in ids:
        leader.goto(f"/documents/{doc_id}")
        expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"))


def test_keyboard_moves_the_box_and_reaches_the_pin_dialog(people, letter_pdf, shoot):
    subject = "V/v chuẩn bị hồ sơ đo đạc địa chính (bàn phím)"
    staff = people.page("ubndxtt.staff")
    doc_id = draft(staff, letter_pdf, subject)

    leader = people.page("ubndxtt.leader")
    open_document(leader, doc_id)
    box = leader.locator("#sig-box")
    before = sign_box(leader)
    box.focus()
    expect(box).to_be_focused()
    for key in ("ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowUp", "ArrowUp"):
        leader.keyboard.press(key)
    leader.keyboard.press("Shift+ArrowRight")  # wider by 10 pt
    after = sign_box(leader)
    assert after[0] == pytest.approx(before[0] - 30, abs=0.2)
    assert after[1] == pytest.approx(before[1] + 20, abs=0.2)
    assert after[2] == pytest.approx(before[2] - 30 + 10, abs=0.2)
    shoot(leader, "moved-by-keyboard")

    # Tab from the box to the "Sign…" button, Enter opens the dialog with the PIN field focused
    for _ in range(40):
        leader.keyboard.press("Tab")
        if leader.evaluate("document.activeElement && document.activeElement.id") == "btn-sign-open":
            break
    expect(leader.locator("#btn-sign-open")).to_be_focused()
    leader.keyboard.press("Enter")
    expect(leader.locator("#pin-dialog")).to_be_visible()
    expect(leader.locator("#pin")).to_be_focused()
    leader.keyboard.press("Escape")  # closes without signing, focus comes back
    expect(leader.locator("#pin-dialog")).to_be_hidden()
    leader.keyboard.press("Enter")
    expect(leader.locator("#pin")).to_be_focused()
    leader.keyboard.type(PIN)
    leader.keyboard.press("Enter")
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"))
    (page_no, rect), = signature_rects(signed_version(leader))
    assert rect == pytest.approx(after, abs=0.6)


def _no_horizontal_overflow(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 2, f"{page.url}: content is {width}px wide on a {PHONE['width']}px screen"


def test_phone_width_desk_and_document_page(people, letter_pdf, shoot):
    subject = "V/v kiểm tra hiện trạng sử dụng đất (màn hình điện thoại)"
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject)

    leader = people.page("snnmt.leader", viewport=PHONE)
    expect(leader.locator("#panel-sign")).to_contain_text(subject)
    _no_horizontal_overflow(leader)
    shoot(leader, "desk", full_page=True)
    open_document(leader, doc_id)
    expect(leader.locator("#sig-box")).to_be_visible()
    _no_horizontal_overflow(leader)
    image = leader.locator("#page-img").bounding_box()
    assert image["width"] <= PHONE["width"]
    shoot(leader, "document", full_page=True)
    leader.click("#btn-sign-open")
    expect(leader.locator("#pin-dialog")).to_be_visible()
    dialog = leader.locator("#pin-dialog").bounding_box()
    assert dialog["x"] >= 0 and dialog["x"] + dialog["width"] <= PHONE["width"]
    shoot(leader, "pin-dialog")
    leader.keyboard.press("Escape")

    for path in ("/documents", "/incoming", f"/documents/{doc_id}"):
        leader.goto(path)
        _no_horizontal_overflow(leader)
    staff_phone = people.page("snnmt.staff", viewport=PHONE)
    staff_phone.goto("/documents/new")
    _no_horizontal_overflow(staff_phone)
    shoot(staff_phone, "draft-form", full_page=True)

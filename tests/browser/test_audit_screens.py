"""The auditor's screens of issue 21 in a real browser: the side by side of a signed letter a
forger drew on, with the changed region framed; the audit trail readable on a laptop and at a
phone's width (one card per event, no sideways scrolling). The screenshots go to
test-artifacts/screenshots and, refreshed, to docs/screenshots."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.verification.cases import draw_on_page

from .flows import draft, open_document, sign, signed_version

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 375, "height": 740}


def _keep(shot: Path, name: str) -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, DOCS / name)


def test_changed_region_framed_and_trail_at_any_width(people, letter_pdf, tmp_path, shoot):
    subject = "V/v phân bổ kinh phí rà soát đất công năm 2026"
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject)
    leader = people.page("snnmt.leader")
    open_document(leader, doc_id)
    sign(leader)
    expect(leader.locator("#doc-status")).to_have_text("Đã ký")
    forged = tmp_path / "cong-van-da-sua.pdf"
    forged.write_bytes(draw_on_page(signed_version(leader), (360.0, 70.0, 150.0, 18.0)))

    auditor = people.page("snnmt.auditor")
    auditor.goto("/audit/verify")
    auditor.set_input_files("input[type=file]", str(forged))
    auditor.locator("form[enctype] button[type=submit]").click()
    auditor.goto(auditor.url + "/signatures/0/compare")
    expect(auditor.locator("#differences")).to_contain_text("Trang 1: 1 vùng thay đổi")
    frames = auditor.locator(".page-diff .diff-box")
    expect(frames).to_have_count(2)  # on the page as signed and on the current page
    frame, page = frames.nth(1).bounding_box(), auditor.locator(".page-diff").nth(1).bounding_box()
    assert frame and page and frame["x"] > page["x"] + page["width"] / 2  # at the right …
    assert frame["y"] > page["y"] + page["height"] * 0.8  # … bottom of the page, where the bar was drawn
    _keep(shoot(auditor, "auditor-compare", full_page=True), "auditor-compare.png")

    auditor.goto("/audit/trail")
    trail = auditor.locator("table.trail")
    expect(trail).to_contain_text("Ký số văn bản")
    expect(trail.locator(f"a[href='/documents/{doc_id}']").first).to_contain_text(subject)
    expect(trail.locator("code.hash").first).to_be_visible()
    trail.scroll_into_view_if_needed()
    _keep(shoot(auditor, "audit-trail"), "audit-trail.png")

    phone = people.page("snnmt.auditor", viewport=PHONE)
    phone.goto("/audit/trail")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 2, f"the trail is {width}px wide on a {PHONE['width']}px screen"
    first = phone.locator("table.trail tbody tr").first.bounding_box()
    assert first and first["width"] <= PHONE["width"]
    expect(phone.locator("table.trail tbody tr").first.locator("td.what")).to_be_visible()
    phone.locator("table.trail tbody tr").first.scroll_into_view_if_needed()
    _keep(shoot(phone, "audit-trail-phone"), "audit-trail-phone.png")

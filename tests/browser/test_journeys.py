"""The journeys of issue 7 in a real browser (Chromium through Playwright) against a live
docflow: drafting, placing and signing, issuing, dispatch, receipt with the verdict, direction,
completion; return and resubmission; a wrong PIN; the auditor's red verdict; the language."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from .flows import UBNDXNH, document_id, draft, open_document, sign, sign_box, signature_rects, signed_version

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_outgoing_to_completed_across_two_agencies(people, letter_pdf, shoot):
    subject = "V/v rà soát hồ sơ giao đất năm 2026 (hành trình trình duyệt)"

    # 1. SNNMT staff drafts, chooses UBND xã Nghĩa Hành and the leader, submits
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject, shoot=shoot)
    expect(staff.locator("#recipients")).to_contain_text(UBNDXNH)
    shoot(staff, "submitted")

    # 2. the leader opens it from the desk and sees the page image with the signature box
    leader = people.page("snnmt.leader")
    panel = leader.locator("#panel-sign")
    expect(panel).to_contain_text(subject)
    shoot(leader, "leader-desk")
    panel.get_by_role("link", name=subject).click()
    leader.wait_for_url(f"**/documents/{doc_id}")
    open_document(leader, doc_id)
    box = leader.locator("#sig-box")
    expect(box).to_be_visible()
    before = sign_box(leader)
    shoot(leader, "leader-document")

    # 3. a real mouse drag of the box: 120 px left, 90 px up
    expect(box).to_be_in_viewport()  # the page frame scrolled to the signature block by itself
    start = box.bounding_box()
    leader.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    leader.mouse.down()
    leader.mouse.move(start["x"] + start["width"] / 2 - 60, start["y"] + start["height"] / 2 - 45, steps=5)
    leader.mouse.move(start["x"] + start["width"] / 2 - 120, start["y"] + start["height"] / 2 - 90, steps=5)
    leader.mouse.up()
    moved = box.bounding_box()
    assert moved["x"] == pytest.approx(start["x"] - 120, abs=2)
    assert moved["y"] == pytest.approx(start["y"] - 90, abs=2)
    after = sign_box(leader)
    scale = leader.evaluate("""() => { const i = document.getElementById('page-img');
                                       return i.clientWidth / (i.naturalWidth / (96 / 72)); }""")
    assert after[0] == pytest.approx(before[0] - 120 / scale, abs=1.5)
    assert after[1] == pytest.approx(before[1] + 90 / scale, abs=1.5)  # PDF y grows upwards
    assert after[2] - after[0] == pytest.approx(before[2] - before[0], abs=0.2)
    shoot(leader, "signature-dragged")

    # 4. the PIN dialog, the PIN, signed
    leader.click("#btn-sign-open")
    expect(leader.locator("#pin-dialog")).to_be_visible()
    expect(leader.locator("#pin")).to_be_focused()
    leader.fill("#pin", "246810")
    shoot(leader, "pin-dialog")
    leader.click("#btn-sign")
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"))
    shoot(leader, "signed")

    # the signature widget of the signed version sits where the box was dragged
    signed_pdf = signed_version(leader)
    rects = signature_rects(signed_pdf)
    assert len(rects) == 1
    page_no, rect = rects[0]
    assert page_no == 1
    assert rect == pytest.approx(after, abs=0.6)
    assert abs(rect[0] - before[0]) > 50 and abs(rect[1] - before[1]) > 40

    # 5. SNNMT's clerk sees the next number before confirming, issues, dispatches
    clerk = people.page("snnmt.clerk")
    clerk.locator("#panel-issue").get_by_role("link", name=subject).click()
    next_number = clerk.locator("#next-number")
    expect(next_number).to_have_text(re.compile(r"^\d+/.+"))
    number = next_number.inner_text()
    shoot(clerk, "clerk-issue")
    clerk.fill("#pin", "246810")
    clerk.click("#btn-issue")
    expect(clerk.locator("#doc-status")).to_have_text(re.compile("Đã cấp số, ký số cơ quan|Issued"))
    expect(clerk.locator("#doc-notation")).to_have_text(number)
    clerk.click("#btn-dispatch")
    expect(clerk.locator("#doc-status")).to_have_text(re.compile("Đã phát hành|Dispatched"))
    shoot(clerk, "dispatched")

    # 6. UBNDXNH's clerk: in "Arrived", the verdict in plain words, registers it
    nh_clerk = people.page("ubndxnh.clerk")
    arrived = nh_clerk.locator("#panel-receive")
    expect(arrived).to_contain_text(subject)
    arrived.get_by_role("link", name=subject).click()
    expect(nh_clerk.locator("#verification .verdict")).to_have_text(re.compile("Chữ ký hợp lệ|Valid signatures"))
    shoot(nh_clerk, "arrived-verdict")
    nh_clerk.click("#btn-register")
    expect(nh_clerk.locator("#delivery-status")).to_have_text(re.compile("Đã vào sổ|Registered"))
    expect(nh_clerk.locator("#incoming-number")).to_be_visible()
    delivery_url = nh_clerk.url

    # 7. UBNDXNH's leader assigns: lead unit, handler, deadline
    nh_leader = people.page("ubndxnh.leader")
    direct = nh_leader.locator("#panel-direct")
    expect(direct).to_contain_text(subject)
    direct.get_by_role("link", name=subject).click()
    nh_leader.select_option("#lead_unit_id", label="Phòng Kinh tế")
    handler_option = nh_leader.locator("#handler_id option", has_text="Nguyễn Thị Bích Ngọc")
    nh_leader.select_option("#handler_id", handler_option.get_attribute("value"))
    due = date.today() + timedelta(days=10)
    nh_leader.fill("#deadline", due.isoformat())
    nh_leader.fill("#comment", "Giao Phòng Kinh tế chủ trì rà soát, báo cáo đúng hạn.")
    shoot(nh_leader, "assign")
    nh_leader.click("#btn-assign")
    expect(nh_leader.locator("#delivery-status")).to_have_text(re.compile("Đã phân công|Assigned"))

    # 8. the handler completes it
    handler = people.page("ubndxnh.staff")
    handle = handler.locator("#panel-handle")
    expect(handle).to_contain_text(subject)
    handle.get_by_role("link", name=subject).click()
    assert handler.url == delivery_url
    handler.fill("#comment", "Đã rà soát xong, báo cáo kèm theo.")
    handler.click("#btn-complete")
    expect(handler.locator("#delivery-status")).to_have_text(re.compile("Đã hoàn thành|Completed"))

    # 9. SNNMT's clerk sees "completed" on the document page
    clerk.goto(f"/documents/{doc_id}")
    recipient = clerk.locator("#recipients li", has_text=UBNDXNH)
    expect(recipient.locator(".recipient-status")).to_have_text(re.compile("Đã hoàn thành|Completed"))
    shoot(clerk, "sender-sees-completed", full_page=True)
    assert document_id(clerk) == doc_id


def test_returned_with_comment_then_resubmitted(people, letter_pdf, tmp_path, shoot):
    subject = "V/v báo cáo tiến độ cấp giấy chứng nhận (trả lại, trình lại)"
    comment = "Đề nghị bổ sung số liệu quý III và sửa lại căn cứ pháp lý."
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject)

    leader = people.page("snnmt.leader")
    open_document(leader, doc_id)
    leader.fill("form.return-form textarea[name=comment]", comment)
    leader.click("#btn-return")
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Bị trả lại|Returned"))
    expect(leader.locator("#panel-sign, #btn-sign-open")).to_have_count(0)

    # the drafter finds it on the desk, reads the comment in the history
    staff.goto("/desk")
    staff.locator("#panel-drafts").get_by_role("link", name=subject).click()
    expect(staff.locator("#history .comment")).to_have_text(comment)
    expect(staff.locator("#history")).to_contain_text("Nguyễn Văn Nghĩa")
    shoot(staff, "comment-in-history", full_page=True)

    # a new version of the file, sent again
    from tests.support.pdfs import official_letter

    revised = tmp_path / "cong-van-sua.pdf"
    revised.write_bytes(official_letter(signer_title="", signer_name="", amount="1.480.000.000 đồng"))
    staff.get_by_role("link", name=re.compile("Sửa|Edit")).first.click()
    staff.set_input_files("#main_pdf", str(revised))
    staff.locator("form[enctype] button[type=submit]").click()
    staff.wait_for_url(f"**/documents/{doc_id}")
    expect(staff.locator(".versions li")).to_have_count(2)
    staff.click("#btn-submit")
    expect(staff.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))
    expect(staff.locator("#history")).to_contain_text(re.compile("tải lên phiên bản mới|uploaded a new version"))
    shoot(staff, "resubmitted", full_page=True)

    leader.goto("/desk")
    expect(leader.locator("#panel-sign")).to_contain_text(subject)


def test_wrong_pin_shows_the_error_and_signs_nothing(people, letter_pdf, shoot):
    subject = "V/v thẩm định dự toán kinh phí (PIN sai)"
    staff = people.page("stc.staff")
    doc_id = draft(staff, letter_pdf, subject)

    leader = people.page("stc.leader")
    open_document(leader, doc_id)
    sign(leader, pin="000000")
    error = leader.locator("#pin-dialog-error")
    expect(error).to_be_visible()
    expect(error).to_have_text(re.compile("Sai mã PIN|Wrong PIN"))
    expect(leader.locator("#pin-dialog")).to_be_visible()  # still open: try again or cancel
    expect(leader.locator("#pin")).to_have_attribute("aria-invalid", "true")
    expect(leader.locator("#pin")).to_be_focused()
    shoot(leader, "wrong-pin")
    leader.click("#btn-sign-cancel")
    expect(leader.locator("#pin-dialog")).to_be_hidden()

    # nothing was signed: still awaiting signature, one version only, for anyone who looks
    leader.reload()
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))
    expect(leader.locator(".versions li")).to_have_count(1)
    expect(leader.locator("#history")).not_to_contain_text(re.compile("đã ký|signed it"))
    staff.goto(f"/documents/{doc_id}")
    expect(staff.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))


def test_auditor_sees_red_verdict_for_a_pdf_altered_after_signing(people, letter_pdf, tmp_path, shoot):
    from tests.verification.cases import replace_content

    subject = "V/v kiểm tra văn bản bị sửa sau khi ký"
    staff = people.page("ubnd.staff")
    doc_id = draft(staff, letter_pdf, subject)
    leader = people.page("ubnd.leader")
    open_document(leader, doc_id)
    sign(leader)
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Đã ký|Signed"))
    signed = signed_version(leader)
    altered = tmp_path / "cong-van-da-sua.pdf"
    altered.write_bytes(replace_content(signed))

    auditor = people.page("ubnd.auditor")
    auditor.get_by_role("link", name=re.compile("Kiểm tra tệp PDF|Xác minh|Verify a PDF")).first.click()
    auditor.set_input_files("input[type=file]", str(altered))
    shoot(auditor, "upload")
    auditor.locator("form[enctype] button[type=submit]").click()
    verdict = auditor.locator("section.verdict").first
    expect(verdict).to_have_class(re.compile("verdict-bad"))
    expect(verdict.locator(".verdict-reason").first).to_be_visible()
    expect(auditor.locator("body")).to_contain_text(re.compile("page 1|trang 1"))
    shoot(auditor, "red-verdict", full_page=True)


def test_switch_to_english_and_back(people, shoot):
    page = people.page("snnmt.clerk")
    expect(page.locator("h1")).to_have_text("Bàn làm việc")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text("My desk")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/desk$"))  # stays on the same page
    page.get_by_role("link", name="Outgoing").click()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Incoming")
    shoot(page, "english")
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page.get_by_role("navigation")).to_contain_text("Văn bản đến")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.goto("/desk")
    expect(page.locator("h1")).to_have_text("Bàn làm việc")
    shoot(page, "vietnamese-again")

"""A session that ends while a person is on a form or in the signing dialog (issue 14): the
page says "your session has ended; log in again" with a link back to the same page, what was
typed is filled in again after logging in, and the dialog never says the server is unreachable
(before: the draft form's fields were lost behind a 400 "form has expired", and the signing
dialog said "The server could not be reached")."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import PASSWORD
from .flows import UBNDXNH, draft, open_document

ENDED = re.compile("Phiên làm việc của bạn đã kết thúc; hãy đăng nhập lại|Your session has ended; log in again")


def _log_in_again(page, username: str) -> None:
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.locator("form[action*='/login'] button[type=submit]").click()


def test_draft_form_keeps_what_was_typed_across_a_session_that_ended(people, letter_pdf, shoot):
    staff = people.page("ubndxtt.staff")
    staff.get_by_role("link", name=re.compile("Soạn dự thảo|New draft")).first.click()
    subject = "V/v báo cáo kết quả thu ngân sách quý IV (phiên hết hạn)"
    staff.fill("#subject", subject)
    staff.fill("#authority_line", "TM. ỦY BAN NHÂN DÂN")
    staff.select_option("#reviewer_id", "0")
    staff.get_by_label(UBNDXNH, exact=True).check()
    staff.set_input_files("#main_pdf", str(letter_pdf))
    staff.context.clear_cookies()  # the session ends (expired, or logged out elsewhere)

    staff.locator("form[enctype] button[type=submit]").click()
    expect(staff.locator("[role=alert]")).to_have_text(ENDED)
    expect(staff.locator("body")).not_to_contain_text(re.compile("could not be reached|không kết nối", re.IGNORECASE))
    shoot(staff, "session-ended")
    staff.click("#login-again")
    _log_in_again(staff, "ubndxtt.staff")

    staff.wait_for_url(re.compile(r".*/documents/new$"))  # back on the same page
    expect(staff.locator("#form-restored")).to_be_visible()
    expect(staff.locator("#subject")).to_have_value(subject)
    expect(staff.locator("#authority_line")).to_have_value("TM. ỦY BAN NHÂN DÂN")
    expect(staff.get_by_label(UBNDXNH, exact=True)).to_be_checked()
    expect(staff.locator("#reviewer_id")).to_have_value("0")
    shoot(staff, "restored", full_page=True)
    # the file is chosen again (browsers never refill a file field); then it saves
    staff.set_input_files("#main_pdf", str(letter_pdf))
    staff.locator("form[enctype] button[type=submit]").click()
    staff.wait_for_url(re.compile(r".*/documents/\d+$"))
    expect(staff.locator("h1")).to_contain_text("phiên hết hạn")

    # a form sent successfully does not come back on the next visit
    staff.goto("/documents/new")
    expect(staff.locator("#subject")).to_have_value("")
    expect(staff.locator("#form-restored")).to_have_count(0)


def test_signing_dialog_says_the_session_ended_not_that_the_server_is_unreachable(people, letter_pdf, shoot):
    doc_id = draft(people.page("ubndxtt.staff"), letter_pdf, "V/v kế hoạch phòng chống thiên tai (phiên hết hạn)")
    leader = people.page("ubndxtt.leader")
    open_document(leader, doc_id)
    leader.click("#btn-sign-open")
    leader.fill("#pin", "246810")
    leader.context.clear_cookies()
    leader.click("#btn-sign")

    error = leader.locator("#pin-dialog-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(ENDED)
    expect(error).not_to_contain_text(re.compile("could not be reached|không kết nối", re.IGNORECASE))
    expect(leader.locator("#pin")).to_have_value("")  # a PIN is never kept
    shoot(leader, "session-ended-dialog")
    leader.click("#pin-dialog-login")
    _log_in_again(leader, "ubndxtt.leader")
    leader.wait_for_url(re.compile(rf".*/documents/{doc_id}$"))  # back on the document
    expect(leader.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))  # nothing signed

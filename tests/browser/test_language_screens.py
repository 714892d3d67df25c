"""The four pages issue 19 asks to see in Vietnamese, in a real browser: the leader's desk, a
document, the auditor's verification report of an altered copy and the audit trail (the
screenshots go to test-artifacts/screenshots, or $DOCFLOW_ARTIFACTS)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .flows import draft, open_document, sign, signed_version

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_desk_document_report_and_trail_in_vietnamese(people, letter_pdf, tmp_path, shoot):
    from tests.verification.cases import replace_content

    subject = "V/v báo cáo kết quả rà soát đất công năm 2026"
    staff = people.page("snnmt.staff")
    doc_id = draft(staff, letter_pdf, subject)

    leader = people.page("snnmt.leader")
    leader.goto("/desk")
    expect(leader.locator("#panel-sign")).to_contain_text(subject)
    shoot(leader, "desk", full_page=True)
    open_document(leader, doc_id)
    sign(leader)
    expect(leader.locator("#doc-status")).to_have_text("Đã ký")
    signed = signed_version(leader)

    clerk = people.page("snnmt.clerk")
    open_document(clerk, doc_id)
    clerk.fill("#pin", "246810")
    clerk.click("#btn-issue")
    expect(clerk.locator("#doc-status")).to_have_text("Đã cấp số, ký số cơ quan")
    clerk.click("#btn-dispatch")
    expect(clerk.locator("#doc-status")).to_have_text("Đã phát hành")
    shoot(clerk, "document", full_page=True)

    altered = tmp_path / "cong-van-da-sua.pdf"
    altered.write_bytes(replace_content(signed))
    auditor = people.page("snnmt.auditor")
    auditor.goto("/audit/verify")
    auditor.set_input_files("input[type=file]", str(altered))
    auditor.locator("form[enctype] button[type=submit]").click()
    body = auditor.locator("main")
    expect(body).to_contain_text("Chữ ký của Nguyễn Văn Nghĩa (Phó Giám đốc)")
    expect(body).to_contain_text(re.compile("Nội dung trang 1 bị thay thế"))
    expect(body).not_to_contain_text(re.compile(r"TOTAL_|Sig_\d"))
    shoot(auditor, "auditor-report", full_page=True)

    auditor.goto("/audit/trail")
    trail = auditor.locator("table.trail")
    expect(trail).to_contain_text("Ký số văn bản")
    expect(trail).to_contain_text("Cấp số, ký số cơ quan")
    expect(trail).to_contain_text(subject)
    expect(trail).not_to_contain_text(re.compile(r"document\.\w+|document \d"))
    shoot(auditor, "audit-trail", full_page=True)

"""Issue 21 in the browser: a Word letter drafted, converted by the job queue, checked on its
page and sent; a file over the limit refused before it is uploaded, with the form intact."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from docflow.workflow.office import soffice_path
from tests.support import word

from .conftest import _CLI, ROOT
from .flows import UBNDXNH

pytestmark = pytest.mark.browser


def _convert_queue(server) -> None:
    """What `docflow convert worker` does next to gunicorn (make run starts it): one pass."""
    env = {**os.environ, "DOCFLOW_ENV": "development", "DOCFLOW_DATA_DIR": str(server.data_dir),
           "DOCFLOW_DATABASE_URL": server.database_url, "DOCFLOW_SECRET_KEY": "browser-test-secret-" + "k" * 32,
           "DOCFLOW_BASE_URL": server.url, "DOCFLOW_TRUST_DIR": str(server.data_dir.parent / "trust")}
    env.pop("DOCFLOW_TEST_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-c", _CLI, "convert", "worker", "--burst"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed (make test installs it)")
def test_a_word_letter_drafted_and_sent(people, live_server, tmp_path, shoot):
    letter = tmp_path / "Công văn rà soát đất.docx"
    letter.write_bytes(word.decree30_docx(pages=2))
    staff = people.page("snnmt.staff")
    staff.goto("/documents/new")
    staff.fill("#subject", "V/v rà soát hồ sơ giao đất (soạn bằng Word)")
    staff.select_option("#reviewer_id", "0")
    staff.select_option("#signer_id", index=0)
    staff.get_by_label(UBNDXNH, exact=True).check()
    staff.set_input_files("#main_pdf", str(letter))
    shoot(staff, "word-draft-form", full_page=True)
    staff.locator("form[enctype] button[type=submit]").click()
    staff.wait_for_url(re.compile(r".*/conversions/\d+$"))
    expect(staff.locator("#conversion-state")).to_contain_text("chuyển")
    shoot(staff, "word-converting")
    _convert_queue(live_server)
    staff.wait_for_url(re.compile(r".*/documents/\d+$"), timeout=30_000)  # the page refreshed itself
    expect(staff.locator(".flash-info")).to_contain_text("Kiểm tra bản PDF")
    expect(staff.locator(".source-link")).to_have_text("Công văn rà soát đất.docx")
    image = staff.locator("#page-img")
    expect(image).not_to_have_js_property("naturalWidth", 0)
    shoot(staff, "word-draft-page", full_page=True)
    with staff.expect_download() as download:
        staff.locator(".source-link").click()
    assert download.value.suggested_filename.endswith(".docx")
    staff.click("#btn-submit")
    expect(staff.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))


def test_a_file_over_the_limit_is_refused_before_upload(people, live_server, tmp_path, shoot):
    big = tmp_path / "báo cáo rất lớn.pdf"
    with big.open("wb") as fh:  # 101 MB, sparse: over the 100 MB limit of the demo installation
        fh.truncate(101 * 1024 * 1024)
    staff = people.page("snnmt.staff")
    staff.goto("/documents/new")
    expect(staff.locator("#main-limit")).to_contain_text("100 MB")
    subject = "V/v báo cáo có tệp quá lớn"
    staff.fill("#subject", subject)
    staff.fill("#authority_line", "KT. GIÁM ĐỐC")
    staff.get_by_label(UBNDXNH, exact=True).check()
    staff.set_input_files("#main_pdf", str(big))
    expect(staff.locator("#main_pdf-error")).to_contain_text("báo cáo rất lớn.pdf")
    expect(staff.locator("#main_pdf-error")).to_contain_text("100 MB")
    requests = []
    staff.on("request", lambda r: requests.append(r) if r.method == "POST" else None)
    staff.locator("form[enctype] button[type=submit]").click()
    staff.wait_for_timeout(500)
    assert not requests  # nothing was sent
    assert staff.url.endswith("/documents/new")
    expect(staff.locator("#subject")).to_have_value(subject)
    expect(staff.locator("#authority_line")).to_have_value("KT. GIÁM ĐỐC")
    expect(staff.get_by_label(UBNDXNH, exact=True)).to_be_checked()
    shoot(staff, "file-too-large", full_page=True)


def test_irreversible_actions_ask_first(people, shoot):
    asked: list[str] = []

    # revoking a certificate: the question names the holder; "cancel" sends nothing
    admin = people.page("snnmt.admin")
    admin.goto("/admin/certificates")
    row = admin.locator("tr", has=admin.locator("button", has_text="Thu hồi")).first
    before = row.inner_text()

    def dismiss(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    admin.once("dialog", dismiss)
    row.locator("button", has_text="Thu hồi").click()
    expect(admin.locator("h1")).to_have_text("Chứng thư số")
    assert asked and asked[0].startswith("Thu hồi chứng thư số của") and "không thể hoàn tác" in asked[0].lower()
    admin.reload()
    assert admin.locator("tr", has_text=before.split("\t")[0]).first.inner_text() == before  # not revoked

    # deactivating an account: "OK" goes ahead
    other = people.page("ubndxtt.admin")
    other.goto("/admin/users")
    user_row = other.locator("tr", has_text="ubndxtt.auditor")

    def accept(dialog):
        asked.append(dialog.message)
        dialog.accept()

    other.once("dialog", accept)
    user_row.locator("button", has_text="Vô hiệu hóa").click()
    expect(other.locator("tr", has_text="ubndxtt.auditor")).to_contain_text("Ngừng hoạt động")
    assert asked[1].startswith("Vô hiệu hóa tài khoản của")


def test_the_phone_menu_folds_away(people, shoot):
    from .test_desk import PHONE

    staff = people.page("snnmt.staff", viewport=PHONE)
    staff.goto("/documents")
    nav, button = staff.locator("#main-nav"), staff.locator("#menu-toggle")
    expect(button).to_be_visible()
    expect(nav).to_be_hidden()
    heading = staff.locator("main h1").first.bounding_box()
    assert heading["y"] < PHONE["height"] / 4  # the page starts with its content, not the menu
    shoot(staff, "phone-menu-closed")
    button.click()
    expect(nav).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    shoot(staff, "phone-menu-open")
    nav.get_by_role("link", name="Văn bản đến").click()
    staff.wait_for_url("**/incoming")
    expect(staff.locator("#main-nav")).to_be_hidden()  # closed again on the next page
    # at desktop width the menu is simply there
    desk = people.page("snnmt.staff")
    expect(desk.locator("#main-nav")).to_be_visible()
    expect(desk.locator("#menu-toggle")).to_be_hidden()


def test_on_a_phone_the_toolbar_leads_to_the_signing_button(people, letter_pdf):
    from .flows import draft, open_document
    from .test_desk import PHONE

    doc_id = draft(people.page("snnmt.staff"), letter_pdf, "V/v ký trên điện thoại: nút ký gần văn bản")
    leader = people.page("snnmt.leader", viewport=PHONE)
    open_document(leader, doc_id)
    jump = leader.locator("#jump-actions")
    expect(jump).to_be_visible()
    bar = leader.locator(".viewer-bar").bounding_box()
    assert jump.bounding_box()["y"] <= bar["y"] + bar["height"]  # in the toolbar, above the page
    jump.click()
    expect(leader.locator("#btn-sign-open")).to_be_in_viewport()
    desk = people.page("snnmt.leader")
    open_document(desk, doc_id)
    expect(desk.locator("#jump-actions")).to_be_hidden()  # beside the page on a wide screen

"""Steps a person takes in docflow, written once for the browser journeys."""

from __future__ import annotations

import io
import re
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .conftest import PIN

UBNDXNH = "Ủy ban nhân dân xã Nghĩa Hành"


def document_id(page: Page) -> int:
    match = re.search(r"/documents/(\d+)$", page.url)
    assert match, page.url
    return int(match.group(1))


def draft(page: Page, pdf: Path, subject: str, *, recipient: str = UBNDXNH, submit: bool = True,
          shoot=None) -> int:
    """Staff on the desk: a new draft with the uploaded letter, straight to the leader."""
    page.get_by_role("link", name=re.compile("Soạn dự thảo|New draft")).first.click()
    expect(page.locator("#subject")).to_be_focused()
    page.fill("#subject", subject)
    page.select_option("#reviewer_id", "0")  # no review: straight to the signer
    page.select_option("#signer_id", index=0)
    page.get_by_label(recipient, exact=True).check()
    page.set_input_files("#main_pdf", str(pdf))
    if shoot:
        shoot(page, "draft-form", full_page=True)
    page.locator("form[enctype] button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/documents/\d+$"))
    doc_id = document_id(page)
    if submit:
        page.click("#btn-submit")
        expect(page.locator("#doc-status")).to_have_text(re.compile("Chờ ký|Awaiting signature"))
    return doc_id


def open_document(page: Page, doc_id: int) -> None:
    page.goto(f"/documents/{doc_id}")
    image = page.locator("#page-img")
    expect(image).to_have_js_property("complete", True)
    expect(image).not_to_have_js_property("naturalWidth", 0)


def sign_box(page: Page) -> list[float]:
    return [float(v) for v in page.locator("#sign-box").input_value().split(",")]


def sign(page: Page, pin: str = PIN) -> None:
    """On the document page: open the PIN dialog, enter the PIN, sign."""
    page.click("#btn-sign-open")
    dialog = page.locator("#pin-dialog")
    expect(dialog).to_be_visible()
    expect(page.locator("#pin")).to_be_focused()
    page.fill("#pin", pin)
    page.click("#btn-sign")


def signed_version(page: Page) -> bytes:
    """The bytes of the version the leader's signature made, fetched with the page's session."""
    item = page.locator(".versions li", has_text=re.compile("lãnh đạo đã ký|signed by the leader"))
    response = page.request.get(item.get_by_role("link").get_attribute("href"))
    assert response.ok, response.status
    return response.body()


def signature_rects(pdf: bytes) -> list[tuple[int, list[float]]]:
    """(page number, /Rect) of every signature widget."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            field = widget if "/FT" in widget else widget.get("/Parent", {}).get_object() if "/Parent" in widget else {}
            if widget.get("/Subtype") == "/Widget" and field.get("/FT") == "/Sig":
                found.append((number, [float(v) for v in widget["/Rect"]]))
    return found

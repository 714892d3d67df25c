"""The language checker itself catches what the issue found in the pages (and leaves names,
formats and Vietnamese words written without marks alone)."""

from __future__ import annotations

import pytest

from .text import english_faults, vietnamese_faults, visible_text

FOUND_IN_THE_PAGES = [
    "Tệp không hợp lệ: the file is not a PDF",
    "Trạng thái: started",
    "completed",
    "51 bytes after the last %%EOF that form no revision",
    "trang 1 bị thay đổi (/MediaBox)",
    "Chữ ký hợp lệ TOTAL_PASSED",
    "Trường Sig_2_4638ae52",
    "Hành động: document.sign",
    "Đối tượng: document 3",
    "Chủ thể: V/v rà soát hồ sơ giao đất",
    "Sai mã PIN: khóa bị khóa",
    "Hạn giải quyết: 10/12/2026",
]


@pytest.mark.parametrize("text", FOUND_IN_THE_PAGES)
def test_each_fault_the_issue_names_is_caught(text):
    assert vietnamese_faults(text, codes=frozenset({"document.sign"})), text


def test_vietnamese_names_formats_and_unmarked_words_pass():
    text = visible_text("""<h1>Văn bản đến</h1><p>Trích yếu: V/v rà soát hồ sơ giao đất</p>
      <p>Tải báo cáo (PDF) · CSV · SHA-256 <span class="mono">ab12</span></p>
      <p>Người ký: Nguyễn Văn Nghĩa, Phó Giám đốc, Sở Nông nghiệp và Môi trường</p>
      <p>In kích thước 40 × 15 mm; thông tin: snnmt.staff</p><code>Authorization: Bearer</code>""")
    assert vietnamese_faults(text, people=frozenset({"snnmt.staff"})) == []


def test_english_pages_keep_data_but_not_vietnamese_interface_or_wrong_plurals():
    assert english_faults("1 documents") and not english_faults("1 document · 2 documents")
    assert english_faults("Chờ cấp số, ký số cơ quan và phát hành")  # the Vietnamese interface text
    assert not english_faults("Subject: V/v rà soát hồ sơ giao đất")


def test_english_msgids_carry_vietnamese_only_as_printed_on_documents():
    """An English page shows no Vietnamese but names, document types and what is printed on the
    document itself (the urgency and secrecy marks, “Số:”, "KT. GIÁM ĐỐC")."""
    import re

    from babel.messages.pofile import read_po

    from .text import PO

    printed = re.compile(r"HỎA TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT|KT\. GIÁM ĐỐC|“Số:”|“ngày … tháng … năm”"
                         r"|công văn|QyĐ")  # ... and names of document types
    vietnamese = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
    with PO.open("rb") as fh:
        ids = [i for m in read_po(fh) if m.id for i in (m.id if isinstance(m.id, tuple) else (m.id,))]
    left = [i for i in ids if vietnamese.search(printed.sub("", i))]
    assert not left, f"msgids with Vietnamese words (English pages would show them): {left}"

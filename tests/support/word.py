"""Word files the tests build: a Decree 30 letter (công văn) made with python-docx, in Times New
Roman with Vietnamese text, and the same letter saved as .odt or .doc by LibreOffice itself."""

from __future__ import annotations

import io
import shutil
import subprocess  # nosec B404 - the tests run LibreOffice with fixed arguments
import tempfile
from pathlib import Path

HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SUBJECT = "V/v rà soát hồ sơ giao đất, cho thuê đất năm 2026"
BODY = ("Thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc "
        "rà soát, đánh giá tình hình quản lý, sử dụng đất đai, Sở Nông nghiệp và Môi trường đề nghị Ủy ban "
        "nhân dân xã Nghĩa Hành khẩn trương rà soát toàn bộ hồ sơ giao đất, cho thuê đất trên địa bàn.")


def decree30_docx(*, pages: int = 2, macro: bool = False) -> bytes:
    """A công văn laid out as Decree 30 Annex I asks: A4, margins 20/20/30/15 mm, Times New Roman
    13–14 pt; ``pages`` pages (explicit page breaks, so the count does not depend on fonts)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)

    def line(text: str, *, bold: bool = False, center: bool = False, size: float = 14) -> None:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.name = bold, Pt(size), "Times New Roman"
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    line("UBND TỈNH QUẢNG NGÃI", size=13, center=True)
    line("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold=True, size=13, center=True)
    line(HEADER, bold=True, size=13, center=True)
    line(MOTTO, bold=True, center=True)
    line("Số:      /SNNMT-QLĐĐ", size=13)
    line("Quảng Ngãi, ngày      tháng 12 năm 2026", center=True)
    line(SUBJECT, size=12)
    line("Kính gửi: Ủy ban nhân dân xã Nghĩa Hành.", center=True)
    for page in range(pages):
        if page:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            line(f"Trang {page + 1}: tiếp theo nội dung đề nghị.")
        line(BODY)
    line("Nơi nhận:", bold=True, size=12)
    line("- Như trên;", size=11)
    line("- Lưu: VT, QLĐĐ.", size=11)
    line("KT. GIÁM ĐỐC", bold=True, center=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def saved_as(docx: bytes, fmt: str) -> bytes:
    """``docx`` converted by LibreOffice to ``fmt`` ("odt" or "doc")."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed: make test installs it"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "letter.docx"
        src.write_bytes(docx)
        subprocess.run([soffice, f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless",  # nosec
                        "--convert-to", fmt, "--outdir", tmp, str(src)], check=True, capture_output=True,
                       timeout=120)
        return (Path(tmp) / f"letter.{fmt}").read_bytes()

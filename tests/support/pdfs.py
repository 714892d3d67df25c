"""Sample PDFs for tests and benchmarks, built with reportlab and reshaped with qpdf.

- ``official_letter()``: a one-page Vietnamese official letter laid out like Decree 30 Annex I
  (agency top left, national motto top right, number/notation, subject, body, signature block
  bottom right), with real Vietnamese text including Ĩ/ĩ.
- ``many_pages(n)``: n pages of Vietnamese text, optionally with incompressible images to
  reach a target size (the 100-page ~5 MB and ~50 MB benchmark files).
- ``to_xref_stream()`` / ``to_classic_xref()``: the same PDF with its last cross-reference
  section as a stream (what Acrobat, qpdf and Word produce) or as a classic table.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_fonts_ready = False

BODY = (
    "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Nghị định số 30/2020/NĐ-CP ngày 05 "
    "tháng 3 năm 2020 của Chính phủ về công tác văn thư. Sở Nông nghiệp và Môi trường đề nghị "
    "Ủy ban nhân dân xã Nghĩa Hành (tỉnh Quảng Ngãi) rà soát hồ sơ giao đất, cho thuê đất "
    "và báo cáo kết quả trước ngày 15/12/2026."
)


def _ensure_fonts() -> None:
    global _fonts_ready
    if not _fonts_ready:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        _fonts_ready = True


def _wrap(c: canvas.Canvas, text: str, x: float, y: float, width: float, size: float) -> float:
    words, line = text.split(), ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if c.stringWidth(candidate, "DejaVuSans", size) > width:
            c.drawString(x, y, line)
            y -= size * 1.4
            line = word
        else:
            line = candidate
    if line:
        c.drawString(x, y, line)
        y -= size * 1.4
    return y


def official_letter(
    subject: str = "V/v rà soát hồ sơ giao đất tại xã Nghĩa Kỳ",
    notation: str = "Số: ......../SNNMT-QLĐĐ",
    signer_title: str = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    signer_name: str = "Nguyễn Văn Nghĩa",
    amount: str = "1.250.000.000 đồng",
) -> bytes:
    """One A4 page laid out like a Decree 30 official letter (công văn)."""
    _ensure_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(subject)
    w, h = A4
    c.setFont("DejaVuSans", 11)
    c.drawCentredString(150, h - 60, "UBND TỈNH QUẢNG NGÃI")
    c.setFont("DejaVuSans-Bold", 11)
    c.drawCentredString(150, h - 75, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    c.drawCentredString(w - 160, h - 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.drawCentredString(w - 160, h - 75, "Độc lập - Tự do - Hạnh phúc")
    c.setFont("DejaVuSans", 11)
    c.drawCentredString(150, h - 100, notation)
    c.drawCentredString(w - 160, h - 100, "Quảng Ngãi, ngày     tháng     năm 2026")
    c.drawCentredString(150, h - 118, subject)
    c.drawString(200, h - 160, "Kính gửi: Ủy ban nhân dân xã Nghĩa Hành.")
    y = _wrap(c, BODY, 72, h - 195, w - 144, 11)
    c.drawString(72, y - 10, f"Tổng kinh phí dự kiến: {amount}.")
    c.setFont("DejaVuSans-Bold", 11)
    ty = 300
    for i, line in enumerate(signer_title.split("\n")):
        c.drawCentredString(w - 150, ty - i * 15, line)
    c.drawCentredString(w - 150, 190, signer_name)
    c.setFont("DejaVuSans", 9)
    c.drawString(72, 300, "Nơi nhận:")
    c.drawString(72, 288, "- Như trên;")
    c.drawString(72, 276, "- Lưu: VT, QLĐĐ.")
    c.showPage()
    c.save()
    return buf.getvalue()


def many_pages(n: int, *, image_bytes_per_page: int = 0, seed: int = 30) -> bytes:
    """n pages of Vietnamese text; with ``image_bytes_per_page`` each page also carries an
    incompressible grey image of about that many bytes (to reach a target file size)."""
    _ensure_fonts()
    rng = random.Random(seed)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    side = int(image_bytes_per_page**0.5) if image_bytes_per_page else 0
    for page in range(1, n + 1):
        c.setFont("DejaVuSans", 11)
        c.drawString(72, h - 72, f"Trang {page}/{n} — Báo cáo tổng hợp hồ sơ đất đai")
        _wrap(c, BODY, 72, h - 100, w - 144, 11)
        if side:
            from PIL import Image

            noise = bytes(rng.getrandbits(8) for _ in range(side * side))
            img = Image.frombytes("L", (side, side), noise)
            c.drawImage(ImageReader(img), 72, 100, width=300, height=300)
        c.showPage()
    c.save()
    return buf.getvalue()


def _qpdf(data: bytes, *args: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.pdf"), os.path.join(tmp, "out.pdf")
        Path(src).write_bytes(data)
        subprocess.run(["qpdf", *args, src, dst], check=True, capture_output=True)
        return Path(dst).read_bytes()


def to_xref_stream(data: bytes) -> bytes:
    """Rewrite so the cross-reference section is a stream (object streams on)."""
    return _qpdf(data, "--object-streams=generate")


def to_classic_xref(data: bytes) -> bytes:
    """Rewrite with a classic ``xref`` table and no object streams."""
    return _qpdf(data, "--object-streams=disable")


SERIF_DIR = Path("/usr/share/fonts/truetype/liberation2")
_serif_ready = False


def _ensure_serif() -> None:
    global _serif_ready
    if not _serif_ready:
        for name, file in (("TNR", "LiberationSerif-Regular.ttf"), ("TNR-B", "LiberationSerif-Bold.ttf"),
                           ("TNR-I", "LiberationSerif-Italic.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(SERIF_DIR / file)))
        _serif_ready = True


def decree30_document(
    *,
    kind: str = "QUYẾT ĐỊNH",
    subject: str = "Về việc phê duyệt kế hoạch sử dụng đất năm 2026 của xã Nghĩa Kỳ",
    number_line: str = "Số:        /QĐ-UBND",
    date_line: str = "Quảng Ngãi, ngày      tháng      năm 2026",
    parent: str = "UBND TỈNH QUẢNG NGÃI",
    agency: str = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    size: float = 13,
    signer_block: bool = True,
) -> bytes:
    """One A4 page in the Decree 30 Annex I layout as Word or LibreOffice make it: Times New
    Roman metrics (Liberation Serif), 13 pt, the number line "Số:        /QĐ-UBND" and the
    place-and-date line "Quảng Ngãi, ngày      tháng      năm 2026" in italics, blanks left for
    the clerk. ``kind`` "" makes a công văn (the subject under the number, no title).
    ``signer_block`` False leaves the authority and title lines to the leader's signature
    appearance (as the demo documents do)."""
    _ensure_serif()
    mm = 72 / 25.4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    left_c = 160.0  # centre of the left header block (agency)
    right_c = 405.0  # centre of the right one (national title)
    c.setFont("TNR", size - 1)
    c.drawCentredString(left_c, h - 22 * mm, parent)
    c.setFont("TNR-B", size - 1)
    c.drawCentredString(left_c, h - 22 * mm - 16, agency)
    c.drawCentredString(right_c, h - 22 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.drawCentredString(right_c, h - 22 * mm - 16, "Độc lập - Tự do - Hạnh phúc")
    c.setFont("TNR", size)
    c.drawCentredString(left_c, h - 22 * mm - 44, number_line)
    c.setFont("TNR-I", size)
    c.drawCentredString(right_c, h - 22 * mm - 44, date_line)
    y = h - 22 * mm - 90
    c.setFont("TNR", size)
    if kind:
        c.setFont("TNR-B", size + 1)
        c.drawCentredString(w / 2 + 5 * mm, y, kind)
        c.setFont("TNR-B", size)
        c.drawCentredString(w / 2 + 5 * mm, y - 18, subject)
        y -= 50
    else:
        c.setFont("TNR", size - 1)
        c.drawCentredString(left_c, h - 22 * mm - 62, subject)
        y -= 20
    c.setFont("TNR", size)
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 "
            "năm 2020 của Chính phủ về công tác văn thư; xét đề nghị của Trưởng phòng Quản lý đất đai.")
    words, line = text.split(), ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if c.stringWidth(candidate, "TNR", size) > w - 50 * mm:
            c.drawString(30 * mm, y, line)
            y -= size * 1.5
            line = word
        else:
            line = candidate
    c.drawString(30 * mm, y, line)
    if signer_block:
        c.setFont("TNR-B", size)
        c.drawCentredString(w - 20 * mm - 45 * mm, 300, "KT. GIÁM ĐỐC")
        c.drawCentredString(w - 20 * mm - 45 * mm, 285, "PHÓ GIÁM ĐỐC")
    c.setFont("TNR-I", 12)
    c.drawString(30 * mm, 300, "Nơi nhận:")
    c.setFont("TNR", 11)
    c.drawString(30 * mm, 287, "- Như trên;")
    c.drawString(30 * mm, 274, "- Lưu: VT, QLĐĐ.")
    c.showPage()
    c.save()
    return buf.getvalue()

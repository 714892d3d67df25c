"""Registers as files: CSV (UTF-8 with BOM, opens in Excel), XLSX and a printable PDF (A4
landscape, DejaVu Sans for Vietnamese). Used by the register pages and ``docflow registers``."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

__all__ = ["COLUMNS", "TITLES", "DELIVERY_STATUS_VI", "progress_vi", "NOTATION_COLUMNS",
           "to_csv", "to_xlsx", "to_pdf", "spreadsheet_text", "FORMULA_STARTS"]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Decree 30/2020 Annex IV column headings, in Vietnamese as the registers are kept.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "outgoing": [("number", "Số"), ("notation", "Ký hiệu"), ("date", "Ngày tháng"), ("type", "Tên loại"),
                 ("subject", "Trích yếu nội dung"), ("signer", "Người ký"), ("recipients", "Nơi nhận"),
                 ("keeping_unit", "Đơn vị, người nhận bản lưu"), ("copies", "Số lượng bản"),
                 ("sent", "Ngày chuyển"), ("acknowledgement", "Ký nhận"), ("notes", "Ghi chú")],
    "incoming": [("received", "Ngày đến"), ("number", "Số đến"), ("author", "Tác giả"),
                 ("notation", "Số, ký hiệu"), ("document_date", "Ngày tháng"), ("type", "Tên loại"),
                 ("subject", "Trích yếu nội dung"), ("receiving_unit", "Đơn vị hoặc người nhận"),
                 ("passed_on", "Ngày chuyển"), ("acknowledgement", "Ký nhận"), ("notes", "Ghi chú")],
    "tracking": [("number", "Số đến"), ("notation", "Số, ký hiệu"), ("subject", "Trích yếu"),
                 ("deadline", "Thời hạn giải quyết"), ("progress", "Tiến độ giải quyết"),
                 ("reply", "Số, ký hiệu văn bản trả lời")],
}
TITLES = {"outgoing": "SỔ ĐĂNG KÝ VĂN BẢN ĐI", "incoming": "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
          "tracking": "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"}


# The registers are the forms of Decree 30/2020 (Annex IV), in Vietnamese in both interface
# languages: a copy's state in the "Ký nhận" column is written as a clerk writes it.
DELIVERY_STATUS_VI = {
    "received": "Đã nhận, chờ vào sổ", "registered": "Đã vào sổ", "assigned": "Đã giao xử lý",
    "in_progress": "Đang xử lý", "completed": "Đã xử lý xong", "refused": "Đã từ chối tiếp nhận",
    "transferred": "Đã chuyển cơ quan kế thừa", "recalled": "Đã bị thu hồi",
}
# the tracking register's "Tiến độ giải quyết": the state in words, and the deadline against it
_FLAG_VI = {"overdue": "quá hạn", "due_soon": "sắp đến hạn"}


def progress_vi(status: str, flag: str | None, on_time: bool | None) -> str:
    """"Đang xử lý (quá hạn)", "Đã xử lý xong (đúng hạn)": words, never the internal code."""
    words = DELIVERY_STATUS_VI.get(status, "Không rõ")
    if on_time is not None:
        return f"{words} ({'đúng hạn' if on_time else 'trễ hạn'})"
    return f"{words} ({_FLAG_VI[flag]})" if flag in _FLAG_VI else words


# columns that hold a notation ("15/QĐ-UBND"): the printed register keeps each on one line
NOTATION_COLUMNS = {"notation", "reply"}
# relative widths of the other columns in the printed register (A4 landscape)
_WEIGHTS = {"subject": 3.0, "recipients": 2.2, "acknowledgement": 2.4, "notes": 1.8, "author": 1.8,
            "receiving_unit": 1.6, "keeping_unit": 1.6, "signer": 1.3, "type": 1.1, "progress": 1.6}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def spreadsheet_text(value) -> str:
    """A cell for CSV/XLSX: text that a spreadsheet would run as a formula (= + - @, tab, CR, or
    their full-width forms, also after leading spaces) is prefixed with an apostrophe and stays
    text. Every export uses it: registers (CSV, XLSX) and the audit trail."""
    text = "" if value is None else str(value)
    return "'" + text if text.lstrip(" ")[:1] in FORMULA_STARTS else text


_cell = spreadsheet_text


def to_csv(kind: str, rows: Sequence[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title for _key, title in COLUMNS[kind]])
    for row in rows:
        writer.writerow([_cell(row.get(key)) for key, _title in COLUMNS[kind]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(kind: str, rows: Sequence[dict], *, heading: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = kind
    ws.append([heading or TITLES[kind]])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([title for _key, title in COLUMNS[kind]])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_cell(row.get(key)) for key, _title in COLUMNS[kind]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _col_widths(pdf, kind: str, rows: Sequence[dict]) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    """Widths in mm: a notation column as wide as its longest notation (fpdf2 would otherwise
    break "15/QĐ-UBND" after the hyphen or inside it), the others sharing the rest."""
    columns = COLUMNS[kind]
    padding = 2 * 1.0 + 1.5  # the table's cell padding either side, and a margin for rounding
    fixed: dict[str, float] = {}
    for key, _title in columns:
        if key in NOTATION_COLUMNS:
            longest = max((pdf.get_string_width(str(r.get(key) or "")) for r in rows), default=0.0)
            fixed[key] = max(longest + padding, 22.0)
    free = pdf.epw - sum(fixed.values())
    weights = {key: _WEIGHTS.get(key, 1.0) for key, _t in columns if key not in fixed}
    total = sum(weights.values())
    return tuple(fixed[key] if key in fixed else max(free, 60.0) * weights[key] / total for key, _t in columns)


def to_pdf(kind: str, rows: Sequence[dict], *, heading: str = "", agency: str = "", parent: str = "") -> bytes:
    """``parent``: the agency's parent agency (cơ quan chủ quản), printed above its name as
    Decree 30 heads a document ("UBND TỈNH QUẢNG NGÃI" / "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.add_page()
    if parent:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 6, parent.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    if agency:
        pdf.cell(0, 6, agency.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 10, heading or TITLES[kind], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    columns = COLUMNS[kind]
    with pdf.table(text_align="LEFT", line_height=4, col_widths=_col_widths(pdf, kind, rows),
                   padding=1.0) as table:
        header = table.row()
        for _key, title in columns:
            header.cell(title)
        for row in rows:
            line = table.row()
            for key, _title in columns:
                line.cell("" if row.get(key) is None else str(row.get(key)))
    return bytes(pdf.output())

"""Where the number/notation and the issue date go on an official document, and how they are
written there (Decree 30 Annex I: "Số: 15/QĐ-UBND", "Quảng Ngãi, ngày 02 tháng 12 năm 2026").

A draft made in Word or LibreOffice in the Decree 30 layout leaves blanks: "Số:      /QĐ-UBND"
and "ngày    tháng    năm 2026". ``detect_places`` finds them from the text positions PDFium
reports (page 1, upper half, the first "Số:" and the first "ngày … tháng … năm" whose gaps are
blank or dotted) and returns one ``Place`` per blank: the number, the day, the month and,
when it is blank too, the year — each with the font size and baseline of the text around it.

When the leader signs, docflow adds one empty, read-only text field per place in the same
incremental update as the signature (``text_fields``); when the clerk issues, the fields are
filled in the same update as the agency's seal (``fills``): the value in /V and an appearance
in Liberation Serif (Times New Roman metrics) at the document's size, black, on white over the
blank. Filling existing form fields is what PAdES and pyHanko call FORM_FILLING, so the
leader's signature stays valid; docflow's verifier names it "số và ngày văn bản được điền khi
phát hành" (verification/changes.py).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docflow.signing.appearance import VN_TZ, Appearance, TextLine

__all__ = ["Place", "TextField", "FieldFill", "detect_places", "printed_notation", "place_from_dict", "field_name",
           "text_fields_for", "fills_for", "FIELD_NAMES", "PDFIUM_LOCK", "PLACE_KINDS"]

# PDFium is not thread-safe: every user of it in docflow takes this lock (web/pages.py too)
PDFIUM_LOCK = threading.Lock()

PLACE_KINDS = ("number", "day", "month", "year")
# Field names (no '.', which separates a field's hierarchy): what the verifier recognises
FIELD_NAMES = {kind: f"docflow_{kind}" for kind in PLACE_KINDS}
_BLANK = r"[ \t.\u2026_·\-]*"
_NUMBER_RE = re.compile(r"Số\s*:(?P<blank>" + _BLANK + r")(?P<slash>/)?")
# what the draft prints after "Số:   /": "QĐ-SNNMT", "SNNMT-QLĐĐ" (letters, digits, hyphens)
_PRINTED_RE = re.compile(r"[ \t]*(?P<tail>[^\W_][\w\-\u2010\u2011\u2013]*)")
_DATE_RE = re.compile(r"ngày(?P<day>" + _BLANK + r")tháng(?P<month>" + _BLANK + r")năm(?P<year>[ \t.\u2026_]*)"
                      r"(?P<digits>\d{4})?")


@dataclass(frozen=True)
class Place:
    """One blank to fill: page from 1, box in PDF points from the page's bottom-left."""

    kind: str  # number | day | month | year
    page: int
    box: tuple[float, float, float, float]
    size: float  # font size of the surrounding text
    baseline: float  # y of the text's baseline, page points
    italic: bool = False
    align: str = "center"  # right for a number written before "/QĐ-UBND"
    whole_notation: bool = False  # no "/…" after the blank: the field holds the full notation

    def to_dict(self) -> dict:
        return {"kind": self.kind, "page": self.page, "box": [round(v, 2) for v in self.box],
                "size": round(self.size, 2), "baseline": round(self.baseline, 2), "italic": self.italic,
                "align": self.align, "whole_notation": self.whole_notation}


def place_from_dict(d: dict) -> Place:
    """A stored place back as a ``Place``; ValueError for anything malformed."""
    kind = str(d["kind"])
    if kind not in PLACE_KINDS:
        raise ValueError(f"unknown place {kind!r}")
    box = tuple(float(v) for v in d["box"])
    if len(box) != 4 or not all(math.isfinite(v) for v in box) or not (box[2] > box[0] and box[3] > box[1]):
        raise ValueError("a place box is X1,Y1,X2,Y2 with X2>X1 and Y2>Y1")
    size = float(d.get("size", 13.0))
    baseline = float(d.get("baseline", box[1] + size * 0.3))
    if not 4 <= size <= 40 or not math.isfinite(baseline):
        raise ValueError("font size out of range")
    align = str(d.get("align", "center"))
    if align not in ("left", "center", "right"):
        raise ValueError("bad alignment")
    return Place(kind, int(d["page"]), box, size, baseline,  # type: ignore[arg-type]
                 bool(d.get("italic", False)), align, bool(d.get("whole_notation", False)))


@dataclass(frozen=True)
class TextField:
    """An empty read-only text field to add (where a place is)."""

    name: str
    page: int
    box: tuple[float, float, float, float]
    size: float


@dataclass(frozen=True)
class FieldFill:
    """A value for an existing text field and the appearance that shows it."""

    name: str
    value: str
    appearance: Appearance


def field_name(kind: str) -> str:
    return FIELD_NAMES[kind]


# ----------------------------------------------------------------------------- detection


def _box_of(tp, start: int, end: int) -> tuple[float, float, float, float] | None:
    """Union of the boxes of the non-space characters in [start, end)."""
    boxes = []
    for i in range(start, end):
        left, bottom, right, top = tp.get_charbox(i)
        if right - left > 0.01 and top - bottom > 0.01:
            boxes.append((left, bottom, right, top))
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _char_facts(tp, index: int) -> tuple[float, float, bool]:
    """(font size, baseline y, italic) of character ``index``."""
    import ctypes

    import pypdfium2.raw as raw

    size = float(raw.FPDFText_GetFontSize(tp, index)) or 13.0
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(tp, index, x, y)
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(tp, index, buf, 128, flags)
    name = buf.value.decode("latin-1", "replace").lower()
    italic = bool(flags.value & 0x40) or "italic" in name or "oblique" in name
    return size, float(y.value), italic


def _field_box(x1: float, x2: float, baseline: float, size: float) -> tuple[float, float, float, float]:
    return (x1, baseline - 0.3 * size, x2, baseline + 0.95 * size)


def detect_places(pdf: bytes) -> list[Place]:
    """The blanks for the number and the date on page 1 of ``pdf``; [] when there are none
    (or the file cannot be read: the draft is then issued as before, without them)."""
    found = _read_page_one(pdf, lambda tp, text, height: [*_number_place(tp, text, height),
                                                          *_date_places(tp, text, height)])
    return found or []


def printed_notation(pdf: bytes) -> str | None:
    """The notation the draft already prints after the number's blank ("Số:   /QĐ-SNNMT" gives
    "QĐ-SNNMT"), so the page can warn when it is not the one docflow will assign; None when
    the draft prints none."""
    return _read_page_one(pdf, _printed_tail)


def _printed_tail(tp, text: str, height: float) -> str | None:
    for m in _NUMBER_RE.finditer(text):
        if not _in_top_half(tp, m.start("blank") - 1, height) or any(c in m.group("blank") for c in "\r\n"):
            continue
        if not m.group("slash"):
            return None
        tail = _PRINTED_RE.match(text, m.end("slash"))
        return normalise_notation(tail.group("tail")) if tail else None
    return None


def normalise_notation(text: str) -> str:
    """Compare notations as a reader does: NFC, "Ð" (Eth, which some fonts map) as "Đ", any dash as "-"."""
    import unicodedata

    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return re.sub(r"[\u2010\u2011\u2013]", "-", text).strip("-")


def _read_page_one(pdf: bytes, read):  # type: ignore[no-untyped-def]  # a reader of PDFium's text page
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError:
            return None
        try:
            if len(doc) < 1:
                return None
            page = doc[0]
            height = page.get_height()
            tp = page.get_textpage()
            try:
                text = tp.get_text_range(0, tp.count_chars())
                if len(text) != tp.count_chars():
                    return None  # indices would not line up with the characters
                return read(tp, text, height)
            finally:
                tp.close()
                page.close()
        finally:
            doc.close()


def _in_top_half(tp, index: int, height: float) -> bool:
    return tp.get_charbox(index)[1] > height / 2


def _number_place(tp, text: str, height: float) -> list[Place]:
    for m in _NUMBER_RE.finditer(text):
        colon = m.start("blank") - 1
        if not _in_top_half(tp, colon, height) or "\n" in m.group("blank") or "\r" in m.group("blank"):
            continue
        size, baseline, italic = _char_facts(tp, colon)
        x1 = tp.get_charbox(colon)[2] + 0.25 * size
        if m.group("slash"):
            x2 = tp.get_charbox(m.start("slash"))[0] - 0.05 * size
            whole, align = False, "right"
        else:
            x2 = x1 + 9 * size  # room for a whole notation such as 125/QĐ-UBND
            whole, align = True, "left"
        if x2 - x1 < 1.2 * size:
            x1 = x2 - 1.2 * size  # a very narrow gap: the number overlaps the colon's margin
        return [Place("number", 1, _field_box(x1, x2, baseline, size), size, baseline, italic, align, whole)]
    return []


def _date_places(tp, text: str, height: float) -> list[Place]:
    for m in _DATE_RE.finditer(text):
        start = m.start()
        if not _in_top_half(tp, start, height) or any(c in m.group(0) for c in "\r\n"):
            continue
        size, baseline, italic = _char_facts(tp, start)
        out = []
        for kind, left_word_end, right_word_start in (
                ("day", m.start("day"), m.end("day")), ("month", m.start("month"), m.end("month"))):
            left = _box_of(tp, left_word_end - 5, left_word_end)  # "ngày" / "tháng" ends here
            right = _box_of(tp, right_word_start, right_word_start + 3)
            if left is None or right is None:
                return []
            x1, x2 = left[2] + 0.2 * size, right[0] - 0.2 * size
            if x2 - x1 < 1.1 * size:
                mid = (left[2] + right[0]) / 2
                x1, x2 = mid - 0.6 * size, mid + 0.6 * size
            out.append(Place(kind, 1, _field_box(x1, x2, baseline, size), size, baseline, italic))
        if not m.group("digits"):
            nam = _box_of(tp, m.start("year") - 3, m.start("year"))
            if nam is None:
                return []
            x1 = nam[2] + 0.25 * size
            out.append(Place("year", 1, _field_box(x1, x1 + 2.6 * size, baseline, size), size, baseline, italic,
                             "left"))
        return out
    return []


# ----------------------------------------------------------------------------- fields and values


def text_fields_for(places: Iterable[Place]) -> list[TextField]:
    return [TextField(field_name(p.kind), p.page, p.box, p.size) for p in places]


def date_parts(when: dt.datetime) -> dict[str, str]:
    """Decree 30 writes day and month below 10 with a leading zero: "ngày 02 tháng 03"."""
    local = when.astimezone(VN_TZ)
    return {"day": f"{local.day:02d}", "month": f"{local.month:02d}", "year": f"{local.year}"}


def fills_for(places: Sequence[Place], notation: str, number: int, when: dt.datetime) -> list[FieldFill]:
    """The values and appearances of the places when the document is issued ``when``."""
    parts = date_parts(when)
    out = []
    for p in places:
        number_text = notation if p.whole_notation else f"{number:02d}"
        value = number_text if p.kind == "number" else parts[p.kind]
        out.append(FieldFill(field_name(p.kind), value, _value_appearance(p, value)))
    return out


def _value_appearance(p: Place, value: str) -> Appearance:
    x1, y1, x2, y2 = p.box
    width = x2 - x1
    from docflow.signing.appearance import _fit  # the same fitting as the signature texts

    size = _fit(value, p.size, max(width - 1, 1), False, italic=p.italic)
    line = TextLine(value, 0.5, p.baseline - y1, max(width - 1, 1), size, align=p.align, italic=p.italic)
    return Appearance(page=p.page, box=p.box, texts=(line,), kind="field", background=(255, 255, 255))

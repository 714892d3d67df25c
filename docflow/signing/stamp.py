"""The incoming stamp ("dấu đến", Decree 30/2020 Annex IV: the receiving agency's name, ĐẾN,
the incoming number and the date) on a received unsigned PDF (a paper document's scan), as
one FreeText annotation at the top right of page 1 in an incremental update: the bytes of the
file as received stay a prefix of the result. Its appearance is the stamp drawn as an image
mask in red (the agency name is Vietnamese: an image needs no embedded font); its /Contents
holds the same words as text.

A signed file is never given an annotation: any annotation added after an approval
signature is refused by docflow's verifier (it reads an approval signature as DocMDP P=2; a
FreeText or Stamp can paint over what was signed) and flagged as an unrecognised change by
pyHanko's difference analysis. There the stamp is the appearance of the receiving agency's
own seal (``stamp_png``, ``stamp_box``): a new signature, which both verifiers accept after
the earlier ones.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from dataclasses import dataclass
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, TextStringObject

from ..messages import N_
from .errors import SigningError

# the incremental writer of the validation-data update: appends objects and an xref section
from .ltv import _obj, _serialise, _Update

__all__ = ["IncomingStamp", "StampError", "apply_incoming_stamp", "STAMP_NAME", "stamp_png", "stamp_box"]

MM = 72 / 25.4
STAMP_NAME = "docflow-incoming-stamp"  # the annotation's /NM: a copy is stamped once
# in the top margin (Decree 30: 20-25 mm), at the right: about 300 dpi
_WIDTH_MM, _HEIGHT_MM, _DOTS_PER_MM = 62.0, 15.5, 12
_MARGIN = 2.5 * MM


class StampError(SigningError):
    """The stamp cannot be added to this file (no first page, an unreadable page tree)."""


@dataclass(frozen=True)
class IncomingStamp:
    agency: str  # the receiving agency, as it is named today
    number: int  # the incoming number
    year: int
    received: dt.datetime  # local time (Asia/Ho_Chi_Minh)

    def lines(self) -> list[str]:
        return [self.agency.upper(), f"ĐẾN   Số: {self.number}", f"Ngày: {self.received:%d/%m/%Y}   "
                f"Giờ: {self.received:%H:%M}"]

    def text(self) -> str:
        return " — ".join(self.lines())


def _font(size: int, bold: bool) -> Any:
    from PIL import ImageFont

    from .appearance import _font_path  # Liberation Serif, every Vietnamese letter

    return ImageFont.truetype(_font_path("ĐẾNẾỐỦỨữẵẫậặằỹĩĨ", bold), size)


def _fitted(draw: Any, text: str, bold: bool, size: int, width: int) -> Any:
    """The largest font up to ``size`` in which ``text`` fits ``width``."""
    font = _font(size, bold)
    while size > 16 and draw.textlength(text, font=font) > width:
        size -= 2
        font = _font(size, bold)
    return font


def _mask(stamp: IncomingStamp) -> tuple[bytes, int, int]:
    """The stamp drawn in one bit per pixel (0 = ink): a bordered box with the agency's name
    (bold), ĐẾN with the number, then the date and time."""
    from PIL import Image, ImageDraw

    w, h = int(_WIDTH_MM * _DOTS_PER_MM), int(_HEIGHT_MM * _DOTS_PER_MM)
    image = Image.new("1", (w, h), 1)
    draw = ImageDraw.Draw(image)
    border = 4
    draw.rectangle([0, 0, w - 1, h - 1], outline=0, width=border)
    inner = w - 6 * border
    y = 2 * border
    for text, bold, size, step in ((stamp.lines()[0], True, 40, 54), (stamp.lines()[1], True, 44, 58),
                                   (stamp.lines()[2], False, 38, 52)):
        font = _fitted(draw, text, bold, size, inner)
        draw.text(((w - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=0)
        y += step
    return image.tobytes(), w, h


def _annotation(update: _Update, stamp: IncomingStamp, rect: list[float], page_num: int) -> int:
    data, w, h = _mask(stamp)
    packed = zlib.compress(data)
    image = update.new(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ImageMask true "
                       b"/BitsPerComponent 1 /Length %d /Filter /FlateDecode >>\nstream\n" % (w, h, len(packed))
                       + packed + b"\nendstream")
    bw, bh = rect[2] - rect[0], rect[3] - rect[1]
    drawing = b"q 0.85 0 0 rg %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (bw, bh)
    form = update.new(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R"
                      b" >> >> /Length %d >>\nstream\n" % (bw, bh, image, len(drawing)) + drawing + b"\nendstream")
    return update.new(b"<< /Type /Annot /Subtype /FreeText /F 4 /DA (0.85 0 0 rg /Helv 9 Tf) /AP << /N %d 0 R >>"
                      % form + b" /Rect [%.2f %.2f %.2f %.2f]" % tuple(rect)
                      + b" /Contents " + _serialise(TextStringObject(stamp.text()))
                      + b" /NM (" + STAMP_NAME.encode() + b") /P %d 0 R" % page_num
                      + b" /M (D:%s)" % stamp.received.strftime("%Y%m%d%H%M%S").encode() + b" >>")


def apply_incoming_stamp(pdf: bytes, stamp: IncomingStamp) -> bytes:
    """``pdf`` (unsigned) plus the incoming stamp on page 1, appended as an incremental update."""
    try:
        update = _Update.open(pdf)
        first = update.reader.pages[0]
        page_ref = first.indirect_reference
        page: Any = update.reader.get_object(page_ref.idnum) if page_ref is not None else None
        box = [float(x) for x in first.mediabox]
    except Exception as exc:  # noqa: BLE001 - any reading failure: the copy is kept unstamped
        raise StampError(N_("the PDF's first page cannot be read")) from exc
    if page_ref is None or page is None:
        raise StampError(N_("the PDF's first page cannot be read"))
    w, h = _WIDTH_MM * MM, _HEIGHT_MM * MM
    right, top = box[2] - _MARGIN, box[3] - _MARGIN
    annot = _annotation(update, stamp, [right - w, top - h, right, top], page_ref.idnum)
    annots_raw = page.raw_get("/Annots") if "/Annots" in page else None
    if isinstance(annots_raw, IndirectObject):
        annots = ArrayObject(_obj(annots_raw))
        annots.append(update.ref(annot))
        update.put(annots_raw.idnum, _serialise(annots))
    else:
        new_page = DictionaryObject(page)
        new_page[NameObject("/Annots")] = ArrayObject([*(annots_raw or []), update.ref(annot)])
        update.put(page_ref.idnum, _serialise(new_page))
    out, _offsets = update.write()
    return out


def stamp_png(stamp: IncomingStamp) -> bytes:
    """The stamp as a PNG in red ink on a transparent ground (a signature appearance's image)."""
    from PIL import Image

    data, w, h = _mask(stamp)
    ink = Image.frombytes("1", (w, h), data).convert("L").point(lambda v: 255 - v)  # ink = 255
    image = Image.new("RGBA", (w, h), (217, 0, 0, 0))
    image.putalpha(ink)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def stamp_box(pdf: bytes) -> tuple[float, float, float, float]:
    """Where the stamp goes on page 1: the top margin, at the right."""
    from pypdf import PdfReader

    try:
        box = [float(x) for x in PdfReader(io.BytesIO(pdf), strict=False).pages[0].mediabox]
    except Exception as exc:  # noqa: BLE001 - any reading failure
        raise StampError(N_("the PDF's first page cannot be read")) from exc
    w, h = _WIDTH_MM * MM, _HEIGHT_MM * MM
    right, top = box[2] - _MARGIN, box[3] - _MARGIN
    return (right - w, top - h, right, top)

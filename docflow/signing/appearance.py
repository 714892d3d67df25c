"""Visible signature appearances laid out per Decree 30/2020 Annex I.

An ``Appearance`` says where the widget goes (1-based page, box in PDF points from the page's
bottom-left) and what it shows (images and text lines, in box coordinates). The helpers build
the three forms docflow needs:

- ``leader_appearance``: the competent person's signature image centred between the title
  lines ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC") and the full name;
- ``seal_appearance``: the agency's red seal at real size, overlapping about a third of the
  leader's signature image on its left, optionally with the agency name and signing time;
- ``attachment_stamp``: no image, a 10 pt text box at the top right of page 1 with the main
  document's number/notation and the signing time (ISO 8601, +07:00).

``render_appearance_pdf`` draws an appearance as a one-page PDF of the box's size with fpdf2,
which embeds a subset of a TrueType font (hex glyph ids, ToUnicode map), so every Vietnamese
character renders, Ĩ/ĩ and ``( ) \\`` included (endesive's own text writer loses them:
defect 4 in reference/endesive.md). The signing engine imports that page as the widget's
appearance stream.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Appearance",
    "TextLine",
    "ImagePlacement",
    "AppearanceError",
    "leader_appearance",
    "seal_appearance",
    "attachment_stamp",
    "copy_stamp",
    "text_appearance",
    "render_appearance_pdf",
    "vietnam_time",
    "VN_TZ",
]

VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
MM = 72 / 25.4
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),  # fonts-liberation2: Vietnamese complete
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/dejavu"),
)
# Decree 30 asks for Times New Roman: Liberation Serif has its metrics and, in version 2, every
# Vietnamese letter; DejaVu Serif and Sans only where Liberation lacks a glyph of the string.
_FONT_FILES = {
    (False, False): ("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf", "DejaVuSans.ttf"),
    (True, False): ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf"),
    (False, True): ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf", "LiberationSerif-Regular.ttf",
                    "DejaVuSans.ttf"),
    (True, True): ("LiberationSerif-BoldItalic.ttf", "DejaVuSerif-BoldItalic.ttf", "LiberationSerif-Bold.ttf",
                   "DejaVuSans-Bold.ttf"),
}
DEFAULT_SEAL_DIAMETER_MM = 36.0


class AppearanceError(ValueError):
    """An appearance cannot be built as asked (bad box, unreadable image, no font)."""


@dataclass(frozen=True)
class TextLine:
    """One line of text; ``x``/``y`` (baseline) in points from the box's bottom-left."""

    text: str
    x: float
    y: float
    width: float
    size: float = 10.0
    bold: bool = False
    align: str = "center"  # left | center | right within [x, x + width]
    color: tuple[int, int, int] = (0, 0, 0)
    italic: bool = False


@dataclass(frozen=True)
class ImagePlacement:
    """A PNG (transparency kept) placed at ``x, y`` (bottom-left, box points), scaled to size."""

    png: bytes = field(repr=False)
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Appearance:
    """Where a visible signature goes and what it shows."""

    page: int
    box: tuple[float, float, float, float]
    texts: tuple[TextLine, ...] = ()
    images: tuple[ImagePlacement, ...] = ()
    # Page coordinates of the main image (the leader's signature), for placing the seal.
    image_box: tuple[float, float, float, float] | None = None
    kind: str = "custom"
    background: tuple[int, int, int] | None = None  # painted over the whole box first

    def __post_init__(self) -> None:
        if self.page < 1:
            raise AppearanceError(f"pages are numbered from 1, got {self.page}")
        x1, y1, x2, y2 = self.box
        if not (x2 > x1 and y2 > y1):
            raise AppearanceError(f"box {self.box} must be X1,Y1,X2,Y2 with X2>X1 and Y2>Y1")

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


def vietnam_time(when: dt.datetime) -> str:
    """ISO 8601 in Vietnam time, seconds precision: '2026-11-28T10:15:00+07:00'."""
    if when.tzinfo is None:
        raise AppearanceError("signing time must be timezone-aware")
    return when.astimezone(VN_TZ).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------- fonts


@lru_cache(maxsize=8)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _font_path(text: str, bold: bool, italic: bool = False) -> str:
    """The first font (Liberation Serif preferred) with a glyph for every character of ``text``."""
    needed = {ord(c) for c in text if not c.isspace()}
    for name in _FONT_FILES[(bold, italic)]:
        for folder in _FONT_DIRS:
            path = folder / name
            if path.exists() and needed <= _cmap(str(path)):
                return str(path)
    raise AppearanceError(f"no installed font can render {text!r}")


def _text_width(text: str, size: float, bold: bool, italic: bool = False) -> float:
    path = _font_path(text, bold, italic)
    metrics = _metrics(path)
    upm, advances, cmap = metrics
    units = sum(advances.get(cmap.get(ord(c), ""), upm // 2) for c in text)
    return units * size / upm


@lru_cache(maxsize=8)
def _metrics(path: str) -> tuple[int, dict[str, int], dict[int, str]]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        upm = font["head"].unitsPerEm
        advances = {name: adv for name, (adv, _) in font["hmtx"].metrics.items()}
        return upm, advances, dict(font.getBestCmap())


def _fit(text: str, size: float, width: float, bold: bool, *, italic: bool = False) -> float:
    """Shrink the font size so the line fits ``width`` (never grow)."""
    w = _text_width(text, size, bold, italic)
    return size if w <= width or w == 0 else max(4.0, size * width / w)


def _png_size(png: bytes) -> tuple[int, int, tuple[float, float] | None]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png)) as img:
            dpi = img.info.get("dpi")
            return img.width, img.height, (float(dpi[0]), float(dpi[1])) if dpi else None
    except (UnidentifiedImageError, OSError) as exc:
        raise AppearanceError("the signature/seal image is not a readable PNG") from exc


def _contain(iw: int, ih: int, w: float, h: float) -> tuple[float, float]:
    scale = min(w / iw, h / ih)
    return iw * scale, ih * scale


# ----------------------------------------------------------------------------- helpers


def leader_appearance(
    title_lines: list[str] | tuple[str, ...],
    full_name: str,
    signature_png: bytes,
    page: int,
    box: tuple[float, float, float, float],
    *,
    font_size: float = 11.0,
) -> Appearance:
    """Title lines on top, the signature image centred below them, the full name at the
    bottom (Annex I: the image sits between the title and the name)."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    # A line is laid out by the extent of Vietnamese letters in Times metrics: capitals with a
    # tone mark ("Ố", "Ễ") reach 1.2 em above the baseline, descenders and the dot below
    # ("g", "y", "ệ") 0.25 em under it. The baseline sits DESCENT above the line's bottom, so
    # nothing is clipped at the box's edges (the name was cut at its descenders before).
    ascent, descent = 1.22, 0.28
    texts: list[TextLine] = []
    top = h
    for line in title_lines:
        if not line:
            continue
        size = _fit(line, font_size, w, True)
        top -= (ascent + descent) * font_size
        texts.append(TextLine(line, 0, top + descent * font_size, w, size, bold=True))
    bottom = 0.0
    if full_name:
        size = _fit(full_name, font_size, w, True)
        texts.append(TextLine(full_name, 0, descent * font_size + 0.5, w, size, bold=True))
        bottom = (ascent + descent) * font_size + 0.5
    gap = 2.0
    avail_h = top - bottom - 2 * gap
    if avail_h < 10:
        raise AppearanceError("the box is too small for the title, the image and the name")
    iw, ih, _ = _png_size(signature_png)
    img_w, img_h = _contain(iw, ih, w, avail_h)
    ix = (w - img_w) / 2
    iy = bottom + gap + (avail_h - img_h) / 2
    image = ImagePlacement(signature_png, ix, iy, img_w, img_h)
    return Appearance(
        page=page,
        box=tuple(box),  # type: ignore[arg-type]
        texts=tuple(texts),
        images=(image,),
        image_box=(x1 + ix, y1 + iy, x1 + ix + img_w, y1 + iy + img_h),
        kind="leader",
    )


def seal_appearance(
    seal_png: bytes,
    page: int,
    box_of_leader_image: tuple[float, float, float, float],
    agency_name: str | None = None,
    signing_time: dt.datetime | None = None,
    *,
    diameter_mm: float | None = None,
) -> Appearance:
    """The red seal at real size, its right part covering the left third of the leader's
    signature image, vertically centred on it. Real size comes from ``diameter_mm``, else
    the PNG's DPI, else 36 mm. Agency name and time (ISO 8601, +07:00) go under the seal."""
    lx1, ly1, lx2, ly2 = box_of_leader_image
    iw, ih, dpi = _png_size(seal_png)
    if diameter_mm is not None:
        sw = diameter_mm * MM
        sh = sw * ih / iw
    elif dpi and dpi[0] > 1 and dpi[1] > 1:
        sw, sh = iw / dpi[0] * 72, ih / dpi[1] * 72
    else:
        sw = DEFAULT_SEAL_DIAMETER_MM * MM
        sh = sw * ih / iw
    seal_right = lx1 + (lx2 - lx1) / 3
    seal_left = seal_right - sw
    centre_y = (ly1 + ly2) / 2
    seal_bottom = centre_y - sh / 2
    lines: list[str] = []
    if agency_name:
        lines.append(agency_name)
    if signing_time is not None:
        lines.append(vietnam_time(signing_time))
    size, line_h = 7.0, 8.5
    text_h = line_h * len(lines)
    texts = []
    width = sw
    if lines:
        width = max(sw, *(min(_text_width(t, size, False), 220) for t in lines))
    left = seal_right - width if width > sw else seal_left
    box = (left, seal_bottom - text_h, seal_right if width <= sw else left + width,
           seal_bottom + sh)
    bw = box[2] - box[0]
    for i, line in enumerate(lines):
        fsize = _fit(line, size, bw, False)
        texts.append(TextLine(line, 0, text_h - (i + 1) * line_h + 1.5, bw, fsize,
                              color=(200, 0, 0)))
    image = ImagePlacement(seal_png, seal_left - box[0], text_h, sw, sh)
    return Appearance(
        page=page,
        box=box,
        texts=tuple(texts),
        images=(image,),
        image_box=(seal_left, seal_bottom, seal_left + sw, seal_bottom + sh),
        kind="seal",
    )


def attachment_stamp(
    notation: str,
    signing_time: dt.datetime,
    page_width: float,
    page_height: float,
    *,
    right_margin_mm: float = 20.0,
    top_margin_mm: float = 8.0,
) -> Appearance:
    """Agency signature on a separate attachment: no image, a 10 pt box at the top right of
    page 1 with the number/notation and the signing time, e.g. 2026-11-28T10:15:00+07:00."""
    return _top_right_text([notation, vietnam_time(signing_time)], page_width, page_height, kind="attachment",
                           right_margin_mm=right_margin_mm, top_margin_mm=top_margin_mm)


def copy_stamp(
    form_label: str,
    agency_name: str,
    notation: str,
    signing_time: dt.datetime,
    page_width: float,
    page_height: float,
) -> Appearance:
    """Agency signature on an electronic copy (Decree 30 Annex I: SAO Y, SAO LỤC, TRÍCH SAO):
    no image, 10 pt black text at the top right of page 1 — the form of copy, the copying
    agency, the copy's number/notation and the signing time in ISO 8601. Two lines, so the box
    stays inside the page's top margin (20 mm) above the original's national motto."""
    return _top_right_text([f"{form_label} · {agency_name}", f"Số: {notation} · {vietnam_time(signing_time)}"],
                           page_width, page_height, kind="copy", top_margin_mm=6.0)


def _top_right_text(lines: list[str], page_width: float, page_height: float, *, kind: str,
                    right_margin_mm: float = 20.0, top_margin_mm: float = 8.0) -> Appearance:
    size, line_h, pad = 10.0, 12.0, 3.0
    width = max(_text_width(t, size, False) for t in lines) + 2 * pad
    height = line_h * len(lines) + 2 * pad
    x2 = page_width - right_margin_mm * MM
    y2 = page_height - top_margin_mm * MM
    box = (x2 - width, y2 - height, x2, y2)
    texts = tuple(
        TextLine(t, pad, height - pad - (i + 1) * line_h + 3, width - 2 * pad, size,
                 align="left")
        for i, t in enumerate(lines)
    )
    return Appearance(page=1, box=box, texts=texts, kind=kind)


def text_appearance(
    page: int,
    box: tuple[float, float, float, float],
    text: str | None = None,
    image_png: bytes | None = None,
    *,
    font_size: float = 10.0,
) -> Appearance:
    """A plain appearance for the CLI: the image (if any) above the text lines (if any)."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    lines = [t for t in (text or "").split("\n") if t]
    line_h = font_size * 1.25
    texts = []
    for i, line in enumerate(lines):
        size = _fit(line, font_size, w, False)
        texts.append(TextLine(line, 0, (len(lines) - i - 1) * line_h + 2, w, size))
    images: tuple[ImagePlacement, ...] = ()
    image_box = None
    if image_png is not None:
        avail = h - len(lines) * line_h - 2
        if avail < 5:
            raise AppearanceError("the box is too small for the image and the text")
        iw, ih, _ = _png_size(image_png)
        img_w, img_h = _contain(iw, ih, w, avail)
        ix, iy = (w - img_w) / 2, len(lines) * line_h + 2 + (avail - img_h) / 2
        images = (ImagePlacement(image_png, ix, iy, img_w, img_h),)
        image_box = (x1 + ix, y1 + iy, x1 + ix + img_w, y1 + iy + img_h)
    return Appearance(
        page=page,
        box=(x1, y1, x2, y2),
        texts=tuple(texts),
        images=images,
        image_box=image_box,
        kind="custom",
    )


# ----------------------------------------------------------------------------- rendering


def render_appearance_pdf(appearance: Appearance) -> bytes:
    """Draw ``appearance`` as a one-page PDF whose page is exactly the box."""
    from fpdf import FPDF

    w, h = appearance.width, appearance.height
    pdf = FPDF(unit="pt", format=(w, h))
    pdf.set_margin(0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    if appearance.background is not None:
        pdf.set_fill_color(*appearance.background)
        pdf.rect(0, 0, w, h, style="F")
    for img in appearance.images:
        try:
            pdf.image(io.BytesIO(img.png), x=img.x, y=h - img.y - img.height,
                      w=img.width, h=img.height)
        except Exception as exc:  # fpdf2 raises assorted errors for broken images
            raise AppearanceError(f"cannot place image: {exc}") from exc
    fonts: dict[str, str] = {}
    for line in appearance.texts:
        path = _font_path(line.text, line.bold, line.italic)
        if path not in fonts:
            fonts[path] = f"f{len(fonts)}"
            pdf.add_font(fonts[path], "", path)
        family = fonts[path]
        pdf.set_font(family, "", line.size)
        pdf.set_text_color(*line.color)
        tw = pdf.get_string_width(line.text)
        if line.align == "center":
            x = line.x + (line.width - tw) / 2
        elif line.align == "right":
            x = line.x + line.width - tw
        else:
            x = line.x
        pdf.text(x, h - line.y, line.text)
    return bytes(pdf.output())

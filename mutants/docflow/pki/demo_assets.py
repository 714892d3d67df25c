"""Generated demo images: a blue handwriting-like signature and a red round agency seal.

Both are transparent PNGs drawn with Pillow at 300 dpi, so their pixel size maps to a real
size: the signature about 40 × 20 mm, the seal ``SEAL_MM`` (36 mm) across. Only for demo data;
real installations upload scanned images.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

__all__ = ["DPI", "SEAL_MM", "SIGNATURE_MM", "signature_png", "seal_png"]

DPI = 300
SEAL_MM = 36.0
SIGNATURE_MM = (40.0, 20.0)
_BLUE = (20, 50, 170, 255)
_RED = (210, 25, 30, 255)
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation2"))


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    names = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf") if bold else ("DejaVuSans.ttf",
                                                                              "LiberationSans-Regular.ttf")
    for directory in _FONT_DIRS:
        for name in names:
            if (directory / name).is_file():
                return ImageFont.truetype(str(directory / name), size)
    return ImageFont.load_default(size)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(DPI, DPI), optimize=True)
    return out.getvalue()


def signature_png(name: str) -> bytes:
    """A flowing blue stroke (seeded by the name: the same person, the same signature) over the
    person's name in small letters."""
    w, h = _px(SIGNATURE_MM[0]), _px(SIGNATURE_MM[1])
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    rng = random.Random(name)  # noqa: S311 - a drawing, not a secret
    loops = rng.randint(3, 5)
    points = []
    for i in range(400):
        t = i / 399
        x = w * (0.08 + 0.84 * t) + 25 * math.sin(t * loops * 2 * math.pi + 1.3)
        y = h * 0.42 + h * 0.22 * math.sin(t * loops * 2 * math.pi) * (1 - 0.5 * t) \
            + h * 0.08 * math.sin(t * 23 + rng.random())
        points.append((x, y))
    draw.line(points, fill=_BLUE, width=7, joint="curve")
    draw.line([(w * 0.15, h * 0.68), (w * 0.85, h * 0.6)], fill=_BLUE, width=5)  # the underline flourish
    font = _font(int(h * 0.12))
    box = draw.textbbox((0, 0), name, font=font)
    draw.text(((w - (box[2] - box[0])) / 2, h * 0.78), name, fill=_BLUE, font=font)
    return _png(image)


def seal_png(agency_name: str, parent_name: str = "") -> bytes:
    """A red round seal: double outer circle, the agency (and parent) name around the ring,
    a five-pointed star in the middle, transparent background."""
    size = _px(SEAL_MM)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    r_out, r_in = c - 6, c - 26
    draw.ellipse([c - r_out, c - r_out, c + r_out, c + r_out], outline=_RED, width=10)
    draw.ellipse([c - r_in, c - r_in, c + r_in, c + r_in], outline=_RED, width=4)
    r_core = c * 0.52
    draw.ellipse([c - r_core, c - r_core, c + r_core, c + r_core], outline=_RED, width=4)
    # star
    star = []
    for k in range(10):
        radius = r_core * (0.8 if k % 2 == 0 else 0.33)
        angle = -math.pi / 2 + k * math.pi / 5
        star.append((c + radius * math.cos(angle), c + radius * math.sin(angle)))
    draw.polygon(star, fill=_RED)
    # text around the ring, letter by letter, clockwise from the left
    text = (f"{parent_name} • {agency_name}" if parent_name else agency_name).upper() + " •"
    font = _font(int(size * 0.065), bold=True)
    r_text = (r_in + r_core) / 2 + 4
    span = 2 * math.pi * 0.97
    for i, ch in enumerate(text):
        angle = math.pi + span * (i + 0.5) / len(text)
        glyph = Image.new("RGBA", (int(size * 0.1), int(size * 0.1)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(glyph)
        box = gd.textbbox((0, 0), ch, font=font)
        gd.text(((glyph.width - (box[2] - box[0])) / 2 - box[0], (glyph.height - (box[3] - box[1])) / 2 - box[1]),
                ch, fill=_RED, font=font)
        rotated = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x = c + r_text * math.cos(angle) - rotated.width / 2
        y = c + r_text * math.sin(angle) - rotated.height / 2
        image.alpha_composite(rotated, (int(x), int(y)))
    return _png(image)

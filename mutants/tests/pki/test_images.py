"""Signature images: transparent PNGs within limits are accepted; everything else is refused
with a message that says what to fix."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image, ImageDraw

from docflow.pki.errors import SignatureImageRejected
from docflow.pki.images import ImageLimits, validate_signature_image


def _png(size=(400, 150), mode="RGBA", background=(0, 0, 0, 0), **save) -> bytes:
    image = Image.new(mode, size, background)
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 160, 255) if mode == "RGBA" else (20, 20, 160)
    if mode in ("RGBA", "RGB"):
        draw.line([(20, 100), (120, 30), (200, 110), (380, 40)], fill=ink, width=6)
    buf = io.BytesIO()
    image.save(buf, format=save.pop("format", "PNG"), **save)
    return buf.getvalue()


def test_transparent_png_is_accepted():
    data = _png()
    facts = validate_signature_image(data)
    assert (facts.width, facts.height, facts.mode) == (400, 150, "RGBA")
    assert facts.size_bytes == len(data)
    assert 0.5 < facts.transparent_fraction < 1
    assert len(facts.sha256) == 64


def test_palette_png_with_trns_is_accepted():
    image = Image.new("P", (300, 120), 0)
    image.putpalette([255, 255, 255, 0, 0, 128] + [0] * 762)
    ImageDraw.Draw(image).line([(10, 60), (290, 60)], fill=1, width=5)
    buf = io.BytesIO()
    image.save(buf, format="PNG", transparency=0)
    assert validate_signature_image(buf.getvalue()).mode == "P"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (_png(mode="RGB", background=(255, 255, 255)), "no transparency"),
        (_png(background=(255, 255, 255, 255)), "not transparent"),
        (_png(format="JPEG", mode="RGB", background=(255, 255, 255)), "must be a PNG"),
        (_png(format="GIF", mode="RGB", background=(255, 255, 255)), "must be a PNG"),
        (_png(size=(30, 20)), "at least"),
        (_png(size=(1000, 40)), "too narrow or too flat"),
        (_png()[:200], "damaged"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "damaged"),
    ],
    ids=["empty", "opaque-rgb", "opaque-alpha", "jpeg", "gif", "tiny", "strip", "truncated",
         "fake-magic"],
)
def test_bad_images_are_refused(data, message):
    with pytest.raises(SignatureImageRejected, match=message):
        validate_signature_image(data)


def test_fully_transparent_png_is_refused():
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    with pytest.raises(SignatureImageRejected, match="completely transparent"):
        validate_signature_image(buf.getvalue())


def test_byte_and_pixel_limits():
    data = _png()
    with pytest.raises(SignatureImageRejected, match="bytes"):
        validate_signature_image(data, ImageLimits(max_bytes=len(data) - 1))
    with pytest.raises(SignatureImageRejected, match="pixels"):
        validate_signature_image(data, ImageLimits(max_pixels=400 * 150 - 1))
    with pytest.raises(SignatureImageRejected, match="at most"):
        validate_signature_image(_png(size=(3200, 1000)))


@pytest.mark.parametrize("side", [5000, 60000])
def test_decompression_bomb_is_refused_before_decoding(side):
    """A tiny file declaring side×side pixels: refused from its header alone."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))

    ihdr = side.to_bytes(4, "big") * 2 + bytes([8, 6, 0, 0, 0])
    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))
    with pytest.raises(SignatureImageRejected, match="pixels"):
        validate_signature_image(bomb)

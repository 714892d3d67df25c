"""Small images for tests: a blue handwritten-like signature on transparency."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def signature_png(size: tuple[int, int] = (400, 150)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.line([(20, h * 0.7), (w * 0.3, h * 0.2), (w * 0.5, h * 0.8), (w * 0.8, h * 0.3), (w - 20, h * 0.6)],
              fill=(20, 40, 180, 255), width=6)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()

"""PDF pages as PNG images for the in-browser viewer: rendered once with PDFium, cached on
disk by (version hash, page, zoom) — versions are immutable, so the cache never goes stale."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pypdfium2 as pdfium

from ..storage import BlobStore

__all__ = ["render_page_png", "page_count_of", "page_sizes"]

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_lock = threading.Lock()  # PDFium is not thread-safe


def _zoom(value: float) -> float:
    return min(ZOOMS, key=lambda z: abs(z - value))


def page_count_of(data: bytes) -> int:
    with _lock:
        pdf = pdfium.PdfDocument(data)
        try:
            return len(pdf)
        finally:
            pdf.close()


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    with _lock:
        pdf = pdfium.PdfDocument(data)
        try:
            return [tuple(pdf[i].get_size()) for i in range(len(pdf))]  # type: ignore[misc]
        finally:
            pdf.close()


def render_page_png(cache_dir: Path, blobs: BlobStore, sha256: str, page: int, zoom: float) -> Path:
    zoom = _zoom(zoom)
    target = cache_dir / sha256[:2] / sha256 / f"{page}-{zoom:g}.png"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    data = blobs.get(sha256)
    with _lock:
        pdf = pdfium.PdfDocument(data)
        try:
            # 1.0 = 96 dpi on screen for a page measured in 72-dpi points
            image = pdf[page - 1].render(scale=zoom * 96 / 72, may_draw_forms=True).to_pil()
        finally:
            pdf.close()
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".png")
    with os.fdopen(fd, "wb") as fh:
        image.save(fh, format="PNG", optimize=False)
    os.replace(tmp, target)
    return target

"""PDF pages as PNG images for the in-browser viewers (documents and the auditor's as-signed
view): rendered once with PDFium — with form and signature appearances drawn, as a PDF
reader shows them — and cached on disk by (content hash, page, zoom). Contents are
immutable, so the cache never goes stale."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import threading
from pathlib import Path

import pypdfium2 as pdfium

from ..storage import BlobStore

__all__ = ["render_png", "render_page_png", "page_count_of", "ZOOMS"]

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_lock = threading.Lock()  # PDFium is not thread-safe


def _zoom(value: float) -> float:
    return min(ZOOMS, key=lambda z: abs(z - value))


def page_count_of(data: bytes) -> int:
    """Pages of a PDF, 0 if PDFium cannot open it."""
    try:
        with _lock:
            pdf = pdfium.PdfDocument(data)
            try:
                return len(pdf)
            finally:
                pdf.close()
    except pdfium.PdfiumError:
        return 0


def render_png(data: bytes, page: int, zoom: float, cache_dir: Path) -> bytes | None:
    """Page ``page`` (from 1) of ``data`` as PNG at ``zoom`` (1.0 = 96 dpi); None if the page
    does not exist or the file cannot be rendered."""
    zoom = _zoom(zoom)
    sha = hashlib.sha256(data).hexdigest()
    target = cache_dir / sha[:2] / sha / f"{page}-{zoom:g}.png"
    if target.is_file():
        return target.read_bytes()
    try:
        with _lock:
            pdf = pdfium.PdfDocument(data)
            try:
                if not 1 <= page <= len(pdf):
                    return None
                pdf.init_forms()  # without it the signature appearances are not drawn
                image = pdf[page - 1].render(scale=zoom * 96 / 72, may_draw_forms=True).to_pil()
            finally:
                pdf.close()
    except pdfium.PdfiumError:
        return None
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    png = buf.getvalue()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".png")
    with os.fdopen(fd, "wb") as fh:
        fh.write(png)
    os.replace(tmp, target)
    return png


def render_page_png(cache_dir: Path, blobs: BlobStore, sha256: str, page: int, zoom: float) -> bytes | None:
    """A stored version's page (cached by its content hash before the blob is even read)."""
    target = cache_dir / sha256[:2] / sha256 / f"{page}-{_zoom(zoom):g}.png"
    if target.is_file():
        return target.read_bytes()
    return render_png(blobs.get(sha256), page, zoom, cache_dir)

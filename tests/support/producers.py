"""PDFs shaped like what real offices produce, built here from the test letter: the faults and
layouts of Word, LibreOffice, scanners, Acrobat and government portals that docflow must sign
(as is, or after a repair) or refuse with a reason (tests/signing/test_intake.py).

Each builder takes a PDF (the reportlab letter: classic xref table, no object streams) and
returns a reshaped copy; libqpdf (pikepdf) rewrites where a producer would, and the faults
themselves are patched byte by byte, the way the broken producers leave them.
"""

from __future__ import annotations

import io
import re
import zlib

import pikepdf


def _save(pdf: pikepdf.Pdf, **options) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **options)
    return out.getvalue()


def linearized(data: bytes) -> bytes:
    """'Fast web view' (Acrobat, portals): linearized, hint tables right."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _save(pdf, linearize=True)


def linearized_stale_hints(data: bytes) -> bytes:
    """Linearized, then edited without updating the hint stream: the page offset hint table
    says the first page object lies a few bytes from where it is (the compressed hint stream
    keeps its length). qpdf only warns ("first page object offset mismatch")."""
    lin = linearized(data)
    m = re.search(rb"/H \[ ?(\d+) (\d+)", lin)
    assert m, "no hint stream"
    start = lin.index(b"stream", int(m[1])) + len(b"stream\n")
    length = int(re.search(rb"/Length (\d+)", lin[int(m[1]):start])[1])  # type: ignore[index]
    hints = bytearray(zlib.decompress(lin[start:start + length]))
    first_page = int.from_bytes(hints[4:8], "big")  # header item 2 of the page offset hint table
    for delta in range(1, 500):
        hints[4:8] = (first_page + delta).to_bytes(4, "big")
        for level in range(10):
            packed = zlib.compress(bytes(hints), level)
            if len(packed) == length:
                return lin[:start] + packed + lin[start + length:]
    raise AssertionError("no same-length stale hint table found")


def _xref_table(data: bytes) -> re.Match:
    m = re.search(rb"xref\r?\n0 (\d+)\r?\n", data)
    assert m, "no classic xref table"
    return m


def xref_offset_zero_unused(data: bytes) -> bytes:
    """An extra in-use xref entry at offset 0 for an object nothing references (producers that
    delete objects but keep their numbers). qpdf: 'object has offset 0', a warning."""
    m = _xref_table(data)
    n = int(m[1])
    end = data.index(b"trailer", m.end())
    out = data[:m.start()] + b"xref\n0 %d\n" % (n + 1) + data[m.end():end] + b"0000000000 00000 n \n" + data[end:]
    return out.replace(b"/Size %d" % n, b"/Size %d" % (n + 1), 1)


def xref_offset_zero_info(data: bytes) -> bytes:
    """The document information dictionary's xref entry says offset 0 (it reads as null; the
    trailer still refers to it)."""
    info = int(re.search(rb"/Info (\d+) 0 R", data)[1])  # type: ignore[index]
    start = _xref_table(data).end() + 20 * info
    return data[:start] + b"0000000000 00000 n \n" + data[start + 20:]


def object_streams(data: bytes) -> bytes:
    """Cross-reference stream and object streams (Word, Acrobat, qpdf)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def startxref_off(data: bytes, delta: int) -> bytes:
    """``startxref`` ``delta`` bytes off: +1 misses the ``xref`` keyword (the table must be
    reconstructed); -1 lands on the newline before it (qpdf: whitespace before xref)."""
    m = list(re.finditer(rb"startxref\s+(\d+)", data))[-1]
    return data[:m.start(1)] + str(int(m[1]) + delta).encode() + data[m.end(1):]


def size_below_objects(data: bytes) -> bytes:
    """A trailer /Size smaller than the highest object number + 1 (the catalog's number is
    beyond it): new objects of an update would reuse existing numbers."""
    root = int(re.search(rb"/Root (\d+) 0 R", data)[1])  # type: ignore[index]
    n = int(re.search(rb"/Size (\d+)", data)[1])  # type: ignore[index]
    return data.replace(b"/Size %d" % n, b"/Size %d" % root, 1)


def wrong_stream_length(data: bytes, extra: int = 7) -> bytes:
    """A content stream whose /Length is wrong (hand-edited or truncated by a portal)."""
    m = re.search(rb"/Length (\d+)", data)
    assert m
    return data[:m.start(1)] + str(int(m[1]) + extra).encode() + data[m.end(1):]


def encrypted(data: bytes, user: str = "", owner: str = "chu-so-huu") -> bytes:
    """AES-256 encryption; with an empty user password (scanners, 'protect from editing')
    it opens without a password in every viewer."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _save(pdf, encryption=pikepdf.Encryption(user=user, owner=owner, R=6))


def incremental_update(data: bytes) -> bytes:
    """An unsigned incremental update (an editor saved a change): the catalog and the document
    information dictionary rewritten in an appended revision with its own xref section."""
    root = int(re.search(rb"/Root (\d+) 0 R", data)[1])  # type: ignore[index]
    size = int(re.search(rb"/Size (\d+)", data)[1])  # type: ignore[index]
    prev = int(list(re.finditer(rb"startxref\s+(\d+)", data))[-1][1])
    with pikepdf.open(io.BytesIO(data)) as pdf:
        catalog = pdf.Root.unparse(resolved=True)
    catalog = catalog.replace(b"<<", b"<< /Lang (vi-VN)", 1)
    out = bytearray(data)
    info_num = size
    offsets = {}
    offsets[root] = len(out)
    out += b"%d 0 obj\n" % root + catalog + b"\nendobj\n"
    offsets[info_num] = len(out)
    out += b"%d 0 obj\n<< /Producer (Microsoft Word for Microsoft 365) /Title (Da sua) >>\nendobj\n" % info_num
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size + 1, root, info_num, prev, xref))
    return bytes(out)


def with_page_geometry(data: bytes, *, rotate: int = 0, cropbox: tuple[float, ...] | None = None,
                       mediabox: tuple[float, ...] | None = None) -> bytes:
    """The first page with /Rotate, /CropBox or another /MediaBox (a scanner's landscape page
    stored portrait and turned by /Rotate 90, with its margins cropped)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        if rotate:
            page.obj.Rotate = rotate
        if mediabox:
            page.obj.MediaBox = pikepdf.Array(list(mediabox))
        if cropbox:
            page.obj.CropBox = pikepdf.Array(list(cropbox))
        return _save(pdf)


def tiny_page() -> bytes:
    """One 170 x 90 pt page (a receipt, a label, a visiting-card-sized notice)."""
    from reportlab.pdfgen import canvas

    from tests.support.pdfs import _ensure_fonts

    _ensure_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(170, 90), invariant=1)
    c.setFont("DejaVuSans", 8)
    c.drawString(8, 70, "Biên nhận hồ sơ số 15/BN")
    c.drawString(8, 58, "Sở Nông nghiệp và Môi trường")
    c.showPage()
    c.save()
    return buf.getvalue()

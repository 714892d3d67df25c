"""PDFs built to exhaust memory or time, written byte by byte (no library would make them),
and a runner that feeds one to docflow in a child process under RLIMIT_AS and a wall clock."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _assemble(objects: list[bytes], root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """Objects numbered 1..n, a classic xref table and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, xref)
    return bytes(out)


def _page_objects(contents: bytes = b"BT ET", extra: bytes = b"") -> list[bytes]:
    stream = b"<< /Length %d >>\nstream\n" % len(contents) + contents + b"\nendstream"
    return [b"<< /Type /Catalog /Pages 2 0 R " + extra + b">>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream]


def deep_nesting(depth: int = 100_000) -> bytes:
    """An array nested ``depth`` levels deep, reachable from the catalog."""
    objs = _page_objects(extra=b"/Deep 5 0 R ")
    objs.append(b"[" * depth + b"]" * depth)
    return _assemble(objs)


def deep_dictionaries(depth: int = 50_000) -> bytes:
    objs = _page_objects(extra=b"/Deep 5 0 R ")
    objs.append(b"<< /A " * depth + b"1" + b" >>" * depth)
    return _assemble(objs)


def bomb_stream(inflated: int = 4 << 30) -> bytes:
    """A zlib stream of zeros inflating to ``inflated`` bytes (a multiple of 1 MiB), built in
    milliseconds: one fully flushed deflate block repeated, then the final block and the
    Adler-32 of all those zeros (a = 1, b = n mod 65521)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    adler = ((inflated % 65521) << 16) | 1
    data = b"\x78\xda" + block * (inflated >> 20) + b"\x03\x00" + adler.to_bytes(4, "big")
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"


def zip_bomb(inflated: int = 4 << 30) -> bytes:
    """The page's content stream is a FlateDecode stream of zeros that inflates to
    ``inflated`` bytes (4 GiB from about 4 MB)."""
    objs = _page_objects()
    objs[3] = bomb_stream(inflated)
    return _assemble(objs)


def many_pages(n: int = 50_000) -> bytes:
    """``n`` tiny pages sharing one empty content stream."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
            b"<< /Length 5 >>\nstream\nBT ET\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 3 0 R >>"] * n
    return _assemble(objs)


def many_revisions(n: int = 2_000) -> bytes:
    """A one-page PDF followed by ``n`` incremental updates, each rewriting the catalog."""
    base = _assemble(_page_objects())
    out = bytearray(base)
    prev = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    for i in range(n):
        offset = len(out)
        out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Rev %d >>\nendobj\n" % i
        xref = len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n1 1\n%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size 5 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
        prev = xref
    return bytes(out)


def xref_loop() -> bytes:
    """A /Prev chain that points at itself."""
    base = bytearray(_assemble(_page_objects()))
    xref = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return bytes(base.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref, 1))


def huge_object_count() -> bytes:
    """A trailer claiming 2**31 objects and an xref subsection to match."""
    base = _assemble(_page_objects())
    return base.replace(b"/Size 5", b"/Size 2147483647", 1)


HOSTILE = {
    "deep-arrays": lambda: deep_nesting(100_000),
    "deep-dicts": lambda: deep_dictionaries(50_000),
    "zip-bomb-4GiB": lambda: zip_bomb(4 << 30),
    "pages-50k": lambda: many_pages(50_000),
    "revisions-2000": lambda: many_revisions(2_000),
    "xref-loop": xref_loop,
    "huge-size": huge_object_count,
}

# The child: reads the PDF, runs one docflow entry point, prints a JSON outcome. Anything other
# than a clean refusal / verdict (an uncaught exception, MemoryError, a kill) is a failure.
_CHILD = r"""
import json, sys
sys.setrecursionlimit(10000)
target, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
if target == "check_signable":
    from docflow.signing.checks import check_signable
    from docflow.signing.errors import SigningError
    try:
        facts = check_signable(data)
        print(json.dumps({"outcome": "accepted", "pages": facts.page_count}))
    except SigningError as exc:
        print(json.dumps({"outcome": "refused", "reason": str(exc)[:300]}))
elif target == "verify_pdf":
    from docflow.verification.engine import verify_pdf
    report = verify_pdf(data)
    print(json.dumps({"outcome": report.verdict,
                      "subs": [str(s.subindication) for s in report.signatures],
                      "revisions": report.revisions}))
elif target == "page_count":
    from docflow.web.pages import page_count_of
    print(json.dumps({"outcome": "counted", "pages": page_count_of(data)}))
"""


def _limits(memory: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def run_limited(target: str, pdf: Path, *, memory: int = 2 << 30, timeout: float = 120) -> dict:
    """Run ``target`` on ``pdf`` in a child limited to ``memory`` bytes of address space and
    ``timeout`` seconds. Returns the child's JSON outcome, or {"outcome": "crashed"|"timeout"}."""
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, target, str(pdf)], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout, preexec_fn=_limits(memory), check=False)  # noqa: PLW1509
    except subprocess.TimeoutExpired:
        return {"outcome": "timeout"}
    if proc.returncode != 0:
        return {"outcome": "crashed", "rc": proc.returncode, "stderr": proc.stderr[-1500:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def append_update(pdf: bytes, objects: list[bytes], *, catalog: bytes = b"", page: bytes = b"") -> bytes:
    """An incremental update of ``pdf`` adding ``objects`` (numbered from its /Size on; ``%N``
    in ``catalog``/``page`` bodies is replaced by the number of the N-th new object) and
    rewriting the catalog (``catalog`` appended to its entries) and/or page 1 (``page``)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    size = int(reader.trailer["/Size"])
    root_ref = reader.trailer.raw_get("/Root")
    prev = int(pdf.rsplit(b"startxref", 1)[1].split()[0])

    def number(body: bytes) -> bytes:
        for i in range(len(objects) - 1, -1, -1):
            body = body.replace(b"%%%d" % i, b"%d" % (size + i))
        return body

    def serialised(obj, extra: bytes) -> bytes:
        import re

        from pypdf.generic import DictionaryObject

        replaced = {"/" + k.decode() for k in re.findall(rb"/(\w+)\s+%\d", extra)}
        obj = DictionaryObject({k: v for k, v in obj.items() if k not in replaced})
        buf = io.BytesIO()
        obj.write_to_stream(buf)
        return buf.getvalue().rstrip()[:-2] + b" " + number(extra) + b" >>"

    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    entries: list[tuple[int, int]] = []
    for i, body in enumerate(objects):
        entries.append((size + i, len(out)))
        out += b"%d 0 obj\n" % (size + i) + body + b"\nendobj\n"
    if catalog:
        entries.append((root_ref.idnum, len(out)))
        out += b"%d 0 obj\n" % root_ref.idnum + serialised(root_ref.get_object(), catalog) + b"\nendobj\n"
    if page:
        ref = reader.pages[0].indirect_reference
        body = {k: v for k, v in reader.pages[0].items() if k != "/Contents"}
        from pypdf.generic import DictionaryObject, NameObject

        entries.append((ref.idnum, len(out)))
        out += b"%d 0 obj\n" % ref.idnum + serialised(
            DictionaryObject({NameObject(k): v for k, v in body.items()}), page) + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for num, off in sorted(entries):
        out += b"%d 1\n%010d 00000 n \n" % (num, off)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + len(objects), root_ref.idnum, prev, xref)
    return bytes(out)


def signed_then(pdf: bytes, kind: str) -> bytes:
    """A signed PDF followed by a hostile incremental update of ``kind``."""
    if kind == "deep-arrays":
        return append_update(pdf, [b"[" * 100_000 + b"]" * 100_000], catalog=b"/Deep %0 0 R")
    if kind == "zip-bomb-4GiB":
        return append_update(pdf, [bomb_stream(4 << 30)], page=b"/Contents %0 0 R")
    if kind == "pages-50k":
        n = 50_000
        kids = b" ".join(b"%d 0 R" % i for i in range(2, n + 2))  # placeholders, renumbered below
        objs = [b"<< /Type /Pages /Kids [KIDS] /Count %d >>" % n, b"<< /Length 5 >>\nstream\nBT ET\nendstream"]
        objs += [b"<< /Type /Page /Parent %0 0 R /MediaBox [0 0 10 10] /Contents %1 0 R >>"] * n
        del kids
        import io

        from pypdf import PdfReader

        size = int(PdfReader(io.BytesIO(pdf)).trailer["/Size"])
        objs = [o.replace(b"%0 0 R", b"%d 0 R" % size).replace(b"%1 0 R", b"%d 0 R" % (size + 1)) for o in objs]
        objs[0] = objs[0].replace(b"KIDS", b" ".join(b"%d 0 R" % (size + 2 + i) for i in range(n)))
        return append_update(pdf, objs, catalog=b"/Pages %0 0 R")
    if kind == "revisions-2000":
        return _many_updates(pdf, 2000)
    raise ValueError(kind)


def _many_updates(pdf: bytes, n: int) -> bytes:
    """``n`` incremental updates, each rewriting the catalog with a new /Rev entry."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    size = int(reader.trailer["/Size"])
    root = reader.trailer.raw_get("/Root")
    buf = io.BytesIO()
    root.get_object().write_to_stream(buf)
    catalog = buf.getvalue().rstrip()[:-2]
    prev = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    for i in range(n):
        offset = len(out)
        out += b"%d 0 obj\n" % root.idnum + catalog + b" /Rev %d >>\nendobj\n" % i
        xref = len(out)
        out += b"xref\n%d 1\n%010d 00000 n \n" % (root.idnum, offset)
        out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
            size, root.idnum, prev, xref)
        prev = xref
    return bytes(out)


SIGNED_HOSTILE = ("deep-arrays", "zip-bomb-4GiB", "pages-50k", "revisions-2000")

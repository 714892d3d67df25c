"""Strict, byte-level reading of the parts of a PDF that signatures depend on.

Own code, no PDF library: the verifier must not trust a repairing parser for the questions
"which bytes are signed" and "where does each revision end". Here:

- ``find_revisions``: every ``startxref N %%EOF`` marks the end of a revision (the original
  save or an incremental update); bytes after the last one form no revision.
- ``scan_dict``: a small tokenizer that reads the top-level keys of the dictionary of
  ``N G obj`` at a given offset and where each value lies (to prove that the ByteRange gap
  is exactly this dictionary's /Contents string, and that keys are not duplicated).
- ``check_byte_range``: every rule of pdf-signature-attacks.md §2.
- ``hash_ranges``: digest of the two ranges through memoryview slices (no copies).
- ``ViewStream``: a read-only file object over a prefix of the buffer, so pypdf can open
  "the file as of revision k" without copying it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

__all__ = [
    "Revision",
    "find_revisions",
    "trailing_bytes",
    "scan_dict",
    "ByteRangeCheck",
    "check_byte_range",
    "hash_ranges",
    "ViewStream",
    "PdfSyntaxError",
]


class PdfSyntaxError(ValueError):
    pass


_EOF_RE = re.compile(rb"startxref\s+(\d+)\s*%%EOF")
_WS = b" \t\r\n\f\x00"
_DELIMS = b"()<>[]{}/%"
_HEX = frozenset(b"0123456789abcdefABCDEF")


@dataclass(frozen=True)
class Revision:
    index: int  # 0-based
    startxref: int
    eof_end: int  # offset just after "%%EOF"
    end: int  # offset after the end-of-line that follows %%EOF (if any)


_WINDOW = 1 << 20


def find_revisions(data: bytes) -> list[Revision]:
    """Every match of ``_EOF_RE`` (``startxref N %%EOF``), in file order.

    The same matches as ``_EOF_RE.finditer(data)``, found faster: a substring search for
    ``startxref`` (a long needle skips quickly) and the regex tried only there. The search
    runs window by window, so a hashing thread (digests.py) is not held off the GIL for the
    whole file by one long call.
    """
    revisions: list[Revision] = []
    size = len(data)
    pos = 0
    while pos < size:
        stop = min(size, pos + _WINDOW)
        i = data.find(b"startxref", pos, stop)
        if i < 0:
            if stop == size:
                break
            pos = stop - 8  # a needle may straddle the window boundary
            continue
        m = _EOF_RE.match(data, i)
        if m is None:
            pos = i + 1  # "startxref" cannot overlap itself
            continue
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
        pos = m.end()
    return revisions


def trailing_bytes(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def _skip_ws(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i += 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def _skip_value(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, end)
            if data[i : i + 2] == b">>":
                return i + 2
            i = _skip_value(data, i, end)  # key
            i = _skip_value(data, i, end)  # value
    if ch == 0x3C:  # <hex>
        j = data.find(b">", i, end)
        if j < 0:
            raise PdfSyntaxError("unterminated hex string")
        return j + 1
    if ch == 0x28:  # (literal)
        depth, i = 0, i
        while i < end:
            c = data[i]
            if c == 0x5C:
                i += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise PdfSyntaxError("unterminated string")
    if ch == 0x5B:  # [array]
        i += 1
        while True:
            i = _skip_ws(data, i, end)
            if i >= end:
                raise PdfSyntaxError("unterminated array")
            if data[i] == 0x5D:
                return i + 1
            i = _skip_value(data, i, end)
    if ch == 0x2F:  # /Name
        i += 1
        while i < end and data[i] not in _WS and data[i] not in _DELIMS:
            i += 1
        return i
    # number, keyword; "N G R" is a reference
    j = _token_end(data, i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def _token_end(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i += 1
    return i


_OBJ_RE = re.compile(rb"(\d+)\s+(\d+)\s+obj")


def scan_dict(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), end)
    if data[i : i + 2] != b"<<":
        raise PdfSyntaxError(f"object {num} {gen} is not a dictionary")
    i += 2
    keys: dict[bytes, list[tuple[int, int]]] = {}
    while True:
        i = _skip_ws(data, i, end)
        if data[i : i + 2] == b">>":
            break
        if i >= end or data[i] != 0x2F:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


@dataclass(frozen=True)
class ByteRangeCheck:
    ok: bool
    ranges: tuple[int, int, int, int] | None
    contents_hex: tuple[int, int] | None  # [start, end) of the hex digits
    signed_end: int | None
    problems: tuple[str, ...]


def check_byte_range(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              ("/ByteRange is not an array of four integers",))
    a, b, c, d = (int(v) for v in byte_range)
    if min(a, b, c, d) < 0:
        problems.append("/ByteRange contains a negative number")
    if a != 0:
        problems.append(f"/ByteRange does not start at byte 0 (starts at {a})")
    if not a + b < c:
        problems.append("/ByteRange ranges overlap or leave no gap for the signature")
    if c + d > size:
        problems.append("/ByteRange reaches beyond the end of the file")
    if problems:
        return ByteRangeCheck(False, (a, b, c, d), None, None, tuple(problems))
    if data[b : b + 1] != b"<" or data[c - 1 : c] != b">":
        problems.append("the gap in /ByteRange is not a hex string")
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) or (c - b) % 2:
        problems.append("the gap in /ByteRange contains something other than hex digits")
    if sig_offset is None:
        problems.append("the signature dictionary is stored in an object stream")
    else:
        try:
            keys = scan_dict(data, sig_offset, num, gen, limit=c + d)
        except PdfSyntaxError as exc:
            keys = {}
            problems.append(f"the signature dictionary cannot be read strictly ({exc})")
        if keys:
            contents = keys.get(b"/Contents", [])
            brs = keys.get(b"/ByteRange", [])
            if len(contents) != 1 or len(brs) != 1:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def hash_ranges(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


class ViewStream(io.RawIOBase):
    """Read-only, seekable file over ``data[:end]`` without copying it."""

    def __init__(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is None else end]
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:
        chunk = self._view[self._pos : self._pos + len(buffer)]
        n = len(chunk)
        buffer[:n] = chunk
        self._pos += n
        return n

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

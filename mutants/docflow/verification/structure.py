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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_find_revisions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_find_revisions__mutmut)
def find_revisions(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_orig(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_1(data: bytes) -> list[Revision]:
    revisions: list[Revision] = None
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_2(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(None):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_3(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = None
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_4(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end - 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_5(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 3] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_6(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] != b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_7(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"XX\r\nXX":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_8(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end - 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_9(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 2] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_10(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] not in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_11(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"XX\rXX", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_12(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"XX\nXX"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_13(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end = 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_14(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end -= 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_15(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 2
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_16(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(None)
    return revisions


def x_find_revisions__mutmut_17(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(None, int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_18(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), None, m.end(), end))
    return revisions


def x_find_revisions__mutmut_19(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), None, end))
    return revisions


def x_find_revisions__mutmut_20(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), None))
    return revisions


def x_find_revisions__mutmut_21(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(int(m.group(1)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_22(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), m.end(), end))
    return revisions


def x_find_revisions__mutmut_23(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), end))
    return revisions


def x_find_revisions__mutmut_24(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(1)), m.end(), ))
    return revisions


def x_find_revisions__mutmut_25(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(None), m.end(), end))
    return revisions


def x_find_revisions__mutmut_26(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(None)), m.end(), end))
    return revisions


def x_find_revisions__mutmut_27(data: bytes) -> list[Revision]:
    revisions: list[Revision] = []
    for m in _EOF_RE.finditer(data):
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        revisions.append(Revision(len(revisions), int(m.group(2)), m.end(), end))
    return revisions

mutants_x_find_revisions__mutmut['_mutmut_orig'] = x_find_revisions__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_1'] = x_find_revisions__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_2'] = x_find_revisions__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_3'] = x_find_revisions__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_4'] = x_find_revisions__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_5'] = x_find_revisions__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_6'] = x_find_revisions__mutmut_6 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_7'] = x_find_revisions__mutmut_7 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_8'] = x_find_revisions__mutmut_8 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_9'] = x_find_revisions__mutmut_9 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_10'] = x_find_revisions__mutmut_10 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_11'] = x_find_revisions__mutmut_11 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_12'] = x_find_revisions__mutmut_12 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_13'] = x_find_revisions__mutmut_13 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_14'] = x_find_revisions__mutmut_14 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_15'] = x_find_revisions__mutmut_15 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_16'] = x_find_revisions__mutmut_16 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_17'] = x_find_revisions__mutmut_17 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_18'] = x_find_revisions__mutmut_18 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_19'] = x_find_revisions__mutmut_19 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_20'] = x_find_revisions__mutmut_20 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_21'] = x_find_revisions__mutmut_21 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_22'] = x_find_revisions__mutmut_22 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_23'] = x_find_revisions__mutmut_23 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_24'] = x_find_revisions__mutmut_24 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_25'] = x_find_revisions__mutmut_25 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_26'] = x_find_revisions__mutmut_26 # type: ignore # mutmut generated
mutants_x_find_revisions__mutmut['x_find_revisions__mutmut_27'] = x_find_revisions__mutmut_27 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_trailing_bytes__mutmut)
def trailing_bytes(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_orig(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_1(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = None
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_2(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if (revisions) and False else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_3(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if (revisions) or True else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_4(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[+1].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_5(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-2].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_6(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 1
    tail = data[start:]
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_7(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = None
    return 0 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_8(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if (not tail.strip(_WS)) and False else len(tail)


def x_trailing_bytes__mutmut_9(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if (not tail.strip(_WS)) or True else len(tail)


def x_trailing_bytes__mutmut_10(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 1 if not tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_11(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if tail.strip(_WS) else len(tail)


def x_trailing_bytes__mutmut_12(data: bytes, revisions: list[Revision]) -> int:
    """Number of non-whitespace bytes after the last revision (0 if only whitespace)."""
    start = revisions[-1].end if revisions else 0
    tail = data[start:]
    return 0 if not tail.strip(None) else len(tail)

mutants_x_trailing_bytes__mutmut['_mutmut_orig'] = x_trailing_bytes__mutmut_orig # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_1'] = x_trailing_bytes__mutmut_1 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_2'] = x_trailing_bytes__mutmut_2 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_3'] = x_trailing_bytes__mutmut_3 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_4'] = x_trailing_bytes__mutmut_4 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_5'] = x_trailing_bytes__mutmut_5 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_6'] = x_trailing_bytes__mutmut_6 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_7'] = x_trailing_bytes__mutmut_7 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_8'] = x_trailing_bytes__mutmut_8 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_9'] = x_trailing_bytes__mutmut_9 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_10'] = x_trailing_bytes__mutmut_10 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_11'] = x_trailing_bytes__mutmut_11 # type: ignore # mutmut generated
mutants_x_trailing_bytes__mutmut['x_trailing_bytes__mutmut_12'] = x_trailing_bytes__mutmut_12 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__skip_ws__mutmut)
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


def x__skip_ws__mutmut_orig(data: bytes, i: int, end: int) -> int:
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


def x__skip_ws__mutmut_1(data: bytes, i: int, end: int) -> int:
    while i <= end:
        ch = data[i]
        if ch in _WS:
            i += 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_2(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = None
        if ch in _WS:
            i += 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_3(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch not in _WS:
            i += 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_4(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i = 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_5(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i -= 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_6(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i += 2
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_7(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i += 1
        elif ch != 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_8(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i += 1
        elif ch == 38:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def x__skip_ws__mutmut_9(data: bytes, i: int, end: int) -> int:
    while i < end:
        ch = data[i]
        if ch in _WS:
            i += 1
        elif ch == 0x25:  # % comment to end of line
            while i < end and data[i] not in b"\r\n":
                i += 1
        else:
            return
    return i

mutants_x__skip_ws__mutmut['_mutmut_orig'] = x__skip_ws__mutmut_orig # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_1'] = x__skip_ws__mutmut_1 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_2'] = x__skip_ws__mutmut_2 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_3'] = x__skip_ws__mutmut_3 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_4'] = x__skip_ws__mutmut_4 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_5'] = x__skip_ws__mutmut_5 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_6'] = x__skip_ws__mutmut_6 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_7'] = x__skip_ws__mutmut_7 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_8'] = x__skip_ws__mutmut_8 # type: ignore # mutmut generated
mutants_x__skip_ws__mutmut['x__skip_ws__mutmut_9'] = x__skip_ws__mutmut_9 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__skip_value__mutmut)
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


def x__skip_value__mutmut_orig(data: bytes, i: int, end: int) -> int:
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


def x__skip_value__mutmut_1(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = None
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


def x__skip_value__mutmut_2(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(None, i, end)
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


def x__skip_value__mutmut_3(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, None, end)
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


def x__skip_value__mutmut_4(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, None)
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


def x__skip_value__mutmut_5(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(i, end)
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


def x__skip_value__mutmut_6(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, end)
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


def x__skip_value__mutmut_7(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, )
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


def x__skip_value__mutmut_8(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i > end:
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


def x__skip_value__mutmut_9(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = None
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


def x__skip_value__mutmut_10(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i - 2] == b"<<":
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


def x__skip_value__mutmut_11(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 3] == b"<<":
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


def x__skip_value__mutmut_12(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] != b"<<":
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


def x__skip_value__mutmut_13(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"XX<<XX":
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


def x__skip_value__mutmut_14(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i = 2
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


def x__skip_value__mutmut_15(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i -= 2
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


def x__skip_value__mutmut_16(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 3
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


def x__skip_value__mutmut_17(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while False:
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


def x__skip_value__mutmut_18(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = None
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


def x__skip_value__mutmut_19(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(None, i, end)
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


def x__skip_value__mutmut_20(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, None, end)
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


def x__skip_value__mutmut_21(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, None)
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


def x__skip_value__mutmut_22(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(i, end)
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


def x__skip_value__mutmut_23(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, end)
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


def x__skip_value__mutmut_24(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, )
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


def x__skip_value__mutmut_25(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, end)
            if data[i : i - 2] == b">>":
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


def x__skip_value__mutmut_26(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, end)
            if data[i : i + 3] == b">>":
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


def x__skip_value__mutmut_27(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, end)
            if data[i : i + 2] != b">>":
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


def x__skip_value__mutmut_28(data: bytes, i: int, end: int) -> int:
    """Return the offset just after the PDF object starting at i (refs count as one)."""
    i = _skip_ws(data, i, end)
    if i >= end:
        raise PdfSyntaxError("unexpected end of data")
    ch = data[i]
    if data[i : i + 2] == b"<<":
        i += 2
        while True:
            i = _skip_ws(data, i, end)
            if data[i : i + 2] == b"XX>>XX":
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


def x__skip_value__mutmut_29(data: bytes, i: int, end: int) -> int:
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
                return i - 2
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


def x__skip_value__mutmut_30(data: bytes, i: int, end: int) -> int:
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
                return i + 3
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


def x__skip_value__mutmut_31(data: bytes, i: int, end: int) -> int:
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
            i = None  # key
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


def x__skip_value__mutmut_32(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(None, i, end)  # key
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


def x__skip_value__mutmut_33(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, None, end)  # key
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


def x__skip_value__mutmut_34(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, None)  # key
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


def x__skip_value__mutmut_35(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(i, end)  # key
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


def x__skip_value__mutmut_36(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, end)  # key
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


def x__skip_value__mutmut_37(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, )  # key
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


def x__skip_value__mutmut_38(data: bytes, i: int, end: int) -> int:
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
            i = None  # value
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


def x__skip_value__mutmut_39(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(None, i, end)  # value
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


def x__skip_value__mutmut_40(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, None, end)  # value
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


def x__skip_value__mutmut_41(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, None)  # value
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


def x__skip_value__mutmut_42(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(i, end)  # value
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


def x__skip_value__mutmut_43(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, end)  # value
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


def x__skip_value__mutmut_44(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, )  # value
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


def x__skip_value__mutmut_45(data: bytes, i: int, end: int) -> int:
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
    if ch != 0x3C:  # <hex>
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


def x__skip_value__mutmut_46(data: bytes, i: int, end: int) -> int:
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
    if ch == 61:  # <hex>
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


def x__skip_value__mutmut_47(data: bytes, i: int, end: int) -> int:
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
        j = None
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


def x__skip_value__mutmut_48(data: bytes, i: int, end: int) -> int:
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
        j = data.find(None, i, end)
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


def x__skip_value__mutmut_49(data: bytes, i: int, end: int) -> int:
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
        j = data.find(b">", None, end)
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


def x__skip_value__mutmut_50(data: bytes, i: int, end: int) -> int:
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
        j = data.find(b">", i, None)
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


def x__skip_value__mutmut_51(data: bytes, i: int, end: int) -> int:
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
        j = data.find(i, end)
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


def x__skip_value__mutmut_52(data: bytes, i: int, end: int) -> int:
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
        j = data.find(b">", end)
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


def x__skip_value__mutmut_53(data: bytes, i: int, end: int) -> int:
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
        j = data.find(b">", i, )
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


def x__skip_value__mutmut_54(data: bytes, i: int, end: int) -> int:
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
        j = data.rfind(b">", i, end)
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


def x__skip_value__mutmut_55(data: bytes, i: int, end: int) -> int:
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
        j = data.find(b"XX>XX", i, end)
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


def x__skip_value__mutmut_56(data: bytes, i: int, end: int) -> int:
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
        if j <= 0:
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


def x__skip_value__mutmut_57(data: bytes, i: int, end: int) -> int:
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
        if j < 1:
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


def x__skip_value__mutmut_58(data: bytes, i: int, end: int) -> int:
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
        return j - 1
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


def x__skip_value__mutmut_59(data: bytes, i: int, end: int) -> int:
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
        return j + 2
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


def x__skip_value__mutmut_60(data: bytes, i: int, end: int) -> int:
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
    if ch != 0x28:  # (literal)
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


def x__skip_value__mutmut_61(data: bytes, i: int, end: int) -> int:
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
    if ch == 41:  # (literal)
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


def x__skip_value__mutmut_62(data: bytes, i: int, end: int) -> int:
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
        depth, i = None
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


def x__skip_value__mutmut_63(data: bytes, i: int, end: int) -> int:
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
        depth, i = 1, i
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


def x__skip_value__mutmut_64(data: bytes, i: int, end: int) -> int:
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
        while i <= end:
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


def x__skip_value__mutmut_65(data: bytes, i: int, end: int) -> int:
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
            c = None
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


def x__skip_value__mutmut_66(data: bytes, i: int, end: int) -> int:
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
            if c != 0x5C:
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


def x__skip_value__mutmut_67(data: bytes, i: int, end: int) -> int:
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
            if c == 93:
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


def x__skip_value__mutmut_68(data: bytes, i: int, end: int) -> int:
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
                i = 2
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


def x__skip_value__mutmut_69(data: bytes, i: int, end: int) -> int:
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
                i -= 2
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


def x__skip_value__mutmut_70(data: bytes, i: int, end: int) -> int:
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
                i += 3
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


def x__skip_value__mutmut_71(data: bytes, i: int, end: int) -> int:
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
                break
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


def x__skip_value__mutmut_72(data: bytes, i: int, end: int) -> int:
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
            if c != 0x28:
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


def x__skip_value__mutmut_73(data: bytes, i: int, end: int) -> int:
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
            if c == 41:
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


def x__skip_value__mutmut_74(data: bytes, i: int, end: int) -> int:
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
                depth = 1
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


def x__skip_value__mutmut_75(data: bytes, i: int, end: int) -> int:
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
                depth -= 1
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


def x__skip_value__mutmut_76(data: bytes, i: int, end: int) -> int:
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
                depth += 2
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


def x__skip_value__mutmut_77(data: bytes, i: int, end: int) -> int:
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
            elif c != 0x29:
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


def x__skip_value__mutmut_78(data: bytes, i: int, end: int) -> int:
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
            elif c == 42:
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


def x__skip_value__mutmut_79(data: bytes, i: int, end: int) -> int:
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
                depth = 1
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


def x__skip_value__mutmut_80(data: bytes, i: int, end: int) -> int:
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
                depth += 1
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


def x__skip_value__mutmut_81(data: bytes, i: int, end: int) -> int:
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
                depth -= 2
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


def x__skip_value__mutmut_82(data: bytes, i: int, end: int) -> int:
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
                if depth != 0:
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


def x__skip_value__mutmut_83(data: bytes, i: int, end: int) -> int:
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
                if depth == 1:
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


def x__skip_value__mutmut_84(data: bytes, i: int, end: int) -> int:
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
                    return i - 1
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


def x__skip_value__mutmut_85(data: bytes, i: int, end: int) -> int:
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
                    return i + 2
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


def x__skip_value__mutmut_86(data: bytes, i: int, end: int) -> int:
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
            i = 1
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


def x__skip_value__mutmut_87(data: bytes, i: int, end: int) -> int:
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
            i -= 1
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


def x__skip_value__mutmut_88(data: bytes, i: int, end: int) -> int:
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
            i += 2
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


def x__skip_value__mutmut_89(data: bytes, i: int, end: int) -> int:
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
    if ch != 0x5B:  # [array]
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


def x__skip_value__mutmut_90(data: bytes, i: int, end: int) -> int:
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
    if ch == 92:  # [array]
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


def x__skip_value__mutmut_91(data: bytes, i: int, end: int) -> int:
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
        i = 1
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


def x__skip_value__mutmut_92(data: bytes, i: int, end: int) -> int:
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
        i -= 1
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


def x__skip_value__mutmut_93(data: bytes, i: int, end: int) -> int:
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
        i += 2
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


def x__skip_value__mutmut_94(data: bytes, i: int, end: int) -> int:
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
        while False:
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


def x__skip_value__mutmut_95(data: bytes, i: int, end: int) -> int:
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
            i = None
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


def x__skip_value__mutmut_96(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(None, i, end)
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


def x__skip_value__mutmut_97(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(data, None, end)
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


def x__skip_value__mutmut_98(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(data, i, None)
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


def x__skip_value__mutmut_99(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(i, end)
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


def x__skip_value__mutmut_100(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(data, end)
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


def x__skip_value__mutmut_101(data: bytes, i: int, end: int) -> int:
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
            i = _skip_ws(data, i, )
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


def x__skip_value__mutmut_102(data: bytes, i: int, end: int) -> int:
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
            if i > end:
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


def x__skip_value__mutmut_103(data: bytes, i: int, end: int) -> int:
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
            if data[i] != 0x5D:
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


def x__skip_value__mutmut_104(data: bytes, i: int, end: int) -> int:
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
            if data[i] == 94:
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


def x__skip_value__mutmut_105(data: bytes, i: int, end: int) -> int:
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
                return i - 1
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


def x__skip_value__mutmut_106(data: bytes, i: int, end: int) -> int:
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
                return i + 2
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


def x__skip_value__mutmut_107(data: bytes, i: int, end: int) -> int:
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
            i = None
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


def x__skip_value__mutmut_108(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(None, i, end)
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


def x__skip_value__mutmut_109(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, None, end)
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


def x__skip_value__mutmut_110(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, None)
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


def x__skip_value__mutmut_111(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(i, end)
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


def x__skip_value__mutmut_112(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, end)
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


def x__skip_value__mutmut_113(data: bytes, i: int, end: int) -> int:
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
            i = _skip_value(data, i, )
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


def x__skip_value__mutmut_114(data: bytes, i: int, end: int) -> int:
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
    if ch != 0x2F:  # /Name
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


def x__skip_value__mutmut_115(data: bytes, i: int, end: int) -> int:
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
    if ch == 48:  # /Name
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


def x__skip_value__mutmut_116(data: bytes, i: int, end: int) -> int:
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
        i = 1
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


def x__skip_value__mutmut_117(data: bytes, i: int, end: int) -> int:
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
        i -= 1
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


def x__skip_value__mutmut_118(data: bytes, i: int, end: int) -> int:
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
        i += 2
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


def x__skip_value__mutmut_119(data: bytes, i: int, end: int) -> int:
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
        while i < end and data[i] not in _WS or data[i] not in _DELIMS:
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


def x__skip_value__mutmut_120(data: bytes, i: int, end: int) -> int:
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
        while i < end or data[i] not in _WS and data[i] not in _DELIMS:
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


def x__skip_value__mutmut_121(data: bytes, i: int, end: int) -> int:
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
        while i <= end and data[i] not in _WS and data[i] not in _DELIMS:
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


def x__skip_value__mutmut_122(data: bytes, i: int, end: int) -> int:
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
        while i < end and data[i] in _WS and data[i] not in _DELIMS:
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


def x__skip_value__mutmut_123(data: bytes, i: int, end: int) -> int:
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
        while i < end and data[i] not in _WS and data[i] in _DELIMS:
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


def x__skip_value__mutmut_124(data: bytes, i: int, end: int) -> int:
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
            i = 1
        return i
    # number, keyword; "N G R" is a reference
    j = _token_end(data, i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_125(data: bytes, i: int, end: int) -> int:
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
            i -= 1
        return i
    # number, keyword; "N G R" is a reference
    j = _token_end(data, i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_126(data: bytes, i: int, end: int) -> int:
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
            i += 2
        return i
    # number, keyword; "N G R" is a reference
    j = _token_end(data, i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_127(data: bytes, i: int, end: int) -> int:
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
    j = None
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_128(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(None, i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_129(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(data, None, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_130(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(data, i, None)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_131(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(i, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_132(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(data, end)
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_133(data: bytes, i: int, end: int) -> int:
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
    j = _token_end(data, i, )
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_134(data: bytes, i: int, end: int) -> int:
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
    m = None
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_135(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(None, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_136(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, None, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_137(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, None)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_138(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_139(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_140(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])").match(data, i, )
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_141(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(None).match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_142(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"XX\d+\s+\d+\s+R(?![^\s()<>\[\]{}/%])XX").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_143(data: bytes, i: int, end: int) -> int:
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
    m = re.compile(rb"\d+\s+\d+\s+r(?![^\s()<>\[\]{}/%])").match(data, i, end)
    if m:
        return m.end()
    if j == i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j


def x__skip_value__mutmut_144(data: bytes, i: int, end: int) -> int:
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
    if j != i:
        raise PdfSyntaxError(f"unexpected byte {bytes([ch])!r} at {i}")
    return j

mutants_x__skip_value__mutmut['_mutmut_orig'] = x__skip_value__mutmut_orig # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_1'] = x__skip_value__mutmut_1 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_2'] = x__skip_value__mutmut_2 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_3'] = x__skip_value__mutmut_3 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_4'] = x__skip_value__mutmut_4 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_5'] = x__skip_value__mutmut_5 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_6'] = x__skip_value__mutmut_6 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_7'] = x__skip_value__mutmut_7 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_8'] = x__skip_value__mutmut_8 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_9'] = x__skip_value__mutmut_9 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_10'] = x__skip_value__mutmut_10 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_11'] = x__skip_value__mutmut_11 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_12'] = x__skip_value__mutmut_12 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_13'] = x__skip_value__mutmut_13 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_14'] = x__skip_value__mutmut_14 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_15'] = x__skip_value__mutmut_15 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_16'] = x__skip_value__mutmut_16 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_17'] = x__skip_value__mutmut_17 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_18'] = x__skip_value__mutmut_18 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_19'] = x__skip_value__mutmut_19 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_20'] = x__skip_value__mutmut_20 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_21'] = x__skip_value__mutmut_21 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_22'] = x__skip_value__mutmut_22 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_23'] = x__skip_value__mutmut_23 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_24'] = x__skip_value__mutmut_24 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_25'] = x__skip_value__mutmut_25 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_26'] = x__skip_value__mutmut_26 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_27'] = x__skip_value__mutmut_27 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_28'] = x__skip_value__mutmut_28 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_29'] = x__skip_value__mutmut_29 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_30'] = x__skip_value__mutmut_30 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_31'] = x__skip_value__mutmut_31 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_32'] = x__skip_value__mutmut_32 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_33'] = x__skip_value__mutmut_33 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_34'] = x__skip_value__mutmut_34 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_35'] = x__skip_value__mutmut_35 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_36'] = x__skip_value__mutmut_36 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_37'] = x__skip_value__mutmut_37 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_38'] = x__skip_value__mutmut_38 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_39'] = x__skip_value__mutmut_39 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_40'] = x__skip_value__mutmut_40 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_41'] = x__skip_value__mutmut_41 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_42'] = x__skip_value__mutmut_42 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_43'] = x__skip_value__mutmut_43 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_44'] = x__skip_value__mutmut_44 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_45'] = x__skip_value__mutmut_45 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_46'] = x__skip_value__mutmut_46 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_47'] = x__skip_value__mutmut_47 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_48'] = x__skip_value__mutmut_48 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_49'] = x__skip_value__mutmut_49 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_50'] = x__skip_value__mutmut_50 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_51'] = x__skip_value__mutmut_51 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_52'] = x__skip_value__mutmut_52 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_53'] = x__skip_value__mutmut_53 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_54'] = x__skip_value__mutmut_54 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_55'] = x__skip_value__mutmut_55 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_56'] = x__skip_value__mutmut_56 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_57'] = x__skip_value__mutmut_57 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_58'] = x__skip_value__mutmut_58 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_59'] = x__skip_value__mutmut_59 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_60'] = x__skip_value__mutmut_60 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_61'] = x__skip_value__mutmut_61 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_62'] = x__skip_value__mutmut_62 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_63'] = x__skip_value__mutmut_63 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_64'] = x__skip_value__mutmut_64 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_65'] = x__skip_value__mutmut_65 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_66'] = x__skip_value__mutmut_66 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_67'] = x__skip_value__mutmut_67 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_68'] = x__skip_value__mutmut_68 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_69'] = x__skip_value__mutmut_69 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_70'] = x__skip_value__mutmut_70 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_71'] = x__skip_value__mutmut_71 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_72'] = x__skip_value__mutmut_72 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_73'] = x__skip_value__mutmut_73 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_74'] = x__skip_value__mutmut_74 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_75'] = x__skip_value__mutmut_75 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_76'] = x__skip_value__mutmut_76 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_77'] = x__skip_value__mutmut_77 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_78'] = x__skip_value__mutmut_78 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_79'] = x__skip_value__mutmut_79 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_80'] = x__skip_value__mutmut_80 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_81'] = x__skip_value__mutmut_81 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_82'] = x__skip_value__mutmut_82 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_83'] = x__skip_value__mutmut_83 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_84'] = x__skip_value__mutmut_84 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_85'] = x__skip_value__mutmut_85 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_86'] = x__skip_value__mutmut_86 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_87'] = x__skip_value__mutmut_87 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_88'] = x__skip_value__mutmut_88 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_89'] = x__skip_value__mutmut_89 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_90'] = x__skip_value__mutmut_90 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_91'] = x__skip_value__mutmut_91 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_92'] = x__skip_value__mutmut_92 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_93'] = x__skip_value__mutmut_93 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_94'] = x__skip_value__mutmut_94 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_95'] = x__skip_value__mutmut_95 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_96'] = x__skip_value__mutmut_96 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_97'] = x__skip_value__mutmut_97 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_98'] = x__skip_value__mutmut_98 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_99'] = x__skip_value__mutmut_99 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_100'] = x__skip_value__mutmut_100 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_101'] = x__skip_value__mutmut_101 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_102'] = x__skip_value__mutmut_102 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_103'] = x__skip_value__mutmut_103 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_104'] = x__skip_value__mutmut_104 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_105'] = x__skip_value__mutmut_105 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_106'] = x__skip_value__mutmut_106 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_107'] = x__skip_value__mutmut_107 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_108'] = x__skip_value__mutmut_108 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_109'] = x__skip_value__mutmut_109 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_110'] = x__skip_value__mutmut_110 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_111'] = x__skip_value__mutmut_111 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_112'] = x__skip_value__mutmut_112 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_113'] = x__skip_value__mutmut_113 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_114'] = x__skip_value__mutmut_114 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_115'] = x__skip_value__mutmut_115 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_116'] = x__skip_value__mutmut_116 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_117'] = x__skip_value__mutmut_117 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_118'] = x__skip_value__mutmut_118 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_119'] = x__skip_value__mutmut_119 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_120'] = x__skip_value__mutmut_120 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_121'] = x__skip_value__mutmut_121 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_122'] = x__skip_value__mutmut_122 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_123'] = x__skip_value__mutmut_123 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_124'] = x__skip_value__mutmut_124 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_125'] = x__skip_value__mutmut_125 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_126'] = x__skip_value__mutmut_126 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_127'] = x__skip_value__mutmut_127 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_128'] = x__skip_value__mutmut_128 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_129'] = x__skip_value__mutmut_129 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_130'] = x__skip_value__mutmut_130 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_131'] = x__skip_value__mutmut_131 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_132'] = x__skip_value__mutmut_132 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_133'] = x__skip_value__mutmut_133 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_134'] = x__skip_value__mutmut_134 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_135'] = x__skip_value__mutmut_135 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_136'] = x__skip_value__mutmut_136 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_137'] = x__skip_value__mutmut_137 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_138'] = x__skip_value__mutmut_138 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_139'] = x__skip_value__mutmut_139 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_140'] = x__skip_value__mutmut_140 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_141'] = x__skip_value__mutmut_141 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_142'] = x__skip_value__mutmut_142 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_143'] = x__skip_value__mutmut_143 # type: ignore # mutmut generated
mutants_x__skip_value__mutmut['x__skip_value__mutmut_144'] = x__skip_value__mutmut_144 # type: ignore # mutmut generated
mutants_x__token_end__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__token_end__mutmut)
def _token_end(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_orig(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_1(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS or data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_2(data: bytes, i: int, end: int) -> int:
    while i < end or data[i] not in _WS and data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_3(data: bytes, i: int, end: int) -> int:
    while i <= end and data[i] not in _WS and data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_4(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] in _WS and data[i] not in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_5(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] in _DELIMS:
        i += 1
    return i


def x__token_end__mutmut_6(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i = 1
    return i


def x__token_end__mutmut_7(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i -= 1
    return i


def x__token_end__mutmut_8(data: bytes, i: int, end: int) -> int:
    while i < end and data[i] not in _WS and data[i] not in _DELIMS:
        i += 2
    return i

mutants_x__token_end__mutmut['_mutmut_orig'] = x__token_end__mutmut_orig # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_1'] = x__token_end__mutmut_1 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_2'] = x__token_end__mutmut_2 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_3'] = x__token_end__mutmut_3 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_4'] = x__token_end__mutmut_4 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_5'] = x__token_end__mutmut_5 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_6'] = x__token_end__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_7'] = x__token_end__mutmut_7 # type: ignore # mutmut generated
mutants_x__token_end__mutmut['x__token_end__mutmut_8'] = x__token_end__mutmut_8 # type: ignore # mutmut generated


_OBJ_RE = re.compile(rb"(\d+)\s+(\d+)\s+obj")
mutants_x_scan_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_scan_dict__mutmut)
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


def x_scan_dict__mutmut_orig(data: bytes, offset: int, num: int, gen: int,
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


def x_scan_dict__mutmut_1(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = None
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


def x_scan_dict__mutmut_2(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if (limit is None) and False else min(limit, len(data))
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


def x_scan_dict__mutmut_3(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if (limit is None) or True else min(limit, len(data))
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


def x_scan_dict__mutmut_4(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is not None else min(limit, len(data))
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


def x_scan_dict__mutmut_5(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(None, len(data))
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


def x_scan_dict__mutmut_6(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, None)
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


def x_scan_dict__mutmut_7(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(len(data))
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


def x_scan_dict__mutmut_8(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, )
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


def x_scan_dict__mutmut_9(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = None
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


def x_scan_dict__mutmut_10(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(None, offset, end)
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


def x_scan_dict__mutmut_11(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, None, end)
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


def x_scan_dict__mutmut_12(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, None)
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


def x_scan_dict__mutmut_13(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(offset, end)
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


def x_scan_dict__mutmut_14(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, end)
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


def x_scan_dict__mutmut_15(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, )
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


def x_scan_dict__mutmut_16(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = None
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


def x_scan_dict__mutmut_17(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(None, i, end)
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


def x_scan_dict__mutmut_18(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, None, end)
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


def x_scan_dict__mutmut_19(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, None)
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


def x_scan_dict__mutmut_20(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(i, end)
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


def x_scan_dict__mutmut_21(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, end)
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


def x_scan_dict__mutmut_22(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, )
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


def x_scan_dict__mutmut_23(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num and int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_24(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m and int(m.group(1)) != num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_25(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if m or int(m.group(1)) != num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_26(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(None) != num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_27(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(None)) != num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_28(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(2)) != num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_29(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) == num or int(m.group(2)) != gen:
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


def x_scan_dict__mutmut_30(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(None) != gen:
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


def x_scan_dict__mutmut_31(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(None)) != gen:
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


def x_scan_dict__mutmut_32(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(3)) != gen:
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


def x_scan_dict__mutmut_33(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) == gen:
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


def x_scan_dict__mutmut_34(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(None)
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


def x_scan_dict__mutmut_35(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = None
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


def x_scan_dict__mutmut_36(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(None, m.end(), end)
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


def x_scan_dict__mutmut_37(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, None, end)
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


def x_scan_dict__mutmut_38(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), None)
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


def x_scan_dict__mutmut_39(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(m.end(), end)
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


def x_scan_dict__mutmut_40(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, end)
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


def x_scan_dict__mutmut_41(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), )
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


def x_scan_dict__mutmut_42(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), end)
    if data[i : i - 2] != b"<<":
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


def x_scan_dict__mutmut_43(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), end)
    if data[i : i + 3] != b"<<":
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


def x_scan_dict__mutmut_44(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), end)
    if data[i : i + 2] == b"<<":
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


def x_scan_dict__mutmut_45(data: bytes, offset: int, num: int, gen: int,
              limit: int | None = None) -> dict[bytes, list[tuple[int, int]]]:
    """Top-level keys of the dictionary of object ``num gen`` at ``offset`` and where each
    value lies: {b"/Contents": [(start, end)], ...}. Duplicated keys give several spans."""
    end = len(data) if limit is None else min(limit, len(data))
    i = _skip_ws(data, offset, end)
    m = _OBJ_RE.match(data, i, end)
    if not m or int(m.group(1)) != num or int(m.group(2)) != gen:
        raise PdfSyntaxError(f"object {num} {gen} is not at offset {offset}")
    i = _skip_ws(data, m.end(), end)
    if data[i : i + 2] != b"XX<<XX":
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


def x_scan_dict__mutmut_46(data: bytes, offset: int, num: int, gen: int,
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
    i = 2
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


def x_scan_dict__mutmut_47(data: bytes, offset: int, num: int, gen: int,
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
    i -= 2
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


def x_scan_dict__mutmut_48(data: bytes, offset: int, num: int, gen: int,
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
    i += 3
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


def x_scan_dict__mutmut_49(data: bytes, offset: int, num: int, gen: int,
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
    keys: dict[bytes, list[tuple[int, int]]] = None
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


def x_scan_dict__mutmut_50(data: bytes, offset: int, num: int, gen: int,
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
    while False:
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


def x_scan_dict__mutmut_51(data: bytes, offset: int, num: int, gen: int,
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
        i = None
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


def x_scan_dict__mutmut_52(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(None, i, end)
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


def x_scan_dict__mutmut_53(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(data, None, end)
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


def x_scan_dict__mutmut_54(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(data, i, None)
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


def x_scan_dict__mutmut_55(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(i, end)
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


def x_scan_dict__mutmut_56(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(data, end)
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


def x_scan_dict__mutmut_57(data: bytes, offset: int, num: int, gen: int,
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
        i = _skip_ws(data, i, )
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


def x_scan_dict__mutmut_58(data: bytes, offset: int, num: int, gen: int,
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
        if data[i : i - 2] == b">>":
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


def x_scan_dict__mutmut_59(data: bytes, offset: int, num: int, gen: int,
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
        if data[i : i + 3] == b">>":
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


def x_scan_dict__mutmut_60(data: bytes, offset: int, num: int, gen: int,
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
        if data[i : i + 2] != b">>":
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


def x_scan_dict__mutmut_61(data: bytes, offset: int, num: int, gen: int,
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
        if data[i : i + 2] == b"XX>>XX":
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


def x_scan_dict__mutmut_62(data: bytes, offset: int, num: int, gen: int,
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
            return
        if i >= end or data[i] != 0x2F:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_63(data: bytes, offset: int, num: int, gen: int,
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
        if i >= end and data[i] != 0x2F:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_64(data: bytes, offset: int, num: int, gen: int,
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
        if i > end or data[i] != 0x2F:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_65(data: bytes, offset: int, num: int, gen: int,
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
        if i >= end or data[i] == 0x2F:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_66(data: bytes, offset: int, num: int, gen: int,
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
        if i >= end or data[i] != 48:
            raise PdfSyntaxError(f"bad dictionary key in object {num} at {i}")
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_67(data: bytes, offset: int, num: int, gen: int,
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
            raise PdfSyntaxError(None)
        k_end = _token_end(data, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_68(data: bytes, offset: int, num: int, gen: int,
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
        k_end = None
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_69(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(None, i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_70(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, None, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_71(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, i + 1, None)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_72(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(i + 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_73(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_74(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, i + 1, )
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_75(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, i - 1, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_76(data: bytes, offset: int, num: int, gen: int,
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
        k_end = _token_end(data, i + 2, end)
        key = bytes(data[i:k_end])
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_77(data: bytes, offset: int, num: int, gen: int,
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
        key = None
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_78(data: bytes, offset: int, num: int, gen: int,
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
        key = bytes(None)
        v_start = _skip_ws(data, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_79(data: bytes, offset: int, num: int, gen: int,
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
        v_start = None
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_80(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(None, k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_81(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(data, None, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_82(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(data, k_end, None)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_83(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(k_end, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_84(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(data, end)
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_85(data: bytes, offset: int, num: int, gen: int,
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
        v_start = _skip_ws(data, k_end, )
        v_end = _skip_value(data, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_86(data: bytes, offset: int, num: int, gen: int,
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
        v_end = None
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_87(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(None, v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_88(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(data, None, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_89(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(data, v_start, None)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_90(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(v_start, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_91(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(data, end)
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_92(data: bytes, offset: int, num: int, gen: int,
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
        v_end = _skip_value(data, v_start, )
        keys.setdefault(key, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_93(data: bytes, offset: int, num: int, gen: int,
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
        keys.setdefault(key, []).append(None)
        i = v_end
    return keys


def x_scan_dict__mutmut_94(data: bytes, offset: int, num: int, gen: int,
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
        keys.setdefault(None, []).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_95(data: bytes, offset: int, num: int, gen: int,
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
        keys.setdefault(key, None).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_96(data: bytes, offset: int, num: int, gen: int,
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
        keys.setdefault([]).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_97(data: bytes, offset: int, num: int, gen: int,
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
        keys.setdefault(key, ).append((v_start, v_end))
        i = v_end
    return keys


def x_scan_dict__mutmut_98(data: bytes, offset: int, num: int, gen: int,
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
        i = None
    return keys

mutants_x_scan_dict__mutmut['_mutmut_orig'] = x_scan_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_1'] = x_scan_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_2'] = x_scan_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_3'] = x_scan_dict__mutmut_3 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_4'] = x_scan_dict__mutmut_4 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_5'] = x_scan_dict__mutmut_5 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_6'] = x_scan_dict__mutmut_6 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_7'] = x_scan_dict__mutmut_7 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_8'] = x_scan_dict__mutmut_8 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_9'] = x_scan_dict__mutmut_9 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_10'] = x_scan_dict__mutmut_10 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_11'] = x_scan_dict__mutmut_11 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_12'] = x_scan_dict__mutmut_12 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_13'] = x_scan_dict__mutmut_13 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_14'] = x_scan_dict__mutmut_14 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_15'] = x_scan_dict__mutmut_15 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_16'] = x_scan_dict__mutmut_16 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_17'] = x_scan_dict__mutmut_17 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_18'] = x_scan_dict__mutmut_18 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_19'] = x_scan_dict__mutmut_19 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_20'] = x_scan_dict__mutmut_20 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_21'] = x_scan_dict__mutmut_21 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_22'] = x_scan_dict__mutmut_22 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_23'] = x_scan_dict__mutmut_23 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_24'] = x_scan_dict__mutmut_24 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_25'] = x_scan_dict__mutmut_25 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_26'] = x_scan_dict__mutmut_26 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_27'] = x_scan_dict__mutmut_27 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_28'] = x_scan_dict__mutmut_28 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_29'] = x_scan_dict__mutmut_29 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_30'] = x_scan_dict__mutmut_30 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_31'] = x_scan_dict__mutmut_31 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_32'] = x_scan_dict__mutmut_32 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_33'] = x_scan_dict__mutmut_33 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_34'] = x_scan_dict__mutmut_34 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_35'] = x_scan_dict__mutmut_35 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_36'] = x_scan_dict__mutmut_36 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_37'] = x_scan_dict__mutmut_37 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_38'] = x_scan_dict__mutmut_38 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_39'] = x_scan_dict__mutmut_39 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_40'] = x_scan_dict__mutmut_40 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_41'] = x_scan_dict__mutmut_41 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_42'] = x_scan_dict__mutmut_42 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_43'] = x_scan_dict__mutmut_43 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_44'] = x_scan_dict__mutmut_44 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_45'] = x_scan_dict__mutmut_45 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_46'] = x_scan_dict__mutmut_46 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_47'] = x_scan_dict__mutmut_47 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_48'] = x_scan_dict__mutmut_48 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_49'] = x_scan_dict__mutmut_49 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_50'] = x_scan_dict__mutmut_50 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_51'] = x_scan_dict__mutmut_51 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_52'] = x_scan_dict__mutmut_52 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_53'] = x_scan_dict__mutmut_53 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_54'] = x_scan_dict__mutmut_54 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_55'] = x_scan_dict__mutmut_55 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_56'] = x_scan_dict__mutmut_56 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_57'] = x_scan_dict__mutmut_57 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_58'] = x_scan_dict__mutmut_58 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_59'] = x_scan_dict__mutmut_59 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_60'] = x_scan_dict__mutmut_60 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_61'] = x_scan_dict__mutmut_61 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_62'] = x_scan_dict__mutmut_62 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_63'] = x_scan_dict__mutmut_63 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_64'] = x_scan_dict__mutmut_64 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_65'] = x_scan_dict__mutmut_65 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_66'] = x_scan_dict__mutmut_66 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_67'] = x_scan_dict__mutmut_67 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_68'] = x_scan_dict__mutmut_68 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_69'] = x_scan_dict__mutmut_69 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_70'] = x_scan_dict__mutmut_70 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_71'] = x_scan_dict__mutmut_71 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_72'] = x_scan_dict__mutmut_72 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_73'] = x_scan_dict__mutmut_73 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_74'] = x_scan_dict__mutmut_74 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_75'] = x_scan_dict__mutmut_75 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_76'] = x_scan_dict__mutmut_76 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_77'] = x_scan_dict__mutmut_77 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_78'] = x_scan_dict__mutmut_78 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_79'] = x_scan_dict__mutmut_79 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_80'] = x_scan_dict__mutmut_80 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_81'] = x_scan_dict__mutmut_81 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_82'] = x_scan_dict__mutmut_82 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_83'] = x_scan_dict__mutmut_83 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_84'] = x_scan_dict__mutmut_84 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_85'] = x_scan_dict__mutmut_85 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_86'] = x_scan_dict__mutmut_86 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_87'] = x_scan_dict__mutmut_87 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_88'] = x_scan_dict__mutmut_88 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_89'] = x_scan_dict__mutmut_89 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_90'] = x_scan_dict__mutmut_90 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_91'] = x_scan_dict__mutmut_91 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_92'] = x_scan_dict__mutmut_92 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_93'] = x_scan_dict__mutmut_93 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_94'] = x_scan_dict__mutmut_94 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_95'] = x_scan_dict__mutmut_95 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_96'] = x_scan_dict__mutmut_96 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_97'] = x_scan_dict__mutmut_97 # type: ignore # mutmut generated
mutants_x_scan_dict__mutmut['x_scan_dict__mutmut_98'] = x_scan_dict__mutmut_98 # type: ignore # mutmut generated


@dataclass(frozen=True)
class ByteRangeCheck:
    ok: bool
    ranges: tuple[int, int, int, int] | None
    contents_hex: tuple[int, int] | None  # [start, end) of the hex digits
    signed_end: int | None
    problems: tuple[str, ...]
mutants_x_check_byte_range__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_byte_range__mutmut)
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


def x_check_byte_range__mutmut_orig(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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


def x_check_byte_range__mutmut_1(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = None
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


def x_check_byte_range__mutmut_2(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = None
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


def x_check_byte_range__mutmut_3(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4 and not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
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


def x_check_byte_range__mutmut_4(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) and len(byte_range) != 4
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


def x_check_byte_range__mutmut_5(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (isinstance(byte_range, list | tuple) or len(byte_range) != 4
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


def x_check_byte_range__mutmut_6(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) == 4
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


def x_check_byte_range__mutmut_7(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 5
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


def x_check_byte_range__mutmut_8(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
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


def x_check_byte_range__mutmut_9(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(None)):
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


def x_check_byte_range__mutmut_10(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int and (isinstance(v, int) and not isinstance(v, bool))
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


def x_check_byte_range__mutmut_11(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(None) is int or (isinstance(v, int) and not isinstance(v, bool))
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


def x_check_byte_range__mutmut_12(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is not int or (isinstance(v, int) and not isinstance(v, bool))
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


def x_check_byte_range__mutmut_13(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) or not isinstance(v, bool))
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


def x_check_byte_range__mutmut_14(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and isinstance(v, bool))
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


def x_check_byte_range__mutmut_15(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(None, None, None, None,
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


def x_check_byte_range__mutmut_16(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              None)
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


def x_check_byte_range__mutmut_17(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(None, None, None,
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


def x_check_byte_range__mutmut_18(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None,
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


def x_check_byte_range__mutmut_19(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None,
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


def x_check_byte_range__mutmut_20(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, ("/ByteRange is not an array of four integers",))
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


def x_check_byte_range__mutmut_21(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              )
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


def x_check_byte_range__mutmut_22(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(True, None, None, None,
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


def x_check_byte_range__mutmut_23(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              ("XX/ByteRange is not an array of four integersXX",))
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


def x_check_byte_range__mutmut_24(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              ("/byterange is not an array of four integers",))
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


def x_check_byte_range__mutmut_25(data: bytes, byte_range: object, sig_offset: int | None, num: int,
                     gen: int) -> ByteRangeCheck:
    """All ByteRange rules; ``sig_offset`` is where the xref says the signature dictionary
    lies (None if it is in an object stream, which cannot be signed correctly)."""
    problems: list[str] = []
    size = len(data)
    if (not isinstance(byte_range, list | tuple) or len(byte_range) != 4
            or not all(type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                       for v in byte_range)):
        return ByteRangeCheck(False, None, None, None,
                              ("/BYTERANGE IS NOT AN ARRAY OF FOUR INTEGERS",))
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


def x_check_byte_range__mutmut_26(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    a, b, c, d = None
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


def x_check_byte_range__mutmut_27(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    a, b, c, d = (int(None) for v in byte_range)
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


def x_check_byte_range__mutmut_28(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(None, b, c, d) < 0:
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


def x_check_byte_range__mutmut_29(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, None, c, d) < 0:
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


def x_check_byte_range__mutmut_30(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, None, d) < 0:
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


def x_check_byte_range__mutmut_31(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, c, None) < 0:
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


def x_check_byte_range__mutmut_32(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(b, c, d) < 0:
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


def x_check_byte_range__mutmut_33(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, c, d) < 0:
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


def x_check_byte_range__mutmut_34(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, d) < 0:
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


def x_check_byte_range__mutmut_35(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, c, ) < 0:
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


def x_check_byte_range__mutmut_36(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, c, d) <= 0:
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


def x_check_byte_range__mutmut_37(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if min(a, b, c, d) < 1:
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


def x_check_byte_range__mutmut_38(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_39(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XX/ByteRange contains a negative numberXX")
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


def x_check_byte_range__mutmut_40(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/byterange contains a negative number")
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


def x_check_byte_range__mutmut_41(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/BYTERANGE CONTAINS A NEGATIVE NUMBER")
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


def x_check_byte_range__mutmut_42(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if a == 0:
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


def x_check_byte_range__mutmut_43(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if a != 1:
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


def x_check_byte_range__mutmut_44(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_45(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if a + b < c:
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


def x_check_byte_range__mutmut_46(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if not a - b < c:
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


def x_check_byte_range__mutmut_47(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if not a + b <= c:
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


def x_check_byte_range__mutmut_48(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_49(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XX/ByteRange ranges overlap or leave no gap for the signatureXX")
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


def x_check_byte_range__mutmut_50(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/byterange ranges overlap or leave no gap for the signature")
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


def x_check_byte_range__mutmut_51(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/BYTERANGE RANGES OVERLAP OR LEAVE NO GAP FOR THE SIGNATURE")
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


def x_check_byte_range__mutmut_52(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if c - d > size:
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


def x_check_byte_range__mutmut_53(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if c + d >= size:
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


def x_check_byte_range__mutmut_54(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_55(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XX/ByteRange reaches beyond the end of the fileXX")
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


def x_check_byte_range__mutmut_56(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/byterange reaches beyond the end of the file")
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


def x_check_byte_range__mutmut_57(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("/BYTERANGE REACHES BEYOND THE END OF THE FILE")
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


def x_check_byte_range__mutmut_58(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(None, (a, b, c, d), None, None, tuple(problems))
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


def x_check_byte_range__mutmut_59(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, None, None, None, tuple(problems))
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


def x_check_byte_range__mutmut_60(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, (a, b, c, d), None, None, None)
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


def x_check_byte_range__mutmut_61(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck((a, b, c, d), None, None, tuple(problems))
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


def x_check_byte_range__mutmut_62(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, None, None, tuple(problems))
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


def x_check_byte_range__mutmut_63(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, (a, b, c, d), None, tuple(problems))
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


def x_check_byte_range__mutmut_64(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, (a, b, c, d), None, tuple(problems))
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


def x_check_byte_range__mutmut_65(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, (a, b, c, d), None, None, )
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


def x_check_byte_range__mutmut_66(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(True, (a, b, c, d), None, None, tuple(problems))
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


def x_check_byte_range__mutmut_67(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        return ByteRangeCheck(False, (a, b, c, d), None, None, tuple(None))
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


def x_check_byte_range__mutmut_68(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"<" and data[c - 1 : c] != b">":
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


def x_check_byte_range__mutmut_69(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b - 1] != b"<" or data[c - 1 : c] != b">":
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


def x_check_byte_range__mutmut_70(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 2] != b"<" or data[c - 1 : c] != b">":
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


def x_check_byte_range__mutmut_71(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] == b"<" or data[c - 1 : c] != b">":
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


def x_check_byte_range__mutmut_72(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"XX<XX" or data[c - 1 : c] != b">":
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


def x_check_byte_range__mutmut_73(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"<" or data[c + 1 : c] != b">":
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


def x_check_byte_range__mutmut_74(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"<" or data[c - 2 : c] != b">":
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


def x_check_byte_range__mutmut_75(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"<" or data[c - 1 : c] == b">":
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


def x_check_byte_range__mutmut_76(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if data[b : b + 1] != b"<" or data[c - 1 : c] != b"XX>XX":
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


def x_check_byte_range__mutmut_77(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_78(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XXthe gap in /ByteRange is not a hex stringXX")
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


def x_check_byte_range__mutmut_79(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("the gap in /byterange is not a hex string")
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


def x_check_byte_range__mutmut_80(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("THE GAP IN /BYTERANGE IS NOT A HEX STRING")
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


def x_check_byte_range__mutmut_81(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) and (c - b) % 2:
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


def x_check_byte_range__mutmut_82(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_83(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(None) or (c - b) % 2:
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


def x_check_byte_range__mutmut_84(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(None)[b + 1 : c - 1].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_85(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b - 1 : c - 1].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_86(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 2 : c - 1].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_87(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c + 1].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_88(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 2].tobytes()) or (c - b) % 2:
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


def x_check_byte_range__mutmut_89(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) or (c - b) / 2:
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


def x_check_byte_range__mutmut_90(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) or (c + b) % 2:
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


def x_check_byte_range__mutmut_91(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    elif not _HEX.issuperset(memoryview(data)[b + 1 : c - 1].tobytes()) or (c - b) % 3:
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


def x_check_byte_range__mutmut_92(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_93(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XXthe gap in /ByteRange contains something other than hex digitsXX")
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


def x_check_byte_range__mutmut_94(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("the gap in /byterange contains something other than hex digits")
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


def x_check_byte_range__mutmut_95(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("THE GAP IN /BYTERANGE CONTAINS SOMETHING OTHER THAN HEX DIGITS")
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


def x_check_byte_range__mutmut_96(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    if sig_offset is not None:
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


def x_check_byte_range__mutmut_97(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append(None)
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


def x_check_byte_range__mutmut_98(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("XXthe signature dictionary is stored in an object streamXX")
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


def x_check_byte_range__mutmut_99(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
        problems.append("THE SIGNATURE DICTIONARY IS STORED IN AN OBJECT STREAM")
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


def x_check_byte_range__mutmut_100(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = None
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


def x_check_byte_range__mutmut_101(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(None, sig_offset, num, gen, limit=c + d)
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


def x_check_byte_range__mutmut_102(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, None, num, gen, limit=c + d)
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


def x_check_byte_range__mutmut_103(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, None, gen, limit=c + d)
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


def x_check_byte_range__mutmut_104(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, num, None, limit=c + d)
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


def x_check_byte_range__mutmut_105(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, num, gen, limit=None)
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


def x_check_byte_range__mutmut_106(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(sig_offset, num, gen, limit=c + d)
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


def x_check_byte_range__mutmut_107(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, num, gen, limit=c + d)
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


def x_check_byte_range__mutmut_108(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, gen, limit=c + d)
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


def x_check_byte_range__mutmut_109(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, num, limit=c + d)
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


def x_check_byte_range__mutmut_110(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, num, gen, )
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


def x_check_byte_range__mutmut_111(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = scan_dict(data, sig_offset, num, gen, limit=c - d)
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


def x_check_byte_range__mutmut_112(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            keys = None
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


def x_check_byte_range__mutmut_113(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            problems.append(None)
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


def x_check_byte_range__mutmut_114(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = None
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


def x_check_byte_range__mutmut_115(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(None, [])
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


def x_check_byte_range__mutmut_116(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(b"/Contents", None)
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


def x_check_byte_range__mutmut_117(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get([])
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


def x_check_byte_range__mutmut_118(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(b"/Contents", )
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


def x_check_byte_range__mutmut_119(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(b"XX/ContentsXX", [])
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


def x_check_byte_range__mutmut_120(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(b"/contents", [])
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


def x_check_byte_range__mutmut_121(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            contents = keys.get(b"/CONTENTS", [])
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


def x_check_byte_range__mutmut_122(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = None
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


def x_check_byte_range__mutmut_123(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(None, [])
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


def x_check_byte_range__mutmut_124(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(b"/ByteRange", None)
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


def x_check_byte_range__mutmut_125(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get([])
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


def x_check_byte_range__mutmut_126(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(b"/ByteRange", )
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


def x_check_byte_range__mutmut_127(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(b"XX/ByteRangeXX", [])
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


def x_check_byte_range__mutmut_128(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(b"/byterange", [])
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


def x_check_byte_range__mutmut_129(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            brs = keys.get(b"/BYTERANGE", [])
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


def x_check_byte_range__mutmut_130(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            if len(contents) != 1 and len(brs) != 1:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_131(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            if len(contents) == 1 or len(brs) != 1:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_132(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            if len(contents) != 2 or len(brs) != 1:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_133(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            if len(contents) != 1 or len(brs) == 1:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_134(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            if len(contents) != 1 or len(brs) != 2:
                problems.append("the signature dictionary has duplicated or missing "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_135(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append(None)
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_136(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append("XXthe signature dictionary has duplicated or missing XX"
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_137(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append("THE SIGNATURE DICTIONARY HAS DUPLICATED OR MISSING "
                                "/Contents or /ByteRange keys")
            elif contents[0] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_138(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            elif contents[1] != (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_139(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
            elif contents[0] == (b, c):
                problems.append("the gap in /ByteRange is not this signature's /Contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_140(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append(None)
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_141(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append("XXthe gap in /ByteRange is not this signature's /ContentsXX")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_142(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append("the gap in /byterange is not this signature's /contents")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_143(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                problems.append("THE GAP IN /BYTERANGE IS NOT THIS SIGNATURE'S /CONTENTS")
            else:
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_144(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = None
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_145(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(None)
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_146(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(None).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_147(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[1][0] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_148(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[0][1] : brs[0][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_149(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[0][0] : brs[1][1]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_150(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[0][0] : brs[0][2]]).strip(b"[] \r\n\t")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_151(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                raw = bytes(data[brs[0][0] : brs[0][1]]).strip(b"XX[] \r\n\tXX")
                if [int(x) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_152(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                if [int(None) for x in raw.split()] != [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_153(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                if [int(x) for x in raw.split()] == [a, b, c, d]:
                    problems.append("/ByteRange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_154(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                    problems.append(None)
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_155(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                    problems.append("XX/ByteRange in the file differs from the parsed valueXX")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_156(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                    problems.append("/byterange in the file differs from the parsed value")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_157(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
                    problems.append("/BYTERANGE IN THE FILE DIFFERS FROM THE PARSED VALUE")
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_158(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(None, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_159(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, None, (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_160(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), None, c + d, tuple(problems))


def x_check_byte_range__mutmut_161(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), None, tuple(problems))


def x_check_byte_range__mutmut_162(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, None)


def x_check_byte_range__mutmut_163(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck((a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_164(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_165(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), c + d, tuple(problems))


def x_check_byte_range__mutmut_166(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), tuple(problems))


def x_check_byte_range__mutmut_167(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, )


def x_check_byte_range__mutmut_168(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_169(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b - 1, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_170(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 2, c - 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_171(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c + 1), c + d, tuple(problems))


def x_check_byte_range__mutmut_172(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 2), c + d, tuple(problems))


def x_check_byte_range__mutmut_173(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c - d, tuple(problems))


def x_check_byte_range__mutmut_174(data: bytes, byte_range: object, sig_offset: int | None, num: int,
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
    return ByteRangeCheck(not problems, (a, b, c, d), (b + 1, c - 1), c + d, tuple(None))

mutants_x_check_byte_range__mutmut['_mutmut_orig'] = x_check_byte_range__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_1'] = x_check_byte_range__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_2'] = x_check_byte_range__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_3'] = x_check_byte_range__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_4'] = x_check_byte_range__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_5'] = x_check_byte_range__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_6'] = x_check_byte_range__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_7'] = x_check_byte_range__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_8'] = x_check_byte_range__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_9'] = x_check_byte_range__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_10'] = x_check_byte_range__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_11'] = x_check_byte_range__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_12'] = x_check_byte_range__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_13'] = x_check_byte_range__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_14'] = x_check_byte_range__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_15'] = x_check_byte_range__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_16'] = x_check_byte_range__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_17'] = x_check_byte_range__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_18'] = x_check_byte_range__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_19'] = x_check_byte_range__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_20'] = x_check_byte_range__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_21'] = x_check_byte_range__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_22'] = x_check_byte_range__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_23'] = x_check_byte_range__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_24'] = x_check_byte_range__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_25'] = x_check_byte_range__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_26'] = x_check_byte_range__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_27'] = x_check_byte_range__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_28'] = x_check_byte_range__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_29'] = x_check_byte_range__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_30'] = x_check_byte_range__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_31'] = x_check_byte_range__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_32'] = x_check_byte_range__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_33'] = x_check_byte_range__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_34'] = x_check_byte_range__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_35'] = x_check_byte_range__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_36'] = x_check_byte_range__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_37'] = x_check_byte_range__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_38'] = x_check_byte_range__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_39'] = x_check_byte_range__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_40'] = x_check_byte_range__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_41'] = x_check_byte_range__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_42'] = x_check_byte_range__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_43'] = x_check_byte_range__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_44'] = x_check_byte_range__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_45'] = x_check_byte_range__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_46'] = x_check_byte_range__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_47'] = x_check_byte_range__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_48'] = x_check_byte_range__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_49'] = x_check_byte_range__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_50'] = x_check_byte_range__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_51'] = x_check_byte_range__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_52'] = x_check_byte_range__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_53'] = x_check_byte_range__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_54'] = x_check_byte_range__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_55'] = x_check_byte_range__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_56'] = x_check_byte_range__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_57'] = x_check_byte_range__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_58'] = x_check_byte_range__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_59'] = x_check_byte_range__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_60'] = x_check_byte_range__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_61'] = x_check_byte_range__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_62'] = x_check_byte_range__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_63'] = x_check_byte_range__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_64'] = x_check_byte_range__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_65'] = x_check_byte_range__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_66'] = x_check_byte_range__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_67'] = x_check_byte_range__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_68'] = x_check_byte_range__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_69'] = x_check_byte_range__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_70'] = x_check_byte_range__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_71'] = x_check_byte_range__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_72'] = x_check_byte_range__mutmut_72 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_73'] = x_check_byte_range__mutmut_73 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_74'] = x_check_byte_range__mutmut_74 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_75'] = x_check_byte_range__mutmut_75 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_76'] = x_check_byte_range__mutmut_76 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_77'] = x_check_byte_range__mutmut_77 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_78'] = x_check_byte_range__mutmut_78 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_79'] = x_check_byte_range__mutmut_79 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_80'] = x_check_byte_range__mutmut_80 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_81'] = x_check_byte_range__mutmut_81 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_82'] = x_check_byte_range__mutmut_82 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_83'] = x_check_byte_range__mutmut_83 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_84'] = x_check_byte_range__mutmut_84 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_85'] = x_check_byte_range__mutmut_85 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_86'] = x_check_byte_range__mutmut_86 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_87'] = x_check_byte_range__mutmut_87 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_88'] = x_check_byte_range__mutmut_88 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_89'] = x_check_byte_range__mutmut_89 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_90'] = x_check_byte_range__mutmut_90 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_91'] = x_check_byte_range__mutmut_91 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_92'] = x_check_byte_range__mutmut_92 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_93'] = x_check_byte_range__mutmut_93 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_94'] = x_check_byte_range__mutmut_94 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_95'] = x_check_byte_range__mutmut_95 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_96'] = x_check_byte_range__mutmut_96 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_97'] = x_check_byte_range__mutmut_97 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_98'] = x_check_byte_range__mutmut_98 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_99'] = x_check_byte_range__mutmut_99 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_100'] = x_check_byte_range__mutmut_100 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_101'] = x_check_byte_range__mutmut_101 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_102'] = x_check_byte_range__mutmut_102 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_103'] = x_check_byte_range__mutmut_103 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_104'] = x_check_byte_range__mutmut_104 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_105'] = x_check_byte_range__mutmut_105 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_106'] = x_check_byte_range__mutmut_106 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_107'] = x_check_byte_range__mutmut_107 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_108'] = x_check_byte_range__mutmut_108 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_109'] = x_check_byte_range__mutmut_109 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_110'] = x_check_byte_range__mutmut_110 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_111'] = x_check_byte_range__mutmut_111 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_112'] = x_check_byte_range__mutmut_112 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_113'] = x_check_byte_range__mutmut_113 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_114'] = x_check_byte_range__mutmut_114 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_115'] = x_check_byte_range__mutmut_115 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_116'] = x_check_byte_range__mutmut_116 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_117'] = x_check_byte_range__mutmut_117 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_118'] = x_check_byte_range__mutmut_118 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_119'] = x_check_byte_range__mutmut_119 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_120'] = x_check_byte_range__mutmut_120 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_121'] = x_check_byte_range__mutmut_121 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_122'] = x_check_byte_range__mutmut_122 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_123'] = x_check_byte_range__mutmut_123 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_124'] = x_check_byte_range__mutmut_124 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_125'] = x_check_byte_range__mutmut_125 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_126'] = x_check_byte_range__mutmut_126 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_127'] = x_check_byte_range__mutmut_127 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_128'] = x_check_byte_range__mutmut_128 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_129'] = x_check_byte_range__mutmut_129 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_130'] = x_check_byte_range__mutmut_130 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_131'] = x_check_byte_range__mutmut_131 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_132'] = x_check_byte_range__mutmut_132 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_133'] = x_check_byte_range__mutmut_133 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_134'] = x_check_byte_range__mutmut_134 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_135'] = x_check_byte_range__mutmut_135 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_136'] = x_check_byte_range__mutmut_136 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_137'] = x_check_byte_range__mutmut_137 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_138'] = x_check_byte_range__mutmut_138 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_139'] = x_check_byte_range__mutmut_139 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_140'] = x_check_byte_range__mutmut_140 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_141'] = x_check_byte_range__mutmut_141 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_142'] = x_check_byte_range__mutmut_142 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_143'] = x_check_byte_range__mutmut_143 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_144'] = x_check_byte_range__mutmut_144 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_145'] = x_check_byte_range__mutmut_145 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_146'] = x_check_byte_range__mutmut_146 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_147'] = x_check_byte_range__mutmut_147 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_148'] = x_check_byte_range__mutmut_148 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_149'] = x_check_byte_range__mutmut_149 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_150'] = x_check_byte_range__mutmut_150 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_151'] = x_check_byte_range__mutmut_151 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_152'] = x_check_byte_range__mutmut_152 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_153'] = x_check_byte_range__mutmut_153 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_154'] = x_check_byte_range__mutmut_154 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_155'] = x_check_byte_range__mutmut_155 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_156'] = x_check_byte_range__mutmut_156 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_157'] = x_check_byte_range__mutmut_157 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_158'] = x_check_byte_range__mutmut_158 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_159'] = x_check_byte_range__mutmut_159 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_160'] = x_check_byte_range__mutmut_160 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_161'] = x_check_byte_range__mutmut_161 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_162'] = x_check_byte_range__mutmut_162 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_163'] = x_check_byte_range__mutmut_163 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_164'] = x_check_byte_range__mutmut_164 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_165'] = x_check_byte_range__mutmut_165 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_166'] = x_check_byte_range__mutmut_166 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_167'] = x_check_byte_range__mutmut_167 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_168'] = x_check_byte_range__mutmut_168 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_169'] = x_check_byte_range__mutmut_169 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_170'] = x_check_byte_range__mutmut_170 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_171'] = x_check_byte_range__mutmut_171 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_172'] = x_check_byte_range__mutmut_172 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_173'] = x_check_byte_range__mutmut_173 # type: ignore # mutmut generated
mutants_x_check_byte_range__mutmut['x_check_byte_range__mutmut_174'] = x_check_byte_range__mutmut_174 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_hash_ranges__mutmut)
def hash_ranges(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_orig(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_1(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = None
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_2(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = None
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_3(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(None)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_4(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(None)
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_5(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a - b])
    hasher.update(view[c : c + d])
    return hasher.digest()


def x_hash_ranges__mutmut_6(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(None)
    return hasher.digest()


def x_hash_ranges__mutmut_7(data: bytes, ranges: tuple[int, int, int, int], hasher) -> bytes:
    """Digest of [a, a+b) and [c, c+d) without copying the file (memoryview slices)."""
    a, b, c, d = ranges
    view = memoryview(data)
    hasher.update(view[a : a + b])
    hasher.update(view[c : c - d])
    return hasher.digest()

mutants_x_hash_ranges__mutmut['_mutmut_orig'] = x_hash_ranges__mutmut_orig # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_1'] = x_hash_ranges__mutmut_1 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_2'] = x_hash_ranges__mutmut_2 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_3'] = x_hash_ranges__mutmut_3 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_4'] = x_hash_ranges__mutmut_4 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_5'] = x_hash_ranges__mutmut_5 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_6'] = x_hash_ranges__mutmut_6 # type: ignore # mutmut generated
mutants_x_hash_ranges__mutmut['x_hash_ranges__mutmut_7'] = x_hash_ranges__mutmut_7 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁViewStreamǁseek__mutmut: MutantDict = {}  # type: ignore
mutants_xǁViewStreamǁread__mutmut: MutantDict = {}  # type: ignore


class ViewStream(io.RawIOBase):
    """Read-only, seekable file over ``data[:end]`` without copying it."""

    @_mutmut_mutated(mutants_xǁViewStreamǁ__init____mutmut)
    def __init__(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is None else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_orig(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is None else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_1(self, data: bytes, end: int | None = None) -> None:
        self._view = None
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_2(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(None)[: len(data) if end is None else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_3(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if (end is None) and False else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_4(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if (end is None) or True else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_5(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is not None else end]
        self._pos = 0

    def xǁViewStreamǁ__init____mutmut_6(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is None else end]
        self._pos = None

    def xǁViewStreamǁ__init____mutmut_7(self, data: bytes, end: int | None = None) -> None:
        self._view = memoryview(data)[: len(data) if end is None else end]
        self._pos = 1

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    @_mutmut_mutated(mutants_xǁViewStreamǁseek__mutmut)
    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_orig(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_1(self, offset: int, whence: int = 1) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_2(self, offset: int, whence: int = 0) -> int:
        base = None
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_3(self, offset: int, whence: int = 0) -> int:
        base = {1: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_4(self, offset: int, whence: int = 0) -> int:
        base = {0: 1, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_5(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 2: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_6(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 3: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_7(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = None
        return self._pos

    def xǁViewStreamǁseek__mutmut_8(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(None, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_9(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, None)
        return self._pos

    def xǁViewStreamǁseek__mutmut_10(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_11(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, )
        return self._pos

    def xǁViewStreamǁseek__mutmut_12(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(1, base + offset)
        return self._pos

    def xǁViewStreamǁseek__mutmut_13(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._view)}[whence]
        self._pos = max(0, base - offset)
        return self._pos

    def readinto(self, buffer) -> int:
        chunk = self._view[self._pos : self._pos + len(buffer)]
        n = len(chunk)
        buffer[:n] = chunk
        self._pos += n
        return n

    @_mutmut_mutated(mutants_xǁViewStreamǁread__mutmut)
    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_orig(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_1(self, size: int = -1) -> bytes:
        end = None
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_2(self, size: int = -1) -> bytes:
        end = len(self._view) if (size is None or size < 0) and False else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_3(self, size: int = -1) -> bytes:
        end = len(self._view) if (size is None or size < 0) or True else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_4(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None and size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_5(self, size: int = -1) -> bytes:
        end = len(self._view) if size is not None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_6(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size <= 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_7(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 1 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_8(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos - size
        chunk = self._view[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_9(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = None
        self._pos += len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_10(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos = len(chunk)
        return chunk

    def xǁViewStreamǁread__mutmut_11(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._pos + size
        chunk = self._view[self._pos : end].tobytes()
        self._pos -= len(chunk)
        return chunk

mutants_xǁViewStreamǁ__init____mutmut['_mutmut_orig'] = ViewStream.xǁViewStreamǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_1'] = ViewStream.xǁViewStreamǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_2'] = ViewStream.xǁViewStreamǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_3'] = ViewStream.xǁViewStreamǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_4'] = ViewStream.xǁViewStreamǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_5'] = ViewStream.xǁViewStreamǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_6'] = ViewStream.xǁViewStreamǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁViewStreamǁ__init____mutmut['xǁViewStreamǁ__init____mutmut_7'] = ViewStream.xǁViewStreamǁ__init____mutmut_7 # type: ignore # mutmut generated

mutants_xǁViewStreamǁseek__mutmut['_mutmut_orig'] = ViewStream.xǁViewStreamǁseek__mutmut_orig # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_1'] = ViewStream.xǁViewStreamǁseek__mutmut_1 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_2'] = ViewStream.xǁViewStreamǁseek__mutmut_2 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_3'] = ViewStream.xǁViewStreamǁseek__mutmut_3 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_4'] = ViewStream.xǁViewStreamǁseek__mutmut_4 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_5'] = ViewStream.xǁViewStreamǁseek__mutmut_5 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_6'] = ViewStream.xǁViewStreamǁseek__mutmut_6 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_7'] = ViewStream.xǁViewStreamǁseek__mutmut_7 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_8'] = ViewStream.xǁViewStreamǁseek__mutmut_8 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_9'] = ViewStream.xǁViewStreamǁseek__mutmut_9 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_10'] = ViewStream.xǁViewStreamǁseek__mutmut_10 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_11'] = ViewStream.xǁViewStreamǁseek__mutmut_11 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_12'] = ViewStream.xǁViewStreamǁseek__mutmut_12 # type: ignore # mutmut generated
mutants_xǁViewStreamǁseek__mutmut['xǁViewStreamǁseek__mutmut_13'] = ViewStream.xǁViewStreamǁseek__mutmut_13 # type: ignore # mutmut generated

mutants_xǁViewStreamǁread__mutmut['_mutmut_orig'] = ViewStream.xǁViewStreamǁread__mutmut_orig # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_1'] = ViewStream.xǁViewStreamǁread__mutmut_1 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_2'] = ViewStream.xǁViewStreamǁread__mutmut_2 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_3'] = ViewStream.xǁViewStreamǁread__mutmut_3 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_4'] = ViewStream.xǁViewStreamǁread__mutmut_4 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_5'] = ViewStream.xǁViewStreamǁread__mutmut_5 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_6'] = ViewStream.xǁViewStreamǁread__mutmut_6 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_7'] = ViewStream.xǁViewStreamǁread__mutmut_7 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_8'] = ViewStream.xǁViewStreamǁread__mutmut_8 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_9'] = ViewStream.xǁViewStreamǁread__mutmut_9 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_10'] = ViewStream.xǁViewStreamǁread__mutmut_10 # type: ignore # mutmut generated
mutants_xǁViewStreamǁread__mutmut['xǁViewStreamǁread__mutmut_11'] = ViewStream.xǁViewStreamǁread__mutmut_11 # type: ignore # mutmut generated

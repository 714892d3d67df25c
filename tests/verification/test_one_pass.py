"""Stricter must not mean slower: the file is hashed once, whatever the number of signatures.

``digests.SignedDigests`` gives the whole-file SHA-256 and every signature's digest from one
pass (snapshots of the running hash at chunk boundaries); ``structure.find_revisions`` finds
exactly the matches of its regular expression with a faster substring search. Both are
checked here against the plain definitions, and ``verify_pdf`` is held to one pass.
"""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docflow.verification import cms as cmsmod
from docflow.verification import digests as digmod
from docflow.verification import structure, verify_pdf
from docflow.verification.digests import SignedDigests
from docflow.verification.structure import Revision, find_revisions

from .cases import build


def _regex_revisions(data: bytes) -> list[Revision]:
    """The definition find_revisions must match (the code before it was made faster)."""
    out = []
    for m in structure._EOF_RE.finditer(data):  # noqa: SLF001
        end = m.end()
        if data[end : end + 2] == b"\r\n":
            end += 2
        elif data[end : end + 1] in (b"\r", b"\n"):
            end += 1
        out.append(Revision(len(out), int(m.group(1)), m.end(), end))
    return out


_TOKENS = st.sampled_from([b"startxref", b"startxre", b"xref", b" ", b"\n", b"\r\n", b"\r",
                           b"\t", b"\x0b", b"\x00", b"0", b"12", b"%%EOF", b"%EOF", b"%", b"x",
                           b"startxref\n123\n%%EOF\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=40), st.integers(min_value=9, max_value=40))
def test_find_revisions_matches_the_regex(tokens, window):
    data = b"".join(tokens)
    old = structure._WINDOW  # noqa: SLF001
    structure._WINDOW = window  # noqa: SLF001 - small windows: needles straddle boundaries
    try:
        assert find_revisions(data) == _regex_revisions(data)
    finally:
        structure._WINDOW = old  # noqa: SLF001


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=0, max_size=3000), st.data(), st.integers(min_value=1, max_value=700))
def test_signed_digests_equal_direct_hashing(data, draw, chunk):
    old = digmod.CHUNK
    digmod.CHUNK = chunk
    try:
        digests = SignedDigests(data, cmsmod.new_hash).start()
        n = len(data)
        for _ in range(4):
            a = draw.draw(st.sampled_from([0, 0, 0, 1])) if n else 0
            b = draw.draw(st.integers(0, n - a))
            c = draw.draw(st.integers(a + b, n))
            d = draw.draw(st.integers(0, n - c))
            algo = draw.draw(st.sampled_from(["sha256", "sha256", "sha512"]))
            expected = hashlib.new(algo, data[a : a + b] + data[c : c + d]).digest()
            assert digests.digest(algo, (a, b, c, d)) == expected
        assert digests.file_sha256() == hashlib.sha256(data).hexdigest()
    finally:
        digmod.CHUNK = old


def test_stopped_pass_still_answers():
    data = bytes(range(256)) * 4000
    digests = SignedDigests(data, cmsmod.new_hash).start()
    digests.stop()
    assert digests.digest("sha256", (0, 10, 20, 30)) == hashlib.sha256(
        data[:10] + data[20:50]).digest()
    assert digests.file_sha256() == hashlib.sha256(data).hexdigest()
    # without a pass at all (signed_revision, tools): direct hashing
    assert SignedDigests(data, cmsmod.new_hash).file_sha256() == hashlib.sha256(data).hexdigest()


class _Counting:
    """hashlib.sha256 / cmsmod.new_hash stand-in that counts the bytes hashed."""

    total = 0

    def __init__(self, inner) -> None:
        self._inner = inner

    def update(self, chunk) -> None:
        _Counting.total += len(chunk)
        self._inner.update(chunk)

    def copy(self):
        return _Counting(self._inner.copy())

    def digest(self) -> bytes:
        return self._inner.digest()

    def hexdigest(self) -> str:
        return self._inner.hexdigest()


@pytest.mark.parametrize("name", ["valid_single", "sequential_3"])
def test_verify_hashes_the_file_once(world, monkeypatch, name):
    """Before: 1 + n passes (the whole-file hash, then each signature's ranges)."""
    data = build(world, name)
    monkeypatch.setattr(digmod, "CHUNK", 4096)  # small chunks: the bound discriminates
    real_new_hash = cmsmod.new_hash
    monkeypatch.setattr(digmod.hashlib, "sha256", lambda *a: _Counting(hashlib.new("sha256", *a)))
    monkeypatch.setattr(cmsmod, "new_hash", lambda n: _Counting(real_new_hash(n)))
    _Counting.total = 0
    report = verify_pdf(data, world.context())
    assert report.verdict == "TOTAL_PASSED"
    assert report.sha256 == hashlib.sha256(data).hexdigest()
    # one pass, plus per signature at most one chunk up to its gap and its own tail [c, c+d)
    # (a few KB), plus the timestamp tokens' small inputs
    tails = sum(int(d) for d in re.findall(rb"/ByteRange\s*\[\s*0\s+\d+\s+\d+\s+(\d+)", data))
    bound = len(data) + len(report.signatures) * digmod.CHUNK + tails + 16384
    assert _Counting.total <= bound, (_Counting.total, len(data), bound)

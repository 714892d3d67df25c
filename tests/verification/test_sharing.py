"""Readers of one file's revisions share parsed objects (verification/sharing.py, for speed):
never at the price of a different verdict, and never for an object that reads differently in
another revision."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import StreamObject

from docflow.verification import verify_pdf
from docflow.verification.sharing import RevisionReader
from docflow.verification.structure import ViewStream, find_revisions

from .cases import CASES, build
from .corpus import append_update


def _pdf(objects: dict[int, bytes]) -> bytes:
    """A one-revision file with the given objects (1: catalog)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for num, body in sorted(objects.items()):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num] if num in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _readers(data: bytes) -> list[RevisionReader]:
    peers: list[RevisionReader] = []
    return [RevisionReader(data, ViewStream(data, r.end), peers) for r in find_revisions(data)]


BASE = {1: b"<< /Type /Catalog /Pages 2 0 R /K 3 0 R >>",
        2: b"<< /Type /Pages /Kids [] /Count 0 >>",
        3: b"<< /Note (old) >>"}


def test_a_borrowed_object_resolves_its_references_in_its_own_revision():
    data = append_update(_pdf(BASE), {3: b"<< /Note (new) >>"})
    r0, r1 = _readers(data)
    first = r0.get_object(1)
    second = r1.get_object(1)  # same bytes in both revisions: borrowed from r0
    assert second is not first and set(second) == set(first)
    assert second["/K"].get_object()["/Note"] == "new"
    assert first["/K"].get_object()["/Note"] == "old"
    assert r0.get_object(3)["/Note"] == "old" and r1.get_object(3)["/Note"] == "new"


def test_a_stream_whose_length_an_update_redefines_is_read_again():
    # the data hold a false end: with /Length 5 the stream is "AAAAA", with 16 it is all
    body = b"AAAAA\nendstream\nBBBBBBBBBB"
    objs = {**BASE, 4: b"<< /Length 5 0 R >>\nstream\n" + body + b"\nendstream", 5: b"5"}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /K 4 0 R >>"
    data = append_update(_pdf(objs), {5: b"%d" % len(body)})
    r0, r1 = _readers(data)
    assert isinstance(r0.get_object(4), StreamObject)
    assert r0.get_object(4).get_data() == b"AAAAA"
    fresh = PdfReader(ViewStream(data), strict=False).get_object(4)
    assert r1.get_object(4).get_data() == fresh.get_data() == body


def _json(report) -> str:
    # "… expired at <now>": the time of verification is not the reader's business
    return re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00", "<time>",
                  json.dumps(report.to_json(), sort_keys=True, default=str))


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_corpus_case_gets_the_same_report_without_sharing(world, name, monkeypatch):
    data = build(world, name)
    shared = _json(verify_pdf(data, world.context()))
    monkeypatch.setattr(RevisionReader, "get_object", PdfReader.get_object)
    assert _json(verify_pdf(data, world.context())) == shared


@pytest.mark.parametrize("text", [b"<48656c6c6f>", b"<48 65\n6c\t6C\r6f>", b"<486>", b"<>",
                                  b"< >", b"<FEFF00e9>", b"<48zz>", b"<4865", b"<48<65>"])
def test_hex_strings_read_as_pypdf_reads_them(text):
    """The quick reader of hex strings (sharing._hex_string) gives what pypdf gives, and
    leaves the stream where pypdf leaves it; pypdf's own errors for broken strings."""
    from pypdf.generic import read_hex_string_from_stream as pypdf_reads

    from docflow.verification.sharing import _Buffer, _hex_string

    data = b"1 0 obj " + text + b" endobj"
    quick = _Buffer(ViewStream(data), data, len(data))
    quick.seek(8)
    plain = io.BytesIO(data)
    plain.seek(8)
    try:
        expected = pypdf_reads(plain)
    except Exception as exc:  # noqa: BLE001 - the same error is expected
        with pytest.raises(type(exc)):
            _hex_string(quick)
        return
    got = _hex_string(quick)
    assert (type(got), bytes(got.original_bytes) if hasattr(got, "original_bytes") else bytes(got)) == (
        type(expected), bytes(expected.original_bytes) if hasattr(expected, "original_bytes") else bytes(expected))
    assert got == expected and quick.tell() == plain.tell()

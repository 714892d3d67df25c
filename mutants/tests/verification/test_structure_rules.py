"""Issue 13 defect 5: every ByteRange rule and every engine rule pinned by a test of its own.

Before issue 13, flipping any one of the six ByteRange checks in ``check_byte_range``, the
stream-data comparison, the unsigned-xref rule, trailing-bytes coverage, the
signing-certificate-v2 binding or "certification must be first" left the verification suite
green. Each test here fails under one such one-line mutation (boundaries included: the checks
are ``<``/``<=`` exact).
"""

from __future__ import annotations

import re

import pytest

from docflow.verification import verify_pdf
from docflow.verification.structure import check_byte_range, find_revisions, trailing_bytes

HEX = b"30" * 16


def _sig_file(br: list[int] | None = None, contents: bytes = b"<" + HEX + b">",
              tail: bytes = b"") -> tuple[bytes, list[int], int]:
    """A file with one signature dictionary (object 1) and its true ByteRange."""
    head = b"%PDF-1.7\n"
    off = len(head)
    placeholder = b"/ByteRange [0 0000000000 0000000000 0000000000]"
    obj = b"1 0 obj\n<< /Type /Sig " + placeholder + b" /Contents " + contents + b" >>\nendobj\n"
    data = head + obj + b"trailer\n<< >>\nstartxref\n0\n%%EOF\n" + tail
    b = data.index(b"/Contents ") + len(b"/Contents ")
    c = b + len(contents)
    d = len(data) - c
    true = [0, b, c, d]
    br = true if br is None else br
    text = b"/ByteRange [%d %010d %010d %010d]" % tuple(true)
    data = data.replace(placeholder, text[: len(placeholder)].ljust(len(placeholder)))
    return data, br, off


def _check(data: bytes, br, off):
    return check_byte_range(data, br, off, 1, 0)


def test_the_true_byte_range_is_sound():
    data, br, off = _sig_file()
    r = _check(data, br, off)
    assert r.ok and r.problems == () and r.signed_end == len(data)
    assert r.contents_hex == (br[1] + 1, br[2] - 1)


@pytest.mark.parametrize("br, problem", [
    ([0, 10, 20], "not an array of four integers"),
    ([0, 10, 20, 5.0], "not an array of four integers"),
    ([0, True, 20, 5], "not an array of four integers"),
    ("0 10 20 5", "not an array of four integers"),
])
def test_not_four_integers(br, problem):
    data, _, off = _sig_file()
    r = _check(data, br, off)
    assert not r.ok and problem in r.problems[0]


def test_negative_number_refused():
    data, (a, b, c, d), off = _sig_file()
    r = _check(data, [a, b, c, -1], off)
    assert not r.ok and any("negative" in p for p in r.problems)
    assert not any("negative" in p for p in _check(data, [a, b, c, d], off).problems)


def test_must_start_at_zero():
    data, (a, b, c, d), off = _sig_file()
    r = _check(data, [1, b - 1, c, d], off)
    assert not r.ok and any("does not start at byte 0" in p for p in r.problems)


def test_ranges_must_leave_a_gap_boundary():
    """a + b < c exactly: a gap of zero bytes (a + b == c) is an overlap."""
    data, (a, b, c, d), off = _sig_file()
    assert not any("overlap" in p for p in _check(data, [a, b, c, d], off).problems)
    r = _check(data, [a, c, c, d], off)
    assert not r.ok and any("overlap" in p for p in r.problems)


@pytest.mark.parametrize("extra, ok", [(0, True), (1, False)])
def test_must_not_reach_beyond_the_file_boundary(extra, ok):
    data, (a, b, c, d), off = _sig_file()
    r = _check(data, [a, b, c, d + extra], off)
    assert any("beyond the end" in p for p in r.problems) is (not ok)
    assert r.ok is ok


def test_gap_must_be_a_hex_string():
    data, (a, b, c, d), off = _sig_file()
    # shift the gap by one byte: it no longer starts with "<" (and ends with ">")
    r = _check(data, [a, b + 1, c + 1, d - 1], off)
    assert not r.ok and any("not a hex string" in p for p in r.problems)
    r = _check(data, [a, b - 1, c, d], off)
    assert not r.ok and any("not a hex string" in p for p in r.problems)


@pytest.mark.parametrize("contents, problem", [
    (b"<" + b"3g" * 16 + b">", "other than hex digits"),
    (b"<" + HEX + b"0>", "other than hex digits"),  # odd number of digits
])
def test_gap_must_hold_only_an_even_number_of_hex_digits(contents, problem):
    data, br, off = _sig_file(contents=contents)
    r = _check(data, br, off)
    assert not r.ok and any(problem in p for p in r.problems)


def test_signature_dictionary_in_an_object_stream_refused():
    data, br, _ = _sig_file()
    r = check_byte_range(data, br, None, 1, 0)
    assert not r.ok and any("object stream" in p for p in r.problems)


def test_gap_must_be_this_signatures_contents():
    data, br, off = _sig_file(contents=b"<" + HEX + b"> /Other <" + HEX + b">")
    a, b, c, d = br
    other = data.index(b"/Other <") + len(b"/Other ")
    end = other + len(HEX) + 2
    r = _check(data, [a, other, end, len(data) - end], off)
    assert not r.ok and any("not this signature's /Contents" in p for p in r.problems)


def test_parsed_byte_range_must_equal_the_file():
    data, (a, b, c, d), off = _sig_file()
    tampered = re.sub(rb"/ByteRange \[0 (\d+)", lambda m: b"/ByteRange [0 %010d" % (
        int(m.group(1)) + 0), data, count=1)
    assert _check(tampered, [a, b, c, d], off).ok
    wrong = data.replace(b"/ByteRange [0 ", b"/ByteRange [1 ", 1)
    r = _check(wrong, [a, b, c, d], off)
    assert not r.ok and any("differs from the parsed value" in p for p in r.problems)


def test_duplicated_contents_key_refused():
    data, br, off = _sig_file()
    dup = data.replace(b" >>\nendobj", b" /Contents <00> >>\nendobj", 1)
    r = _check(dup, br[:3] + [br[3] + len(b" /Contents <00>")], off)
    assert not r.ok and any("duplicated or missing" in p for p in r.problems)


def test_trailing_bytes_are_counted_and_whitespace_is_not():
    data, _, _ = _sig_file(tail=b"\r\n \n")
    assert trailing_bytes(data, find_revisions(data)) == 0
    data, _, _ = _sig_file(tail=b"x")
    assert trailing_bytes(data, find_revisions(data)) == 1


# ------------------------------------------------------------------- engine rules, pinned

def test_bytes_after_the_last_revision_fail_the_signature(world):
    r = verify_pdf(world.signed() + b"%garbage\n", world.context())
    assert r.signatures[0].modifications_after == "DISALLOWED"
    assert any("after the last %%EOF" in c for c in r.signatures[0].changes_after)


def test_a_signature_whose_revision_xref_is_outside_the_signed_bytes_fails(world):
    """The signed revision's own cross-reference section must be signed (the unsigned-xref
    rule): here the signature covers a revision whose startxref points into the gap."""
    from .cases import build

    r = verify_pdf(build(world, "isa_xref_points_back"), world.context())
    assert r.verdict == "TOTAL_FAILED"


def test_redefined_content_stream_with_the_same_dictionary_is_detected(world):
    """Only the stream data differs (the stream comparison must read the data)."""
    import io

    from pypdf import PdfReader

    from .corpus import append_update
    from .forgeries import stream

    signed = world.signed()
    content = PdfReader(io.BytesIO(signed)).pages[0].raw_get("/Contents").idnum
    forged = append_update(signed, {content: stream(b"BT /F1 28 Tf 72 640 Td (PAY) Tj ET")})
    r = verify_pdf(forged, world.context())
    assert r.signatures[0].modifications_after == "DISALLOWED"
    assert "page 1 content replaced" in r.signatures[0].changes_after


def test_a_certification_that_is_not_the_first_signature_fails_itself(world):
    from .cases import build

    report = verify_pdf(build(world, "certification_not_first"), world.context())
    first, cert = report.signatures
    assert cert.kind == "certification"
    assert (cert.indication, cert.subindication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert "a certification signature must be the first signature" in cert.problems
    assert first.kind == "approval"
    assert "a certification signature must be the first signature" not in first.problems

"""A stream's indirect /Length redefined after signing (found while measuring the verifier's
speed, 2026-12-03). pypdf resolves an indirect /Length and drops it from the parsed stream, so
the change analysis never saw the length object in use: an update redefining only that number
changed what viewers draw and still got TOTAL_PASSED. Lengthened over bytes hidden after the
stream's end, poppler draws the hidden text ("PAY 999.000.000 VND"); shortened, pyHanko cannot
read the page any more. docflow now counts the length object as part of the stream it measures."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from docflow.verification import verify_pdf

from .corpus import append_update, sign

AMOUNT = b"BT /F1 24 Tf 72 700 Td (So tien: 1.000.000 VND) Tj ET"
APPROVAL = b"\nBT /F1 24 Tf 72 600 Td (Dong y chi tra) Tj ET"
HIDDEN = b"\nBT /F1 24 Tf 72 650 Td (PAY 999.000.000 VND) Tj ET"


def _pdf(content: bytes, after_stream: bytes = b"") -> bytes:
    """One page whose content stream's /Length is the indirect object 6."""
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Contents 4 0 R >>",
        4: b"<< /Length 6 0 R >>\nstream\n" + content + b"\nendstream" + after_stream,
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        6: b"%d" % len(content),
    }
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n, body in objs.items():
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 7\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offsets[n] for n in objs)
    out += b"trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_document_with_indirect_stream_lengths_verifies(world):
    signed = sign(_pdf(AMOUNT + APPROVAL), world.leader)
    report = verify_pdf(signed, world.context())
    assert report.verdict == "TOTAL_PASSED"
    # a second signature is an allowed update of such a document too
    assert verify_pdf(sign(signed, world.clerk, "Sig2"), world.context()).verdict == "TOTAL_PASSED"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is installed by make test")
def test_length_redefined_over_hidden_bytes_shows_other_text_and_fails(world, tmp_path):
    # the hidden text sits after the stream's end, inside the signed bytes, drawn by nobody
    signed = sign(_pdf(AMOUNT, b"\n%" + HIDDEN + b"\nendstream"), world.leader)
    start = signed.index(b"stream\n" + AMOUNT) + len(b"stream\n")
    end = signed.index(HIDDEN, start) + len(HIDDEN)
    forged = append_update(signed, {6: b"%d" % (end - start)})
    assert "PAY 999.000.000" not in _text(signed, tmp_path)
    assert "PAY 999.000.000" in _text(forged, tmp_path)  # what a reader of the forged file sees
    report = verify_pdf(forged, world.context())
    assert report.verdict != "TOTAL_PASSED"
    sig = report.signatures[0]
    assert sig.modifications_after == "DISALLOWED"
    assert any("/Length" in change for change in sig.changes_after)


def test_length_shortened_to_cut_the_approval_fails(world):
    content = AMOUNT + APPROVAL
    signed = sign(_pdf(content), world.leader)
    forged = append_update(signed, {6: b"%d" % len(AMOUNT)})
    report = verify_pdf(forged, world.context())
    assert report.verdict != "TOTAL_PASSED"
    assert report.signatures[0].modifications_after == "DISALLOWED"

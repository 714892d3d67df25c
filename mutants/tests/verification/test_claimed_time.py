"""The claimed signing time (/M) is read through PDF string escapes: endesive writes
``D\\072…`` (octal for ':'), and the report must still show the time the signer claimed."""

from __future__ import annotations

from docflow.signing import SoftwareSigner, sign_pdf
from docflow.verification import TrustContext, verify_pdf
from docflow.verification.engine import _literal_string
from tests.support.pdfs import official_letter
from tests.support.pki import default_pki


def test_literal_string_escapes():
    assert _literal_string(rb"D\07220261128+07\04700\047") == b"D:20261128+07'00'"
    assert _literal_string(rb"a\(b\)c\\d\nq\
r") == b"a(b)c\\d\nqr"


def test_claimed_signing_time_of_a_docflow_signature_is_reported():
    root, issuing = default_pki()
    leaf = issuing.issue("Nguyễn Văn A")
    signed = sign_pdf(official_letter(), SoftwareSigner(leaf.key, leaf.cert, leaf.chain), qpdf_check=False)
    report = verify_pdf(signed.pdf, TrustContext(trust_anchors=(root.cert,), fetch_revocation=False)).to_json()
    assert report["verdict"] == "TOTAL_PASSED"
    assert report["signatures"][0]["signing_time_claimed"] == signed.signed_at.isoformat()

"""Engine behaviour beyond the corpus: JSON schema, signed revision, revocation fetching,
endesive and pdfsig where they are wrong, robustness."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import shutil
import socket
import subprocess
import threading

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docflow.outbound import OutboundPolicy
from docflow.verification import (
    SCHEMA,
    SignatureNotFound,
    TrustContext,
    signed_revision,
    verify_pdf,
)
from docflow.verification.fetching import RevocationFetcher
from tests.support.pki import NOW, TestCA

from .cases import build
from .corpus import sign

SIG_KEYS = {"field", "kind", "revision", "indication", "subindication", "signer",
            "signing_time_claimed", "timestamp", "checks", "coverage", "modifications_after",
            "changes_after", "docmdp", "problems",
            "change_analysis",  # added by issue 13 (new fields are allowed in schema /1)
            "pades_level"}  # added by issue 18
CHECK_KEYS = {"byte_range_ok", "intact", "crypto_valid", "trusted", "key_usage_ok",
              "revocation", "valid_at_signing_time", "algorithm_ok"}
SIGNER_KEYS = {"common_name", "subject", "issuer", "serial", "not_before", "not_after",
               "sha256_fingerprint"}


def test_json_schema_exact(world):
    report = verify_pdf(build(world, "timestamped"), world.context(), file="a.pdf")
    obj = json.loads(json.dumps(report.to_json()))
    # the schema's fields in order; revocation_fetches added by issue 13 (nothing removed)
    assert list(obj) == ["schema", "file", "sha256", "size", "verdict", "revisions",
                         "signatures", "revocation_fetches"]
    assert obj["revocation_fetches"] == []  # fetching is off in this context
    assert obj["schema"] == SCHEMA
    sig = obj["signatures"][0]
    assert set(sig) == SIG_KEYS
    assert set(sig["checks"]) == CHECK_KEYS and set(sig["signer"]) == SIGNER_KEYS
    assert set(sig["timestamp"]) == {"time", "trusted", "intact"}
    assert sig["signer"]["common_name"] == "Nguyễn Văn Nghĩa"
    assert sig["checks"]["revocation"] == "good"  # the context's CRL speaks for the signer
    assert sig["pades_level"] == "B-T"  # a trusted signature timestamp, no DSS
    assert "file" not in verify_pdf(build(world, "valid_single"), world.context()).to_json()


def test_sequential_changes_in_words(world):
    report = verify_pdf(build(world, "sequential_3"), world.context())
    first, second, third = report.signatures
    assert report.revisions == 4
    assert (first.revision, second.revision, third.revision) == (2, 3, 4)
    assert first.coverage == "ENTIRE_REVISION" and third.coverage == "ENTIRE_FILE"
    assert first.modifications_after == "ALLOWED"
    assert "new signature field Seal signed" in first.changes_after
    assert "new signature field Sig3 signed" in first.changes_after
    assert third.modifications_after == "NONE"


def test_changes_named_for_auditor(world):
    r = verify_pdf(build(world, "isa_content_replaced"), world.context())
    assert "page 1 content replaced" in r.signatures[0].changes_after
    r = verify_pdf(build(world, "certified_p2_form_filled"), world.context())
    assert "form field 'amount' filled" in r.signatures[0].changes_after
    assert r.signatures[0].docmdp == 2 and r.signatures[0].kind == "certification"
    r = verify_pdf(build(world, "certified_p3_comment"), world.context())
    assert r.signatures[0].changes_after == ("annotation added on page 1 (Text)",) or \
        "annotation added on page 1 (Text)" in r.signatures[0].changes_after
    r = verify_pdf(build(world, "doc_timestamp"), world.context())
    assert [s.kind for s in r.signatures] == ["approval", "document_timestamp"]


def test_signed_revision_is_what_the_signer_saw(world):
    data = build(world, "isa_content_replaced")
    original = signed_revision(data, 0)
    assert original == world.signed()
    assert signed_revision(data, "Sig1") == original
    again = verify_pdf(original, world.context())
    assert again.verdict == "TOTAL_PASSED"
    assert again.signatures[0].coverage == "ENTIRE_FILE"
    with pytest.raises(SignatureNotFound):
        signed_revision(data, "Nope")
    with pytest.raises(ValueError):
        signed_revision(build(world, "usf_byterange_zeros"), 0)


def test_revoked_after_timestamp_is_reported(world):
    sig = verify_pdf(build(world, "revoked_after_timestamp"), world.context()).signatures[0]
    assert sig.indication == "TOTAL_PASSED" and sig.timestamp.trusted
    assert any("revoked" in p for p in sig.problems)


def test_validation_time_in_the_past(world):
    """At a validation time when the expired signer was still valid, it passes."""
    ctx = world.context(validation_time=NOW - dt.timedelta(days=30))
    assert verify_pdf(build(world, "expired_no_timestamp"), ctx).verdict == "TOTAL_PASSED"


def test_no_anchor_no_trust(world):
    report = verify_pdf(build(world, "valid_single"), TrustContext(fetch_revocation=False))
    assert report.verdict == "INDETERMINATE"
    assert report.signatures[0].subindication == "NO_CERTIFICATE_CHAIN_FOUND"


def test_max_size(world):
    report = verify_pdf(build(world, "valid_single"), world.context(max_size=1000))
    assert report.verdict == "TOTAL_FAILED"


# --------------------------------------------------------------- fetched revocation data

# the test servers listen on 127.0.0.1: allowed as an administrator would allow an intranet
LOOPBACK_ALLOWED = OutboundPolicy((ipaddress.ip_network("127.0.0.1/32"),))


@pytest.fixture(scope="module")
def crl_server():
    """A tiny HTTP server on 127.0.0.1 serving CRLs from a dict."""
    store: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = store.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", store
    server.shutdown()
    server.server_close()


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_crl_fetched_from_certificate_url(world, crl_server):
    base, store = crl_server
    root = TestCA("Fetch Root")
    ca = TestCA("Fetch CA", parent=root, crl_url=f"{base}/ca.crl")
    good, bad = ca.issue("Good Signer"), ca.issue("Revoked Signer")
    ca.revoke(bad.cert, NOW - dt.timedelta(days=1))
    store["/ca.crl"] = ca.crl().public_bytes(serialization.Encoding.DER)
    ctx = TrustContext(trust_anchors=(root.cert,), fetcher=RevocationFetcher(timeout=2, policy=LOOPBACK_ALLOWED))
    ok = verify_pdf(sign(world.letter, good), ctx).signatures[0]
    assert ok.indication == "TOTAL_PASSED" and ok.checks.revocation == "good"
    revoked = verify_pdf(sign(world.letter, bad), ctx).signatures[0]
    assert (revoked.indication, revoked.subindication) == ("INDETERMINATE", "REVOKED_NO_POE")
    assert revoked.checks.revocation == "revoked"


def test_unreachable_crl_is_try_later_never_good(world):
    root = TestCA("Dark Root")
    ca = TestCA("Dark CA", parent=root, crl_url=f"http://127.0.0.1:{_unused_port()}/x.crl")
    signer = ca.issue("Unlucky Signer")
    ctx = TrustContext(trust_anchors=(root.cert,), fetcher=RevocationFetcher(timeout=1, policy=LOOPBACK_ALLOWED))
    sig = verify_pdf(sign(world.letter, signer), ctx).signatures[0]
    assert (sig.indication, sig.subindication) == ("INDETERMINATE", "TRY_LATER")
    assert sig.checks.revocation != "good"
    off = verify_pdf(sign(world.letter, signer), TrustContext(trust_anchors=(root.cert,),
                                                              fetch_revocation=False))
    assert off.signatures[0].subindication == "TRY_LATER"


# ------------------------------------------------------- where endesive and pdfsig are wrong

def test_endesive_says_valid_docflow_says_failed(world):
    from docflow.signing.endesive_compat import import_endesive

    import_endesive()
    from endesive.pdf.verify import PDFVerifier

    data = build(world, "isa_content_replaced")
    anchor = world.root.cert.public_bytes(serialization.Encoding.PEM)
    results = PDFVerifier(data, [anchor]).verify_all_signatures()
    assert results and all(r.hashok and r.signatureok and r.certok for r in results)
    report = verify_pdf(data, world.context())
    assert (report.verdict, report.signatures[0].subindication) == ("TOTAL_FAILED",
                                                                    "FORMAT_FAILURE")


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("name", ["isa_content_replaced", "pdfsig_hole"])
def test_pdfsig_misses_what_docflow_catches(world, tmp_path, name):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(build(world, name))
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out
    report = verify_pdf(path.read_bytes(), world.context())
    assert (report.verdict, report.signatures[0].subindication) == ("TOTAL_FAILED",
                                                                    "FORMAT_FAILURE")


# ------------------------------------------------------------------------- robustness

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_byte_flips_never_pass_never_crash(world, data):
    original = world.signed()
    pos = data.draw(st.integers(0, len(original) - 1))
    value = data.draw(st.integers(0, 255))
    if original[pos] == value:
        return
    mutated = original[:pos] + bytes([value]) + original[pos + 1 :]
    report = verify_pdf(mutated, world.context())
    assert report.verdict != "TOTAL_PASSED" or _harmless(original, pos, value, world.root.cert)


def _harmless(original: bytes, pos: int, value: int, anchor) -> bool:
    """Flips that do not change what was signed nor how it is judged: the case of a hex digit
    in /Contents, or a byte of the embedded copy of the trust anchor (unsigned data: the
    verifier uses the anchor from its own trust store, never the copy in the file)."""
    import re

    from cryptography.hazmat.primitives.serialization import Encoding

    ch = chr(original[pos])
    if ch.lower() == chr(value).lower() and ch in "abcdefABCDEF":
        return True
    contents = re.search(rb"/Contents\s*<([0-9a-fA-F]*)>", original)
    anchor_hex = anchor.public_bytes(Encoding.DER).hex().encode()
    start = original.lower().find(anchor_hex, contents.start(1), contents.end(1))
    return start >= 0 and start <= pos < start + len(anchor_hex)

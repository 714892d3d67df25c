"""The tolerant reader (issue 13, item 8): what genuine signers write is read, not refused.

Each class of real-world file is built by ``realworld.py`` from a document the suite signs
itself; each test failed on the code before the fix (noted per test) and pins one rule.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization

from docflow.cli.verify import verify_command
from docflow.verification import Indication, verify_pdf
from docflow.verification import cms as cmsmod
from docflow.verification.engine import USAGE_RIGHTS_ONLY
from docflow.verification.plain import headline

from .corpus import append_update, sign
from .realworld import (
    adbe_pkcs7_sha1,
    adobe_revinfo_attr,
    ber_signed,
    cms_of,
    make_cms,
    put_cms,
    resigned,
    set_subfilter,
    signed_bytes,
    to_ber,
    usage_rights_only,
)

REPO = Path(__file__).resolve().parents[2]
P, F, I = Indication.TOTAL_PASSED, Indication.TOTAL_FAILED, Indication.INDETERMINATE  # noqa: E741


def _der(crl) -> bytes:
    return crl.public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="module")
def pkcs7(world) -> bytes:
    """The letter signed once as adbe.pkcs7.detached (no PAdES signing-certificate-v2)."""
    return sign(world.letter, world.leader, pades=False)


# ------------------------------------------------------------------------------- BER CMS

def test_ber_cms_with_indefinite_lengths_is_read(world):
    # before: TOTAL_FAILED/FORMAT_FAILURE "signature contents have an invalid DER length"
    data = ber_signed(world.signed())
    assert cms_of(data)[:2] == b"\x30\x80"
    report = verify_pdf(data, world.context())
    assert report.verdict == P, report.signatures[0].problems


def test_ber_cms_tampered_still_fails(world):
    data = ber_signed(world.signed())
    der = cmsmod.der_trim(bytes.fromhex(cms_of(data).hex()))
    other = make_cms(world.leader, b"some other document")
    tampered = put_cms(data, to_ber(other))
    sig = verify_pdf(tampered, world.context()).signatures[0]
    assert sig.indication == F and sig.subindication == "HASH_FAILURE", sig.problems
    assert der[:2] == b"\x30\x82"  # definite lengths after reading


def test_der_trim_rules():
    inner = bytes.fromhex("020101") + bytes.fromhex("3003020102")
    ber = b"\x30\x80" + inner + b"\x00\x00"
    assert cmsmod.der_trim(ber + b"\x00" * 8) == b"\x30\x08" + inner
    # definite encodings are kept byte for byte, also a non-minimal length (signed attributes
    # are verified over the bytes as received)
    odd = b"\x30\x81\x03\x02\x01\x05"
    assert cmsmod.der_trim(odd + b"\x00\x00") == odd
    # nested indefinite inside a definite element is rewritten, the outer length follows
    nested = b"\x30\x07" + b"\x30\x80\x02\x01\x07\x00\x00"
    assert cmsmod.der_trim(nested) == b"\x30\x05\x30\x03\x02\x01\x07"
    for bad, words in ((ber + b"\x01", "non-zero bytes"), (ber[:-2], "truncated"),
                       (b"\x30\x80\x02\x80\x00\x00\x00\x00", "primitive"),
                       (b"\x30\x80" * 200, "nested too deeply"), (b"\x31\x00", "SEQUENCE"),
                       (b"\x30\x85\x00\x00\x00\x00\x01", "invalid DER length")):
        with pytest.raises(cmsmod.CmsError, match=words):
            cmsmod.der_trim(bad)


# ----------------------------------------------------- Adobe's revocation-info attribute

def _revinfo_files(world, pkcs7) -> dict[str, bytes]:
    crls = [_der(world.ca.crl()), _der(world.root.crl())]
    attr = adobe_revinfo_attr(crls)
    revoked = sign(world.letter, world.revoked_early, pades=False)
    return {
        "good": resigned(pkcs7, world.leader, extra_attrs=[attr]),
        "revoked": resigned(revoked, world.revoked_early, extra_attrs=[attr]),
        "broken": resigned(pkcs7, world.leader, extra_attrs=[_broken_revinfo()]),
    }


def _broken_revinfo():
    from asn1crypto import cms

    from .realworld import ADOBE_REVINFO_OID, _der_len

    oid = cms.CMSAttributeType(ADOBE_REVINFO_OID).dump()
    value = b"\x30\x05\xa0\x03\x02\x01\x01"  # a CRL slot holding an INTEGER
    body = oid + b"\x31" + _der_len(len(value)) + value
    return cms.CMSAttribute.load(b"\x30" + _der_len(len(body)) + body)


def _expect_revinfo(results: dict[str, tuple[str, str | None, str, list[str]]]) -> None:
    verdict, sub, revocation, problems = results["good"]
    assert (verdict, revocation) == (P, "good"), problems
    # the attribute's CRL says the signer was revoked; nothing proves an earlier signing time
    verdict, sub, revocation, problems = results["revoked"]
    assert (verdict, sub) == (I, "REVOKED_NO_POE"), problems
    # an unreadable attribute is ignored (and said), it does not make the signature unreadable
    verdict, sub, revocation, problems = results["broken"]
    assert verdict == I and sub == "TRY_LATER", problems
    assert any("revocation-information attribute cannot be read" in p for p in problems)


def test_adobe_revocation_attribute_is_validation_data(world, pkcs7):
    # the context has no CRL and demands revocation data: only the attribute can supply it
    ctx = world.context(crls=(), require_revocation=True)
    results = {}
    for name, data in _revinfo_files(world, pkcs7).items():
        s = verify_pdf(data, ctx).signatures[0]
        results[name] = (s.indication, s.subindication, s.checks.revocation, list(s.problems))
    _expect_revinfo(results)


_SCRIPT = """
import datetime as dt, json, sys
from cryptography import x509
from docflow.verification import TrustContext, verify_pdf
root = x509.load_pem_x509_certificate(open(sys.argv[1], "rb").read())
ctx = TrustContext(trust_anchors=(root,), fetch_revocation=False, require_revocation=True)
out = {}
for name, path in json.loads(sys.argv[2]).items():
    s = verify_pdf(open(path, "rb").read(), ctx).signatures[0]
    out[name] = [s.indication, s.subindication, s.checks.revocation, list(s.problems)]
assert not any(m.startswith("pyhanko.") for m in sys.modules), "pyHanko was imported"
print(json.dumps(out))
"""


def test_adobe_revocation_attribute_without_pyhanko_loaded(world, pkcs7, tmp_path):
    """In the product nothing imports pyHanko, which is what registers the attribute's OID
    with asn1crypto; before the fix the attribute was then silently ignored (the revoked
    signer above came out TOTAL_PASSED with ``docflow verify``)."""
    paths = {}
    for name, data in _revinfo_files(world, pkcs7).items():
        paths[name] = str(tmp_path / f"{name}.pdf")
        Path(paths[name]).write_bytes(data)
    root = tmp_path / "root.pem"
    root.write_bytes(world.root.cert.public_bytes(serialization.Encoding.PEM))
    p = subprocess.run([sys.executable, "-c", _SCRIPT, str(root), json.dumps(paths)],
                       capture_output=True, text=True, cwd=REPO, timeout=120)
    assert p.returncode == 0, p.stderr
    _expect_revinfo({k: tuple(v) for k, v in json.loads(p.stdout).items()})


# ---------------------------------------------------------------- usage rights (/Perms /UR3)

def test_usage_rights_only_is_no_signature_found(world):
    # before: TOTAL_FAILED, and the JSON gave no reason (document problems were not in it)
    report = verify_pdf(usage_rights_only(world.letter, world.leader), world.context())
    assert report.verdict == Indication.NO_SIGNATURE_FOUND
    assert report.problems == (USAGE_RIGHTS_ONLY,)
    obj = report.to_json()
    assert obj["problems"] == [USAGE_RIGHTS_ONLY] and obj["signatures"] == []
    line = headline(obj)
    assert line.tone == "none" and "usage-rights" in (line.reason or "")


def test_usage_rights_does_not_hide_another_signature_dictionary(world):
    """Only the dictionaries /Perms names are excused: a stray signature dictionary that no
    field reaches still fails closed."""
    data = usage_rights_only(world.letter, world.leader)
    n = max(int(x) for x in __import__("re").findall(rb"/Size\s+(\d+)", data))
    stray = b"<< /Type /Sig /ByteRange [0 10 20 30] /Contents <00> >>"
    report = verify_pdf(append_update(data, {n: stray}), world.context())
    assert report.verdict == F and "no readable signature field" in report.problems[0]


def test_usage_rights_next_to_a_real_signature(world):
    data = sign(usage_rights_only(world.letter, world.leader), world.leader)
    report = verify_pdf(data, world.context())
    assert report.verdict == P and len(report.signatures) == 1


# -------------------------------------------------------------------------- adbe.pkcs7.sha1

def test_adbe_pkcs7_sha1_is_verified(world, pkcs7):
    # before: TOTAL_FAILED/HASH_FAILURE (the eContent digest was compared with the document)
    data = adbe_pkcs7_sha1(pkcs7, world.leader)
    sig = verify_pdf(data, world.context()).signatures[0]
    assert sig.checks.intact and sig.checks.crypto_valid, sig.problems
    # SHA-1 is weak under the default policy: honest, not a hash failure
    assert (sig.indication, sig.subindication) == (I, "CRYPTO_CONSTRAINTS_FAILURE")
    assert any("SHA1" in p for p in sig.problems)
    lenient = world.context(weak_hashes=frozenset({"md5"}))
    assert verify_pdf(data, lenient).verdict == P


def test_adbe_pkcs7_sha1_other_document_fails(world, pkcs7):
    data = set_subfilter(pkcs7, b"/adbe.pkcs7.sha1")
    # a signature that encapsulates the SHA-1 of other bytes
    wrong = put_cms(data, make_cms(world.leader, b"\x11" * 20, digest="sha1", encapsulate=True))
    sig = verify_pdf(wrong, world.context(weak_hashes=frozenset())).signatures[0]
    assert (sig.indication, sig.subindication) == (F, "HASH_FAILURE"), sig.problems
    # no encapsulated digest at all: malformed
    detached = put_cms(data, make_cms(world.leader, signed_bytes(data), digest="sha1"))
    sig = verify_pdf(detached, world.context(weak_hashes=frozenset())).signatures[0]
    assert (sig.indication, sig.subindication) == (F, "FORMAT_FAILURE"), sig.problems


# --------------------------------------------------------- algorithms docflow does not implement

@pytest.mark.parametrize("kind,digest,words", [("dsa", "sha256", "DSA"),
                                               ("ed448", "shake256", "SHAKE256")])
def test_unimplemented_algorithm_is_indeterminate(world, pkcs7, kind, digest, words):
    # before: DSA gave TOTAL_FAILED/SIG_CRYPTO_FAILURE, Ed448/SHAKE256 TOTAL_FAILED/FORMAT_FAILURE
    who = world.ca.issue(f"{kind} signer", key_kind=kind)
    data = resigned(pkcs7, who, digest=digest)
    report = verify_pdf(data, world.context())
    sig = report.signatures[0]
    assert (sig.indication, sig.subindication) == (I, "CRYPTO_CONSTRAINTS_FAILURE"), sig.problems
    assert any(words in p and cmsmod.NOT_IMPLEMENTED in p for p in sig.problems)
    assert sig.signer is not None and sig.signer.common_name == f"{kind} signer"
    assert not sig.checks.intact and not sig.checks.crypto_valid  # nothing claimed
    assert "implement" in (headline(report.to_json()).reason or "")


def test_unimplemented_algorithm_does_not_excuse_changes(world, pkcs7):
    from .cases import replace_content

    who = world.ca.issue("dsa signer 2", key_kind="dsa")
    data = replace_content(resigned(pkcs7, who))
    sig = verify_pdf(data, world.context()).signatures[0]
    assert (sig.indication, sig.subindication) == (F, "FORMAT_FAILURE"), sig.problems


# ------------------------------------------------------------- one unreadable trust anchor

def test_one_unreadable_trust_anchor_is_skipped(world, tmp_path):
    # before: `docflow verify` exited 64 ("not a certificate") and verified nothing
    store = tmp_path / "store"
    store.mkdir()
    (store / "root.pem").write_bytes(world.root.cert.public_bytes(serialization.Encoding.PEM))
    (store / "broken.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n"
                                       b"-----END CERTIFICATE-----\n")
    (store / "empty.der").write_bytes(b"")
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(world.signed())
    crl = tmp_path / "ca.crl"
    crl.write_bytes(_der(world.ca.crl()))
    r = CliRunner().invoke(verify_command, ["--trust", str(store), "--crl", str(crl), "--json",
                                            str(pdf)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["verdict"] == P
    assert "trust anchor skipped" in r.stderr and "broken.pem" in r.stderr
    assert "empty.der" in r.stderr
    # a named file that does not exist is still a usage error
    r = CliRunner().invoke(verify_command, ["--trust", str(tmp_path / "nope.pem"), str(pdf)])
    assert r.exit_code == 64


def test_load_trust_anchors_without_skipped_still_raises(world, tmp_path):
    from docflow.verification import TrustStoreError, load_trust_anchors

    bad = tmp_path / "bad.pem"
    bad.write_bytes(b"not a certificate")
    with pytest.raises(TrustStoreError, match="bad.pem"):
        load_trust_anchors([bad])
    skipped: list[str] = []
    good = tmp_path / "two.pem"
    good.write_bytes(world.root.cert.public_bytes(serialization.Encoding.PEM)
                     + b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert len(load_trust_anchors([good, bad], skipped=skipped)) == 1
    assert len(skipped) == 2 and "two.pem, block 2" in skipped[0]

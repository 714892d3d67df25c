"""docflow's own CMS builder (cms_der.py) against the asn1crypto one it replaced.

The reference is endesive 3.0.1's ``signer.sign`` (asn1crypto objects) plus the two fixes
docflow used to apply to its output (ECDSA algorithm identifier, signature time-stamp as an
unsigned attribute). The DER pieces docflow concatenates must give the same bytes, and the
signature must cover the same signed attributes.
"""

from __future__ import annotations

import hashlib

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import serialization

from docflow.signing import sign_pdf
from docflow.signing.cms_der import SignedDataTemplate, der_oid
from docflow.signing.endesive_compat import import_endesive
from tests.signing.oracles import assert_pdfsig_accepts, assert_pyhanko_accepts
from tests.support.pdfs import many_pages

DER = serialization.Encoding.DER


class _RecordingHsm:
    """endesive's HSM interface returning a fixed signature and recording what it signed."""

    def __init__(self, certificate, signature: bytes) -> None:
        self._certificate = certificate
        self._signature = signature
        self.signed: list[bytes] = []

    def certificate(self):
        return None, self._certificate

    def sign(self, keyid, data: bytes, mech: str) -> bytes:
        self.signed.append(data)
        return self._signature


def _reference(signer, digest: bytes, signature: bytes, token: bytes | None) -> tuple[bytes, bytes]:
    """(ContentInfo DER, signed bytes) the way endesive + docflow's old _finish_cms made it."""
    import_endesive()
    from endesive import signer as esigner

    hsm = _RecordingHsm(signer.certificate, signature)
    der = esigner.sign(None, None, signer.certificate, list(signer.chain), "sha256", True,
                       digest, hsm)
    info = cms.ContentInfo.load(der)
    signer_info = info["content"]["signer_infos"][0]
    if signer.key_algorithm == "ec":
        signer_info["signature_algorithm"] = {"algorithm": "sha256_ecdsa"}
    if token is not None:
        signer_info["unsigned_attrs"] = [cms.CMSAttribute({
            "type": "signature_time_stamp_token", "values": [cms.ContentInfo.load(token)],
        })]
    (signed,) = hsm.signed
    return info.dump(force=False), signed


def _template(signer) -> SignedDataTemplate:
    return SignedDataTemplate.for_certificates(
        signer.key_algorithm, signer.certificate.public_bytes(DER),
        [c.public_bytes(DER) for c in signer.chain])


@pytest.mark.parametrize("kind", ["rsa", "ec"])
@pytest.mark.parametrize("stamped", [False, True], ids=["B-B", "B-T"])
def test_same_bytes_as_the_asn1crypto_builder(kind, stamped, rsa_signer, ec_signer, timestamper):
    signer = rsa_signer if kind == "rsa" else ec_signer
    digest = hashlib.sha256(b"the byte range").digest()
    template = _template(signer)
    signature = signer.sign(template.signed_attributes(digest))
    token = timestamper.timestamp(hashlib.sha256(signature).digest()) if stamped else None
    expected, expected_signed = _reference(signer, digest, signature, token)

    asked: list[bytes] = []

    def stamp(imprint: bytes) -> bytes | None:
        asked.append(imprint)
        return token

    der, embedded = template.assemble(digest, signature, stamp if stamped else None)
    assert template.signed_attributes(digest) == expected_signed
    assert der == expected
    assert embedded == token
    assert asked == ([hashlib.sha256(signature).digest()] if stamped else [])


def test_signed_attributes_are_a_der_sorted_set(rsa_signer):
    template = _template(rsa_signer)
    attrs = cms.CMSAttributes.load(template.signed_attributes(b"\x01" * 32))
    assert [a["type"].native for a in attrs] == [
        "content_type", "message_digest", "signing_certificate_v2"]
    v2 = attrs[2]["values"][0]["certs"][0]
    assert v2["cert_hash"].native == hashlib.sha256(
        rsa_signer.certificate.public_bytes(DER)).digest()
    assert "signing_time" not in [a["type"].native for a in attrs]  # PAdES: /M, not the CMS


def test_refusals():
    with pytest.raises(ValueError, match="key algorithm"):
        SignedDataTemplate.for_certificates("dsa", b"", [])
    assert der_oid("1.2.840.113549.1.7.2").hex() == "06092a864886f70d010702"


def test_bad_time_stamp_token_is_refused(rsa_signer):
    template = _template(rsa_signer)
    with pytest.raises(ValueError, match="ContentInfo"):
        template.assemble(b"\x00" * 32, b"sig", lambda imprint: b"\x30\x03\x02\x01\x01junk")


def test_big_input_hashed_in_a_thread_validates(rsa_signer, root_cert, nssdir):
    """Over 1 MB the input is hashed in a worker thread; the byte range digest and the
    reported SHA-256 of the output must still be right."""
    pdf = many_pages(4, image_bytes_per_page=400_000)
    assert len(pdf) > 1 << 20
    signed = sign_pdf(pdf, rsa_signer)
    assert signed.sha256 == hashlib.sha256(signed.pdf).hexdigest()
    assert_pdfsig_accepts(signed.pdf, nssdir, 1)
    assert_pyhanko_accepts(signed.pdf, root_cert, 1)

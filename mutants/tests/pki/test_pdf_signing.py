"""End to end: a PDF signed through docflow's signing engine with a key on the SoftHSM2
token, then sealed with a software key, validates in pyHanko as intact, valid and trusted."""

from __future__ import annotations

import io

import pytest
from asn1crypto import x509 as a509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from docflow.pki import keystore
from docflow.pki.ca import AgencyIdentity, PersonIdentity
from docflow.pki.pkcs11 import TokenKeyRef, generate_key_on_token
from docflow.pki.signers import SoftwareKeyRef, open_signer
from docflow.signing import sign_pdf
from tests.pki.conftest import CHEAP_ARGON2, TOKEN_LABEL, TOKEN_PIN
from tests.support.pdfs import official_letter


def _validate(pdf: bytes, root) -> list:
    vc = ValidationContext(
        trust_roots=[a509.Certificate.load(root.public_bytes(serialization.Encoding.DER))])
    reader = PdfFileReader(io.BytesIO(pdf), strict=True)
    return [validate_pdf_signature(sig, vc) for sig in reader.embedded_signatures]


@pytest.mark.parametrize("algorithm", ["rsa-2048", "ec-p256"])
def test_pdf_signed_on_the_token_then_sealed_in_software_validates(softhsm, dev_ca, leaf_keys,
                                                                   algorithm):
    ref = TokenKeyRef(softhsm, TOKEN_LABEL, key_label=f"pdf-leader-{algorithm}")
    leader_cert = dev_ca.issue_personal(
        generate_key_on_token(ref, TOKEN_PIN, algorithm),
        PersonIdentity("Nguyễn Văn Nghĩa", "Phó Giám đốc", "Sở Nông nghiệp và Môi trường"))
    seal_key = leaf_keys["rsa-3072"]
    seal_cert = dev_ca.issue_seal(seal_key.public_key(),
                                  AgencyIdentity("Sở Nông nghiệp và Môi trường"))
    seal_blob = keystore.encrypt_private_key(seal_key, "seal-pin-7391", kdf=CHEAP_ARGON2)

    signed = sign_pdf(official_letter(), open_signer(ref, TOKEN_PIN, leader_cert, dev_ca.chain),
                      reason="Ký duyệt", allow_without_timestamp=True)
    sealed = sign_pdf(signed.pdf,
                      open_signer(SoftwareKeyRef(seal_blob), "seal-pin-7391", seal_cert,
                                  dev_ca.chain),
                      reason="Đóng dấu", allow_without_timestamp=True)

    statuses = _validate(sealed.pdf, dev_ca.root.certificate)
    assert len(statuses) == 2
    for status in statuses:
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert statuses[0].signing_cert.subject.native["common_name"] == "Nguyễn Văn Nghĩa"
    assert statuses[1].signing_cert.subject.native["common_name"] == (
        "Sở Nông nghiệp và Môi trường")
    assert statuses[1].coverage.name == "ENTIRE_FILE"

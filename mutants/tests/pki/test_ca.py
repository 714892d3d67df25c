"""The development CA: certificates that openssl verifies, with the required extensions, and
CA keys that exist on disk only encrypted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from docflow.pki import truststore
from docflow.pki.ca import (
    EKU_ADOBE_AUTHENTIC_DOCUMENTS,
    EKU_DOCUMENT_SIGNING,
    AgencyIdentity,
    DevCA,
    PersonIdentity,
)
from docflow.pki.errors import CaError
from tests.pki.conftest import ALGORITHMS, BASE_URL, CHEAP_ARGON2, openssl, write_pem

PERSON = PersonIdentity(full_name="Nguyễn Văn An", title="Giám đốc",
                        agency="Sở Nông nghiệp và Môi trường", unit="Ban Giám đốc",
                        province="Đồng Nai", email="an.nv@snnmt.example.vn")
AGENCY = AgencyIdentity(name="Sở Nông nghiệp và Môi trường",
                        parent="Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai")


def _files(tmp_path: Path, ca: DevCA, leaf: x509.Certificate) -> list[str]:
    root = write_pem(tmp_path / "root.pem", ca.root.certificate)
    issuing = write_pem(tmp_path / "issuing.pem", ca.issuing.certificate)
    leaf_file = write_pem(tmp_path / "leaf.pem", leaf)
    return ["-CAfile", str(root), "-untrusted", str(issuing), str(leaf_file)]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("kind", ["personal", "seal"])
def test_openssl_verifies_issued_certificates(dev_ca, leaf_keys, tmp_path, algorithm, kind):
    key = leaf_keys[algorithm]
    if kind == "personal":
        cert = dev_ca.issue_personal(key.public_key(), PERSON)
    else:
        cert = dev_ca.issue_seal(key.public_key(), AGENCY)
    result = openssl("verify", *_files(tmp_path, dev_ca, cert))
    assert result.stdout.strip().endswith(": OK")
    # and with the purpose openssl uses for S/MIME-style document signatures
    result = openssl("verify", "-purpose", "any", *_files(tmp_path, dev_ca, cert))
    assert ": OK" in result.stdout


def test_ec_dev_ca_issues_verifiable_rsa_and_ec_leaves(dev_ca_ec, leaf_keys, tmp_path):
    for algorithm in ("rsa-2048", "ec-p256"):
        cert = dev_ca_ec.issue_personal(leaf_keys[algorithm].public_key(), PERSON)
        assert openssl("verify", *_files(tmp_path, dev_ca_ec, cert)).returncode == 0


def test_personal_certificate_extensions_and_subject(dev_ca, leaf_keys, tmp_path):
    cert = dev_ca.issue_personal(leaf_keys["ec-p256"].public_key(), PERSON)
    subject = cert.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Nguyễn Văn An"
    assert subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "Giám đốc"
    assert (subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
            == "Sở Nông nghiệp và Môi trường")
    ext = cert.extensions
    bc = ext.get_extension_for_class(x509.BasicConstraints)
    assert bc.critical and not bc.value.ca
    ku = ext.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and ku.value.content_commitment
    assert not ku.value.key_cert_sign and not ku.value.key_encipherment
    eku = ext.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert EKU_DOCUMENT_SIGNING in eku and EKU_ADOBE_AUTHENTIC_DOCUMENTS in eku
    dp = ext.get_extension_for_class(x509.CRLDistributionPoints).value
    assert dp[0].full_name[0].value == f"{BASE_URL}/pki/crl/issuing.crl"
    aia = ext.get_extension_for_class(x509.AuthorityInformationAccess).value
    ocsp = [a.access_location.value for a in aia
            if a.access_method == AuthorityInformationAccessOID.OCSP]
    assert ocsp == [f"{BASE_URL}/pki/ocsp"]
    san = ext.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["an.nv@snnmt.example.vn"]
    # openssl reads the same extensions
    text = openssl("x509", "-noout", "-text", "-in",
                   str(write_pem(tmp_path / "l.pem", cert))).stdout
    assert "Digital Signature, Non Repudiation" in text
    assert "1.3.6.1.5.5.7.3.36" in text or "Document Signing" in text
    assert f"URI:{BASE_URL}/pki/crl/issuing.crl" in text
    assert f"OCSP - URI:{BASE_URL}/pki/ocsp" in text


def test_seal_certificate_names_the_agency(dev_ca, leaf_keys):
    cert = dev_ca.issue_seal(leaf_keys["rsa-2048"].public_key(), AGENCY)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == AGENCY.name
    orgs = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)]
    assert orgs == [AGENCY.parent, AGENCY.name]
    assert not cert.subject.get_attributes_for_oid(NameOID.TITLE)


def test_issuing_ca_points_to_root_crl_and_constraints(dev_ca):
    issuing = dev_ca.issuing.certificate
    bc = issuing.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert bc.ca and bc.path_length == 0
    dp = issuing.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    assert dp[0].full_name[0].value == f"{BASE_URL}/pki/crl/root.crl"
    issuing.verify_directly_issued_by(dev_ca.root.certificate)


def test_leaf_never_outlives_the_issuing_ca(dev_ca, leaf_keys):
    cert = dev_ca.issue_personal(leaf_keys["ec-p256"].public_key(), PERSON,
                                 valid_days=365 * 50)
    assert cert.not_valid_after_utc <= dev_ca.issuing.certificate.not_valid_after_utc


def test_weak_keys_are_refused(dev_ca):
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505
    with pytest.raises(CaError, match="2048"):
        dev_ca.issue_personal(small.public_key(), PERSON)
    k1 = ec.generate_private_key(ec.SECP256K1())
    with pytest.raises(CaError):
        dev_ca.issue_seal(k1.public_key(), AGENCY)


def test_load_or_create_persists_encrypted_keys_and_trusts_the_root(tmp_path):
    ca_dir = tmp_path / "instance" / "pki" / "devca"
    trust_dir = tmp_path / "instance" / "trust"
    ca = DevCA.load_or_create(ca_dir, "app secret passphrase", BASE_URL,
                              key_algorithm="ec-p256", trust_dir=trust_dir, kdf=CHEAP_ARGON2)
    assert sorted(p.name for p in ca_dir.iterdir()) == [
        "issuing.key.enc", "issuing.pem", "root.key.enc", "root.pem"]
    for slug, auth in (("root", ca.root), ("issuing", ca.issuing)):
        stored = (ca_dir / f"{slug}.key.enc").read_bytes()
        pkcs8 = auth.key.private_bytes(serialization.Encoding.DER,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
        assert pkcs8 not in stored and b"PRIVATE KEY" not in stored
        secret = auth.key.private_numbers().private_value.to_bytes(32, "big")
        assert secret not in stored
        assert b"app secret passphrase" not in stored
        assert (ca_dir / f"{slug}.key.enc").stat().st_mode & 0o077 == 0
    # the second start loads the same CA
    again = DevCA.load_or_create(ca_dir, "app secret passphrase", BASE_URL, kdf=CHEAP_ARGON2)
    assert again.root.certificate == ca.root.certificate
    assert again.issuing.certificate == ca.issuing.certificate
    # the root, and only the root, is in the instance trust directory
    anchors = truststore.load_anchors(trust_dir)
    assert anchors == [ca.root.certificate]
    with pytest.raises(CaError, match="passphrase"):
        DevCA.load(ca_dir, "wrong passphrase", BASE_URL)
    with pytest.raises(CaError, match="passphrase is required"):
        DevCA.load_or_create(tmp_path / "other", "", BASE_URL)


def test_not_before_is_backdated_a_little(dev_ca, leaf_keys):
    before = dt.datetime.now(dt.UTC)
    cert = dev_ca.issue_personal(leaf_keys["ec-p256"].public_key(), PERSON)
    assert cert.not_valid_before_utc < before

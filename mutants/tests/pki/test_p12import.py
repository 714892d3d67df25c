"""PKCS#12 import: a good external chain is accepted; each unfit file is refused with its own
reason code and a message that says what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from docflow.pki import keystore
from docflow.pki.errors import ImportRefused
from docflow.pki.p12import import REASONS, import_pkcs12
from tests.pki.conftest import CHEAP_ARGON2
from tests.support.pki import EKU_DOCUMENT_SIGNING, NOW, TestCA

PASSWORD = b"p12-Password!"


@pytest.fixture(scope="module")
def external():
    """An external national CA: root → issuing CA, plus an unrelated root."""
    root = TestCA("Vietnam Government Test Root CA")
    issuing = TestCA("Government Test Issuing CA", parent=root)
    stranger = TestCA("Unknown Root CA")
    return root, issuing, stranger


def _refusal(data: bytes, password, anchors, **kw) -> ImportRefused:
    with pytest.raises(ImportRefused) as err:
        import_pkcs12(data, password, anchors, **kw)
    return err.value


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_good_external_chain_is_accepted(external, kind):
    root, issuing, _ = external
    leaf = issuing.issue("Phạm Thị Dung", title="Trưởng phòng", key_kind=kind,
                         eku=[EKU_DOCUMENT_SIGNING])
    identity = import_pkcs12(leaf.pkcs12(PASSWORD), PASSWORD.decode(), [root.cert])
    assert identity.certificate == leaf.cert
    assert identity.chain == (issuing.cert, root.cert)
    assert identity.anchor == root.cert
    assert identity.key_algorithm == ("rsa-2048" if kind == "rsa" else "ec-p256")
    assert "private_key" not in repr(identity) and "PRIVATE" not in repr(identity)
    # the imported key goes straight into an encrypted blob
    blob = identity.encrypt("482915", kdf=CHEAP_ARGON2)
    assert keystore.unlock(blob, "482915").public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) == leaf.cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_leaf_without_eku_and_intermediate_as_anchor_are_accepted(external):
    root, issuing, _ = external
    leaf = issuing.issue("Hoàng Văn Em")
    identity = import_pkcs12(leaf.pkcs12(PASSWORD), PASSWORD, [issuing.cert])
    assert identity.chain == (issuing.cert,)


def test_untrusted_chain_is_refused(external):
    root, issuing, stranger = external
    leaf = issuing.issue("Vũ Thị Giang")
    err = _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [stranger.cert])
    assert err.code == "untrusted"
    assert "Government Test Issuing CA" in err.message
    # a file missing its intermediate cannot be chained either
    bare = pkcs12.serialize_key_and_certificates(
        b"x", leaf.key, leaf.cert, None, serialization.BestAvailableEncryption(PASSWORD))
    assert _refusal(bare, PASSWORD, [root.cert]).code == "untrusted"


def test_self_signed_leaf_is_untrusted(external):
    root, issuing, _ = external
    leaf = issuing.issue("Self Signer", self_signed=True)
    assert _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert]).code == "untrusted"


def test_expired_certificate_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Đỗ Văn Hải", not_before=NOW - dt.timedelta(days=800),
                         not_after=NOW - dt.timedelta(days=1))
    err = _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert])
    assert err.code == "expired"
    assert "expired on" in err.message


def test_not_yet_valid_certificate_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Future", not_before=NOW + dt.timedelta(days=2))
    assert _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert]).code == "not_yet_valid"


def test_expired_intermediate_is_refused(external):
    root, _, _ = external
    old = TestCA("Old Issuing CA", parent=root, not_before=NOW - dt.timedelta(days=900),
                 not_after=NOW - dt.timedelta(days=10))
    leaf = old.issue("Ông Già", not_before=NOW - dt.timedelta(days=30))
    err = _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert])
    assert err.code == "chain_invalid"
    assert "Old Issuing CA" in err.message and "expired" in err.message


def test_certificate_without_signing_key_usage_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Encryption Only", key_usage="encipherment")
    err = _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert])
    assert err.code == "no_signing_key_usage"
    assert REASONS["no_signing_key_usage"] in err.message


def test_tls_only_extended_key_usage_is_refused(external):
    from cryptography.x509.oid import ExtendedKeyUsageOID

    root, issuing, _ = external
    leaf = issuing.issue("Web Server", eku=[ExtendedKeyUsageOID.SERVER_AUTH])
    assert _refusal(leaf.pkcs12(PASSWORD), PASSWORD,
                    [root.cert]).code == "wrong_extended_key_usage"


def test_wrong_password_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Lý Thị Kim")
    data = leaf.pkcs12(PASSWORD)
    for wrong in (b"wrong", "", None):
        err = _refusal(data, wrong, [root.cert])
        assert err.code == "wrong_password"
        assert "password" in err.message


def test_garbage_is_not_pkcs12(external):
    root, _, _ = external
    assert _refusal(b"%PDF-1.7 not a p12", PASSWORD, [root.cert]).code == "not_pkcs12"


def test_ca_certificate_and_missing_key_are_refused(external):
    root, issuing, _ = external
    ca_p12 = pkcs12.serialize_key_and_certificates(
        b"ca", issuing.key, issuing.cert, [root.cert],
        serialization.BestAvailableEncryption(PASSWORD))
    assert _refusal(ca_p12, PASSWORD, [root.cert]).code == "is_ca_certificate"
    leaf = issuing.issue("No Key")
    cert_only = pkcs12.serialize_key_and_certificates(
        b"c", None, leaf.cert, [issuing.cert], serialization.BestAvailableEncryption(PASSWORD))
    assert _refusal(cert_only, PASSWORD, [root.cert]).code == "no_private_key"


def test_key_without_its_certificate_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Mismatch")
    other = issuing.issue("Other")
    # the key of one certificate, packed with someone else's certificate
    data = pkcs12.serialize_key_and_certificates(
        b"m", other.key, None, [leaf.cert, issuing.cert],
        serialization.BestAvailableEncryption(PASSWORD))
    assert _refusal(data, PASSWORD, [root.cert]).code == "no_certificate"


def test_sha1_signed_certificate_is_refused(external):
    root, issuing, _ = external
    leaf = issuing.issue("Old Algorithm", hash_algorithm=hashes.SHA1())  # noqa: S303
    assert _refusal(leaf.pkcs12(PASSWORD), PASSWORD, [root.cert]).code == "weak_algorithm"


def test_every_reason_has_a_message():
    assert all(REASONS.values())
    err = ImportRefused("expired", "x")
    assert err.reason == "expired"

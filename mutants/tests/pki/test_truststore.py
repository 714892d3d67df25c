"""Trust anchors in a directory: add (CA certificates only), list, load, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from docflow.pki import truststore
from docflow.pki.errors import TrustStoreError
from tests.support.pki import TestCA

REPO_CERTS = Path(__file__).resolve().parents[2] / "certs"


@pytest.fixture(scope="module")
def roots():
    return TestCA("Ban Cơ yếu Chính phủ Test Root"), TestCA("National Test Root CA")


def test_add_list_load_remove(tmp_path, roots):
    a, b = roots
    added = truststore.add_anchor(tmp_path, a.cert)
    assert added.path.name == f"{added.sha256}.pem"
    # PEM bytes and DER bytes are accepted; the same certificate twice is one anchor
    truststore.add_anchor(tmp_path, b.cert.public_bytes(serialization.Encoding.DER))
    truststore.add_anchor(tmp_path, a.cert.public_bytes(serialization.Encoding.PEM))
    anchors = truststore.list_anchors(tmp_path)
    assert [x.subject for x in anchors] == sorted(x.subject for x in anchors)
    assert {x.certificate for x in anchors} == {a.cert, b.cert}
    assert set(truststore.load_anchors(tmp_path, tmp_path)) == {a.cert, b.cert}
    removed = truststore.remove_anchor(tmp_path, added.sha256.upper())
    assert removed.certificate == a.cert
    assert truststore.load_anchors(tmp_path) == [b.cert]
    with pytest.raises(TrustStoreError, match="no trust anchor"):
        truststore.remove_anchor(tmp_path, added.sha256)


def test_only_ca_certificates_can_be_anchors(tmp_path, roots):
    leaf = roots[0].issue("Not A CA")
    with pytest.raises(TrustStoreError, match="not a CA"):
        truststore.add_anchor(tmp_path, leaf.cert)
    with pytest.raises(TrustStoreError, match="not an X.509"):
        truststore.add_anchor(tmp_path, b"hello")
    assert truststore.list_anchors(tmp_path) == []


def test_hand_dropped_bundle_and_readme_are_read_sensibly(tmp_path, roots):
    a, b = roots
    (tmp_path / "README.md").write_text("how to add roots")
    bundle = b"".join(c.cert.public_bytes(serialization.Encoding.PEM) for c in roots)
    (tmp_path / "national.crt").write_bytes(bundle)
    assert set(truststore.load_anchors(tmp_path)) == {a.cert, b.cert}
    # removing one certificate of a bundle keeps the other
    truststore.remove_anchor(tmp_path, truststore.fingerprint(a.cert))
    assert truststore.load_anchors(tmp_path) == [b.cert]
    (tmp_path / "broken.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nxx\n")
    with pytest.raises(TrustStoreError, match="broken.pem"):
        truststore.list_anchors(tmp_path)


def test_repository_store_is_readable_and_documented():
    assert (REPO_CERTS / "README.md").is_file()
    for anchor in truststore.list_anchors(REPO_CERTS):
        truststore.check_ca_certificate(anchor.certificate)
    assert truststore.list_anchors(REPO_CERTS / "missing") == []

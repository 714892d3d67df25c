"""The PKCS#11 backend against a real SoftHSM2 token: keys generated on (or imported into)
the token sign values that verify with the certificate's public key, exactly as software
keys do; the signing code cannot tell the two apart."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from docflow.pki import keystore
from docflow.pki.ca import PersonIdentity
from docflow.pki.errors import Pkcs11Error, WrongPin
from docflow.pki.pkcs11 import (
    Pkcs11Signer,
    TokenKeyRef,
    generate_key_on_token,
    import_key_to_token,
    token_public_key,
)
from docflow.signing.signer import Signer, SignerError
from tests.pki.conftest import ALGORITHMS, CHEAP_ARGON2, TOKEN_LABEL, TOKEN_PIN

LEADER = PersonIdentity("Nguyễn Thị Hoa", "Chủ tịch", "Ủy ban nhân dân huyện Long Thành")
DATA = b"\x31\x2a DER of the CMS signed attributes"


def _verify(cert, signature: bytes, data: bytes, algo=None) -> None:
    algo = algo or hashes.SHA256()
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), algo)
    else:
        key.verify(signature, data, ec.ECDSA(algo))


def _spki(key) -> bytes:
    return key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


@pytest.fixture(scope="module")
def token_identities(softhsm, dev_ca):
    """One certified key per algorithm, generated on the token."""
    out = {}
    for i, algorithm in enumerate(ALGORITHMS):
        ref = TokenKeyRef(softhsm, TOKEN_LABEL, key_label=f"leader-{algorithm}",
                          key_id=bytes([0x10 + i]))
        public = generate_key_on_token(ref, TOKEN_PIN, algorithm)
        cert = dev_ca.issue_personal(public, LEADER)
        out[algorithm] = (ref, cert)
    return out


def _sign_through_abstraction(signer: Signer, hash_name: str = "sha256") -> bytes:
    """What the signing engine does: it only knows the Signer interface."""
    return signer.sign(DATA, hash_name)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_token_and_software_signatures_both_verify(token_identities, dev_ca, leaf_keys,
                                                   algorithm):
    ref, cert = token_identities[algorithm]
    hsm = Pkcs11Signer(ref.module_path, ref.token_label, ref.key_label, TOKEN_PIN, cert,
                       dev_ca.chain)
    assert hsm.key_algorithm == ("rsa" if algorithm.startswith("rsa") else "ec")
    for hash_name, algo in (("sha256", hashes.SHA256()), ("sha512", hashes.SHA512())):
        _verify(cert, _sign_through_abstraction(hsm, hash_name), DATA, algo)
    # the same through a software key held in an encrypted blob
    key = leaf_keys[algorithm]
    soft_cert = dev_ca.issue_personal(key.public_key(), LEADER)
    blob = keystore.encrypt_private_key(key, "482915", kdf=CHEAP_ARGON2)
    soft = keystore.software_signer(blob, "482915", soft_cert, dev_ca.chain)
    _verify(soft_cert, _sign_through_abstraction(soft), DATA)
    # the token's public key is the certified one
    assert _spki(token_public_key(ref, TOKEN_PIN)) == _spki(cert.public_key())
    assert TOKEN_PIN not in repr(hsm)


def test_key_selected_by_id_and_from_a_stored_ref(token_identities, dev_ca):
    ref, cert = token_identities["ec-p256"]
    by_id = Pkcs11Signer(ref.module_path, ref.token_label, ref.key_id, TOKEN_PIN, cert)
    _verify(cert, by_id.sign(DATA), DATA)
    from_ref = Pkcs11Signer.from_ref(ref, TOKEN_PIN, cert, dev_ca.chain)
    _verify(cert, from_ref.sign(DATA), DATA)
    assert from_ref.chain == dev_ca.chain


@pytest.mark.parametrize("algorithm", ["rsa-2048", "ec-p256"])
def test_imported_software_key_signs_on_the_token(softhsm, dev_ca, algorithm):
    key = keystore.generate_private_key(algorithm)
    ref = TokenKeyRef(softhsm, TOKEN_LABEL, key_label=f"imported-{algorithm}")
    import_key_to_token(ref, TOKEN_PIN, key)
    cert = dev_ca.issue_personal(key.public_key(), LEADER)
    signer = Pkcs11Signer.from_ref(ref, TOKEN_PIN, cert)
    _verify(cert, signer.sign(DATA), DATA)
    assert _spki(token_public_key(ref, TOKEN_PIN)) == _spki(key.public_key())


def test_wrong_pin_missing_key_and_token_are_clear_errors(token_identities, softhsm):
    ref, cert = token_identities["ec-p256"]
    with pytest.raises(WrongPin):
        Pkcs11Signer(softhsm, TOKEN_LABEL, ref.key_label, "000000", cert).sign(DATA)
    with pytest.raises(Pkcs11Error, match="no such key"):
        Pkcs11Signer(softhsm, TOKEN_LABEL, "nobody", TOKEN_PIN, cert).sign(DATA)
    with pytest.raises(Pkcs11Error, match="no PKCS#11 token"):
        Pkcs11Signer(softhsm, "no-such-token", "x", TOKEN_PIN, cert).sign(DATA)
    with pytest.raises(SignerError):  # the signing engine catches one type for every backend
        Pkcs11Signer(softhsm, TOKEN_LABEL, ref.key_label, TOKEN_PIN, cert).sign(DATA, "md5")
    with pytest.raises(Pkcs11Error):
        Pkcs11Signer("/nonexistent/libpkcs11.so", TOKEN_LABEL, "x", TOKEN_PIN, cert).sign(DATA)


def test_private_keys_on_the_token_are_not_extractable(token_identities, softhsm):
    import pkcs11

    ref, _ = token_identities["rsa-2048"]
    token = pkcs11.lib(softhsm).get_token(token_label=TOKEN_LABEL)
    with token.open(user_pin=TOKEN_PIN) as session:
        key = session.get_key(object_class=pkcs11.ObjectClass.PRIVATE_KEY,
                              label=ref.key_label)
        assert key[pkcs11.Attribute.SENSITIVE] is True
        assert key[pkcs11.Attribute.EXTRACTABLE] is False


def test_open_signer_picks_the_backend_per_certificate(token_identities, dev_ca, leaf_keys):
    from docflow.pki.signers import SoftwareKeyRef, open_signer

    ref, token_cert = token_identities["rsa-3072"]
    key = leaf_keys["rsa-3072"]
    soft_cert = dev_ca.issue_personal(key.public_key(), LEADER)
    blob = keystore.encrypt_private_key(key, "482915", kdf=CHEAP_ARGON2)
    for location, pin, cert in ((ref, TOKEN_PIN, token_cert),
                                (SoftwareKeyRef(blob), "482915", soft_cert)):
        signer = open_signer(location, pin, cert, dev_ca.chain)
        _verify(cert, _sign_through_abstraction(signer), DATA)
    assert "blob" not in repr(SoftwareKeyRef(blob)).replace("SoftwareKeyRef", "")

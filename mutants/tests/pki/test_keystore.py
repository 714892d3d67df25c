"""Software keys at rest: useless without the PIN, re-wrappable, and neither the key nor the
PIN ever appears in the stored blob."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from docflow.pki import keystore
from docflow.pki.ca import PersonIdentity
from docflow.pki.errors import KeyBlobError, KeyLocked, PkiError, WeakPin, WrongPin
from tests.pki.conftest import ALGORITHMS, CHEAP_ARGON2, CHEAP_SCRYPT

PIN = "482915"
NEW_PIN = "Mật-khẩu 2025"


def _pkcs8(key) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _secret_parts(key) -> list[bytes]:
    """The raw private numbers, big-endian, as they would appear if leaked."""
    if isinstance(key, rsa.RSAPrivateKey):
        n = key.private_numbers()
        values = [n.d, n.p, n.q, n.dmp1, n.dmq1, n.iqmp]
    else:
        values = [key.private_numbers().private_value]
    return [v.to_bytes((v.bit_length() + 7) // 8, "big") for v in values]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("kdf", [CHEAP_ARGON2, CHEAP_SCRYPT], ids=["argon2id", "scrypt"])
def test_blob_unlocks_only_with_its_pin_and_leaks_nothing(leaf_keys, algorithm, kdf):
    key = leaf_keys[algorithm]
    blob = keystore.encrypt_private_key(key, PIN, kdf=kdf)
    assert _pkcs8(key) not in blob
    for part in _secret_parts(key):
        assert part not in blob
    assert PIN.encode() not in blob
    assert b"PRIVATE KEY" not in blob
    assert _pkcs8(keystore.unlock(blob, PIN)) == _pkcs8(key)
    for wrong in ("482916", "", "482915 ", "0" * 64):
        with pytest.raises(WrongPin):
            keystore.unlock(blob, wrong)
    assert keystore.blob_info(blob).kdf == kdf


def test_rewrap_works_with_the_new_pin_only(leaf_keys):
    key = leaf_keys["ec-p256"]
    blob = keystore.encrypt_private_key(key, PIN, kdf=CHEAP_ARGON2)
    with pytest.raises(WrongPin):
        keystore.rewrap(blob, "000000", NEW_PIN)
    new = keystore.rewrap(blob, PIN, NEW_PIN)
    assert new != blob
    assert NEW_PIN.encode() not in new and PIN.encode() not in new
    with pytest.raises(WrongPin):
        keystore.unlock(new, PIN)
    assert _pkcs8(keystore.unlock(new, NEW_PIN)) == _pkcs8(key)
    # Unicode PINs are normalised: the same PIN typed as decomposed characters opens it
    import unicodedata

    assert keystore.unlock(new, unicodedata.normalize("NFD", NEW_PIN)) is not None
    # rewrap keeps the blob's KDF unless asked to upgrade
    assert keystore.blob_info(new).kdf == CHEAP_ARGON2
    upgraded = keystore.rewrap(new, NEW_PIN, NEW_PIN, kdf=CHEAP_SCRYPT)
    assert keystore.blob_info(upgraded).kdf == CHEAP_SCRYPT


def test_defaults_are_memory_hard():
    assert keystore.ARGON2ID_DEFAULT.name == "argon2id"
    assert keystore.ARGON2ID_DEFAULT.b >= 19 * 1024  # KiB: at least OWASP's minimum
    assert keystore.SCRYPT_DEFAULT.a >= 15


def test_tampered_or_foreign_blobs_are_refused(leaf_keys):
    blob = keystore.encrypt_private_key(leaf_keys["ec-p256"], PIN, kdf=CHEAP_ARGON2)
    flipped = bytearray(blob)
    flipped[-5] ^= 1
    with pytest.raises(WrongPin):
        keystore.unlock(bytes(flipped), PIN)
    # the KDF parameters are authenticated: lowering them breaks the blob
    weaker = bytearray(blob)
    weaker[7:11] = (2).to_bytes(4, "big")  # time cost 1 → 2 (any change)
    with pytest.raises(WrongPin):
        keystore.unlock(bytes(weaker), PIN)
    for junk in (b"", b"DFKEY", b"-----BEGIN PRIVATE KEY-----", blob[:30]):
        with pytest.raises(KeyBlobError):
            keystore.unlock(junk, PIN)
    with pytest.raises(KeyBlobError):
        keystore.unlock(b"DFKEY\x09" + blob[6:], PIN)


def test_guarded_unlock_counts_down_and_locks(leaf_keys):
    blob = keystore.encrypt_private_key(leaf_keys["ec-p256"], PIN, kdf=CHEAP_ARGON2)
    policy = keystore.PinPolicy(max_failures=3)
    remaining = []
    for failures in range(3):
        with pytest.raises(WrongPin) as err:
            keystore.unlock_guarded(blob, "999999", failures=failures, policy=policy)
        remaining.append(err.value.remaining_attempts)
    assert remaining == [2, 1, 0]
    with pytest.raises(KeyLocked):  # locked: even the right PIN is not tried
        keystore.unlock_guarded(blob, PIN, failures=3, policy=policy)
    assert keystore.unlock_guarded(blob, PIN, failures=2, policy=policy) is not None
    assert issubclass(KeyLocked, PkiError) and issubclass(WrongPin, PkiError)


@pytest.mark.parametrize("pin", ["12345", "111111", "123456", "987654", "a" * 65])
def test_weak_new_pins_are_refused(pin):
    with pytest.raises(WeakPin):
        keystore.check_new_pin(pin)


def test_good_new_pin_is_accepted():
    keystore.check_new_pin(PIN)
    keystore.check_new_pin(NEW_PIN)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_software_signer_from_blob_signs_verifiably(dev_ca, leaf_keys, algorithm):
    key = leaf_keys[algorithm]
    cert = dev_ca.issue_personal(key.public_key(),
                                 PersonIdentity("Lê Văn Cường", "Chánh Văn phòng", "UBND"))
    blob = keystore.encrypt_private_key(key, PIN, kdf=CHEAP_ARGON2)
    signer = keystore.software_signer(blob, PIN, cert, dev_ca.chain)
    data = b"signed attributes DER"
    for hash_name, algo in (("sha256", hashes.SHA256()), ("sha384", hashes.SHA384())):
        sig = signer.sign(data, hash_name)
        if algorithm.startswith("rsa"):
            cert.public_key().verify(sig, data, padding.PKCS1v15(), algo)
        else:
            cert.public_key().verify(sig, data, ec.ECDSA(algo))
    assert PIN not in repr(signer)
    with pytest.raises(WrongPin):
        keystore.software_signer(blob, "000000", cert)
    other = dev_ca.issue_personal(leaf_keys["ec-p256" if algorithm != "ec-p256"
                                            else "rsa-2048"].public_key(),
                                  PersonIdentity("X", "Y", "Z"))
    with pytest.raises(KeyBlobError, match="does not belong"):
        keystore.software_signer(blob, PIN, other)

"""Software keys at rest: encrypted under a key derived from the holder's PIN.

A private key is never written in clear. ``encrypt_private_key`` wraps its PKCS#8 DER with
AES-256-GCM under a key derived from the PIN by a memory-hard KDF (Argon2id by default,
scrypt also readable), and returns one self-describing blob::

    b"DFKEY" | version (1) | kdf id (1) | kdf params (3 x uint32) | salt len (1) | salt
             | nonce (12) | AES-GCM ciphertext + tag

Everything before the ciphertext is authenticated as associated data, so the KDF parameters
travel with the blob (old blobs stay readable when defaults grow) but cannot be weakened by
someone who can write the database column. ``unlock`` returns the key object for one
signing operation; ``rewrap`` changes the PIN without the key ever leaving memory.

The wrong-PIN counter lives in the database; this module gives the pure rule
(``unlock_guarded`` with a ``PinPolicy``). PINs are never stored, logged or put in reprs.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from docflow.pki.errors import KeyBlobError, KeyLocked, WeakPin, WrongPin
from docflow.signer import SoftwareSigner

__all__ = [
    "PrivateKey",
    "KdfParams",
    "ARGON2ID_DEFAULT",
    "SCRYPT_DEFAULT",
    "KeyBlobInfo",
    "PinPolicy",
    "KEY_ALGORITHMS",
    "generate_private_key",
    "encrypt_private_key",
    "unlock",
    "unlock_guarded",
    "rewrap",
    "blob_info",
    "check_new_pin",
    "software_signer",
    "public_key_der",
    "same_public_key",
]

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

MAGIC = b"DFKEY"
VERSION = 1
_KDF_IDS = {"argon2id": 1, "scrypt": 2}
_KDF_NAMES = {v: k for k, v in _KDF_IDS.items()}
_HEADER = struct.Struct(">5sBBIIIB")  # magic, version, kdf id, 3 params, salt length
_NONCE_LEN = 12
_SALT_LEN = 16
_KEY_LEN = 32

KEY_ALGORITHMS = ("rsa-2048", "rsa-3072", "ec-p256")


@dataclass(frozen=True)
class KdfParams:
    """How the wrapping key is derived from the PIN. Stored in every blob.

    argon2id: ``a`` = time cost (passes), ``b`` = memory in KiB, ``c`` = parallelism.
    scrypt:   ``a`` = log2(N), ``b`` = r, ``c`` = p.
    """

    name: Literal["argon2id", "scrypt"]
    a: int
    b: int
    c: int

    def __post_init__(self) -> None:
        if self.name not in _KDF_IDS:
            raise ValueError(f"unknown KDF {self.name!r}")
        for value in (self.a, self.b, self.c):
            if not 0 < value < 2**32:
                raise ValueError("KDF parameters must be positive 32-bit integers")

    @classmethod
    def argon2id(cls, time_cost: int = 3, memory_kib: int = 64 * 1024,
                 parallelism: int = 4) -> KdfParams:
        return cls("argon2id", time_cost, memory_kib, parallelism)

    @classmethod
    def scrypt(cls, log2_n: int = 15, r: int = 8, p: int = 1) -> KdfParams:
        return cls("scrypt", log2_n, r, p)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        if self.name == "argon2id":
            return hash_secret_raw(secret, salt, time_cost=self.a, memory_cost=self.b,
                                   parallelism=self.c, hash_len=_KEY_LEN, type=Type.ID)
        return Scrypt(salt=salt, length=_KEY_LEN, n=2**self.a, r=self.b, p=self.c).derive(secret)


# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): ~0.1-0.3 s per unlock.
ARGON2ID_DEFAULT = KdfParams.argon2id()
# RFC 7914 interactive-login strength, 32 MiB.
SCRYPT_DEFAULT = KdfParams.scrypt()


@dataclass(frozen=True)
class KeyBlobInfo:
    """What can be read from a blob without the PIN (nothing secret)."""

    version: int
    kdf: KdfParams
    size: int


@dataclass(frozen=True)
class PinPolicy:
    """How many wrong PINs in a row lock a key, and what a new PIN must look like."""

    max_failures: int = 5
    min_length: int = 6
    max_length: int = 64


def _pin_bytes(pin: str | bytes) -> bytes:
    if isinstance(pin, bytes):
        return pin
    # The same PIN typed on different keyboards/IMEs must derive the same key.
    return unicodedata.normalize("NFC", pin).encode("utf-8")


def generate_private_key(algorithm: str = "ec-p256") -> PrivateKey:
    """A new key: ``rsa-2048``, ``rsa-3072`` or ``ec-p256``."""
    if algorithm == "ec-p256":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm in ("rsa-2048", "rsa-3072"):
        return rsa.generate_private_key(public_exponent=65537, key_size=int(algorithm[4:]))
    raise ValueError(f"key algorithm must be one of {', '.join(KEY_ALGORITHMS)}")


def encrypt_private_key(key: PrivateKey, pin: str | bytes, *,
                        kdf: KdfParams = ARGON2ID_DEFAULT) -> bytes:
    """Wrap ``key`` under ``pin``; the result is safe to store in a database column."""
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise TypeError("only RSA and EC private keys are supported")
    salt = os.urandom(_SALT_LEN)
    nonce = os.urandom(_NONCE_LEN)
    header = _HEADER.pack(MAGIC, VERSION, _KDF_IDS[kdf.name], kdf.a, kdf.b, kdf.c,
                          len(salt)) + salt + nonce
    plaintext = key.private_bytes(serialization.Encoding.DER,
                                  serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    wrapping_key = kdf.derive(_pin_bytes(pin), salt)
    return header + AESGCM(wrapping_key).encrypt(nonce, plaintext, header)


def _parse(blob: bytes) -> tuple[KdfParams, bytes, bytes, bytes, bytes]:
    """Split a blob into (kdf, salt, nonce, header, ciphertext), refusing anything odd."""
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise KeyBlobError("the key blob must be bytes")
    blob = bytes(blob)
    if len(blob) < _HEADER.size or not blob.startswith(MAGIC):
        raise KeyBlobError("this is not a docflow key blob")
    magic, version, kdf_id, a, b, c, salt_len = _HEADER.unpack_from(blob)
    if version != VERSION:
        raise KeyBlobError(f"unsupported key blob version {version}")
    if kdf_id not in _KDF_NAMES:
        raise KeyBlobError("the key blob names an unknown KDF")
    try:
        kdf = KdfParams(_KDF_NAMES[kdf_id], a, b, c)  # type: ignore[arg-type]
    except ValueError as exc:
        raise KeyBlobError(f"the key blob has invalid KDF parameters: {exc}") from None
    end_header = _HEADER.size + salt_len + _NONCE_LEN
    if salt_len < 8 or len(blob) <= end_header + 16:
        raise KeyBlobError("the key blob is truncated")
    salt = blob[_HEADER.size:_HEADER.size + salt_len]
    nonce = blob[_HEADER.size + salt_len:end_header]
    return kdf, salt, nonce, blob[:end_header], blob[end_header:]


def blob_info(blob: bytes) -> KeyBlobInfo:
    """Version and KDF of a blob, e.g. to re-wrap old blobs when defaults grow."""
    kdf, *_ = _parse(blob)
    return KeyBlobInfo(version=VERSION, kdf=kdf, size=len(blob))


def unlock(blob: bytes, pin: str | bytes) -> PrivateKey:
    """The private key inside ``blob``; raises ``WrongPin`` if ``pin`` does not open it.

    Keep the returned object only for the one operation that needs it.
    """
    kdf, salt, nonce, header, ciphertext = _parse(blob)
    wrapping_key = kdf.derive(_pin_bytes(pin), salt)
    try:
        plaintext = AESGCM(wrapping_key).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        # GCM cannot tell a wrong PIN from a tampered blob; a wrong PIN is by far likelier.
        raise WrongPin() from None
    key = serialization.load_der_private_key(plaintext, password=None)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise KeyBlobError("the key blob holds an unsupported key type")
    return key


def unlock_guarded(blob: bytes, pin: str | bytes, *, failures: int,
                   policy: PinPolicy = PinPolicy()) -> PrivateKey:
    """``unlock`` with the lock rule applied to the caller's stored failure counter.

    ``failures`` is the number of consecutive wrong PINs so far. Raises ``KeyLocked`` when it
    already reached ``policy.max_failures`` (the PIN is not even tried), else ``WrongPin`` with
    ``remaining_attempts`` (0 means: lock it now). On success the caller resets the counter.
    """
    if failures >= policy.max_failures:
        raise KeyLocked("too many wrong PINs: this key is locked, ask an administrator")
    try:
        return unlock(blob, pin)
    except WrongPin:
        remaining = max(policy.max_failures - failures - 1, 0)
        raise WrongPin(
            f"the PIN is not correct ({remaining} attempt(s) left before the key is locked)",
            remaining_attempts=remaining,
        ) from None


def rewrap(blob: bytes, old_pin: str | bytes, new_pin: str | bytes, *,
           kdf: KdfParams | None = None) -> bytes:
    """The same key under ``new_pin`` (fresh salt and nonce); ``WrongPin`` if ``old_pin`` fails.

    ``kdf`` defaults to the blob's own parameters, so a rewrap never silently weakens them;
    pass ``ARGON2ID_DEFAULT`` to upgrade old blobs.
    """
    current = _parse(blob)[0]
    key = unlock(blob, old_pin)
    return encrypt_private_key(key, new_pin, kdf=kdf or current)


def check_new_pin(pin: str, policy: PinPolicy = PinPolicy()) -> None:
    """Refuse PINs that are too short, too long, one repeated character or a plain run."""
    if not isinstance(pin, str):
        raise WeakPin("the PIN must be text")
    n = len(pin)
    if n < policy.min_length:
        raise WeakPin(f"the PIN must have at least {policy.min_length} characters")
    if n > policy.max_length:
        raise WeakPin(f"the PIN must have at most {policy.max_length} characters")
    if len(set(pin)) == 1:
        raise WeakPin("the PIN must not be one repeated character")
    steps = {ord(b) - ord(a) for a, b in zip(pin, pin[1:], strict=False)}
    if steps in ({1}, {-1}):
        raise WeakPin("the PIN must not be a simple run such as 123456")


def software_signer(blob: bytes, pin: str | bytes, certificate: x509.Certificate,
                    chain: Sequence[x509.Certificate] = ()) -> SoftwareSigner:
    """Unlock ``blob`` and return a signer for one operation; the key must match the cert."""
    key = unlock(blob, pin)
    if not same_public_key(key.public_key(), certificate.public_key()):
        raise KeyBlobError("this key does not belong to the given certificate")
    return SoftwareSigner(key, certificate, chain)


def public_key_der(public_key: object) -> bytes:
    """The SubjectPublicKeyInfo in DER: one comparison for every key type (RSA, EC, EdDSA…)."""
    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def same_public_key(a: object, b: object) -> bool:
    return public_key_der(a) == public_key_der(b)

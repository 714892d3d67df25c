"""A ``Signer`` whose key lives in an HSM or token reached over PKCS#11 (python-pkcs11).

The signing engine sees only ``Signer``: ``Pkcs11Signer`` logs in with the holder's PIN,
signs one digest and logs out. The hash is computed here and only the raw operation
(CKM_RSA_PKCS over a DigestInfo, or CKM_ECDSA over the digest) runs on the token, because
those two mechanisms exist on every token, while the combined SHA-x-with-RSA/ECDSA ones
do not. The key never leaves the token.

Administrators (and tests) provision keys with ``generate_key_on_token`` (preferred: the key
is born non-extractable on the token) or ``import_key_to_token``; then the development CA
certifies the public key and the app records a ``TokenKeyRef`` with the certificate.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

import pkcs11
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass
from pkcs11.types import SignMixin
from pkcs11.util.ec import (
    encode_ec_public_key,
    encode_ecdsa_signature,
    encode_named_curve_parameters,
)

from docflow.pki.errors import KeyLocked, Pkcs11Error, WrongPin
from docflow.signer import HASHES, Signer

__all__ = [
    "TokenKeyRef",
    "Pkcs11Signer",
    "generate_key_on_token",
    "change_token_pin",
    "import_key_to_token",
    "token_public_key",
]

# DER DigestInfo prefixes (RFC 8017 §9.2 note 1): CKM_RSA_PKCS signs DigestInfo || digest.
_DIGEST_INFO_PREFIX = {
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}

_lock = threading.Lock()


@dataclass(frozen=True)
class TokenKeyRef:
    """Where a key lives: module, token and the key's label and/or CKA_ID (what the app stores)."""

    module_path: str
    token_label: str
    key_label: str | None = None
    key_id: bytes | None = None

    def __post_init__(self) -> None:
        if self.key_label is None and self.key_id is None:
            raise ValueError("a token key needs a label or an id")


def _token(module_path: str, token_label: str) -> pkcs11.Token:
    try:
        lib = pkcs11.lib(module_path)
    except (RuntimeError, OSError, pkcs11.PKCS11Error) as exc:
        raise Pkcs11Error(f"cannot load PKCS#11 module {module_path}: {exc}") from None
    try:
        return lib.get_token(token_label=token_label)
    except pkcs11.NoSuchToken:
        pass
    except pkcs11.MultipleTokensReturned:
        raise Pkcs11Error(f"more than one token is labelled {token_label!r}") from None
    # A token created or plugged in after the module was initialised is only seen after
    # re-initialising it (C_Finalize/C_Initialize); do that once, under a lock.
    with _lock:
        try:
            lib.reinitialize()
            return lib.get_token(token_label=token_label)
        except pkcs11.NoSuchToken:
            raise Pkcs11Error(f"no PKCS#11 token labelled {token_label!r}") from None
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"cannot use token {token_label!r}: {exc!r}") from None


@contextmanager
def _session(module_path: str, token_label: str, pin: str | bytes, *,
             rw: bool = False) -> Iterator[pkcs11.Session]:
    token = _token(module_path, token_label)
    try:
        session = token.open(rw=rw, user_pin=pin)
    except pkcs11.PinIncorrect:
        raise WrongPin("the token PIN is not correct") from None
    except pkcs11.PinLocked:
        raise KeyLocked("the token's user PIN is locked; the security officer must reset it"
                        ) from None
    except pkcs11.PKCS11Error as exc:
        raise Pkcs11Error(f"cannot log in to token {token_label!r}: {exc!r}") from None
    try:
        yield session
    finally:
        session.close()


def _find_key(session: pkcs11.Session, object_class: ObjectClass, label: str | None,
              key_id: bytes | None) -> pkcs11.Key:
    try:
        return session.get_key(object_class=object_class, label=label, id=key_id)
    except pkcs11.NoSuchKey:
        raise Pkcs11Error(f"no such key on the token (label={label!r}, "
                          f"id={key_id.hex() if key_id else None})") from None
    except pkcs11.MultipleObjectsReturned:
        raise Pkcs11Error(f"several keys match label={label!r}; give the key id too") from None


def _to_cryptography(public: pkcs11.PublicKey) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    if public.key_type == KeyType.RSA:
        n = int.from_bytes(public[Attribute.MODULUS], "big")
        e = int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big")
        return rsa.RSAPublicNumbers(e, n).public_key()
    if public.key_type == KeyType.EC:
        key = serialization.load_der_public_key(encode_ec_public_key(public))
        assert isinstance(key, ec.EllipticCurvePublicKey)
        return key
    raise Pkcs11Error(f"unsupported key type on token: {public.key_type!r}")


class Pkcs11Signer(Signer):
    """Signs with a private key on a PKCS#11 token; one login per ``sign`` call.

    ``key`` is the key's label (str) or CKA_ID (bytes). The PIN is kept only as long as this
    object lives (one signing operation) and never appears in its repr.
    """

    def __init__(
        self,
        module_path: str,
        token_label: str,
        key: str | bytes,
        pin: str | bytes,
        certificate: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        self._setup(
            TokenKeyRef(module_path, token_label,
                        key_label=key if isinstance(key, str) else None,
                        key_id=key if isinstance(key, bytes) else None),
            pin, certificate, chain,
        )

    def _setup(self, ref: TokenKeyRef, pin: str | bytes, certificate: x509.Certificate,
               chain: Sequence[x509.Certificate]) -> None:
        self.ref = ref
        self._pin = pin
        self.certificate = certificate
        self.chain = tuple(chain)

    @classmethod
    def from_ref(cls, ref: TokenKeyRef, pin: str | bytes, certificate: x509.Certificate,
                 chain: Sequence[x509.Certificate] = ()) -> Pkcs11Signer:
        """A signer for a stored ``TokenKeyRef`` (label and id both used when present)."""
        signer = cls.__new__(cls)
        signer._setup(ref, pin, certificate, chain)
        return signer

    def __repr__(self) -> str:
        return (f"Pkcs11Signer(token={self.ref.token_label!r}, key={self.ref.key_label!r}, "
                f"subject={self.certificate.subject.rfc4514_string()!r})")

    def sign(self, data: bytes, hash_algorithm: str = "sha256") -> bytes:
        try:
            algorithm = HASHES[hash_algorithm]
        except KeyError:
            raise Pkcs11Error(f"hash algorithm {hash_algorithm!r} is not allowed") from None
        digest = hashes.Hash(algorithm)
        digest.update(data)
        value = digest.finalize()
        kind = self.key_algorithm
        with _session(self.ref.module_path, self.ref.token_label, self._pin) as session:
            key = cast(SignMixin, _find_key(session, ObjectClass.PRIVATE_KEY, self.ref.key_label,
                                            self.ref.key_id))
            try:
                if kind == "rsa":
                    return key.sign(_DIGEST_INFO_PREFIX[hash_algorithm] + value,
                                    mechanism=Mechanism.RSA_PKCS)
                raw = key.sign(value, mechanism=Mechanism.ECDSA)
            except pkcs11.PKCS11Error as exc:
                raise Pkcs11Error(f"the token refused to sign: {exc!r}") from None
        # PKCS#11 returns r||s; CMS wants the DER ECDSA-Sig-Value.
        return encode_ecdsa_signature(raw)

    def public_key(self) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
        """The public key stored next to the private key on the token."""
        return token_public_key(self.ref, self._pin)


def token_public_key(ref: TokenKeyRef, pin: str | bytes
                     ) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    """Read the public key of ``ref`` from the token (to certify it, or to check a cert)."""
    with _session(ref.module_path, ref.token_label, pin) as session:
        return _to_cryptography(cast(pkcs11.PublicKey, _find_key(session, ObjectClass.PUBLIC_KEY,
                                                                 ref.key_label, ref.key_id)))


def change_token_pin(ref: TokenKeyRef, old_pin: str | bytes, new_pin: str | bytes) -> None:
    """C_SetPIN: replace the token's user PIN (logged in with the old one). Issuance uses it to
    take the PIN the administrator typed away from them (the token then opens only with the
    holder's activation code), activation to hand the token to the PIN the holder chose."""
    with _session(ref.module_path, ref.token_label, old_pin, rw=True) as session:
        try:
            session.set_pin(old_pin, new_pin)
        except pkcs11.PinLenRange:
            raise Pkcs11Error("the token does not accept a PIN of this length") from None
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"the token refused the new PIN: {exc!r}") from None


def generate_key_on_token(ref: TokenKeyRef, pin: str | bytes, algorithm: str = "ec-p256"
                          ) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    """Generate a non-extractable key pair on the token; return its public key to certify."""
    common: dict[Attribute, Any] = {Attribute.TOKEN: True}
    if ref.key_label is not None:
        common[Attribute.LABEL] = ref.key_label
    if ref.key_id is not None:
        common[Attribute.ID] = ref.key_id
    private_template = {**common, Attribute.PRIVATE: True, Attribute.SENSITIVE: True,
                        Attribute.EXTRACTABLE: False, Attribute.SIGN: True}
    public_template = {**common, Attribute.VERIFY: True}
    with _session(ref.module_path, ref.token_label, pin, rw=True) as session:
        try:
            if algorithm in ("rsa-2048", "rsa-3072"):
                public, _ = session.generate_keypair(
                    KeyType.RSA, int(algorithm[4:]), store=True,
                    public_template={**public_template,
                                     Attribute.PUBLIC_EXPONENT: b"\x01\x00\x01"},
                    private_template=private_template,
                )
            elif algorithm == "ec-p256":
                params = session.create_domain_parameters(
                    KeyType.EC,
                    {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
                    local=True,
                )
                public, _ = params.generate_keypair(
                    store=True, public_template=public_template,
                    private_template=private_template,
                )
            else:
                raise Pkcs11Error(f"unsupported key algorithm {algorithm!r}")
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"the token could not generate the key: {exc!r}") from None
        return _to_cryptography(public)


def import_key_to_token(ref: TokenKeyRef, pin: str | bytes,
                        private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> None:
    """Store an existing key on the token, marked sensitive and non-extractable.

    For keys that already exist in software (e.g. an imported PKCS#12); generating on the
    token is better when there is a choice.
    """
    from pkcs11.util.ec import decode_ec_private_key, decode_ec_public_key
    from pkcs11.util.rsa import decode_rsa_private_key, decode_rsa_public_key

    if isinstance(private_key, rsa.RSAPrivateKey):
        priv = decode_rsa_private_key(private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption()))
        pub = decode_rsa_public_key(private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.PKCS1))
    elif isinstance(private_key, ec.EllipticCurvePrivateKey):
        priv = decode_ec_private_key(private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption()))
        pub = decode_ec_public_key(private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
        priv[Attribute.SIGN] = True
    else:
        raise Pkcs11Error("only RSA and EC keys can be imported")
    common: dict[Attribute, object] = {Attribute.TOKEN: True}
    if ref.key_label is not None:
        common[Attribute.LABEL] = ref.key_label
    if ref.key_id is not None:
        common[Attribute.ID] = ref.key_id
    priv.update(common)
    priv.update({Attribute.PRIVATE: True, Attribute.SENSITIVE: True,
                 Attribute.EXTRACTABLE: False})
    priv.pop(Attribute.DECRYPT, None)
    priv.pop(Attribute.UNWRAP, None)
    pub.update(common)
    with _session(ref.module_path, ref.token_label, pin, rw=True) as session:
        try:
            session.create_object(priv)
            session.create_object(pub)
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"the token refused the key: {exc!r}") from None

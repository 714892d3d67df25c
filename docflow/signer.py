"""The signer abstraction: whatever holds the key, signing code sees only this.

A ``Signer`` carries the signer's certificate and chain and produces a raw signature value
over bytes (the DER of the CMS signed attributes). Backends: a software key unlocked by the
holder's PIN for one operation (``SoftwareSigner``), or a key on a PKCS#11 token
(``docflow.pki.pkcs11.Pkcs11Signer``). The signing engine never asks which one it has.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

__all__ = ["Signer", "SoftwareSigner", "CertificateOnly", "SignerError", "HASHES"]

HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


class SignerError(Exception):
    """The key could not produce a signature (token removed, key locked, bad algorithm)."""


class Signer(ABC):
    """A private key somewhere, with its certificate and the chain up to (not incl.) a root."""

    certificate: x509.Certificate
    chain: Sequence[x509.Certificate]

    @property
    def key_algorithm(self) -> str:
        """'rsa' or 'ec', from the certificate's public key."""
        key = self.certificate.public_key()
        if isinstance(key, rsa.RSAPublicKey):
            return "rsa"
        if isinstance(key, ec.EllipticCurvePublicKey):
            return "ec"
        raise SignerError(f"unsupported public key type {type(key).__name__}")

    @abstractmethod
    def sign(self, data: bytes, hash_algorithm: str = "sha256") -> bytes:
        """Hash ``data`` and sign it: RSA PKCS#1 v1.5, or ECDSA with a DER-encoded value."""


class SoftwareSigner(Signer):
    """A private key object held in memory for the duration of one signing operation."""

    def __init__(
        self,
        private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
        certificate: x509.Certificate,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        self._key = private_key
        self.certificate = certificate
        self.chain = tuple(chain)

    def sign(self, data: bytes, hash_algorithm: str = "sha256") -> bytes:
        try:
            algorithm = HASHES[hash_algorithm]
        except KeyError:
            raise SignerError(f"hash algorithm {hash_algorithm!r} is not allowed") from None
        if isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), algorithm)
        return self._key.sign(data, ec.ECDSA(algorithm))

    def __repr__(self) -> str:  # never show key material
        return f"SoftwareSigner(subject={self.certificate.subject.rfc4514_string()!r})"


class CertificateOnly(Signer):
    """A certificate whose key is elsewhere (the signer's own token): enough to prepare a
    signature (phase 1 of two-phase signing), never to make one here."""

    def __init__(self, certificate: x509.Certificate, chain: Sequence[x509.Certificate] = ()) -> None:
        self.certificate = certificate
        self.chain = tuple(chain)

    def sign(self, data: bytes, hash_algorithm: str = "sha256") -> bytes:
        raise SignerError("the key of this certificate is not in docflow: it signs on the signer's token")

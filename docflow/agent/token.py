"""The signer's token through PKCS#11: the same raw operations as the server-side token path."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography import x509

from docflow.pki.errors import KeyLocked, Pkcs11Error, PkiError, WrongPin
from docflow.pki.keystore import same_public_key
from docflow.pki.pkcs11 import Pkcs11Signer, TokenKeyRef, token_public_key

__all__ = ["Token", "TokenProblem"]


class TokenProblem(Exception):
    """The token cannot sign this: absent, wrong PIN, locked, another key. ``message`` says
    what to do; ``stop``: trying again with the same PIN would only count towards locking the
    token, so the agent stops."""

    def __init__(self, message: str, *, stop: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.stop = stop


@dataclass
class Token:
    ref: TokenKeyRef
    pin: str

    def check(self, certificate: x509.Certificate) -> None:
        """The token's key is the certificate's (else nothing is sent: the server would refuse)."""
        try:
            public = token_public_key(self.ref, self.pin)
        except (WrongPin, KeyLocked) as exc:
            raise TokenProblem(f"{_plain(exc)}; nothing was signed. Start docflow-agent again and type the "
                               "token's PIN", stop=True) from None
        except PkiError as exc:
            raise TokenProblem(_plain(exc)) from None
        if not same_public_key(public, certificate.public_key()):
            raise TokenProblem("the key on this token is not the key of the certificate the server expects "
                               "(another token, or another key label?); nothing was signed")

    def sign(self, to_sign: bytes, digest_hex: str, certificate: x509.Certificate) -> bytes:
        """Sign the CMS signed attributes (SHA-256 on this computer, the raw RSA/ECDSA
        operation on the token); the digest must be the one the server announced."""
        if hashlib.sha256(to_sign).hexdigest() != digest_hex:
            raise TokenProblem("what the server asks to sign does not match its digest; nothing was signed")
        try:
            return Pkcs11Signer.from_ref(self.ref, self.pin, certificate).sign(to_sign, "sha256")
        except PkiError as exc:
            raise TokenProblem(_plain(exc)) from None


def _plain(exc: PkiError) -> str:
    text = getattr(exc, "message", str(exc))
    if isinstance(exc, Pkcs11Error) and "no PKCS#11 token" in text:
        return f"{text}: plug the token in (or check --token-label) and try again"
    return text

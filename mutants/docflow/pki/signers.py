"""Choosing the signing backend for a certificate: the one place that knows where keys live.

The app stores, per certificate, either a software key blob or a PKCS#11 key reference and
calls ``open_signer`` with the holder's PIN at signing time; the signing engine receives a
``Signer`` and never learns which backend it got.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509

from docflow.pki import keystore
from docflow.pki.pkcs11 import Pkcs11Signer, TokenKeyRef
from docflow.signing.signer import Signer

__all__ = ["SoftwareKeyRef", "KeyLocation", "open_signer"]


@dataclass(frozen=True)
class SoftwareKeyRef:
    """A key held as an encrypted docflow key blob (see ``keystore``)."""

    blob: bytes = field(repr=False)


KeyLocation = SoftwareKeyRef | TokenKeyRef


def open_signer(location: KeyLocation, pin: str | bytes, certificate: x509.Certificate,
                chain: Sequence[x509.Certificate] = ()) -> Signer:
    """A ``Signer`` for one operation. Software keys are unlocked now (``WrongPin`` at once);
    token keys log in when ``sign`` is called."""
    if isinstance(location, SoftwareKeyRef):
        return keystore.software_signer(location.blob, pin, certificate, chain)
    if isinstance(location, TokenKeyRef):
        return Pkcs11Signer.from_ref(location, pin, certificate, chain)
    raise TypeError(f"unknown key location {type(location).__name__}")

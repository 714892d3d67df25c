"""One error family for the PKI area, so the web layer can map it to HTTP in one place.

Every error carries a short machine ``code`` (stable, for the API and for translations) and a
human message. None of them ever includes a PIN, a password or key material.
"""

from __future__ import annotations

from docflow.signing.signer import SignerError

__all__ = [
    "PkiError",
    "WrongPin",
    "KeyLocked",
    "WeakPin",
    "KeyBlobError",
    "CaError",
    "ImportRefused",
    "TrustStoreError",
    "SignatureImageRejected",
    "Pkcs11Error",
    "OcspRequestError",
]


class PkiError(Exception):
    """Base of every error raised by ``docflow.pki``."""

    code: str = "pki_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class WrongPin(PkiError):
    """The PIN (or passphrase) does not open the key. The app counts these."""

    code = "wrong_pin"

    def __init__(self, message: str = "the PIN is not correct", *,
                 remaining_attempts: int | None = None) -> None:
        super().__init__(message)
        self.remaining_attempts = remaining_attempts


class KeyLocked(PkiError):
    """Too many wrong PINs: the key stays locked until an administrator resets the counter."""

    code = "key_locked"


class WeakPin(PkiError):
    """A new PIN does not meet the PIN policy."""

    code = "weak_pin"


class KeyBlobError(PkiError):
    """The stored key blob is not one docflow wrote (corrupt, truncated, unknown version)."""

    code = "key_blob_invalid"


class CaError(PkiError):
    """The development CA cannot be created, loaded or asked to issue something."""

    code = "ca_error"


class ImportRefused(PkiError):
    """A PKCS#12 upload was refused; ``code`` says why (see ``p12import.REASONS``)."""

    code = "import_refused"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code=code)

    @property
    def reason(self) -> str:
        return self.code


class TrustStoreError(PkiError):
    """A trust anchor could not be added, read or removed."""

    code = "trust_store_error"


class SignatureImageRejected(PkiError):
    """An uploaded signature image is not acceptable; the message says what to fix."""

    code = "signature_image_rejected"


class Pkcs11Error(PkiError, SignerError):
    """The token, slot, key or mechanism could not be used (also a ``SignerError``)."""

    code = "pkcs11_error"


class OcspRequestError(PkiError):
    """An OCSP request could not be parsed (the responder answers malformedRequest)."""

    code = "ocsp_malformed_request"

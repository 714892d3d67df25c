"""Secrets docflow must use again later (the HMAC keys of webhooks), kept encrypted at rest.

AES-256-GCM under a key derived (HKDF-SHA256) from the installation's secret key, with the
purpose bound in: a stolen database alone reveals no webhook secret. A value that does not
decrypt (the secret key changed, the row was altered) raises ``SecretUnavailable``; the
caller says so instead of sending something unsigned.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["SecretBox", "SecretUnavailable", "PREFIX", "is_sealed"]

PREFIX = "v1:"


class SecretUnavailable(Exception):
    """The stored secret cannot be decrypted with this installation's key."""


class SecretBox:
    def __init__(self, secret_key: str, purpose: str) -> None:
        if not secret_key:
            raise ValueError("the installation's secret key is needed to keep secrets")
        self._purpose = purpose.encode()
        self._aead = AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                                 info=b"docflow secretbox " + self._purpose).derive(secret_key.encode()))

    def seal(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), self._purpose)
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode()

    def open(self, stored: str) -> str:
        if not is_sealed(stored):
            raise SecretUnavailable("not an encrypted value")
        try:
            raw = base64.urlsafe_b64decode(stored[len(PREFIX):])
            return self._aead.decrypt(raw[:12], raw[12:], self._purpose).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise SecretUnavailable("the value does not decrypt with this installation's secret key") from exc


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)

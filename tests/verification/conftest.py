"""Session-scoped PKI and signed-document corpus for the verification tests."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization

from docflow.verification import TrustContext
from tests.support.pdfs import official_letter
from tests.support.pki import NOW, TestCA

from .corpus import sign


class World:
    """The PKI every test shares, plus the matching trust context."""

    def __init__(self) -> None:
        self.root = TestCA("docflow Test Root")
        self.ca = TestCA("docflow Test Issuing CA", parent=self.root)
        self.leader = self.ca.issue("Nguyễn Văn Nghĩa", title="Phó Giám đốc")
        self.clerk = self.ca.issue("Văn thư Sở TNMT")
        self.third = self.ca.issue("Trần Thị Hoa")
        self.ec_leader = self.ca.issue("Lê Văn EC", key_kind="ec")
        self.tsa = self.ca.issue("docflow Test TSA", key_usage="tsa")
        self.other_root = TestCA("Foreign Root")
        self.foreign_tsa = self.other_root.issue("Foreign TSA", key_usage="tsa")
        self.expired = self.ca.issue("Expired Signer", not_before=NOW - dt.timedelta(days=400),
                                     not_after=NOW - dt.timedelta(days=10))
        self.future = self.ca.issue("Future Signer", not_before=NOW + dt.timedelta(days=10))
        self.self_signed = self.ca.issue("Self Signed", self_signed=True)
        self.encipher = self.ca.issue("Encipherment Only", key_usage="encipherment")
        self.sha1_cert = self.ca.issue("SHA1 Cert", hash_algorithm=__import__(
            "cryptography.hazmat.primitives.hashes", fromlist=["SHA1"]).SHA1())
        self.revoked_late = self.ca.issue("Revoked Late")  # revoked after its timestamp
        self.revoked_early = self.ca.issue("Revoked Early")  # revoked before its timestamp
        self.ca.revoke(self.revoked_late.cert, NOW - dt.timedelta(days=1))
        self.ca.revoke(self.revoked_early.cert, NOW - dt.timedelta(days=10))
        self.letter = official_letter()
        self._cache: dict[str, bytes] = {}

    def context(self, **kw) -> TrustContext:
        crls = (self.ca.crl().public_bytes(serialization.Encoding.DER),)
        base = dict(trust_anchors=(self.root.cert,), crls=crls, fetch_revocation=False)
        base.update(kw)
        return TrustContext(**base)

    def signed(self) -> bytes:
        if "signed" not in self._cache:
            self._cache["signed"] = sign(self.letter, self.leader)
        return self._cache["signed"]


_WORLD: World | None = None


@pytest.fixture(scope="session")
def world() -> World:
    # one World per process: a mutation run (make mutation) forks a pytest session per mutant
    # from a process that already built it, so the PKI and the corpus are built once
    global _WORLD
    if _WORLD is None:
        _WORLD = World()
    return _WORLD

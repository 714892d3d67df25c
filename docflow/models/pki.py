"""Certificates and keys as the database keeps them; the PKI logic lives in ``docflow.pki``.

* ``Certificate``: one X.509 certificate docflow can sign with (or answers for): a person's
  signing certificate, an agency seal, the development TSA or OCSP responder. Its private key
  is either a software key blob (PKCS#8 wrapped under the holder's PIN, see
  ``docflow.pki.keystore``; never in clear) or a reference to a key on a PKCS#11 token.
  No PIN is ever stored: only the wrong-PIN counter and the lock.
* ``CrlNumber``: the monotonically increasing CRL number per CA slug.
* ``SignatureImage`` / ``SealImage``: the leader's handwritten signature and the agency's seal
  as transparent PNGs, with the physical size they are to be stamped at.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, Boolean, Enum, ForeignKey, Integer, LargeBinary, Numeric, String
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .org import Unit, User

__all__ = [
    "Certificate", "CertificateOwner", "CertificateStatus", "KeyBackend", "CrlNumber",
    "SignatureImage", "SealImage",
]


class CertificateOwner(enum.StrEnum):
    PERSONAL = "personal"  # a person's signing certificate (user_id set)
    SEAL = "seal"  # an agency's seal certificate (agency_id set, user_id null)
    TSA = "tsa"  # the development time-stamp authority
    OCSP = "ocsp"  # a delegated OCSP responder


class CertificateStatus(enum.StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"  # replaced by a newer certificate of the same holder
    # issued or imported by an administrator, waiting for its holder to set the PIN (the older
    # certificate stays the one to sign with until then)
    PENDING = "pending"


class KeyBackend(enum.StrEnum):
    SOFTWARE = "software"  # key_blob holds the PIN-encrypted PKCS#8 key
    PKCS11 = "pkcs11"  # the key stays on a token; pkcs11_* columns say where
    # "on my token": the key is on the holder's own token, never reached by docflow; signing
    # is two-phase through docflow-agent (signing_preparations)
    EXTERNAL = "external"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Certificate(Base):
    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[CertificateOwner] = mapped_column(_enum(CertificateOwner, "certificate_owner"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The agency the certificate belongs to: the seal's agency, or the holder's agency at
    # issue time (scope checks for administrators compare this column).
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    subject_cn: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(1024))  # RFC 4514 string, for display
    serial: Mapped[str] = mapped_column(String(64), index=True)  # lower-case hex, no separators
    issuer: Mapped[str] = mapped_column(String(32))  # dev CA slug ("issuing") or "external"
    issuer_name: Mapped[str] = mapped_column(String(1024))
    not_before: Mapped[dt.datetime] = mapped_column()
    not_after: Mapped[dt.datetime] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # fingerprint of the DER
    algorithm: Mapped[str] = mapped_column(String(16))  # rsa-2048 | rsa-3072 | ec-p256 | ...
    cert_der: Mapped[bytes] = mapped_column(LargeBinary)
    # Intermediate certificates up to (and including) the root, concatenated PEM; may be empty.
    chain_pem: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    key_backend: Mapped[KeyBackend] = mapped_column(_enum(KeyBackend, "key_backend"))
    key_blob: Mapped[bytes | None] = mapped_column(LargeBinary)  # encrypted; null for pkcs11
    pkcs11_module: Mapped[str | None] = mapped_column(String(512))
    pkcs11_token: Mapped[str | None] = mapped_column(String(255))
    pkcs11_key_label: Mapped[str | None] = mapped_column(String(255))
    pkcs11_key_id: Mapped[str | None] = mapped_column(String(128))  # hex CKA_ID
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    # the PIN was chosen by an administrator (issued or imported for the holder): the key is
    # not used until the holder replaces it, so whoever handed it over cannot sign with it
    pin_must_change: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # while PENDING: the activation code the key is wrapped under, sealed with the installation
    # key (docflow.secretbox); only the holder receives it in clear (by e-mail). Null once active.
    activation_sealed: Mapped[str | None] = mapped_column(String(400))
    status: Mapped[CertificateStatus] = mapped_column(
        _enum(CertificateStatus, "certificate_status"), default=CertificateStatus.ACTIVE, index=True
    )
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    revocation_reason: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    agency: Mapped[Unit | None] = relationship(foreign_keys=[agency_id])

    def __repr__(self) -> str:  # never the key blob
        return f"Certificate({self.id}, {self.owner_kind.value}, {self.subject_cn!r}, {self.status.value})"


class CrlNumber(Base):
    """The last CRL number a CA published (RFC 5280: monotonically increasing)."""

    __tablename__ = "crl_numbers"

    ca_slug: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, default=0)
    # Revocation set the last number was issued for: the number grows only when it changes.
    revocations_digest: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SignatureImage(Base):
    """A leader's handwritten signature (blue, transparent PNG)."""

    __tablename__ = "signature_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    width_px: Mapped[int] = mapped_column(Integer)
    height_px: Mapped[int] = mapped_column(Integer)
    # Intended physical size on the page, in millimetres (None: derive from the layout).
    width_mm: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    height_mm: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id])


class SealImage(Base):
    """An agency's seal (red, transparent PNG), stamped at its real size."""

    __tablename__ = "seal_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), unique=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    width_px: Mapped[int] = mapped_column(Integer)
    height_px: Mapped[int] = mapped_column(Integer)
    width_mm: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    height_mm: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    agency: Mapped[Unit] = relationship(foreign_keys=[agency_id])

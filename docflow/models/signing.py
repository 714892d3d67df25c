"""Two-phase signing (the key on the signer's own token): the prepared state between phases.

Phase 1 writes the incremental update with an empty /Contents and fixes the CMS signed
attributes; the row keeps that file, the state to finish it and what it is bound to (the
document and its revision, the file version signed, the person, the certificate). Phase 2
takes the signature made on the token, once, before ``expires_at``.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Enum, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

__all__ = ["SigningPreparation", "PreparationStatus"]


class PreparationStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for the signature from the token
    DONE = "done"  # the signed version is stored
    FAILED = "failed"  # phase 2 refused it (reason in ``error``); used, never again
    CANCELLED = "cancelled"  # the signer (or the agent) declined


class SigningPreparation(Base):
    __tablename__ = "signing_preparations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)  # the document's revision at phase 1
    base_sha256: Mapped[str] = mapped_column(String(64))  # the file version the update is appended to
    kind: Mapped[str] = mapped_column(String(16))  # "signature" (the leader) | "seal" (the agency)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)  # who signs
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    status: Mapped[PreparationStatus] = mapped_column(
        Enum(PreparationStatus, name="preparation_status", native_enum=False, length=16,
             values_callable=lambda e: [m.value for m in e]),
        default=PreparationStatus.PENDING, index=True)
    digest: Mapped[str] = mapped_column(String(64))  # hex SHA-256 of the signed attributes
    prepared_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # dropped once used
    state: Mapped[dict] = mapped_column(JSON, default=dict)  # offsets, field, time, what to store
    summary: Mapped[dict] = mapped_column(JSON, default=dict)  # what the agent shows the signer
    error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    used_at: Mapped[dt.datetime | None] = mapped_column()

    def __repr__(self) -> str:
        return f"SigningPreparation({self.id}, doc={self.document_id}, {self.kind}, {self.status.value})"

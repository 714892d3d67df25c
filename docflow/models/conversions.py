"""Word documents waiting to become drafts: the conversion job's state (queued → converting →
done or failed), the form the staff member filled in, and the uploaded bytes' address."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, BigInteger, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

__all__ = ["Conversion", "ConversionStatus"]


class ConversionStatus(enum.StrEnum):
    QUEUED = "queued"
    CONVERTING = "converting"
    DONE = "done"
    FAILED = "failed"


class Conversion(Base):
    """One Word file to convert: for a new draft (``document_id`` empty until it is made) or a
    new main file of an existing draft (``document_id`` and the ``revision`` the drafter saw)."""

    __tablename__ = "conversions"
    __table_args__ = (Index("ix_conversions_status_created", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[ConversionStatus] = mapped_column(
        Enum(ConversionStatus, name="conversion_status", native_enum=False, length=16,
             values_callable=lambda e: [m.value for m in e]))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int | None] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_size: Mapped[int] = mapped_column(BigInteger)
    source_format: Mapped[str] = mapped_column(String(8))  # docx | doc | odt
    # the draft form as typed (DraftInput's fields) and the PDF attachments: [{filename, sha256}]
    draft: Mapped[dict] = mapped_column(JSON, default=dict)
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # times a worker took it
    error: Mapped[str | None] = mapped_column(Text)  # msgid
    error_params: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column()
    finished_at: Mapped[dt.datetime | None] = mapped_column()

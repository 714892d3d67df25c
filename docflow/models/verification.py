"""What verification keeps between runs: CRLs and OCSP responses fetched for trusted chains,
shared by every worker (see ``docflow.verification.revocation_cache``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

__all__ = ["RevocationCacheEntry", "ArchiveStatus"]


class RevocationCacheEntry(Base):
    """One fetched answer (or a remembered failure: ``ok`` false, no data) until ``expires_at``."""

    __tablename__ = "revocation_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of kind|url|serial
    url: Mapped[str] = mapped_column(String(2000))
    ok: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    fetched_at: Mapped[dt.datetime] = mapped_column()
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class ArchiveStatus(Base):
    """Where one issued file stands in the long term (PAdES B-LTA): its last archive
    timestamp and when the renewal job (``docflow archive refresh``) must renew it."""

    __tablename__ = "archive_status"

    file_id: Mapped[int] = mapped_column(ForeignKey("document_files.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str] = mapped_column(String(8))  # B-LTA, or "none" when archiving failed
    last_timestamp_at: Mapped[dt.datetime | None] = mapped_column()
    tsa_not_after: Mapped[dt.datetime | None] = mapped_column()  # the last archive timestamp's TSA certificate
    algorithms: Mapped[str] = mapped_column(String(200), default="")  # e.g. "sha256 ec-p256"
    next_renewal_at: Mapped[dt.datetime] = mapped_column(index=True)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column()

"""What verification keeps between runs: CRLs and OCSP responses fetched for trusted chains,
shared by every worker (see ``docflow.verification.revocation_cache``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

__all__ = ["RevocationCacheEntry"]


class RevocationCacheEntry(Base):
    """One fetched answer (or a remembered failure: ``ok`` false, no data) until ``expires_at``."""

    __tablename__ = "revocation_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of kind|url|serial
    url: Mapped[str] = mapped_column(String(2000))
    ok: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    fetched_at: Mapped[dt.datetime] = mapped_column()
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)

"""What an installation keeps for itself in the database rather than in its data directory,
so that every node of a multi-node installation sees the same (issue 24): the development
CA's certificates and encrypted keys, the trust anchors an administrator added, and the
auditor's short-lived uploads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

__all__ = ["InstanceFile", "AuditUpload"]


class InstanceFile(Base):
    """One file of the installation, by ``kind`` and ``name``: ``ca``/``root.pem``,
    ``ca``/``root.key.enc`` (encrypted under the CA passphrase exactly as on disk before),
    ``trust``/``<sha256>.pem``. Unique (kind, name): the first node to insert wins, the
    others load the winner's."""

    __tablename__ = "instance_files"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditUpload(Base):
    """A PDF an auditor uploaded to verify, kept for an hour for the report's pages on any
    node; it belongs to the user who uploaded it."""

    __tablename__ = "audit_uploads"
    __table_args__ = (UniqueConstraint("user_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(200))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)

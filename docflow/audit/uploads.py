"""The auditor's uploads waiting for the report's pages: a PDF uploaded to verify is kept
for an hour in the database (``audit_uploads``), bound to the user who uploaded it, so that
any node serves the as-signed view and the report (issue 24: before, it waited in one node's
data directory and the next request, on another node, found nothing). Not stored for good:
that is "keep a copy", which puts it in the blob store."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..models import AuditUpload, utcnow
from ..uow import transactional

__all__ = ["UPLOAD_TTL_SECONDS", "put_upload", "get_upload"]

UPLOAD_TTL_SECONDS = 3600


@transactional
def put_upload(session: Session, user_id: int, data: bytes, filename: str,
               *, ttl: int = UPLOAD_TTL_SECONDS) -> str:
    """Keep ``data`` for ``user_id``; returns its SHA-256. Expired uploads of everyone go."""
    now = utcnow()
    session.execute(delete(AuditUpload).where(AuditUpload.created_at < now - dt.timedelta(seconds=ttl)))
    sha256 = hashlib.sha256(data).hexdigest()
    row = session.execute(select(AuditUpload).where(AuditUpload.user_id == user_id,
                                                    AuditUpload.sha256 == sha256)).scalar()
    if row is None:
        row = AuditUpload(user_id=user_id, sha256=sha256, data=data)
        session.add(row)
    row.filename, row.created_at = filename[:200], now
    session.flush()
    return sha256


def get_upload(session: Session, user_id: int, sha256: str,
               *, ttl: int = UPLOAD_TTL_SECONDS) -> tuple[bytes, str] | None:
    """The upload of this user with that hash while it is fresh; another user's: None."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        return None
    row = session.execute(select(AuditUpload.data, AuditUpload.filename).where(
        AuditUpload.user_id == user_id, AuditUpload.sha256 == sha256,
        AuditUpload.created_at >= utcnow() - dt.timedelta(seconds=ttl))).first()
    return (bytes(row.data), row.filename or "upload.pdf") if row is not None else None

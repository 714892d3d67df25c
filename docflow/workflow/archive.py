"""Issued files in the long term: their PAdES B-LTA status and the renewal job.

``record_archive`` keeps, per issued file, when its last archive timestamp was made, until
when its TSA certificate is valid, which algorithms protect it and when it must be renewed:
``margin`` before the first of the TSA certificate's expiry and the end date of its
algorithms (``verification.algorithms``). A file whose archiving failed is due at once.

``due_files`` lists exactly the files due at a time; ``renew_file`` renews one in its own
transaction — the row locked, the due date checked again (two workers, or a second run, find
nothing left to do), fresh validation data and a new archive timestamp appended
(``signing.ltv.archive`` through ``ctx.archiver``), a new ``archive`` version, the status
moved on and an audit event — so a crash leaves a file either renewed or untouched (the
bytes are written, content-addressed, before the row; a stray blob is harmless).
``docflow archive refresh`` (cron) calls it for every due file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..messages import N_
from ..models import ArchiveStatus, DocumentFile
from ..signing import SigningError
from ..uow import transactional
from ..verification.algorithms import DEFAULT_ALGORITHM_POLICY, AlgorithmPolicy
from .context import WorkflowContext
from .errors import SigningFailed

__all__ = ["DEFAULT_MARGIN", "record_archive", "due_files", "renew_file", "archive_status"]

DEFAULT_MARGIN = dt.timedelta(days=365)
# when even a fresh archive timestamp is due at once (the TSA's own certificate, or its
# algorithms, end within the margin), the file is tried again a day later, not at every run
RETRY_AFTER = dt.timedelta(days=1)


def _end_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def record_archive(session: Session, file: DocumentFile, result: Any | None, *, now: dt.datetime,
                   policy: AlgorithmPolicy = DEFAULT_ALGORITHM_POLICY,
                   margin: dt.timedelta = DEFAULT_MARGIN) -> ArchiveStatus:
    """The file's status after archiving (``result``: an ``ltv.LtaResult``, None when it failed)."""
    status = session.get(ArchiveStatus, file.id)
    if status is None:
        status = ArchiveStatus(file_id=file.id, renewals=0, level="none", algorithms="", updated_at=now,
                               next_renewal_at=now)
        session.add(status)
    status.updated_at = now
    if result is None:
        status.level, status.next_renewal_at = "none", now  # due at once: the job tries again
        return status
    ends = [result.tsa_not_after] if result.tsa_not_after else []
    algorithm_end = policy.first_end(result.algorithms)
    if algorithm_end is not None:
        ends.append(_end_of_day(algorithm_end))
    status.level = "B-LTA"
    status.last_timestamp_at = result.timestamp_time
    status.tsa_not_after = result.tsa_not_after
    status.algorithms = " ".join(result.algorithms)
    status.next_renewal_at = (min(ends) - margin) if ends else now + dt.timedelta(days=3650)
    return status


def archive_status(session: Session, file: DocumentFile) -> ArchiveStatus | None:
    return session.get(ArchiveStatus, file.id)


def due_files(session: Session, now: dt.datetime, *, limit: int | None = None) -> list[int]:
    """Ids of the files whose renewal is due at ``now``, the most urgent first."""
    q = (select(ArchiveStatus.file_id).where(ArchiveStatus.next_renewal_at <= now)
         .order_by(ArchiveStatus.next_renewal_at, ArchiveStatus.file_id))
    if limit is not None:
        q = q.limit(limit)
    return list(session.execute(q).scalars())


@transactional
def renew_file(session: Session, ctx: WorkflowContext, file_id: int, *,
               policy: AlgorithmPolicy = DEFAULT_ALGORITHM_POLICY, margin: dt.timedelta = DEFAULT_MARGIN) -> bool:
    """Renew one due file; False when it is not (or no longer) due."""
    from .outgoing import _store_version

    now = ctx.now()
    status = session.execute(select(ArchiveStatus).where(ArchiveStatus.file_id == file_id)
                             .with_for_update()).scalar_one_or_none()
    if status is None or status.next_renewal_at > now:
        return False
    if ctx.archiver is None:
        raise SigningFailed(N_("Archive timestamps need a time-stamp authority and none is configured: "
                                 "ask the administrator to set one."))
    file = session.get_one(DocumentFile, file_id)
    current = file.current
    try:
        result = ctx.archiver(ctx.blobs.get(current.sha256), at=now)
    except SigningError as err:
        raise SigningFailed(N_("The archive timestamp could not be renewed: %(reason)s"), reason=err.text) from None
    previous = status.last_timestamp_at
    _store_version(session, ctx, file, result.pdf, reason="archive", actor=None, page_count=current.page_count,
                   details={"pades": "B-LTA", "archive_timestamp": result.timestamp_time.isoformat(), "renewal": True,
                            "dss": {"certs": result.dss_certs, "crls": result.dss_crls, "ocsps": result.dss_ocsps},
                            "missing_revocation": list(result.missing)})
    record_archive(session, file, result, now=now, policy=policy, margin=margin)
    tsa_due = status.next_renewal_at <= now
    if tsa_due:  # renewing again today would not help: the TSA certificate must be renewed
        status.next_renewal_at = now + RETRY_AFTER
    status.renewals += 1
    doc = file.document
    audit.record(session, "document.archive_renew", actor=None, object_type="document", object_id=doc.id,
                 agency_id=doc.agency_id, details={"file_id": file.id, "sha256": result.sha256,
                                                   "previous_timestamp": previous.isoformat() if previous else None,
                                                   "timestamp": result.timestamp_time.isoformat(),
                                                   "next_renewal_at": status.next_renewal_at.isoformat(),
                                                   "tsa_certificate_due": tsa_due})
    session.flush()
    return True

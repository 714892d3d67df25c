"""Telling the job queue that Word files wait for conversion. The ``conversions`` table is the
queue: ``docflow convert worker`` polls it (no Redis needed, as ``make run`` runs). When
``DOCFLOW_REDIS_URL`` is set, the commit that queued a conversion also queues an RQ job for it
(``docflow.worker.convert_job``), so an RQ worker starts it at once; both take a row through
``conversions.claim``, so it is converted once. Never a thread in a web worker."""

from __future__ import annotations

import logging

from sqlalchemy import event

from ..webhooks.jobs import redis_url
from .conversions import SESSION_FLAG

__all__ = ["install", "queue_for", "QUEUE", "CONVERT_JOB"]

QUEUE = "docflow-conversions"
CONVERT_JOB = "docflow.worker.convert_job"  # named: RQ imports it in the worker


def queue_for(url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(url))


def install(app) -> None:
    """After a commit that queued conversions, queue their RQ jobs (when Redis is configured)."""
    config = app.config["DOCFLOW"]
    url = redis_url(config)

    def _after_commit(session) -> None:
        ids = session.info.pop(SESSION_FLAG, None)
        if not ids or not url:
            return
        job_config = config.extra.get("conversion_job_config")  # tests hand the worker their settings
        for conversion_id in ids:
            try:
                queue_for(url).enqueue(CONVERT_JOB, conversion_id, job_config,
                                       job_timeout=int(config.conversion_timeout_seconds) + 120)
            except Exception:  # noqa: BLE001 - the row is safe: `docflow convert worker` takes it
                logging.getLogger("docflow.conversions").warning("could not queue conversion %s", conversion_id,
                                                                 exc_info=True)

    def _after_rollback(session) -> None:
        session.info.pop(SESSION_FLAG, None)  # rolled back: nothing was queued

    for key in ("docflow.sessionmaker", "docflow.write_sessionmaker"):
        event.listen(app.extensions[key], "after_commit", _after_commit)
        event.listen(app.extensions[key], "after_rollback", _after_rollback)

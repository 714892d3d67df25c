"""Running the outbox through RQ when ``DOCFLOW_REDIS_URL`` is set: after a transaction that
wrote webhook events commits, a job is queued; the job delivers what is due and schedules
itself again for the next retry. Without Redis, ``docflow webhooks deliver`` (from cron) does
the same work. Never a thread in a web worker."""

from __future__ import annotations

import os

from sqlalchemy import event

from .outbox import SESSION_FLAG

__all__ = ["install", "redis_url", "queue_for", "deliver_job", "QUEUE"]

QUEUE = "docflow-webhooks"


def redis_url(config) -> str:
    return os.environ.get("DOCFLOW_REDIS_URL") or str(config.extra.get("redis_url") or "")


def queue_for(url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(url))


def install(app) -> None:
    """Queue a delivery job after every commit that wrote webhook events (when Redis is configured)."""
    config = app.config["DOCFLOW"]
    url = redis_url(config)
    if not url:
        return
    # the worker builds its app from its own environment; tests hand it their configuration
    job_config = config.extra.get("webhooks_job_config")

    def _after_commit(session) -> None:
        if session.info.pop(SESSION_FLAG, False):
            try:
                queue_for(url).enqueue(deliver_job, job_config, job_timeout=300)
            except Exception:  # noqa: BLE001 - the rows are safe; cron or the next job sends them
                import logging

                logging.getLogger("docflow.webhooks").warning("could not queue the webhook job", exc_info=True)

    for key in ("docflow.sessionmaker", "docflow.write_sessionmaker"):
        event.listen(app.extensions[key], "after_commit", _after_commit)


def deliver_job(config_overrides: dict | None = None) -> dict:
    """The RQ job: deliver what is due, then schedule the next run at the next retry time."""
    import datetime as dt

    from .. import create_app
    from ..db import session_scope
    from .service import deliver_pending

    app = create_app(config_overrides)
    try:
        with session_scope(app.extensions["docflow.write_sessionmaker"]) as session:
            report = deliver_pending(session, config=app.config["DOCFLOW"])
        url = redis_url(app.config["DOCFLOW"])
        if url and report.next_due is not None:
            when = max(report.next_due, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
            queue_for(url).enqueue_at(when, deliver_job, config_overrides, job_timeout=300)
        return {"attempted": report.attempted, "delivered": report.delivered, "failed": report.failed,
                "retrying": report.retrying}
    finally:
        app.extensions["docflow.engine"].dispose()

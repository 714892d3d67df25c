"""Entry point of the background worker (RQ): each job builds its own application from its
configuration, like ``wsgi.py`` does for gunicorn, and calls one service."""

from __future__ import annotations

import datetime as dt

from .app import create_app
from .db import session_scope
from .webhooks.jobs import DELIVER_JOB, queue_for, redis_url
from .webhooks.service import deliver_pending

__all__ = ["deliver_job", "convert_job"]


def deliver_job(config_overrides: dict | None = None) -> dict:
    """The RQ job: deliver what is due, then schedule the next run at the next retry time."""
    app = create_app(config_overrides)
    try:
        with session_scope(app.extensions["docflow.write_sessionmaker"]) as session:
            report = deliver_pending(session, config=app.config["DOCFLOW"])
        url = redis_url(app.config["DOCFLOW"])
        if url and report.next_due is not None:
            when = max(report.next_due, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
            queue_for(url).enqueue_at(when, DELIVER_JOB, config_overrides, job_timeout=300)
        return {"attempted": report.attempted, "delivered": report.delivered, "failed": report.failed,
                "retrying": report.retrying}
    finally:
        app.extensions["docflow.engine"].dispose()


def convert_job(conversion_id: int, config_overrides: dict | None = None) -> int:
    """The RQ job: convert one queued Word file (nothing when a worker already took it)."""
    app = create_app(config_overrides)
    try:
        from .runtime import convert_pending

        return convert_pending(app.extensions["docflow.write_sessionmaker"], app.config["DOCFLOW"], conversion_id)
    finally:
        app.extensions["docflow.engine"].dispose()

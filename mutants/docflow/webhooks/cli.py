"""``docflow webhooks deliver`` (cron-able) and ``docflow webhooks worker`` (RQ)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

__all__ = ["webhooks_group"]


@click.group("webhooks", help="Deliver webhook events (signed POSTs with retries).")
def webhooks_group() -> None:
    pass


@webhooks_group.command("deliver", help="Send every due event once (run it from cron, e.g. each minute).")
@click.option("--limit", default=500, show_default=True)
@with_appcontext
def deliver_command(limit: int) -> None:
    from ..db import session_scope
    from .service import deliver_pending

    with session_scope(current_app.extensions["docflow.write_sessionmaker"]) as session:
        report = deliver_pending(session, limit=limit, config=current_app.config["DOCFLOW"])
    click.echo(f"attempted {report.attempted}: delivered {report.delivered}, retrying {report.retrying}, "
               f"failed {report.failed}")


@webhooks_group.command("worker", help="Run an RQ worker for the webhook queue (needs DOCFLOW_REDIS_URL).")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@with_appcontext
def worker_command(burst: bool) -> None:
    from rq import Worker

    from .jobs import queue_for, redis_url

    url = redis_url(current_app.config["DOCFLOW"])
    if not url:
        raise click.ClickException("DOCFLOW_REDIS_URL is not set; use `docflow webhooks deliver` from cron")
    queue = queue_for(url)
    Worker([queue], connection=queue.connection).work(burst=burst, with_scheduler=True)

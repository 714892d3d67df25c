"""``docflow convert worker``: converts the Word files staff upload (LibreOffice headless)."""

from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import with_appcontext

__all__ = ["convert_group"]


@click.group("convert", help="Word documents (.docx, .doc, .odt) converted to PDF drafts.")
def convert_group() -> None:
    pass


@convert_group.command("worker", help="Convert queued Word files: polls the database (the queue), or runs an RQ "
                                      "worker with --rq (needs DOCFLOW_REDIS_URL).")
@click.option("--burst", is_flag=True, help="Stop when nothing is queued.")
@click.option("--interval", default=1.0, show_default=True, help="Seconds between two looks at the queue.")
@click.option("--rq", "use_rq", is_flag=True, help="Run an RQ worker for the conversion queue instead.")
@with_appcontext
def worker_command(burst: bool, interval: float, use_rq: bool) -> None:
    from ..runtime import convert_pending

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if use_rq:
        from rq import Worker

        from ..webhooks.jobs import redis_url
        from ..workflow.jobs import queue_for

        url = redis_url(app.config["DOCFLOW"])
        if not url:
            raise click.ClickException("DOCFLOW_REDIS_URL is not set; run `docflow convert worker` without --rq")
        queue = queue_for(url)
        Worker([queue], connection=queue.connection).work(burst=burst)
        return
    click.echo("docflow convert worker: waiting for Word files (Ctrl+C to stop)", err=True)
    try:
        while True:
            done = convert_pending(app.extensions["docflow.write_sessionmaker"], app.config["DOCFLOW"])
            if done:
                click.echo(f"converted {done}", err=True)
            elif burst:
                return
            else:
                time.sleep(interval)
    except KeyboardInterrupt:
        return

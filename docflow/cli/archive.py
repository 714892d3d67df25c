"""``docflow archive refresh``: renew the archive timestamps that are due (run it from cron daily)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

__all__ = ["archive_group"]


@click.group("archive", help="Long-term archive of issued documents (PAdES B-LTA).")
def archive_group() -> None:
    pass


@archive_group.command("refresh", help="Add fresh validation data and a new archive timestamp to every issued "
                                       "file whose renewal is due (TSA certificate or algorithms ending within "
                                       "DOCFLOW_ARCHIVE_MARGIN_DAYS). Each file is one transaction; running it "
                                       "again changes nothing.")
@click.option("--limit", type=int, default=None, help="At most this many files in this run.")
@with_appcontext
def archive_refresh(limit: int | None) -> None:
    from docflow.runtime import renew_dev_tsa, workflow_context
    from docflow.workflow import archive
    from docflow.workflow.errors import WorkflowError

    cfg = current_app.config["DOCFLOW"]
    factory = current_app.extensions["docflow.write_sessionmaker"]
    renew_dev_tsa(cfg)
    with factory() as session:
        ctx = workflow_context(session, cfg)
        due = archive.due_files(session, ctx.now(), limit=limit)
    renewed = failed = 0
    for file_id in due:
        with factory() as session:  # one transaction per file: a crash leaves the others as they are
            ctx = workflow_context(session, cfg)
            try:
                if archive.renew_file(session, ctx, file_id, margin=ctx.archive_margin,
                                      **({"policy": ctx.algorithm_policy} if ctx.algorithm_policy else {})):
                    renewed += 1
            except WorkflowError as exc:
                failed += 1
                click.echo(f"file {file_id}: {exc}", err=True)
    click.echo(f"{renewed} renewed, {failed} failed, {len(due) - renewed - failed} no longer due")
    if failed:
        raise SystemExit(1)

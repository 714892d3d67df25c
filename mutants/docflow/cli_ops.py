"""``docflow backup`` and ``docflow restore`` (the service is docflow/backup.py)."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

__all__ = ["backup_command", "restore_command"]


@click.command("backup", help="Back up the database (one consistent snapshot), the blobs and the instance files, "
                              "with a manifest of SHA-256 hashes, into a new directory.")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path),
              help="Directory to create (must not exist or be empty).")
@with_appcontext
def backup_command(output: Path) -> None:
    from .backup import BackupError, backup

    try:
        result = backup(current_app.config["DOCFLOW"], output)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Backup written to {result.directory}: {result.files} files ({result.blobs} blobs), "
               f"{result.bytes} bytes; manifest {result.directory / 'manifest.json'}")


@click.command("restore", help="Restore a backup into this installation after verifying its manifest. "
                               "Refuses an installation that is not empty unless --force.")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the database and blobs of a non-empty installation.")
@with_appcontext
def restore_command(directory: Path, force: bool) -> None:
    from .backup import BackupError, restore

    current_app.extensions["docflow.engine"].dispose()  # no pooled connection in the way
    try:
        result = restore(current_app.config["DOCFLOW"], directory, force=force)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Restored {result.files} files ({result.blobs} blobs) from {directory}. Run docflow with the "
               "same DOCFLOW_SECRET_KEY (or DOCFLOW_CA_PASSPHRASE) as the backed-up installation: it opens the "
               "development CA's keys.")

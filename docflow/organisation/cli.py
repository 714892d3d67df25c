"""``docflow org``: mergers and renames of agencies (``merge``, ``rename``, ``list``, ``cancel``)
and ``apply-due`` to run from cron (daily, just after midnight Asia/Ho_Chi_Minh)."""

from __future__ import annotations

import datetime as dt

import click
from flask import current_app
from flask.cli import with_appcontext

__all__ = ["org_group"]


def _session_scope():
    from ..db import session_scope

    return session_scope(current_app.extensions["docflow.write_sessionmaker"])


def _agency(session, code: str):
    from sqlalchemy import func, select

    from ..models import Unit, UnitKind

    unit = session.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY,
                                              func.upper(Unit.code) == code.strip().upper())).scalar_one_or_none()
    if unit is None:
        raise click.ClickException(f"no agency with code {code}")
    return unit


def _report(reorg) -> None:
    state = {"applied": "applied", "scheduled": f"scheduled for {reorg.effective_on:%Y-%m-%d}",
             "cancelled": "cancelled"}[reorg.status.value]
    click.echo(f"reorganisation {reorg.id}: {reorg.kind.value}, {state}")
    outcome = reorg.outcome or {}
    if reorg.status.value == "applied":
        n = {key: len(outcome.get(key, [])) for key in ("users", "outgoing", "incoming", "certificates_revoked",
                                                        "webhooks")}
        click.echo(f"  users moved: {n['users']}, open outgoing moved: {n['outgoing']}, open incoming handed "
                   f"over: {n['incoming']}, certificates revoked: {n['certificates_revoked']}, "
                   f"webhooks moved: {n['webhooks']}")


@click.group("org", help="Mergers and renames of agencies, effective on a date.")
def org_group() -> None:
    pass


@org_group.command("merge", help="Merge agencies (--from, repeatable) into another (--into) on a date.")
@click.option("--from", "sources", multiple=True, required=True, help="Code of an agency that is merged")
@click.option("--into", "target", required=True, help="Code of the successor agency")
@click.option("--on", "effective_on", type=click.DateTime(["%Y-%m-%d"]), required=True,
              help="Effective date (YYYY-MM-DD); a later date is scheduled")
@click.option("--decision", default="", help="The decision it executes, e.g. 'Quyết định số 12/QĐ-UBND'")
@with_appcontext
def merge_command(sources: tuple[str, ...], target: str, effective_on: dt.datetime, decision: str) -> None:
    from .reorganise import ReorganisationError, schedule_merger

    try:
        with _session_scope() as session:
            reorg = schedule_merger(session, predecessors=[_agency(session, c) for c in sources],
                                    successor=_agency(session, target), effective_on=effective_on.date(),
                                    decision=decision)
            _report(reorg)
    except ReorganisationError as err:
        raise click.ClickException(str(err)) from None


@org_group.command("rename", help="Give an agency a new name (and code) from a date.")
@click.argument("code")
@click.option("--name", "new_name", required=True)
@click.option("--code", "new_code", help="New code for notations (kept when omitted)")
@click.option("--on", "effective_on", type=click.DateTime(["%Y-%m-%d"]), required=True)
@click.option("--decision", default="")
@with_appcontext
def rename_command(code: str, new_name: str, new_code: str | None, effective_on: dt.datetime, decision: str) -> None:
    from .reorganise import ReorganisationError, schedule_rename

    try:
        with _session_scope() as session:
            reorg = schedule_rename(session, unit=_agency(session, code), new_name=new_name, new_code=new_code,
                                    effective_on=effective_on.date(), decision=decision)
            _report(reorg)
    except ReorganisationError as err:
        raise click.ClickException(str(err)) from None


@org_group.command("apply-due", help="Apply the scheduled changes whose date has come (run daily from cron).")
@with_appcontext
def apply_due_command() -> None:
    from .reorganise import apply_due

    with _session_scope() as session:
        applied = apply_due(session)
        for reorg in applied:
            _report(reorg)
    click.echo(f"{len(applied)} applied")


@org_group.command("list", help="Every merger and rename, newest first.")
@with_appcontext
def list_command() -> None:
    from sqlalchemy import select

    from ..models import Reorganisation

    with _session_scope() as session:
        for reorg in session.execute(select(Reorganisation).order_by(Reorganisation.id.desc())).scalars():
            names = ", ".join(p.unit.name for p in reorg.parts) if reorg.parts else (reorg.outcome or {}).get(
                "from", reorg.successor.name)
            target = reorg.new_name if reorg.kind.value == "rename" and reorg.status.value != "applied" \
                else reorg.successor.name
            click.echo(f"{reorg.id:>4}  {reorg.effective_on:%Y-%m-%d}  {reorg.kind.value:<6} {reorg.status.value:<9} "
                       f"{names} → {target}")


@org_group.command("cancel", help="Cancel a scheduled change.")
@click.argument("reorg_id", type=int)
@with_appcontext
def cancel_command(reorg_id: int) -> None:
    from ..models import Reorganisation
    from .reorganise import ReorganisationError, cancel

    try:
        with _session_scope() as session:
            reorg = session.get(Reorganisation, reorg_id)
            if reorg is None:
                raise click.ClickException(f"no reorganisation {reorg_id}")
            cancel(session, reorg)
            click.echo(f"reorganisation {reorg_id} cancelled")
    except ReorganisationError as err:
        raise click.ClickException(str(err)) from None

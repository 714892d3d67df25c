"""The ``docflow`` command (also ``flask --app docflow ...``). Thin: parse, call a service, print.

Commands that need the database run inside the app context; ``sign`` and ``verify`` work on
files alone.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from ..accounts import service
from ..accounts.errors import AccountError
from ..anchoring import anchor_head, check_anchors, load_anchors
from ..audit import verify_chain
from ..db import session_scope
from ..models import AdminLevel, AuditHead, OrgType, Role, Unit, UnitKind, User
from ..notices import secret_box
from ..provisioning import ensure_base, ensure_demo
from ..runtime import timestamper_for, trust_context
from ..schema import current_revision, head_revision, upgrade
from ..storage import blob_store
from ..storage.s3 import S3BlobStore
from ..webhooks.service import seal_plain_secrets
from ..workflow import exports, queries
from ..workflow.context import VN_TZ
from ..workflow.notify import send_pending_email
from .archive import archive_group  # noqa: E402
from .convert import convert_group
from .edxml import (
    edxml_group,
    export_command,
    export_recall_command,
    export_status_command,
    import_command,
    import_status_command,
)
from .ops import backup_command, restore_command
from .pki import pki_group
from .sign import sign_command
from .verify import verify_command
from .webhooks import webhooks_group

__all__ = ["register"]

ROLE_NAMES = ["staff", "reviewer", "leader", "clerk", "auditor", "admin"]


def _sessionmaker():
    return current_app.extensions["docflow.write_sessionmaker"]


def _session_scope():

    return session_scope(_sessionmaker())


@click.group("db", help="Database schema (Alembic migrations).")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Apply all migrations (creates the schema on an empty database).")
@with_appcontext
def db_upgrade() -> None:

    engine = current_app.extensions["docflow.engine"]
    upgrade(engine)
    click.echo(f"Database at revision {current_revision(engine)}.")


@db_group.command("current", help="Print the database's migration revision.")
@with_appcontext
def db_current() -> None:

    rev = current_revision(current_app.extensions["docflow.engine"])
    click.echo(f"{rev or '(empty)'} (head: {head_revision()})")


@click.command("init", help="Prepare an installation: migrations, operator agency, first admin. Idempotent.")
@click.option("--admin-username", default="admin", show_default=True)
@with_appcontext
def init_command(admin_username: str) -> None:

    upgrade(current_app.extensions["docflow.engine"])
    config = current_app.config["DOCFLOW"]
    store = blob_store(config)
    if isinstance(store, S3BlobStore):
        created = store.ensure_bucket()
        click.echo(f"Object store {config.blob_url} at {config.s3_endpoint_url or 'AWS S3'}: bucket "
                   + ("created." if created else "present."))
    with _session_scope() as session:
        result = ensure_base(session, admin_username=admin_username,
                             admin_password=os.environ.get("DOCFLOW_ADMIN_PASSWORD") or None)

        sealed = seal_plain_secrets(session, current_app.config["DOCFLOW"])
    if sealed:
        click.echo(f"Webhook secrets encrypted at rest: {sealed}.")
    for hook in current_app.extensions.get("docflow.init_hooks", []):
        hook()
    path = current_app.config["DOCFLOW"].data_dir / "admin-password"
    if result.created:
        if not os.environ.get("DOCFLOW_ADMIN_PASSWORD"):  # kept for whoever reads this output too late
            _write_private(path, f"{result.admin_username}\n{result.admin_password}\n")
        click.echo(f"Administrator: {result.admin_username}  password: {result.admin_password}"
                   + (f"  (also in {path})" if path.is_file() else ""))
    else:
        click.echo(f"Administrator {result.admin_username} already exists (password unchanged"
                   + (f"; the first password is in {path}" if path.is_file() else "") + ").")


def _write_private(path: Path, text: str) -> None:
    """A file only the installation's user reads (mode 600 from its creation, never world-readable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _demo_password(data_dir: Path) -> str:
    """One password for every demo user, kept in the instance folder (development only)."""
    if os.environ.get("DOCFLOW_DEMO_PASSWORD"):
        return os.environ["DOCFLOW_DEMO_PASSWORD"]
    path = data_dir / "demo-password"
    if path.is_file():
        return path.read_text().strip()
    password = "Demo-" + secrets.token_urlsafe(9)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(password)
    return password


@click.command("demo", help="Add demo agencies and a user for every role in each. Idempotent.")
@with_appcontext
def demo_command() -> None:

    cfg = current_app.config["DOCFLOW"]
    if cfg.production:
        raise click.ClickException("refusing to add demo users to a production installation")
    password = _demo_password(cfg.data_dir)
    with _session_scope() as session:
        logins = ensure_demo(session, password)
    for hook in current_app.extensions.get("docflow.demo_hooks", []):
        hook(password)
    click.echo(f"Demo users (password for all: {password}):")
    agency = None
    for login in logins:
        if login.agency != agency:
            agency = login.agency
            click.echo(f"  {agency}")
        click.echo(f"    {login.username:<18} {', '.join(login.roles):<16} {login.full_name} — {login.title}")


# -- units and users -------------------------------------------------------------------------


@click.group("units", help="The organisation tree.")
def units_group() -> None:
    pass


@units_group.command("list")
@with_appcontext
def units_list() -> None:

    with _session_scope() as session:
        for unit in session.execute(select(Unit).order_by(Unit.id)).scalars():
            click.echo(f"{unit.id:>5}  {unit.org_type.value:<18} {unit.level.value:<8} {unit.code or '':<8} {unit.name}"
                       f"{'' if unit.active else '  (inactive)'}")


@units_group.command("create")
@click.option("--name", required=True)
@click.option("--kind", type=click.Choice(["province", "agency", "division"]))
@click.option("--type", "org_type", type=click.Choice([
    "province", "province_committee", "department", "district_committee", "commune_committee",
    "other_agency", "division"]), help="What the unit is (UBND tỉnh, Sở, UBND xã, …); implies --kind")
@click.option("--level", type=click.Choice(["province", "district", "commune"]),
              help="Administrative level of an other_agency (the others have a fixed one)")
@click.option("--parent", "parent_id", type=int)
@click.option("--code")
@with_appcontext
def units_create(name: str, kind: str | None, org_type: str | None, level: str | None, parent_id: int | None,
                 code: str | None) -> None:

    if kind is None and org_type is None:
        raise click.UsageError("give --type (or --kind)")
    try:
        with _session_scope() as session:
            parent = session.get(Unit, parent_id) if parent_id else None
            if parent_id and parent is None:
                raise click.ClickException(f"no unit {parent_id}")
            unit = service.create_unit(session, name=name, kind=UnitKind(kind) if kind else None, parent=parent,
                                       code=code, org_type=OrgType(org_type) if org_type else None,
                                       level=AdminLevel(level) if level else None)
            click.echo(f"created unit {unit.id}")
    except AccountError as err:
        raise click.ClickException(str(err)) from None


@click.group("users", help="Users and their roles.")
def users_group() -> None:
    pass


def _user(session, username: str):

    user = session.execute(select(User).where(User.username == username.lower())).scalar_one_or_none()
    if user is None:
        raise click.ClickException(f"no user {username}")
    return user


@users_group.command("list")
@with_appcontext
def users_list() -> None:

    with _session_scope() as session:
        for u in session.execute(select(User).order_by(User.agency_id, User.username)).scalars():
            roles = ",".join(sorted(r.value for r in u.roles))
            click.echo(f"{u.username:<20} {roles:<24} {u.full_name}{'' if u.active else '  (inactive)'}")


@users_group.command("create")
@click.option("--username", required=True)
@click.option("--full-name", required=True)
@click.option("--unit", "unit_id", type=int, required=True)
@click.option("--role", "roles", multiple=True, type=click.Choice(ROLE_NAMES), required=True)
@click.option("--title", default="")
@click.option("--email")
@with_appcontext
def users_create(
    username: str, full_name: str, unit_id: int, roles: tuple[str, ...], title: str, email: str | None
) -> None:

    password = os.environ.get("DOCFLOW_NEW_USER_PASSWORD") or service.generate_password()
    try:
        with _session_scope() as session:
            unit = session.get(Unit, unit_id)
            if unit is None:
                raise click.ClickException(f"no unit {unit_id}")
            service.create_user(session, username=username, full_name=full_name, unit=unit, password=password,
                                roles=[Role(r) for r in roles], title=title, email=email, must_change_password=True)
    except AccountError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"created {username}; one-time password: {password}")


@users_group.command("deactivate")
@click.argument("username")
@with_appcontext
def users_deactivate(username: str) -> None:

    with _session_scope() as session:
        service.set_active(session, _user(session, username), False)
    click.echo(f"{username} deactivated")


@users_group.command("activate")
@click.argument("username")
@with_appcontext
def users_activate(username: str) -> None:

    with _session_scope() as session:
        service.set_active(session, _user(session, username), True)
    click.echo(f"{username} activated")


@users_group.command("reset-password")
@click.argument("username")
@with_appcontext
def users_reset_password(username: str) -> None:

    with _session_scope() as session:
        password = service.reset_password(session, _user(session, username)).password
    click.echo(f"one-time password for {username}: {password}")


@users_group.command("roles")
@click.argument("username")
@click.argument("roles", nargs=-1, required=True, type=click.Choice(ROLE_NAMES))
@with_appcontext
def users_roles(username: str, roles: tuple[str, ...]) -> None:

    with _session_scope() as session:
        service.set_roles(session, _user(session, username), [Role(r) for r in roles])
    click.echo(f"{username}: {', '.join(sorted(roles))}")


# -- audit -------------------------------------------------------------------------------------


@click.group("audit", help="The hash-chained audit trail.")
def audit_group() -> None:
    pass


def _anchor_dir(cfg) -> Path:
    return Path(cfg.extra.get("audit_anchor_dir") or (cfg.data_dir / "audit-anchors"))


@audit_group.command("verify", help="Check every link of the chain and every anchor; exit 1 at a break, a "
                                    "truncation or a rewrite.")
@with_appcontext
def audit_verify() -> None:

    cfg = current_app.config["DOCFLOW"]
    with _session_scope() as session:
        broken = verify_chain(session)
        # the TSA must chain to the trust store: a TSA of one's own could stamp any head
        problems = check_anchors(session, _anchor_dir(cfg), trust_context(session, cfg))
        head = session.get(AuditHead, 1)
    if broken:
        click.echo(f"BROKEN at event {broken.seq}: {broken.reason}", err=True)
    for problem in problems:
        click.echo(f"ANCHOR: {problem.reason}", err=True)
    if broken or problems:
        sys.exit(1)
    anchors = load_anchors(_anchor_dir(cfg))
    last = f"; last anchor at event {anchors[-1].seq} ({anchors[-1].time.isoformat(timespec='seconds')})" \
        if anchors else "; no anchor yet (docflow audit anchor)"
    click.echo(f"audit trail intact: {head.seq if head else 0} events, {len(anchors)} anchors match{last}")


@audit_group.command("anchor", help="Timestamp the trail's head with the TSA; the token goes to the data "
                                    "directory and the log. --watch: again every DOCFLOW_AUDIT_ANCHOR_MINUTES.")
@click.option("--watch", is_flag=True, help="Keep running; anchor whenever the head moved, at the interval.")
@with_appcontext
def audit_anchor(watch: bool) -> None:
    import time

    cfg = current_app.config["DOCFLOW"]
    timestamper = timestamper_for(cfg)
    if timestamper is None:
        raise click.ClickException("DOCFLOW_TSA_URL=none: anchors need a time-stamp authority")
    minutes = max(1, int(cfg.extra.get("audit_anchor_minutes") or os.environ.get("DOCFLOW_AUDIT_ANCHOR_MINUTES")
                         or 60))
    while True:
        with _session_scope() as session:
            anchor = anchor_head(session, timestamper, _anchor_dir(cfg), only_if_moved=watch)
        if anchor is not None:
            click.echo(f"anchored event {anchor.seq} ({anchor.hash[:16]}…) at {anchor.time.isoformat()}: "
                       f"{anchor.path}")
        if not watch:
            return
        time.sleep(minutes * 60)


# -- registers and mail ------------------------------------------------------------------------


class _AgencyReader:
    """Who reads a register from the command line: the agency itself (the clerk's view)."""
    def __init__(self, agency_id: int) -> None:
        self.agency_id = agency_id


@click.command("registers", help="Export an agency's register for a year (CSV, XLSX or PDF).")
@click.argument("kind", type=click.Choice(["outgoing", "incoming", "tracking"]))
@click.option("--agency", "agency_code", required=True, help="Agency code, e.g. SNNMT")
@click.option("--year", type=int, required=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "pdf"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True)
@with_appcontext
def registers_command(kind: str, agency_code: str, year: int, fmt: str, output: str) -> None:
    import datetime as dt


    with _session_scope() as session:
        agency = session.execute(select(Unit).where(Unit.code == agency_code.upper(),
                                                    Unit.kind == UnitKind.AGENCY)).scalar_one_or_none()
        if agency is None:
            raise click.ClickException(f"no agency with code {agency_code}")
        reader = _AgencyReader(agency.id)  # the registers only need the agency
        today = dt.datetime.now(VN_TZ).date()
        rows = queries.register_rows(session, reader, kind, year, today)
        heading = f"{exports.TITLES[kind]} — NĂM {year}"
        data = {"csv": lambda: exports.to_csv(kind, rows), "xlsx": lambda: exports.to_xlsx(kind, rows, heading=heading),
                "pdf": lambda: exports.to_pdf(kind, rows, heading=heading, agency=agency.name,
                                               parent=queries.parent_agency(session, agency))}[fmt]()
    tmp = f"{output}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, output)
    click.echo(f"{len(rows)} rows written to {output}")


def _mail_language(default_locale: str):
    """Each person's e-mail in their own interface language (Vietnamese unless they chose English)."""
    from flask_babel import force_locale, gettext

    from ..i18n import LOCALES
    from ..messages import translate

    def for_user(user):
        locale = user.locale if user.locale in LOCALES else default_locale

        def translated(msgid: str, params: dict) -> str:
            with current_app.test_request_context(), force_locale(locale):
                return translate(gettext, msgid, params)

        return translated

    return for_user


@click.command("mail", help="Send pending notification e-mails through the configured SMTP server.")
@with_appcontext
def mail_command() -> None:
    cfg = current_app.config["DOCFLOW"]
    if not cfg.smtp_host:
        raise click.ClickException("DOCFLOW_SMTP_HOST is not set")
    with _session_scope() as session:
        sent = send_pending_email(session, host=cfg.smtp_host, port=cfg.smtp_port, sender=cfg.mail_from,
                                  base_url=cfg.base_url, open_secret=secret_box(cfg.secret_key).open,
                                  translate_for=_mail_language(cfg.default_locale))
    click.echo(f"{sent} e-mails sent")


@click.command("remind", help="Notify the handlers of incoming documents due tomorrow or overdue "
                                "(once a day per document and person; run daily, then `docflow mail`).")
@with_appcontext
def remind_command() -> None:
    from ..runtime import workflow_context
    from ..workflow.reminders import send_deadline_reminders

    with _session_scope() as session:
        sent = send_deadline_reminders(session, workflow_context(session, current_app.config["DOCFLOW"]))
    click.echo(f"{sent.due_tomorrow} due tomorrow, {sent.overdue} overdue")


def register(group: click.Group) -> None:
    """Attach docflow's commands to a click group (the app's ``flask`` CLI)."""
    for command in (db_group, init_command, demo_command, units_group, users_group, audit_group,
                    registers_command, mail_command, remind_command):
        group.add_command(command)
    for command in (sign_command, verify_command, pki_group, webhooks_group, export_command, import_command,
                    export_status_command, import_status_command, export_recall_command, edxml_group, backup_command,
                    restore_command, convert_group, archive_group):
        group.add_command(command)



def __getattr__(name: str) -> object:
    """``docflow.cli:main`` (console scripts installed before the command moved to
    ``docflow.__main__``): imported on first use, since ``__main__`` imports this module."""
    if name == "main":
        from ..__main__ import main

        return main
    raise AttributeError(name)

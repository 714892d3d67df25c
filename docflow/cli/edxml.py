"""``docflow export-edxml``, ``import-edxml``, ``export-edxml-status``, ``import-edxml-status``
and ``docflow edxml organ|external|seal|seals|seal-remove`` for the exchange identifiers and the
seal certificates registered for external agencies."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

__all__ = ["export_command", "import_command", "export_status_command", "import_status_command",
           "export_recall_command", "edxml_group"]


def _scope():
    from ..db import session_scope

    return session_scope(current_app.extensions["docflow.write_sessionmaker"])


def _ctx(session):
    from ..runtime import workflow_context

    return workflow_context(session, current_app.config["DOCFLOW"], ip="cli")


def _agency(session, code: str):
    from ..models import Unit, UnitKind

    q = select(Unit).where(Unit.code == code.upper(), Unit.kind == UnitKind.AGENCY)
    unit = session.execute(q).scalar_one_or_none()
    if unit is None:
        raise click.ClickException(f"no agency with code {code}")
    return unit


def _run(fn):
    from ..messages import DomainError

    try:
        return fn()
    except DomainError as err:
        raise click.ClickException(str(err)) from None


@click.command("export-edxml", help="Write a dispatched document as an edXML package for an external recipient.")
@click.argument("document_id", type=int)
@click.option("--to", "to_organ", required=True, help="OrganId of the external recipient")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@with_appcontext
def export_command(document_id: int, to_organ: str, output: Path) -> None:
    from ..edxml import service
    from ..models import Document

    def work():
        with _scope() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise click.ClickException(f"no document {document_id}")
            return service.export_document(session, _ctx(session), None, doc, to_organ)

    data = _run(work)
    output.write_bytes(data)
    click.echo(f"wrote {output} ({len(data)} bytes)")


@click.command("export-edxml-recall", help="Write status 13 asking an external recipient to give back a recalled "
                                           "document.")
@click.argument("document_id", type=int)
@click.option("--to", "to_organ", default=None, help="OrganId of the external recipient (if it had several)")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@with_appcontext
def export_recall_command(document_id: int, to_organ: str | None, output: Path) -> None:
    from ..edxml import service
    from ..models import Document

    def work():
        with _scope() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                raise click.ClickException(f"no document {document_id}")
            return service.export_recall(session, _ctx(session), None, doc, to_organ)

    data = _run(work)
    output.write_bytes(data)
    click.echo(f"wrote {output}")


@click.command("import-edxml", help="Receive an edXML package as an incoming document of agency CODE.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--agency", "agency_code", required=True, help="Code of the receiving agency (e.g. SNNMT)")
@with_appcontext
def import_command(file: Path, agency_code: str) -> None:
    from ..edxml import service

    def work():
        with _scope() as session:
            delivery = service.import_package(session, _ctx(session), None, file.read_bytes(),
                                              _agency(session, agency_code))
            return delivery.id, delivery.status.value, delivery.verdict

    delivery_id, status, verdict = _run(work)
    click.echo(f"incoming copy {delivery_id}: {status}, signatures {verdict}")
    if status == "refused":
        sys.exit(1)


@click.command("export-edxml-status", help="Write the Decision 28/2018 status of a document received by edXML.")
@click.argument("delivery_id", type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@with_appcontext
def export_status_command(delivery_id: int, output: Path) -> None:
    from ..edxml import service
    from ..models import Delivery

    def work():
        with _scope() as session:
            delivery = session.get(Delivery, delivery_id)
            if delivery is None:
                raise click.ClickException(f"no incoming copy {delivery_id}")
            return service.export_status(session, _ctx(session), None, delivery)

    data = _run(work)
    output.write_bytes(data)
    click.echo(f"wrote {output}")


@click.command("import-edxml-status", help="Apply a status message from an external recipient.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_status_command(file: Path) -> None:
    from ..edxml import service

    def work():
        with _scope() as session:
            result = service.import_status(session, _ctx(session), None, file.read_bytes())
            return result.delivery.document_id, result.code, result.delivery.status.value

    document_id, code, status = _run(work)
    click.echo(f"document {document_id}: status {code} ({status})")


@click.group("edxml", help="Exchange identifiers (OrganId) for edXML.")
def edxml_group() -> None:
    pass


@edxml_group.command("organ", help="Set the OrganId of one of this installation's agencies.")
@click.argument("agency_code")
@click.argument("organ_id")
@with_appcontext
def organ_command(agency_code: str, organ_id: str) -> None:
    from ..edxml import service

    def work():
        with _scope() as session:
            service.set_organ_id(session, None, _agency(session, agency_code), organ_id)

    _run(work)
    click.echo(f"{agency_code}: {organ_id}")


@edxml_group.command("external", help="Add an agency of another system (by OrganId).")
@click.argument("organ_id")
@click.argument("name")
@with_appcontext
def external_command(organ_id: str, name: str) -> None:
    from ..edxml import service

    def work():
        with _scope() as session:
            unit = service.add_external_agency(session, None, organ_id, name)
            return unit.id, unit.code

    unit_id, code = _run(work)
    click.echo(f"external agency {unit_id} ({code}): {organ_id}")


def _external(session, organ_id: str):
    from ..edxml import seals

    unit = seals.external_agency(session, organ_id)
    if unit is None:
        raise click.ClickException(f"no external agency with OrganId {organ_id}")
    return unit


@edxml_group.command("seal", help="Register the seal certificate (PEM or DER) of an external agency.")
@click.argument("organ_id")
@click.argument("certificate", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def seal_command(organ_id: str, certificate: Path) -> None:
    from ..edxml import seals

    def work():
        with _scope() as session:
            row = seals.register_seal(session, None, _external(session, organ_id), certificate.read_bytes())
            return row.id, row.sha256, row.subject

    cert_id, sha, subject = _run(work)
    click.echo(f"{cert_id} {sha} {subject}")


@edxml_group.command("seals", help="List the seal certificates registered for an external agency.")
@click.argument("organ_id")
@with_appcontext
def seals_command(organ_id: str) -> None:
    from ..edxml import seals

    with _scope() as session:
        rows = [(r.id, r.sha256, r.not_after, r.subject) for r in seals.seals_of(session, _external(session, organ_id))]
    if not rows:
        click.echo("no registered seal certificates")
    for cert_id, sha, not_after, subject in rows:
        click.echo(f"{cert_id} {sha} {not_after:%Y-%m-%d} {subject}")


@edxml_group.command("seal-remove", help="Remove a registered seal certificate (by its id) of an external agency.")
@click.argument("organ_id")
@click.argument("certificate_id", type=int)
@with_appcontext
def seal_remove_command(organ_id: str, certificate_id: int) -> None:
    from ..edxml import seals

    def work():
        with _scope() as session:
            return seals.remove_seal(session, None, _external(session, organ_id), certificate_id).subject

    click.echo(f"removed {certificate_id}: {_run(work)}")

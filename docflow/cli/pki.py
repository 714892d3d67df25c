"""``docflow pki ...``: the development CA, certificates, revocation and the trust store.

Thin: parse, call ``docflow.pki.service``, print. PINs and passwords come from environment
variables named on the command line (``--pin-env VAR``), never from arguments (they would
show in ``ps`` and shell history). Also the ``docflow init``/``docflow demo`` hooks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from cryptography.hazmat.primitives import serialization
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from ..db import session_scope
from ..messages import DomainError
from ..models import Certificate, Unit, UnitKind, User
from ..pki import service, truststore
from ..pki.errors import PkiError

__all__ = ["pki_group", "init_hook", "demo_hook", "DEFAULT_DEMO_PIN"]

DEFAULT_DEMO_PIN = "123456"


def _config():
    return current_app.config["DOCFLOW"]


def _scope():
    return session_scope(current_app.extensions["docflow.write_sessionmaker"])


def _secret_from_env(var: str, what: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise click.ClickException(f"set the {what} in the environment variable {var}")
    return value


def _fail(err: Exception) -> click.ClickException:
    return click.ClickException(str(err))


def _user(session, username: str) -> User:
    user = session.execute(select(User).where(func.lower(User.username) == username.lower())).scalar()
    if user is None:
        raise click.ClickException(f"no user {username!r}")
    return user


def _agency(session, code: str) -> Unit:
    agency = session.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.code == code)).scalar()
    if agency is None:
        raise click.ClickException(f"no agency with code {code!r}")
    return agency


@click.group("pki", help="Development CA, certificates, revocation and trust anchors.")
def pki_group() -> None:
    pass


@pki_group.command("init-ca", help="Create the development CA (idempotent) and print its root.")
@with_appcontext
def init_ca() -> None:
    ca = service.ensure_dev_ca(_config())
    root = ca.root.certificate
    click.echo(f"Root:    {root.subject.rfc4514_string()}  sha256 {truststore.fingerprint(root)}")
    click.echo(f"Issuing: {ca.issuing.certificate.subject.rfc4514_string()}")
    click.echo("Stored in the database (every node shares it); the root is a trust anchor of this installation.")


@pki_group.command("issue", help="Issue a personal signing certificate (software key) to a user.")
@click.option("--user", "username", required=True)
@click.option("--algorithm", type=click.Choice(["rsa-2048", "rsa-3072", "ec-p256"]), default="rsa-2048",
              show_default=True)
@click.option("--pin-env", required=True, metavar="VAR", help="Environment variable holding the initial PIN.")
@with_appcontext
def issue(username: str, algorithm: str, pin_env: str) -> None:
    pin = _secret_from_env(pin_env, "PIN")
    cfg = _config()
    try:
        with _scope() as session:
            cert = service.issue_personal_certificate(session, service.ensure_dev_ca(cfg), _user(session, username),
                                                      pin, algorithm=algorithm, actor=None,
                                                      kdf=service.kdf_params(cfg), one_time_pin=True)
    except (DomainError, PkiError) as err:
        raise _fail(err) from None
    click.echo(f"Issued {cert.subject_cn}: serial {cert.serial}, valid until {cert.not_after:%Y-%m-%d}")
    click.echo("The holder must change this initial PIN (page: My certificates) before signing.")


@pki_group.command("issue-seal", help="Issue an agency's seal certificate (software key).")
@click.option("--agency", "code", required=True, help="The agency code, e.g. SNNMT.")
@click.option("--pin-env", required=True, metavar="VAR")
@with_appcontext
def issue_seal(code: str, pin_env: str) -> None:
    pin = _secret_from_env(pin_env, "PIN")
    cfg = _config()
    try:
        with _scope() as session:
            cert = service.issue_seal_certificate(session, service.ensure_dev_ca(cfg), _agency(session, code), pin,
                                                  actor=None, kdf=service.kdf_params(cfg), one_time_pin=True)
    except (DomainError, PkiError) as err:
        raise _fail(err) from None
    click.echo(f"Issued seal {cert.subject_cn}: serial {cert.serial}, valid until {cert.not_after:%Y-%m-%d}")
    click.echo("The agency's clerks must change this initial PIN before the first seal.")


@pki_group.command("issue-token", help="Generate a key on a PKCS#11 token (one token per holder) and certify it "
                                       "for a user or an agency's seal. The token's PIN given here is replaced "
                                       "at once by an activation code that only the holder receives; the holder "
                                       "activates the certificate by choosing the token's PIN.")
@click.option("--user", "username", help="The holder (personal certificate).")
@click.option("--agency", "code", help="The agency code (seal certificate; its clerks hold the PIN).")
@click.option("--module", "module_path", required=True,
              help="The PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so.")
@click.option("--token", "token_label", required=True, help="The token's label.")
@click.option("--key-label", help="Label of the new key (default: docflow-<holder>-<time>).")
@click.option("--algorithm", type=click.Choice(["rsa-2048", "rsa-3072", "ec-p256"]), default="ec-p256",
              show_default=True)
@click.option("--pin-env", required=True, metavar="VAR",
              help="Environment variable holding the token's current user PIN.")
@with_appcontext
def issue_token(username: str | None, code: str | None, module_path: str, token_label: str, key_label: str | None,
                algorithm: str, pin_env: str) -> None:
    import time

    from ..notices import secret_box
    from ..pki.pkcs11 import TokenKeyRef

    if bool(username) == bool(code):
        raise click.UsageError("give --user or --agency")
    pin = _secret_from_env(pin_env, "token PIN")
    cfg = _config()
    try:
        with _scope() as session:
            owner: User | Unit = _user(session, username) if username else _agency(session, code or "")
            label = key_label or f"docflow-{username or code}-{int(time.time())}"
            cert = service.issue_certificate_on_token(session, service.ensure_dev_ca(cfg), owner,
                                                      TokenKeyRef(module_path, token_label, key_label=label), pin,
                                                      algorithm=algorithm, actor=None,
                                                      for_activation=secret_box(cfg.secret_key))
    except (DomainError, PkiError) as err:
        raise _fail(err) from None
    click.echo(f"Issued {cert.subject_cn} on token {token_label!r}: serial {cert.serial}, pending activation")
    click.echo("The token's PIN you gave no longer opens it: the holder activates the certificate under My "
               "certificates with the code sent by e-mail (run docflow mail) and chooses the token's PIN.")


@pki_group.command("import", help="Import a PKCS#12 from an external CA for a user.")
@click.argument("username")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--password-env", required=True, metavar="VAR")
@click.option("--pin-env", required=True, metavar="VAR")
@with_appcontext
def import_p12(username: str, file: Path, password_env: str, pin_env: str) -> None:
    password = os.environ.get(password_env, "")
    pin = _secret_from_env(pin_env, "new PIN")
    cfg = _config()
    try:
        with _scope() as session:
            cert = service.import_pkcs12(session, _user(session, username), file.read_bytes(), password or None, pin,
                                         service.trust_anchors(cfg), actor=None, kdf=service.kdf_params(cfg))
    except service.ImportRejected as err:
        raise click.ClickException(f"refused ({err.reason}): {err}") from None
    except (DomainError, PkiError) as err:
        raise _fail(err) from None
    click.echo(f"Imported {cert.subject_cn}: serial {cert.serial}, issuer {cert.issuer_name}")


@pki_group.command("revoke", help="Revoke a certificate by its serial number (hex).")
@click.argument("serial")
@click.option("--reason", type=click.Choice(list(service.REVOCATION_REASON_CODES)), required=True)
@with_appcontext
def revoke(serial: str, reason: str) -> None:
    wanted = serial.lower().replace(":", "").lstrip("0") or "0"
    try:
        with _scope() as session:
            certs = session.execute(select(Certificate).where(Certificate.serial == wanted)).scalars().all()
            if len(certs) != 1:
                raise click.ClickException(f"{len(certs)} certificates have serial {wanted}")
            service.revoke(session, certs[0], reason, actor=None)
    except DomainError as err:
        raise _fail(err) from None
    click.echo(f"Revoked {certs[0].subject_cn} ({reason}).")


@pki_group.command("unlock", help="Reset the wrong-PIN counter of a certificate (serial, hex).")
@click.argument("serial")
@with_appcontext
def unlock(serial: str) -> None:
    wanted = serial.lower().replace(":", "").lstrip("0") or "0"
    with _scope() as session:
        cert = session.execute(select(Certificate).where(Certificate.serial == wanted)).scalar()
        if cert is None:
            raise click.ClickException(f"no certificate with serial {wanted}")
        service.unlock(session, cert, actor=None)
    click.echo("Unlocked.")


@pki_group.command("list", help="List certificates.")
@with_appcontext
def list_certificates() -> None:
    with _scope() as session:
        for c in session.execute(select(Certificate).order_by(Certificate.id)).scalars():
            flags = " locked" if c.locked else ""
            click.echo(f"{c.id:>4} {c.owner_kind.value:<8} {c.status.value:<10} {c.serial:<40} "
                       f"{c.not_after:%Y-%m-%d} {c.key_backend.value:<8} {c.subject_cn}{flags}")


@pki_group.command("crl", help="Write the current CRL (DER) of a CA (issuing or root).")
@click.argument("slug")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@with_appcontext
def crl(slug: str, output: Path) -> None:
    try:
        with _scope() as session:
            der = service.current_crl(session, service.ensure_dev_ca(_config()), slug)
    except PkiError as err:
        raise _fail(err) from None
    output.write_bytes(der)
    click.echo(f"Wrote {output} ({len(der)} bytes).")


@pki_group.command("export-chain", help="Write the issuing CA then the root as PEM (for openssl verify).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@with_appcontext
def export_chain(output: Path) -> None:
    ca = service.ensure_dev_ca(_config())
    output.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in ca.chain))
    click.echo(f"Wrote {output}.")


@pki_group.group("trust", help="Trust anchors (shipped certs/ and the instance trust directory).")
def trust_group() -> None:
    pass


@trust_group.command("list")
@with_appcontext
def trust_list() -> None:
    directory = _config().trust_dir
    for anchor in truststore.list_anchors(directory):
        click.echo(f"{anchor.sha256}  {anchor.not_after[:10]}  {anchor.subject}  ({directory})")
    for anchor in service.instance_anchors(_config()):
        click.echo(f"{anchor.sha256}  {anchor.not_after[:10]}  {anchor.subject}  (instance)")


@trust_group.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def trust_add(file: Path) -> None:
    try:
        with _scope() as session:
            anchor = service.add_trust_anchor(session, _config(), file.read_bytes(), actor=None)
    except DomainError as err:
        raise _fail(err) from None
    click.echo(f"Added {anchor.subject} ({anchor.sha256}).")


@trust_group.command("remove")
@click.argument("sha256")
@with_appcontext
def trust_remove(sha256: str) -> None:
    try:
        with _scope() as session:
            anchor = service.remove_trust_anchor(session, _config(), sha256, actor=None)
    except DomainError as err:
        raise _fail(err) from None
    click.echo(f"Removed {anchor.subject}.")


# ---- hooks of docflow init / docflow demo ------------------------------------------------


def init_hook() -> None:
    """``docflow init``: create the development CA (idempotent)."""
    service.ensure_dev_ca(_config())


def demo_hook(_password: str = "") -> None:
    """``docflow demo``: a personal certificate and signature image for every demo leader and
    a seal certificate and seal image for every demo agency (idempotent). PIN for all:
    ``DOCFLOW_DEMO_PIN`` or 123456 (printed)."""
    from ..models import Role
    from ..pki import demo_assets
    from ..provisioning import DEMO_AGENCIES

    cfg = _config()
    pin = os.environ.get("DOCFLOW_DEMO_PIN") or DEFAULT_DEMO_PIN
    ca = service.ensure_dev_ca(cfg)
    kdf = service.kdf_params(cfg)
    codes = [entry[1] for entry in DEMO_AGENCIES]
    issued = 0
    with _scope() as session:
        agencies = session.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.code.in_(codes))).scalars()
        for agency in agencies:
            if service.active_certificate(session, agency=agency) is None:
                service.issue_seal_certificate(session, ca, agency, pin, actor=None, kdf=kdf,
                                               enforce_pin_policy=False)
                issued += 1
            if service.seal_image_record(session, agency) is None:
                parent = agency.parent.name if agency.parent is not None else ""
                service.set_seal_image(session, agency, demo_assets.seal_png(agency.name, parent), actor=None,
                                       width_mm=demo_assets.SEAL_MM)
            leaders = session.execute(select(User).where(User.agency_id == agency.id)).scalars()
            for user in leaders:
                if not user.has_role(Role.LEADER):
                    continue
                if service.active_certificate(session, user=user) is None:
                    service.issue_personal_certificate(session, ca, user, pin, actor=None, kdf=kdf,
                                               enforce_pin_policy=False)
                    issued += 1
                if service.signature_image_record(session, user) is None:
                    service.set_signature_image(session, user, demo_assets.signature_png(user.full_name), actor=None,
                                                width_mm=demo_assets.SIGNATURE_MM[0])
    click.echo(f"Demo certificates: {issued} issued; PIN for every demo key: {pin}", file=sys.stdout)


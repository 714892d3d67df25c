"""``docflow verify``: verify signed PDFs from the command line (DESIGN.md, "Interfaces").

    docflow verify [--trust CERT_OR_DIR]... [--crl FILE]... [--json] FILE.pdf...

Without ``--trust`` the configured trust store is used, the same one the web application
uses: the installation's ``certs/`` (``$DOCFLOW_TRUST_DIR``) and its own anchors (the
development CA root and the anchors an administrator added: in its database, or in
``instance/trust`` before the migration 0026), read through ``docflow.config.load_config()``;
outside an installation, the repository's ``certs/``.
``--json`` prints one ``docflow.verification/1`` object per
file per line, with ``revocation_fetches`` (every CRL/OCSP lookup: URL, result, time).
Fetching follows the installation's rules (fetching.py; ``DOCFLOW_REVOCATION_FETCH=off``
fetches nothing). Exit status: 0 all TOTAL_PASSED, 1 any TOTAL_FAILED, 2 otherwise
(indeterminate or unsigned), 64 usage or I/O error. The main ``docflow`` group adds
``verify_command``; this module does not define the group.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click
from cryptography import x509

from ..verification.engine import verify_pdf
from ..verification.fetching import RevocationFetcher
from ..verification.report import Indication, VerificationReport
from ..verification.trust import TrustContext, TrustStoreError, load_crls, load_trust_anchors

__all__ = ["verify_command", "default_trust_dir", "default_trust_dirs", "EXIT_USAGE"]

EXIT_OK, EXIT_FAILED, EXIT_OTHER, EXIT_USAGE = 0, 1, 2, 64


def default_trust_dir() -> Path | None:
    env = os.environ.get("DOCFLOW_TRUST_DIR")
    if env:
        return Path(env)
    repo_certs = Path(__file__).resolve().parents[2] / "certs"
    return repo_certs if repo_certs.is_dir() else None


def default_trust_dirs() -> list[Path]:
    """The app's trust store directories that exist (see the module docstring)."""
    try:
        from ..config import load_config
        from ..pki.service import trust_directories

        # the secret key is not used here; passing one keeps load_config from creating one
        config = load_config({"secret_key": "docflow-verify-does-not-use-the-secret-key"})
        dirs = [Path(d) for d in trust_directories(config)]
    except Exception:  # noqa: BLE001 - no usable installation: the repository's certs/ only
        single = default_trust_dir()
        dirs = [single] if single is not None else []
    return [d for d in dirs if d.is_dir()]


def installation_anchors() -> list[x509.Certificate]:
    """The installation's own anchors kept in its database (none outside an installation or
    before its database was migrated: then ``default_trust_dirs`` has them)."""
    try:
        from ..config import load_config
        from ..pki import instance_store
        from ..pki.service import instance_anchors

        config = load_config({"secret_key": "docflow-verify-does-not-use-the-secret-key"})
        if not instance_store.available(config.sqlalchemy_url):
            return []
        return [a.certificate for a in instance_anchors(config)]
    except Exception:  # noqa: BLE001 - no usable installation (no database): the directories only
        return []


def cli_fetcher() -> RevocationFetcher:
    """The installation's outbound rules, read from the environment as the app reads them:
    DOCFLOW_WEBHOOK_ALLOWED_NETWORKS, DOCFLOW_REVOCATION_FETCH=off, and Redis as the shared
    cache when DOCFLOW_REDIS_URL is set (else this process's memory)."""
    from ..config import load_config
    from ..outbound import OutboundPolicy
    from ..verification.revocation_cache import MemoryRevocationCache, RedisRevocationCache

    try:
        config = load_config({"secret_key": "docflow-verify-does-not-use-the-secret-key"})
        networks, offline = tuple(config.webhook_networks), config.revocation_fetch == "off"
    except Exception:  # noqa: BLE001 - no usable installation: public addresses, fetching on
        networks, offline = (), os.environ.get("DOCFLOW_REVOCATION_FETCH", "").lower() == "off"
    redis = os.environ.get("DOCFLOW_REDIS_URL")
    cache = RedisRevocationCache.from_url(redis) if redis else MemoryRevocationCache()
    return RevocationFetcher(timeout=3.0, policy=OutboundPolicy(networks), cache=cache, offline=offline)


def _table(report: VerificationReport) -> str:
    lines = [f"{report.file}: {report.verdict}  ({report.revisions} revisions, "
             f"{report.size} bytes, sha256 {report.sha256[:16]}…)"]
    for p in report.problems:
        lines.append(f"  ! {p}")
    if report.signatures:
        lines.append(f"  {'#':<3}{'field':<16}{'kind':<20}{'signer':<28}{'indication'}")
    for i, s in enumerate(report.signatures, 1):
        signer = (s.signer.common_name or s.signer.subject) if s.signer else "?"
        verdict = s.indication + (f"/{s.subindication}" if s.subindication else "")
        lines.append(f"  {i:<3}{s.field[:15]:<16}{s.kind:<20}{signer[:27]:<28}{verdict}"
                     + (f"  PAdES {s.pades_level}" if s.pades_level else ""))
        if s.timestamp:
            lines.append(f"       timestamp {s.timestamp.time.isoformat()} "
                         f"trusted={s.timestamp.trusted} intact={s.timestamp.intact}")
        lines.append(f"       coverage {s.coverage}, changes after: {s.modifications_after}"
                     + (f" ({'; '.join(s.changes_after)})" if s.changes_after else ""))
        for p in s.problems:
            lines.append(f"       - {p}")
    for f in report.revocation_fetches:
        lines.append(f"  revocation {f.kind} {f.url}: {f.result} ({f.duration_ms} ms)"
                     + (f" — {f.detail}" if f.detail else ""))
    return "\n".join(lines)


def _exit_code(verdicts: list[str]) -> int:
    if any(v == Indication.TOTAL_FAILED for v in verdicts):
        return EXIT_FAILED
    if verdicts and all(v == Indication.TOTAL_PASSED for v in verdicts):
        return EXIT_OK
    return EXIT_OTHER


class _UsageError(click.UsageError):
    exit_code = EXIT_USAGE


class _VerifyCommand(click.Command):
    """Usage errors exit with 64 (EX_USAGE), as the interface promises, not click's 2."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:  # the same words ("Invalid value for …"), another exit code
            raise _UsageError(exc.format_message(), exc.ctx) from exc


@click.command("verify", cls=_VerifyCommand)
@click.option("--trust", "trust", multiple=True, type=click.Path(),
              help="Trust anchor certificate (PEM/DER) or directory of them.")
@click.option("--crl", "crls", multiple=True, type=click.Path(),
              help="Offline CRL file (PEM/DER).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, per line.")
@click.option("--at", "at", default=None, metavar="TIME",
              help="Validate as at this time (ISO 8601 with offset, e.g. 2045-01-01T00:00:00+07:00): "
                   "offline, with proofs of existence from the file's timestamps and DSS.")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def verify_command(trust: tuple[str, ...], crls: tuple[str, ...], as_json: bool, at: str | None,
                   files: tuple[str, ...]) -> None:
    """Verify the signatures of FILE.pdf... (exit 0 all passed, 1 any failed, 2 otherwise)."""
    when = None
    if at is not None:
        try:
            when = dt.datetime.fromisoformat(at)
        except ValueError:
            when = None
        if when is None or when.tzinfo is None:
            click.echo(f"docflow verify: --at needs an ISO 8601 time with its offset, e.g. "
                       f"2045-01-01T00:00:00+07:00 (got {at!r})", err=True)
            sys.exit(EXIT_USAGE)
    skipped: list[str] = []
    try:
        # one unreadable anchor must not stop the verification of every file: it is skipped
        # and named on stderr (signatures that needed it then have no trusted chain)
        anchors = load_trust_anchors(trust or default_trust_dirs(), skipped=skipped)
        if not trust:
            anchors = (*anchors, *installation_anchors())
        crl_data = load_crls(crls)
    except TrustStoreError as exc:
        click.echo(f"docflow verify: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for line in skipped:
        click.echo(f"docflow verify: trust anchor skipped, {line}", err=True)
    # in the past nothing is fetched: what a CRL says today is not what it said then, and the
    # file (DSS, timestamps) with the given CRLs and anchors must prove everything
    from docflow.verification.algorithms import DEFAULT_ALGORITHM_POLICY

    ctx = (TrustContext(trust_anchors=anchors, crls=crl_data, validation_time=when, fetch_revocation=False,
                        algorithm_policy=DEFAULT_ALGORITHM_POLICY)
           if when is not None else TrustContext(trust_anchors=anchors, crls=crl_data, fetcher=cli_fetcher()))
    verdicts: list[str] = []
    io_error = False

    def one(path: str) -> None:
        nonlocal io_error
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            click.echo(f"docflow verify: cannot read {path}: {exc.strerror or exc}", err=True)
            io_error = True
            return
        report = verify_pdf(data, ctx, file=path)
        verdicts.append(report.verdict)
        if as_json:
            click.echo(json.dumps(report.to_json(), ensure_ascii=False))
        else:
            click.echo(_table(report))

    if len(files) > 1 and not as_json:
        with click.progressbar(files, label="verifying", file=sys.stderr) as bar:
            for path in bar:
                one(path)
    else:
        for path in files:
            one(path)
    sys.exit(EXIT_USAGE if io_error else _exit_code(verdicts))

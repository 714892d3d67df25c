"""docflow as a real server for the reliability tests: a database of its own, seeded in-process,
served by gunicorn in its own process group (so SIGKILL takes the whole server down at once),
driven over loopback HTTP like a browser would, and a consistency check of database + blobs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from tests.conftest import DEMO_PASSWORD, DEMO_PIN, FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "DOCFLOW_TEST_DATABASE_URL"
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def require_postgres() -> str:
    """The PostgreSQL run's base URL, or skip (these tests drive gunicorn on PostgreSQL)."""
    base = os.environ.get(PG_ENV, "")
    if not base.startswith("postgresql"):
        pytest.skip(f"needs PostgreSQL: runs in the PostgreSQL pass ({PG_ENV}=postgresql+psycopg://...)")
    return base


@contextlib.contextmanager
def private_database(base: str, tag: str):
    """A fresh database named after the run's, created and dropped by this test only."""
    parsed = make_url(base)
    name = f"{parsed.database}_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{tag}_{secrets.token_hex(3)}"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Installation:
    """One docflow installation: data directory (blobs, CA, secret) and database."""

    data_dir: Path
    database_url: str
    secret_key: str = field(default_factory=lambda: "rel-" + secrets.token_urlsafe(40))
    extra: dict = field(default_factory=lambda: {"ratelimit_enabled": False})
    # the blob store: {} (files under data_dir) or {"blob_url": "s3://...", "s3_endpoint_url": ...}
    blobs: dict = field(default_factory=dict)

    def overrides(self) -> dict:
        return {"env": "testing", "secret_key": self.secret_key, "data_dir": self.data_dir,
                "database_url": self.database_url, "trust_dir": self.data_dir / "trust",
                "ca_key_algorithm": "ec-p256", "extra": {**self.extra, "pki_kdf": FAST_KDF}, **self.blobs}

    def env(self, **more: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DOCFLOW_")}
        env.update({"DOCFLOW_ENV": "testing", "DOCFLOW_SECRET_KEY": self.secret_key,
                    "DOCFLOW_DATA_DIR": str(self.data_dir), "DOCFLOW_DATABASE_URL": self.database_url,
                    "DOCFLOW_TRUST_DIR": str(self.data_dir / "trust"), "DOCFLOW_CA_KEY_ALGORITHM": "ec-p256",
                    "DOCFLOW_CONFIG_FILE": str(self.data_dir / "docflow.toml")})
        if self.blobs:
            env.update({"DOCFLOW_BLOB_URL": self.blobs["blob_url"],
                        "DOCFLOW_S3_ENDPOINT_URL": self.blobs["s3_endpoint_url"]})
        env.update(more)
        return env

    def app(self):
        from docflow import create_app

        return create_app(self.overrides())

    def write_instance_file(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        def toml(v) -> str:
            return str(v).lower() if isinstance(v, bool) else repr(v)

        lines = ["[extra]"] + [f"{k} = {toml(v)}" for k, v in self.extra.items()]
        (self.data_dir / "docflow.toml").write_text("\n".join(lines) + "\n")

    def seed(self) -> None:
        """Schema, demo province, a certificate (PIN DEMO_PIN) per leader and a seal per agency."""
        from docflow.models import Unit, User
        from docflow.pki import service as pki
        from docflow.provisioning import ensure_base, ensure_demo
        from docflow.schema import upgrade

        self.write_instance_file()
        app = self.app()
        engine = app.extensions["docflow.engine"]
        upgrade(engine)
        with app.extensions["docflow.write_sessionmaker"]() as db:
            ensure_base(db, admin_password="Admin-pass-2026")
            ensure_demo(db, DEMO_PASSWORD)
            ca = pki.ensure_dev_ca(app.config["DOCFLOW"])
            for user in db.execute(select(User)).scalars():
                if user.has_role("leader"):
                    pki.issue_personal_certificate(db, ca, user, DEMO_PIN, actor=None, kdf=FAST_KDF,
                                                   algorithm="ec-p256")
            for agency in db.execute(select(Unit).where(Unit.kind == "agency")).scalars():
                pki.issue_seal_certificate(db, ca, agency, DEMO_PIN, actor=None, kdf=FAST_KDF, algorithm="ec-p256")
            db.commit()
        engine.dispose()

    def drafts(self, n: int, *, staff: str = "snnmt.staff", leader: str = "snnmt.leader",
               to: tuple[str, ...] = ("UBNDXNH",), subject: str = "Kiểm thử độ tin cậy") -> list[int]:
        """``n`` drafts submitted straight to the signer (awaiting signature)."""
        from docflow.models import DocType, Unit, User
        from docflow.runtime import workflow_context
        from docflow.workflow import outgoing
        from docflow.workflow.outgoing import DraftInput, Upload
        from tests.support.pdfs import official_letter

        app = self.app()
        ids = []
        pdf = official_letter(signer_title="", signer_name="")
        with app.extensions["docflow.write_sessionmaker"]() as db:
            ctx = workflow_context(db, app.config["DOCFLOW"])
            who = {u.username: u for u in db.execute(select(User)).scalars()}
            agencies = [db.execute(select(Unit).where(Unit.code == c, Unit.kind == "agency")).scalar_one().id
                        for c in to]
            for i in range(n):
                doc = outgoing.create_draft(db, ctx, who[staff], DraftInput(
                    doc_type=DocType.CV, subject=f"{subject} {i}", recipients=agencies,
                    signer_id=who[leader].id), Upload("cong-van.pdf", pdf))
                outgoing.submit(db, ctx, who[staff], doc, doc.revision)
                db.commit()
                ids.append(doc.id)
        app.extensions["docflow.engine"].dispose()
        return ids


class Server:
    """gunicorn serving ``wsgi:app`` for an installation, in its own process group."""

    def __init__(self, inst: Installation, *, workers: int = 2, threads: int = 4, log: Path | None = None,
                 **env: str) -> None:
        self.inst, self.workers, self.threads, self.extra_env = inst, workers, threads, env
        self.port = free_port()
        self.log = log or inst.data_dir.parent / f"gunicorn-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> Server:
        # --keep-alive 30: gunicorn closes an idle kept-alive connection after 2 s by default, and a
        # client that sends on it at that moment gets "connection reset" (one in 3,274 requests of
        # the load test once). Clients and proxies must time out first, as nginx does with its
        # upstream keepalive_timeout below gunicorn's.
        cmd = [sys.executable, "-m", "gunicorn", "--workers", str(self.workers), "--threads", str(self.threads),
               "--bind", f"127.0.0.1:{self.port}", "--timeout", "120", "--graceful-timeout", "5",
               "--keep-alive", "30", "--chdir", str(ROOT), "wsgi:app"]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=self.inst.env(**self.extra_env), stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log.read_text()[-3000:]}")
            try:
                if requests.get(self.url + "/login", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"gunicorn did not answer in {timeout} s: {self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL the master and every worker at once: a power cut, not a shutdown."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class Client:
    """A person at a browser: logs in with the form, posts forms with the CSRF token."""

    def __init__(self, base: str, username: str, password: str = DEMO_PASSWORD, timeout: float = 60) -> None:
        self.base, self.username, self.timeout = base, username, timeout
        self.http = requests.Session()
        self.password = password
        self.token = ""

    def login(self) -> Client:
        page = self.http.get(self.base + "/login", timeout=self.timeout)
        token = _CSRF.search(page.text).group(1)
        r = self.http.post(self.base + "/login", data={"username": self.username, "password": self.password,
                                                       "csrf_token": token}, allow_redirects=False,
                           timeout=self.timeout)
        assert r.status_code == 302, f"login {self.username}: {r.status_code}"
        desk = self.http.get(self.base + "/desk", timeout=self.timeout)
        self.token = _CSRF.search(desk.text).group(1)
        return self

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.base + path, timeout=self.timeout, allow_redirects=False, **kw)

    def post(self, path: str, data: dict | None = None, files=None, json_answer: bool = True) -> requests.Response:
        headers = {"Accept": "application/json"} if json_answer else {}
        return self.http.post(self.base + path, data={**(data or {}), "csrf_token": self.token}, files=files,
                              headers=headers, allow_redirects=False, timeout=self.timeout)

    def act(self, doc_id: int, action: str, revision: int, **data) -> requests.Response:
        return self.post(f"/documents/{doc_id}/{action}", {"revision": revision, **data})


# -- consistency ---------------------------------------------------------------------------------


def revision_of(url: str, doc_id: int) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        rev = conn.execute(text("SELECT revision FROM documents WHERE id = :i"), {"i": doc_id}).scalar_one()
    engine.dispose()
    return rev


def consistency_problems(inst: Installation) -> list[str]:
    """Everything that must hold after any crash: rows have their blobs, registers have no twin
    and no gap, every signed state has its signatures, the audit chain is intact."""
    from docflow.audit.trail import verify_chain
    from docflow.models import Delivery, DocStatus, Document, FileVersion, RegisterCounter
    from docflow.storage import BlobMissing, blob_store

    problems: list[str] = []
    app = inst.app()
    blobs = blob_store(app.config["DOCFLOW"])
    with app.extensions["docflow.sessionmaker"]() as db:
        for v in db.execute(select(FileVersion)).scalars():
            try:
                blobs.get(v.sha256)
            except BlobMissing as exc:
                problems.append(f"file version {v.id}: {exc}")
        issued = [d for d in db.execute(select(Document)).scalars() if d.number is not None]
        per_register = Counter((d.agency_id, d.year) for d in issued)
        for (agency, year), count in per_register.items():
            numbers = sorted(d.number for d in issued if (d.agency_id, d.year) == (agency, year))
            if numbers != list(range(1, count + 1)):
                problems.append(f"outgoing register {agency}/{year}: numbers {numbers}")
            last = db.execute(select(RegisterCounter.last_number).where(
                RegisterCounter.agency_id == agency, RegisterCounter.year == year,
                RegisterCounter.kind == "outgoing")).scalar_one()
            if last != count:
                problems.append(f"outgoing counter {agency}/{year} at {last}, {count} documents numbered")
        incoming = [d for d in db.execute(select(Delivery)).scalars() if d.incoming_number is not None]
        for key, count in Counter((d.recipient_agency_id, d.incoming_year) for d in incoming).items():
            numbers = sorted(d.incoming_number for d in incoming if (d.recipient_agency_id, d.incoming_year) == key)
            if numbers != list(range(1, count + 1)):
                problems.append(f"incoming register {key}: numbers {numbers}")
        after_sign = {DocStatus.SIGNED, DocStatus.ISSUED, DocStatus.DISPATCHED, DocStatus.RECALLED}
        for d in db.execute(select(Document)).scalars():
            reasons = [v.reason for v in d.main_file.versions]
            signed = "signature" in reasons
            if (d.status in after_sign) != signed:
                problems.append(f"document {d.id}: status {d.status.value} but versions {reasons}")
            if (d.status in after_sign - {DocStatus.SIGNED}) != ("seal" in reasons and d.number is not None):
                problems.append(f"document {d.id}: status {d.status.value}, number {d.number}, versions {reasons}")
            deliveries = db.execute(select(Delivery).where(Delivery.document_id == d.id)).scalars().all()
            if d.status == DocStatus.DISPATCHED and len(deliveries) != len(d.recipients):
                problems.append(f"document {d.id}: dispatched to {len(d.recipients)}, {len(deliveries)} deliveries")
            if d.status not in (DocStatus.DISPATCHED, DocStatus.RECALLED) and deliveries:
                problems.append(f"document {d.id}: {len(deliveries)} deliveries but status {d.status.value}")
            if signed:
                data = blobs.get(d.main_file.current.sha256)
                want = 2 if "seal" in reasons else 1
                if data.count(b"/ByteRange") < want:
                    problems.append(f"document {d.id}: fewer than {want} signatures in its current version")
        broken = verify_chain(db)
        if broken is not None:
            problems.append(f"audit chain broken: {broken}")
    app.extensions["docflow.engine"].dispose()
    return problems


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

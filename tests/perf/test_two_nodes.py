"""Scale-out: gunicorn nodes on their own ports, one PostgreSQL database, and the blobs
either in one data directory the nodes share (the file store: two nodes) or in one SeaweedFS
object store, where every node has a data directory of its own and nothing is shared on disk
(two and three nodes: the CA, the trust store and the auditor's uploads are in the database, issue 24).
A document signed, numbered and dispatched through node A is read, downloaded, verified and
registered through node B, and the auditor who uploads it on B reads the report on C (on A
with two nodes);
outgoing numbers issued concurrently through every node stay unique and gap-free; two nodes
starting at the same moment on an empty database create one development CA."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import delete, func, select

from docflow.models import Delivery, DeliveryStatus, DocStatus, Document
from docflow.workflow import outgoing
from tests.conftest import DEMO_PASSWORD, DEMO_PIN
from tests.workflow.conftest import world  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def postgres_only(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("two nodes need a database server both can share: run with DOCFLOW_TEST_DATABASE_URL="
                    "postgresql+psycopg://... (one SQLite file is not a scale-out setup)")


@pytest.fixture
def config_overrides(config_overrides, blob_backend):
    """Both nodes on the file store, then on SeaweedFS (DOCFLOW_BLOB_URL=s3://...)."""
    return {**config_overrides, **blob_backend}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(config, port: int, tmp_path: Path, data_dir: Path | None = None) -> subprocess.Popen:
    """A node; ``data_dir``: its own data directory (else the test's, shared)."""
    toml = tmp_path / "nodes.toml"
    toml.write_text("[extra]\nratelimit_enabled = false\n")
    env = {**os.environ, "DOCFLOW_ENV": "testing", "DOCFLOW_SECRET_KEY": config.secret_key,
           "DOCFLOW_DATA_DIR": str(data_dir or config.data_dir), "DOCFLOW_DATABASE_URL": config.database_url,
           "DOCFLOW_TRUST_DIR": str(config.trust_dir), "DOCFLOW_CA_KEY_ALGORITHM": config.ca_key_algorithm,
           "DOCFLOW_BASE_URL": config.base_url, "DOCFLOW_CONFIG_FILE": str(toml),
           "DOCFLOW_BLOB_URL": config.blob_url, "DOCFLOW_S3_ENDPOINT_URL": config.s3_endpoint_url}
    log = (tmp_path / f"node-{port}.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--timeout", "120",
                             "wsgi:app"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def _wait(port: int, proc: subprocess.Popen) -> None:
    for _ in range(120):  # at most 60 s
        if proc.poll() is not None:
            raise AssertionError(f"node on port {port} exited with {proc.returncode}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError(f"node on port {port} did not start")


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


def _separate(config) -> bool:
    """On the object store every node gets a data directory of its own; the file store needs
    one directory shared by the nodes (that is what it is: one machine's disk)."""
    return bool(config.blob_url)


@pytest.fixture
def nodes(request, postgres_only, world, tmp_path):  # noqa: F811
    """The nodes' base URLs: ``indirect`` parametrisation gives their number (default: three
    with separate data directories on the object store, two sharing one on the file store)."""
    config = world.config
    count = getattr(request, "param", None) or (3 if _separate(config) else 2)
    if count > 2 and not _separate(config):
        pytest.skip("the file store is one machine's directory: two nodes share it, more are not tested")
    ports = [_free_port() for _ in range(count)]
    dirs = [tmp_path / f"node-{k}" if _separate(config) else None for k in range(count)]
    procs = [_start(config, port, tmp_path, d) for port, d in zip(ports, dirs, strict=True)]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(port, proc)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for proc in procs:
            _stop(proc)
    for d in dirs:
        if d is not None:  # nothing a node needs was left in its own data directory
            assert not (d / "pki").exists() and not (d / "trust").exists() and not (d / "audit" / "uploads").exists()
            assert not (d / "blobs").exists()


class Session:
    def __init__(self, base: str, username: str) -> None:
        self.base, self.http = base, requests.Session()
        token = _CSRF.search(self.http.get(f"{base}/login", timeout=30).text).group(1)
        r = self.http.post(f"{base}/login", data={"username": username, "password": DEMO_PASSWORD,
                                                  "csrf_token": token, "next": ""}, allow_redirects=False, timeout=60)
        assert r.status_code == 302, (username, r.status_code)
        self.csrf = _CSRF.search(self.http.get(f"{base}/desk", timeout=30).text).group(1)

    def post(self, path: str, **data):
        return self.http.post(f"{self.base}{path}", data={"csrf_token": self.csrf, **data},
                              headers={"Accept": "application/json"}, timeout=120)


def _signed_document(w, subject: str) -> Document:
    db, ctx = w.db, w.ctx()
    staff, leader = w.user("snnmt.staff"), w.user("snnmt.leader")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None, subject=subject), w.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    return doc


@pytest.mark.parametrize("nodes", [2, 3], indirect=True, ids=["2-nodes", "3-nodes"])
def test_signed_on_node_a_read_verified_registered_on_node_b(world, nodes):  # noqa: F811
    w, db = world, world.db
    node_a, node_b = nodes[:2]
    staff = w.user("snnmt.staff")
    doc = outgoing.create_draft(db, w.ctx(), staff, w.draft_input(reviewer=None), w.letter())
    outgoing.submit(db, w.ctx(), staff, doc, doc.revision)
    db.commit()
    doc_id = doc.id

    # node A: the leader signs with the PIN, the clerk numbers, seals and dispatches
    leader = Session(node_a, "snnmt.leader")
    r = leader.post(f"/documents/{doc_id}/sign", revision=doc.revision, pin=DEMO_PIN)
    assert r.status_code == 200 and r.json()["ok"], r.text
    clerk = Session(node_a, "snnmt.clerk")
    r = clerk.post(f"/documents/{doc_id}/issue", revision=r.json()["revision"], pin=DEMO_PIN)
    assert r.status_code == 200 and r.json()["ok"], r.text
    r = clerk.post(f"/documents/{doc_id}/dispatch", revision=r.json()["revision"])
    assert r.status_code == 200 and r.json()["status"] == "dispatched", r.text
    db.expire_all()
    delivery = db.execute(select(Delivery).where(Delivery.document_id == doc_id)).scalar_one()
    db.commit()

    # node B: the recipient clerk reads it, downloads the copy, verifies it and registers it
    b_clerk = Session(node_b, "ubndxnh.clerk")
    page = b_clerk.http.get(f"{node_b}/incoming/{delivery.id}", timeout=60)
    assert page.status_code == 200 and doc.subject in page.text
    from docflow.api.tokens import create_token

    user = w.user("ubndxnh.clerk")
    token = create_token(db, user, user, "two nodes").token
    db.commit()
    api = {"Authorization": f"Bearer {token}"}
    pdf = requests.get(f"{node_b}/api/v1/deliveries/{delivery.id}/pdf", headers=api, timeout=60)
    assert pdf.status_code == 200 and pdf.headers["X-Content-SHA256"] == delivery.verified_sha256
    report = requests.post(f"{node_b}/api/v1/verify", headers=api, timeout=120,
                           files={"file": ("van-ban.pdf", pdf.content, "application/pdf")}).json()
    kinds = [s["kind"] for s in report["signatures"]]
    # the leader's signature, the agency's seal and the archive timestamp added at issuance (B-LTA)
    assert report["verdict"] == "TOTAL_PASSED" and kinds[2:] == ["document_timestamp"] \
        and "document_timestamp" not in kinds[:2], report
    r = b_clerk.post(f"/incoming/{delivery.id}/register", revision=delivery.revision)
    assert r.status_code == 200 and r.url.endswith(f"/incoming/{delivery.id}")  # redirected back to its page
    db.expire_all()
    delivery = db.get(Delivery, delivery.id)
    assert delivery.status == DeliveryStatus.REGISTERED and delivery.incoming_number == 1
    db.commit()

    # the auditor uploads the copy on node B and reads its report on node C (with two nodes: A)
    auditor = Session(node_b, "snnmt.auditor")
    r = auditor.http.post(f"{node_b}/audit/verify", data={"csrf_token": auditor.csrf}, allow_redirects=False,
                          files={"pdf": ("van-ban.pdf", pdf.content, "application/pdf")}, timeout=120)
    assert r.status_code == 302, r.text[:500]
    report_path = urlsplit(r.headers["Location"]).path
    node_c = nodes[2 % len(nodes)]
    page = auditor.http.get(f"{node_c}{report_path}", timeout=120)
    assert page.status_code == 200 and "van-ban.pdf" in page.text
    report = auditor.http.get(f"{node_c}{report_path}/report.json", timeout=120).json()
    assert report["verdict"] == "TOTAL_PASSED", report


def test_numbers_stay_unique_and_gap_free_across_nodes(world, nodes):  # noqa: F811
    w, db = world, world.db
    docs = [_signed_document(w, f"V/v số hiệu song song {k}") for k in range(10)]
    targets = [(d.id, d.revision) for d in docs]
    clerks = [Session(base, "snnmt.clerk") for base in nodes for _ in range(2)]  # two sessions per node

    def issue(k: int):
        doc_id, revision = targets[k]
        return clerks[k % len(clerks)].post(f"/documents/{doc_id}/issue", revision=revision, pin=DEMO_PIN)

    with ThreadPoolExecutor(max_workers=len(clerks)) as pool:
        answers = list(pool.map(issue, range(len(targets))))
    assert all(a.status_code == 200 and a.json()["ok"] for a in answers), [a.text[:200] for a in answers]
    db.expire_all()
    issued = db.execute(select(Document).where(Document.id.in_([t[0] for t in targets]))).scalars().all()
    assert {d.status for d in issued} == {DocStatus.ISSUED}
    assert sorted(d.number for d in issued) == list(range(1, 11))
    assert len({d.notation for d in issued}) == 10
    db.commit()


def test_two_nodes_starting_at_once_on_an_empty_database_make_one_ca(postgres_only, app, db, tmp_path):
    """Four gunicorn workers (two nodes of two) create the development CA at their start, at
    the same moment, each in its own data directory: one insert wins, every worker serves the
    winner's root and issuing certificates."""
    from docflow.models import InstanceFile

    db.execute(delete(InstanceFile))
    db.commit()
    config = app.config["DOCFLOW"]
    ports = [_free_port(), _free_port()]
    procs = [_start(config, port, tmp_path, tmp_path / f"node-{k}") for k, port in enumerate(ports)]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(port, proc)
        roots = {requests.get(f"http://127.0.0.1:{port}/pki/ca/root.crt", timeout=30).content
                 for port in ports for _ in range(4)}  # several requests: both workers of each node
        issuing = {requests.get(f"http://127.0.0.1:{port}/pki/ca/issuing.crt", timeout=30).content
                   for port in ports for _ in range(4)}
    finally:
        for proc in procs:
            _stop(proc)
    assert len(roots) == 1 and len(issuing) == 1
    assert db.scalar(select(func.count()).select_from(InstanceFile).where(InstanceFile.kind == "ca")) == 6

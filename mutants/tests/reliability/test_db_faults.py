"""Database faults: a PRIVATE PostgreSQL cluster (initdb into a temporary directory, its own
port, trust auth, started and stopped by this test — the shared server is never touched) is
stopped and started again while gunicorn serves a stream of reads and signatures. Requests
during the outage fail cleanly (503 with a message, or a refused connection — never a hang),
docflow recovers by itself afterwards (pool_pre_ping), and every acknowledged signature is in
the database."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.conftest import DEMO_PIN

from .support import Client, Installation, Server, consistency_problems, free_port, require_postgres, revision_of

pytestmark = [pytest.mark.db, pytest.mark.slow]

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres(*cmd: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", "postgres", "--", *cmd], capture_output=True, text=True,
                          timeout=timeout, check=True)


@contextlib.contextmanager
def private_cluster():
    if not (PG_BIN / "initdb").exists() or shutil.which("runuser") is None or os.geteuid() != 0:
        pytest.skip("needs PostgreSQL 15's initdb, runuser and root (to run it as the postgres user)")
    base = Path(tempfile.mkdtemp(prefix="docflow-pg-", dir="/tmp"))
    shutil.chown(base, "postgres", "postgres")
    data, port = base / "data", free_port()
    _as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"

    def ctl(action: str) -> None:
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w",
                     "-m", "fast", action)

    ctl("start")
    try:
        admin = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE docflow"))
        admin.dispose()
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/docflow", ctl
    finally:
        with contextlib.suppress(Exception):
            ctl("stop")
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_restart_while_serving(tmp_path):
    require_postgres()
    with private_cluster() as (url, ctl):
        inst = Installation(tmp_path / "inst", url)
        inst.seed()
        drafts = inst.drafts(40)
        outcomes: list[tuple[float, str, int | str]] = []
        acknowledged: list[int] = []
        stop = threading.Event()
        with Server(inst, workers=2, threads=4) as server:
            reader, leader = Client(server.url, "snnmt.staff", timeout=30).login(), \
                Client(server.url, "snnmt.leader", timeout=30).login()
            revisions = {d: revision_of(url, d) for d in drafts}

            def read_loop() -> None:
                while not stop.is_set():
                    try:
                        r = reader.get("/documents")
                        outcomes.append((time.monotonic(), "read", r.status_code))
                    except requests.RequestException as exc:
                        outcomes.append((time.monotonic(), "read", type(exc).__name__))
                    time.sleep(0.05)

            def sign_loop() -> None:
                for d in drafts:
                    if stop.is_set():
                        return
                    try:
                        r = leader.act(d, "sign", revisions[d], pin=DEMO_PIN)
                        outcomes.append((time.monotonic(), "sign", r.status_code))
                        if r.status_code == 200 and r.json().get("ok"):
                            acknowledged.append(d)
                    except requests.RequestException as exc:
                        outcomes.append((time.monotonic(), "sign", type(exc).__name__))
                    time.sleep(0.1)

            threads = [threading.Thread(target=read_loop), threading.Thread(target=sign_loop)]
            for t in threads:
                t.start()
            time.sleep(3)
            down = time.monotonic()
            ctl("stop")
            time.sleep(3)
            ctl("start")
            up = time.monotonic()
            time.sleep(6)
            stop.set()
            for t in threads:
                t.join(timeout=60)
            # during the outage: clean failures, with the 503 page when docflow answered
            during = [o for o in outcomes if down <= o[0] <= up]
            assert during, "no request was sent during the outage"
            bad = [o for o in during if o[2] not in (200, 302, 503)]
            assert not bad, f"unclean failures during the outage: {bad[:5]}"
            assert any(o[2] == 503 for o in during)
            r = reader.get("/documents")
            assert r.status_code == 200  # recovered by itself
            late = [o for o in outcomes if o[0] > up + 3]
            assert late and all(o[2] == 200 for o in late), late[:5]
            assert all(o[2] in (200, 302, 503) for o in outcomes if o[0] < down or o[0] > up)
        print(f"\ndb faults: {len(outcomes)} requests, {len(during)} during the outage "
              f"({sum(1 for o in during if o[2] == 503)} × 503), {len(acknowledged)} signatures acknowledged")
        engine = create_engine(url)
        with engine.connect() as conn:
            status = dict(conn.execute(text("SELECT id, status FROM documents")).all())
        engine.dispose()
        lost = [d for d in acknowledged if str(status[d]).lower() != "signed"]
        assert not lost, f"acknowledged but lost: {lost}"
        assert consistency_problems(inst) == []

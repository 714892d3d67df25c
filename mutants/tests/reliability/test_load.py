"""50 concurrent clients doing mixed work for 30 s against gunicorn on PostgreSQL: zero 5xx,
zero duplicate or skipped register numbers, zero lost signatures, audit chain intact (checked
with ``docflow audit verify``). The long run is benchmarks/load.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .load import run, seed
from .support import ROOT, Installation, Server, consistency_problems, private_database, require_postgres

pytestmark = [pytest.mark.db, pytest.mark.slow]

SECONDS = float(os.environ.get("DOCFLOW_LOAD_SECONDS", 30))


def test_fifty_clients_mixed_work(tmp_path):
    base = require_postgres()
    with private_database(base, "load") as url:
        inst = Installation(tmp_path / "inst", url)
        inst.seed()
        drafts = seed(inst, per_agency=8)
        with Server(inst, workers=3, threads=6) as server:
            tally = run(server.url, inst, drafts, clients=50, seconds=SECONDS)
        print(f"\nload: {tally.requests} requests in {SECONDS:.0f} s by 50 clients; statuses {dict(tally.statuses)}; "
              f"signed {len(tally.signed)}, issued {len(tally.issued)}, dispatched {len(tally.dispatched)}")
        assert not tally.errors, tally.errors[:10]
        assert not [s for s in tally.statuses if s >= 500]
        assert tally.signed and tally.issued and tally.requests > 0  # throughput depends on the machine: not asserted
        assert consistency_problems(inst) == []
        # every acknowledged action is in the database
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            status = dict(conn.execute(text("SELECT id, status FROM documents")).all())
        engine.dispose()
        for d in tally.signed:
            assert str(status[d]).lower() in ("signed", "issued", "dispatched"), d
        for d in tally.dispatched:
            assert str(status[d]).lower() == "dispatched", d
        verify = subprocess.run([str(Path(sys.executable).parent / "docflow"), "audit", "verify"], cwd=ROOT,
                                env=inst.env(), capture_output=True, text=True, timeout=300)
        assert verify.returncode == 0, verify.stdout + verify.stderr

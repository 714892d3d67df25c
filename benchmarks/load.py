"""Long load run: N concurrent clients (default 50) doing mixed work against gunicorn on
PostgreSQL for a while (default 10 minutes), then the same checks as tests/reliability/test_load.py.

    DOCFLOW_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/docflow_load \\
        .venv/bin/python benchmarks/load.py --seconds 600 --clients 50 --per-agency 200

Creates (and drops) its own database next to the named one, and its own data directory."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docflow.accounts.passwords import use_fast_profile  # noqa: E402
from tests.reliability.load import run, seed  # noqa: E402
from tests.reliability.support import Installation, Server, consistency_problems, private_database  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--per-agency", type=int, default=200, help="drafts awaiting signature per agency")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args()
    base = os.environ.get("DOCFLOW_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/docflow_load")
    use_fast_profile()
    with tempfile.TemporaryDirectory() as tmp, private_database(base, "bench") as url:
        inst = Installation(Path(tmp) / "inst", url)
        inst.seed()
        drafts = seed(inst, args.per_agency)
        with Server(inst, workers=args.workers, threads=args.threads) as server:
            started = time.monotonic()
            tally = run(server.url, inst, drafts, clients=args.clients, seconds=args.seconds)
            took = time.monotonic() - started
        problems = consistency_problems(inst)
        fivexx = sum(n for s, n in tally.statuses.items() if s >= 500)
        print(f"{tally.requests} requests in {took:.0f} s ({tally.requests / took:.1f}/s) by {args.clients} clients; "
              f"statuses {dict(tally.statuses)}; signed {len(tally.signed)}, issued {len(tally.issued)}, "
              f"dispatched {len(tally.dispatched)}; 5xx {fivexx}; client errors {len(tally.errors)}; "
              f"consistency problems {len(problems)}")
        for line in (tally.errors + problems)[:20]:
            print("  ", line)
        return 1 if fivexx or tally.errors or problems else 0


if __name__ == "__main__":
    sys.exit(main())

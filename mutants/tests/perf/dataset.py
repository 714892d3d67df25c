"""Small synthetic data sets for the performance tests, built with benchmarks/seed.py's
generator (the same shape as the 1M benchmark data, a thousandth of its size)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import seed  # noqa: E402

FAKE_SHA = ["1" * 64, "2" * 64, "3" * 64]
END = dt.datetime(2026, 6, 30, 12, tzinfo=dt.UTC)


def load(database_url: str, n_docs: int, password_hash: str) -> seed.Generator:
    """Fill the (empty, migrated) database with ``n_docs`` documents and everything around
    them; blobs are not written (list pages never read them)."""
    samples = {"letter": FAKE_SHA, "shas": FAKE_SHA, "sizes": dict.fromkeys(FAKE_SHA, 20_000),
               "pages": dict.fromkeys(FAKE_SHA, 1), "verdict": "TOTAL_PASSED",
               "report": {"schema": "docflow.verification/1", "verdict": "TOTAL_PASSED", "signatures": []}}
    args = argparse.Namespace(seed=9, scale=n_docs / 1_000_000, end=END)
    gen = seed.Generator(args, samples, password_hash)
    writer = (seed.PgWriter(database_url) if database_url.startswith("postgresql")
              else seed.SqliteWriter(database_url))
    cols, rows = gen.units()
    writer.copy("units", cols, rows)
    ucols, urows, rcols, rrows = gen.users()
    writer.copy("users", ucols, urows)
    writer.copy("user_roles", rcols, rrows)
    writer.copy("documents", gen.DOC_COLS, gen.documents())
    writer.copy("document_files", ["id", "document_id", "role", "position", "filename"], gen.files())
    writer.copy("file_versions", gen.VERSION_COLS, gen.versions())
    writer.copy("deliveries", gen.DELIVERY_COLS, gen.deliveries())
    writer.copy("document_events", gen.EVENT_COLS, gen.events())
    writer.copy("audit_events", gen.AUDIT_COLS, gen.audit_rows())
    writer.copy("audit_head", ["id", "seq", "hash"], [(1, *gen.audit_head)])
    writer.copy("notifications", gen.NOTIFICATION_COLS, gen.notifications())
    writer.copy("register_counters", ["agency_id", "year", "kind", "last_number"], gen.counters())
    writer.finish(seed.TABLES)
    writer.conn.close()
    return gen

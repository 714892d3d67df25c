"""Crash safety: SIGKILL the whole gunicorn server in the middle of signing, issuing and
dispatching (receiving at the recipient), restart it, and prove the action happened completely
or not at all — no row without its blob, no number used twice or skipped, no signature lost —
and that the user's retry then succeeds.

It runs on both blob stores: files under the data directory, and a SeaweedFS object store
(the object is written and read back before the hook, as on the file store).

The kill lands in the worst window: the test hook in docflow/storage/blobs.py (inert unless
DOCFLOW_ENV=testing) sleeps after the new file's bytes are on disk and before the transaction
commits; the test waits until the server's database connection has been idle inside that
transaction for a while, then kills every server process at once.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import DEMO_PIN

from .support import Client, Installation, Server, consistency_problems, private_database, require_postgres, revision_of

pytestmark = [pytest.mark.db, pytest.mark.slow]

SLEEP = "5"  # seconds the hook holds the transaction open after the blob is written


def _blob_count(inst: Installation) -> int:
    if inst.blobs:  # the object store: the objects under the installation's prefix
        from docflow.storage.s3 import S3BlobStore

        return sum(1 for _ in S3BlobStore.from_url(inst.blobs["blob_url"], inst.blobs["s3_endpoint_url"]).names())
    root = inst.data_dir / "blobs"
    return sum(1 for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")) if root.exists() else 0


def _wait_in_window(url: str, held: float = 1.5, timeout: float = 60, written=None) -> None:
    """Until a connection of this database sits 'idle in transaction' for ``held`` seconds:
    the worker is sleeping in the hook, after its blob write, before its commit. ``written``
    (when the action stores new bytes) must also say the new blob is in the store: signing
    alone can keep the transaction idle that long on a busy machine, before any byte is written."""
    engine = create_engine(make_url(url).set(database="postgres"))
    name = make_url(url).database
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                waiting = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND state = 'idle in transaction' "
                    "AND now() - state_change > make_interval(secs => :s)"), {"d": name, "s": held}).scalar()
            if waiting and (written is None or written()):
                return
            time.sleep(0.1)
        raise AssertionError("the request never reached the crash window")
    finally:
        engine.dispose()


def _crash_during(inst: Installation, username: str, path: str, data: dict, blobs_before: int | None = None) -> None:
    """Start a server that pauses before commit, send the request, SIGKILL mid-transaction."""
    server = Server(inst, workers=1, threads=2, DOCFLOW_TEST_SLEEP_AFTER_BLOB=SLEEP).start()
    try:
        client = Client(server.url, username).login()
        outcome: dict = {}

        def send() -> None:
            try:
                outcome["response"] = client.post(path, data)
            except requests.RequestException as exc:
                outcome["error"] = exc

        sender = threading.Thread(target=send)
        sender.start()
        _wait_in_window(inst.database_url, written=None if blobs_before is None
                        else lambda: _blob_count(inst) > blobs_before)
        server.kill()
        sender.join(timeout=30)
        assert "error" in outcome, f"the request finished before the kill: {outcome}"
    finally:
        server.kill()


def _status(url: str, doc_id: int) -> tuple[str, int | None, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT status, number, revision FROM documents WHERE id = :i"), {"i": doc_id}).one()
        deliveries = conn.execute(text("SELECT count(*) FROM deliveries WHERE document_id = :i"),
                                  {"i": doc_id}).scalar()
    engine.dispose()
    return str(row.status).lower(), row.number, deliveries


def test_sigkill_during_sign_issue_and_dispatch_loses_nothing(tmp_path, blob_backend):
    base = require_postgres()
    with private_database(base, "crash") as url:
        # files under the data directory, or SeaweedFS (DOCFLOW_BLOB_URL=s3://...)
        inst = Installation(tmp_path / "inst", url, blobs=blob_backend)
        inst.seed()
        first, second = inst.drafts(2)
        steps = [("snnmt.leader", "sign", {"pin": DEMO_PIN}, "signed"),
                 ("snnmt.clerk", "issue", {"pin": DEMO_PIN}, "issued"),
                 ("snnmt.clerk", "dispatch", {}, "dispatched")]
        before = _status(url, first)
        # a second server without the pause serves the retries (same database and blobs)
        with Server(inst, workers=1, threads=2) as steady:
            for username, action, data, done in steps:
                blobs = _blob_count(inst)
                rev = revision_of(url, first)
                _crash_during(inst, username, f"/documents/{first}/{action}", {"revision": rev, **data},
                              blobs_before=None if action == "dispatch" else blobs)
                # nothing of the action is visible: same state, same revision, no number, no delivery
                assert _status(url, first) == before, f"{action}: half done after the crash"
                if action != "dispatch":  # dispatch re-stores an existing blob (same bytes)
                    assert _blob_count(inst) == blobs + 1, f"{action}: the crash was not after the blob write"
                assert consistency_problems(inst) == [], action
                # the user retries, and it works
                client = Client(steady.url, username).login()
                answer = client.post(f"/documents/{first}/{action}", {"revision": rev, **data})
                assert answer.status_code == 200 and answer.json()["ok"], answer.text[:500]
                before = _status(url, first)
                assert before[0] == done
            # the crashes consumed no number: the first document is 1, the next one is 2
            assert before[1] == 1 and before[2] == 1
            leader, clerk = Client(steady.url, "snnmt.leader").login(), Client(steady.url, "snnmt.clerk").login()
            assert leader.act(second, "sign", revision_of(url, second), pin=DEMO_PIN).json()["ok"]
            assert clerk.act(second, "issue", revision_of(url, second), pin=DEMO_PIN).json()["ok"]
        assert _status(url, second)[1] == 2
        assert consistency_problems(inst) == []

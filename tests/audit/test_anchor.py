"""The audit trail's head anchored outside the database (issue 14). Deleting the newest events
and rewriting ``audit_head`` consistently went unnoticed: ``docflow audit verify`` said
"intact". With an anchor (the head timestamped by the TSA, the token in the data directory and
the log) the truncation and a full rewrite are both reported."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

from sqlalchemy import delete, select

from docflow import audit
from docflow.audit.trail import _digest
from docflow.models import AuditEvent, AuditHead


def _events(db, demo, n: int) -> None:
    for i in range(n):
        audit.record(db, "test.event", actor=demo["snnmt.staff"], details={"i": i})
    db.commit()


def _verify(app):
    return app.test_cli_runner().invoke(args=["audit", "verify"])


def _truncate(db, keep: int) -> None:
    """What an attacker with the database does: drop the newest events, make the head agree."""
    db.execute(delete(AuditEvent).where(AuditEvent.seq > keep))
    last = db.execute(select(AuditEvent).where(AuditEvent.seq == keep)).scalar_one()
    head = db.get(AuditHead, 1)
    head.seq, head.hash = last.seq, last.hash
    db.commit()


def test_truncation_after_an_anchor_is_reported(app, demo, db):
    app.config["DOCFLOW"] = replace(app.config["DOCFLOW"], tsa_url="internal")  # the development TSA
    _events(db, demo, 6)
    anchored = app.test_cli_runner().invoke(args=["audit", "anchor"])
    assert anchored.exit_code == 0, anchored.output
    directory = app.config["DOCFLOW"].data_dir / "audit-anchors"
    [file] = directory.glob("*.json")
    body = json.loads(file.read_text())
    head = db.get(AuditHead, 1)
    assert body["seq"] == head.seq and body["hash"] == head.hash and base64.b64decode(body["token"])
    ok = _verify(app)
    assert ok.exit_code == 0 and "1 anchors match" in ok.output, ok.output

    _truncate(db, head.seq - 3)
    assert audit.verify_chain(db) is None  # the chain alone cannot see it: this was the gap
    found = _verify(app)
    assert found.exit_code == 1
    assert "truncated" in found.output and "removed" in found.output, found.output


def test_a_consistent_rewrite_before_the_anchor_is_reported(app, demo, db):
    app.config["DOCFLOW"] = replace(app.config["DOCFLOW"], tsa_url="internal")  # the development TSA
    _events(db, demo, 5)
    assert app.test_cli_runner().invoke(args=["audit", "anchor"]).exit_code == 0
    # rewrite event 2 and re-chain every later event and the head: a perfect chain, different history
    rows = db.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
    rows[1].details = {"i": "rewritten"}
    prev = rows[0].hash
    for row in rows[1:]:
        row.prev_hash = prev
        row.hash = _digest(row)
        prev = row.hash
    head = db.get(AuditHead, 1)
    head.hash = prev
    db.commit()
    assert audit.verify_chain(db) is None
    found = _verify(app)
    assert found.exit_code == 1 and "rewritten" in found.output, found.output


def test_a_forged_anchor_is_refused(app, demo, db):
    app.config["DOCFLOW"] = replace(app.config["DOCFLOW"], tsa_url="internal")  # the development TSA
    _events(db, demo, 3)
    assert app.test_cli_runner().invoke(args=["audit", "anchor"]).exit_code == 0
    [file] = (app.config["DOCFLOW"].data_dir / "audit-anchors").glob("*.json")
    body = json.loads(file.read_text())
    body["hash"] = "f" * 64  # claims another head: the TSA never signed that
    file.write_text(json.dumps(body))
    found = _verify(app)
    assert found.exit_code == 1 and "valid TSA signature" in found.output, found.output


def test_an_anchor_from_a_tsa_outside_the_trust_store_is_refused(app, demo, db):
    """Who can write the database and the data directory truncates the trail and replaces the
    anchors with ones of the truncated head, stamped by a TSA of their own: its signature is
    intact, so before the TSA's chain was checked ``audit verify`` said "intact"."""
    from docflow.anchoring import anchor_head
    from docflow.pki.tsa import DevTsaServer, HttpTimestamper
    from tests.support.pki import TestCA

    app.config["DOCFLOW"] = replace(app.config["DOCFLOW"], tsa_url="internal")
    _events(db, demo, 6)
    assert app.test_cli_runner().invoke(args=["audit", "anchor"]).exit_code == 0
    directory = app.config["DOCFLOW"].data_dir / "audit-anchors"
    head = db.get(AuditHead, 1)
    _truncate(db, head.seq - 3)
    for old in directory.glob("*.json"):
        old.unlink()
    own = TestCA("Attacker Root")
    tsa = own.issue("Attacker TSA", key_usage="tsa")
    with DevTsaServer(tsa.cert, tsa.key, [own.cert]) as server:
        forged = anchor_head(db, HttpTimestamper(server.url), directory)
    assert forged is not None and audit.verify_chain(db) is None
    found = _verify(app)
    assert found.exit_code == 1, found.output
    assert "not stamped by a trusted timestamp authority" in found.output and "Attacker TSA" in found.output

    # the installation's own TSA is trusted: anchoring the same head with it verifies
    for old in directory.glob("*.json"):
        old.unlink()
    assert app.test_cli_runner().invoke(args=["audit", "anchor"]).exit_code == 0
    ok = _verify(app)
    assert ok.exit_code == 0 and "1 anchors match" in ok.output, ok.output

"""Numbering under concurrency: many clerks issuing at the same moment get distinct,
consecutive numbers — on PostgreSQL (row lock) and on SQLite (write lock at BEGIN)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from docflow.models import Document, RegisterCounter, User
from docflow.runtime import workflow_context
from docflow.workflow import outgoing
from tests.conftest import DEMO_PIN


def test_twenty_clerks_issuing_at_once_get_twenty_consecutive_numbers(world):
    w, db = world, world.db
    ctx = w.ctx()
    ids = []
    for i in range(20):
        doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"),
                                    w.draft_input(reviewer=None, subject=f"Văn bản số {i}"), w.letter())
        outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
        outgoing.sign(db, ctx, w.user("snnmt.leader"), doc, doc.revision, DEMO_PIN)
        db.commit()
        ids.append(doc.id)

    factory = w.app.extensions["docflow.write_sessionmaker"]
    config = w.config
    barrier = threading.Barrier(len(ids))
    errors: list[BaseException] = []

    def issue(document_id: int) -> None:
        try:
            barrier.wait(timeout=30)  # everyone starts their transaction at the same moment
            with factory() as session:
                clerk = session.execute(select(User).where(User.username == "snnmt.clerk")).scalar_one()
                doc = session.get(Document, document_id)
                outgoing.issue(session, workflow_context(session, config, clock=w.clock), clerk, doc, doc.revision,
                               DEMO_PIN)
                session.commit()
        except BaseException as exc:  # collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    db.expire_all()
    numbers = sorted(db.execute(select(Document.number).where(Document.id.in_(ids))).scalars())
    assert numbers == list(range(1, 21))
    notations = db.execute(select(Document.notation).where(Document.id.in_(ids))).scalars().all()
    assert len(set(notations)) == 20
    counter = db.execute(select(RegisterCounter.last_number).where(RegisterCounter.kind == "outgoing")).scalar_one()
    assert counter == 20

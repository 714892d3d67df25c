"""Two tabs / a double click: the same leader signs the same document twice at the same
moment. Exactly one signature lands; the other attempt gets a clear refusal, never a second
signature and never a lost one."""

from __future__ import annotations

import threading

from sqlalchemy.orm.exc import StaleDataError

from docflow.models import Document, User
from docflow.runtime import workflow_context
from docflow.workflow import outgoing
from docflow.workflow.errors import InvalidTransition, StaleRevision
from tests.conftest import DEMO_PIN


def test_double_click_on_sign_makes_one_signature(world):
    w, db = world, world.db
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None), w.letter())
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    revision, doc_id, leader_id = doc.revision, doc.id, w.user("snnmt.leader").id
    factory = w.app.extensions["docflow.write_sessionmaker"]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def click() -> None:
        barrier.wait(timeout=30)
        with factory() as session:
            try:
                target = session.get(Document, doc_id)
                outgoing.sign(session, workflow_context(session, w.config, clock=w.clock),
                              session.get(User, leader_id), target, revision, DEMO_PIN)
                session.commit()
                outcomes.append("signed")
            except (StaleRevision, InvalidTransition, StaleDataError) as err:
                session.rollback()
                outcomes.append(type(err).__name__)

    threads = [threading.Thread(target=click) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(outcomes)[-1] == "signed" and outcomes.count("signed") == 1, outcomes
    db.commit()
    db.expire_all()
    versions = db.get(Document, doc_id).main_file.versions
    assert [v.reason for v in versions] == ["upload", "signature"]

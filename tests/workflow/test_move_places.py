"""The drafter moves the places of the number and the date (dragged on the page; the service
checks who, the state and the revision); the leader's signature adds the fields there and the
clerk's seal writes the number and the date at the new places."""

from __future__ import annotations

import pytest

from docflow.models import DocType
from docflow.workflow import outgoing
from docflow.workflow.errors import InvalidDocument, InvalidTransition, NotAllowed, StaleRevision
from docflow.workflow.outgoing import Upload
from tests.conftest import DEMO_PIN
from tests.support.pdfs import decree30_document
from tests.workflow.test_number_on_page import _assert_leader_still_valid, _flattened_page, _text_in


def test_the_number_is_written_where_the_drafter_moved_its_place(world):
    w, db = world, world.db
    ctx = w.ctx()
    staff = w.user("snnmt.staff")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None, doc_type=DocType.QD),
                                Upload("qd.pdf", decree30_document(number_line="Số:        /QĐ-SNNMT")))
    db.commit()
    before = {p.kind: p for p in outgoing.draft_places(doc)}["number"]
    x1, y1, x2, y2 = before.box
    moved = (x1 + 200, y1 - 300, x2 + 200, y2 - 300)  # into the empty body of the page
    with pytest.raises(NotAllowed):
        outgoing.move_places(db, ctx, w.user("snnmt.clerk"), doc, doc.revision, {"number": moved})
    with pytest.raises(StaleRevision):
        outgoing.move_places(db, ctx, staff, doc, doc.revision - 1, {"number": moved})
    with pytest.raises(InvalidDocument):
        outgoing.move_places(db, ctx, staff, doc, doc.revision, {"number": (x1, y1, x2 + 900, y2)})
    outgoing.move_places(db, ctx, staff, doc, doc.revision, {"number": moved})
    db.commit()
    after = {p.kind: p for p in outgoing.draft_places(doc)}["number"]
    assert after.box == pytest.approx(moved) and after.baseline == pytest.approx(before.baseline - 300)

    outgoing.submit(db, ctx, staff, doc, doc.revision)
    with pytest.raises(InvalidTransition):  # submitted: the places are the leader's to sign as they are
        outgoing.move_places(db, ctx, staff, doc, doc.revision, {"number": before.box})
    outgoing.sign(db, ctx, w.user("snnmt.leader"), doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, w.user("snnmt.clerk"), doc, doc.revision, DEMO_PIN)
    db.commit()
    issued = ctx.blobs.get(doc.main_file.current.sha256)
    page = _flattened_page(issued)
    assert _text_in(page, moved) == "01"
    assert "01" not in _text_in(page, before.box)
    _assert_leader_still_valid(w, issued)

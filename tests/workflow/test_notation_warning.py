"""The draft already prints a notation next to "Số:" ("Số:   /QĐ-SNNMT"): when it is not the one
docflow will assign (the type's or the agency's abbreviation differs), the drafter and the
clerk are told on the document page before issuing, and the API reports it."""

from __future__ import annotations

from docflow.models import DocType
from docflow.workflow import outgoing
from docflow.workflow.outgoing import Upload
from tests.conftest import DEMO_PIN
from tests.support.pdfs import decree30_document


def _draft(w, number_line: str, doc_type: DocType):
    doc = outgoing.create_draft(w.db, w.ctx(), w.user("snnmt.staff"),
                                w.draft_input(reviewer=None, doc_type=doc_type),
                                Upload("qd.pdf", decree30_document(number_line=number_line)))
    w.db.commit()
    return doc


def _api(w, user: str, doc) -> dict:
    from docflow.api.tokens import create_token

    person = w.user(user)
    token = create_token(w.db, person, person, "notation").token
    w.db.commit()
    r = w.app.test_client().get(f"/api/v1/documents/{doc.id}", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.json
    return r.json


def test_the_drafter_and_the_clerk_are_warned_when_the_printed_agency_differs(world, make_browser):
    from tests.workflow.test_pages import _login

    w, db = world, world.db
    doc = _draft(w, "Số:        /QĐ-UBND", DocType.QD)  # the Sở's notation is QĐ-SNNMT
    words = "Dự thảo đã ghi sẵn “/QĐ-UBND” sau “Số:”, nhưng docflow sẽ cấp ký hiệu “…/QĐ-SNNMT”"
    page = _login(make_browser, "snnmt.staff").get(f"/documents/{doc.id}").get_data(as_text=True)
    assert words in page and "chữ viết tắt tên cơ quan hoặc đơn vị soạn thảo khác" in page
    warning = _api(w, "snnmt.staff", doc)["notation_warning"]
    assert (warning["printed"], warning["expected"], warning["part"]) == ("QĐ-UBND", "QĐ-SNNMT", "agency")
    assert warning["message"].startswith("Dự thảo đã ghi sẵn")

    ctx = w.ctx()
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    outgoing.sign(db, ctx, w.user("snnmt.leader"), doc, doc.revision, DEMO_PIN)
    db.commit()
    assert words in _login(make_browser, "snnmt.clerk").get(f"/documents/{doc.id}").get_data(as_text=True)

    outgoing.issue(db, ctx, w.user("snnmt.clerk"), doc, doc.revision, DEMO_PIN)
    db.commit()
    assert words not in _login(make_browser, "snnmt.clerk").get(f"/documents/{doc.id}").get_data(as_text=True)
    assert _api(w, "snnmt.clerk", doc)["notation_warning"] is None


def test_a_printed_type_other_than_the_chosen_one_is_named(world, make_browser):
    from tests.workflow.test_pages import _login

    w = world
    doc = _draft(w, "Số:        /QĐ-SNNMT", DocType.TB)
    mismatch = outgoing.notation_mismatch(w.db, doc)
    assert mismatch is not None and (mismatch.printed, mismatch.expected, mismatch.part) == ("QĐ-SNNMT", "TB-SNNMT",
                                                                                              "type")
    page = _login(make_browser, "snnmt.staff").get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "chữ viết tắt tên loại văn bản khác" in page


def test_no_warning_when_the_printed_notation_is_the_assigned_one(world, make_browser):
    w = world
    decision = _draft(w, "Số:        /QĐ-SNNMT", DocType.QD)
    blank = _draft(w, "Số:        ", DocType.QD)  # a whole notation will be written there
    letter = outgoing.create_draft(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(reviewer=None), w.letter())
    w.db.commit()
    for doc in (decision, blank, letter):
        assert outgoing.notation_mismatch(w.db, doc) is None
        assert _api(w, "snnmt.staff", doc)["notation_warning"] is None

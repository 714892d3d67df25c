"""A reply: an outgoing draft answers an incoming document. The link shows on both pages, and
issuing the reply fills the incoming document's reply (the tracking register's "số, ký hiệu
văn bản trả lời")."""

from __future__ import annotations

import datetime as dt
import io
import re

from sqlalchemy import select

from docflow.models import Delivery, Document
from docflow.workflow import incoming, outgoing, queries
from docflow.workflow.errors import InvalidDocument
from tests.conftest import DEMO_PIN
from tests.support.pdfs import official_letter
from tests.workflow.helpers import issued_document


def _login(make_browser, username: str):
    b = make_browser()
    assert b.login(username).status_code == 302
    return b


def test_a_reply_is_linked_and_fills_the_tracking_register(world, make_browser):
    w, db = world, world.db
    w.clock.set_local(2026, 12, 4, 9, 0)
    asked = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk",
                            subject="V/v đề nghị cung cấp số liệu đất công", handling_deadline=dt.date(2026, 12, 20))
    delivery = db.execute(select(Delivery).where(Delivery.document_id == asked.id)).scalar_one()
    incoming.register(db, w.ctx(), w.user("snnmt.clerk"), delivery, delivery.revision)
    db.commit()

    staff = _login(make_browser, "snnmt.staff")
    page = staff.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="draft-reply"' in page
    form = staff.get(f"/documents/new?answers={delivery.id}").get_data(as_text=True)
    assert re.search(rf'name="answers_delivery_id" type="hidden" value="{delivery.id}"', form) or re.search(
        rf'id="answers_delivery_id" name="answers_delivery_id" type="hidden" value="{delivery.id}"', form)
    stc = w.agency("STC").id
    assert re.search(rf'<input checked id="recipients-\d+" name="recipients" type="checkbox" value="{stc}"', form)
    assert asked.notation in form  # the subject names what it answers

    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    response = staff.client.post("/documents/new", data={
        "csrf_token": token, "doc_type": "CV", "subject": f"V/v trả lời văn bản số {asked.notation}",
        "urgency": "normal", "confidentiality": "normal", "signer_id": str(w.user("snnmt.leader").id),
        "reviewer_id": "0", "authority_line": "KT. GIÁM ĐỐC", "recipients": [str(stc)],
        "answers_delivery_id": str(delivery.id),
        "main_pdf": (io.BytesIO(official_letter(signer_title="", signer_name="")), "tra loi.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    reply_id = int(response.headers["Location"].rsplit("/", 1)[1])
    db.commit()
    reply = db.get(Document, reply_id)
    assert reply.answers_delivery_id == delivery.id

    shown = staff.get(f"/documents/{reply_id}").get_data(as_text=True)
    assert re.search(rf'id="answers"><a href="/incoming/{delivery.id}"', shown)
    assert "V/v đề nghị cung cấp số liệu đất công" in shown
    listed = staff.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert re.search(rf'id="replies"><a href="/documents/{reply_id}"', listed)

    ctx = w.ctx()
    outgoing.submit(db, ctx, w.user("snnmt.staff"), reply, reply.revision)
    outgoing.sign(db, ctx, w.user("snnmt.leader"), reply, reply.revision, DEMO_PIN)
    outgoing.issue(db, ctx, w.user("snnmt.clerk"), reply, reply.revision, DEMO_PIN)
    db.commit()
    db.expire_all()
    delivery = db.get(Delivery, delivery.id)
    assert delivery.reply_document_id == reply_id
    tracking = queries.tracking_register(db, w.user("snnmt.clerk"), delivery.incoming_year, w.ctx().today())
    row = next(r for r in tracking if r["number"] == delivery.incoming_number)
    assert row["reply"] == db.get(Document, reply_id).notation
    history = staff.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert db.get(Document, reply_id).notation in history


def test_a_reply_answers_only_an_incoming_document_of_ones_agency(world):
    w, db = world, world.db
    other = issued_document(w, to=("UBNDXNH",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    theirs = db.execute(select(Delivery).where(Delivery.document_id == other.id)).scalar_one()
    try:
        outgoing.create_draft(db, w.ctx(), w.user("snnmt.staff"),
                              w.draft_input(to=("STC",), reviewer=None, answers_delivery_id=theirs.id), w.letter())
    except InvalidDocument as err:
        assert err.field == "answers_delivery_id"
    else:
        raise AssertionError("a reply to another agency's incoming document was accepted")

"""The sender's deadline travels with a docflow delivery and pre-fills the direction; the
recipient's deadline shows on the desk, the list and the registers. The incoming list is
searched by words, notation, sender and the day received, the query kept in the URL."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from docflow.models import Delivery
from docflow.workflow import incoming, paper, queries
from docflow.workflow.outgoing import Upload
from tests.support.pdfs import official_letter
from tests.workflow.helpers import issued_document


def _login(make_browser, username: str):
    b = make_browser()
    assert b.login(username).status_code == 302
    return b


def _registered(w, **kw) -> Delivery:
    doc = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk", **kw)
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(w.db, w.ctx(), w.user("snnmt.clerk"), delivery, delivery.revision)
    w.db.commit()
    return delivery


def test_the_senders_deadline_travels_and_prefills_the_direction(world, make_browser):
    w, db = world, world.db
    w.clock.set_local(2026, 12, 4, 9, 0)
    delivery = _registered(w, subject="V/v báo cáo tiến độ giải ngân", handling_deadline=dt.date(2026, 12, 6))
    assert delivery.requested_deadline == dt.date(2026, 12, 6)

    leader = _login(make_browser, "snnmt.leader")
    page = leader.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="requested-deadline">06/12/2026<' in page
    assert re.search(r'<input[^>]*id="deadline"[^>]*value="2026-12-06"', page)
    # before any direction, the recipient's deadline is the one asked: desk, list, registers
    desk = leader.get("/desk").get_data(as_text=True)
    assert "V/v báo cáo tiến độ giải ngân" in desk and "06/12/2026" in desk
    listed = leader.get("/incoming").get_data(as_text=True)
    assert "06/12/2026" in listed
    clerk = w.user("snnmt.clerk")
    tracking = queries.tracking_register(db, clerk, delivery.incoming_year, w.ctx().today())
    assert [r["deadline"] for r in tracking if r["number"] == delivery.incoming_number] == ["06/12/2026"]
    row = next(r for r in queries.incoming_register(db, clerk, delivery.incoming_year)
               if r["number"] == delivery.incoming_number)
    assert "Hạn giải quyết: 06/12/2026" in row["notes"]

    # the leader sets another deadline: that one is the recipient's from then on
    incoming.assign(db, w.ctx(), w.user("snnmt.leader"), delivery, delivery.revision,
                    lead_unit_id=w.unit("Phòng Quản lý đất đai", "SNNMT").id, deadline=dt.date(2026, 12, 10))
    db.commit()
    listed = leader.get("/incoming").get_data(as_text=True)
    assert "10/12/2026" in listed
    page = leader.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="deadline">10/12/2026<' in page and 'id="requested-deadline">06/12/2026<' in page


def test_the_incoming_list_is_searched_and_keeps_the_query(world, make_browser):
    w, db = world, world.db
    w.clock.set_local(2026, 12, 1, 9, 0)
    budget = _registered(w, subject="V/v thẩm định dự toán ngân sách 2027")
    w.clock.set_local(2026, 12, 3, 9, 0)
    flood = paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), paper.ExternalDocument(
        source="paper", subject="V/v khắc phục hậu quả bão lụt", doc_type="CV",
        sender_name="Ban Chỉ huy phòng chống thiên tai xã Thiện Tín", notation="45/BCH-PCTT"),
        Upload("scan.pdf", official_letter(signer_title="TRƯỞNG BAN", signer_name="Trần B")))
    db.commit()
    clerk = _login(make_browser, "snnmt.clerk")

    def found(query: str) -> set[str]:
        page = clerk.get("/incoming?" + query).get_data(as_text=True)
        return {s for s in ("thẩm định dự toán", "khắc phục hậu quả") if s in page}

    assert found("") == {"thẩm định dự toán", "khắc phục hậu quả"}
    assert found("q=dự toán") == {"thẩm định dự toán"}
    assert found("q=bão lụt") == {"khắc phục hậu quả"}
    assert found("notation=45/BCH") == {"khắc phục hậu quả"}
    assert found(f"notation={budget.document.notation}") == {"thẩm định dự toán"}
    assert found("sender=Tài chính") == {"thẩm định dự toán"}  # the sending agency's name
    assert found("sender=phòng chống thiên tai") == {"khắc phục hậu quả"}  # the name the clerk typed
    assert found("from=2026-12-02") == {"khắc phục hậu quả"}
    assert found("to=2026-12-02") == {"thẩm định dự toán"}
    assert found("from=2026-12-01&to=2026-12-01") == {"thẩm định dự toán"}
    assert found("from=not-a-date") == {"thẩm định dự toán", "khắc phục hậu quả"}
    # the form shows the query it answers (it lives in the URL: a link reopens the same search)
    page = clerk.get("/incoming?q=bão&sender=thiên tai&from=2026-12-02&to=2026-12-31").get_data(as_text=True)
    assert 'name="q" value="bão"' in page and 'name="sender" value="thiên tai"' in page
    assert 'name="from" value="2026-12-02"' in page and 'name="to" value="2026-12-31"' in page
    # another agency's documents never match
    other = _login(make_browser, "stc.clerk")
    assert "khắc phục hậu quả" not in other.get("/incoming?q=bão lụt").get_data(as_text=True)
    assert flood.id and budget.id


def test_the_search_runs_in_the_query_layer_with_paging(world):
    w, db = world, world.db
    for i in range(3):
        paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), paper.ExternalDocument(
            source="email", subject=f"V/v kế hoạch số {i}", doc_type="CV", sender_name="Công ty C"),
            Upload("a.pdf", official_letter(signer_title="GIÁM ĐỐC", signer_name="Lê C")))
    db.commit()
    clerk = w.user("snnmt.clerk")
    search = queries.IncomingSearch(words="kế hoạch", sender="công ty c")
    first = queries.incoming_list(db, clerk, w.ctx().today(), search=search, per_page=2)
    assert first.total == 3 and len(first.items) == 2 and first.next_cursor
    rest = queries.incoming_list(db, clerk, w.ctx().today(), search=search, per_page=2, cursor=first.next_cursor)
    assert len(rest.items) == 1
    assert {i.sender for i in first.items + rest.items} == {"Công ty C"}

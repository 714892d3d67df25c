"""Documents that did not come through docflow (a scanned paper document, an e-mailed PDF):
the clerk registers them from the incoming list with what the page says; they take the next
number of the same incoming register and go through the same direction and handling. The
form keeps what was typed, and the chosen file, when it comes back with an error."""

from __future__ import annotations

import datetime as dt
import io
import re

from sqlalchemy import select

from docflow.models import Delivery, DeliveryStatus, Document, User
from docflow.workflow import incoming, queries
from tests.support.pdfs import official_letter
from tests.workflow.helpers import issued_document


def _login(make_browser, username: str):
    b = make_browser()
    assert b.login(username).status_code == 302
    return b


def _fresh(db):
    db.commit()  # a fresh snapshot: see what the requests committed
    db.expire_all()


def _scan() -> bytes:
    return official_letter(subject="V/v đề nghị hỗ trợ kinh phí khắc phục bão lụt", notation="Số: 125/UBND-KT",
                           signer_title="CHỦ TỊCH", signer_name="Nguyễn Văn A")


def _form(**kw) -> dict:
    data = {"source": "paper", "sender_agency_id": "0", "sender_name": "Công ty TNHH Thủy lợi Quảng Ngãi",
            "notation": "125/CV-TL", "document_date": "2026-12-01", "doc_type": "CV",
            "subject": "V/v đề nghị nạo vét kênh N6", "urgency": "urgent", "deadline": "2026-12-20"}
    data.update(kw)
    return data


def _post(b, data: dict, scan: bytes | None = None, name: str = "scan kenh N6.pdf"):
    payload = dict(data)
    if scan is not None:
        payload["scan"] = (io.BytesIO(scan), name)
    return b.post("/incoming/new", payload, form_page="/incoming/new", content_type="multipart/form-data")


def test_clerk_registers_a_paper_document_in_the_same_register_and_flow(world, make_browser):
    w, db = world, world.db
    w.clock.set_local(2026, 12, 4, 9, 0)
    # a docflow delivery registered first: the paper document takes the next number after it
    doc = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    first = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(db, w.ctx(), w.user("snnmt.clerk"), first, first.revision)
    db.commit()

    clerk = _login(make_browser, "snnmt.clerk")
    assert 'id="register-external"' in clerk.get("/incoming").get_data(as_text=True)
    response = _post(clerk, _form(), _scan())
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    delivery_id = int(response.headers["Location"].rsplit("/", 1)[1])
    _fresh(db)
    delivery = db.get(Delivery, delivery_id)
    assert delivery.status == DeliveryStatus.REGISTERED and delivery.source == "paper"
    assert (delivery.incoming_year, delivery.incoming_number) == (first.incoming_year, first.incoming_number + 1)
    assert delivery.sender_name == "Công ty TNHH Thủy lợi Quảng Ngãi"
    assert delivery.requested_deadline == dt.date(2026, 12, 20)
    assert delivery.verdict == "NO_SIGNATURE_FOUND"  # a scan: checked, shown, not refused
    assert w.ctx().blobs.get(delivery.verified_sha256) == _scan()
    assert delivery.document.main_file.filename == "scan kenh N6.pdf"

    page = clerk.get(f"/incoming/{delivery_id}").get_data(as_text=True)
    assert 'id="sender-name">Công ty TNHH Thủy lợi Quảng Ngãi<' in page
    assert f'id="incoming-number">{delivery.incoming_number}/{delivery.incoming_year}<' in page
    assert "V/v đề nghị nạo vét kênh N6" in page and "125/CV-TL" in page
    version = delivery.document.main_file.current
    assert clerk.get(f"/versions/{version.id}/pages/1.png").status_code == 200
    assert version.reason == "incoming_stamp"  # the registered copy carries the stamp
    assert clerk.get(f"/versions/{version.id}/download").data.startswith(_scan())

    # the leader directs it like any incoming document: the sender's deadline pre-fills the form
    leader = _login(make_browser, "snnmt.leader")
    assert "V/v đề nghị nạo vét kênh N6" in leader.get("/desk").get_data(as_text=True)
    shown = leader.get(f"/incoming/{delivery_id}").get_data(as_text=True)
    assert re.search(r'<input[^>]*id="deadline"[^>]*value="2026-12-20"', shown)
    lead = w.unit("Phòng Quản lý đất đai", "SNNMT")
    assert leader.post(f"/incoming/{delivery_id}/assign", {
        "revision": delivery.revision, "lead_unit_id": lead.id, "handler_id": w.user("snnmt.staff").id,
        "deadline": "2026-12-20", "comment": "Phòng QLĐĐ kiểm tra, báo cáo."},
        form_page=f"/incoming/{delivery_id}").status_code == 302
    _fresh(db)
    delivery = db.get(Delivery, delivery_id)
    assert delivery.status == DeliveryStatus.ASSIGNED and delivery.deadline == dt.date(2026, 12, 20)
    staff = _login(make_browser, "snnmt.staff")
    assert "V/v đề nghị nạo vét kênh N6" in staff.get("/desk").get_data(as_text=True)

    # the registers: the sender as typed, the deadline in the notes, the tracking register
    rows = queries.incoming_register(db, w.user("snnmt.clerk"), delivery.incoming_year)
    row = next(r for r in rows if r["number"] == delivery.incoming_number)
    assert row["author"] == "Công ty TNHH Thủy lợi Quảng Ngãi" and row["notation"] == "125/CV-TL"
    assert "Hạn giải quyết: 20/12/2026" in row["notes"] and row["document_date"] == "01/12/2026"
    tracking = queries.tracking_register(db, w.user("snnmt.clerk"), delivery.incoming_year, w.ctx().today())
    assert any(r["number"] == delivery.incoming_number and r["deadline"] == "20/12/2026" for r in tracking)


def test_the_form_keeps_what_was_typed_and_the_file(world, make_browser):
    db = world.db
    clerk = _login(make_browser, "snnmt.clerk")
    back = _post(clerk, _form(subject="", deadline="2026-11-01"), _scan(), name="cong van giay.pdf")
    assert back.status_code == 200
    page = back.get_data(as_text=True)
    assert 'value="Công ty TNHH Thủy lợi Quảng Ngãi"' in page and 'value="125/CV-TL"' in page
    assert 'id="pending-file"' in page and "cong van giay.pdf" in page
    assert re.search(r'<option selected value="urgent">|<option value="urgent" selected', page)
    token = re.search(r'name="pending_scan" type="hidden" value="([^"]+)"', page) or re.search(
        r'id="pending_scan" name="pending_scan" type="hidden" value="([^"]+)"', page)
    assert token, "the chosen file travels with the form"
    # sent again without choosing the file: the kept one is registered
    again = _post(clerk, _form(deadline="2026-11-01", pending_scan=token.group(1)))
    # the service's own rule (deadline before the document's date) comes back on its field
    assert again.status_code == 200 and 'id="deadline-error"' in again.get_data(as_text=True)
    page = again.get_data(as_text=True)
    token = re.search(r'name="pending_scan" type="hidden" value="([^"]+)"', page) or re.search(
        r'id="pending_scan" name="pending_scan" type="hidden" value="([^"]+)"', page)
    done = _post(clerk, _form(pending_scan=token.group(1)))
    assert done.status_code == 302, done.get_data(as_text=True)[:3000]
    _fresh(db)
    delivery = db.get(Delivery, int(done.headers["Location"].rsplit("/", 1)[1]))
    assert world.ctx().blobs.get(delivery.verified_sha256) == _scan()
    assert delivery.document.main_file.filename == "cong van giay.pdf"
    # someone else's token names no file of theirs
    other = _login(make_browser, "snnmt.clerk")
    assert other.get("/incoming/new").status_code == 200


def test_a_known_sender_is_named_but_never_made_the_owner(world, make_browser):
    """An e-mailed PDF from Sở Tài chính: the copy shows that sender, but Sở Tài chính's people
    never see it among their own documents; the same notation twice is flagged."""
    w, db = world, world.db
    stc = w.agency("STC")
    clerk = _login(make_browser, "snnmt.clerk")
    data = _form(source="email", sender_agency_id=str(stc.id), sender_name="", notation="77/STC-QLNS",
                 subject="V/v thẩm định dự toán 2027", urgency="normal")
    first = _post(clerk, data, _scan(), name="email.pdf")
    assert first.status_code == 302, first.get_data(as_text=True)[:3000]
    second = _post(clerk, data, _scan(), name="email.pdf")
    _fresh(db)
    one = db.get(Delivery, int(first.headers["Location"].rsplit("/", 1)[1]))
    two = db.get(Delivery, int(second.headers["Location"].rsplit("/", 1)[1]))
    assert one.sender_agency_id == stc.id and one.sender_name == stc.name and one.source == "email"
    assert one.document.agency_id != stc.id
    assert two.duplicate_warning and str(one.incoming_number) in two.duplicate_warning
    for who in ("stc.staff", "stc.clerk", "stc.leader"):
        b = _login(make_browser, who)
        assert "V/v thẩm định dự toán 2027" not in b.get("/documents").get_data(as_text=True)
        assert "V/v thẩm định dự toán 2027" not in b.get("/documents?q=thẩm định").get_data(as_text=True)
        assert b.get(f"/documents/{one.document_id}").status_code == 404
        assert b.get(f"/incoming/{one.id}").status_code == 404
    # the incoming list finds it by the sender's name
    listed = clerk.get("/incoming?sender=tài chính").get_data(as_text=True)
    assert "V/v thẩm định dự toán 2027" in listed


def test_only_a_clerk_registers_and_the_rules_are_the_services(world, make_browser):
    from docflow.workflow import paper
    from docflow.workflow.errors import InvalidDocument, NotAllowed
    from docflow.workflow.outgoing import Upload

    w, db = world, world.db
    staff = _login(make_browser, "snnmt.staff")
    assert staff.get("/incoming/new").status_code == 403
    data = paper.ExternalDocument(source="paper", subject="V/v x", doc_type="CV", sender_name="Ông B")
    try:
        paper.register_external(db, w.ctx(), w.user("snnmt.staff"), data, Upload("a.pdf", _scan()))
    except NotAllowed:
        pass
    else:
        raise AssertionError("staff registered an incoming document")
    db.rollback()
    for bad, field in ((dict(sender_name=""), "sender_name"), (dict(subject=" "), "subject"),
                       (dict(doc_type="??"), "doc_type"), (dict(source="fax"), "source"),
                       (dict(sender_agency_id=w.agency("SNNMT").id), "sender_agency_id")):
        try:
            paper.register_external(db, w.ctx(), w.user("snnmt.clerk"),
                                    paper.ExternalDocument(**{**data.__dict__, **bad}), Upload("a.pdf", _scan()))
        except InvalidDocument as err:
            assert err.field == field
        else:
            raise AssertionError(f"{bad} accepted")
        db.rollback()
    try:
        paper.register_external(db, w.ctx(), w.user("snnmt.clerk"), data, Upload("a.pdf", b"not a pdf"))
    except InvalidDocument as err:
        assert err.field == "scan"
    db.rollback()
    assert db.execute(select(Document).where(Document.subject == "V/v x")).first() is None


def test_the_handler_list_offers_only_people_who_handle_documents(world, make_browser):
    w, db = world, world.db
    doc = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    delivery = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(db, w.ctx(), w.user("snnmt.clerk"), delivery, delivery.revision)
    db.commit()
    leader = _login(make_browser, "snnmt.leader")
    page = leader.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    handlers = re.search(r'<select[^>]*id="handler_id".*?</select>', page, re.S).group(0)
    names = {u.username: u.full_name for u in db.execute(select(User)).scalars()}
    assert names["snnmt.staff"] in handlers and names["snnmt.clerk"] in handlers
    assert names["snnmt.auditor"] not in handlers and names["snnmt.admin"] not in handlers
    # and the service refuses them too (the API, a forged form)
    auditor = w.user("snnmt.auditor")
    try:
        incoming.assign(db, w.ctx(), w.user("snnmt.leader"), delivery, delivery.revision,
                        lead_unit_id=auditor.unit_id, handler_id=auditor.id)
    except Exception as err:  # noqa: BLE001
        assert getattr(err, "field", None) == "handler_id"
    else:
        raise AssertionError("the auditor was made the handler")

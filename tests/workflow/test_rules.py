"""Workflow rules: refusal on receipt, recall, replacement, deadlines and the register year in
Asia/Ho_Chi_Minh, duplicates, scope, auditors, notifications by e-mail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from docflow.models import Delivery, DeliveryStatus, DocStatus, Notification
from docflow.workflow import incoming, outgoing, queries
from docflow.workflow.errors import DocumentNotFound, InvalidDocument, InvalidTransition, NotAllowed
from tests.conftest import DEMO_PIN

from .helpers import alter_after_signing, issued_document


def test_altered_copy_is_refused_automatically_with_the_verifiers_reason(world):
    w, db = world, world.db
    doc = issued_document(w, dispatch=False)
    ctx = w.ctx()
    genuine = ctx.blobs.get(doc.main_file.current.sha256)
    forged = alter_after_signing(genuine)
    delivery = incoming.deliver(db, ctx, doc, w.agency("UBNDXNH"), forged)
    db.commit()
    assert delivery.status == DeliveryStatus.REFUSED and delivery.verdict == "TOTAL_FAILED"
    assert "Từ chối tự động" in delivery.refused_reason and "page 1" in delivery.refused_reason
    # the sender is told, and the clerk of the recipient cannot register it
    notes = db.execute(select(Notification).where(Notification.delivery_id == delivery.id)).scalars().all()
    assert {n.user_id for n in notes} >= {w.user("snnmt.staff").id, w.user("snnmt.clerk").id}
    with pytest.raises(InvalidTransition):
        incoming.register(db, ctx, w.user("ubndxnh.clerk"), delivery, delivery.revision)
    # the genuine copy to another recipient is accepted
    good = incoming.deliver(db, ctx, doc, w.agency("STC"), genuine)
    assert good.status == DeliveryStatus.RECEIVED and good.verdict == "TOTAL_PASSED"


def test_clerk_refuses_with_a_reason_the_sender_sees(world):
    w, db = world, world.db
    doc = issued_document(w)
    ctx = w.ctx()
    delivery = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    with pytest.raises(InvalidDocument):
        incoming.refuse(db, ctx, w.user("ubndxnh.clerk"), delivery, delivery.revision, "  ")
    incoming.refuse(db, ctx, w.user("ubndxnh.clerk"), delivery, delivery.revision, "Gửi nhầm nơi nhận")
    db.commit()
    [(seen, _name)] = queries.recipients_status(db, doc)
    assert seen.status == DeliveryStatus.REFUSED and seen.refused_reason == "Gửi nhầm nơi nhận"


def test_recall_freezes_recipients_copies_and_a_replacement_references_it(world):
    w, db = world, world.db
    doc = issued_document(w, to=("UBNDXNH", "STC"))
    ctx = w.ctx()
    first = db.execute(select(Delivery).where(Delivery.document_id == doc.id,
                                              Delivery.recipient_agency_id == w.agency("UBNDXNH").id)).scalar_one()
    incoming.register(db, ctx, w.user("ubndxnh.clerk"), first, first.revision)
    db.commit()
    with pytest.raises(NotAllowed):
        outgoing.recall(db, ctx, w.user("snnmt.staff"), doc, doc.revision, "sai số liệu")
    outgoing.recall(db, ctx, w.user("snnmt.leader"), doc, doc.revision, "Sai số liệu kinh phí")
    db.commit()
    deliveries = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalars().all()
    assert all(d.frozen and d.status == DeliveryStatus.RECALLED for d in deliveries)
    with pytest.raises(InvalidTransition, match="recalled"):
        incoming.assign(db, ctx, w.user("ubndxnh.leader"), first, first.revision,
                        lead_unit_id=w.unit("Phòng Kinh tế", "UBNDXNH").id)
    register = queries.incoming_register(db, w.user("ubndxnh.clerk"), doc.year)
    assert "Đã bị thu hồi" in register[0]["notes"]
    assert "Đã thu hồi" in queries.outgoing_register(db, w.user("snnmt.clerk"), doc.year)[0]["notes"]

    replacement = outgoing.create_draft(db, ctx, w.user("snnmt.staff"),
                                        w.draft_input(replaces_id=doc.id, subject="Thay thế: " + doc.subject),
                                        w.letter(amount="1.100.000.000 đồng"))
    db.commit()
    assert replacement.replaces_id == doc.id
    draft = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(), w.letter())
    with pytest.raises(InvalidDocument):
        outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(replaces_id=draft.id), w.letter())


def test_register_year_and_deadlines_follow_vietnam_time(world):
    """23:30 on 31 December in Hà Nội is still 2026; ten minutes after midnight is 2027 — while
    both moments are 31 December in UTC."""
    w = world
    w.clock.set_local(2026, 12, 31, 23, 30)
    a = issued_document(w, dispatch=False)
    w.clock.set_local(2027, 1, 1, 0, 10)
    assert w.clock().astimezone(dt.UTC).date() == dt.date(2026, 12, 31)
    b = issued_document(w, dispatch=False)
    assert (a.year, a.notation) == (2026, "01/SNNMT-QLĐĐ")
    assert (b.year, b.notation) == (2027, "01/SNNMT-QLĐĐ")

    today = w.ctx().today()
    assert today == dt.date(2027, 1, 1)
    assert queries.deadline_flag(dt.date(2027, 1, 1), today) == "due_soon"
    assert queries.deadline_flag(dt.date(2026, 12, 31), today) == "overdue"
    assert queries.deadline_flag(dt.date(2026, 12, 31), dt.date(2026, 12, 31)) == "due_soon"
    assert queries.deadline_flag(dt.date(2027, 1, 10), today) is None
    assert queries.deadline_flag(dt.date(2026, 12, 1), today, done=True) is None


def test_completion_just_before_local_midnight_is_on_time(world):
    w, db = world, world.db
    w.clock.set_local(2026, 11, 2, 9, 0)
    doc = issued_document(w)
    ctx = w.ctx()
    d = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(db, ctx, w.user("ubndxnh.clerk"), d, d.revision)
    unit = w.unit("Phòng Kinh tế", "UBNDXNH")
    incoming.assign(db, ctx, w.user("ubndxnh.leader"), d, d.revision, lead_unit_id=unit.id,
                    deadline=dt.date(2026, 11, 5), handler_id=w.user("ubndxnh.staff").id)
    w.clock.set_local(2026, 11, 5, 23, 50)  # 16:50 UTC the same day
    incoming.complete(db, ctx, w.user("ubndxnh.staff"), d, d.revision, "Xong")
    db.commit()
    [row] = queries.on_time_stats(db, d.recipient_agency_id, dt.date(2026, 11, 6))
    assert (row.completed_on_time, row.completed_late) == (1, 0)


def test_late_completion_and_open_overdue_are_counted(world):
    w, db = world, world.db
    w.clock.set_local(2026, 3, 2, 9, 0)
    unit = w.unit("Phòng Kinh tế", "UBNDXNH")
    ctx = w.ctx()
    done_late, still_open = issued_document(w), issued_document(w)
    for doc in (done_late, still_open):
        d = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
        incoming.register(db, ctx, w.user("ubndxnh.clerk"), d, d.revision)
        incoming.assign(db, ctx, w.user("ubndxnh.leader"), d, d.revision, lead_unit_id=unit.id,
                        deadline=dt.date(2026, 3, 5))
    w.clock.set_local(2026, 3, 6, 0, 5)
    d = db.execute(select(Delivery).where(Delivery.document_id == done_late.id)).scalar_one()
    incoming.complete(db, ctx, w.user("ubndxnh.staff"), d, d.revision)
    db.commit()
    [row] = queries.on_time_stats(db, unit.agency_id, dt.date(2026, 3, 6))
    assert (row.completed_on_time, row.completed_late, row.open, row.overdue, row.due_soon) == (0, 1, 1, 1, 0)
    [early] = queries.on_time_stats(db, unit.agency_id, dt.date(2026, 3, 4))
    assert (early.open, early.overdue, early.due_soon) == (1, 0, 1)
    assert row.rate == 0.0


def test_duplicate_number_notation_and_sender_is_warned(world):
    w, db = world, world.db
    doc = issued_document(w, dispatch=False)
    ctx = w.ctx()
    data = ctx.blobs.get(doc.main_file.current.sha256)
    first = incoming.deliver(db, ctx, doc, w.agency("UBNDXNH"), data)
    incoming.register(db, ctx, w.user("ubndxnh.clerk"), first, first.revision)
    # the same document arrives again (e.g. re-sent through the national axis as a new record)
    twin = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(), w.letter())
    twin.notation = doc.notation  # a second record of the same document (no register number of ours)
    second = incoming.deliver(db, ctx, twin, w.agency("UBNDXNH"), data)
    incoming.register(db, ctx, w.user("ubndxnh.clerk"), second, second.revision)
    db.commit()
    assert first.duplicate_warning is None
    assert doc.notation in second.duplicate_warning and second.incoming_number == 2


def test_other_agency_cannot_reach_a_draft_and_auditors_change_nothing(world):
    w, db = world, world.db
    ctx = w.ctx()
    draft = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None), w.letter())
    db.commit()
    for outsider in ("stc.staff", "stc.leader", "stc.clerk", "stc.auditor", "ubndxnh.admin"):
        with pytest.raises(DocumentNotFound):
            outgoing.get_document(db, w.user(outsider), draft.id)
    with pytest.raises(NotAllowed):
        outgoing.submit(db, ctx, w.user("stc.staff"), draft, draft.revision)
    auditor = w.user("snnmt.auditor")
    assert outgoing.get_document(db, auditor, draft.id) is draft  # reads
    with pytest.raises(NotAllowed):
        outgoing.submit(db, ctx, auditor, draft, draft.revision)
    outgoing.submit(db, ctx, w.user("snnmt.staff"), draft, draft.revision)
    with pytest.raises(NotAllowed):
        outgoing.sign(db, ctx, auditor, draft, draft.revision, DEMO_PIN)
    with pytest.raises(NotAllowed):
        outgoing.sign(db, ctx, w.user("stc.leader"), draft, draft.revision, DEMO_PIN)
    assert draft.status == DocStatus.AWAITING_SIGNATURE


def test_confidential_documents_are_limited_to_the_people_on_them(world):
    from docflow.models import Confidentiality

    w, db = world, world.db
    ctx = w.ctx()
    secret = outgoing.create_draft(db, ctx, w.user("snnmt.staff"),
                                   w.draft_input(confidentiality=Confidentiality.SECRET), w.letter())
    db.commit()
    assert outgoing.get_document(db, w.user("snnmt.reviewer"), secret.id)  # on the document
    assert outgoing.get_document(db, w.user("snnmt.auditor"), secret.id)
    for user in ("snnmt.admin",):
        with pytest.raises(DocumentNotFound):
            outgoing.get_document(db, w.user(user), secret.id)


def test_wrong_pin_signs_nothing_and_counts(world):
    from docflow.pki.service import PinRejected

    w, db = world, world.db
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=None), w.letter())
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    with pytest.raises(PinRejected):
        outgoing.sign(db, ctx, w.user("snnmt.leader"), doc, doc.revision, "000000")
    db.commit()  # what the pages do: keep the failure counter
    db.refresh(doc)
    assert doc.status == DocStatus.AWAITING_SIGNATURE and len(doc.main_file.versions) == 1
    from docflow.pki import service as pki

    assert pki.active_certificate(db, user=w.user("snnmt.leader")).pin_failures == 1


def test_urgent_notifications_are_emailed_with_a_marked_subject(world):
    from aiosmtpd.controller import Controller

    from docflow.models import Urgency
    from docflow.workflow.notify import send_pending_email

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
            self.messages.append(envelope)
            return "250 OK"

    w, db = world, world.db
    for username in ("snnmt.leader", "snnmt.staff"):
        w.user(username).email = f"{username}@snnmt.quangngai.gov.vn"
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"),
                                w.draft_input(reviewer=None, urgency=Urgency.EXPRESS), w.letter())
    outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        sent = send_pending_email(db, host="127.0.0.1", port=port, sender="docflow@quangngai.gov.vn",
                                  base_url="https://vanban.example")
        db.commit()
        again = send_pending_email(db, host="127.0.0.1", port=port, sender="docflow@quangngai.gov.vn",
                                   base_url="https://vanban.example")
    finally:
        server.stop()
    assert sent == 1 and again == 0
    [message] = inbox.messages
    assert message.rcpt_tos == ["snnmt.leader@snnmt.quangngai.gov.vn"]
    body = message.content.decode()
    assert "X-Priority: 1" in body and f"/documents/{doc.id}" in body


def test_verification_still_finds_our_crl_after_the_server_moved(world):
    """Certificates name the CRL address the installation had when they were issued; after a
    move (new DOCFLOW_BASE_URL) docflow must still recognise its own CRL, not call it unreachable."""
    from dataclasses import replace

    from docflow.runtime import trust_context
    from docflow.verification import verify_pdf

    w = world
    doc = issued_document(w, dispatch=False)
    data = w.ctx().blobs.get(doc.main_file.current.sha256)
    moved = replace(w.config, base_url="https://vanban-moi.quangngai.gov.vn")
    report = verify_pdf(data, trust_context(w.db, moved)).to_json()
    assert report["verdict"] == "TOTAL_PASSED", report["signatures"][0]["problems"]
    assert {s["checks"]["revocation"] for s in report["signatures"]} == {"good"}


def test_generated_passwords_always_meet_the_policy():
    from docflow.accounts.passwords import check_policy
    from docflow.accounts.service import generate_password

    assert all(check_policy(generate_password()) is None for _ in range(500))


def test_our_own_revocation_data_is_read_locally_without_writing(world, monkeypatch):
    """A GET page verifies in a read-only transaction: the revocation state of docflow's own CA
    comes from the database (CRL and OCSP, once per verification, no HTTP round trip to
    ourselves, nothing written), and the auditor's page shows the signatures as valid."""
    from sqlalchemy import delete, func, select

    from docflow.models import CrlNumber, FileVersion
    from docflow.runtime import trust_context
    from docflow.verification import verify_pdf
    from docflow.verification.fetching import RevocationFetcher
    from tests.conftest import Browser

    w = world
    doc = issued_document(w, dispatch=False)
    data = w.ctx().blobs.get(doc.main_file.current.sha256)
    w.db.commit()

    def no_http(self, url, body=None):
        raise AssertionError(f"fetched {url} over HTTP")

    monkeypatch.setattr(RevocationFetcher, "_get", no_http)
    # no CRL published yet: publishing one (taking number 1) would be a write
    w.db.execute(delete(CrlNumber))
    w.db.commit()
    before = 0
    with w.app.extensions["docflow.read_sessionmaker"]() as reader:
        report = verify_pdf(data, trust_context(reader, w.config)).to_json()
    assert report["verdict"] == "TOTAL_PASSED", report["signatures"][0]["problems"]
    assert {s["checks"]["revocation"] for s in report["signatures"]} == {"good"}
    assert w.db.execute(select(func.count()).select_from(CrlNumber)).scalar() == before

    version = w.db.execute(select(FileVersion.id).where(FileVersion.sha256 == doc.main_file.current.sha256)).scalar()
    auditor = Browser(w.app.test_client())
    assert auditor.login("snnmt.auditor").status_code == 302
    page = auditor.get(f"/audit/versions/{version}")
    assert page.status_code == 200 and "Chữ ký hợp lệ" in page.get_data(as_text=True)

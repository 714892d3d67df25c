"""Mergers and renames with history (runs on SQLite and PostgreSQL).

Xã Thiện Tín merges into xã Nghĩa Hành on a future date: nothing moves before it; on the date
open work moves and history stays where it was."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from docflow import access
from docflow.audit.trail import verify_chain
from docflow.models import (
    AuditEvent,
    Certificate,
    CertificateStatus,
    Delivery,
    DeliveryStatus,
    DocStatus,
    DocumentEvent,
    ReorgStatus,
    Unit,
    User,
    Webhook,
)
from docflow.organisation import reorganise
from docflow.pki import service as pki
from docflow.workflow import incoming, outgoing
from tests.conftest import DEMO_PIN, FAST_KDF
from tests.workflow.helpers import issued_document


def _delivery(w, doc, code: str) -> Delivery:
    return w.db.execute(select(Delivery).where(Delivery.document_id == doc.id,
                                               Delivery.recipient_agency_id == w.agency(code).id)).scalar_one()


def _registered_and_assigned(w, doc, code: str, prefix: str) -> Delivery:
    db, ctx = w.db, w.ctx()
    delivery = _delivery(w, doc, code)
    incoming.register(db, ctx, w.user(f"{prefix}.clerk"), delivery, delivery.revision)
    incoming.assign(db, ctx, w.user(f"{prefix}.leader"), delivery, delivery.revision,
                    lead_unit_id=w.unit("Phòng Kinh tế", code).id, deadline=dt.date(2031, 1, 15),
                    handler_id=w.user(f"{prefix}.staff").id, direction="Phòng Kinh tế chủ trì.")
    db.commit()
    return delivery


@pytest.fixture
def merger_world(world):
    """Before the merger: an issued document of Thiện Tín, a signed one not yet issued, an
    incoming one registered and assigned there, and one registered at Nghĩa Hành."""
    w = world
    w.clock.set_local(2030, 6, 30, 9, 0)
    old_issued = issued_document(w, to=("SNNMT",), staff="ubndxtt.staff", leader="ubndxtt.leader",
                                 clerk="ubndxtt.clerk", authority_line="TM. ỦY BAN NHÂN DÂN")
    db, ctx = w.db, w.ctx()
    signed = outgoing.create_draft(db, ctx, w.user("ubndxtt.staff"), w.draft_input(
        to=("SNNMT",), reviewer=None, signer="ubndxtt.leader", authority_line="TM. ỦY BAN NHÂN DÂN"), w.letter())
    outgoing.submit(db, ctx, w.user("ubndxtt.staff"), signed, signed.revision)
    outgoing.sign(db, ctx, w.user("ubndxtt.leader"), signed, signed.revision, DEMO_PIN)
    db.commit()
    at_nh = issued_document(w, to=("UBNDXNH",))
    _registered_and_assigned(w, at_nh, "UBNDXNH", "ubndxnh")
    at_tt = issued_document(w, to=("UBNDXTT",))
    _registered_and_assigned(w, at_tt, "UBNDXTT", "ubndxtt")
    pending = issued_document(w, to=("UBNDXTT",), dispatch=False)  # dispatched after the date
    both = issued_document(w, to=("UBNDXTT", "UBNDXNH"), dispatch=False)
    db.add(Webhook(agency_id=w.agency("UBNDXTT").id, url="https://xa.example/hook", secret="sealed", events=[]))
    db.commit()
    return w, {"old_issued": old_issued, "signed": signed, "at_nh": at_nh, "at_tt": at_tt, "pending": pending,
               "both": both}


def test_a_future_merger_waits_for_its_date_then_moves_open_work_and_keeps_history(merger_world):
    w, docs = merger_world
    db = w.db
    old, new = w.agency("UBNDXTT"), w.agency("UBNDXNH")
    old_notation = docs["old_issued"].notation
    assert old_notation == "01/UBND-KT"  # a People's Committee writes UBND
    admin = w.user("admin")

    reorg = reorganise.schedule_merger(db, predecessors=[old], successor=new, effective_on=dt.date(2030, 7, 1),
                                       decision="Nghị quyết số 99/NQ-UBTVQH15", actor=admin, now=w.clock())
    db.commit()
    # scheduled: nothing has moved yet, and a document sent today still goes to Thiện Tín
    assert reorg.status == ReorgStatus.SCHEDULED
    assert w.user("ubndxtt.clerk").agency_id == old.id and old.active
    today_doc = issued_document(w, to=("UBNDXTT",))
    assert _delivery(w, today_doc, "UBNDXTT").status == DeliveryStatus.RECEIVED
    assert reorganise.apply_due(db, now=w.clock()) == []

    # the date comes: the cron job applies it
    w.clock.set_local(2030, 7, 1, 0, 5)
    applied = reorganise.apply_due(db, now=w.clock())
    db.commit()
    assert [r.id for r in applied] == [reorg.id] and reorg.status == ReorgStatus.APPLIED
    db.expire_all()

    # the merged agency stays, inactive, with its history
    old = db.get(Unit, old.id)
    assert (old.active, old.merged_into_id, old.dissolved_on) == (False, new.id, dt.date(2030, 7, 1))
    issued = docs["old_issued"]
    db.refresh(issued)
    assert (issued.agency_id, issued.notation, issued.status) == (old.id, old_notation, DocStatus.DISPATCHED)

    # users moved, their sessions ended
    moved = w.user("ubndxtt.staff")
    assert moved.agency_id == new.id
    assert db.get(Unit, moved.unit_id).agency_id == new.id
    assert w.user("ubndxtt.clerk").agency_id == new.id

    # certificates: the seal of the old commune and the moved people's own certificates are revoked
    seal = db.execute(select(Certificate).where(Certificate.agency_id == old.id,
                                                Certificate.user_id.is_(None))).scalar_one()
    assert (seal.status, seal.revocation_reason) == (CertificateStatus.REVOKED, "cessationOfOperation")
    personal = db.execute(select(Certificate).where(Certificate.user_id == w.user("ubndxtt.leader").id)).scalar_one()
    assert (personal.status, personal.revocation_reason) == (CertificateStatus.REVOKED, "affiliationChanged")
    # the webhook now reports the successor's events
    assert db.execute(select(Webhook.agency_id).where(Webhook.url == "https://xa.example/hook")).scalar_one() == new.id

    # open outgoing work: Nghĩa Hành's clerk numbers and seals it in Nghĩa Hành's register
    signed = docs["signed"]
    db.refresh(signed)
    assert signed.agency_id == new.id
    ctx = w.ctx()
    outgoing.issue(db, ctx, w.user("ubndxnh.clerk"), signed, signed.revision, DEMO_PIN)
    db.commit()
    assert signed.notation == "01/UBND-KT"  # the division it was drafted in joined Nghĩa Hành's
    assert signed.number == 1  # Nghĩa Hành's own numbering: its first outgoing document this year

    # open incoming work: Thiện Tín's register keeps its entry, handed over; Nghĩa Hành continues it
    left = _delivery(w, docs["at_tt"], "UBNDXTT")
    assert (left.status, left.incoming_number) == (DeliveryStatus.TRANSFERRED, 1)
    taken = _delivery(w, docs["at_tt"], "UBNDXNH")
    assert taken.status == DeliveryStatus.ASSIGNED
    assert (taken.addressed_agency_id, taken.deadline) == (old.id, dt.date(2031, 1, 15))
    assert taken.handler_id == w.user("ubndxtt.staff").id  # the handler moved with the work
    assert db.get(Unit, taken.lead_unit_id).agency_id == new.id
    assert (taken.incoming_year, taken.incoming_number) == (2030, 2)  # after Nghĩa Hành's own number 1
    incoming.start(db, ctx, w.user("ubndxtt.staff"), taken, taken.revision)
    db.commit()
    # the document received before the date (not yet registered) also went over
    assert _delivery(w, today_doc, "UBNDXNH").status == DeliveryStatus.RECEIVED

    # a merged agency is no longer a recipient one can choose
    with pytest.raises(Exception, match="active agencies"):
        issued_document(w, to=("UBNDXTT",))
    db.rollback()
    # dispatched after the date, a document addressed to Thiện Tín arrives at Nghĩa Hành, with a note
    later = docs["pending"]
    db.refresh(later)
    outgoing.dispatch(db, ctx, w.user("snnmt.clerk"), later, later.revision)
    db.commit()
    routed = _delivery(w, later, "UBNDXNH")
    assert routed.addressed_agency_id == old.id
    notes = db.execute(select(DocumentEvent.comment).where(DocumentEvent.delivery_id == routed.id,
                                                           DocumentEvent.action == "routed")).scalars().all()
    assert notes == ["Ủy ban nhân dân xã Thiện Tín → Ủy ban nhân dân xã Nghĩa Hành"]
    # addressed to both: one copy
    both = docs["both"]
    db.refresh(both)
    outgoing.dispatch(db, ctx, w.user("snnmt.clerk"), both, both.revision)
    db.commit()
    assert len(db.execute(select(Delivery).where(Delivery.document_id == both.id)).scalars().all()) == 1

    # the audit trail says what happened and its chain holds
    actions = db.execute(select(AuditEvent.action).where(AuditEvent.object_type == "reorganisation",
                                                         AuditEvent.object_id == str(reorg.id))).scalars().all()
    assert actions == ["unit.merge_scheduled", "unit.merge"]
    assert verify_chain(db) is None


def test_routing_follows_a_merger_that_is_due_before_the_job_ran(merger_world):
    w, _docs = merger_world
    db = w.db
    old, new = w.agency("UBNDXTT"), w.agency("UBNDXNH")
    reorganise.schedule_merger(db, predecessors=[old], successor=new, effective_on=dt.date(2030, 7, 1),
                               now=w.clock())
    db.commit()
    w.clock.set_local(2030, 7, 1, 8, 0)
    assert access.successor_agency(db, old, dt.date(2030, 7, 1)).id == new.id
    doc = issued_document(w, to=("UBNDXTT",))
    assert _delivery(w, doc, "UBNDXNH").addressed_agency_id == old.id


def test_a_merger_dated_today_applies_at_once_and_bad_requests_change_nothing(merger_world):
    w, _docs = merger_world
    db = w.db
    old, new = w.agency("UBNDXTT"), w.agency("UBNDXNH")
    with pytest.raises(reorganise.ReorganisationError):
        reorganise.schedule_merger(db, predecessors=[new], successor=new, effective_on=dt.date(2030, 6, 30),
                                   now=w.clock())
    with pytest.raises(reorganise.ReorganisationError):
        reorganise.schedule_merger(db, predecessors=[w.unit("Phòng Kinh tế", "UBNDXTT")], successor=new,
                                   effective_on=dt.date(2030, 6, 30), now=w.clock())
    db.rollback()
    assert w.user("ubndxtt.clerk").agency_id == old.id
    reorg = reorganise.schedule_merger(db, predecessors=[old], successor=new, effective_on=dt.date(2030, 6, 30),
                                       now=w.clock())
    db.commit()
    assert reorg.status == ReorgStatus.APPLIED
    assert w.user("ubndxtt.clerk").agency_id == new.id
    with pytest.raises(reorganise.ReorganisationError):  # a merged agency cannot be merged again
        reorganise.schedule_merger(db, predecessors=[db.get(Unit, old.id)], successor=w.agency("SNNMT"),
                                   effective_on=dt.date(2030, 7, 2), now=w.clock())


def test_a_rename_keeps_the_old_name_and_notation_for_what_was_issued_before(world, browser):
    w = world
    db = w.db
    w.clock.set_local(2030, 6, 30, 9, 0)
    stc = {"staff": "stc.staff", "leader": "stc.leader", "clerk": "stc.clerk"}
    before = issued_document(w, to=("UBNDXNH",), **stc)
    before_notation = before.notation
    agency = w.agency("STC")
    reorg = reorganise.schedule_rename(db, unit=agency, new_name="Sở Tài chính tỉnh Quảng Ngãi", new_code="STCQN",
                                       effective_on=dt.date(2030, 7, 1), now=w.clock())
    db.commit()
    assert agency.name == "Sở Tài chính"  # scheduled
    w.clock.set_local(2030, 7, 1, 0, 1)
    reorganise.apply_due(db, now=w.clock())
    db.commit()
    assert reorg.status == ReorgStatus.APPLIED
    assert (agency.name, agency.code) == ("Sở Tài chính tỉnh Quảng Ngãi", "STCQN")
    assert reorganise.name_on(db, agency, dt.date(2030, 6, 30)) == "Sở Tài chính"
    assert reorganise.name_on(db, agency, dt.date(2030, 7, 1)) == "Sở Tài chính tỉnh Quảng Ngãi"
    db.refresh(before)
    assert before.notation == before_notation
    # the certificates naming the old name were revoked; the administrator issues new ones
    revoked = db.execute(select(Certificate).where(Certificate.user_id == w.user("stc.leader").id)).scalar_one()
    assert (revoked.status, revoked.revocation_reason) == (CertificateStatus.REVOKED, "affiliationChanged")
    ca = pki.ensure_dev_ca(w.config)
    pki.issue_personal_certificate(db, ca, w.user("stc.leader"), DEMO_PIN, actor=None, kdf=FAST_KDF,
                                   algorithm="ec-p256")
    pki.issue_seal_certificate(db, ca, agency, DEMO_PIN, actor=None, kdf=FAST_KDF, algorithm="ec-p256")
    db.commit()
    after = issued_document(w, to=("SNNMT",), **stc)
    # the same agency: its numbering continues; the new code is in the new notation only
    assert (before.notation, after.notation) == ("01/STC-QLNS", "02/STCQN-QLNS")
    browser.login("stc.clerk")
    page = browser.get(f"/documents/{before.id}").get_data(as_text=True)
    assert "Sở Tài chính tỉnh Quảng Ngãi" not in page and "01/STC-QLNS" in page
    assert "Sở Tài chính tỉnh Quảng Ngãi" in browser.get(f"/documents/{after.id}").get_data(as_text=True)
    assert "Sở Tài chính tỉnh Quảng Ngãi" in db.execute(select(Certificate.subject).where(
        Certificate.user_id == w.user("stc.leader").id, Certificate.status == CertificateStatus.ACTIVE)).scalar_one()
    # the seal naming the old name is superseded: STC had one (the fixture issued it)
    seal = db.execute(select(Certificate).where(Certificate.agency_id == agency.id, Certificate.user_id.is_(None),
                                                Certificate.status == CertificateStatus.REVOKED)).scalars().all()
    assert len(seal) == 1
    assert seal and seal[0].revocation_reason == "superseded"
    assert db.execute(select(User).where(User.username == "stc.clerk")).scalar_one().agency_id == agency.id

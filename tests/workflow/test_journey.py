"""The whole outgoing → incoming journey across two agencies, at the service level, with real
keys, real signatures and an independent validator (pyHanko) on the recipient's copy."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from docflow.models import DeliveryStatus, DocStatus
from docflow.workflow import incoming, outgoing, queries
from docflow.workflow.errors import InvalidTransition, NotAllowed, StaleRevision
from tests.conftest import DEMO_PIN


def _pyhanko_status(pdf: bytes, roots):
    from asn1crypto import x509 as a509

    vc = ValidationContext(trust_roots=[a509.Certificate.load(r.public_bytes(encoding=_der())) for r in roots],
                           allow_fetching=False, revocation_mode="soft-fail")
    reader = PdfFileReader(io.BytesIO(pdf))
    # the archive timestamp (a /DocTimeStamp) is judged by the PAdES-LTA tests (test_long_term.py)
    return [validate_pdf_signature(s, vc) for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]


def _der():
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


def test_outgoing_to_incoming_journey(world):
    w, db = world, world.db
    staff, reviewer, leader, clerk = (w.user(u) for u in ("snnmt.staff", "snnmt.reviewer", "snnmt.leader",
                                                          "snnmt.clerk"))
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(), w.letter())
    db.commit()
    assert doc.status == DocStatus.DRAFT and doc.main_file.current.seq == 1

    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.forward(db, ctx, reviewer, doc, doc.revision, "Đề nghị Giám đốc ký")
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    assert doc.status == DocStatus.SIGNED and doc.main_file.current.reason == "signature"

    preview = queries.desk(db, clerk, w.clock().date())
    assert [i.id for i in preview["issue"]] == [doc.id]
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    db.commit()
    year = w.clock().astimezone(dt.timezone(dt.timedelta(hours=7))).year
    assert doc.number == 1 and doc.year == year and doc.notation == "01/SNNMT-QLĐĐ"

    outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()
    assert doc.status == DocStatus.DISPATCHED

    # --- at UBND xã Nghĩa Hành
    b_clerk, b_leader = w.user("ubndxnh.clerk"), w.user("ubndxnh.leader")
    inbox = queries.desk(db, b_clerk, w.clock().date())["receive"]
    assert len(inbox) == 1
    delivery = incoming.get_delivery(db, b_clerk, inbox[0].id)
    assert delivery.status == DeliveryStatus.RECEIVED and delivery.verdict == "TOTAL_PASSED"
    # the leader, the seal and the archive timestamp of PAdES B-LTA (issue 18)
    assert [s["kind"] for s in delivery.verification["signatures"]] == ["approval", "approval", "document_timestamp"]
    assert [s["pades_level"] for s in delivery.verification["signatures"]] == ["B-LTA", "B-LTA", None]

    incoming.register(db, ctx, b_clerk, delivery, delivery.revision)
    db.commit()
    assert delivery.incoming_number == 1 and delivery.incoming_year == year

    lead_unit = w.unit("Phòng Kinh tế", "UBNDXNH")
    cooperating = w.unit("Văn phòng HĐND và UBND xã", "UBNDXNH")
    handler = w.user("ubndxnh.staff")
    deadline = w.clock().date() + dt.timedelta(days=10)
    incoming.assign(db, ctx, b_leader, delivery, delivery.revision, lead_unit_id=lead_unit.id,
                    cooperating_unit_ids=[cooperating.id], deadline=deadline, handler_id=handler.id,
                    direction="Phòng TN&MT chủ trì, báo cáo trước hạn.")
    incoming.start(db, ctx, handler, delivery, delivery.revision)
    incoming.complete(db, ctx, handler, delivery, delivery.revision, "Đã rà soát, báo cáo kết quả.")
    db.commit()

    # the sender sees the recipient's status
    statuses = queries.recipients_status(db, doc)
    assert [(d.status, name) for d, name in statuses] == [
        (DeliveryStatus.COMPLETED, "Ủy ban nhân dân xã Nghĩa Hành")]

    # both signatures valid in pyHanko on the recipient's copy, trusted against the dev CA root
    from docflow.pki import service as pki

    copy = ctx.blobs.get(delivery.verified_sha256)
    results = _pyhanko_status(copy, [pki.ensure_dev_ca(w.config).root.certificate])
    assert len(results) == 2
    assert all(r.intact and r.valid and r.trusted for r in results), [r.summary() for r in results]

    # registers show the rows
    out_reg = queries.outgoing_register(db, clerk, year)
    assert [(r["number"], r["notation"], r["signer"]) for r in out_reg] == [("01", "01/SNNMT-QLĐĐ", "Nguyễn Văn Nghĩa")]
    assert out_reg[0]["acknowledgement"] == "Ủy ban nhân dân xã Nghĩa Hành: Đã xử lý xong"
    in_reg = queries.incoming_register(db, b_clerk, year)
    assert [(r["number"], r["notation"], r["author"]) for r in in_reg] == [
        (1, "01/SNNMT-QLĐĐ", "Sở Nông nghiệp và Môi trường")]
    tracking = queries.tracking_register(db, b_clerk, year, w.clock().date())
    assert tracking[0]["on_time"] is True
    stats = queries.on_time_stats(db, b_clerk.agency_id, w.clock().date())
    assert [(s.unit, s.completed_on_time, s.completed_late, s.open) for s in stats] == [
        ("Phòng Kinh tế", 1, 0, 0)]


def test_return_and_resubmit_keeps_every_version_and_comment(world):
    w, db = world, world.db
    staff, reviewer, leader = w.user("snnmt.staff"), w.user("snnmt.reviewer"), w.user("snnmt.leader")
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None), w.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    with pytest.raises(NotAllowed):
        outgoing.return_document(db, ctx, reviewer, doc, doc.revision, "không phải người ký")
    outgoing.return_document(db, ctx, leader, doc, doc.revision, "Sửa lại số liệu kinh phí")
    db.commit()
    assert doc.status == DocStatus.RETURNED
    assert queries.desk(db, staff, w.clock().date())["drafts"][0].id == doc.id
    outgoing.revise_draft(db, ctx, staff, doc, doc.revision, main=w.letter(amount="980.000.000 đồng"))
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    assert [v.reason for v in doc.main_file.versions] == ["upload", "upload", "signature"]
    from docflow.models import DocumentEvent

    events = db.query(DocumentEvent).filter_by(document_id=doc.id).order_by(DocumentEvent.id).all()
    assert [e.action for e in events] == ["created", "submitted", "returned", "revised", "submitted", "signed"]
    assert events[2].comment == "Sửa lại số liệu kinh phí"


def test_stale_revision_is_refused_and_nothing_is_lost(world):
    """Two tabs: the second action carries the old revision and is refused with a message."""
    w, db = world, world.db
    staff = w.user("snnmt.staff")
    ctx = w.ctx()
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(reviewer=None), w.letter())
    db.commit()
    old = doc.revision
    outgoing.submit(db, ctx, staff, doc, old)
    db.commit()
    with pytest.raises(StaleRevision):
        outgoing.submit(db, ctx, staff, doc, old)
    leader = w.user("snnmt.leader")
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    db.commit()
    with pytest.raises((StaleRevision, InvalidTransition)):
        outgoing.sign(db, ctx, leader, doc, doc.revision - 1, DEMO_PIN)
    assert [v.reason for v in doc.main_file.versions] == ["upload", "signature"]

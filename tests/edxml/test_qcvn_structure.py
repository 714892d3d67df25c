"""edXML as other document systems read it (issue 22, first part): the QCVN 102:2016 structure
(``edXML`` root, ``edXMLManifest``, ``Attachment`` with ``ContentId`` and
``ContentTransferEncoded``), every header field, the Bussiness block and the status codes.
Packages docflow builds are read by ``tests.support.edxml_sdk``, written from the public
structure and sharing no code with docflow; a package written by hand in that structure
imports; docflow's earlier packages still import."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from docflow.edxml import service as exchange
from docflow.edxml.package import (
    BUSINESS_REPLACE,
    NS_QCVN,
    STATUS_CODES,
    Attachment,
    Business,
    EdxmlError,
    Organ,
    Package,
    Replacement,
    ResponseFor,
    Signer,
    StaffInfo,
    StatusMessage,
    Trace,
    build_package,
    build_status,
    parse_package,
    parse_status,
)
from docflow.models import DeliveryStatus
from docflow.workflow import outgoing
from tests.conftest import DEMO_PIN
from tests.support import edxml_sdk

from .partners import external_seal, sealed
from .test_sender import NAME_E, ORGAN_E

SAMPLES = Path(__file__).parent / "samples"
VN = dt.timezone(dt.timedelta(hours=7))

FULL = Package(
    sender=Organ("000.00.31.H53", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh Quảng Ngãi",
                 "52 Hùng Vương, Quảng Ngãi", "snnmt@quangngai.gov.vn", "0255 3822 000", "0255 3822 001",
                 "snnmt.quangngai.gov.vn"),
    recipients=(Organ("000.00.41.H10", "Sở Tài chính tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"),),
    document_id="000.00.31.H53,2026/11/28,15/QĐ-SNNMT", code_number="15", code_notation="QĐ-SNNMT",
    place="Quảng Ngãi", promulgation_date=dt.date(2026, 11, 28), document_type="1", type_detail=2,
    document_type_name="Quyết định", subject="Về việc giao đất", signer=Signer("KT. GIÁM ĐỐC", "Phó Giám đốc",
                                                                               "Nguyễn Văn Nghĩa"),
    due_date=dt.date(2026, 12, 10), priority=2, to_places=("Sở Xây dựng", "Lưu: VT, NVA"),
    trace=(Trace("000.00.31.H53", dt.datetime(2026, 11, 28, 10, 0, tzinfo=VN)),),
    attachments=(Attachment("cid1", "qd.pdf", b"%PDF-1.7 main", description="Văn bản chính"),
                 Attachment("cid2", "pl.pdf", b"%PDF-1.7 annex", description="Phụ lục")),
    content="Giao 2 ha đất cho dự án", sphere_of_promulgation="Liên thông văn bản quốc gia",
    typer_notation="NVA", promulgation_amount=3, page_amount=4, appendixes=("pl.pdf",),
    response_for=(ResponseFor("000.00.41.H10", "7/STC-NS", dt.date(2026, 11, 1), "000.00.41.H10,2026/11/01,7/STC-NS"),),
    steering_type=1,
    business=Business(BUSINESS_REPLACE, "Sai số liệu diện tích", "000.00.31.H53,2026/11/28,15/QĐ-SNNMT",
                      StaffInfo("Văn phòng Sở", "Trần Thị Văn Thư", "0905 000 000", "vt@quangngai.gov.vn"), 1,
                      (Replacement("000.00.31.H53,2026/11/20,12/QĐ-SNNMT", ("000.00.41.H10", "000.00.41.H20")),)),
)

# each header field with a value other than FULL's (the round trip must carry that one too)
CHANGES = {
    "sender": Organ("000.00.31.H55", "Sở Tài chính", website="stc.quangngai.gov.vn"),
    "recipients": (Organ("000.00.41.H10", "A"), Organ("000.00.41.H20", "B", email="b@kontum.gov.vn")),
    "document_id": "x,2026/01/01,1/CV", "code_number": "1", "code_notation": "STC-NS", "place": "Kon Tum",
    "promulgation_date": dt.date(2025, 1, 2), "document_type": "2", "type_detail": 18,
    "document_type_name": "Công văn", "subject": "V/v khác", "signer": Signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "B"),
    "due_date": None, "priority": 3, "to_places": (), "content": "", "sphere_of_promulgation": "Nội bộ",
    "typer_notation": "TVC", "promulgation_amount": 1, "page_amount": 1, "appendixes": (), "response_for": (),
    "steering_type": 0, "business": Business(),
    "trace": (Trace("000.00.31.H53", dt.datetime(2026, 1, 1, 7, 0, tzinfo=VN)),
              Trace("000.00.00.G22", dt.datetime(2026, 1, 1, 7, 5, tzinfo=VN))),
}


def test_every_header_field_round_trips():
    assert parse_package(build_package(FULL)) == FULL
    for name, value in CHANGES.items():
        changed = dataclasses.replace(FULL, **{name: value})
        assert getattr(parse_package(build_package(changed)), name) == value, name


def test_a_package_docflow_builds_reads_in_the_standards_structure():
    data = build_package(FULL)
    got = edxml_sdk.read_package(data)
    assert got["from"] == {"OrganId": "000.00.31.H53", "OrganizationInCharge": "Ủy ban nhân dân tỉnh Quảng Ngãi",
                           "OrganName": "Sở Nông nghiệp và Môi trường", "OrganAdd": "52 Hùng Vương, Quảng Ngãi",
                           "Email": "snnmt@quangngai.gov.vn", "Telephone": "0255 3822 000",
                           "Fax": "0255 3822 001", "Website": "snnmt.quangngai.gov.vn"}
    assert [t["OrganId"] for t in got["to"]] == ["000.00.41.H10"]
    assert (got["code_number"], got["code_notation"], got["place"], got["promulgation_date"]) == (
        "15", "QĐ-SNNMT", "Quảng Ngãi", "2026/11/28")
    assert (got["type"], got["type_detail"], got["type_name"]) == ("1", "2", "Quyết định")
    assert (got["subject"], got["content"]) == ("Về việc giao đất", "Giao 2 ha đất cho dự án")
    assert (got["competence"], got["position"], got["full_name"]) == ("KT. GIÁM ĐỐC", "Phó Giám đốc",
                                                                       "Nguyễn Văn Nghĩa")
    assert got["due_date"] == "2026/12/10" and got["to_places"] == ["Sở Xây dựng", "Lưu: VT, NVA"]
    assert (got["priority"], got["sphere"], got["typer_notation"], got["promulgation_amount"],
            got["page_amount"], got["appendixes"]) == ("2", "Liên thông văn bản quốc gia", "NVA", "3", "4", ["pl.pdf"])
    assert got["response_for"] == [{"organ_id": "000.00.41.H10", "code": "7/STC-NS", "promulgation_date": "2026/11/01",
                                    "document_id": "000.00.41.H10,2026/11/01,7/STC-NS"}]
    assert (got["steering_type"], got["document_id"]) == ("1", "000.00.31.H53,2026/11/28,15/QĐ-SNNMT")
    assert got["trace"] == [("000.00.31.H53", "2026/11/28 10:00:00")]
    assert got["business"] == {
        "doc_type": "3", "reason": "Sai số liệu diện tích", "document_id": "000.00.31.H53,2026/11/28,15/QĐ-SNNMT",
        "paper": "1", "staff": {"Department": "Văn phòng Sở", "Staff": "Trần Thị Văn Thư", "Mobile": "0905 000 000",
                                "Email": "vt@quangngai.gov.vn"},
        "replacements": [{"document_id": "000.00.31.H53,2026/11/20,12/QĐ-SNNMT",
                          "organ_ids": ["000.00.41.H10", "000.00.41.H20"]}]}
    assert [(a["content_id"], a["name"], a["description"], a["data"]) for a in got["attachments"]] == [
        ("cid1", "qd.pdf", "Văn bản chính", b"%PDF-1.7 main"), ("cid2", "pl.pdf", "Phụ lục", b"%PDF-1.7 annex")]


def test_the_reader_of_the_standard_refuses_docflows_earlier_layout():
    """The independent reader is strict: what docflow wrote before this change (the issue's
    'a parser built on the SDK returns nothing') does not pass it."""
    with pytest.raises(edxml_sdk.NotEdxml, match="root"):
        edxml_sdk.read_package((SAMPLES / "docflow-2026-11.edxml").read_bytes())


def test_docflows_earlier_packages_are_still_read():
    old = parse_package((SAMPLES / "docflow-2026-11.edxml").read_bytes())
    assert old.legacy and old.namespace == NS_QCVN
    assert (old.sender.organ_id, old.recipients[0].organ_id) == ("000.00.31.H53", "000.00.31.H55")
    assert (old.document_type, old.document_type_name, old.code_number, old.code_notation) == (
        "QĐ", "Quyết định", "15", "QĐ-SNNMT")
    assert [(a.content_id, a.name, a.data) for a in old.attachments] == [
        ("cid1", "qd.pdf", b"%PDF-1.7 main"), ("cid2", "pl.pdf", b"%PDF-1.7 annex")]
    assert old.priority == 1 and old.to_places == ("Sở Tài chính",)
    old_status = parse_status((SAMPLES / "docflow-2026-11-status.edxml").read_bytes())
    assert (old_status.status_code, old_status.staff) == ("06", "Đỗ Thị Thanh Tâm")
    assert not parse_package(build_package(FULL)).legacy


def _partner(world):
    from docflow.edxml import seals

    exchange.set_organ_id(world.db, None, world.agency("STC"), "000.00.31.H55")
    partner = exchange.add_external_agency(world.db, None, ORGAN_E, NAME_E)
    seal = external_seal(world, NAME_E)
    seals.register_seal(world.db, None, partner, seal.pem)
    world.db.commit()
    return seal


def test_a_package_written_by_hand_in_the_standards_structure_imports(world):
    seal = _partner(world)
    main, annex = sealed(world, seal), sealed(world, seal, amount="2 đồng")
    data = (SAMPLES / "qcvn-102-sample.edxml").read_bytes().replace(
        b"@MAIN@", base64.b64encode(main)).replace(b"@ANNEX@", base64.b64encode(annex))
    delivery = exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"), data, world.agency("STC"))
    world.db.commit()
    assert (delivery.status, delivery.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    doc = delivery.document
    assert (doc.notation, doc.doc_type) == ("57/QĐ-STC", "QĐ")
    assert doc.subject == "Về việc phân bổ kinh phí thẩm định dự án liên tỉnh"
    assert doc.handling_deadline == dt.date(2026, 12, 15) and doc.authority_line == "KT. GIÁM ĐỐC"
    assert [(f.filename, world.ctx().blobs.get(f.current.sha256)) for f in doc.files] == [
        ("57-QD-STC.pdf", main), ("phu-luc.pdf", annex)]


def test_an_old_docflow_package_imports(world):
    """docflow's earlier layout, as a partner that has not upgraded still sends it."""
    seal = _partner(world)
    pdf = sealed(world, seal)
    old = (SAMPLES / "docflow-2026-11.edxml").read_bytes()
    old = old.replace(base64.b64encode(b"%PDF-1.7 main"), base64.b64encode(pdf)).replace(b"000.00.31.H53",
                                                                                         ORGAN_E.encode())
    delivery = exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"), old, world.agency("STC"))
    world.db.commit()
    assert (delivery.status, delivery.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    assert delivery.document.doc_type == "QĐ" and delivery.document.notation == "15/QĐ-SNNMT"


def test_an_exported_document_carries_the_standards_fields(world):
    db, ctx = world.db, world.ctx()
    exchange.set_organ_id(db, None, world.agency("SNNMT"), "000.00.31.H53")
    external = exchange.add_external_agency(db, None, ORGAN_E, NAME_E)
    db.commit()
    staff, leader, clerk = world.user("snnmt.staff"), world.user("snnmt.leader"), world.user("snnmt.clerk")
    doc = outgoing.create_draft(db, ctx, staff, world.draft_input(to=(external.code, "STC"), reviewer=None),
                                world.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()
    got = edxml_sdk.read_package(exchange.export_document(db, ctx, clerk, doc, ORGAN_E))
    db.commit()
    assert got["from"]["OrganId"] == "000.00.31.H53" and got["from"]["OrganizationInCharge"] == "Tỉnh Quảng Ngãi"
    assert [t["OrganId"] for t in got["to"]] == [ORGAN_E]
    # the standard's coding of the type (administrative, công văn = 18th in Decree 30 Annex III)
    assert (got["type"], got["type_detail"], got["type_name"]) == ("1", "18", "Công văn")
    assert got["place"] == "Quảng Ngãi"
    # Nơi nhận: the other recipient and the copy kept, not the package's own recipient again
    initials = "".join(w[0] for w in staff.full_name.split()).upper()
    assert got["to_places"] == ["Sở Tài chính", f"Lưu: VT, {initials}"] and got["typer_notation"] == initials
    assert got["promulgation_amount"] == "3"  # two recipients and the copy kept
    assert int(got["page_amount"]) == doc.main_file.current.page_count >= 1
    assert got["business"]["doc_type"] == "0" and got["business"]["staff"]["Staff"] == clerk.full_name
    assert got["attachments"][0]["data"] == ctx.blobs.get(doc.main_file.current.sha256)


def test_status_codes_and_their_meanings():
    assert STATUS_CODES == {"01": "arrived", "02": "refused", "03": "accepted", "04": "assigned",
                            "05": "in_progress", "06": "completed", "13": "recall_requested",
                            "15": "recall_accepted", "16": "recall_refused"}
    for code in STATUS_CODES:
        msg = StatusMessage("000.00.31.H53", "000.00.31.H53,2026/11/28,15/QĐ-SNNMT", "15/QĐ-SNNMT",
                            dt.date(2026, 11, 28), Organ("000.00.41.H10", "Sở Tài chính tỉnh Kon Tum"), code, "lý do",
                            dt.datetime(2026, 11, 29, 9, 0, tzinfo=VN), "Đỗ Thị Tâm", "Phòng QLNS", mobile="0905",
                            email="tam@kontum.gov.vn")
        data = build_status(msg)
        assert parse_status(data) == msg
        got = edxml_sdk.read_status(data)
        assert (got["code"], got["from"]["OrganId"], got["response_for"]["DocumentId"]) == (
            code, "000.00.41.H10", "000.00.31.H53,2026/11/28,15/QĐ-SNNMT")
        assert got["staff"] == {"Department": "Phòng QLNS", "Staff": "Đỗ Thị Tâm", "Mobile": "0905",
                                "Email": "tam@kontum.gov.vn"}
    for undefined in ("00", "07", "12", "14", "17"):
        with pytest.raises(EdxmlError):
            build_status(dataclasses.replace(msg, status_code=undefined))


def test_arrived_goes_back_first_and_changes_nothing_at_the_sender(world):
    """01 is what the recipient's system reports on arrival (before: docflow called 01 'sent'
    and refused it)."""
    from .test_sender import _package

    seal = _partner(world)
    delivery = exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"),
                                       _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal)),
                                       world.agency("STC"))
    world.db.commit()
    arrived = parse_status(exchange.export_status(world.db, world.ctx(), world.user("stc.clerk"), delivery))
    world.db.commit()
    assert (arrived.status_code, arrived.sender.organ_id, arrived.response_for_organ) == ("01", "000.00.31.H55",
                                                                                         ORGAN_E)
    assert delivery.status == DeliveryStatus.RECEIVED


def test_our_organ_ids_are_national_ones_and_never_an_internal_code(world):
    """An agency of this installation is known on the axis by its mã định danh điện tử
    (000.00.00.G00); without one nothing leaves (before: the unit's internal code, 'SNNMT', went
    out as the sender's OrganId). Partners keep the identifiers they use."""
    from docflow.edxml.service import ExchangeError

    db, ctx = world.db, world.ctx()
    for wrong in ("SNNMT", "H37.02.02", "000.00.31.h53", "000.00.31.H5"):
        with pytest.raises(ExchangeError, match="000.00.00.G00"):
            exchange.set_organ_id(db, None, world.agency("SNNMT"), wrong)
        db.rollback()
    assert exchange.add_external_agency(db, None, "H37.02.02", "Sở Khoa học và Công nghệ tỉnh Lạng Sơn")
    external = exchange.add_external_agency(db, None, ORGAN_E, NAME_E)
    db.commit()
    staff, leader, clerk = world.user("snnmt.staff"), world.user("snnmt.leader"), world.user("snnmt.clerk")
    doc = outgoing.create_draft(db, ctx, staff, world.draft_input(to=(external.code,), reviewer=None), world.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()
    with pytest.raises(ExchangeError, match="no exchange identifier") as err:
        exchange.export_document(db, ctx, clerk, doc, ORGAN_E)
    db.rollback()
    assert err.value.params["agency"] == "Sở Nông nghiệp và Môi trường"
    exchange.set_organ_id(db, None, world.agency("SNNMT"), "000.00.31.H53")
    db.commit()
    assert edxml_sdk.read_package(exchange.export_document(db, ctx, clerk, doc, ORGAN_E))["from"]["OrganId"] == \
        "000.00.31.H53"


def test_a_package_for_another_organ_is_refused_with_what_it_names(world):
    from sqlalchemy import func, select

    from docflow.edxml.service import ExchangeError
    from docflow.models import Delivery

    from .test_sender import _package

    seal = _partner(world)
    before = world.db.execute(select(func.count(Delivery.id))).scalar_one()
    with pytest.raises(ExchangeError, match="addressed to 000.00.41.H99") as err:
        exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"),
                                _package(ORGAN_E, NAME_E, "000.00.41.H99", sealed(world, seal)), world.agency("STC"))
    world.db.rollback()
    assert (err.value.params["agency"], err.value.params["organ"]) == ("Sở Tài chính", "000.00.31.H55")
    assert world.db.execute(select(func.count(Delivery.id))).scalar_one() == before  # nothing received


def test_a_package_for_an_agency_merged_into_another_arrives_at_its_successor(world):
    """Addressed to a commune merged into another (two-level local government): the package names
    the old OrganId and arrives at the successor, not refused as addressed to someone else."""
    from docflow.organisation import reorganise

    from .test_sender import _package

    seal = _partner(world)
    db = world.db
    old, new = world.agency("UBNDXTT"), world.agency("UBNDXNH")
    exchange.set_organ_id(db, None, old, "000.01.31.H01")
    exchange.set_organ_id(db, None, new, "000.02.31.H02")
    db.commit()
    reorganise.schedule_merger(db, predecessors=[old], successor=new, effective_on=world.ctx().today(),
                               now=world.clock())
    db.commit()
    delivery = exchange.import_package(db, world.ctx(), world.user("ubndxnh.clerk"),
                                       _package(ORGAN_E, NAME_E, "000.01.31.H01", sealed(world, seal)), old)
    db.commit()
    assert (delivery.recipient_agency_id, delivery.status) == (new.id, DeliveryStatus.RECEIVED)

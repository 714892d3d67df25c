"""The registers as a clerk reads and prints them (Decree 30 Annex IV): states and "Ký nhận" in
Vietnamese words, never docflow's codes; in the printed register (PDF) every notation on one
line; the header names the parent agency (cơ quan chủ quản) above the agency."""

from __future__ import annotations

import io
import subprocess  # nosec B404 - pdftotext on a file the test made

from openpyxl import load_workbook
from sqlalchemy import select

from docflow.models import Delivery, DeliveryStatus, DocType
from docflow.workflow import exports, incoming, queries
from tests.workflow.helpers import issued_document
from tests.workflow.test_pages import _login

CODES = {s.value for s in DeliveryStatus}


def _layout_text(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)  # nosec
    return out.stdout.decode("utf-8").splitlines()


def _issue_several(w) -> list:
    """Notations of the lengths real ones reach: a division code of nine letters."""
    w.unit("Phòng Quản lý đất đai", "SNNMT").code = "QLĐĐVBĐKH"
    w.db.commit()
    docs = [issued_document(w, doc_type=t) for t in (DocType.CV, DocType.QD, DocType.CV)]
    import datetime as dt

    from docflow.models import Unit

    for doc in docs[:2]:
        delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
        incoming.register(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, delivery.revision)
    w.db.commit()
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == docs[1].id)).scalar_one()
    unit = w.db.execute(select(Unit).where(Unit.agency_id == delivery.recipient_agency_id,
                                           Unit.id != delivery.recipient_agency_id)).scalars().first()
    soon = w.ctx().today() + dt.timedelta(days=1)  # due tomorrow: the tracking register says so
    incoming.assign(w.db, w.ctx(), w.user("ubndxnh.leader"), delivery, delivery.revision, lead_unit_id=unit.id,
                    deadline=soon)
    w.db.commit()
    return docs


def test_every_state_has_its_words():
    assert set(exports.DELIVERY_STATUS_VI) == CODES
    assert exports.progress_vi("in_progress", "overdue", None) == "Đang xử lý (quá hạn)"
    assert exports.progress_vi("completed", None, True) == "Đã xử lý xong (đúng hạn)"


def test_registers_show_states_in_words_never_codes(world, make_browser):
    w = world
    docs = _issue_several(w)
    year = docs[0].year
    sender = _login(make_browser, "snnmt.clerk")
    page = sender.get(f"/registers/outgoing?year={year}").get_data(as_text=True)
    assert "Ủy ban nhân dân xã Nghĩa Hành: Đã vào sổ" in page
    assert "Ủy ban nhân dân xã Nghĩa Hành: Đã giao xử lý" in page
    assert "Ủy ban nhân dân xã Nghĩa Hành: Đã nhận, chờ vào sổ" in page
    recipient = _login(make_browser, "ubndxnh.clerk")
    for kind in ("incoming", "tracking"):
        html = recipient.get(f"/registers/{kind}?year={year}").get_data(as_text=True)
        cells = set(html.replace("<td>", "\n<td>").replace("</td>", "</td>\n").split("\n"))
        assert not {f"<td>{code}</td>" for code in CODES} & cells, kind
        words = "Đã vào sổ" if kind == "incoming" else "Đã giao xử lý (sắp đến hạn)"
        assert words in html, kind
        csv = recipient.get(f"/registers/{kind}?year={year}&format=csv").data.decode("utf-8-sig")
        assert words in csv and not {f",{code}," for code in CODES} & set(
            "," + c + "," for line in csv.splitlines() for c in line.split(",")), kind
        sheet = load_workbook(io.BytesIO(recipient.get(f"/registers/{kind}?year={year}&format=xlsx").data)).active
        values = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
        assert words in " ".join(values) and not CODES & values, kind


def test_the_printed_register_keeps_each_notation_on_one_line_under_the_parent_agency(world, make_browser):
    w = world
    docs = _issue_several(w)
    year = docs[0].year
    notations = [d.notation for d in docs]
    assert "01/SNNMT-QLĐĐVBĐKH" in notations and "02/QĐ-SNNMT" in notations
    clerk = _login(make_browser, "snnmt.clerk")
    lines = _layout_text(clerk.get(f"/registers/outgoing?year={year}&format=pdf").data)
    for notation in notations:
        assert any(notation in line for line in lines), (notation, lines)
    header = [line.strip() for line in lines if line.strip()][:3]
    assert header[:2] == ["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], header
    assert queries.parent_agency(w.db, w.agency("SNNMT")) == "UBND TỈNH QUẢNG NGÃI"
    # a People's Committee has no parent line: its own name heads the register
    assert queries.parent_agency(w.db, w.agency("UBNDXNH")) == ""
    incoming_pdf = _login(make_browser, "ubndxnh.clerk").get(f"/registers/incoming?year={year}&format=pdf").data
    in_lines = [line.strip() for line in _layout_text(incoming_pdf) if line.strip()]
    assert in_lines[0] == "ỦY BAN NHÂN DÂN XÃ NGHĨA HÀNH", in_lines[:3]
    assert any(docs[0].notation in line for line in in_lines)

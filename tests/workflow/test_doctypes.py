"""Document types as data (Decree 30 Annex III), notations from the type and the agency's
abbreviation for notations, and separate number sequences (secret documents; legal normative
ones where the agency chooses)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from docflow.models import (
    DECREE30_TYPES,
    Confidentiality,
    DocType,
    Document,
    RegisterCounter,
)
from docflow.workflow import doctypes, outgoing, queries
from docflow.workflow.errors import InvalidDocument, NotAllowed
from tests.conftest import DEMO_PIN


def _issue(w, *, doc_type=DocType.CV, staff="snnmt.staff", leader="snnmt.leader", clerk="snnmt.clerk", **kw):
    db, ctx = w.db, w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user(staff), w.draft_input(reviewer=None, signer=leader,
                                                                      doc_type=doc_type, **kw), w.letter())
    outgoing.submit(db, ctx, w.user(staff), doc, doc.revision)
    outgoing.sign(db, ctx, w.user(leader), doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, w.user(clerk), doc, doc.revision, DEMO_PIN)
    db.commit()
    return doc


def test_every_annex_iii_type_is_there_with_its_abbreviation_as_written(world):
    types = {t.code: t for t in doctypes.all_types(world.db)}
    assert len(DECREE30_TYPES) == 29
    for code, abbreviation, name in DECREE30_TYPES:
        assert (types[code].abbreviation, types[code].name) == (abbreviation, name)
    # mixed case kept, công văn without an abbreviation
    assert {types[c].abbreviation for c in ("TTr", "QyĐ", "CTr")} == {"TTr", "QyĐ", "CTr"}
    assert types["CV"].abbreviation == "" and types["CV"].name == "Công văn"
    assert {"NQ", "QĐ", "CT", "QC", "TC", "TB", "HD", "KH", "PA", "ĐA", "DA", "BC", "BB", "HĐ", "CĐ", "GUQ", "GM",
            "GGT", "PG", "PC", "PB", "GNP"} <= set(types)


def test_each_type_notates_as_decree_30_writes_it(world):
    w, db = world, world.db
    agency, division = w.agency("SNNMT"), w.unit("Phòng Quản lý đất đai", "SNNMT")
    for code, abbreviation, _name in DECREE30_TYPES:
        doc = Document(doc_type=code, unit_id=division.id)
        expected = f"07/{abbreviation}-SNNMT" if abbreviation else "07/SNNMT-QLĐĐ"
        assert doctypes.notation_for(db, doc, agency, division, 7) == expected, code


def test_a_peoples_committee_writes_ubnd_while_its_code_stays_unique(world):
    w, db = world, world.db
    w.agency("UBNDXNH").notation_code = "UBND"
    db.commit()
    doc = _issue(w, doc_type=DocType.QD, to=("SNNMT",), staff="ubndxnh.staff", leader="ubndxnh.leader",
                 clerk="ubndxnh.clerk")
    assert doc.notation == "01/QĐ-UBND"
    assert w.agency("UBNDXNH").code == "UBNDXNH"


def test_types_share_the_general_sequence_and_a_secret_document_has_its_own(world):
    w = world
    decision = _issue(w, doc_type=DocType.QD)
    report = _issue(w, doc_type=DocType.TTR)
    secret = _issue(w, doc_type=DocType.CV, confidentiality=Confidentiality.CONFIDENTIAL)
    letter = _issue(w, doc_type=DocType.CV)
    assert [d.notation for d in (decision, report, letter)] == ["01/QĐ-SNNMT", "02/TTr-SNNMT", "03/SNNMT-QLĐĐ"]
    assert (secret.notation, secret.register) == ("01/SNNMT-QLĐĐ", "outgoing-mat")
    assert {decision.register, report.register, letter.register} == {"outgoing"}
    counters = {c.kind: c.last_number for c in w.db.execute(select(RegisterCounter).where(
        RegisterCounter.agency_id == w.agency("SNNMT").id)).scalars()}
    assert counters == {"outgoing": 3, "outgoing-mat": 1}
    # the register says which sequence a number comes from
    rows = queries.outgoing_register(w.db, w.user("snnmt.clerk"), decision.year)
    notes = {r["notation"] + "/" + r["register"]: r["notes"] for r in rows}
    assert notes["01/SNNMT-QLĐĐ/outgoing-mat"] == "Sổ văn bản mật"
    assert notes["01/QĐ-SNNMT/outgoing"] == ""


def test_legal_normative_documents_are_numbered_apart_only_where_the_agency_chooses(world):
    w, db = world, world.db
    admin = w.user("admin")
    doctypes.save_type(db, admin, "QĐQPPL", "QĐ", "Quyết định (quy phạm pháp luật)", legal_normative=True)
    first = _issue(w, doc_type="QĐQPPL")
    assert (first.notation, first.register) == ("01/QĐ-SNNMT", "outgoing")  # not chosen: one sequence
    w.agency("SNNMT").separate_normative_register = True
    db.commit()
    normative = _issue(w, doc_type="QĐQPPL")
    ordinary = _issue(w, doc_type=DocType.QD)
    assert (normative.notation, normative.register) == ("01/QĐ-SNNMT", "outgoing-qppl")
    assert ordinary.notation == "02/QĐ-SNNMT"


def test_an_administrator_extends_the_list_and_drafts_use_only_active_types(world):
    w, db = world, world.db
    with pytest.raises(NotAllowed):
        doctypes.save_type(db, w.user("snnmt.admin"), "KL", "KL", "Kết luận")
    with pytest.raises(InvalidDocument):
        doctypes.save_type(db, w.user("admin"), "K L", "KL", "Kết luận")
    kind = doctypes.save_type(db, w.user("admin"), "KL", "KL", "Kết luận")
    assert kind.code == "KL" and kind in doctypes.active_types(db)
    assert _issue(w, doc_type="KL").notation == "01/KL-SNNMT"
    doctypes.save_type(db, w.user("admin"), "KL", "KL", "Kết luận", active=False)
    with pytest.raises(InvalidDocument) as err:
        outgoing.create_draft(db, w.ctx(), w.user("snnmt.staff"), w.draft_input(doc_type="KL"), w.letter())
    assert err.value.field == "doc_type"
    with pytest.raises(InvalidDocument):
        outgoing.create_draft(db, w.ctx(), w.user("snnmt.staff"), w.draft_input(doc_type="XYZ"), w.letter())


def test_the_sequences_start_again_on_the_first_of_january(world):
    w = world
    w.clock.set_local(2026, 12, 31, 23, 50)
    last = _issue(w, doc_type=DocType.TB)
    secret_last = _issue(w, doc_type=DocType.TB, confidentiality=Confidentiality.SECRET)
    w.clock.set_local(2027, 1, 1, 0, 5)
    first, secret_first = _issue(w, doc_type=DocType.TB), _issue(w, doc_type=DocType.TB,
                                                                  confidentiality=Confidentiality.SECRET)
    assert (last.year, first.year) == (2026, 2027)
    assert first.notation == "01/TB-SNNMT" and secret_first.notation == "01/TB-SNNMT"
    assert (last.number, secret_last.number) == (1, 1)


def test_the_types_page_adds_a_type_drafters_then_choose(world, make_browser):
    from tests.workflow.test_pages import _login

    admin = make_browser()
    assert admin.login("admin", "Admin-pass-2026").status_code == 302
    page = admin.get("/admin/document-types").get_data(as_text=True)
    assert "Loại văn bản" in page and "QyĐ" in page and "Tờ trình" in page
    bad = admin.post("/admin/document-types", {"code": "K L", "abbreviation": "KL", "name": "Kết luận", "active": "y"},
                     form_page="/admin/document-types", follow_redirects=True).get_data(as_text=True)
    assert "Mã gồm 1 đến 24 chữ cái hoặc chữ số" in bad and 'value="Kết luận"' in bad  # nothing typed lost
    admin.post("/admin/document-types", {"code": "KL", "abbreviation": "KL", "name": "Kết luận", "active": "y"},
               form_page="/admin/document-types")
    form = _login(make_browser, "snnmt.staff").get("/documents/new").get_data(as_text=True)
    assert '<option value="KL">Kết luận</option>' in form
    assert _login(make_browser, "snnmt.admin").get("/admin/document-types").status_code == 403


def test_an_agency_admin_sets_the_abbreviation_for_notations(world, make_browser):
    from tests.workflow.test_pages import _login

    w, db = world, world.db
    agency = w.agency("UBNDXNH")
    admin = _login(make_browser, "ubndxnh.admin")
    saved = admin.post(f"/admin/units/{agency.id}", {
        "name": agency.name, "code": agency.code, "notation_code": "ubnd", "active": "y",
        "org_type": agency.org_type.value, "parent_id": str(agency.parent_id or 0)},
        form_page=f"/admin/units/{agency.id}")
    assert saved.status_code == 302, saved.get_data(as_text=True)[-3000:]
    db.commit()  # a fresh snapshot: what the request committed
    db.expire_all()
    assert (w.agency("UBNDXNH").notation_code, w.agency("UBNDXNH").code) == ("UBND", "UBNDXNH")


def test_a_secret_document_is_registered_but_never_sent_electronically(world, make_browser):
    from docflow.models import Delivery
    from tests.workflow.test_pages import _login

    w, db = world, world.db
    doc = _issue(w, confidentiality=Confidentiality.TOP_SECRET)
    assert doc.register == "outgoing-mat" and doc.notation
    with pytest.raises(NotAllowed) as err:
        outgoing.dispatch(db, w.ctx(), w.user("snnmt.clerk"), doc, doc.revision)
    assert "state secrets" in err.value.msgid
    db.rollback()
    assert db.execute(select(Delivery).where(Delivery.document_id == doc.id)).first() is None  # nothing sent
    page = _login(make_browser, "snnmt.clerk").get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Văn bản có độ mật (Mật, Tối mật, Tuyệt mật) không được gửi điện tử" in page
    assert 'id="btn-dispatch"' not in page
    refused = _login(make_browser, "snnmt.clerk").post(f"/documents/{doc.id}/dispatch", {"revision": doc.revision},
                                                        form_page=f"/documents/{doc.id}", follow_redirects=True)
    assert "không được gửi điện tử" in refused.get_data(as_text=True)
    from docflow.edxml import service as edxml

    with pytest.raises(NotAllowed):
        edxml.export_document(db, w.ctx(), w.user("snnmt.clerk"), doc)


def test_the_demo_peoples_committees_issue_qd_ubnd(world):
    """docflow demo: the People's Committees write "UBND" in notations, as real ones do; a Sở
    keeps its own abbreviation; running the demo again on an older installation fills it in."""
    from docflow.provisioning import ensure_demo
    from tests.conftest import DEMO_PASSWORD

    w, db = world, world.db
    assert {c: w.agency(c).notation_code for c in ("UBND", "UBNDXNH", "UBNDXTT")} == dict.fromkeys(
        ("UBND", "UBNDXNH", "UBNDXTT"), "UBND")
    assert w.agency("SNNMT").notation_code is None
    doc = _issue(w, doc_type=DocType.QD, to=("SNNMT",), staff="ubndxnh.staff", leader="ubndxnh.leader",
                 clerk="ubndxnh.clerk")
    assert doc.notation == "01/QĐ-UBND"
    w.agency("UBNDXTT").notation_code = None  # as an installation made before notation codes
    db.commit()
    ensure_demo(db, DEMO_PASSWORD)
    db.commit()
    assert w.agency("UBNDXTT").notation_code == "UBND"

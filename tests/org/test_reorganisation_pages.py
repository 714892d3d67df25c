"""The administrator's page of mergers and renames (operator administrators only)."""

from __future__ import annotations

from sqlalchemy import func, select

from docflow.models import Reorganisation, ReorgStatus, Unit, User

PAGE = "/admin/reorganisations"


def _agency(db, code: str) -> Unit:
    return db.execute(select(Unit).where(Unit.code == code)).scalar_one()


def test_operator_admin_schedules_a_merger_sees_what_will_move_and_cancels_it(demo, browser, db):
    browser.login("admin", "Admin-pass-2026")
    page = browser.get(PAGE).get_data(as_text=True)
    assert "Hợp nhất, đổi tên cơ quan" in page
    # the demo's history: the two former departments merged into Sở Nông nghiệp và Môi trường
    assert "Sở Tài nguyên và Môi trường hợp nhất vào Sở Nông nghiệp và Môi trường" in page
    old, new = _agency(db, "UBNDXTT"), _agency(db, "UBNDXNH")
    response = browser.post(f"{PAGE}/merge", {"merge-sources": [old.id], "merge-successor_id": new.id,
                                              "merge-effective_on": "2099-01-01",
                                              "merge-decision": "Nghị quyết số 1/NQ-UBTVQH"}, form_page=PAGE)
    assert response.status_code == 302
    page = browser.get(PAGE).get_data(as_text=True)
    assert "Đã lên lịch: thay đổi có hiệu lực từ ngày 01/01/2099." in page
    assert "Sẽ chuyển — người dùng: 6;" in page and "Chờ hiệu lực" in page
    db.commit()
    assert db.execute(select(User.agency_id).where(User.username == "ubndxtt.clerk")).scalar_one() == old.id
    reorg = db.execute(select(Reorganisation).where(Reorganisation.successor_id == new.id)).scalar_one()
    browser.post(f"{PAGE}/{reorg.id}/cancel", form_page=PAGE)
    db.commit()
    db.refresh(reorg)
    assert reorg.status == ReorgStatus.CANCELLED


def test_a_bad_merger_is_refused_in_vietnamese_and_changes_nothing(demo, browser, db):
    browser.login("admin", "Admin-pass-2026")
    agency = _agency(db, "STC")
    before = db.execute(select(func.count(Reorganisation.id))).scalar_one()
    response = browser.post(f"{PAGE}/merge", {"merge-sources": [agency.id], "merge-successor_id": agency.id,
                                              "merge-effective_on": "2030-01-01"}, form_page=PAGE)
    assert "Không thể hợp nhất một cơ quan vào chính nó" in response.get_data(as_text=True)
    db.commit()
    assert db.execute(select(func.count(Reorganisation.id))).scalar_one() == before


def test_a_rename_dated_today_takes_effect_at_once(demo, browser, db):
    import datetime as dt

    browser.login("admin", "Admin-pass-2026")
    agency = _agency(db, "STC")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    response = browser.post(f"{PAGE}/rename", {"rename-unit_id": agency.id, "rename-new_name": "Sở Tài chính mới",
                                               "rename-new_code": "", "rename-effective_on": today}, form_page=PAGE)
    assert response.status_code == 302
    db.commit()
    db.refresh(agency)
    assert (agency.name, agency.code) == ("Sở Tài chính mới", "STC")


def test_an_agency_admin_cannot_reorganise(demo, browser):
    browser.login("snnmt.admin")
    assert browser.get(PAGE).status_code == 403
    assert "Hợp nhất, đổi tên" not in browser.get("/admin/units").get_data(as_text=True)

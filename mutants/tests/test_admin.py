"""Administration pages: the unit tree and users, scoped to the admin's agency."""

from __future__ import annotations

import re

from sqlalchemy import select

from docflow.models import Role, Unit, User


def _unit(db, name: str) -> Unit:
    return db.execute(select(Unit).where(Unit.name == name)).scalar_one()


def test_agency_admin_sees_only_own_agency(demo, browser):
    browser.login("snnmt.admin")
    page = browser.get("/admin/users").get_data(as_text=True)
    assert "Trần Thị Hồng Nhung" in page  # SNNMT staff
    assert "Đỗ Thị Thanh Tâm" not in page  # STC staff
    units = browser.get("/admin/units").get_data(as_text=True)
    assert "Phòng Quản lý đất đai" in units and "Phòng Quản lý ngân sách" not in units


def test_operator_admin_sees_every_agency(demo, browser):
    browser.login("admin", "Admin-pass-2026")
    page = browser.get("/admin/users").get_data(as_text=True)
    assert "Trần Thị Hồng Nhung" in page and "Đỗ Thị Thanh Tâm" in page


def test_admin_creates_a_user_who_must_change_the_password(demo, browser, make_browser, db):
    browser.login("snnmt.admin")
    division = _unit(db, "Phòng Tài nguyên nước")
    response = browser.post("/admin/users/new", {
        "username": "snnmt.nguyenvana", "full_name": "Nguyễn Văn A", "title": "Chuyên viên",
        "email": "", "unit_id": division.id, "roles": ["staff", "reviewer"],
    }, form_page="/admin/users/new")
    assert response.status_code == 200
    password = re.search(r'id="issued-password">([^<]+)<', response.get_data(as_text=True)).group(1)
    db.commit()
    user = db.execute(select(User).where(User.username == "snnmt.nguyenvana")).scalar_one()
    assert user.roles == {Role.STAFF, Role.REVIEWER} and user.agency_id == division.agency_id
    assert user.must_change_password
    newcomer = make_browser()
    assert newcomer.login("snnmt.nguyenvana", password).status_code == 302


def test_duplicate_username_is_reported_next_to_the_field(demo, browser, db):
    browser.login("snnmt.admin")
    division = _unit(db, "Phòng Tài nguyên nước")
    response = browser.post("/admin/users/new", {
        "username": "snnmt.staff", "full_name": "Trùng Tên", "unit_id": division.id, "roles": ["staff"],
    }, form_page="/admin/users/new")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="username-error"' in html and "đã có người dùng" in html
    db.commit()
    assert db.execute(select(User).where(User.full_name == "Trùng Tên")).first() is None


def test_agency_admin_cannot_place_a_user_in_another_agency(demo, browser, db):
    browser.login("snnmt.admin")
    other = _unit(db, "Phòng Quản lý ngân sách")  # Sở Tài chính
    response = browser.post("/admin/users/new", {
        "username": "snnmt.intruder", "full_name": "X", "unit_id": other.id, "roles": ["staff"],
    }, form_page="/admin/users/new")
    assert response.status_code == 200  # refused by the form: not a choice for this admin
    db.commit()
    assert db.execute(select(User).where(User.username == "snnmt.intruder")).first() is None


def test_admin_edits_roles_and_deactivates(demo, browser, make_browser, db):
    browser.login("snnmt.admin")
    staff = demo["snnmt.staff"]
    response = browser.post(f"/admin/users/{staff.id}", {
        "username": staff.username, "full_name": "Trần Thị Hồng Nhung", "title": "Chuyên viên chính",
        "unit_id": staff.unit_id, "roles": ["staff", "clerk"],
    }, form_page=f"/admin/users/{staff.id}")
    assert response.status_code == 302
    db.commit()
    db.refresh(staff)
    assert staff.roles == {Role.STAFF, Role.CLERK} and staff.title == "Chuyên viên chính"
    browser.post(f"/admin/users/{staff.id}/active", form_page="/admin/users")
    db.commit()
    db.refresh(staff)
    assert staff.active is False
    assert make_browser().login("snnmt.staff").status_code == 401


def test_reset_password_issues_a_new_one(demo, browser, make_browser):
    browser.login("snnmt.admin")
    staff = demo["snnmt.staff"]
    page = browser.post(f"/admin/users/{staff.id}/password", form_page="/admin/users").get_data(as_text=True)
    password = re.search(r'id="issued-password">([^<]+)<', page).group(1)
    assert make_browser().login("snnmt.staff").status_code == 401  # old password gone
    assert make_browser().login("snnmt.staff", password).status_code == 302


def test_agency_admin_adds_a_division_but_not_an_agency(demo, browser, db):
    browser.login("snnmt.admin")
    agency = _unit(db, "Sở Nông nghiệp và Môi trường")
    ok = browser.post("/admin/units/new", {"name": "Phòng Khoáng sản", "org_type": "division",
                                           "parent_id": agency.id, "code": "KS"}, form_page="/admin/units/new")
    assert ok.status_code == 302
    refused = browser.post("/admin/units/new", {"name": "Sở Mới", "org_type": "department", "parent_id": 0,
                                                "code": "SM"}, form_page="/admin/units/new")
    assert refused.status_code == 200  # "agency" is not offered to an agency admin
    db.commit()
    assert _unit(db, "Phòng Khoáng sản").agency_id == agency.id
    assert db.execute(select(Unit).where(Unit.name == "Sở Mới")).first() is None


def test_agency_code_must_be_unique(demo, browser, db):
    browser.login("admin", "Admin-pass-2026")
    province = db.execute(select(Unit).where(Unit.kind == "province")).scalar_one()
    response = browser.post("/admin/units/new", {"name": "Sở Khác", "org_type": "department", "parent_id": province.id,
                                                 "code": "snnmt"}, form_page="/admin/units/new")
    assert "Mã cơ quan SNNMT đã được dùng." in response.get_data(as_text=True)


def test_admin_cannot_deactivate_self(demo, browser, db):
    browser.login("snnmt.admin")
    me = demo["snnmt.admin"]
    browser.post(f"/admin/users/{me.id}/active", form_page="/admin/users")
    db.commit()
    db.refresh(me)
    assert me.active

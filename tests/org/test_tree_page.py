"""The administrator's organisation tree: units under their parents, today's names with the
former ones, and "new unit" adding a division to the administrator's own agency."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from docflow.models import OrgType, Unit
from docflow.organisation.reorganise import schedule_rename


def _tree(html: str) -> str:
    """The page's tree as indented lines of unit names (depth from the nested lists)."""
    body = html.split('<ul class="tree">', 1)[1].split("</section>", 1)[0]
    lines, depth = [], 0
    for tag in re.finditer(r'<(/?)ul\b|<span class="tree-name">([^<]*)</span>', body):
        if tag.group(2) is not None:
            lines.append("  " * depth + tag.group(2))
        else:
            depth += -1 if tag.group(1) else 1
    return "\n".join(lines)


def test_operator_admin_sees_the_province_as_a_tree_with_former_names(demo, browser, db):
    agency = db.execute(select(Unit).where(Unit.code == "STC")).scalar_one()
    schedule_rename(db, unit=agency, new_name="Sở Tài chính tỉnh Quảng Ngãi", new_code=None,
                    effective_on=dt.date(2026, 1, 1))
    db.commit()
    browser.login("admin", "Admin-pass-2026")
    html = browser.get("/admin/units").get_data(as_text=True)
    tree = _tree(html)
    assert tree.startswith("Tỉnh Quảng Ngãi\n  ")
    assert "\n  Sở Nông nghiệp và Môi trường\n    Chi cục Thủy lợi\n" in tree
    assert "\n  Ủy ban nhân dân xã Nghĩa Hành\n    Phòng Kinh tế\n" in tree
    # merged departments are not branches of their own: they are named with their successor
    assert "Sở Tài nguyên và Môi trường" not in tree
    assert re.search(r"Hợp nhất vào đơn vị này:[^<]*Sở Nông nghiệp và Phát triển nông thôn[^<]*; "
                     r"Sở Tài nguyên và Môi trường", html)
    assert "Tên cũ: Sở Tài chính (đổi tên từ ngày 01/01/2026)" in html
    assert "Cấp tỉnh" in html and "Ủy ban nhân dân xã, phường" in html


def test_agency_admin_sees_their_agency_and_adds_a_division_to_it_by_default(demo, browser, db):
    browser.login("snnmt.admin")
    tree = _tree(browser.get("/admin/units").get_data(as_text=True))
    assert tree.splitlines()[0] == "Sở Nông nghiệp và Môi trường"
    assert "Sở Tài chính" not in tree
    form = browser.get("/admin/units/new").get_data(as_text=True)
    agency = db.execute(select(Unit).where(Unit.code == "SNNMT")).scalar_one()
    assert re.search(rf'<option selected value="{agency.id}">Sở Nông nghiệp và Môi trường', form)
    assert re.search(r'<option selected value="division">', form)
    response = browser.post("/admin/units/new", {"name": "Phòng Biển và Hải đảo", "org_type": "division",
                                                 "parent_id": agency.id, "code": "BHĐ"},
                            form_page="/admin/units/new")
    assert response.status_code == 302
    db.commit()
    unit = db.execute(select(Unit).where(Unit.name == "Phòng Biển và Hải đảo")).scalar_one()
    assert (unit.parent_id, unit.agency_id, unit.org_type) == (agency.id, agency.id, OrgType.DIVISION)
    assert "\n  Phòng Biển và Hải đảo" in _tree(browser.get("/admin/units").get_data(as_text=True))


def test_add_a_division_link_preselects_its_parent(demo, browser, db):
    browser.login("admin", "Admin-pass-2026")
    division = db.execute(select(Unit).where(Unit.name == "Chi cục Thủy lợi")).scalar_one()
    form = browser.get(f"/admin/units/new?parent_id={division.id}").get_data(as_text=True)
    assert re.search(rf'<option selected value="{division.id}">Chi cục Thủy lợi', form)

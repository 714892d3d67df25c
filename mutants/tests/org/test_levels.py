"""Unit kinds and administrative levels: today's two-level province, and a three-level tree
for installations that still need one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from docflow.accounts import service
from docflow.accounts.errors import ValidationFailed
from docflow.db import make_engine
from docflow.models import AdminLevel, OrgType, Unit, UnitKind
from docflow.schema import upgrade


def _unit(db, name: str) -> Unit:
    return db.execute(select(Unit).where(Unit.name == name)).scalar_one()


def test_demo_is_a_two_level_province(demo, db):
    """`docflow demo`: the province, its People's Committee, departments and communes, no district."""
    units = db.execute(select(Unit)).scalars().all()
    assert not [u for u in units if u.org_type == OrgType.DISTRICT_COMMITTEE or u.level == AdminLevel.DISTRICT]
    assert not [u for u in units if "huyện" in u.name.lower()]
    province = _unit(db, "Tỉnh Quảng Ngãi")
    assert (province.org_type, province.level) == (OrgType.PROVINCE, AdminLevel.PROVINCE)
    committee = _unit(db, "Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert (committee.org_type, committee.level, committee.parent_id) == (
        OrgType.PROVINCE_COMMITTEE, AdminLevel.PROVINCE, province.id)
    department = _unit(db, "Sở Nông nghiệp và Môi trường")
    assert (department.org_type, department.level, department.code) == (
        OrgType.DEPARTMENT, AdminLevel.PROVINCE, "SNNMT")
    divisions = {u.name for u in units if u.parent_id == department.id}
    assert {"Văn phòng Sở", "Phòng Quản lý đất đai", "Chi cục Thủy lợi"} <= divisions
    for name in ("Ủy ban nhân dân xã Nghĩa Hành", "Ủy ban nhân dân xã Thiện Tín"):
        commune = _unit(db, name)
        assert (commune.org_type, commune.level, commune.parent_id) == (
            OrgType.COMMUNE_COMMITTEE, AdminLevel.COMMUNE, province.id)
        for division in (u for u in units if u.parent_id == commune.id):
            assert (division.org_type, division.level) == (OrgType.DIVISION, AdminLevel.COMMUNE)
    # the operator is today's Sở Khoa học và Công nghệ (Sở TT&TT merged into it in 2025)
    operator = db.execute(select(Unit).where(Unit.operator.is_(True))).scalar_one()
    assert operator.name == "Sở Khoa học và Công nghệ"
    assert "Sở Thông tin và Truyền thông" not in {u.name for u in units}
    logins = {u for u in demo}
    assert {"snnmt.clerk", "ubndxnh.leader", "ubndxtt.staff", "ubnd.admin", "stc.auditor"} <= logins
    assert not [u for u in logins if u.split(".")[0] in ("stnmt", "ubndnh", "ubndht")]


def test_three_level_tree_is_still_accepted(app, db):
    province = service.create_unit(db, name="Tỉnh Thử", org_type=OrgType.PROVINCE)
    district = service.create_unit(db, name="Ủy ban nhân dân huyện Thử", org_type=OrgType.DISTRICT_COMMITTEE,
                                   parent=province, code="UBNDHTHU")
    commune = service.create_unit(db, name="Ủy ban nhân dân xã Một", org_type=OrgType.COMMUNE_COMMITTEE,
                                  parent=district, code="UBNDXMOT")
    office = service.create_unit(db, name="Văn phòng", org_type=OrgType.DIVISION, parent=commune, code="VP")
    assert (district.kind, district.level) == (UnitKind.AGENCY, AdminLevel.DISTRICT)
    assert (commune.kind, commune.level, commune.agency_id) == (UnitKind.AGENCY, AdminLevel.COMMUNE, commune.id)
    assert (office.kind, office.level, office.agency_id) == (UnitKind.DIVISION, AdminLevel.COMMUNE, commune.id)
    other = service.create_unit(db, name="Trung tâm Phục vụ hành chính công", org_type=OrgType.OTHER_AGENCY,
                                parent=commune, code="TTPVHCC")
    assert other.level == AdminLevel.COMMUNE  # an other agency takes its parent's level


@pytest.mark.parametrize(("org_type", "parent_name"), [
    (OrgType.DEPARTMENT, "commune"),  # a Sở never sits under a commune
    (OrgType.COMMUNE_COMMITTEE, "department"),  # nor a commune under a Sở
    (OrgType.DISTRICT_COMMITTEE, "commune"),
])
def test_wrong_places_are_refused_and_nothing_is_added(app, db, org_type, parent_name):
    province = service.create_unit(db, name="Tỉnh Thử", org_type=OrgType.PROVINCE)
    parents = {
        "commune": service.create_unit(db, name="UBND xã Hai", org_type=OrgType.COMMUNE_COMMITTEE,
                                       parent=province, code="XHAI"),
        "department": service.create_unit(db, name="Sở Thử", org_type=OrgType.DEPARTMENT, parent=province,
                                          code="STHU"),
    }
    before = db.execute(text("SELECT count(*) FROM units")).scalar()
    with pytest.raises(ValidationFailed) as err:
        service.create_unit(db, name="Sai chỗ", org_type=org_type, parent=parents[parent_name], code="SAI")
    assert err.value.field == "parent_id"
    assert db.execute(text("SELECT count(*) FROM units")).scalar() == before


def test_a_type_that_contradicts_the_kind_is_refused(app, db):
    province = service.create_unit(db, name="Tỉnh Thử", org_type=OrgType.PROVINCE)
    with pytest.raises(ValidationFailed):
        service.create_unit(db, name="Sở X", kind=UnitKind.DIVISION, org_type=OrgType.DEPARTMENT,
                            parent=province, code="SX")


def test_migration_0009_reads_the_type_of_existing_units(tmp_path: Path):
    """An installation made before 0009: its units get a type and level from kind and name."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    upgrade(engine, "0008")
    rows = [(1, None, "province", "Tỉnh Quảng Ngãi", None, None),
            (2, 1, "agency", "Sở Tài nguyên và Môi trường", "STNMT", 2),
            (3, 1, "agency", "Ủy ban nhân dân huyện Nghĩa Hành", "UBNDNH", 3),
            (4, 3, "agency", "Ủy ban nhân dân xã Hành Thiện", "UBNDHT", 4),
            (5, 4, "division", "Văn phòng - Thống kê", "VP", 4),
            (6, 1, "agency", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", 6),
            (7, 1, "agency", "Ban Quản lý dự án", "BQLDA", 7)]
    with engine.begin() as conn:
        for row in rows:
            conn.execute(text("INSERT INTO units (id, parent_id, kind, name, code, agency_id, active, operator, "
                              "created_at) VALUES (:i, :p, :k, :n, :c, :a, 1, 0, '2025-01-01')"),
                         dict(zip("ipknca", row, strict=True)))
    upgrade(engine)
    with engine.connect() as conn:
        got = dict((r[0], (r[1], r[2])) for r in conn.execute(text("SELECT id, org_type, level FROM units")))
    engine.dispose()
    assert got == {1: ("province", "province"), 2: ("department", "province"),
                   3: ("district_committee", "district"), 4: ("commune_committee", "commune"),
                   5: ("division", "commune"), 6: ("province_committee", "province"),
                   7: ("other_agency", "province")}

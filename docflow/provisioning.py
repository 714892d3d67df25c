"""Preparing an installation: ``init`` (schema, operator agency, first admin) and ``demo``
(a realistic province with a user for every role in each agency). Both are idempotent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .accounts import service
from .models import OrgType, Role, Unit, User
from .workflow.doctypes import ensure_document_types

__all__ = ["InitResult", "DemoLogin", "ensure_base", "ensure_demo", "DEMO_AGENCIES"]

PROVINCE = "Tỉnh Quảng Ngãi"
# The operator of the province's systems. Since 1 March 2025 the Sở Thông tin và Truyền thông is
# part of the Sở Khoa học và Công nghệ (Decree 45/2025/NĐ-CP on the provinces' departments).
OPERATOR = ("Sở Khoa học và Công nghệ", "SKHCN", [("Văn phòng Sở", "VP")])


@dataclass(frozen=True)
class InitResult:
    admin_username: str
    admin_password: str | None  # None when the admin already existed (password unchanged)
    created: bool


@dataclass(frozen=True)
class DemoLogin:
    username: str
    full_name: str
    title: str
    agency: str
    roles: tuple[str, ...]


def _find_unit(session: Session, name: str, parent: Unit | None) -> Unit | None:
    q = select(Unit).where(Unit.name == name)
    q = q.where(Unit.parent_id == parent.id) if parent else q.where(Unit.parent_id.is_(None))
    return session.execute(q).scalar_one_or_none()


def _ensure_unit(session: Session, name: str, org_type: OrgType, parent: Unit | None, code: str | None) -> Unit:
    return _find_unit(session, name, parent) or service.create_unit(
        session, name=name, org_type=org_type, parent=parent, code=code
    )


def ensure_base(session: Session, *, admin_username: str = "admin",
                admin_password: str | None = None) -> InitResult:
    """The province, the operator agency, the document types and the first admin (an operator
    admin)."""
    ensure_document_types(session)
    province = _ensure_unit(session, PROVINCE, OrgType.PROVINCE, None, None)
    name, code, divisions = OPERATOR
    # an installation made before the merger keeps its operator agency (renamed by a merger)
    operator = session.execute(select(Unit).where(Unit.operator.is_(True))).scalars().first() or \
        _ensure_unit(session, name, OrgType.DEPARTMENT, province, code)
    operator.operator = True
    for div_name, div_code in divisions:
        _ensure_unit(session, div_name, OrgType.DIVISION, operator, div_code)
    existing = session.execute(select(User).where(User.username == admin_username)).scalar_one_or_none()
    if existing is not None:
        return InitResult(admin_username, None, created=False)
    password = admin_password or service.generate_password()
    service.create_user(
        session, username=admin_username, full_name="Quản trị hệ thống", unit=operator,
        password=password, roles=[Role.ADMIN], title="Quản trị viên",
    )
    return InitResult(admin_username, password, created=True)


# Today's Quảng Ngãi (two levels of local government since 1 July 2025, Resolution
# 1677/NQ-UBTVQH15 of 16 June 2025 for its communes): the province People's Committee, two
# departments (Sở Nông nghiệp và Môi trường = the former Sở Tài nguyên và Môi trường merged with
# Sở Nông nghiệp và Phát triển nông thôn; Sở Tài chính = with Sở Kế hoạch và Đầu tư) and two
# communes of the former district of Nghĩa Hành: xã Nghĩa Hành (Chợ Chùa, Hành Thuận, Hành
# Trung) and xã Thiện Tín (Hành Thiện, Hành Tín Tây, Hành Tín Đông).
# (agency name, code, type, divisions, people);
# people: (username suffix, full name, title, roles, index of their division or None)
DEMO_AGENCIES: list[tuple[str, str, OrgType, list[tuple[str, str]], list]] = [
    ("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", OrgType.PROVINCE_COMMITTEE,
     [("Văn phòng UBND tỉnh", "VP"), ("Phòng Kinh tế", "KT")],
     [("staff", "Huỳnh Thị Mỹ Linh", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Bùi Văn Thành", "Phó Chánh Văn phòng", [Role.REVIEWER, Role.STAFF], 0),
      ("leader", "Trương Quang Sĩ", "Phó Chủ tịch", [Role.LEADER], None),
      ("clerk", "Ngô Thị Kim Oanh", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Lý Văn Phúc", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Tô Hoài Nam", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", OrgType.DEPARTMENT,
     [("Văn phòng Sở", "VP"), ("Phòng Quản lý đất đai", "QLĐĐ"), ("Phòng Tài nguyên nước", "TNN"),
      ("Phòng Môi trường", "MT"), ("Chi cục Thủy lợi", "CCTL"), ("Thanh tra Sở", "TTr")],
     [("staff", "Trần Thị Hồng Nhung", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Lê Văn Hùng", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
      ("leader", "Nguyễn Văn Nghĩa", "Phó Giám đốc", [Role.LEADER], None),
      ("clerk", "Phạm Thị Thu Hà", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Võ Minh Tuấn", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Đặng Quốc Bảo", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Sở Tài chính", "STC", OrgType.DEPARTMENT,
     [("Văn phòng Sở", "VP"), ("Phòng Quản lý ngân sách", "QLNS")],
     [("staff", "Đỗ Thị Thanh Tâm", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Phan Văn Lộc", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
      ("leader", "Hồ Ngọc Ĩnh", "Giám đốc", [Role.LEADER], None),
      ("clerk", "Vũ Thị Lan", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Châu Văn Đức", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Mai Xuân Trường", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Ủy ban nhân dân xã Nghĩa Hành", "UBNDXNH", OrgType.COMMUNE_COMMITTEE,
     [("Văn phòng HĐND và UBND xã", "VP"), ("Phòng Kinh tế", "KT"), ("Phòng Văn hóa - Xã hội", "VHXH")],
     [("staff", "Nguyễn Thị Bích Ngọc", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Trần Văn Dũng", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
      ("leader", "Lê Quang Vinh", "Chủ tịch", [Role.LEADER], None),
      ("clerk", "Phạm Thị Mai", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Đinh Công Hậu", "Kiểm tra viên", [Role.AUDITOR], 0),
      ("admin", "Nguyễn Hữu Tài", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Ủy ban nhân dân xã Thiện Tín", "UBNDXTT", OrgType.COMMUNE_COMMITTEE,
     [("Văn phòng HĐND và UBND xã", "VP"), ("Phòng Kinh tế", "KT")],
     [("staff", "Võ Thị Nghĩa", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Phạm Văn Tín", "Chánh Văn phòng", [Role.REVIEWER, Role.STAFF], 0),
      ("leader", "Trần Minh Trí", "Chủ tịch", [Role.LEADER], None),
      ("clerk", "Lê Thị Hoa", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Nguyễn Văn Sơn", "Kiểm tra viên", [Role.AUDITOR], 0),
      ("admin", "Hà Văn Quý", "Quản trị hệ thống", [Role.ADMIN], 0)]),
]

# Agencies merged in the reform, kept (inactive) with their history: (name, code, successor code)
DEMO_MERGED = [
    ("Sở Tài nguyên và Môi trường", "STNMT", "SNNMT"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "SNNMT"),
]
DEMO_MERGED_ON = dt.date(2025, 3, 1)

# Demo logins before the reform (docflow ≤ 2026-11) → today's.
RENAMED_LOGIN_PREFIXES = {"stnmt": "snnmt", "ubndnh": "ubndxnh", "ubndht": "ubndxtt"}


_COMMITTEES = (OrgType.PROVINCE_COMMITTEE, OrgType.DISTRICT_COMMITTEE, OrgType.COMMUNE_COMMITTEE)


def ensure_demo(session: Session, password: str) -> list[DemoLogin]:
    """Add the demo province (idempotent): existing units and users are left as they are."""
    province = _ensure_unit(session, PROVINCE, OrgType.PROVINCE, None, None)
    logins: list[DemoLogin] = []
    for name, code, org_type, divisions, people in DEMO_AGENCIES:
        agency = _ensure_unit(session, name, org_type, province, code)
        if org_type in _COMMITTEES and not agency.notation_code:
            agency.notation_code = "UBND"  # every People's Committee writes "…/QĐ-UBND"; its code stays unique
        division_units = [_ensure_unit(session, d, OrgType.DIVISION, agency, c) for d, c in divisions]
        for suffix, full_name, title, roles, div_index in people:
            username = f"{code.lower()}.{suffix}"
            unit = agency if div_index is None else division_units[div_index]
            exists = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if exists is None:
                service.create_user(session, username=username, full_name=full_name, unit=unit,
                                    password=password, roles=roles, title=title)
            logins.append(DemoLogin(username, full_name, title, name, tuple(r.value for r in roles)))
    _ensure_merged(session, province)
    return logins


def _ensure_merged(session: Session, province: Unit) -> None:
    """The former departments merged into Sở Nông nghiệp và Môi trường on 1 March 2025."""
    from .organisation.reorganise import schedule_merger

    for name, code, successor_code in DEMO_MERGED:
        if _find_unit(session, name, province) is not None:
            continue
        successor = session.execute(select(Unit).where(Unit.code == successor_code)).scalar_one()
        old = service.create_unit(session, name=name, org_type=OrgType.DEPARTMENT, parent=province, code=code)
        schedule_merger(session, predecessors=[old], successor=successor, effective_on=DEMO_MERGED_ON,
                        decision="Sắp xếp cơ quan chuyên môn theo Nghị định số 45/2025/NĐ-CP")

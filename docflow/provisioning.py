"""Preparing an installation: ``init`` (schema, operator agency, first admin) and ``demo``
(a realistic province with a user for every role in each agency). Both are idempotent."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .accounts import service
from .models import Role, Unit, UnitKind, User

__all__ = ["InitResult", "DemoLogin", "ensure_base", "ensure_demo", "DEMO_AGENCIES"]

PROVINCE = "Tỉnh Quảng Ngãi"
OPERATOR = ("Sở Thông tin và Truyền thông", "STTTT", [("Văn phòng Sở", "VP")])


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


def _ensure_unit(session: Session, name: str, kind: UnitKind, parent: Unit | None, code: str | None) -> Unit:
    return _find_unit(session, name, parent) or service.create_unit(
        session, name=name, kind=kind, parent=parent, code=code
    )


def ensure_base(session: Session, *, admin_username: str = "admin",
                admin_password: str | None = None) -> InitResult:
    """The province, the operator agency and the first admin (an operator admin)."""
    province = _ensure_unit(session, PROVINCE, UnitKind.PROVINCE, None, None)
    name, code, divisions = OPERATOR
    operator = _ensure_unit(session, name, UnitKind.AGENCY, province, code)
    operator.operator = True
    for div_name, div_code in divisions:
        _ensure_unit(session, div_name, UnitKind.DIVISION, operator, div_code)
    existing = session.execute(select(User).where(User.username == admin_username)).scalar_one_or_none()
    if existing is not None:
        return InitResult(admin_username, None, created=False)
    password = admin_password or service.generate_password()
    service.create_user(
        session, username=admin_username, full_name="Quản trị hệ thống", unit=operator,
        password=password, roles=[Role.ADMIN], title="Quản trị viên",
    )
    return InitResult(admin_username, password, created=True)


# (agency name, code, parent agency name or None for the province, divisions, people)
# people: (username suffix, full name, title, roles, division name or None)
_PEOPLE_SO = [
    ("staff", "Trần Thị Hồng Nhung", "Chuyên viên", [Role.STAFF], 1),
    ("reviewer", "Lê Văn Hùng", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
    ("leader", "Nguyễn Văn Nghĩa", "Phó Giám đốc", [Role.LEADER], None),
    ("clerk", "Phạm Thị Thu Hà", "Văn thư", [Role.CLERK], 0),
    ("auditor", "Võ Minh Tuấn", "Thanh tra viên", [Role.AUDITOR], 0),
    ("admin", "Đặng Quốc Bảo", "Quản trị hệ thống", [Role.ADMIN], 0),
]

DEMO_AGENCIES: list[tuple[str, str, str | None, list[tuple[str, str]], list]] = [
    ("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", None,
     [("Văn phòng UBND tỉnh", "VP"), ("Phòng Kinh tế", "KT")],
     [("staff", "Huỳnh Thị Mỹ Linh", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Bùi Văn Thành", "Phó Chánh Văn phòng", [Role.REVIEWER, Role.STAFF], 0),
      ("leader", "Trương Quang Sĩ", "Phó Chủ tịch", [Role.LEADER], None),
      ("clerk", "Ngô Thị Kim Oanh", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Lý Văn Phúc", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Tô Hoài Nam", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Sở Tài nguyên và Môi trường", "STNMT", None,
     [("Văn phòng Sở", "VP"), ("Phòng Quản lý đất đai", "QLĐĐ"), ("Phòng Tài nguyên nước", "TNN"),
      ("Phòng Môi trường", "MT"), ("Thanh tra Sở", "TTr")],
     _PEOPLE_SO),
    ("Sở Tài chính", "STC", None,
     [("Văn phòng Sở", "VP"), ("Phòng Quản lý ngân sách", "QLNS")],
     [("staff", "Đỗ Thị Thanh Tâm", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Phan Văn Lộc", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
      ("leader", "Hồ Ngọc Ĩnh", "Giám đốc", [Role.LEADER], None),
      ("clerk", "Vũ Thị Lan", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Châu Văn Đức", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Mai Xuân Trường", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Ủy ban nhân dân huyện Nghĩa Hành", "UBNDNH", None,
     [("Văn phòng HĐND và UBND huyện", "VP"), ("Phòng Tài nguyên và Môi trường", "TNMT")],
     [("staff", "Nguyễn Thị Bích Ngọc", "Chuyên viên", [Role.STAFF], 1),
      ("reviewer", "Trần Văn Dũng", "Trưởng phòng", [Role.REVIEWER, Role.STAFF], 1),
      ("leader", "Lê Quang Vinh", "Chủ tịch", [Role.LEADER], None),
      ("clerk", "Phạm Thị Mai", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Đinh Công Hậu", "Thanh tra viên", [Role.AUDITOR], 0),
      ("admin", "Nguyễn Hữu Tài", "Quản trị hệ thống", [Role.ADMIN], 0)]),
    ("Ủy ban nhân dân xã Hành Thiện", "UBNDHT", "Ủy ban nhân dân huyện Nghĩa Hành",
     [("Văn phòng - Thống kê", "VP"), ("Địa chính - Xây dựng", "ĐC")],
     [("staff", "Võ Thị Nghĩa", "Công chức Địa chính", [Role.STAFF], 1),
      ("reviewer", "Phạm Văn Tín", "Công chức Văn phòng", [Role.REVIEWER, Role.STAFF], 0),
      ("leader", "Trần Minh Trí", "Chủ tịch", [Role.LEADER], None),
      ("clerk", "Lê Thị Hoa", "Văn thư", [Role.CLERK], 0),
      ("auditor", "Nguyễn Văn Sơn", "Kiểm tra viên", [Role.AUDITOR], 0),
      ("admin", "Hà Văn Quý", "Quản trị hệ thống", [Role.ADMIN], 0)]),
]


def ensure_demo(session: Session, password: str) -> list[DemoLogin]:
    """Add the demo province (idempotent): existing units and users are left as they are."""
    province = _ensure_unit(session, PROVINCE, UnitKind.PROVINCE, None, None)
    logins: list[DemoLogin] = []
    for name, code, parent_name, divisions, people in DEMO_AGENCIES:
        parent = province
        if parent_name:
            parent = _find_unit(session, parent_name, province) or province
        agency = _ensure_unit(session, name, UnitKind.AGENCY, parent, code)
        division_units = [_ensure_unit(session, d, UnitKind.DIVISION, agency, c) for d, c in divisions]
        for suffix, full_name, title, roles, div_index in people:
            username = f"{code.lower()}.{suffix}"
            unit = agency if div_index is None else division_units[div_index]
            exists = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if exists is None:
                service.create_user(session, username=username, full_name=full_name, unit=unit,
                                    password=password, roles=roles, title=title)
            logins.append(DemoLogin(username, full_name, title, name, tuple(r.value for r in roles)))
    return logins

"""The organisation: a tree of units (province → agencies → divisions) and their users."""

from __future__ import annotations

import datetime as dt
import enum
import secrets

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

__all__ = ["Unit", "UnitKind", "OrgType", "AdminLevel", "User", "UserRole", "Role", "ORG_TYPE_KIND",
           "ReorgKind", "ReorgStatus", "Reorganisation", "ReorganisationUnit", "UnitName", "EmailChange"]


class UnitKind(enum.StrEnum):
    PROVINCE = "province"  # the province as a whole (tỉnh); groups agencies
    AGENCY = "agency"  # an issuing body with its own registers, seal and code (Sở, UBND)
    DIVISION = "division"  # a division inside an agency (Phòng, Văn phòng)


class OrgType(enum.StrEnum):
    """What a unit is in the Vietnamese administration (finer than ``UnitKind``)."""

    PROVINCE = "province"  # the province as a whole (tỉnh / thành phố trực thuộc trung ương)
    PROVINCE_COMMITTEE = "province_committee"  # Ủy ban nhân dân tỉnh
    DEPARTMENT = "department"  # Sở and equivalent bodies of the province People's Committee
    DISTRICT_COMMITTEE = "district_committee"  # Ủy ban nhân dân huyện (three-level installations only)
    COMMUNE_COMMITTEE = "commune_committee"  # Ủy ban nhân dân xã / phường / đặc khu
    OTHER_AGENCY = "other_agency"  # any other issuing body (đơn vị sự nghiệp, cơ quan ngành dọc…)
    DIVISION = "division"  # Phòng, Văn phòng, Chi cục… inside an agency


class AdminLevel(enum.StrEnum):
    """The level of local government a unit belongs to. Since 1 July 2025 there are two
    (province, commune); ``district`` stays for installations that keep a three-level layout."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


# The structural kind each organisation type has.
ORG_TYPE_KIND: dict[OrgType, UnitKind] = {
    OrgType.PROVINCE: UnitKind.PROVINCE,
    OrgType.PROVINCE_COMMITTEE: UnitKind.AGENCY,
    OrgType.DEPARTMENT: UnitKind.AGENCY,
    OrgType.DISTRICT_COMMITTEE: UnitKind.AGENCY,
    OrgType.COMMUNE_COMMITTEE: UnitKind.AGENCY,
    OrgType.OTHER_AGENCY: UnitKind.AGENCY,
    OrgType.DIVISION: UnitKind.DIVISION,
}


class Role(enum.StrEnum):
    STAFF = "staff"
    REVIEWER = "reviewer"
    LEADER = "leader"
    CLERK = "clerk"
    AUDITOR = "auditor"
    ADMIN = "admin"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as plain strings (portable, no PostgreSQL ENUM type to migrate)
    return Enum(cls, name=name, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("parent_id", "name", name="uq_units_parent_name"),
        CheckConstraint("kind <> 'agency' OR code IS NOT NULL", name="agency_has_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[UnitKind] = mapped_column(_enum(UnitKind, "unit_kind"))
    # What the unit is (UBND tỉnh, Sở, UBND xã, …) and its level of local government.
    org_type: Mapped[OrgType] = mapped_column(_enum(OrgType, "org_type"), default=OrgType.OTHER_AGENCY,
                                              server_default=OrgType.OTHER_AGENCY.value)
    level: Mapped[AdminLevel] = mapped_column(_enum(AdminLevel, "admin_level"), default=AdminLevel.PROVINCE,
                                              server_default=AdminLevel.PROVINCE.value)
    name: Mapped[str] = mapped_column(String(255))
    # Agencies: the code used in notations ("SNNMT" in "15/QĐ-SNNMT"); divisions: their
    # abbreviation ("QLĐĐ" in "120/SNNMT-QLĐĐ"). Unique among agencies.
    code: Mapped[str | None] = mapped_column(String(32))
    # The abbreviation notations use when it is not the code: every People's Committee writes
    # "…/QĐ-UBND", while its code stays unique ("UBNDXNH"). None: the code.
    notation_code: Mapped[str | None] = mapped_column(String(32))
    # Agencies: legal normative documents numbered in their own register (Decree 30 Art. 15)
    separate_normative_register: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # Agencies: the seal's appearance also writes the agency's name and the signing time under the
    # seal image (Circular 01/2019 style); Decree 30 shows the image alone, the default
    seal_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # Denormalised owning agency (self for an agency): every scope check is one comparison.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The agency that operates docflow for the province (usually Sở TT&TT): its admins
    # administer every unit and user; other admins only their own agency.
    operator: Mapped[bool] = mapped_column(Boolean, default=False)
    # A merged agency: its successor (documents addressed to it go there) and since when.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    dissolved_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    parent: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    merged_into: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[merged_into_id])
    agency: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[agency_id], post_update=True)

    def __repr__(self) -> str:
        return f"Unit({self.id}, {self.kind.value}, {self.name!r})"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")  # chức vụ, e.g. "Phó Giám đốc"
    email: Mapped[str | None] = mapped_column(String(255))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    locale: Mapped[str | None] = mapped_column(String(8))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    last_login_at: Mapped[dt.datetime | None] = mapped_column()
    # Part of the session identity: rotating it logs out every session of this user.
    session_nonce: Mapped[str] = mapped_column(String(32), default=lambda: secrets.token_hex(16))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # a machine-to-machine account: API tokens only (no password login), never signs or seals
    service_account: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id])
    agency: Mapped[Unit] = relationship(foreign_keys=[agency_id])
    role_rows: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.role_rows)

    def has_role(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    # flask-login protocol, kept here so services need no flask
    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_nonce}"

    def __repr__(self) -> str:
        return f"User({self.id}, {self.username!r})"


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="role_rows")


class EmailChange(Base):
    """A change of a person's e-mail address waiting for its confirmation from the new address.

    A row rather than a self-contained signed token: single use and "a newer request replaces
    this one" need state anyway, and the row says who asked (the holder or an administrator).
    Only the SHA-256 of the link's 256-bit random token is kept: whoever reads the database
    cannot confirm (a slow hash adds nothing to a secret of that entropy)."""

    __tablename__ = "email_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    new_email: Mapped[str] = mapped_column(String(255))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    # pending → confirmed, or superseded by a newer request; never pending again
    state: Mapped[str] = mapped_column(String(16), default="pending")
    closed_at: Mapped[dt.datetime | None] = mapped_column()


class ReorgKind(enum.StrEnum):
    MERGE = "merge"  # hợp nhất / sáp nhập: agencies join a successor
    RENAME = "rename"  # đổi tên (and perhaps the code of notations)


class ReorgStatus(enum.StrEnum):
    SCHEDULED = "scheduled"  # decided, takes effect on its date
    APPLIED = "applied"
    CANCELLED = "cancelled"


class Reorganisation(Base):
    """A merger or a rename decided by an administrator, effective on a date (Asia/Ho_Chi_Minh)."""

    __tablename__ = "reorganisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ReorgKind] = mapped_column(_enum(ReorgKind, "reorg_kind"))
    status: Mapped[ReorgStatus] = mapped_column(_enum(ReorgStatus, "reorg_status"), index=True)
    successor_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    effective_on: Mapped[dt.date] = mapped_column(Date, index=True)
    new_name: Mapped[str | None] = mapped_column(String(255))  # renames
    new_code: Mapped[str | None] = mapped_column(String(32))
    decision: Mapped[str] = mapped_column(Text, default="")  # the decision it executes ("Quyết định số …")
    outcome: Mapped[dict] = mapped_column(JSON, default=dict)  # what moved when it was applied
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    applied_at: Mapped[dt.datetime | None] = mapped_column()

    successor: Mapped[Unit] = relationship(foreign_keys=[successor_id])
    parts: Mapped[list[ReorganisationUnit]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ReorganisationUnit(Base):
    """An agency a merger joins into its successor."""

    __tablename__ = "reorganisation_units"

    reorganisation_id: Mapped[int] = mapped_column(ForeignKey("reorganisations.id", ondelete="CASCADE"),
                                                   primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)

    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id])


class UnitName(Base):
    """A name (and code) a unit carried before a rename: documents, registers and the audit trail
    of that time show it."""

    __tablename__ = "unit_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    code: Mapped[str | None] = mapped_column(String(32))
    valid_until: Mapped[dt.date] = mapped_column(Date)  # the first day of the next name

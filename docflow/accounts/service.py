"""Authentication (with lockout), users and units. Plain Python: a Session in, values out."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..messages import N_
from ..models import ORG_TYPE_KIND, AdminLevel, OrgType, Role, Unit, UnitKind, User, UserRole, utcnow
from ..notices import security_notice
from ..secretbox import SecretBox
from ..uow import record_failure, transactional
from . import email_change
from .errors import AccountInactive, AccountLocked, InvalidCredentials, NotFound, ValidationFailed
from .passwords import check_policy, dummy_verify, hash_password, needs_rehash, verify_password

__all__ = [
    "authenticate", "logout", "create_unit", "update_unit", "create_user", "update_user",
    "set_roles", "set_active", "reset_password", "change_password", "set_locale", "agency_of", "generate_password",
    "PasswordHandover", "hand_over_password", "may_work",
]

SECURITY = {"security": True}  # audit details of a security event (issue 14)


@dataclass(frozen=True)
class PasswordHandover:
    """How a one-time password reached its holder: by e-mail (``emailed_to``; nobody else saw
    it), or, for an account without an e-mail address, to be handed over in person by the
    administrator (``password``; the holder must change it before any other page works)."""

    password: str | None
    emailed_to: str | None


def may_work(user: User) -> bool:
    """False while the account still has a password an administrator handed over: only the
    password change (and logging out) is open to it, on the pages and the API alike."""
    return not user.must_change_password


def _masked(email: str) -> str:
    name, _sep, domain = email.partition("@")
    return f"{name[:1]}•••@{domain}"


@transactional
def hand_over_password(session: Session, user: User, password: str, *, box: SecretBox,
                       new_account: bool = False) -> PasswordHandover:
    """Deliver a one-time password to its holder: sealed into an e-mail notice when the account
    has an address (the administrator never sees it), otherwise returned for an in-person
    hand-over. Either way the holder is told in the app."""
    if new_account:
        msgid = N_("Your docflow account was created. The one-time password is in the e-mail; change it at "
                   "your first login.") if user.email else N_("Your docflow account was created by an "
                                                               "administrator.")
    else:
        msgid = N_("An administrator reset your docflow password; the one-time password is in the e-mail. If you "
                   "did not ask for this, tell your agency's security officer.") if user.email else N_(
            "An administrator reset your docflow password. If you did not ask for this, tell your agency's "
            "security officer.")
    if user.email:
        security_notice(session, [user.id], msgid, secret=password, box=box)
        return PasswordHandover(None, _masked(user.email))
    security_notice(session, [user.id], msgid)
    return PasswordHandover(password, None)


@transactional
def authenticate(
    session: Session,
    username: str,
    password: str,
    *,
    max_failures: int = 5,
    lockout: dt.timedelta = dt.timedelta(minutes=15),
    ip: str = "",
    now: dt.datetime | None = None,
) -> User:
    """Check a login. Failures count per account; ``max_failures`` in a row lock it for
    ``lockout``. The same message for unknown user and wrong password."""
    now = now or utcnow()
    user = session.execute(
        select(User).where(func.lower(User.username) == username.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        dummy_verify(password)
        record_failure(session, lambda s: audit.record(s, "login", result="failed", ip=ip,
                                                       details={"username": username[:64]}))
        raise InvalidCredentials(N_("Wrong username or password."))
    if user.locked_until and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        record_failure(session, lambda s: audit.record(s, "login", actor=user, result="denied", ip=ip,
                                                       details={"reason": "locked"}))
        raise AccountLocked(
            N_("Too many failed attempts: the account is locked. Try again in %(minutes)d minutes."),
            minutes=minutes,
        )
    if not verify_password(user.password_hash, password):

        def count_failure(s: Session) -> None:
            user.failed_logins += 1
            details: dict[str, object] = {"failures": user.failed_logins}
            if user.failed_logins >= max_failures:
                user.locked_until = now + lockout
                user.failed_logins = 0
                details["locked_until"] = user.locked_until.isoformat()
            audit.record(s, "login", actor=user, result="failed", ip=ip, details=details)

        record_failure(session, count_failure)
        raise InvalidCredentials(N_("Wrong username or password."))
    if user.service_account:
        record_failure(session, lambda s: audit.record(s, "login", actor=user, result="denied", ip=ip,
                                                       details={"reason": "service_account", **SECURITY}))
        raise InvalidCredentials(N_("Wrong username or password."))
    if not user.active:
        record_failure(session, lambda s: audit.record(s, "login", actor=user, result="denied", ip=ip,
                                                       details={"reason": "inactive"}))
        raise AccountInactive(N_("This account has been deactivated. Contact your administrator."))
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record(session, "login", actor=user, ip=ip)
    return user


@transactional
def logout(session: Session, user: User, *, ip: str = "") -> None:
    """Rotate the session nonce: the cookie that was just used can never log in again."""
    user.session_nonce = secrets.token_hex(16)
    audit.record(session, "logout", actor=user, ip=ip)


def agency_of(session: Session, unit: Unit) -> Unit:
    """The agency a unit belongs to (itself if it is one)."""
    current: Unit | None = unit
    while current is not None and current.kind != UnitKind.AGENCY:
        current = session.get(Unit, current.parent_id) if current.parent_id else None
    if current is None:
        raise ValidationFailed(N_("This unit is not inside an agency."), field="unit_id")
    return current


def _check_parent(kind: UnitKind, parent: Unit | None) -> None:
    if kind == UnitKind.PROVINCE and parent is not None and parent.kind != UnitKind.PROVINCE:
        raise ValidationFailed(N_("A province can only sit under another province."), field="parent_id")
    if kind == UnitKind.AGENCY and parent is not None and parent.kind == UnitKind.DIVISION:
        raise ValidationFailed(N_("An agency cannot sit under a division."), field="parent_id")
    if kind == UnitKind.DIVISION and parent is None:
        raise ValidationFailed(N_("A division must belong to an agency."), field="parent_id")


_DEFAULT_ORG_TYPE = {UnitKind.PROVINCE: OrgType.PROVINCE, UnitKind.AGENCY: OrgType.OTHER_AGENCY,
                     UnitKind.DIVISION: OrgType.DIVISION}
_FIXED_LEVEL = {OrgType.PROVINCE: AdminLevel.PROVINCE, OrgType.PROVINCE_COMMITTEE: AdminLevel.PROVINCE,
                OrgType.DEPARTMENT: AdminLevel.PROVINCE, OrgType.DISTRICT_COMMITTEE: AdminLevel.DISTRICT,
                OrgType.COMMUNE_COMMITTEE: AdminLevel.COMMUNE}


def _place(session: Session, org_type: OrgType, parent: Unit | None,
           level: AdminLevel | None) -> AdminLevel:
    """Check where a unit of this type may sit and return its administrative level.

    Two-level layout (since 1 July 2025): the province holds its People's Committee, the
    departments and the communes' People's Committees. A three-level installation may put a
    district People's Committee under the province and communes under it; nothing else may sit
    under a commune, and a department never sits under a district or a commune."""
    parent_type = parent.org_type if parent is not None else None
    if org_type in (OrgType.PROVINCE_COMMITTEE, OrgType.DEPARTMENT, OrgType.DISTRICT_COMMITTEE) and \
            parent is not None and parent_type not in (OrgType.PROVINCE, OrgType.PROVINCE_COMMITTEE):
        raise ValidationFailed(N_("A province-level body or a district People's Committee sits directly "
                                  "under the province."), field="parent_id")
    if org_type == OrgType.COMMUNE_COMMITTEE and parent is not None and parent_type not in (
            OrgType.PROVINCE, OrgType.PROVINCE_COMMITTEE, OrgType.DISTRICT_COMMITTEE):
        raise ValidationFailed(N_("A commune People's Committee sits under the province "
                                  "(or under a district in a three-level installation)."), field="parent_id")
    if org_type in _FIXED_LEVEL:
        return _FIXED_LEVEL[org_type]
    if org_type == OrgType.DIVISION:
        return agency_of(session, parent).level if parent is not None else AdminLevel.PROVINCE
    if level is not None:
        return level
    return parent.level if parent is not None else AdminLevel.PROVINCE


@transactional
def create_unit(
    session: Session,
    *,
    name: str,
    kind: UnitKind | None = None,
    parent: Unit | None = None,
    code: str | None = None,
    actor: User | None = None,
    org_type: OrgType | None = None,
    level: AdminLevel | None = None,
) -> Unit:
    """Add a unit. ``org_type`` says what it is (its structural ``kind`` follows from it); an
    "other agency" takes ``level`` or its parent's level, every other type has a fixed one."""
    name = name.strip()
    code = (code or "").strip().upper() or None
    if not name:
        raise ValidationFailed(N_("The name is required."), field="name")
    if org_type is None:
        if kind is None:
            raise ValidationFailed(N_("Choose what kind of unit this is."), field="org_type")
        org_type = _DEFAULT_ORG_TYPE[kind]
    elif kind is not None and ORG_TYPE_KIND[org_type] != kind:
        raise ValidationFailed(N_("This kind of unit does not match its type."), field="org_type")
    kind = ORG_TYPE_KIND[org_type]
    _check_parent(kind, parent)
    unit_level = _place(session, org_type, parent, level)
    if kind == UnitKind.AGENCY:
        if not code:
            raise ValidationFailed(N_("An agency needs a code for its notations (e.g. SNNMT)."), field="code")
        taken = session.execute(
            select(Unit.id).where(Unit.kind == UnitKind.AGENCY, func.upper(Unit.code) == code)
        ).first()
        if taken:
            raise ValidationFailed(N_("The agency code %(code)s is already used."), field="code", code=code)
    unit = Unit(name=name, kind=kind, org_type=org_type, level=unit_level,
                parent_id=parent.id if parent else None, code=code)
    session.add(unit)
    session.flush()
    if kind == UnitKind.AGENCY:
        unit.agency_id = unit.id
    elif kind == UnitKind.DIVISION:
        unit.agency_id = agency_of(session, parent).id  # type: ignore[arg-type]
    audit.record(session, "unit.create", actor=actor, object_type="unit", object_id=unit.id,
                 details={"name": name, "kind": kind.value, "org_type": org_type.value,
                          "level": unit_level.value, "code": code})
    return unit


@transactional
def update_unit(session: Session, unit: Unit, *, name: str, code: str | None, active: bool,
                actor: User | None = None, notation_code: str | None = None,
                separate_normative_register: bool | None = None, seal_text: bool | None = None) -> Unit:
    """Change a unit; ``notation_code`` ("" clears it), ``separate_normative_register`` and
    ``seal_text`` are left as they are when None."""
    name = name.strip()
    if not name:
        raise ValidationFailed(N_("The name is required."), field="name")
    code = (code or "").strip().upper() or None
    if unit.kind == UnitKind.AGENCY:
        if not code:
            raise ValidationFailed(N_("An agency needs a code for its notations (e.g. SNNMT)."), field="code")
        taken = session.execute(
            select(Unit.id).where(Unit.kind == UnitKind.AGENCY, func.upper(Unit.code) == code, Unit.id != unit.id)
        ).first()
        if taken:
            raise ValidationFailed(N_("The agency code %(code)s is already used."), field="code", code=code)
    unit.name, unit.code, unit.active = name, code, active
    if notation_code is not None:
        notation_code = notation_code.strip().upper() or None
        if notation_code and not all(c.isalnum() for c in notation_code):
            raise ValidationFailed(N_("The abbreviation in notations is letters and digits only (e.g. UBND)."),
                                   field="notation_code")
        unit.notation_code = notation_code
    if separate_normative_register is not None:
        unit.separate_normative_register = separate_normative_register
    if seal_text is not None:
        unit.seal_text = seal_text
    audit.record(session, "unit.update", actor=actor, object_type="unit", object_id=unit.id,
                 details={"name": name, "code": code, "active": active, "notation_code": unit.notation_code,
                          "separate_normative_register": unit.separate_normative_register,
                          "seal_text": unit.seal_text})
    return unit


def _validate_username(session: Session, username: str, exclude_id: int | None = None) -> str:
    username = username.strip().lower()
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-" for c in username):
        raise ValidationFailed(N_("The username may use letters, digits, '.', '_' and '-' only."), field="username")
    q = select(User.id).where(func.lower(User.username) == username)
    if exclude_id is not None:
        q = q.where(User.id != exclude_id)
    if session.execute(q).first():
        raise ValidationFailed(N_("The username %(username)s is already taken."), field="username", username=username)
    return username


def generate_password() -> str:
    """A random password that always satisfies the policy (letters mixed with digits)."""
    while True:
        password = secrets.token_urlsafe(12)
        if check_policy(password) is None:
            return password


@transactional
def create_user(
    session: Session,
    *,
    username: str,
    full_name: str,
    unit: Unit,
    password: str,
    roles: Iterable[Role] = (Role.STAFF,),
    title: str = "",
    email: str | None = None,
    actor: User | None = None,
    must_change_password: bool = False,
    service_account: bool = False,
) -> User:
    username = _validate_username(session, username)
    if not full_name.strip():
        raise ValidationFailed(N_("The full name is required."), field="full_name")
    if unit.kind == UnitKind.PROVINCE:
        raise ValidationFailed(N_("A user belongs to an agency or a division, not the province."), field="unit_id")
    problem = check_policy(password)
    if problem:
        raise ValidationFailed(problem, field="password")
    agency = agency_of(session, unit)
    user = User(
        username=username, full_name=full_name.strip(), title=title.strip(), email=email_change.normalise(email),
        unit_id=unit.id, agency_id=agency.id, password_hash=hash_password(password),
        must_change_password=must_change_password and not service_account, service_account=service_account,
    )
    if service_account and set(roles) & {Role.LEADER, Role.CLERK, Role.ADMIN}:
        raise ValidationFailed(N_("A service account cannot sign, seal or administer: choose staff, reviewer or "
                                  "auditor roles."), field="roles")
    user.role_rows = [UserRole(role=Role(r)) for r in sorted(set(roles))]
    session.add(user)
    session.flush()
    audit.record(session, "user.create", actor=actor, object_type="user", object_id=user.id,
                 agency_id=agency.id, details={"username": username, "roles": sorted(r.value for r in user.roles),
                          **({"service_account": True, **SECURITY} if service_account else {})})
    return user


@transactional
def update_user(session: Session, user: User, *, full_name: str, title: str, email: str | None,
                unit: Unit, actor: User | None = None, box: SecretBox | None = None) -> User:
    """Change an account. The e-mail address, when an administrator changes it, follows
    ``email_change.set_by_administrator``: one-time passwords and activation codes travel to
    it, so on a used account it changes only when its holder confirms from the new address."""
    if not full_name.strip():
        raise ValidationFailed(N_("The full name is required."), field="full_name")
    if unit.kind == UnitKind.PROVINCE:
        raise ValidationFailed(N_("A user belongs to an agency or a division, not the province."), field="unit_id")
    agency = agency_of(session, unit)
    if actor is None:  # the operator's own tooling
        user.email = email_change.normalise(email)
    else:
        email_change.set_by_administrator(session, user, email, actor=actor, box=box)
    user.full_name, user.title = full_name.strip(), title.strip()
    user.unit_id, user.agency_id = unit.id, agency.id
    audit.record(session, "user.update", actor=actor, object_type="user", object_id=user.id,
                 agency_id=agency.id, details={"unit_id": unit.id})
    return user


@transactional
def set_roles(session: Session, user: User, roles: Iterable[Role], *, actor: User | None = None) -> None:
    wanted = {Role(r) for r in roles}
    if not wanted:
        raise ValidationFailed(N_("A user needs at least one role."), field="roles")
    if user.service_account and wanted & {Role.LEADER, Role.CLERK, Role.ADMIN}:
        raise ValidationFailed(N_("A service account cannot sign, seal or administer: choose staff, reviewer or "
                                  "auditor roles."), field="roles")
    user.role_rows = [r for r in user.role_rows if r.role in wanted]
    have = {r.role for r in user.role_rows}
    user.role_rows.extend(UserRole(role=r) for r in sorted(wanted - have))
    session.flush()
    audit.record(session, "user.roles", actor=actor, object_type="user", object_id=user.id,
                 agency_id=user.agency_id, details={"roles": sorted(r.value for r in wanted)})


@transactional
def set_active(session: Session, user: User, active: bool, *, actor: User | None = None) -> None:
    if actor is not None and actor.id == user.id and not active:
        raise ValidationFailed(N_("You cannot deactivate your own account."))
    user.active = active
    user.session_nonce = secrets.token_hex(16)  # ends every open session
    audit.record(session, "user.activate" if active else "user.deactivate", actor=actor,
                 object_type="user", object_id=user.id, agency_id=user.agency_id)


@transactional
def reset_password(session: Session, user: User, *, actor: User | None = None,
                   new_password: str | None = None, box: SecretBox | None = None) -> PasswordHandover:
    """Set a new one-time password (generated when not given); the user must change it before
    anything else works. With ``box`` the password goes to the holder (``hand_over_password``:
    by e-mail when the account has an address); without it (the operator's CLI) it is returned."""
    if user.service_account:
        raise ValidationFailed(N_("A service account has no password: it works with API tokens only."))
    password = new_password or generate_password()
    problem = check_policy(password)
    if problem:
        raise ValidationFailed(problem, field="password")
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_logins, user.locked_until = 0, None
    user.session_nonce = secrets.token_hex(16)
    handover = (hand_over_password(session, user, password, box=box)
                if box is not None else PasswordHandover(password, None))
    audit.record(session, "user.reset_password", actor=actor, object_type="user", object_id=user.id,
                 agency_id=user.agency_id,
                 details={"delivery": "email" if handover.emailed_to else "in_person", **SECURITY})
    return handover


@transactional
def change_password(session: Session, user: User, current: str, new: str) -> None:
    if not verify_password(user.password_hash, current):
        record_failure(session, lambda s: audit.record(s, "user.change_password", actor=user, result="failed"))
        raise ValidationFailed(N_("The current password is wrong."), field="current_password")
    problem = check_policy(new)
    if problem:
        raise ValidationFailed(problem, field="new_password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    user.session_nonce = secrets.token_hex(16)
    audit.record(session, "user.change_password", actor=user, details=SECURITY)


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(N_("No such user."))
    return user


@transactional
def set_locale(session: Session, user: User, locale: str) -> None:
    """The language a user reads docflow in (``vi`` or ``en``)."""
    user.locale = locale
    audit.record(session, "user.locale", actor=user, details={"locale": locale})

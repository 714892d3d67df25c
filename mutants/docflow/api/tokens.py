"""API tokens: stored only as a SHA-256 digest, shown once. No flask here.

A person's token is created by that person only: a token acts fully as its owner, so an
administrator who could create one for somebody else could act as them, silently (issue 14).
Machine-to-machine access uses a service account (``User.service_account``: no password, never
signs), whose tokens the administrators of its agency create. An administrator may still list
and revoke the tokens of the people they administer. The owner is notified of every token."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_, DomainError
from ..models import ApiToken, User, utcnow
from ..notices import security_notice

__all__ = ["TokenError", "TokenNotFound", "TokenForbidden", "may_create_for",
           "IssuedToken", "create_token", "revoke_token", "tokens_of",
           "authenticate_token", "get_token", "PREFIX", "MAX_DAYS"]

PREFIX = "dfl_"
MAX_DAYS = 366


class TokenError(DomainError):
    http_status = 400


class TokenNotFound(TokenError):
    http_status = 404


class TokenForbidden(TokenError):
    http_status = 403
    commit_anyway = True  # the refusal stays in the audit trail as a security event


@dataclass(frozen=True)
class IssuedToken:
    """The stored row and the token itself: the only moment the token exists in clear."""

    row: ApiToken
    token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _may_manage(session: Session, actor: User, owner: User) -> bool:
    return actor.id == owner.id or access.can_administer_user(session, actor, owner)


def may_create_for(session: Session, actor: User, owner: User) -> bool:
    """Oneself (a person), or a service account of an agency the actor administers."""
    if owner.service_account:
        return actor.id != owner.id and access.can_administer_user(session, actor, owner)
    return actor.id == owner.id


def create_token(session: Session, actor: User, owner: User, name: str, *, days: int | None = 90,
                 now: dt.datetime | None = None, ip: str = "") -> IssuedToken:
    """A new token for ``owner``: the actor themself, or a service account the actor administers."""
    now = now or utcnow()
    if not _may_manage(session, actor, owner):
        raise TokenNotFound(N_("This user does not exist or you do not have access to it."))
    if not may_create_for(session, actor, owner):
        audit.record(session, "api_token.create", actor=actor, result="denied", ip=ip, agency_id=owner.agency_id,
                     object_type="user", object_id=owner.id, details={"owner": owner.username, "security": True})
        raise TokenForbidden(N_("A token acts as its owner: only %(name)s can create one for their account. For "
                                "machine-to-machine access, create a service account."), name=owner.full_name)
    name = name.strip()
    if not name or len(name) > 120:
        raise TokenError(N_("Give the token a name (at most 120 characters)."), field="name")
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise TokenError(N_("A token is valid for 1 to %(max)d days."), field="expires_in_days", max=MAX_DAYS)
    if not owner.active:
        raise TokenError(N_("This account has been deactivated."), field="user_id")
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=owner.id, name=name, token_hash=_digest(token), prefix=token[:10], created_at=now,
                   created_by_id=actor.id, expires_at=now + dt.timedelta(days=days) if days else None)
    session.add(row)
    session.flush()
    audit.record(session, "api_token.create", actor=actor, object_type="api_token", object_id=row.id, ip=ip,
                 agency_id=owner.agency_id, details={"owner": owner.username, "name": name, "security": True})
    if not owner.service_account:
        security_notice(session, [owner.id], N_("An API token “%(name)s” was created for your account. If it was "
                                                "not you, revoke it under API tokens and change your password."),
                        {"name": name})
    return IssuedToken(row, token)


def tokens_of(session: Session, actor: User, owner: User) -> list[ApiToken]:
    if not _may_manage(session, actor, owner):
        raise TokenNotFound(N_("This user does not exist or you do not have access to it."))
    return list(session.execute(select(ApiToken).where(ApiToken.user_id == owner.id)
                                .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())).scalars())


def get_token(session: Session, actor: User, token_id: int) -> ApiToken:
    row = session.get(ApiToken, token_id)
    owner = session.get(User, row.user_id) if row is not None else None
    if row is None or owner is None or not _may_manage(session, actor, owner):
        raise TokenNotFound(N_("This token does not exist or you do not have access to it."))
    return row


def revoke_token(session: Session, actor: User, token_id: int, *, now: dt.datetime | None = None,
                 ip: str = "") -> ApiToken:
    row = get_token(session, actor, token_id)
    if not row.revoked:
        row.revoked, row.revoked_at = True, now or utcnow()
        audit.record(session, "api_token.revoke", actor=actor, object_type="api_token", object_id=row.id, ip=ip,
                     details={"name": row.name})
    return row


def authenticate_token(session: Session, token: str, *, now: dt.datetime | None = None) -> User | None:
    """The active user behind a valid, unexpired, unrevoked token; ``None`` otherwise.
    Records when the token was last used (at most once a minute, to spare the database)."""
    now = now or utcnow()
    if not token.startswith(PREFIX) or len(token) > 100:
        return None
    row = session.execute(select(ApiToken).where(ApiToken.token_hash == _digest(token))).scalar_one_or_none()
    if row is None or row.revoked or (row.expires_at is not None and row.expires_at <= now):
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    if row.last_used_at is None or now - row.last_used_at > dt.timedelta(minutes=1):
        row.last_used_at = now
    return user

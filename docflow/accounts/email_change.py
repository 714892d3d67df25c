"""A person's e-mail address changes only with their consent (issue 14).

One-time passwords, activation codes and security notices travel to this address: whoever
could point it at their own mailbox could act as the person. So the holder asks with their
password, the change is confirmed from the new address (a single-use link valid 24 hours,
confirmed by a POST while logged in as the holder: mail scanners follow links, and a link
reaching the wrong mailbox must not be enough), and the old address is told. An
administrator may propose a new address for an account that has been used; it takes effect
the same way, only when the holder confirms it. Before the first login the administrator
still sets it directly (they vouched for the address when creating the account; the holder
cannot confirm anything yet), the old address is told and it is a security event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..messages import N_
from ..models import EmailChange, User, utcnow
from ..notices import security_notice
from ..secretbox import SecretBox
from ..uow import record_failure, transactional
from .errors import AccountError, ValidationFailed
from .passwords import verify_password

__all__ = ["VALID_FOR", "CONFIRM_PATH", "EmailChangeRefused", "PendingChange", "request_change", "pending_change",
           "confirm_change", "set_by_administrator", "normalise"]

VALID_FOR = dt.timedelta(hours=24)
CONFIRM_PATH = "/account/email/confirm/"  # the link in the e-mail: this path and the token
SECURITY = {"security": True}
_EMAIL = re.compile(r"^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
                    r"[A-Za-z0-9])?)+$")


class EmailChangeRefused(AccountError):
    """A confirmation link that changes nothing: unknown, used, replaced, expired or another's."""

    http_status = 400


class ForeignLink(EmailChangeRefused):
    http_status = 403


@dataclass(frozen=True)
class PendingChange:
    new_email: str
    expires_at: dt.datetime
    by_administrator: bool


def normalise(email: str | None) -> str | None:
    """The address as stored ("" is none); ValidationFailed when it is not an address."""
    email = (email or "").strip()
    if not email:
        return None
    if len(email) > 255 or not _EMAIL.match(email):
        raise ValidationFailed(N_("Enter an e-mail address such as ten.ho@quangngai.gov.vn."), field="email")
    return email


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _masked(email: str) -> str:
    name, _sep, domain = email.partition("@")
    return f"{name[:1]}•••@{domain}"


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)  # SQLite gives naive UTC back


def _open_request(session: Session, user: User, new_email: str, *, actor: User, box: SecretBox,
                  now: dt.datetime) -> EmailChange:
    for older in session.execute(select(EmailChange).where(EmailChange.user_id == user.id,
                                                           EmailChange.state == "pending")).scalars():
        older.state, older.closed_at = "superseded", now  # only the newest link works
    token = secrets.token_urlsafe(32)
    row = EmailChange(user_id=user.id, new_email=new_email, token_sha256=_digest(token), requested_by_id=actor.id,
                      created_at=now, expires_at=now + VALID_FOR, state="pending")
    session.add(row)
    session.flush()
    security_notice(session, [user.id], N_("A change of your docflow e-mail address to %(email)s was asked for. "
                                           "Open the link sent to that address within 24 hours and press "
                                           "Confirm, logged in as yourself; until then nothing changes."),
                    {"email": new_email, "secret_link": CONFIRM_PATH}, secret=token, box=box, email_to=new_email)
    by_admin = actor.id != user.id
    if by_admin and user.email:
        security_notice(session, [user.id], N_("An administrator asked to change your docflow e-mail address to "
                                               "%(email)s. It changes only if you confirm it from that address. If "
                                               "you did not ask for this, tell your agency's security officer."),
                        {"email": new_email})
    audit.record(session, "user.email_change_requested", actor=actor, object_type="user", object_id=user.id,
                 agency_id=user.agency_id, details={"new_email": new_email,
                                                    "by": "administrator" if by_admin else "holder", **SECURITY})
    return row


@transactional
def request_change(session: Session, user: User, current_password: str, new_email: str, *, box: SecretBox,
                   ip: str = "", now: dt.datetime | None = None) -> str:
    """The holder asks (with their password) to move to ``new_email``; a confirmation link is
    e-mailed there. Returns the masked new address to show."""
    if not verify_password(user.password_hash, current_password or ""):
        record_failure(session, lambda s: audit.record(s, "user.email_change_requested", actor=user, ip=ip,
                                                       object_type="user", object_id=user.id, result="failed",
                                                       agency_id=user.agency_id,
                                                       details={"reason": "wrong_password", **SECURITY}))
        raise ValidationFailed(N_("The current password is wrong."), field="current_password")
    email = normalise(new_email)
    if email is None:
        raise ValidationFailed(N_("Enter the new e-mail address."), field="email")
    if user.email and email.lower() == user.email.lower():
        raise ValidationFailed(N_("This is already your e-mail address."), field="email")
    _open_request(session, user, email, actor=user, box=box, now=now or utcnow())
    return _masked(email)


def pending_change(session: Session, user: User, now: dt.datetime | None = None) -> PendingChange | None:
    """The change this person still has to confirm, if any (for their e-mail page)."""
    row = session.execute(select(EmailChange).where(EmailChange.user_id == user.id, EmailChange.state == "pending")
                          .order_by(EmailChange.id.desc()).limit(1)).scalar_one_or_none()
    if row is None or _aware(row.expires_at) <= (now or utcnow()):
        return None
    return PendingChange(row.new_email, _aware(row.expires_at), row.requested_by_id != user.id)


def _usable(session: Session, user: User, token: str, now: dt.datetime) -> EmailChange:
    row = (session.execute(select(EmailChange).where(EmailChange.token_sha256 == _digest(token)))
           .scalar_one_or_none() if 20 <= len(token) <= 100 else None)
    if row is None:
        raise EmailChangeRefused(N_("This confirmation link is not valid. Ask for a new one on your e-mail "
                                    "address page."))
    if row.user_id != user.id:
        raise ForeignLink(N_("This confirmation link was sent for another account: log out, then log in as the "
                             "person who asked for the change. Nothing was changed."))
    if row.state == "confirmed":
        raise EmailChangeRefused(N_("This confirmation link has already been used. Your e-mail address is "
                                    "%(email)s."), email=user.email or "—")
    if row.state != "pending":
        raise EmailChangeRefused(N_("This confirmation link was replaced by a newer request: use the link in the "
                                    "latest e-mail. Nothing was changed."))
    if _aware(row.expires_at) <= now:
        raise EmailChangeRefused(N_("This confirmation link has expired (it is valid for 24 hours). Ask for a new "
                                    "one on your e-mail address page. Nothing was changed."))
    return row


def peek(session: Session, user: User, token: str, now: dt.datetime | None = None) -> PendingChange:
    """What the link would change (its GET page); raises EmailChangeRefused. Changes nothing."""
    row = _usable(session, user, token, now or utcnow())
    return PendingChange(row.new_email, _aware(row.expires_at), row.requested_by_id != user.id)


@transactional
def confirm_change(session: Session, user: User, token: str, *, ip: str = "", now: dt.datetime | None = None) -> str:
    """The holder, logged in, confirms the link they received: the address changes, the old
    address is told, the link is spent. Returns the new address."""
    now = now or utcnow()
    try:
        row = _usable(session, user, token, now)
    except EmailChangeRefused as refused:
        reason = type(refused).__name__ if isinstance(refused, ForeignLink) else refused.msgid[:60]
        record_failure(session, lambda s: audit.record(s, "user.change_email", actor=user, ip=ip, result="denied",
                                                       object_type="user", object_id=user.id,
                                                       agency_id=user.agency_id,
                                                       details={"reason": reason, **SECURITY}))
        raise
    old = user.email
    user.email = row.new_email
    row.state, row.closed_at = "confirmed", now
    if old and old.lower() != row.new_email.lower():
        security_notice(session, [user.id], N_("Your docflow e-mail address was changed to %(email)s. If you did "
                                               "not do this, tell your agency's security officer at once."),
                        {"email": row.new_email}, email_to=old)
    audit.record(session, "user.change_email", actor=user, ip=ip, object_type="user", object_id=user.id,
                 agency_id=user.agency_id, details={"old_email": old, "new_email": row.new_email,
                                                    "asked_by": "administrator" if row.requested_by_id != user.id
                                                    else "holder", **SECURITY})
    return row.new_email


@transactional
def set_by_administrator(session: Session, user: User, new_email: str | None, *, actor: User, box: SecretBox | None,
                         now: dt.datetime | None = None) -> str:
    """An administrator's edit of the address: "unchanged", "changed" (an account nobody has
    logged into yet: set at once, the old address told) or "confirmation_sent" (a used
    account: it changes only when its holder confirms from the new address). Removing the
    address of a used account is refused: it is the holder's way to receive their notices."""
    email = normalise(new_email)
    if (email or "").lower() == (user.email or "").lower():
        return "unchanged"
    if actor.id == user.id and user.last_login_at is not None:
        raise ValidationFailed(N_("Change your own e-mail address on your e-mail address page: it asks for your "
                                  "password."), field="email")
    if user.last_login_at is None:
        old = user.email
        user.email = email
        if old:
            security_notice(session, [user.id], N_("An administrator changed your docflow e-mail address to "
                                                   "%(email)s. If this is not right, tell your agency's security "
                                                   "officer."), {"email": email or "—"}, email_to=old)
        audit.record(session, "user.change_email", actor=actor, object_type="user", object_id=user.id,
                     agency_id=user.agency_id, details={"old_email": old, "new_email": email,
                                                        "asked_by": "administrator", **SECURITY})
        return "changed"
    if email is None or box is None:
        raise ValidationFailed(N_("Only its holder changes the e-mail address of an account that has been used."),
                               field="email")
    _open_request(session, user, email, actor=actor, box=box, now=now or utcnow())
    return "confirmation_sent"

"""In-app notifications, written in the same transaction as the action they announce.
E-mail is sent later from these rows (``docflow mail send``), never from a web worker."""

from __future__ import annotations

import smtplib
from collections.abc import Callable, Iterable
from email.message import EmailMessage

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models import Notification, Role, User, UserRole, utcnow
from ..uow import transactional

__all__ = ["notify", "send_pending_email", "unread_count", "agency_users_with_role", "mark_all_read"]


def notify(session: Session, user_ids: Iterable[int | None], msgid: str, params: dict, *, document=None,
           delivery=None, urgent: bool = False) -> None:
    for user_id in {u for u in user_ids if u}:
        session.add(Notification(user_id=user_id, document_id=document.id if document is not None else None,
                                 delivery_id=delivery.id if delivery is not None else None, msgid=msgid,
                                 params=params, urgent=urgent))


def agency_users_with_role(session: Session, agency_id: int, role: Role) -> list[int]:
    """Active users of an agency holding ``role``: who a notification for that role reaches."""
    return list(session.execute(
        select(User.id).join(UserRole).where(User.agency_id == agency_id, UserRole.role == role,
                                             User.active.is_(True))
    ).scalars())


def _open(params: dict | None, open_secret: Callable[[str], str] | None) -> str | None:
    sealed = (params or {}).get("secret")
    if not sealed:
        return None
    if open_secret is None:
        raise ValueError("this notice carries a sealed secret: pass open_secret")
    return open_secret(sealed)


@transactional
def mark_all_read(session: Session, user_id: int) -> int:
    """Mark every unread notification of a user as read; returns how many."""
    now = utcnow()
    notes = list(session.execute(select(Notification).where(Notification.user_id == user_id,
                                                            Notification.read_at.is_(None))).scalars())
    for note in notes:
        note.read_at = now
    return len(notes)


def unread_count(session: Session, user_id: int) -> int:
    from sqlalchemy import func

    return session.execute(
        select(func.count(Notification.id)).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    ).scalar_one()


def send_pending_email(session: Session, *, host: str, port: int, sender: str, base_url: str,
                       translate=lambda msgid, params: msgid % params, limit: int = 500,
                       open_secret: Callable[[str], str] | None = None,
                       translate_for: Callable[[User], Callable[[str, dict], str]] | None = None) -> int:
    """Send unsent notifications of users with an e-mail address; mark them sent. Urgent ones
    (HỎA TỐC, THƯỢNG KHẨN…) carry a marked subject and a high priority header. A notice with a
    sealed secret for its holder (one-time password, activation code) has it opened with
    ``open_secret`` and written into the e-mail body only; the sealed value is then wiped.
    ``translate_for(user)`` gives the translation into that person's language (``docflow mail``:
    their chosen interface language, Vietnamese by default); ``translate`` is used otherwise.
    A notice with ``email_to`` goes to that address instead of the account's; one whose params
    name a ``secret_link`` (a path) carries its secret as the end of that link."""
    rows = session.execute(
        select(Notification, User).join(User, User.id == Notification.user_id)
        .where(Notification.emailed.is_(False), or_(Notification.email_to.is_not(None), User.email.is_not(None)),
               User.active.is_(True))
        .order_by(Notification.urgent.desc(), Notification.id).limit(limit)
    ).all()
    if not rows:
        return 0
    sent = 0
    with smtplib.SMTP(host, port, timeout=10) as smtp:
        for note, user in rows:
            params = {k: v for k, v in (note.params or {}).items() if k != "secret"}
            text = (translate_for(user) if translate_for else translate)(note.msgid, params)
            secret = _open(note.params, open_secret)
            msg = EmailMessage()
            msg["From"] = sender
            msg["To"] = note.email_to or user.email
            msg["Subject"] = ("[KHẨN] " if note.urgent else "") + text[:150]
            if note.urgent:
                msg["X-Priority"] = "1"
                msg["Importance"] = "high"
            link = f"{base_url.rstrip('/')}/documents/{note.document_id}" if note.document_id else base_url
            body = f"{user.full_name},\n\n{text}\n\n"
            if secret is not None and params.get("secret_link"):
                link = f"{base_url.rstrip('/')}{params['secret_link']}{secret}"  # the link is the secret
            elif secret is not None:
                body += f"    {secret}\n\n"
            msg.set_content(f"{body}{link}\n\n— docflow\n")
            smtp.send_message(msg)
            note.emailed = True
            if secret is not None:
                note.params = params  # the only clear copy has gone to its holder
            sent += 1
    session.flush()
    return sent

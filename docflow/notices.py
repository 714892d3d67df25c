"""Security notices to a person (issue 14): every password reset, certificate issued, PIN
unlock and API token created for them reaches them in the app and by e-mail (the e-mail is
sent later from the same ``Notification`` row, ``docflow mail``).

A notice may carry a secret meant only for its holder (a one-time password, an activation
code): it is sealed with the installation key (``docflow.secretbox``), never shown in the app,
written into the e-mail only and wiped from the row once the e-mail has gone. Leaf module:
models and the secret box only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from .models import Notification
from .secretbox import SecretBox

__all__ = ["security_notice", "SECRET_PURPOSE", "secret_box"]

SECRET_PURPOSE = "holder notice"  # noqa: S105 - the HKDF purpose label, not a secret


def secret_box(secret_key: str) -> SecretBox:
    """The box that seals secrets travelling to their holder by e-mail."""
    return SecretBox(secret_key, SECRET_PURPOSE)


def security_notice(session: Session, user_ids: Iterable[int | None], msgid: str, params: dict | None = None,
                    *, secret: str | None = None, box: SecretBox | None = None, email_to: str | None = None) -> None:
    """One notification per person; ``secret`` (sealed with ``box``) only ever goes by e-mail,
    to ``email_to`` when given instead of the account's address."""
    for user_id in sorted({u for u in user_ids if u}):
        values = dict(params or {})
        if secret is not None:
            if box is None:
                raise ValueError("a secret for the holder needs the secret box")
            values["secret"] = box.seal(secret)
        session.add(Notification(user_id=user_id, msgid=msgid, params=values, urgent=True, email_to=email_to))

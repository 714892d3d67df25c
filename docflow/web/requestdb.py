"""The request's database session and unit of work, for pages and API handlers.

One session per request (closed at teardown by the application factory). Safe requests
(GET, HEAD, OPTIONS) get a read-only session unless their view is marked ``@writes``. Views
pass ``get_uow()`` to the service functions that write and never commit themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, current_app, g, request
from flask_login import current_user
from sqlalchemy.orm import Session

from ..models import User
from ..uow import UnitOfWork

__all__ = ["get_session", "get_uow", "writes", "current_person"]

F = TypeVar("F", bound=Callable[..., Any])


def writes(view: F) -> F:
    """Mark a GET view that must write (a CRL whose number advances, an export that records
    its delivery): it gets a writing session instead of the read-only one. Put it closest
    to the function; the route decorators keep the mark (functools.wraps copies it)."""
    view.docflow_writes = True  # type: ignore[attr-defined]
    return view


def get_session() -> Session:
    """The request's database session (created on first use, closed at teardown).
    Safe requests (GET, HEAD, OPTIONS) get a read-only session unless their view is marked
    with ``@writes``; the others get a session that writes safely on SQLite too."""
    if "db_session" not in g:
        view = current_app.view_functions.get(request.endpoint or "")
        safe = request.method in ("GET", "HEAD", "OPTIONS") and not getattr(view, "docflow_writes", False)
        kind = "docflow.read_sessionmaker" if safe else "docflow.write_sessionmaker"
        g.db_session = current_app.extensions[kind]()
    session: Session = g.db_session
    return session


def get_uow() -> UnitOfWork:
    """The unit of work of the request's session: what views pass to writing services."""
    return UnitOfWork.of(get_session())


def current_person(db: Session) -> User:
    """The logged-in user as a row of ``db`` (the request's session); 401 when the account
    was removed while the session lived."""
    user: User | None = db.get(User, current_user.id)
    if user is None:
        abort(401)
    return user

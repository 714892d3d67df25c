"""Security hardening found missing by tests/security (issue 10):

- a per-user rate limit on the signing endpoints (sign and issue, pages and API): a stolen
  session or token cannot hammer the PIN check or the signing service (the key itself also
  locks after ``pin_max_failures`` wrong PINs);
- audit events for denied access (403/404 on an object route for a logged-in user or a token)
  and for rejected API tokens, in their own short transaction, so an investigation sees them;
- 503 with a plain message (not a 500 with a traceback in the log's place) while the database
  is unreachable, e.g. during a PostgreSQL restart (tests/reliability/test_db_faults.py); the
  engine's pool_pre_ping reconnects by itself afterwards.
"""

from __future__ import annotations

from flask import Flask, current_app, g, request
from flask_login import current_user
from limits import parse as parse_limit
from werkzeug.exceptions import TooManyRequests

from .. import audit
from ..extensions import limiter
from ..messages import N_

__all__ = ["init_app", "SIGNING_ENDPOINTS"]

SIGNING_ENDPOINTS = frozenset({"documents.sign", "documents.issue", "api_documents.sign", "api_documents.issue"})


def _limited() -> bool:
    return bool(limiter.enabled and current_app.config.get("RATELIMIT_ENABLED", True))


def _user_id() -> int | None:
    if getattr(g, "api_user_id", None):
        return g.api_user_id
    if current_user.is_authenticated:
        return current_user.id
    return None


def _signing_rate_limit() -> None:
    if request.endpoint not in SIGNING_ENDPOINTS or request.method != "POST" or not _limited():
        return
    user_id = _user_id()
    if user_id is None:
        return  # not logged in: the view answers that
    per_minute = current_app.config["DOCFLOW"].extra.get("signing_per_minute", 30)
    if not limiter.limiter.hit(parse_limit(f"{per_minute}/minute"), "signing", str(user_id)):
        raise TooManyRequests()  # recorded in the audit trail by _audit_denials


def _record(action: str, user_id: int | None, details: dict) -> None:
    """Only on requests that end in a refusal: the request's own session is ended first (what
    teardown would do: nothing uncommitted survives a refusal), because on SQLite a POST's session
    holds the write lock, and on PostgreSQL it may hold the audit head's row lock."""
    from ..models import User

    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
    try:
        factory = current_app.extensions["docflow.write_sessionmaker"]
        with factory() as session, session.begin():
            actor = session.get(User, user_id) if user_id else None
            audit.record(session, action, actor=actor, result="denied", ip=request.remote_addr or "",
                         details={"method": request.method, "path": request.path[:300], **details})
    except Exception:  # noqa: BLE001 - a failed audit write must not turn a 404 into a 500
        current_app.logger.exception("could not record %s", action)


def _audit_denials(response):
    status = response.status_code
    if status == 401 and request.path.startswith("/api/") and request.headers.get("Authorization"):
        _record("api_token.rejected", None, {})
    elif status == 429 and request.endpoint in SIGNING_ENDPOINTS:
        _record("access.rate_limited", _user_id(), {"endpoint": request.endpoint})
    elif status in (403, 404) and request.endpoint not in (None, "static") and request.view_args:
        user_id = _user_id()
        if user_id is not None:
            _record("access.denied", user_id, {"endpoint": request.endpoint, "status": status,
                                               "object": {k: str(v)[:64] for k, v in request.view_args.items()}})
    return response


_UNAVAILABLE = N_("The database is not reachable at the moment. Nothing was changed; please try again in a "
                  "minute.")


def _database_unavailable(err: Exception):
    from flask import jsonify, render_template
    from flask_babel import gettext as _

    session = g.pop("db_session", None)
    if session is not None:
        try:
            session.rollback()
            session.close()
        # the connection is gone (database restarting): the pool discards it; nothing to do
        except Exception:  # noqa: BLE001, S110  # nosec B110
            pass
    # the page (and the security headers) must not load the user from the database: anonymous
    login_manager = current_app.login_manager  # type: ignore[attr-defined]
    login_manager._update_request_context_with_user(login_manager.anonymous_user())
    current_app.logger.warning("database unavailable: %s: %s", type(err).__name__,
                               (str(getattr(err, "orig", err)).splitlines() or [""])[0][:200])
    headers = {"Retry-After": "30"}
    if request.path.startswith("/api/"):
        return jsonify(error={"code": "unavailable", "message": _(_UNAVAILABLE)}), 503, headers
    try:
        return render_template("errors/error.html", code=503, message=_(_UNAVAILABLE)), 503, headers
    except Exception:  # noqa: BLE001 - the page itself may need the database (current user)
        return _(_UNAVAILABLE), 503, {**headers, "Content-Type": "text/plain; charset=utf-8"}


def init_app(app: Flask) -> None:
    """Call after the API is set up (its token check must run first)."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    app.before_request(_signing_rate_limit)
    app.after_request(_audit_denials)
    app.register_error_handler(OperationalError, _database_unavailable)
    app.register_error_handler(InterfaceError, _database_unavailable)

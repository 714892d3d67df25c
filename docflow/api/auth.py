"""API authentication: ``Authorization: Bearer <personal token>`` only. Session cookies are
ignored for /api (so the API needs no CSRF token); failed token attempts are rate limited per
client address. Who may do what is decided by the services, exactly as for the pages."""

from __future__ import annotations

from flask import current_app, g, request
from limits import parse as parse_limit
from werkzeug.exceptions import TooManyRequests, Unauthorized

from ..accounts.service import may_work
from ..db import session_scope
from ..extensions import limiter
from ..messages import N_
from ..models import User
from .errors import ApiError, is_api_request
from .tokens import authenticate_token

__all__ = ["authenticate_request", "api_user", "PUBLIC_ENDPOINTS"]

# The published OpenAPI document and the reference page need no token.
PUBLIC_ENDPOINTS = {"api-docs.openapi_json", "api_reference.reference"}


def _failure_limit():
    per_minute = current_app.config["DOCFLOW"].extra.get("api_token_failures_per_minute", 10)
    return parse_limit(f"{per_minute}/minute")


def _limited() -> bool:
    return bool(limiter.enabled and current_app.config.get("RATELIMIT_ENABLED", True))


def authenticate_request() -> None:
    """``before_request`` for /api: sets ``g.api_user_id`` or answers 401 (429 when this address
    failed too often)."""
    if not is_api_request() or request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return
    address = request.remote_addr or "?"
    item = _failure_limit()
    if _limited() and not limiter.limiter.test(item, "api-token-failure", address):
        raise TooManyRequests()
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    user_id = None
    must_change = False
    locale = None
    if scheme.lower() == "bearer" and token.strip():
        # a short write transaction of its own: records last use even on GET requests
        with session_scope(current_app.extensions["docflow.write_sessionmaker"]) as session:
            user = authenticate_token(session, token.strip())
            user_id = user.id if user is not None else None
            must_change = user is not None and not may_work(user)
            locale = user.locale if user is not None else None
    g.api_user_locale = locale  # the messages' language when the request names none
    if user_id is None:
        if _limited():
            limiter.limiter.hit(item, "api-token-failure", address)
        raise Unauthorized()
    if must_change:  # a password an administrator handed over is still in use (issue 14)
        raise ApiError(403, N_("Change your password in docflow before using the API: the account still has the "
                               "one-time password an administrator handed over."), code="password_change_required")
    g.api_user_id = user_id


def api_user() -> User:
    from ..web.requestdb import get_session

    user = get_session().get(User, g.api_user_id)
    if user is None or not user.active:
        raise Unauthorized()
    return user

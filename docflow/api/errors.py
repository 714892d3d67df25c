"""One error envelope for the whole API: ``{"error": {"code", "message", "field"}}``, the
message translated per Accept-Language (Vietnamese by default). Produced in one place."""

from __future__ import annotations

import re

from flask import current_app, g, jsonify, request
from flask_babel import force_locale, gettext
from werkzeug.exceptions import HTTPException

from ..i18n import LOCALES
from ..messages import N_, DomainError, translate
from ..web.requestdb import get_session

__all__ = ["error_response", "domain_error_response", "http_error_response", "api_locale", "is_api_request",
           "ApiError", "ERROR_CODES", "code_of"]

API_PREFIX = "/api/"

_STATUS_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "validation_error", 423: "locked",
    429: "rate_limited", 500: "internal_error",
}
_STATUS_MESSAGES = {
    400: N_("The request is not valid."),
    401: N_("Send a valid API token: Authorization: Bearer <token>."),
    403: N_("You do not have access to this page."),
    404: N_("This page does not exist or you do not have access to it."),
    405: N_("This action is not allowed here."),
    409: N_("Someone changed this document while you were looking at it. Reload it to see its current state."),
    413: N_("The file is too large."),
    415: N_("The request body has an unsupported type."),
    422: N_("Some fields are missing or not valid."),
    429: N_("Too many attempts. Wait a moment and try again."),
    500: N_("Something went wrong on our side. Nothing was changed; please try again."),
}


# Every code the API answers with, and its HTTP status: the stable name an integrator branches on
# (the message is for people and follows the language). A service error is named by the nearest
# class of its hierarchy listed here, else by its status; tests/language/test_api_errors.py derives
# the codes from the raise sites and handlers and fails when this list and the code drift apart.
ERROR_CODES: dict[str, int] = {
    **{code: status for status, code in _STATUS_CODES.items()},
    "stale_revision": 409, "password_change_required": 403,
    # documents and incoming copies
    "not_allowed": 403, "document_not_found": 404, "invalid_transition": 409, "invalid_document": 400,
    "signing_failed": 400, "conversion_error": 400, "invalid_cursor": 400,
    # certificates and PINs
    "certificate_not_found": 404, "certificate_not_usable": 409, "wrong_certificate_pin": 403,
    "certificate_locked": 423, "pin_change_required": 409, "pin_policy_violation": 400, "import_rejected": 400,
    "image_rejected": 400, "trust_anchor_rejected": 400, "token_failure": 502,
    # two-phase signing (the key on the signer's token, docflow-agent)
    "preparation_not_found": 404, "preparation_refused": 409,
    # edXML exchange
    "exchange_error": 400, "duplicate_package": 409, "unknown_partner": 404,
    # API tokens, webhooks, accounts, organisation
    "token_error": 400, "token_not_found": 404, "token_forbidden": 403, "webhook_error": 400,
    "webhook_not_found": 404, "invalid_credentials": 401, "account_locked": 429, "account_inactive": 403,
    "validation_failed": 400, "reorganisation_error": 400,
}


def code_of(err_type: type[DomainError], status: int | None = None) -> str:
    """The machine code of a service error class: its own or its nearest listed ancestor's, else
    the generic code of its HTTP status (never a class name an integrator has not been told)."""
    for cls in err_type.__mro__:
        if cls is DomainError:
            break
        code = _snake(cls.__name__)
        if code in ERROR_CODES:
            return code
    status = status or int(getattr(err_type, "http_status", 400))
    return _STATUS_CODES.get(status, "internal_error" if status >= 500 else "bad_request")


class ApiError(DomainError):
    """An error raised by an API handler itself (not by a service)."""

    def __init__(self, status: int, msgid: str, *, code: str | None = None, field: str | None = None, **params):
        super().__init__(msgid, field=field, **params)
        self.http_status = status
        self.code = code or _STATUS_CODES.get(status, "error")


def is_api_request() -> bool:
    return request.path.startswith(API_PREFIX)


def api_locale() -> str:
    """The language asked for by Accept-Language; without one, the token owner's chosen language,
    else the installation's (Vietnamese)."""
    default = g.get("api_user_locale") or current_app.config["DOCFLOW"].default_locale
    if default not in LOCALES:
        default = current_app.config["DOCFLOW"].default_locale
    return request.accept_languages.best_match(list(LOCALES), default=default) or default


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def error_response(status: int, code: str, msgid: str, params: dict | None = None, field: str | None = None,
                   headers: dict | None = None):
    locale = api_locale()
    with force_locale(locale):
        message = translate(gettext, msgid, params)
    response = jsonify({"error": {"code": code, "message": message, "field": field}})
    response.status_code = status
    response.headers["Content-Language"] = locale
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def domain_error_response(err: DomainError):
    status = int(getattr(err, "http_status", 400))
    code = err.code if isinstance(err, ApiError) else code_of(type(err), status)
    return error_response(status, code, err.msgid, err.params, err.field)


def http_error_response(err: HTTPException):
    status = err.code or 500
    field = None
    data = getattr(err, "data", None) or {}
    messages = data.get("messages") if isinstance(data, dict) else None
    if status == 422 and messages:
        # webargs: {"json": {"revision": ["Missing data for required field."]}}
        for _location, fields in messages.items():
            if isinstance(fields, dict) and fields:
                field = str(next(iter(fields)))
                break
    headers = dict(data.get("headers") or {}) if isinstance(data, dict) else {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="docflow"'
    if status == 405 and err.get_headers():
        headers.update({k: v for k, v in err.get_headers() if k == "Allow"})
    msgid = _STATUS_MESSAGES.get(status, _STATUS_MESSAGES[400] if status < 500 else _STATUS_MESSAGES[500])
    return error_response(status, _STATUS_CODES.get(status, "error"), msgid, None, field, headers)


def _on_domain_error(err: DomainError):
    # The service rolled its work back (and committed what a failure must leave behind, such
    # as a wrong-PIN counter: docflow.uow.record_failure); only the answer is made here.
    get_session().rollback()  # for an error raised by the handler itself, outside any service
    return domain_error_response(err)


def _on_stale(_err):
    get_session().rollback()
    return error_response(409, "stale_revision", N_("Someone changed this document while you were looking at it. "
                                                    "Reload it to see its current state."))


def install(blueprint) -> None:
    """Give an API blueprint the JSON envelope for every error (before its first registration)."""
    from sqlalchemy.orm.exc import StaleDataError

    blueprint.register_error_handler(DomainError, _on_domain_error)
    blueprint.register_error_handler(StaleDataError, _on_stale)
    blueprint.register_error_handler(HTTPException, http_error_response)

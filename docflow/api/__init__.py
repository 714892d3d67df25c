"""The JSON API (/api/v1) with its OpenAPI 3 document generated from the code (flask-smorest),
a reference page rendered from that document with local assets only, personal API tokens and
one error envelope. Handlers are thin: parse, one service call, commit, JSON."""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api

from .errors import http_error_response, is_api_request

__all__ = ["init_app", "DocflowApi"]

API_DESCRIPTION = """\
The docflow JSON API. Authenticate every call with a personal token:
`Authorization: Bearer <token>` (create one at /account/tokens or with POST /api/v1/tokens).
Session cookies are ignored here.

Errors always have the shape `{"error": {"code", "message", "field"}}`: `code` is a stable
machine name (listed below with its HTTP status), `message` is for people and follows
`Accept-Language` (`vi` or `en`; without the header, the token owner's chosen language, else
Vietnamese; the answer's `Content-Language` names it). Out-of-scope objects answer 404.
Workflow actions take the object's `revision`; a stale one answers 409.
"""


class DocflowApi(Api):
    """flask-smorest, with docflow's error envelope documented and produced (only for /api)."""

    from .schemas import ErrorSchema as ERROR_SCHEMA  # noqa: N811 - the attribute flask-smorest reads

    def _register_error_handlers(self) -> None:  # the app keeps its HTML error pages
        pass


def _codes_table() -> str:
    from .errors import ERROR_CODES

    rows = "\n".join(f"| `{code}` | {status} |" for code, status in sorted(ERROR_CODES.items()))
    return f"\n\nError codes:\n\n| code | HTTP status |\n|---|---|\n{rows}\n"


def _json_errors_for_api(app: Flask) -> None:
    """Errors raised before a blueprint is known (unknown /api path, wrong method) reach the
    app-level handlers: answer JSON for /api and keep the pages' handler otherwise."""
    for code in (404, 405, 413, 429, 500):
        previous = app.error_handler_spec[None][code].get(_exception_class(code))

        def handler(err, _previous=previous):
            if is_api_request():
                return http_error_response(err)
            return _previous(err) if _previous else err

        app.register_error_handler(code, handler)


def _exception_class(code: int):
    from werkzeug.exceptions import default_exceptions

    return default_exceptions[code]


def api_blueprints() -> list:
    from . import documents, edxml, incoming, signing
    from .directory import bp as directory_bp
    from .directory import tokens_bp, webhooks_bp

    return [documents.bp, incoming.bp, directory_bp, tokens_bp, webhooks_bp, edxml.bp, signing.bp]


def init_app(app: Flask) -> None:
    from ..extensions import csrf
    from . import pages
    from .auth import authenticate_request

    app.config.update(
        API_TITLE="docflow API", API_VERSION="v1", OPENAPI_VERSION="3.0.3", OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {"description": API_DESCRIPTION + _codes_table()},
            "servers": [{"url": "/"}],
            "security": [{"bearerAuth": []}],
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
        },
    )
    api = DocflowApi(app)
    for blueprint in api_blueprints():
        api.register_blueprint(blueprint)
        csrf.exempt(blueprint)  # no cookie is accepted under /api, so no cross-site request can ride one
    app.extensions["docflow.api"] = api
    app.before_request(authenticate_request)
    _json_errors_for_api(app)
    pages.init_app(app)
    from ..webhooks import jobs

    jobs.install(app)

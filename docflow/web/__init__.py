"""Web pages: thin blueprints that parse a request, call a service and render or redirect."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask, g, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy.orm.exc import StaleDataError

from .. import access
from ..accounts.errors import AccountError
from ..extensions import babel, csrf, limiter, login_manager
from ..i18n import LOCALES, compile_catalogs, fmt_date, fmt_datetime, select_locale, tr_error
from ..messages import N_
from ..workflow.paging import InvalidCursor
from .labels import event_label, repair_labels, status_label


def _current_user_can(capability: str) -> bool:
    """``can('read_registers')`` in templates: access.CAPABILITIES for the signed-in user."""
    return bool(current_user.is_authenticated and access.can(current_user, capability))

__all__ = ["init_app"]


def init_app(app: Flask) -> None:
    compile_catalogs()
    from .uploads import UploadRequest

    app.request_class = UploadRequest  # the draft form survives a file over the limit (web/uploads.py)
    babel.init_app(app, locale_selector=select_locale)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = None  # the login page explains itself
    login_manager.session_protection = "strong"

    from . import admin, auth, documents, home, incoming, params, registers, validation

    params.install(app.url_map)  # before any route exists: path integers stay in the database's range

    validation.install(app)  # WTForms' own messages from the application's catalogue
    app.register_blueprint(auth.bp)
    app.before_request(auth.require_own_password)  # a handed-over password opens only its own change
    app.register_blueprint(home.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(incoming.bp)
    app.register_blueprint(registers.bp)
    from . import copies as copy_pages

    copy_pages.init_app(app)  # electronic copies (sao y, sao lục, trích sao) and their register
    app.register_blueprint(admin.bp, url_prefix="/admin")
    from . import pki as pki_pages

    pki_pages.init_app(app)  # certificates pages, public CRL/OCSP/TSA endpoints, init/demo hooks
    from . import audit as audit_pages

    app.register_blueprint(audit_pages.bp, url_prefix="/audit")  # verification and the audit trail

    app.jinja_env.filters["dt"] = fmt_datetime
    app.jinja_env.filters["date"] = fmt_date
    app.jinja_env.globals["LOCALES"] = LOCALES
    app.jinja_env.globals["status_label"] = status_label
    app.jinja_env.globals["repair_labels"] = repair_labels
    app.jinja_env.globals["can"] = _current_user_can
    app.jinja_env.globals["event_label"] = event_label
    from .labels import mark_labels

    app.jinja_env.globals["circulation_marks"] = mark_labels  # "XEM XONG TRẢ LẠI" on a Vietnamese page

    @app.context_processor
    def _inject() -> dict:
        return {"current_locale": select_locale()}

    @app.after_request
    def _security_headers(response):
        h = response.headers
        h["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        )
        h["X-Content-Type-Options"] = "nosniff"
        h["X-Frame-Options"] = "DENY"
        h["Referrer-Policy"] = "same-origin"
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.is_secure:
            h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        if current_user.is_authenticated:
            h["Cache-Control"] = "no-store"
        return response

    @app.before_request
    def _request_id() -> None:
        g.request_id = secrets.token_hex(8)

    @app.errorhandler(CSRFError)
    def _csrf_error(err: CSRFError):
        # a form sent after its session ended has no CSRF token to match: say that, not "expired"
        if not current_user.is_authenticated and request.endpoint not in ("auth.login", "auth.set_locale"):
            return auth.session_ended()
        message = _("The form has expired or was not sent by docflow. Reload the page and try again.")
        if request.accept_mimetypes.best == "application/json":
            from flask import jsonify

            return jsonify(ok=False, code="form_expired", error=message), 400
        return render_template("errors/error.html", code=400, message=message, keep_form=auth.return_path()), 400

    @app.errorhandler(StaleDataError)
    def _lost_race(_err: StaleDataError):
        # Two people acted on the same document at the same moment: the later one lost the
        # optimistic version check at commit time. Nothing of theirs was saved.
        from .requestdb import get_session

        get_session().rollback()
        message = _("Someone changed this document while you were looking at it. "
                    "Reload it to see its current state.")
        if request.accept_mimetypes.best == "application/json":
            from flask import jsonify

            return jsonify(ok=False, error=message, code="StaleRevision"), 409
        return render_template("errors/error.html", code=409, message=message), 409

    @app.errorhandler(InvalidCursor)
    def _damaged_page_link(err: InvalidCursor):
        # a list's page link that no longer decodes: say so and show the list's first page,
        # with its filters (the API's blueprints answer 400 JSON before this handler)
        from flask import flash, redirect, url_for

        flash(tr_error(err), "error")
        args: dict[str, Any] = {k: v for k, v in request.args.lists() if k != "cursor"}
        return redirect(url_for(request.endpoint or "home.desk", **(request.view_args or {}), **args))

    @app.errorhandler(AccountError)
    def _account_error(err: AccountError):
        return render_template("errors/error.html", code=err.http_status, message=tr_error(err)), err.http_status

    for code, text in {
        400: N_("The request is not valid."),
        403: N_("You do not have access to this page."),
        404: N_("This page does not exist or you do not have access to it."),
        405: N_("This action is not allowed here."),
        413: N_("The file is too large."),
        429: N_("Too many attempts. Wait a moment and try again."),
        500: N_("Something went wrong on our side. Nothing was changed; please try again."),
    }.items():
        app.register_error_handler(code, _make_handler(code, text))
    from . import webhooks

    webhooks.init_app(app)  # /admin/webhooks
    from . import exchange

    exchange.init_app(app)  # /admin/exchange


def init_hardening(app: Flask) -> None:
    """Per-user signing rate limit, audit of denied access: after the API's token check, so
    the application factory calls it after ``api.init_app``."""
    from . import hardening

    hardening.init_app(app)  # per-user signing rate limit, audit of denied access (after the API's token check)
    from . import downloads

    downloads.init_app(app)  # document bytes: no-store and a safe file name, pages and API alike


def _make_handler(code: int, text: str):
    def handler(_err):
        return render_template("errors/error.html", code=code, message=_(text)), code

    return handler

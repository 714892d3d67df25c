"""Login, logout, password change and language choice."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_url, login_user, logout_user
from werkzeug.exceptions import HTTPException

from ..accounts import email_change, service
from ..accounts.errors import AccountError
from ..extensions import limiter, login_manager
from ..i18n import tr_error
from ..models import User
from ..notices import secret_box
from .forms import ChangeEmailForm, ChangePasswordForm, EmptyForm, LocaleForm, LoginForm
from .requestdb import current_person, get_session, get_uow

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    user_id, _sep, nonce = session_id.partition(":")
    if not user_id.isdigit() or not nonce:
        return None
    user = get_session().get(User, int(user_id))
    if user is None or not user.active or user.session_nonce != nonce:
        return None
    return user


def safe_next(target: str | None) -> str | None:
    """Only same-site relative paths: no scheme, no host, no '//' or backslash tricks."""
    if not target:
        return None
    target = target.strip()
    if "\\" in target or not target.startswith("/") or target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def return_path() -> str | None:
    """The page a person was on when this request was made: the request itself for a GET, the
    (same-site) page that sent a POST, or the POST's own address when it also answers GET."""
    if request.method in ("GET", "HEAD"):
        return safe_next(request.full_path.rstrip("?"))
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host and referrer.path:
        return safe_next(referrer.path + (f"?{referrer.query}" if referrer.query else ""))
    try:
        current_app.url_map.bind_to_environ(request.environ).match(request.path, method="GET")
    except HTTPException:
        return None
    return safe_next(request.path)


def session_ended(status: int = 401):
    """What a request from a session that has ended gets (issue 14): "log in again", with a link
    back to the page it came from. Never a redirect for a POST (that would drop what was sent);
    the page tells the browser to keep what was typed (static/forms.js) and fill it in again
    once the person is back on that page. JSON for the signing dialog."""
    back = return_path()
    target = url_for("auth.login", next=back) if back else url_for("auth.login")
    message = _("Your session has ended; log in again.")
    if request.accept_mimetypes.best == "application/json":
        return jsonify(ok=False, code="session_ended", error=message, login_url=target), status
    return render_template("errors/session_ended.html", message=message, login_url=target, back=back), status


@login_manager.unauthorized_handler
def unauthorized():
    """Not logged in (or the session ended): a page is opened after logging in; a form sent is
    answered with ``session_ended``."""
    if request.method in ("GET", "HEAD") and request.accept_mimetypes.best != "application/json":
        return redirect(login_url(login_manager.login_view, next_url=request.url))
    return session_ended()


# What an account whose password an administrator handed over may still reach (issue 14):
# everything else answers with the password page, on the server, whatever the link.
OPEN_BEFORE_PASSWORD_CHANGE = frozenset({"auth.change_password", "auth.logout", "auth.login", "auth.set_locale",
                                         "static"})


def require_own_password() -> ResponseReturnValue | None:
    """``before_request``: a new or reset account changes its password before any other page."""
    if request.endpoint in OPEN_BEFORE_PASSWORD_CHANGE or request.path.startswith("/api/"):
        return None  # the API refuses such accounts itself (docflow.api.auth)
    if not current_user.is_authenticated or service.may_work(current_user):
        return None
    target = safe_next(request.full_path.rstrip("?")) if request.method == "GET" else None
    return redirect(url_for("auth.change_password", next=target) if target else url_for("auth.change_password"))


def client_ip() -> str:
    return request.remote_addr or ""


def _login_limit() -> str:
    return f"{int(current_app.config['DOCFLOW'].extra.get('login_per_minute', 20))} per minute"


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = LoginForm(next=request.args.get("next", ""))
    error = None
    if form.validate_on_submit():
        cfg = current_app.config["DOCFLOW"]
        try:
            user = service.authenticate(
                get_uow(), form.username.data, form.password.data,
                max_failures=cfg.login_max_failures,
                lockout=dt.timedelta(minutes=cfg.login_lockout_minutes), ip=client_ip(),
            )
        except AccountError as err:  # the service keeps the failure counter and the audit event
            error = tr_error(err)
        else:
            session.clear()  # no session fixation: a fresh session after login
            session.permanent = True
            login_user(user)
            if not service.may_work(user):
                flash(_("Choose your own password before you start: the one you used was handed over to you."),
                      "info")
                return redirect(url_for("auth.change_password", next=safe_next(form.next.data)))
            return redirect(safe_next(form.next.data) or url_for("home.desk"))
    elif request.method == "POST":
        error = _("Enter your username and password.")
    status = 200 if error is None else 401
    return render_template("auth/login.html", form=form, error=error), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    db = get_session()
    service.logout(get_uow(), db.merge(current_user._get_current_object()), ip=client_ip())
    logout_user()
    session.clear()
    flash(_("You have been logged out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        db = get_session()
        user = db.get(User, current_user.id)
        try:
            service.change_password(get_uow(), user, form.current_password.data, form.new_password.data)
        except AccountError as err:
            field = getattr(form, getattr(err, "field", None) or "", None)
            if field is not None:
                field.errors.append(tr_error(err))
            else:
                flash(tr_error(err), "error")
        else:
            login_user(user)  # the nonce changed: keep this session, end the others
            flash(_("Your password has been changed."), "info")
            return redirect(safe_next(request.args.get("next")) or url_for("home.index"))
    return render_template("auth/password.html", form=form)


def _mail_box():
    return secret_box(current_app.config["DOCFLOW"].secret_key)


@bp.route("/account/email", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])  # it checks a password: no guessing through it either
@login_required
def change_email():
    """The holder moves their account to another address: their password now, then the link
    e-mailed to the new address (docflow.accounts.email_change)."""
    db = get_session()
    user = current_person(db)
    form = ChangeEmailForm()
    status = 200
    if form.validate_on_submit():
        try:
            masked = email_change.request_change(get_uow(), user, form.current_password.data, form.email.data,
                                                 box=_mail_box(), ip=client_ip())
        except AccountError as err:
            getattr(form, err.field or "email", form.email).errors.append(tr_error(err))
            status = 400
        else:
            flash(_("A confirmation link was sent to %(email)s. Your address changes when you open it and press "
                    "Confirm, within 24 hours.", email=masked), "info")
            return redirect(url_for("auth.change_email"))
    elif form.is_submitted():
        status = 400
    return render_template("auth/email.html", form=form, user=user,
                           pending=email_change.pending_change(db, user)), status


@bp.route("/account/email/confirm/<token>", methods=["GET", "POST"])
@login_required
def confirm_email(token: str):
    """GET shows what the link changes and a Confirm button (mail scanners open links; only
    the holder's POST changes anything); POST confirms."""
    db = get_session()
    user = current_person(db)
    form = EmptyForm()
    try:
        if request.method == "POST":
            if not form.validate_on_submit():
                abort(400)
            new = email_change.confirm_change(get_uow(), user, token, ip=client_ip())
            flash(_("Your e-mail address is now %(email)s.", email=new), "info")
            return redirect(url_for("auth.change_email"))
        change = email_change.peek(db, user, token)
    except email_change.EmailChangeRefused as err:
        return render_template("auth/email_confirm.html", error=tr_error(err), change=None, form=form), \
            err.http_status
    return render_template("auth/email_confirm.html", error=None, change=change, form=form)


@bp.route("/locale", methods=["POST"])
def set_locale():
    form = LocaleForm()
    if form.validate_on_submit():
        session["locale"] = form.locale.data
        if current_user.is_authenticated:
            db = get_session()
            service.set_locale(get_uow(), db.get(User, current_user.id), form.locale.data)
    return redirect(safe_next(request.form.get("next")) or url_for("home.index"))

"""Pages around the API: the API reference (rendered from the generated OpenAPI document,
no external assets) and /account/tokens, where a user (or an administrator, for the users of
their agency) creates and revokes personal API tokens."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, Length, NumberRange

from ..app import get_session
from ..i18n import tr_error
from ..models import User
from . import tokens

__all__ = ["init_app", "reference_bp", "account_bp"]

reference_bp = Blueprint("api_reference", __name__)
account_bp = Blueprint("account", __name__, url_prefix="/account")


class TokenForm(FlaskForm):
    name = StringField(_l("Token name"), validators=[DataRequired(), Length(max=120)])
    expires_in_days = IntegerField(_l("Valid for (days)"), default=90,
                                   validators=[DataRequired(), NumberRange(min=1, max=tokens.MAX_DAYS)])


class ActionForm(FlaskForm):
    pass


@reference_bp.route("/api/v1/docs")
def reference():
    spec = current_app.extensions["docflow.api"].spec.to_dict()
    operations = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                operations.append((op.get("tags", [""])[0], path, method.upper(), op))
    operations.sort(key=lambda o: (o[0], o[1], o[2]))
    return render_template("api/reference.html", spec=spec, operations=operations)


def _owner(db, user_id: int | None) -> User:
    me = db.get(User, current_user.id)
    if user_id is None or user_id == me.id:
        return me
    owner = db.get(User, user_id)
    if owner is None:
        abort(404)
    return owner


def _page(db, owner: User, form: TokenForm | None = None, new_token: str | None = None, status: int = 200):
    me = db.get(User, current_user.id)
    try:
        rows = tokens.tokens_of(db, me, owner)
    except tokens.TokenNotFound:
        abort(404)
    return render_template("account/tokens.html", owner=owner, is_self=owner.id == me.id, rows=rows,
                           may_create=tokens.may_create_for(db, me, owner),
                           form=form or TokenForm(), action_form=ActionForm(), new_token=new_token), status


@account_bp.route("/tokens", defaults={"user_id": None})
@account_bp.route("/users/<int:user_id>/tokens")
@login_required
def tokens_page(user_id: int | None):
    db = get_session()
    return _page(db, _owner(db, user_id))


@account_bp.route("/tokens", methods=["POST"], defaults={"user_id": None})
@account_bp.route("/users/<int:user_id>/tokens", methods=["POST"])
@login_required
def token_create(user_id: int | None):
    db = get_session()
    owner = _owner(db, user_id)
    form = TokenForm()
    if not form.validate_on_submit():
        return _page(db, owner, form, status=400)
    try:
        issued = tokens.create_token(db, db.get(User, current_user.id), owner, form.name.data,
                                     days=form.expires_in_days.data, ip=request.remote_addr or "")
    except tokens.TokenNotFound:
        abort(404)
    except tokens.TokenForbidden as err:
        db.commit()  # the refusal is a security event in the audit trail
        return render_template("errors/error.html", code=403, message=tr_error(err)), 403
    except tokens.TokenError as err:
        db.rollback()
        getattr(form, err.field or "name", form.name).errors.append(tr_error(err))
        return _page(db, owner, form, status=400)
    db.commit()
    # shown once, in this answer only (never flashed into the session cookie)
    return _page(db, owner, TokenForm(formdata=None), new_token=issued.token)


@account_bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
@login_required
def token_revoke(token_id: int):
    db = get_session()
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        row = tokens.revoke_token(db, db.get(User, current_user.id), token_id, ip=request.remote_addr or "")
    except tokens.TokenNotFound:
        abort(404)
    db.commit()
    from flask import flash, redirect, url_for

    flash(_("The token was revoked."), "info")
    if row.user_id == current_user.id:
        return redirect(url_for("account.tokens_page"))
    return redirect(url_for("account.tokens_page", user_id=row.user_id))


def init_app(app) -> None:
    app.register_blueprint(reference_bp)
    app.register_blueprint(account_bp)

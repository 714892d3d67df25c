"""/admin/webhooks: an agency administrator registers URLs for the agency's events and reads
the delivery log."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectMultipleField, URLField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from ..i18n import tr_error
from ..models import Role
from ..webhooks import service
from ..webhooks.outbox import EVENTS
from .guards import roles_required
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

__all__ = ["bp", "init_app"]

bp = Blueprint("webhooks_admin", __name__, url_prefix="/admin/webhooks")


# What each event means, in words (its name, sent in the JSON, is shown next to it as code).
EVENT_LABELS = {
    "document.received": _l("a document arrived at the agency"),
    "document.registered": _l("a recipient registered the agency's document"),
    "document.refused": _l("a document was refused"),
    "document.completed": _l("a recipient completed the agency's document"),
    "document.recalled": _l("the sender recalled a document"),
}


class WebhookForm(FlaskForm):
    url = URLField(_l("Address (URL)"), validators=[DataRequired(), Length(max=500)])
    secret = PasswordField(_l("Secret (at least 16 characters)"), validators=[DataRequired(), Length(min=16, max=200)])
    events = SelectMultipleField(_l("Events (none: all)"),
                                 choices=[SelectChoice(e, EVENT_LABELS.get(e, e)) for e in EVENTS],
                                 option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))


class ActionForm(FlaskForm):
    pass


def _page(db, form: WebhookForm | None = None, status: int = 200):
    me = _me(db)
    hooks = service.webhooks_of(db, me)
    logs = {h.id: service.deliveries_of(db, me, h.id, limit=20) for h in hooks}
    return render_template("admin/webhooks.html", hooks=hooks, logs=logs, form=form or WebhookForm(),
                           action_form=ActionForm()), status


@bp.route("")
@roles_required(Role.ADMIN)
def index():
    return _page(get_session())


@bp.route("", methods=["POST"])
@roles_required(Role.ADMIN)
def create():
    db = get_session()
    form = WebhookForm()
    if not form.validate_on_submit():
        return _page(db, form, 400)
    try:
        service.create_webhook(get_uow(), _me(db), form.url.data, form.secret.data, form.events.data or [],
                               config=current_app.config["DOCFLOW"], ip=request.remote_addr or "")
    except service.WebhookError as err:
        getattr(form, err.field or "url", form.url).errors.append(tr_error(err))
        return _page(db, form, 400)
    flash(_("The webhook was registered."), "info")
    return redirect(url_for("webhooks_admin.index"))


@bp.route("/<int:webhook_id>/delete", methods=["POST"])
@roles_required(Role.ADMIN)
def delete(webhook_id: int):
    db = get_session()
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        service.delete_webhook(get_uow(), _me(db), webhook_id, ip=request.remote_addr or "")
    except service.WebhookNotFound:
        abort(404)
    flash(_("The webhook was deactivated."), "info")
    return redirect(url_for("webhooks_admin.index"))


def init_app(app) -> None:
    app.register_blueprint(bp)

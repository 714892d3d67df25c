"""/admin/exchange: the directory of exchange partners (external agencies known by OrganId) and
the seal certificates registered for each — a package from a partner arrives only when its seal
is one of them (or a trusted certificate naming its OrganId). Administrators of the operating
agency only, since the directory serves the whole province. Parse, one service call, render."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from .. import access
from ..edxml import seals, service
from ..i18n import tr_error
from ..messages import DomainError
from ..models import Role, User
from .forms import EmptyForm
from .guards import roles_required
from .requestdb import get_session, get_uow

__all__ = ["bp", "init_app"]

bp = Blueprint("exchange_admin", __name__, url_prefix="/admin/exchange")


class PartnerForm(FlaskForm):
    organ_id = StringField(_l("OrganId (identifier on the exchange axis)"),
                           validators=[DataRequired(), Length(max=64)])
    name = StringField(_l("Agency name"), validators=[DataRequired(), Length(max=255)])


class SealForm(FlaskForm):
    file = FileField(_l("Seal certificate (PEM or DER)"), validators=[
        FileRequired(), FileSize(seals.MAX_CERTIFICATE_BYTES, message=_l("The file is larger than 64 KB."))])


def _operator_admin(db) -> User:
    me = db.get(User, current_user.id)
    if not access.keeps_exchange_directory(db, me):
        abort(403)
    return me


def _page(partner_form: PartnerForm | None = None, seal_form: SealForm | None = None,
          seal_for: str | None = None, status: int = 200):
    db = get_session()
    return render_template("admin/exchange.html", partners=seals.partners(db),
                           partner_form=partner_form or PartnerForm(),
                           seal_form=seal_form or SealForm(), seal_for=seal_for,
                           remove_form=EmptyForm()), status


def _field_error(form: FlaskForm, err: DomainError) -> None:
    field = getattr(form, err.field or "", None)
    if field is not None:
        field.errors.append(tr_error(err))
    else:
        flash(tr_error(err), "error")


@bp.route("")
@roles_required(Role.ADMIN)
def index():
    _operator_admin(get_session())
    return _page()


@bp.route("/partners", methods=["POST"])
@roles_required(Role.ADMIN)
def partner_add():
    db = get_session()
    me = _operator_admin(db)
    form = PartnerForm()
    if not form.validate_on_submit():
        return _page(partner_form=form, status=400)
    organ_id = form.organ_id.data.strip()
    if seals.external_agency(db, organ_id) is not None:
        form.organ_id.errors.append(_("The OrganId %(organ)s is already used.", organ=organ_id))
        return _page(partner_form=form, status=400)
    try:
        unit = service.add_external_agency(get_uow(), me, organ_id, form.name.data)
    except DomainError as err:
        _field_error(form, err)
        return _page(partner_form=form, status=400)
    flash(_("Exchange partner %(name)s (%(organ)s) added. Register the certificate of its seal: until then "
            "its packages are refused.", name=unit.name, organ=organ_id), "info")
    return redirect(url_for("exchange_admin.index"))


@bp.route("/<string(maxlength=64):organ_id>/seals", methods=["POST"])
@roles_required(Role.ADMIN)
def seal_add(organ_id: str):
    db = get_session()
    me = _operator_admin(db)
    unit = seals.external_agency(db, organ_id)
    if unit is None:
        abort(404)
    form = SealForm()
    if not form.validate_on_submit():
        return _page(seal_form=form, seal_for=organ_id, status=400)
    try:
        row = seals.register_seal(get_uow(), me, unit, form.file.data.read(seals.MAX_CERTIFICATE_BYTES + 1))
    except DomainError as err:
        form.file.errors.append(tr_error(err))
        return _page(seal_form=form, seal_for=organ_id, status=400)
    flash(_("Seal certificate %(subject)s registered for %(name)s.", subject=row.subject, name=unit.name), "info")
    return redirect(url_for("exchange_admin.index"))


@bp.route("/<string(maxlength=64):organ_id>/seals/<int:certificate_id>/remove", methods=["POST"])
@roles_required(Role.ADMIN)
def seal_remove(organ_id: str, certificate_id: int):
    db = get_session()
    me = _operator_admin(db)
    unit = seals.external_agency(db, organ_id)
    if unit is None:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        row = seals.remove_seal(get_uow(), me, unit, certificate_id)
    except DomainError:
        abort(404)
    flash(_("Seal certificate %(subject)s removed from %(name)s: packages sealed with it are refused from now on.",
            subject=row.subject, name=unit.name), "info")
    return redirect(url_for("exchange_admin.index"))


def init_app(app) -> None:
    app.register_blueprint(bp)

"""Administration: the unit tree and the users (scoped by docflow.access)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from .. import access
from ..accounts import service
from ..accounts.errors import ValidationFailed
from ..app import get_session
from ..i18n import tr_error
from ..models import ORG_TYPE_KIND, OrgType, Role, Unit, UnitKind, User
from ..notices import secret_box
from .forms import LEVEL_LABELS, ORG_TYPE_LABELS, EmptyForm, UnitForm, UserForm, choices
from .guards import roles_required

bp = Blueprint("admin", __name__)


def _box():
    return secret_box(current_app.config["DOCFLOW"].secret_key)


def _me(db) -> User:
    return db.get(User, current_user.id)


def _unit_or_404(db, unit_id: int) -> Unit:
    unit = db.get(Unit, unit_id)
    if unit is None or not access.can_administer_unit(db, _me(db), unit):
        abort(404)
    return unit


def _user_or_404(db, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None or not access.can_administer_user(db, _me(db), user):
        abort(404)
    return user


def _field_error(form, err: ValidationFailed) -> None:
    field = getattr(form, err.field or "", None)
    if field is not None:
        field.errors.append(tr_error(err))
    else:
        flash(tr_error(err), "error")


def _unit_choices(db, *, allow_province: bool) -> list[tuple[int, str]]:
    units = db.execute(access.administrable_units(db, _me(db))).scalars().all()
    names = {u.id: u for u in units}

    def label(u: Unit) -> str:
        parent = names.get(u.parent_id) if u.parent_id else None
        return f"{u.name} — {parent.name}" if parent else u.name

    return choices((u.id, label(u)) for u in units if allow_province or u.kind != UnitKind.PROVINCE)


@bp.route("/")
@roles_required(Role.ADMIN)
def index():
    return redirect(url_for("admin.units"))


@bp.route("/units")
@roles_required(Role.ADMIN)
def units():
    db = get_session()
    rows = db.execute(access.administrable_units(db, _me(db))).scalars().all()
    return render_template("admin/units.html", units=rows, global_admin=access.is_global_admin(db, _me(db)),
                           org_type_labels=ORG_TYPE_LABELS, level_labels=LEVEL_LABELS)


@bp.route("/units/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def unit_new():
    db = get_session()
    me = _me(db)
    form = UnitForm()
    form.parent_id.choices = choices([(0, "—")]) + _unit_choices(db, allow_province=True)
    if not access.is_global_admin(db, me):
        form.org_type.choices = choices([(OrgType.DIVISION.value, ORG_TYPE_LABELS[OrgType.DIVISION])])
    if form.validate_on_submit():
        parent = _unit_or_404(db, form.parent_id.data) if form.parent_id.data else None
        org_type = OrgType(form.org_type.data)
        if ORG_TYPE_KIND[org_type] != UnitKind.DIVISION and not access.is_global_admin(db, me):
            abort(403)
        try:
            unit = service.create_unit(db, name=form.name.data, org_type=org_type, parent=parent,
                                       code=form.code.data, actor=me)
        except ValidationFailed as err:
            db.rollback()
            _field_error(form, err)
        else:
            db.commit()
            flash(_("Unit %(name)s created.", name=unit.name), "info")
            return redirect(url_for("admin.units"))
    return render_template("admin/unit_form.html", form=form, unit=None)


@bp.route("/units/<int:unit_id>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def unit_edit(unit_id: int):
    db = get_session()
    unit = _unit_or_404(db, unit_id)
    form = UnitForm(obj=unit)
    form.org_type.choices = choices([(unit.org_type.value, ORG_TYPE_LABELS[unit.org_type])])
    form.parent_id.choices = choices([(unit.parent_id or 0, "—")])
    if form.validate_on_submit():
        try:
            service.update_unit(db, unit, name=form.name.data, code=form.code.data,
                                active=form.active.data, actor=_me(db))
        except ValidationFailed as err:
            db.rollback()
            _field_error(form, err)
        else:
            db.commit()
            flash(_("Unit %(name)s saved.", name=unit.name), "info")
            return redirect(url_for("admin.units"))
    return render_template("admin/unit_form.html", form=form, unit=unit)


@bp.route("/users")
@roles_required(Role.ADMIN)
def users():
    db = get_session()
    rows = db.execute(access.administrable_users(db, _me(db))).scalars().all()
    units = {u.id: u for u in db.execute(access.administrable_units(db, _me(db))).scalars()}
    return render_template("admin/users.html", users=rows, units=units, action_form=EmptyForm())


@bp.route("/users/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def user_new():
    db = get_session()
    form = UserForm()
    form.unit_id.choices = _unit_choices(db, allow_province=False)
    if form.validate_on_submit():
        unit = _unit_or_404(db, form.unit_id.data)
        password = service.generate_password()
        try:
            user = service.create_user(
                db, username=form.username.data, full_name=form.full_name.data, unit=unit,
                password=password, roles=[Role(r) for r in form.roles.data] or [Role.STAFF],
                title=form.title.data or "", email=form.email.data, actor=_me(db),
                must_change_password=True, service_account=bool(form.service_account.data),
            )
        except ValidationFailed as err:
            db.rollback()
            _field_error(form, err)
        else:
            if user.service_account:
                db.commit()
                flash(_("Service account %(name)s created: it works with API tokens only.", name=user.full_name),
                      "info")
                return redirect(url_for("account.tokens_page", user_id=user.id))
            handover = service.hand_over_password(db, user, password, box=_box(), new_account=True)
            db.commit()
            return render_template("admin/password_issued.html", user=user, handover=handover)
    return render_template("admin/user_form.html", form=form, user=None)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def user_edit(user_id: int):
    db = get_session()
    user = _user_or_404(db, user_id)
    form = UserForm(obj=user)
    form.unit_id.choices = _unit_choices(db, allow_province=False)
    form.username.render_kw = {"readonly": True}
    if not form.is_submitted():
        form.roles.data = sorted(r.value for r in user.roles)
    if form.validate_on_submit():
        unit = _unit_or_404(db, form.unit_id.data)
        try:
            service.update_user(db, user, full_name=form.full_name.data, title=form.title.data or "",
                                email=form.email.data, unit=unit, actor=_me(db))
            service.set_roles(db, user, [Role(r) for r in form.roles.data], actor=_me(db))
        except ValidationFailed as err:
            db.rollback()
            _field_error(form, err)
        else:
            db.commit()
            flash(_("User %(name)s saved.", name=user.full_name), "info")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_form.html", form=form, user=user, action_form=EmptyForm())


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@roles_required(Role.ADMIN)
def user_toggle_active(user_id: int):
    db = get_session()
    user = _user_or_404(db, user_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        service.set_active(db, user, not user.active, actor=_me(db))
    except ValidationFailed as err:
        db.rollback()
        flash(tr_error(err), "error")
    else:
        db.commit()
        flash(_("User %(name)s activated.", name=user.full_name) if user.active
              else _("User %(name)s deactivated.", name=user.full_name), "info")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/password", methods=["POST"])
@roles_required(Role.ADMIN)
def user_reset_password(user_id: int):
    db = get_session()
    user = _user_or_404(db, user_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        handover = service.reset_password(db, user, actor=_me(db), box=_box())
    except ValidationFailed as err:
        db.rollback()
        flash(tr_error(err), "error")
        return redirect(url_for("admin.users"))
    db.commit()
    return render_template("admin/password_issued.html", user=user, handover=handover)

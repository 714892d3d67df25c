"""Administration: the unit tree and the users (scoped by docflow.access)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from .. import access
from ..accounts import email_change, service
from ..accounts.errors import ValidationFailed
from ..i18n import tr_error
from ..messages import DomainError
from ..models import ORG_TYPE_KIND, OrgType, Reorganisation, ReorgStatus, Role, Unit, UnitKind, User
from ..notices import secret_box
from ..organisation import reorganise
from ..organisation.tree import unit_tree
from ..workflow import doctypes
from .forms import (
    LEVEL_LABELS,
    ORG_TYPE_LABELS,
    ROLE_LABELS,
    DocumentTypeForm,
    EmptyForm,
    MergeForm,
    RenameForm,
    UnitForm,
    UserForm,
    choices,
)
from .guards import roles_required
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

bp = Blueprint("admin", __name__)


def _box():
    return secret_box(current_app.config["DOCFLOW"].secret_key)


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


def _field_error(form, err: DomainError) -> None:
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
    return render_template("admin/units.html", tree=unit_tree(db, rows),
                           global_admin=access.is_global_admin(db, _me(db)),
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
    if not form.is_submitted():
        # what an administrator adds most: a division of their own agency (or of the one the
        # tree's "add a division" link names)
        form.org_type.data = OrgType.DIVISION.value
        wanted = request.args.get("parent_id", type=int) or me.agency_id
        if any(c.value == wanted for c in form.parent_id.choices):
            form.parent_id.data = wanted
    if form.validate_on_submit():
        parent = _unit_or_404(db, form.parent_id.data) if form.parent_id.data else None
        org_type = OrgType(form.org_type.data)
        if ORG_TYPE_KIND[org_type] != UnitKind.DIVISION and not access.is_global_admin(db, me):
            abort(403)
        try:
            unit = service.create_unit(get_uow(), name=form.name.data, org_type=org_type, parent=parent,
                                       code=form.code.data, actor=me)
        except ValidationFailed as err:
            _field_error(form, err)
        else:
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
            service.update_unit(get_uow(), unit, name=form.name.data, code=form.code.data,
                                active=form.active.data, actor=_me(db), notation_code=form.notation_code.data or "",
                                separate_normative_register=form.separate_normative_register.data,
                                seal_text=form.seal_text.data)
        except ValidationFailed as err:
            _field_error(form, err)
        else:
            flash(_("Unit %(name)s saved.", name=unit.name), "info")
            return redirect(url_for("admin.units"))
    return render_template("admin/unit_form.html", form=form, unit=unit)


@bp.route("/users")
@roles_required(Role.ADMIN)
def users():
    db = get_session()
    rows = db.execute(access.administrable_users(db, _me(db))).scalars().all()
    units = {u.id: u for u in db.execute(access.administrable_units(db, _me(db))).scalars()}
    return render_template("admin/users.html", users=rows, units=units, action_form=EmptyForm(),
                           role_labels=ROLE_LABELS)


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
            with get_uow() as uow:  # the account and the hand-over of its password: one change
                user = service.create_user(
                    uow, username=form.username.data, full_name=form.full_name.data, unit=unit,
                    password=password, roles=[Role(r) for r in form.roles.data] or [Role.STAFF],
                    title=form.title.data or "", email=form.email.data, actor=_me(db),
                    must_change_password=True, service_account=bool(form.service_account.data),
                )
                handover = None if user.service_account else service.hand_over_password(
                    uow, user, password, box=_box(), new_account=True)
        except ValidationFailed as err:
            _field_error(form, err)
        else:
            if handover is None:
                flash(_("Service account %(name)s created: it works with API tokens only.", name=user.full_name),
                      "info")
                return redirect(url_for("account.tokens_page", user_id=user.id))
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
            with get_uow() as uow:  # one change: all or nothing
                # the address first: on a used account it only starts the holder's confirmation
                outcome = email_change.set_by_administrator(uow, user, form.email.data, actor=_me(db), box=_box())
                service.update_user(uow, user, full_name=form.full_name.data, title=form.title.data or "",
                                    email=user.email, unit=unit, actor=_me(db), box=_box())
                service.set_roles(uow, user, [Role(r) for r in form.roles.data], actor=_me(db))
        except ValidationFailed as err:
            _field_error(form, err)
        else:
            flash(_("User %(name)s saved.", name=user.full_name), "info")
            if outcome == "confirmation_sent":
                flash(_("The e-mail address changes only when %(name)s confirms it: a link was sent to the new "
                        "address, and the current address was told.", name=user.full_name), "info")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_form.html", form=form, user=user, action_form=EmptyForm(),
                           pending_email=email_change.pending_change(db, user))


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@roles_required(Role.ADMIN)
def user_toggle_active(user_id: int):
    db = get_session()
    user = _user_or_404(db, user_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        service.set_active(get_uow(), user, not user.active, actor=_me(db))
    except ValidationFailed as err:
        flash(tr_error(err), "error")
    else:
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
        handover = service.reset_password(get_uow(), user, actor=_me(db), box=_box())
    except ValidationFailed as err:
        flash(tr_error(err), "error")
        return redirect(url_for("admin.users"))
    return render_template("admin/password_issued.html", user=user, handover=handover)


# -- mergers and renames (operator administrators) ------------------------------------------------


def _global_admin(db) -> User:
    me = _me(db)
    if not access.is_global_admin(db, me):
        abort(403)
    return me


def _reorg_forms(db) -> tuple[MergeForm, RenameForm]:
    agencies = db.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.active.is_(True))
                          .order_by(Unit.name)).scalars().all()
    pairs = [(a.id, f"{a.name} ({a.code})") for a in agencies]
    merge, rename = MergeForm(prefix="merge"), RenameForm(prefix="rename")
    merge.sources.choices = choices(pairs)
    merge.successor_id.choices = choices(pairs)
    rename.unit_id.choices = choices(pairs)
    return merge, rename


def _render_reorganisations(db, merge: MergeForm, rename: RenameForm):
    rows = db.execute(select(Reorganisation).order_by(Reorganisation.effective_on.desc(),
                                                      Reorganisation.id.desc())).scalars().all()
    plans = {r.id: reorganise.plan(db, r) for r in rows if r.status == ReorgStatus.SCHEDULED}
    return render_template("admin/reorganisations.html", rows=rows, plans=plans, merge=merge, rename=rename,
                           action_form=EmptyForm())


@bp.route("/reorganisations")
@roles_required(Role.ADMIN)
def reorganisations():
    db = get_session()
    _global_admin(db)
    merge, rename = _reorg_forms(db)
    return _render_reorganisations(db, merge, rename)


def _reorg_done(reorg: Reorganisation) -> None:
    if reorg.status == ReorgStatus.APPLIED:
        flash(_("Done: the change took effect today."), "info")
    else:
        flash(_("Scheduled: the change takes effect on %(date)s.", date=reorg.effective_on.strftime("%d/%m/%Y")),
              "info")


@bp.route("/reorganisations/merge", methods=["POST"])
@roles_required(Role.ADMIN)
def reorganisation_merge():
    db = get_session()
    me = _global_admin(db)
    merge, rename = _reorg_forms(db)
    if merge.validate_on_submit():
        try:
            reorg = reorganise.schedule_merger(
                get_uow(), predecessors=[db.get(Unit, i) for i in merge.sources.data or []],
                successor=db.get(Unit, merge.successor_id.data), effective_on=merge.effective_on.data,
                decision=merge.decision.data or "", actor=me)
        except reorganise.ReorganisationError as err:
            flash(tr_error(err), "error")
        else:
            _reorg_done(reorg)
            return redirect(url_for("admin.reorganisations"))
    return _render_reorganisations(db, merge, rename)


@bp.route("/reorganisations/rename", methods=["POST"])
@roles_required(Role.ADMIN)
def reorganisation_rename():
    db = get_session()
    me = _global_admin(db)
    merge, rename = _reorg_forms(db)
    if rename.validate_on_submit():
        try:
            reorg = reorganise.schedule_rename(
                get_uow(), unit=db.get(Unit, rename.unit_id.data), new_name=rename.new_name.data,
                new_code=rename.new_code.data, effective_on=rename.effective_on.data,
                decision=rename.decision.data or "", actor=me)
        except reorganise.ReorganisationError as err:
            flash(tr_error(err), "error")
        else:
            _reorg_done(reorg)
            return redirect(url_for("admin.reorganisations"))
    return _render_reorganisations(db, merge, rename)


@bp.route("/reorganisations/<int:reorg_id>/cancel", methods=["POST"])
@roles_required(Role.ADMIN)
def reorganisation_cancel(reorg_id: int):
    db = get_session()
    me = _global_admin(db)
    reorg = db.get(Reorganisation, reorg_id)
    if reorg is None:
        abort(404)
    if EmptyForm().validate_on_submit():
        try:
            reorganise.cancel(get_uow(), reorg, actor=me)
        except reorganise.ReorganisationError as err:
            flash(tr_error(err), "error")
        else:
            flash(_("The scheduled change was cancelled."), "info")
    return redirect(url_for("admin.reorganisations"))


# -- document types (one list for the province: the operator's administrator keeps it) -------------


def _render_document_types(db, form: DocumentTypeForm):
    return render_template("admin/document_types.html", types=doctypes.all_types(db), form=form)


@bp.route("/document-types")
@roles_required(Role.ADMIN)
def document_types():
    db = get_session()
    _global_admin(db)
    form = DocumentTypeForm()
    code = request.args.get("code", "")
    kind = doctypes.type_of(db, code) if code else None
    if kind is not None:  # the form filled in to change one
        form.code.data, form.abbreviation.data, form.name.data = kind.code, kind.abbreviation, kind.name
        form.legal_normative.data, form.active.data = kind.legal_normative, kind.active
    return _render_document_types(db, form)


@bp.route("/document-types", methods=["POST"])
@roles_required(Role.ADMIN)
def document_type_save():
    db = get_session()
    me = _global_admin(db)
    form = DocumentTypeForm()
    if form.validate_on_submit():
        try:
            kind = doctypes.save_type(get_uow(), me, form.code.data or "", form.abbreviation.data or "",
                                      form.name.data or "", legal_normative=form.legal_normative.data,
                                      active=form.active.data, ip=request.remote_addr or "")
        except DomainError as err:
            _field_error(form, err)
        else:
            flash(_("Document type %(name)s saved.", name=kind.name), "info")
            return redirect(url_for("admin.document_types"))
    return _render_document_types(db, form)

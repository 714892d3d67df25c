"""Incoming documents at the user's agency: the list, the page with the verification verdict
in plain words, and the clerk's, leader's and handler's actions."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import login_required
from sqlalchemy import select

from ..i18n import tr_error
from ..messages import N_, DomainError
from ..models import Delivery, DeliveryStatus, DocumentEvent, Unit, User
from ..organisation.reorganise import name_on
from ..runtime import workflow_context
from ..verification import plain
from ..workflow import doctypes, incoming, queries
from ..workflow.context import VN_TZ
from .forms import ActionForm, AssignForm, choices
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

bp = Blueprint("incoming", __name__)


def _delivery(db, delivery_id: int) -> Delivery:
    try:
        return incoming.get_delivery(db, _me(db), delivery_id)
    except DomainError:
        abort(404)


def _today() -> dt.date:
    return dt.datetime.now(VN_TZ).date()


@bp.route("/incoming")
@login_required
def index():
    db = get_session()
    me = _me(db)
    status = request.args.get("status") or None
    if status and status not in {s.value for s in DeliveryStatus}:
        status = None
    result = queries.incoming_list(db, me, _today(), status=status, cursor=request.args.get("cursor") or None)
    return render_template("incoming/index.html", rows=result.items, result=result, status=status,
                           statuses=[s.value for s in DeliveryStatus])


@bp.route("/incoming/<int:delivery_id>")
@login_required
def show(delivery_id: int):
    db = get_session()
    me = _me(db)
    delivery = _delivery(db, delivery_id)
    doc = delivery.document
    units = {u.id: u for u in db.execute(select(Unit).where(Unit.agency_id == delivery.recipient_agency_id)).scalars()}
    sender = db.get(Unit, doc.agency_id)
    assert sender is not None  # noqa: S101 - documents.agency_id is a non-null foreign key
    events = db.execute(select(DocumentEvent, User.full_name)
                        .join(User, User.id == DocumentEvent.actor_id, isouter=True)
                        .where(DocumentEvent.delivery_id == delivery.id).order_by(DocumentEvent.id)).all()
    form = AssignForm(revision=delivery.revision)
    _assign_choices(db, form, delivery)
    sealed = doc.main_file.current
    handler = db.get(User, delivery.handler_id) if delivery.handler_id else None
    report = delivery.verification or {}
    fields = plain.field_names(report, _)
    vietnamese = str(get_locale() or "") == "vi"
    signatures = [{
        "indication": sig.get("indication"),
        "name": plain.signature_label(sig, i, _),
        "problems": list(dict.fromkeys(plain.problem_in_words(p, sig, fields, _, vietnamese=vietnamese)
                                       for p in sig.get("problems") or [])),
    } for i, sig in enumerate(report.get("signatures") or [])]
    return render_template(
        "incoming/show.html", delivery=delivery, doc=doc, me=me, units=units, sender=sender, events=events,
        sender_name=name_on(db, sender, doc.issued_at or doc.created_at),
        addressed=db.get(Unit, delivery.addressed_agency_id) if delivery.addressed_agency_id else None,
        action=ActionForm(revision=delivery.revision), assign=form, plain=incoming.plain_verdict(delivery.verdict),
        version=sealed, handler=handler, doc_types=doctypes.type_names(db), signatures=signatures,
        flag=queries.deadline_flag(delivery.deadline, _today(), delivery.status == DeliveryStatus.COMPLETED),
    )


def _assign_choices(db, form: AssignForm, delivery: Delivery) -> None:
    units = db.execute(select(Unit).where(Unit.agency_id == delivery.recipient_agency_id, Unit.active.is_(True))
                       .order_by(Unit.kind, Unit.name)).scalars().all()
    names = {u.id: u.name for u in units}
    form.lead_unit_id.choices = choices((u.id, u.name) for u in units)
    form.cooperating.choices = choices((u.id, u.name) for u in units)
    people = db.execute(select(User).where(User.agency_id == delivery.recipient_agency_id, User.active.is_(True))
                        .order_by(User.full_name)).scalars().all()
    form.handler_id.choices = choices([(0, _("— the whole lead unit —"))] + [
        (u.id, f"{u.full_name} — {names.get(u.unit_id, '')}") for u in people])


def _act(delivery_id: int, fn, success: str, form_class=ActionForm):
    db = get_session()
    me = _me(db)
    delivery = _delivery(db, delivery_id)
    form = form_class()
    if form_class is AssignForm:
        _assign_choices(db, form, delivery)
    if not form.validate_on_submit():
        flash(_("The form has expired or is incomplete. Reload the page."), "error")
        return redirect(url_for("incoming.show", delivery_id=delivery.id))
    ctx = workflow_context(db, current_app.config["DOCFLOW"], ip=request.remote_addr or "")
    try:
        fn(get_uow(), ctx, me, delivery, form)
    except DomainError as err:
        flash(tr_error(err), "error")
    else:
        flash(_(success), "info")
    return redirect(url_for("incoming.show", delivery_id=delivery.id))


@bp.route("/incoming/<int:delivery_id>/register", methods=["POST"])
@login_required
def register(delivery_id: int):
    return _act(delivery_id, lambda uow, ctx, me, d, f: incoming.register(uow, ctx, me, d, f.revision.data),
                N_("Registered in the incoming register."))


@bp.route("/incoming/<int:delivery_id>/refuse", methods=["POST"])
@login_required
def refuse(delivery_id: int):
    return _act(delivery_id, lambda uow, ctx, me, d, f: incoming.refuse(uow, ctx, me, d, f.revision.data,
                                                                       f.comment.data or ""),
                N_("Refused; the sender has been told why."))


@bp.route("/incoming/<int:delivery_id>/assign", methods=["POST"])
@login_required
def assign(delivery_id: int):
    def run(uow, ctx, me, d, f: AssignForm):
        incoming.assign(uow, ctx, me, d, f.revision.data, lead_unit_id=f.lead_unit_id.data,
                        cooperating_unit_ids=[int(u) for u in f.cooperating.data or []
                                              if int(u) != f.lead_unit_id.data],
                        deadline=f.deadline.data, handler_id=f.handler_id.data or None, direction=f.comment.data or "")

    return _act(delivery_id, run, N_("Assigned."), AssignForm)


@bp.route("/incoming/<int:delivery_id>/start", methods=["POST"])
@login_required
def start(delivery_id: int):
    return _act(delivery_id, lambda uow, ctx, me, d, f: incoming.start(uow, ctx, me, d, f.revision.data),
                N_("Marked as in progress."))


@bp.route("/incoming/<int:delivery_id>/complete", methods=["POST"])
@login_required
def complete(delivery_id: int):
    return _act(delivery_id, lambda uow, ctx, me, d, f: incoming.complete(uow, ctx, me, d, f.revision.data,
                                                                         f.comment.data or ""),
                N_("Completed; the sender sees it."))

"""Incoming documents at the user's agency: the list, the page with the verification verdict
in plain words, and the clerk's, leader's and handler's actions."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import login_required
from flask_wtf.file import FileRequired
from sqlalchemy import select

from .. import access
from ..i18n import tr_error
from ..messages import N_, DomainError
from ..models import Delivery, DeliveryStatus, DocumentEvent, Unit, Urgency, User, UserRole
from ..organisation.reorganise import name_on
from ..runtime import workflow_context
from ..verification import plain
from ..workflow import doctypes, incoming, paper, queries
from ..workflow.context import VN_TZ
from ..workflow.outgoing import Upload
from . import uploads
from .forms import ActionForm, AssignForm, ExternalIncomingForm, SignForm, choices
from .guards import capability_required
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


def _date_arg(name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.args.get(name, "").strip())
    except ValueError:
        return None


@bp.route("/incoming")
@login_required
def index():
    db = get_session()
    me = _me(db)
    status = request.args.get("status") or None
    if status and status not in {s.value for s in DeliveryStatus}:
        status = None
    search = queries.IncomingSearch(
        words=request.args.get("q", "")[:200], notation=request.args.get("notation", "")[:120],
        sender=request.args.get("sender", "")[:200], received_from=_date_arg("from"), received_to=_date_arg("to"))
    result = queries.incoming_list(db, me, _today(), status=status, search=search,
                                   cursor=request.args.get("cursor") or None)
    # the pager's links keep the query
    days = {"from": search.received_from, "to": search.received_to}
    kept = {k: v for k, v in {"status": status, "q": search.words, "notation": search.notation, "sender": search.sender,
                              **{k: d.isoformat() for k, d in days.items() if d}}.items() if v}
    return render_template("incoming/index.html", rows=result.items, result=result, status=status, search=search,
                           kept=kept, statuses=[s.value for s in DeliveryStatus],
                           may_register=access.can(me, access.Capability.REGISTER_INCOMING))


@bp.route("/incoming/new", methods=["GET", "POST"])
@capability_required(access.Capability.REGISTER_INCOMING)
def new():
    """The clerk registers a paper (scanned) or e-mailed document; the form comes back with
    what was typed, and the chosen file kept, when something is wrong."""
    db = get_session()
    me = _me(db)
    form = ExternalIncomingForm()
    form.doc_type.choices = choices((t.code, t.name) for t in doctypes.active_types(db))
    form.sender_agency_id.choices = choices([(0, _("— not in the list: type the name below —"))] + [
        (a.id, a.name) for a in paper.known_senders(db, me)])
    ctx = workflow_context(db, current_app.config["DOCFLOW"], ip=request.remote_addr or "")
    pending = _pending_scan(ctx, form)
    if pending is not None:  # the file chosen before: not required again
        form.scan.validators = [v for v in form.scan.validators if not isinstance(v, FileRequired)]
    if form.validate_on_submit() and not _scan_too_large(form):
        storage = form.scan.data
        scan = Upload(storage.filename or "document.pdf", storage.read()) if _chosen(storage) else pending
        assert scan is not None  # noqa: S101 - FileRequired unless a pending file exists
        data = paper.ExternalDocument(
            source=form.source.data or "", subject=form.subject.data or "", doc_type=form.doc_type.data or "",
            sender_name=form.sender_name.data or "", sender_agency_id=form.sender_agency_id.data or None,
            notation=form.notation.data or "", document_date=form.document_date.data,
            urgency=Urgency(form.urgency.data), deadline=form.deadline.data)
        try:
            delivery = paper.register_external(get_uow(), ctx, me, data, scan)
        except DomainError as err:
            message = tr_error(err)
            field = getattr(form, err.field or "", None)
            if field is not None:
                field.errors = [*field.errors, message]
            else:
                flash(message, "error")
        else:
            flash(_("Registered in the incoming register with number %(n)d.", n=delivery.incoming_number or 0), "info")
            return redirect(url_for("incoming.show", delivery_id=delivery.id))
    _keep_scan(ctx, form, pending)
    return render_template("incoming/new.html", form=form, max_pdf_mb=current_app.config["DOCFLOW"].max_upload_mb)


def _chosen(storage) -> bool:
    return bool(storage and getattr(storage, "filename", ""))


def _pending_scan(ctx, form: ExternalIncomingForm) -> Upload | None:
    """The file chosen before the form came back (its token), unless another one is chosen now."""
    if not form.is_submitted() or _chosen(form.scan.data):
        return None
    found = uploads.pending_upload(ctx.blobs, form.pending_scan.data)
    return Upload(found[0], found[1]) if found else None


def _keep_scan(ctx, form: ExternalIncomingForm, pending: Upload | None) -> None:
    """The form comes back (an error): keep the chosen file for the next submission."""
    storage = form.scan.data
    form.pending_name = None
    if form.is_submitted() and _chosen(storage) and not uploads.over_limit(storage):
        storage.stream.seek(0)
        data = storage.stream.read()
        if data:
            form.pending_scan.data = uploads.pending_token(ctx.blobs, storage.filename or "document.pdf", data)
            form.pending_name = storage.filename
            return
    if pending is not None:
        form.pending_name = pending.filename
    else:
        form.pending_scan.data = ""


def _scan_too_large(form: ExternalIncomingForm) -> bool:
    """A file over the limit (its tail was dropped on arrival): the form comes back, filled."""
    storage = form.scan.data
    if _chosen(storage) and uploads.over_limit(storage):
        form.scan.errors = [*form.scan.errors, _("The file %(name)s is larger than the limit of %(mb)d MB.",
                                                 name=storage.filename,
                                                 mb=current_app.config["DOCFLOW"].max_upload_mb)]
        return True
    return False


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
    # the deadline the sender asked for pre-fills the direction
    requested = delivery.requested_deadline if (delivery.requested_deadline or dt.date.min) >= _today() else None
    form = AssignForm(revision=delivery.revision, deadline=delivery.deadline or requested)
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
        sender_name=delivery.sender_name or name_on(db, sender, doc.issued_at or doc.created_at),
        addressed=db.get(Unit, delivery.addressed_agency_id) if delivery.addressed_agency_id else None,
        action=ActionForm(revision=delivery.revision), assign=form, plain=incoming.plain_verdict(delivery.verdict),
        version=sealed, handler=handler, doc_types=doctypes.type_names(db), signatures=signatures,
        flag=queries.deadline_flag(delivery.deadline, _today(), delivery.status == DeliveryStatus.COMPLETED),
        replies=queries.replies_to(db, me, delivery), may_reply=access.can(me, access.Capability.DRAFT),
        may_stamp=paper.may_seal_receipt(me, delivery), stamp_form=SignForm(revision=delivery.revision),
    )


def _assign_choices(db, form: AssignForm, delivery: Delivery) -> None:
    units = db.execute(select(Unit).where(Unit.agency_id == delivery.recipient_agency_id, Unit.active.is_(True))
                       .order_by(Unit.kind, Unit.name)).scalars().all()
    names = {u.id: u.name for u in units}
    form.lead_unit_id.choices = choices((u.id, u.name) for u in units)
    form.cooperating.choices = choices((u.id, u.name) for u in units)
    # only people who handle documents (access.HANDLING_ROLES): never the auditor or the administrator
    people = db.execute(select(User).where(
        User.agency_id == delivery.recipient_agency_id, User.active.is_(True),
        select(UserRole.user_id).where(UserRole.user_id == User.id,
                                       UserRole.role.in_(access.HANDLING_ROLES)).exists())
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


@bp.route("/incoming/<int:delivery_id>/stamp", methods=["POST"])
@login_required
def stamp(delivery_id: int):
    """The clerk seals a signed paper or e-mailed copy with the incoming stamp (the agency's seal)."""
    return _act(delivery_id, lambda uow, ctx, me, d, f: paper.seal_receipt(uow, ctx, me, d, f.revision.data,
                                                                           f.pin.data or ""),
                N_("The incoming stamp was added with the agency's seal."), SignForm)

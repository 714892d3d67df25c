"""Outgoing documents: lists, search, drafting, the document page and its actions, files and
page images. Thin: parse the request, call one workflow service, render or redirect."""

from __future__ import annotations

import datetime as dt

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required
from flask_wtf.file import FileRequired
from sqlalchemy import select

from .. import access, audit
from ..i18n import tr_error
from ..messages import N_, DomainError
from ..models import (
    Confidentiality,
    Delivery,
    DocStatus,
    Document,
    DocumentEvent,
    FileVersion,
    Role,
    Unit,
    UnitKind,
    Urgency,
    User,
    UserRole,
)
from ..organisation.reorganise import name_on
from ..runtime import workflow_context
from ..workflow import archive, conversions, doctypes, incoming, outgoing, queries
from ..workflow.context import VN_TZ
from ..workflow.outgoing import DraftInput, Placement, Upload
from . import uploads
from .downloads import clean_filename, send_blob
from .forms import ActionForm, DraftForm, SignForm, TokenSignForm, choices
from .pages import page_count_of, render_page_png
from .params import int_arg, int_args
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

bp = Blueprint("documents", __name__)
PLACE_LABELS = {"number": N_("the number"), "day": N_("the day"), "month": N_("the month"), "year": N_("the year")}

# Decree 30 wants the number and date on the page; a draft without their blanks cannot get them
NO_PLACES_NOTE = N_("The draft has no places for the number and the date (“Số:” and “ngày … tháng … "
                    "năm”), so they were not written on the page: the number is in the register and on "
                    "the seal only.")


def _db():
    return get_session()


def _ctx(db):
    return workflow_context(db, current_app.config["DOCFLOW"], ip=request.remote_addr or "")


def _today() -> dt.date:
    return dt.datetime.now(VN_TZ).date()


def _document(db, document_id: int) -> Document:
    try:
        return outgoing.get_document(db, _me(db), document_id)
    except DomainError:
        abort(404)


def _log_confidential_view(doc: Document) -> None:
    """Views of confidential documents are recorded, in their own short transaction."""
    if doc.confidentiality == Confidentiality.NORMAL:
        return
    factory = current_app.extensions["docflow.write_sessionmaker"]
    with factory() as session, session.begin():
        audit.record(session, "document.view", actor=session.get(User, current_user.id), object_type="document",
                     object_id=doc.id, agency_id=doc.agency_id, ip=request.remote_addr or "",
                     details={"confidentiality": doc.confidentiality.value})


def _people(db, agency_id: int, role: Role) -> list[User]:
    return list(db.execute(select(User).join(UserRole).where(User.agency_id == agency_id, UserRole.role == role,
                                                               User.active.is_(True)).order_by(User.full_name)).scalars())


def _draft_choices(db, form: DraftForm, me: User) -> None:
    form.doc_type.choices = choices((t.code, t.name) for t in doctypes.active_types(get_session()))
    leaders = _people(db, me.agency_id, Role.LEADER)
    form.signer_id.choices = choices((u.id, f"{u.full_name} — {u.title}") for u in leaders)
    form.reviewer_id.choices = choices([(0, _("— no review, straight to the signer —"))] + [
        (u.id, f"{u.full_name} — {u.title}") for u in _people(db, me.agency_id, Role.REVIEWER)])
    agencies = db.execute(select(Unit).where(Unit.kind == UnitKind.AGENCY, Unit.active.is_(True),
                                             Unit.id != me.agency_id).order_by(Unit.name)).scalars()
    form.recipients.choices = choices((a.id, a.name) for a in agencies)


def _draft_input(form: DraftForm, replaces_id: int | None = None, *, new: bool = False) -> DraftInput:
    return DraftInput(
        doc_type=form.doc_type.data or "", subject=form.subject.data or "",
        recipients=[int(r) for r in form.recipients.data or []], signer_id=form.signer_id.data,
        reviewer_id=form.reviewer_id.data or None, urgency=Urgency(form.urgency.data),
        confidentiality=Confidentiality(form.confidentiality.data), authority_line=form.authority_line.data or "",
        handling_deadline=form.handling_deadline.data, replaces_id=replaces_id,
        circulation_marks=list(form.circulation_marks.data or []),
        answers_delivery_id=(form.answers_delivery_id.data or None) if new else None,
    )


def _uploads(files) -> list[Upload]:
    return [Upload(f.filename or "document.pdf", f.read()) for f in files if f and f.filename]


def _field_error(form, err: DomainError) -> None:
    message = tr_error(err)
    field = getattr(form, err.field or "", None)
    if field is not None:
        field.errors.append(message)
    else:
        flash(message, "error")


# -- lists -------------------------------------------------------------------------------------------


@bp.route("/documents")
@login_required
def index():
    db = _db()
    me = _me(db)
    q = request.args.get("q", "").strip()
    status = request.args.get("status") or None
    if status and status not in {s.value for s in DocStatus}:
        status = None
    cursor = request.args.get("cursor") or None
    if q:
        result = queries.search_documents(db, me, q, cursor=cursor)
        rows = [(doc, sender) for doc, sender in result.items]
    else:
        result = queries.outbox(db, me, status=status, cursor=cursor)
        rows = [(doc, None) for doc in result.items]
    return render_template("documents/index.html", rows=rows, result=result, q=q, status=status,
                           statuses=[s.value for s in DocStatus], today=_today())


# -- drafting ----------------------------------------------------------------------------------------


@bp.route("/documents/new", methods=["GET", "POST"])
@login_required
def new():
    db = _db()
    me = _me(db)
    if not access.can(me, access.Capability.DRAFT):
        abort(403)
    form = DraftForm()
    _draft_choices(db, form, me)
    replaces = int_arg("replaces")
    if replaces and not form.is_submitted():
        old = _document(db, replaces)
        form.subject.data = old.subject
        form.recipients.data = [str(r) for r in old.recipients]
    answers = int_arg("answers")
    if answers and not form.is_submitted():
        _fill_reply(db, me, form, answers)
    from_conversion = int_arg("conversion")
    if from_conversion and not form.is_submitted():
        _fill_from_conversion(db, me, form, from_conversion)
    pending = _pending_main(db, form)
    if pending is not None:  # the file chosen before: not required again
        form.main_pdf.validators = [v for v in form.main_pdf.validators if not isinstance(v, FileRequired)]
    if form.validate_on_submit() and not _too_large(form):
        main = _uploads([form.main_pdf.data])[0] if _chosen(form.main_pdf.data) else pending
        assert main is not None  # noqa: S101 - FileRequired unless a pending file exists
        attachments = _uploads(request.files.getlist(form.attachments.name))
        try:
            if conversions.is_word_filename(main.filename):  # converted in the job queue, then the draft is made
                data = _draft_input(form, replaces, new=True)
                conversion = conversions.queue_conversion(get_uow(), _ctx(db), me, data, main, attachments)
                return redirect(url_for("documents.conversion", conversion_id=conversion.id))
            doc = outgoing.create_draft(get_uow(), _ctx(db), me, _draft_input(form, replaces, new=True), main,
                                        attachments)
        except DomainError as err:
            _field_error(form, err)
        else:
            flash(_("Draft saved."), "info")
            return redirect(url_for("documents.show", document_id=doc.id))
    _keep_main(db, form, pending)
    return render_template("documents/form.html", form=form, doc=None, **_limits())


def _fill_reply(db, me: User, form: DraftForm, delivery_id: int) -> None:
    """A reply to an incoming document: linked to it, addressed to its sender when the sender
    is an agency the drafter can send to."""
    try:
        answered = incoming.get_delivery(db, me, delivery_id)
    except DomainError:
        return
    form.answers_delivery_id.data = answered.id
    sender = answered.document.agency_id if answered.source == "docflow" else answered.sender_agency_id
    if sender is not None and str(sender) in {str(c.value) for c in form.recipients.choices or []}:
        form.recipients.data = [str(sender)]
    notation = answered.document.notation
    form.subject.data = (_("Reply to document %(notation)s", notation=notation) if notation
                         else answered.document.subject)


def _chosen(storage) -> bool:
    return bool(storage and getattr(storage, "filename", ""))


def _pending_main(db, form: DraftForm) -> Upload | None:
    """The file chosen before the form came back (its token), unless another one is chosen now."""
    if not form.is_submitted() or _chosen(form.main_pdf.data):
        return None
    found = uploads.pending_upload(_ctx(db).blobs, form.pending_main.data)
    return Upload(found[0], found[1]) if found else None


def _keep_main(db, form: DraftForm, pending: Upload | None) -> None:
    """The form comes back (an error): keep the chosen main file for the next submission."""
    storage = form.main_pdf.data
    if form.is_submitted() and _chosen(storage) and not uploads.over_limit(storage):
        storage.stream.seek(0)
        data = storage.stream.read()
        if data:
            form.pending_main.data = uploads.pending_token(_ctx(db).blobs, storage.filename or "document.pdf", data)
            form.pending_name = storage.filename
            return
    if pending is not None:
        form.pending_name = pending.filename
    else:
        form.pending_main.data = ""


def _too_large(form: DraftForm) -> bool:
    """Files over the limit (their tail was dropped on arrival): the form comes back, filled."""
    limit = current_app.config["DOCFLOW"].max_upload_mb
    found = False
    for field, files in ((form.main_pdf, [form.main_pdf.data]),
                         (form.attachments, request.files.getlist(form.attachments.name))):
        for storage in files:
            if _chosen(storage) and uploads.over_limit(storage):
                field.errors = [*field.errors, _("The file %(name)s is larger than the limit of %(mb)d MB.",
                                                 name=storage.filename, mb=limit)]
                found = True
    return found


def _limits() -> dict:
    config = current_app.config["DOCFLOW"]
    return {"max_pdf_mb": config.max_upload_mb, "max_word_mb": config.max_word_mb}


def _fill_from_conversion(db, me: User, form: DraftForm, conversion_id: int) -> None:
    """The form as it was typed before a conversion failed: the staff member only chooses the file again."""
    try:
        conversion = conversions.get_conversion(db, me, conversion_id)
    except DomainError:
        return
    data = conversions.draft_of(conversion)
    form.doc_type.data, form.subject.data = data.doc_type, data.subject
    form.recipients.data = [str(r) for r in data.recipients]
    form.signer_id.data, form.reviewer_id.data = data.signer_id, data.reviewer_id or 0
    form.urgency.data, form.confidentiality.data = data.urgency.value, data.confidentiality.value
    form.authority_line.data, form.handling_deadline.data = data.authority_line, data.handling_deadline
    form.circulation_marks.data = list(data.circulation_marks)
    if conversion.error:
        form.main_pdf.errors = [_conversion_error(conversion)]


def _conversion_error(conversion) -> str:
    from flask_babel import gettext

    from ..messages import Text, translate

    params = {k: Text(v["msgid"], v.get("params") or {}) if isinstance(v, dict) and "msgid" in v else v
              for k, v in (conversion.error_params or {}).items()}
    return translate(gettext, conversion.error or "", params)


@bp.route("/conversions/<int:conversion_id>")
@login_required
def conversion(conversion_id: int):
    """The Word file's conversion: waiting (the page reloads itself), failed (why, and the form
    again with everything typed), or done (on to the draft, to check the PDF before sending)."""
    from ..models import ConversionStatus

    db = _db()
    me = _me(db)
    try:
        item = conversions.get_conversion(db, me, conversion_id)
    except DomainError:
        abort(404)
    if item.status == ConversionStatus.DONE and item.document_id:
        flash(_("The Word file was converted to PDF. Check the PDF below before you send the document on."), "info")
        return redirect(url_for("documents.show", document_id=item.document_id))
    retry = (url_for("documents.edit", document_id=item.document_id, conversion=item.id) if item.document_id
             else url_for("documents.new", conversion=item.id))
    return render_template("documents/conversion.html", item=item,
                           error=_conversion_error(item) if item.status == ConversionStatus.FAILED else None,
                           retry=retry)


@bp.route("/documents/<int:document_id>/edit", methods=["GET", "POST"])
@login_required
def edit(document_id: int):
    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    if not access.may(me, doc, access.DocumentAction.EDIT):
        abort(403)
    form = DraftForm(obj=doc)
    # a new main file is optional when editing: drop FileRequired, keep the PDF-only check
    form.main_pdf.validators = [v for v in form.main_pdf.validators if not isinstance(v, FileRequired)]
    form.main_pdf.flags.required = False
    _draft_choices(db, form, me)
    if not form.is_submitted():
        form.recipients.data = [str(r) for r in doc.recipients]
        form.reviewer_id.data = doc.reviewer_id or 0
        form.doc_type.data = doc.doc_type
        form.urgency.data = doc.urgency.value
        form.confidentiality.data = doc.confidentiality.value
    answers = int_arg("answers")
    if answers and not form.is_submitted():
        _fill_reply(db, me, form, answers)
    from_conversion = int_arg("conversion")
    if from_conversion and not form.is_submitted():
        _fill_from_conversion(db, me, form, from_conversion)
    if form.validate_on_submit() and not _too_large(form):
        main = _uploads([form.main_pdf.data]) if _chosen(form.main_pdf.data) else []
        pending = _pending_main(db, form)
        if not main and pending is not None:
            main = [pending]
        attachments = _uploads(request.files.getlist(form.attachments.name))
        try:
            if main and conversions.is_word_filename(main[0].filename):
                conversion = conversions.queue_conversion(get_uow(), _ctx(db), me, _draft_input(form, doc.replaces_id),
                                                          main[0], attachments, document=doc,
                                                          revision=form.revision.data)
                return redirect(url_for("documents.conversion", conversion_id=conversion.id))
            outgoing.revise_draft(get_uow(), _ctx(db), me, doc, form.revision.data,
                                  data=_draft_input(form, doc.replaces_id),
                                  main=main[0] if main else None, attachments=attachments or None)
        except DomainError as err:
            _field_error(form, err)
        else:
            flash(_("Changes saved."), "info")
            return redirect(url_for("documents.show", document_id=doc.id))
    form.revision.data = doc.revision
    _keep_main(db, form, _pending_main(db, form))
    return render_template("documents/form.html", form=form, doc=doc, **_limits())


# -- the document page -----------------------------------------------------------------------------


@bp.route("/documents/<int:document_id>")
@login_required
def show(document_id: int):
    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    _log_confidential_view(doc)
    events = db.execute(select(DocumentEvent, User.full_name)
                        .join(User, User.id == DocumentEvent.actor_id, isouter=True)
                        .where(DocumentEvent.document_id == doc.id).order_by(DocumentEvent.id)).all()
    people = {u.id: u for u in db.execute(select(User).where(User.id.in_(
        [i for i in (doc.created_by_id, doc.reviewer_id, doc.signer_id, doc.issued_by_id) if i]))).scalars()}
    units = {u.id: u for u in db.execute(select(Unit).where(Unit.id.in_([doc.agency_id, doc.unit_id, *doc.recipients])))
             .scalars()}
    main = doc.main_file.current
    actions = access.available_actions(me, doc)
    next_number = None
    if access.DocumentAction.ISSUE in actions:
        from ..workflow.numbering import peek_next_number

        year = _ctx(db).year()
        register = doctypes.register_for(db, doc, units[doc.agency_id])
        number = peek_next_number(db, doc.agency_id, year, register)
        next_number = outgoing.notation_for(db, doc, units[doc.agency_id], units.get(doc.unit_id), number)
    placement = outgoing.default_signature_placement(main.page_count or 1)
    seal_page, seal_box = outgoing.seal_placement_for(doc)
    placing = None  # what the signature box on the page previews, if this user places anything
    seal_pt = 36 * 72 / 25.4
    on_token = False  # the leader's key is on the leader's own token: docflow-agent signs (issue 23)
    seal_on_token = False  # the agency's seal key is on a token: the same, for the clerk
    if access.DocumentAction.SIGN in actions:
        from ..models import KeyBackend
        from ..pki import service as pki

        placing = "signature"  # the default box on this file's last page (small pages: scaled)
        placement, _scale = outgoing.signature_placement_for(_ctx(db).blobs.get(main.sha256), None)
        active = pki.active_certificate(db, user=me)
        on_token = active is not None and active.key_backend == KeyBackend.EXTERNAL
    elif access.DocumentAction.ISSUE in actions:
        from ..models import KeyBackend
        from ..pki import service as pki

        placing = "seal"
        active_seal = pki.active_certificate(db, agency=units[doc.agency_id])
        seal_on_token = active_seal is not None and active_seal.key_backend == KeyBackend.EXTERNAL
        record = pki.seal_image_record(db, units[doc.agency_id])
        if record is not None and record.width_mm:
            seal_pt = record.width_mm * 72 / 25.4
    failed = conversions.failed_for_document(db, doc) if doc.created_by_id == me.id else None
    places = outgoing.issuance_places(doc) if doc.number is None else []
    mismatch = outgoing.notation_mismatch(db, doc)
    notation_warning = (_(outgoing.NOTATION_MISMATCH, printed=mismatch.printed, expected=mismatch.expected,
                          what=_(outgoing.NOTATION_PARTS[mismatch.part])) if mismatch is not None else None)
    return render_template(
        "documents/show.html", doc=doc, me=me, actions=actions, events=events, people=people, units=units, main=main,
        delivered=_delivered(db, doc), issuer_name=name_on(db, units[doc.agency_id], doc.issued_at or doc.created_at),
        action=ActionForm(revision=doc.revision),
        sign_form=(TokenSignForm if on_token else SignForm)(revision=doc.revision, page=placement.page,
                                                            box=",".join(f"{v:.1f}" for v in placement.box)),
        on_token=on_token, seal_on_token=seal_on_token,
        seal_form=(TokenSignForm if seal_on_token else SignForm)(revision=doc.revision, page=seal_page,
                                                                 box=",".join(f"{v:.1f}" for v in seal_box)),
        next_number=next_number, doc_types=doctypes.type_names(db), today=_today(),
        title_lines=outgoing._title_lines(doc, people[doc.signer_id]) if doc.signer_id in people else [],
        placing=placing, seal_pt=seal_pt, places=places, number_on_page=outgoing.number_on_page(doc),
        places_text=", ".join(_(PLACE_LABELS[p.kind]) for p in places), notation_warning=notation_warning,
        place_labels={k: _(v) for k, v in PLACE_LABELS.items()},
        converting=conversions.pending_for_document(db, doc.id) if doc.created_by_id == me.id else None,
        conversion_failed=failed, conversion_error=_conversion_error(failed) if failed is not None else None,
        archives={f.id: status for f in doc.files if (status := archive.archive_status(db, f)) is not None},
        answers=queries.answered_delivery(db, me, doc),
    )


def _delivered(db, doc: Document) -> dict[int, Delivery]:
    """Each addressed agency's copy: a copy routed or handed over to a successor agency stands
    for the merged agency the sender addressed (the newest copy wins)."""
    delivered: dict[int, Delivery] = {}
    for d, _name in sorted(queries.recipients_status(db, doc), key=lambda row: row[0].id):
        key = d.recipient_agency_id
        if key not in doc.recipients and d.addressed_agency_id in doc.recipients:
            key = d.addressed_agency_id
        delivered[key] = d
    return delivered


def _act(document_id: int, fn, *, success: str, needs_pin: bool = False):
    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    form = SignForm() if needs_pin else ActionForm()
    wants_json = request.accept_mimetypes.best == "application/json"
    if not form.validate_on_submit():
        if wants_json:
            return jsonify(ok=False, error=_("The form has expired or is incomplete. Reload the page.")), 400
        flash(_("The form has expired or is incomplete. Reload the page."), "error")
        return redirect(url_for("documents.show", document_id=doc.id))
    try:
        result = fn(db, me, doc, form)
        note = result if isinstance(result, str) else None  # a second message for the user
    except DomainError as err:
        message = tr_error(err)
        if wants_json:
            return jsonify(ok=False, error=message, code=type(err).__name__, status=doc.status.value), err.http_status
        flash(message, "error")
    else:
        if wants_json:
            if request.headers.get("X-Docflow-Flash"):  # the page reloads next: say what happened there
                flash(_(success), "info")
                if note:
                    flash(note, "warning")
            return jsonify(ok=True, status=doc.status.value, revision=doc.revision,
                           message=" ".join([_(success), *([note] if note else [])]))
        flash(_(success), "info")
        if note:
            flash(note, "warning")
    return redirect(url_for("documents.show", document_id=doc.id))


def _placement(form: SignForm | TokenSignForm) -> Placement | None:
    try:
        box = tuple(float(v) for v in (form.box.data or "").split(","))
    except ValueError:
        return None
    if len(box) != 4 or not form.page.data:
        return None
    x1, y1, x2, y2 = box
    return Placement(int(form.page.data), (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))


@bp.route("/documents/<int:document_id>/places", methods=["POST"])
@login_required
def places(document_id: int):
    """The drafter's new positions of the number and the date (dragged on the page)."""
    def run(db, me, doc, f):
        boxes = {}
        for kind in PLACE_LABELS:
            raw = request.form.get(f"place_{kind}", "")
            if not raw:
                continue
            try:
                box = tuple(float(v) for v in raw.split(",")[:5])
            except ValueError:
                box = ()
            if len(box) != 4:
                from ..workflow.errors import InvalidDocument

                raise InvalidDocument(N_("A place of the number or the date must stay on the page."), field="places")
            boxes[kind] = box
        outgoing.move_places(get_uow(), _ctx(db), me, doc, f.revision.data, boxes)

    return _act(document_id, run, success=N_("The places of the number and the date were saved."))


@bp.route("/documents/<int:document_id>/submit", methods=["POST"])
@login_required
def submit(document_id: int):
    return _act(document_id, lambda db, me, doc, f: outgoing.submit(get_uow(), _ctx(db), me, doc, f.revision.data),
                success=N_("The document was sent on."))


@bp.route("/documents/<int:document_id>/forward", methods=["POST"])
@login_required
def forward(document_id: int):
    return _act(document_id, lambda db, me, doc, f: outgoing.forward(get_uow(), _ctx(db), me, doc, f.revision.data,
                                                                     f.comment.data or ""),
                success=N_("The document was forwarded to the signer."))


@bp.route("/documents/<int:document_id>/return", methods=["POST"])
@login_required
def return_(document_id: int):
    return _act(document_id, lambda db, me, doc, f: outgoing.return_document(get_uow(), _ctx(db), me, doc,
                                                                             f.revision.data, f.comment.data or ""),
                success=N_("The document was returned to the drafter."))


@bp.route("/documents/<int:document_id>/sign", methods=["POST"])
@login_required
def sign(document_id: int):
    def run(db, me, doc, f):
        expected = request.form.get("certificate")
        if expected:
            from ..pki import service as pki

            cert = pki.active_certificate(db, user=me)
            if cert is None or cert.sha256 != expected:
                from ..workflow.errors import SigningFailed

                raise SigningFailed(N_("Your certificate changed during the batch; the rest was not signed."))
        outgoing.sign(get_uow(), _ctx(db), me, doc, f.revision.data, f.pin.data or "", _placement(f))

    return _act(document_id, run, success=N_("Signed."), needs_pin=True)


@bp.route("/documents/<int:document_id>/sign/token", methods=["POST"])
@login_required
def sign_token(document_id: int):
    """Start the leader's signature with the key on the leader's own token (issue 23): the page
    then waits for docflow-agent (JSON for the page's script; a message without script)."""
    return _start_on_token(document_id, seal=False)


@bp.route("/documents/<int:document_id>/issue/token", methods=["POST"])
@login_required
def issue_token(document_id: int):
    """Start the issuance with the agency's seal key on a token (the clerk confirms in docflow-agent)."""
    return _start_on_token(document_id, seal=True)


def _start_on_token(document_id: int, *, seal: bool):
    from ..workflow import token_signing

    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    form = TokenSignForm()
    wants_json = request.accept_mimetypes.best == "application/json"
    if not form.validate_on_submit():
        message = _("The form has expired or is incomplete. Reload the page.")
        if wants_json:
            return jsonify(ok=False, error=message), 400
        flash(message, "error")
        return redirect(url_for("documents.show", document_id=doc.id))
    try:
        if seal:
            placement = _placement(form)
            row = token_signing.prepare_seal(get_uow(), _ctx(db), me, doc, form.revision.data,
                                             placement.box if placement else None)
        else:
            row = token_signing.prepare(get_uow(), _ctx(db), me, doc, form.revision.data, _placement(form))
    except DomainError as err:
        if wants_json:
            return jsonify(ok=False, error=tr_error(err), code=type(err).__name__), err.http_status
        flash(tr_error(err), "error")
        return redirect(url_for("documents.show", document_id=doc.id))
    msgid, params = token_signing.outcome(row, _ctx(db).now())
    if wants_json:
        return jsonify(ok=True, id=row.id, status="pending", message=_(msgid, **params),
                       status_url=url_for("documents.sign_token_status", document_id=doc.id, preparation_id=row.id))
    flash(_(msgid, **params), "info")
    return redirect(url_for("documents.show", document_id=doc.id))


@bp.route("/documents/<int:document_id>/sign/token/<int:preparation_id>")
@login_required
def sign_token_status(document_id: int, preparation_id: int):
    """Where a signature on the token stands (the page polls it): pending, done, or why not."""
    from ..workflow import token_signing

    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    try:
        row = token_signing.get_preparation(db, me, preparation_id)
    except DomainError:
        abort(404)
    if row.document_id != doc.id:
        abort(404)
    now = _ctx(db).now()
    msgid, params = token_signing.outcome(row, now)
    status = token_signing.describe(row, now)["status"]
    if status == "done":
        flash(_(msgid, **params), "info")
    return jsonify(ok=status in ("pending", "done"), status=status, message=_(msgid, **params))


@bp.route("/documents/<int:document_id>/issue", methods=["POST"])
@login_required
def issue(document_id: int):
    def run(db, me, doc, f):
        placement = _placement(f)
        outgoing.issue(get_uow(), _ctx(db), me, doc, f.revision.data, f.pin.data or "",
                       seal_box=placement.box if placement else None)
        if outgoing.number_on_page(doc) is False:
            return _(NO_PLACES_NOTE)
        return None

    return _act(document_id, run, success=N_("Issued: numbered and sealed."), needs_pin=True)


@bp.route("/documents/<int:document_id>/dispatch", methods=["POST"])
@login_required
def dispatch(document_id: int):
    return _act(document_id, lambda db, me, doc, f: outgoing.dispatch(get_uow(), _ctx(db), me, doc, f.revision.data),
                success=N_("Dispatched to every recipient."))


@bp.route("/documents/<int:document_id>/recall", methods=["POST"])
@login_required
def recall(document_id: int):
    return _act(document_id, lambda db, me, doc, f: outgoing.recall(get_uow(), _ctx(db), me, doc, f.revision.data,
                                                                    f.comment.data or ""),
                success=N_("The document was recalled; recipients' copies are frozen."))


# -- batch signing (leader's desk) ------------------------------------------------------------------


@bp.route("/documents/batch-sign", methods=["GET"])
@login_required
def batch_sign():
    db = _db()
    me = _me(db)
    if not access.can(me, access.Capability.SIGN):
        abort(403)
    ids = int_args("id")[:50]
    docs = [d for d in (db.get(Document, i) for i in ids)
            if d is not None and access.may(me, d, access.DocumentAction.SIGN)]
    from ..pki import service as pki

    cert = pki.active_certificate(db, user=me)
    return render_template("documents/batch.html", docs=docs, cert=cert, form=SignForm())


# -- the signature preview -------------------------------------------------------------------------


@bp.route("/documents/<int:document_id>/preview/<kind>.png")
@login_required
def appearance_image(document_id: int, kind: str):
    """The image the signature box previews: the signer's handwritten signature, or the
    agency's seal for the clerk. Only for the person about to place it."""
    db = _db()
    me = _me(db)
    doc = _document(db, document_id)
    from ..pki import service as pki

    if kind == "signature" and doc.signer_id == me.id:
        data = pki.signature_image(db, me)
    elif kind == "seal" and me.has_role(Role.CLERK) and me.agency_id == doc.agency_id:
        data = pki.seal_image(db, db.get(Unit, doc.agency_id))
    else:
        abort(404)
    if not data:
        abort(404)
    import io

    response = send_file(io.BytesIO(data), mimetype="image/png", max_age=0)
    response.headers["Cache-Control"] = "private, no-cache"
    return response


# -- files ---------------------------------------------------------------------------------------------


def _version(db, version_id: int) -> tuple[FileVersion, Document]:
    """A version is reachable by readers of its document and by the agencies it was delivered to."""
    version = db.get(FileVersion, version_id)
    if version is None:
        abort(404)
    doc = version.file.document
    me = _me(db)
    if access.can_read_document(me, doc):
        return version, doc
    delivered = db.execute(select(Delivery).where(Delivery.document_id == doc.id,
                                                  Delivery.recipient_agency_id == me.agency_id)).scalar_one_or_none()
    if delivered is not None and access.can_read_delivery(me, delivered) and (
            version.sha256 == delivered.verified_sha256
            or version.reason in ("seal", "attachment_signature", "archive", "incoming_stamp")):
        return version, doc
    abort(404)


@bp.route("/versions/<int:version_id>/download")
@login_required
def download(version_id: int):
    db = _db()
    version, doc = _version(db, version_id)
    _log_confidential_view(doc)
    name = version.file.filename.rsplit(".", 1)[0] + (f"-v{version.seq}" if version.seq > 1 else "") + ".pdf"
    name = clean_filename(name)  # a stored name may carry CR/LF or quotes: never into a header
    return send_blob(_ctx(db).blobs, version.sha256, mimetype="application/pdf", download_name=name)


@bp.route("/versions/<int:version_id>/source")
@login_required
def source(version_id: int):
    """The Word file a PDF version was converted from: for the drafting agency only (recipients
    get the signed PDF)."""
    db = _db()
    version, doc = _version(db, version_id)
    origin = (version.details or {}).get("source")
    if not origin or not access.can_read_document(_me(db), doc):
        abort(404)
    _log_confidential_view(doc)
    mimetypes = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "doc": "application/msword", "odt": "application/vnd.oasis.opendocument.text"}
    return send_blob(_ctx(db).blobs, origin["sha256"],
                     mimetype=mimetypes.get(origin.get("format", ""), "application/octet-stream"),
                     download_name=clean_filename(origin.get("filename") or "document.docx"))


@bp.route("/versions/<int:version_id>/pages/<int:page>.png")
@login_required
def page_image(version_id: int, page: int):
    db = _db()
    version, _doc = _version(db, version_id)
    zoom = request.args.get("zoom", 1.0, type=float)
    config = current_app.config["DOCFLOW"]
    blobs = _ctx(db).blobs
    count = version.page_count or page_count_of(blobs.get(version.sha256))
    if page < 1 or page > count:
        abort(404)
    png = render_page_png(config.data_dir / "cache" / "pages", blobs, version.sha256, page, zoom)
    if png is None:
        abort(404)
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response

"""Electronic copies: the form on the document, incoming and copy pages, the copy's page, its
download and the agency's register of copies. Thin: the rules are in workflow/copies.py and
access.py."""

from __future__ import annotations

import datetime as dt
import io

from flask import Blueprint, Flask, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import login_required
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from .. import access
from ..i18n import tr_error
from ..messages import DomainError
from ..models import CopyForm, Delivery, Document, DocumentCopy, Unit, User
from ..runtime import workflow_context
from ..workflow import copies, incoming, outgoing
from ..workflow.context import VN_TZ
from .downloads import clean_filename
from .forms import choices
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

__all__ = ["bp", "init_app", "CopyRequestForm", "FORM_LABELS"]

bp = Blueprint("copies", __name__)

# the forms' names: Vietnamese pages say "Sao y", "Sao lục", "Trích sao" (the catalogue)
FORM_LABELS = {CopyForm.SAO_Y: _l("Exact copy"), CopyForm.SAO_LUC: _l("Copy of a copy"),
               CopyForm.TRICH_SAO: _l("Excerpt")}


class CopyRequestForm(FlaskForm):
    form = SelectField(_l("Form of copy"), validators=[DataRequired()])
    pages = StringField(_l("Pages of the excerpt"), validators=[Optional(), Length(max=200)])
    note = TextAreaField(_l("For whom, why"), validators=[Optional(), Length(max=copies.MAX_NOTE)])
    pin = PasswordField(_l("PIN of the agency's key"), validators=[DataRequired(), Length(max=64)])


def _form_for(source: copies.CopySource) -> CopyRequestForm:
    forms = ([CopyForm.SAO_LUC, CopyForm.TRICH_SAO] if isinstance(source, DocumentCopy)
             else [CopyForm.SAO_Y, CopyForm.TRICH_SAO])
    form = CopyRequestForm()
    form.form.choices = choices((f.value, str(FORM_LABELS[f])) for f in forms)
    return form


def _may_copy(me: User, source: copies.CopySource) -> bool:
    if isinstance(source, Document):
        return access.may_copy_document(me, source)
    if isinstance(source, Delivery):
        return access.may_copy_delivery(me, source)
    return access.may_copy_copy(me, source)


def copy_panel(source: copies.CopySource) -> dict:
    """What the copies part of a page shows: the agency's copies of this document and, for its
    clerk, the form to make one (templates/copies/_panel.html)."""
    db = get_session()
    me = _me(db)
    if isinstance(source, Document):
        made = copies.copies_of_document(db, me, source)
        action = url_for("copies.copy_document", document_id=source.id)
    elif isinstance(source, Delivery):
        made = copies.copies_of_delivery(db, me, source)
        action = url_for("copies.copy_delivery", delivery_id=source.id)
    else:
        made = []
        action = url_for("copies.copy_copy", copy_id=source.id)
    allowed = _may_copy(me, source)
    return {"copies": made, "form": _form_for(source) if allowed else None, "action": action,
            "labels": FORM_LABELS}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.jinja_env.globals["copy_panel"] = copy_panel


def _make(source: copies.CopySource, back: str):
    db = get_session()
    me = _me(db)
    form = _form_for(source)
    if not form.validate_on_submit():
        flash(_("The form has expired or is incomplete. Reload the page."), "error")
        return redirect(back)
    ctx = workflow_context(db, current_app.config["DOCFLOW"], ip=request.remote_addr or "")
    try:
        made = copies.make_copy(get_uow(), ctx, me, source, CopyForm(form.form.data), form.pin.data or "",
                                pages=form.pages.data or "", note=form.note.data or "")
    except DomainError as err:
        flash(tr_error(err), "error")
        return redirect(back)
    flash(_("Copy %(notation)s made and signed by the agency.", notation=made.notation), "info")
    return redirect(url_for("copies.show", copy_id=made.id))


@bp.route("/documents/<int:document_id>/copies", methods=["POST"])
@login_required
def copy_document(document_id: int):
    db = get_session()
    try:
        doc = outgoing.get_document(db, _me(db), document_id)
    except DomainError:
        abort(404)
    return _make(doc, url_for("documents.show", document_id=doc.id))


@bp.route("/incoming/<int:delivery_id>/copies", methods=["POST"])
@login_required
def copy_delivery(delivery_id: int):
    db = get_session()
    try:
        delivery = incoming.get_delivery(db, _me(db), delivery_id)
    except DomainError:
        abort(404)
    return _make(delivery, url_for("incoming.show", delivery_id=delivery.id))


def _copy(copy_id: int) -> DocumentCopy:
    db = get_session()
    try:
        return copies.get_copy(db, _me(db), copy_id)
    except DomainError:
        abort(404)


@bp.route("/copies/<int:copy_id>/copies", methods=["POST"])
@login_required
def copy_copy(copy_id: int):
    copy = _copy(copy_id)
    return _make(copy, url_for("copies.show", copy_id=copy.id))


@bp.route("/copies/<int:copy_id>")
@login_required
def show(copy_id: int):
    db = get_session()
    copy = _copy(copy_id)
    doc = db.get(Document, copy.document_id)
    me = _me(db)
    # the original, where the reader may open it: the agency's own document or its delivery
    if copy.delivery_id:
        original_url = url_for("incoming.show", delivery_id=copy.delivery_id)
    elif doc is not None and access.can_read_document(me, doc):
        original_url = url_for("documents.show", document_id=doc.id)
    else:
        original_url = None
    return render_template("copies/show.html", copy=copy, doc=doc, original_url=original_url,
                           source=db.get(DocumentCopy, copy.source_copy_id) if copy.source_copy_id else None,
                           made_by=db.get(User, copy.created_by_id), agency=db.get(Unit, copy.agency_id),
                           labels=FORM_LABELS, can_verify=access.can(me, access.Capability.VERIFY))


@bp.route("/copies/<int:copy_id>/download")
@login_required
def download(copy_id: int):
    from flask import send_file

    copy = _copy(copy_id)
    blobs = workflow_context(get_session(), current_app.config["DOCFLOW"]).blobs
    path = blobs.path(copy.sha256)  # None in a store without files (object store): the bytes then
    return send_file(path if path is not None else io.BytesIO(blobs.get(copy.sha256)), mimetype="application/pdf",
                     as_attachment=True, max_age=0, download_name=clean_filename(f"ban-sao-{copy.notation}") + ".pdf",
                     etag=copy.sha256)


@bp.route("/copies")
@login_required
def index():
    """The register of copies of the reader's agency, by year."""
    db = get_session()
    me = _me(db)
    if not access.can(me, access.Capability.READ_REGISTERS):
        abort(403)
    from .params import int_arg

    year = int_arg("year") or dt.datetime.now(VN_TZ).year
    rows = copies.agency_copies(db, me, year)
    originals = {d.id: d for d in (db.get(Document, i) for i in {c.document_id for c in rows}) if d is not None}
    return render_template("copies/index.html", rows=rows, year=year, originals=originals, labels=FORM_LABELS)



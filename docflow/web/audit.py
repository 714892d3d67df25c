"""The auditor's pages: verify an uploaded PDF or a stored version, see what each signer
signed ("as signed", side by side with the current file), download the report as JSON or as
a printable PDF, and browse, check and export the audit trail.

Who: auditors (everything of their own agency, read-only) and clerks (who receive and check
documents). Scope of a stored version: the document belongs to the user's agency, or the
version is the very copy that was delivered to the user's agency (a recipient never sees the
sender's drafts). Uploaded files are not stored unless the user ticks "keep a copy"; for the
as-signed view they wait an hour in the database, bound to the user who uploaded them
(``docflow.audit.uploads``), so that any node serves the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from sqlalchemy import func, select
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, DateField, SelectField, StringField
from wtforms.validators import Optional

from .. import access, audit
from ..audit.describe import RESULT_TEXT, action_label, describe_events
from ..audit.reading import recorded_actions
from ..audit.uploads import get_upload, put_upload
from ..config import Config
from ..i18n import tr_error
from ..models import AuditEvent, Delivery, FileVersion, User
from ..runtime import trust_context
from ..storage import blob_store
from ..verification import SignatureNotFound, plain, signed_revision, verify_pdf, visual
from ..workflow.paging import InvalidCursor, keyset_page
from .forms import EmptyForm, choices
from .guards import capability_required
from .pages import page_count_of, render_png
from .params import int_arg
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow

bp = Blueprint("audit", __name__)

RENDER_ZOOM = 1.5  # 108 dpi: readable side by side
MAX_COMPARE_PAGES = 30
TRAIL_PAGE_SIZE = 50


# --------------------------------------------------------------------------------- forms

class VerifyForm(FlaskForm):
    pdf = FileField(_l("PDF file"), validators=[FileRequired()])
    keep = BooleanField(_l("Keep a copy in docflow (it is stored and the audit trail records it)"))


class TrailFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form changes nothing

    date_from = DateField(_l("From"), validators=[Optional()])
    date_to = DateField(_l("To"), validators=[Optional()])
    actor = StringField(_l("Actor"), validators=[Optional()])
    action = SelectField(_l("Action"), validators=[Optional()])
    result = SelectField(_l("Result"), validators=[Optional()])


# ------------------------------------------------------------------------------- helpers

def _config() -> Config:
    return current_app.config["DOCFLOW"]


def _audit_dir() -> Path:
    return _config().data_dir / "audit"


def render_page_png(data: bytes, page: int, zoom: float = RENDER_ZOOM) -> bytes | None:
    """PNG of page ``page`` (1-based), drawn with signature appearances and cached by content
    hash (docflow.web.pages); None when the page does not exist or cannot be rendered."""
    return render_png(data, page, zoom, _audit_dir() / "render")


def _page_count(data: bytes) -> int:
    return page_count_of(data)


@dataclass(frozen=True)
class Source:
    """The PDF a report page is about: an upload in the cache or a stored version."""

    kind: str  # upload | version
    key: dict[str, Any]  # url arguments
    data: bytes
    filename: str
    title: str

    def url(self, endpoint: str, **kw: Any) -> str:
        return url_for(f"audit.{self.kind}_{endpoint}", **self.key, **kw)


def _source(kind: str, key: dict[str, Any]) -> Source:
    """The upload or version named by the URL, or 404 (also when out of scope)."""
    db = get_session()
    me = _me(db)
    if kind == "upload":
        entry = get_upload(db, me.id, key["sha256"])
        if entry is None:
            abort(404)
        data, name = entry
        return Source(kind, key, data, name, name)
    version = db.get(FileVersion, key["version_id"])
    if version is None or not access.can_verify_version(db, me, version):
        abort(404)
    try:
        data = blob_store(_config()).get(version.sha256)
    except Exception:  # noqa: BLE001 - a missing or damaged blob is "not available"
        abort(404)
    doc = version.file.document
    title = f"{doc.notation or doc.subject} — {version.file.filename} (v{version.seq})"
    return Source(kind, key, data, version.file.filename, title)


def _verify(source: Source):
    db = get_session()
    return verify_pdf(source.data, trust_context(db, _config()), file=source.filename)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "document"


def _stem(filename: str) -> str:
    base = filename.rsplit("/", 1)[-1]
    return _safe_name(base[:-4] if base.lower().endswith(".pdf") else base)


def _download(data: bytes, filename: str, mimetype: str) -> Response:
    response = Response(data, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _vietnamese() -> bool:
    return str(get_locale() or "") == "vi"


def _view_model(report: dict[str, Any], doc_problems=()) -> dict[str, Any]:
    """Everything the report template shows, already in the interface language: signatures
    named by their signer, changes and problems in words, no internal codes."""
    tz = _config().timezone
    vietnamese = _vietnamese()
    head = plain.headline(report, doc_problems)
    fields = plain.field_names(report, _)
    sigs = []
    for index, sig in enumerate(report.get("signatures") or []):
        msg, params = plain.subindication_text(sig.get("indication"), sig.get("subindication"))
        checks = sig.get("checks") or {}
        docmdp = sig.get("docmdp")
        sigs.append({
            "index": index,
            "raw": sig,
            "name": plain.signature_label(sig, index, _),
            "kind": _(plain.KIND_TEXT.get(sig.get("kind"), plain.KIND_TEXT["approval"])),
            "who": plain.signer_parts(sig.get("signer")),
            "claimed": plain.local(plain.claimed_time(sig), tz),
            "proven": plain.local(plain.proven_time(sig), tz),
            "tone": {"TOTAL_PASSED": "ok", "TOTAL_FAILED": "bad"}.get(sig.get("indication"), "warn"),
            "sentence": _(msg, **params),
            "indication": _(plain.INDICATION_TEXT.get(sig.get("indication"),
                                                      plain.INDICATION_TEXT["INDETERMINATE"])),
            "docmdp": _(plain.DOCMDP_TEXT[docmdp]) if docmdp in plain.DOCMDP_TEXT else "",
            "coverage": _(plain.COVERAGE_TEXT.get(sig.get("coverage"), plain.COVERAGE_TEXT["UNCLEAR"])),
            "level": (_(plain.LEVEL_TEXT[sig["pades_level"]]) if sig.get("pades_level") in plain.LEVEL_TEXT
                      else None),
            "modifications": _(plain.MODIFICATIONS_TEXT.get(sig.get("modifications_after"),
                                                            plain.MODIFICATIONS_TEXT["NONE"])),
            "changes": plain.changes_in_words(sig, fields, _, vietnamese=vietnamese),
            "problems": list(dict.fromkeys(plain.problem_in_words(p, sig, fields, _, vietnamese=vietnamese)
                                           for p in sig.get("problems") or [])),
            "checks": [(_(label), bool(checks.get(key))) for key, label in plain.CHECK_LABELS],
            "revocation": _(plain.revocation_in_words(checks)),
        })
    return {
        "report": report,
        "headline": {"tone": head.tone, "icon": head.icon, "label": _(head.label),
                     "reason": _(head.reason, **head.reason_params) if head.reason else ""},
        "signatures": sigs,
        "doc_problems": list(doc_problems),
        "fetches": [{**f, "label": _(plain.FETCH_RESULT_TEXT.get(f.get("result"), "%(result)s"),
                                     result=f.get("result"))}
                    for f in report.get("revocation_fetches") or []],
    }


# ------------------------------------------------------------------------ verify (upload)

@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_err):
    mb = _config().max_upload_mb
    message = _("The file is larger than the limit of %(mb)d MB. Nothing was stored.", mb=mb)
    return render_template("errors/error.html", code=413, message=message), 413


@bp.route("/verify", methods=["GET", "POST"])
@capability_required(access.Capability.VERIFY)
def verify():
    form = VerifyForm()
    if form.validate_on_submit():
        upload = form.pdf.data
        data = upload.read()
        filename = (upload.filename or "upload.pdf").replace("\\", "/").rsplit("/", 1)[-1][:200]
        if not data:
            form.pdf.errors.append(_("The file is empty."))
        elif b"%PDF-" not in data[:1024]:
            form.pdf.errors.append(_("This file is not a PDF. Choose a PDF file (.pdf)."))
        else:
            db = get_session()
            me = _me(db)
            if form.keep.data:
                blob_store(_config()).put(data)
            with get_uow() as uow:  # the upload (in the database: any node shows its report) and its audit event
                sha = put_upload(uow, me.id, data, filename)
                details = {"sha256": sha, "filename": filename, "size": len(data), "kept": bool(form.keep.data)}
                audit.record_action(uow, "verification.keep_copy" if form.keep.data else "verification.upload",
                                    actor=me, object_type="file", object_id=sha, ip=request.remote_addr or "",
                                    details=details)
            if form.keep.data:
                flash(_("A copy was kept in docflow (SHA-256 %(sha)s).", sha=sha), "info")
            return redirect(url_for("audit.upload_report", sha256=sha))
    return render_template("audit/verify.html", form=form, max_mb=_config().max_upload_mb)


# ------------------------------------------------------------------- report pages (shared)

def report_page(kind: str, **key: Any):
    source = _source(kind, key)
    report = _verify(source)
    model = _view_model(report.to_json(), report.problems)
    return render_template("audit/report.html", source=source, **model)


def report_json(kind: str, **key: Any):
    source = _source(kind, key)
    body = json.dumps(_verify(source).to_json(), ensure_ascii=False, indent=2)
    return _download(body.encode(), f"{_stem(source.filename)}-verification.json", "application/json")


def report_pdf(kind: str, **key: Any):
    source = _source(kind, key)
    report = _verify(source)
    db = get_session()
    data = plain.pdf_report(report.to_json(), gettext=_, filename=source.filename,
                            verified_at=dt.datetime.now(dt.UTC), verified_by=_me(db).full_name,
                            doc_problems=report.problems, tz=_config().timezone, vietnamese=_vietnamese())
    return _download(data, f"{_stem(source.filename)}-verification.pdf", "application/pdf")


def signed_pdf(kind: str, index: int, **key: Any):
    source = _source(kind, key)
    try:
        data = signed_revision(source.data, index)
    except (SignatureNotFound, ValueError):
        abort(404)
    report = _verify(source)
    field = report.signatures[index].field if index < len(report.signatures) else str(index + 1)
    return _download(data, f"{_stem(source.filename)}-as-signed-{_safe_name(field)}.pdf", "application/pdf")


def compare(kind: str, index: int, **key: Any):
    source = _source(kind, key)
    try:
        signed = signed_revision(source.data, index)
    except (SignatureNotFound, ValueError):
        abort(404)
    report = _verify(source).to_json()
    sigs = report.get("signatures") or []
    if index >= len(sigs):
        abort(404)
    model = _view_model(report)
    signed_pages, current_pages = _page_count(signed), _page_count(source.data)
    pages = list(range(1, min(max(signed_pages, current_pages), MAX_COMPARE_PAGES) + 1))
    return render_template("audit/compare.html", source=source, sig=model["signatures"][index],
                           signed_pages=signed_pages, current_pages=current_pages, pages=pages,
                           truncated=max(signed_pages, current_pages) > MAX_COMPARE_PAGES,
                           regions=_regions(signed, source.data, [p for p in pages if p <= min(signed_pages,
                                                                                              current_pages)]))


def _regions(signed: bytes, current: bytes, pages: list[int]) -> dict[int, list[visual.Region]]:
    """Per page shown on both sides, where the current page's pixels differ from the signed one
    (the same cached renders the page shows)."""
    out: dict[int, list[visual.Region]] = {}
    for page in pages:
        before, after = render_page_png(signed, page), render_page_png(current, page)
        if before is not None and after is not None:
            out[page] = visual.changed_regions(before, after)
    return out


def page_png(kind: str, page: int, **key: Any):
    source = _source(kind, key)
    data = source.data
    sig = int_arg("sig")
    if sig is not None:
        try:
            data = signed_revision(source.data, sig)
        except (SignatureNotFound, ValueError):
            abort(404)
    png = render_page_png(data, page)
    if png is None:
        abort(404)
    response = Response(png, mimetype="image/png")
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _register_report_routes() -> None:
    """The same pages for an upload (/uploads/<sha256>) and a version (/versions/<id>)."""
    prefixes = {"upload": "/uploads/<sha256>", "version": "/versions/<int:version_id>"}
    views = [
        ("report", "", report_page),
        ("json", "/report.json", report_json),
        ("pdf", "/report.pdf", report_pdf),
        ("signed", "/signatures/<int:index>/signed.pdf", signed_pdf),
        ("compare", "/signatures/<int:index>/compare", compare),
        ("page", "/pages/<int:page>.png", page_png),
    ]
    for kind, prefix in prefixes.items():
        for name, suffix, view in views:
            def endpoint(_view=view, _kind=kind, **kw):
                return _view(_kind, **kw)

            endpoint.__name__ = f"{kind}_{name}"
            bp.add_url_rule(prefix + suffix, f"{kind}_{name}", capability_required(access.Capability.VERIFY)(endpoint))


_register_report_routes()


@bp.route("/deliveries/<int:delivery_id>")
@capability_required(access.Capability.VERIFY)
def delivery_report(delivery_id: int):
    """The report stored when the copy arrived (recipient's or sender's agency)."""
    db = get_session()
    me = _me(db)
    delivery = db.get(Delivery, delivery_id)
    if delivery is None or me.agency_id not in (delivery.recipient_agency_id, delivery.document.agency_id):
        abort(404)
    version_id = db.execute(
        select(FileVersion.id).join(FileVersion.file)
        .where(FileVersion.sha256 == delivery.verified_sha256)
        .where(FileVersion.file.has(document_id=delivery.document_id))
        .limit(1)).scalar_one_or_none()
    model = _view_model(delivery.verification or {})
    return render_template("audit/delivery.html", delivery=delivery, version_id=version_id, **model)


# ----------------------------------------------------------------------------- audit trail

RESULTS = ("ok", "denied", "failed")


def _trail_query(db, me: User, form: TrailFilterForm):
    q = select(AuditEvent).where(AuditEvent.agency_id == me.agency_id)
    tz = ZoneInfo(_config().timezone)
    if form.date_from.data:
        start = dt.datetime.combine(form.date_from.data, dt.time(), tz).astimezone(dt.UTC)
        q = q.where(AuditEvent.at >= start)
    if form.date_to.data:
        end = dt.datetime.combine(form.date_to.data + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
        q = q.where(AuditEvent.at < end)
    if form.actor.data:
        q = q.where(func.lower(AuditEvent.actor_name).contains(form.actor.data.strip().lower(), autoescape=True))
    if form.action.data:
        q = q.where(AuditEvent.action == form.action.data)
    if form.result.data in RESULTS:
        q = q.where(AuditEvent.result == form.result.data)
    return q


def _trail_form(db, me: User) -> TrailFilterForm:
    form = TrailFilterForm(request.args)
    actions = recorded_actions(db)
    form.action.choices = choices([("", _("All actions"))] + sorted(
        ((a, action_label(a, _)) for a in actions), key=lambda pair: pair[1].casefold()))
    form.result.choices = choices([("", _("All results"))] + [(r, _(RESULT_TEXT[r])) for r in RESULTS])
    form.validate()
    return form


def _trail_page(chain: dict | None = None, status: int = 200):
    db = get_session()
    me = _me(db)
    form = _trail_form(db, me)
    q = _trail_query(db, me, form)

    def page_at(cursor: str | None):
        return keyset_page(db, q, (AuditEvent.seq,), cursor=cursor, per_page=TRAIL_PAGE_SIZE,
                           row_key=lambda e: (e.seq,))

    try:
        page = page_at(request.args.get("cursor") or None)
    except InvalidCursor as exc:  # shown in place: this page also answers the chain check's POST
        flash(tr_error(exc), "error")
        page = page_at(None)
    args = {k: v for k, v in request.args.items() if k != "cursor" and v}
    words = describe_events(db, page.items, _)
    return render_template("audit/trail.html", form=form, rows=page.items, page=page, args=args, chain=chain,
                           check_form=EmptyForm(), words=words), status


@bp.route("/trail")
@capability_required(access.Capability.READ_AUDIT_TRAIL)
def trail():
    return _trail_page()


@bp.route("/trail/check", methods=["POST"])
@capability_required(access.Capability.READ_AUDIT_TRAIL)
def trail_check():
    """Walk the whole hash chain now and show the result (the check itself is recorded)."""
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_session()
    broken = audit.verify_chain(db)
    count = db.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    me = _me(db)
    if broken is None:
        chain = {"intact": True, "count": count}
    else:
        chain = {"intact": False, "seq": broken.seq, "reason": broken.reason}
    audit.record_action(get_uow(), "audit.chain_check", actor=me, object_type="audit_trail",
                        ip=request.remote_addr or "", result="ok" if broken is None else "failed", details=chain)
    return _trail_page(chain)


def _batches(items, size: int):
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _csv_cell(value: Any) -> str:
    from ..workflow.exports import spreadsheet_text

    return spreadsheet_text(value)  # no formula injection


@bp.route("/trail.csv")
@capability_required(access.Capability.READ_AUDIT_TRAIL)
def trail_csv():
    db = get_session()
    me = _me(db)
    form = _trail_form(db, me)
    rows = db.execute(_trail_query(db, me, form).order_by(AuditEvent.seq)).scalars()
    tz = ZoneInfo(_config().timezone)
    buf = io.StringIO()
    buf.write("\ufeff")  # spreadsheet programs then read the Vietnamese text as UTF-8
    out = csv.writer(buf)
    # the recorded columns first, unchanged (programs read them); then the same action and object
    # in words, in the reader's language, as the page says them
    out.writerow(["seq", "time", "actor", "action", "object_type", "object_id", "result", "ip", "details",
                  "hash", "action_words", "object_words"])
    for batch in _batches(rows, 500):  # one query per kind of object and batch
        words = describe_events(db, batch, _)
        for e in batch:
            w = words[e.id]
            out.writerow([_csv_cell(v) for v in (
                e.seq, e.at.astimezone(tz).isoformat(timespec="seconds"), e.actor_name, e.action, e.object_type,
                e.object_id, e.result, e.ip, json.dumps(e.details or {}, ensure_ascii=False, sort_keys=True), e.hash,
                w.action, f"{w.object} {w.object_code}".strip())])
    stamp = dt.datetime.now(tz).strftime("%Y%m%d-%H%M")
    return _download(buf.getvalue().encode("utf-8"), f"audit-trail-{stamp}.csv", "text/csv; charset=utf-8")

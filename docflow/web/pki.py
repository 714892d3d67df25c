"""Certificates and keys in the browser, and the PKI protocol endpoints.

Two blueprints:

* ``pki`` (login required): "My certificates" (status, expiry, PIN change, signature image,
  PKCS#12 import for oneself), certificate administration for the agencies an admin may
  administer, and the trust store (operator admins only).
* ``pki_public`` (no login, no CSRF: DER bodies from relying parties): the CRL, OCSP, CA
  certificate and development TSA endpoints named in docflow's certificates.

Issuing policy: an administrator issues a certificate (or imports a PKCS#12) and docflow
generates a random one-time PIN, shown once to the administrator, who hands it over in
person (seal PINs go to the agency's clerks). The holder changes it on "My certificates".
The PIN is never stored. Views stay thin: parse, call ``docflow.pki.service``, render.
"""

from __future__ import annotations

import base64
import datetime as dt

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
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import login_required
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import DecimalField, HiddenField, PasswordField, SelectField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from .. import access
from ..extensions import csrf, limiter
from ..i18n import tr_error
from ..models import Certificate, CertificateStatus, Role, Unit, UnitKind, User, utcnow
from ..notices import secret_box
from ..pki import service, truststore
from ..pki.errors import CaError
from ..pki.revocation import decode_ocsp_get
from ..pki.tsa import TIMESTAMP_REPLY, respond_to_request
from .forms import choices
from .guards import roles_required
from .requestdb import current_person as _me
from .requestdb import get_session, get_uow, writes

__all__ = ["bp", "public_bp", "init_app"]

bp = Blueprint("pki", __name__)
public_bp = Blueprint("pki_public", __name__)

MAX_P12 = 64 * 1024
MAX_IMAGE = 1024 * 1024
MAX_ANCHOR = 64 * 1024
MAX_PROTOCOL_BODY = 64 * 1024
EXPIRY_WARNING = dt.timedelta(days=30)

REASON_LABELS = {
    "unspecified": _l("Unspecified"),
    "keyCompromise": _l("Key compromise"),
    "cACompromise": _l("CA compromise"),
    "affiliationChanged": _l("Affiliation changed"),
    "superseded": _l("Superseded"),
    "cessationOfOperation": _l("Cessation of operation"),
    "certificateHold": _l("Certificate hold"),
    "privilegeWithdrawn": _l("Privilege withdrawn"),
    "aACompromise": _l("AA compromise"),
}


# ---- forms -------------------------------------------------------------------------------


class PinChangeForm(FlaskForm):
    old_pin = PasswordField(_l("Current PIN"), validators=[DataRequired(), Length(max=64)])
    new_pin = PasswordField(_l("New PIN"), validators=[DataRequired(), Length(max=64)])


class ActivateForm(FlaskForm):
    proof = PasswordField(_l("Activation code from the e-mail, or the PIN of your current certificate"),
                          validators=[DataRequired(), Length(max=64)])
    new_pin = PasswordField(_l("New PIN (only you know it)"), validators=[DataRequired(), Length(max=64)])


class SignatureImageForm(FlaskForm):
    image = FileField(_l("Signature image (transparent PNG)"),
                      validators=[FileRequired(), FileSize(MAX_IMAGE, message=_l("The image is larger than 1 MB."))])


class SelfImportForm(FlaskForm):
    file = FileField(_l("PKCS#12 file (.p12/.pfx)"),
                     validators=[FileRequired(), FileSize(MAX_P12, message=_l("The file is larger than 64 KB."))])
    password = PasswordField(_l("File password"), validators=[Optional(), Length(max=256)])
    new_pin = PasswordField(_l("New PIN for docflow"), validators=[DataRequired(), Length(max=64)])


class TokenCertificateForm(FlaskForm):
    """A certificate whose key stays on its holder's token (issue 23): the certificate alone."""

    file = FileField(_l("Certificate file (PEM with its chain, or DER)"),
                     validators=[FileRequired(), FileSize(MAX_P12, message=_l("The file is larger than 64 KB."))])


class AdminTokenCertificateForm(TokenCertificateForm):
    owner = SelectField(_l("Holder"), validators=[DataRequired()])


class IssueForm(FlaskForm):
    user_id = SelectField(_l("User"), coerce=int, validators=[DataRequired()])
    algorithm = SelectField(_l("Key algorithm"), choices=choices([("rsa-2048", "RSA 2048"), ("rsa-3072", "RSA 3072"),
                                                                  ("ec-p256", "ECDSA P-256")]))


class SealIssueForm(FlaskForm):
    agency_id = SelectField(_l("Agency"), coerce=int, validators=[DataRequired()])


class AdminImportForm(FlaskForm):
    owner = SelectField(_l("Holder"), validators=[DataRequired()])
    file = FileField(_l("PKCS#12 file (.p12/.pfx)"),
                     validators=[FileRequired(), FileSize(MAX_P12, message=_l("The file is larger than 64 KB."))])
    password = PasswordField(_l("File password"), validators=[Optional(), Length(max=256)])


class RevokeForm(FlaskForm):
    reason = SelectField(_l("Reason"), validators=[DataRequired()])


class ActionForm(FlaskForm):
    """CSRF token only (unlock)."""


class SealImageForm(FlaskForm):
    agency_id = SelectField(_l("Agency"), coerce=int, validators=[DataRequired()])
    image = FileField(_l("Seal image (red, transparent PNG)"),
                      validators=[FileRequired(), FileSize(MAX_IMAGE, message=_l("The image is larger than 1 MB."))])
    width_mm = DecimalField(_l("Real diameter (mm)"), places=1, validators=[Optional(), NumberRange(20, 60)])


class TrustAddForm(FlaskForm):
    file = FileField(_l("CA certificate (PEM or DER)"),
                     validators=[FileRequired(), FileSize(MAX_ANCHOR, message=_l("The file is larger than 64 KB."))])


class TrustRemoveForm(FlaskForm):
    sha256 = HiddenField(validators=[DataRequired(), Length(min=64, max=64)])


# ---- helpers -----------------------------------------------------------------------------


def _config():
    return current_app.config["DOCFLOW"]


def _ca():
    return service.ensure_dev_ca(_config())


def _field_error(form: FlaskForm, err: service.PkiServiceError) -> None:
    field = getattr(form, err.field or "", None)
    if field is not None and hasattr(field, "errors"):
        if not isinstance(field.errors, list):
            field.errors = list(field.errors)
        field.errors.append(tr_error(err))
    else:
        flash(tr_error(err), "error")


def _data_uri(png: bytes | None) -> str | None:
    return "data:image/png;base64," + base64.b64encode(png).decode() if png else None


def _box():
    return secret_box(_config().secret_key)


def _own_certificate_or_404(db, cert_id: int) -> Certificate:
    cert = db.get(Certificate, cert_id)
    if cert is None or not service.may_hold(_me(db), cert):
        abort(404)
    return cert


def _administrable_agencies(db, me: User) -> list[Unit]:
    units = db.execute(access.administrable_units(db, me)).scalars().all()
    return [u for u in units if u.kind == UnitKind.AGENCY]


def _admin_certificate_or_404(db, cert_id: int) -> Certificate:
    cert = db.get(Certificate, cert_id)
    me = _me(db)
    if cert is None or cert.agency_id not in {a.id for a in _administrable_agencies(db, me)}:
        abort(404)
    return cert


def _status(cert: Certificate) -> dict:
    now = utcnow()
    return {
        "expired": cert.not_after <= now,
        "expiring": now < cert.not_after <= now + EXPIRY_WARNING,
        "days_left": max((cert.not_after - now).days, 0),
    }


# ---- My certificates ---------------------------------------------------------------------


def _my_page(db, *, pin_forms: dict[int, PinChangeForm] | None = None, image_form=None, import_form=None,
             activate_forms: dict[int, ActivateForm] | None = None, token_form=None, status: int = 200):
    me = _me(db)
    certs = service.certificates_of(db, user=me)
    if me.has_role(Role.CLERK):
        certs += service.certificates_of(db, agency_ids=[me.agency_id], seal_only=True)
    forms = {c.id: PinChangeForm(prefix=f"pin{c.id}") for c in certs}
    forms.update(pin_forms or {})
    activations = {c.id: ActivateForm(prefix=f"act{c.id}") for c in certs if c.status == CertificateStatus.PENDING}
    activations.update(activate_forms or {})
    image = service.signature_image_record(db, me) if me.has_role(Role.LEADER) else None
    active = service.active_certificate(db, user=me)
    return render_template(
        "pki/certificates.html", certificates=certs, pin_forms=forms, status=_status, activate_forms=activations,
        image_form=image_form or SignatureImageForm(), import_form=import_form or SelfImportForm(),
        token_form=token_form or TokenCertificateForm(), image=image,
        image_uri=_data_uri(bytes(image.png)) if image else None,
        is_leader=me.has_role(Role.LEADER),
        active_id=active.id if active else None,
    ), status


@bp.route("/certificates")
@login_required
def my_certificates():
    return _my_page(get_session())


@bp.route("/certificates/<int:cert_id>/pin", methods=["POST"])
@login_required
def change_pin(cert_id: int):
    db = get_session()
    cert = _own_certificate_or_404(db, cert_id)
    form = PinChangeForm(prefix=f"pin{cert.id}")
    if not form.validate_on_submit():
        return _my_page(db, pin_forms={cert.id: form}, status=400)
    try:
        service.change_pin(get_uow(), cert, form.old_pin.data, form.new_pin.data, actor=_me(db),
                           max_failures=_config().pin_max_failures)
    except service.PinRejected as err:  # the wrong-PIN counter is kept by the service
        _field_error(form, err) if err.field != "pin" else form.old_pin.errors.append(tr_error(err))
        return _my_page(db, pin_forms={cert.id: form}, status=400)
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _my_page(db, pin_forms={cert.id: form}, status=400)
    flash(_("The PIN was changed."), "info")
    return redirect(url_for("pki.my_certificates"))


@bp.route("/certificates/<int:cert_id>/activate", methods=["POST"])
@login_required
def activate(cert_id: int):
    db = get_session()
    cert = _own_certificate_or_404(db, cert_id)
    form = ActivateForm(prefix=f"act{cert.id}")
    if not form.validate_on_submit():
        return _my_page(db, activate_forms={cert.id: form}, status=400)
    try:
        service.activate(get_uow(), cert, form.proof.data, form.new_pin.data, actor=_me(db), box=_box(),
                         max_failures=_config().pin_max_failures)
    except service.PinRejected as err:  # the wrong-PIN counter is kept by the service
        form.proof.errors = [*form.proof.errors, tr_error(err)]
        return _my_page(db, activate_forms={cert.id: form}, status=400)
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _my_page(db, activate_forms={cert.id: form}, status=400)
    flash(_("The certificate is active: sign with the PIN you just chose."), "info")
    return redirect(url_for("pki.my_certificates"))


@bp.route("/certificates/signature-image", methods=["POST"])
@roles_required(Role.LEADER)
def upload_signature_image():
    db = get_session()
    form = SignatureImageForm()
    if not form.validate_on_submit():
        return _my_page(db, image_form=form, status=400)
    try:
        service.set_signature_image(get_uow(), _me(db), form.image.data.read(MAX_IMAGE + 1), actor=_me(db))
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _my_page(db, image_form=form, status=400)
    flash(_("The signature image was saved."), "info")
    return redirect(url_for("pki.my_certificates"))


@bp.route("/certificates/import", methods=["POST"])
@login_required
def import_own():
    db = get_session()
    form = SelfImportForm()
    if not form.validate_on_submit():
        return _my_page(db, import_form=form, status=400)
    try:
        service.import_pkcs12(get_uow(), _me(db), form.file.data.read(MAX_P12 + 1), form.password.data or None,
                              form.new_pin.data, service.trust_anchors(_config()), actor=_me(db),
                              kdf=service.kdf_params(_config()))
    except service.PkiServiceError as err:  # a refused import is audited by the service
        _field_error(form, err)
        return _my_page(db, import_form=form, status=400)
    flash(_("The certificate was imported."), "info")
    return redirect(url_for("pki.my_certificates"))


@bp.route("/certificates/register-token", methods=["POST"])
@login_required
def register_token_own():
    """My certificate "on my token": I sign through docflow-agent, docflow never holds the key."""
    db = get_session()
    form = TokenCertificateForm()
    if not form.validate_on_submit():
        return _my_page(db, token_form=form, status=400)
    try:
        service.register_token_certificate(get_uow(), _me(db), form.file.data.read(MAX_P12 + 1),
                                           service.trust_anchors(_config()), actor=_me(db))
    except service.PkiServiceError as err:  # a refusal is audited by the service
        _field_error(form, err)
        return _my_page(db, token_form=form, status=400)
    flash(_("The certificate was registered as on your token. Sign through docflow-agent on your computer."),
          "info")
    return redirect(url_for("pki.my_certificates"))


# ---- administration ----------------------------------------------------------------------


def _admin_page(db, *, issue_form=None, seal_form=None, import_form=None, seal_image_form=None, token_form=None,
                status=200):
    me = _me(db)
    agencies = _administrable_agencies(db, me)
    agency_ids = [a.id for a in agencies]
    users = db.execute(access.administrable_users(db, me)).scalars().all()
    issue_form = issue_form or IssueForm()
    issue_form.user_id.choices = choices((u.id, f"{u.full_name} ({u.username})") for u in users if u.active)
    seal_form = seal_form or SealIssueForm()
    seal_form.agency_id.choices = choices((a.id, a.name) for a in agencies)
    import_form = import_form or AdminImportForm()
    import_form.owner.choices = _owner_choices(agencies, users)
    token_form = token_form or AdminTokenCertificateForm()
    token_form.owner.choices = _owner_choices(agencies, users)
    seal_image_form = seal_image_form or SealImageForm()
    seal_image_form.agency_id.choices = choices((a.id, a.name) for a in agencies)
    certs = service.certificates_of(db, agency_ids=agency_ids) if agency_ids else []
    revoke_forms = {}
    for c in certs:
        rf = RevokeForm(prefix=f"rev{c.id}")
        rf.reason.choices = choices((code, REASON_LABELS.get(code, code)) for code in service.REVOCATION_REASON_CODES)
        revoke_forms[c.id] = rf
    seals = {a.id: service.seal_image_record(db, a) for a in agencies}
    return render_template(
        "pki/admin_certificates.html", certificates=certs, agencies=agencies, status=_status,
        issue_form=issue_form, seal_form=seal_form, import_form=import_form, seal_image_form=seal_image_form,
        token_form=token_form, revoke_forms=revoke_forms, action_form=ActionForm(), reason_labels=REASON_LABELS,
        seal_uris={k: _data_uri(bytes(v.png)) if v else None for k, v in seals.items()}, seals=seals,
        users={u.id: u for u in users},
    ), status


def _owner_choices(agencies, users):
    pairs = [(f"user:{u.id}", f"{u.full_name} ({u.username})") for u in users if u.active]
    pairs += [(f"agency:{a.id}", _("Seal: %(name)s", name=a.name)) for a in agencies]
    return choices(pairs)


def _pending(cert: Certificate, holder: str):
    return render_template("pki/activation_pending.html", certificate=cert, holder=holder)


@bp.route("/admin/certificates")
@roles_required(Role.ADMIN)
def admin_certificates():
    return _admin_page(get_session())


@bp.route("/admin/certificates/issue", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_issue():
    db = get_session()
    form = IssueForm()
    form.user_id.choices = choices((u.id, u.username) for u in db.execute(
        access.administrable_users(db, _me(db))).scalars())
    if not form.validate_on_submit():
        return _admin_page(db, issue_form=form, status=400)
    user = db.get(User, form.user_id.data)
    if user is None or not access.can_administer_user(db, _me(db), user):
        abort(404)
    try:
        cert = service.issue_personal_certificate(get_uow(), _ca(), user, None, algorithm=form.algorithm.data,
                                                  actor=_me(db), kdf=service.kdf_params(_config()),
                                                  for_activation=_box())
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _admin_page(db, issue_form=form, status=400)
    return _pending(cert, user.full_name)


@bp.route("/admin/certificates/issue-seal", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_issue_seal():
    db = get_session()
    form = SealIssueForm()
    agencies = _administrable_agencies(db, _me(db))
    form.agency_id.choices = choices((a.id, a.name) for a in agencies)
    if not form.validate_on_submit():
        return _admin_page(db, seal_form=form, status=400)
    agency = db.get(Unit, form.agency_id.data)
    assert agency is not None  # the choices are the administrable agencies
    try:
        cert = service.issue_seal_certificate(get_uow(), _ca(), agency, None, actor=_me(db),
                                              kdf=service.kdf_params(_config()), for_activation=_box())
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _admin_page(db, seal_form=form, status=400)
    return _pending(cert, agency.name)


@bp.route("/admin/certificates/import", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_import():
    db = get_session()
    me = _me(db)
    form = AdminImportForm()
    agencies = _administrable_agencies(db, me)
    users = db.execute(access.administrable_users(db, me)).scalars().all()
    form.owner.choices = _owner_choices(agencies, users)
    if not form.validate_on_submit():
        return _admin_page(db, import_form=form, status=400)
    kind, _sep, raw_id = form.owner.data.partition(":")
    owner: User | Unit | None = db.get(User, int(raw_id)) if kind == "user" else db.get(Unit, int(raw_id))
    if owner is None:
        abort(404)
    try:
        cert = service.import_pkcs12(get_uow(), owner, form.file.data.read(MAX_P12 + 1),
                                     form.password.data or None, None, service.trust_anchors(_config()), actor=me,
                                     kdf=service.kdf_params(_config()), for_activation=_box())
    except service.PkiServiceError as err:  # a refused import is audited by the service
        _field_error(form, err)
        return _admin_page(db, import_form=form, status=400)
    return _pending(cert, owner.full_name if isinstance(owner, User) else owner.name)


@bp.route("/admin/certificates/register-token", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_register_token():
    """A person's or an agency's certificate "on my token" (no key), for those I administer."""
    db = get_session()
    me = _me(db)
    form = AdminTokenCertificateForm()
    agencies = _administrable_agencies(db, me)
    users = db.execute(access.administrable_users(db, me)).scalars().all()
    form.owner.choices = _owner_choices(agencies, users)
    if not form.validate_on_submit():
        return _admin_page(db, token_form=form, status=400)
    kind, _sep, raw_id = form.owner.data.partition(":")
    owner: User | Unit | None = db.get(User, int(raw_id)) if kind == "user" else db.get(Unit, int(raw_id))
    if owner is None:
        abort(404)
    try:
        service.register_token_certificate(get_uow(), owner, form.file.data.read(MAX_P12 + 1),
                                           service.trust_anchors(_config()), actor=me)
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _admin_page(db, token_form=form, status=400)
    flash(_("The certificate was registered as on its holder's token."), "info")
    return redirect(url_for("pki.admin_certificates"))


@bp.route("/admin/certificates/<int:cert_id>/revoke", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_revoke(cert_id: int):
    db = get_session()
    cert = _admin_certificate_or_404(db, cert_id)
    form = RevokeForm(prefix=f"rev{cert.id}")
    form.reason.choices = choices((c, c) for c in service.REVOCATION_REASON_CODES)
    if not form.validate_on_submit():
        flash(_("Choose a revocation reason."), "error")
        return _admin_page(db, status=400)
    try:
        service.revoke(get_uow(), cert, form.reason.data, actor=_me(db))
    except service.PkiServiceError as err:
        flash(tr_error(err), "error")
        return _admin_page(db, status=400)
    flash(_("Certificate %(name)s revoked.", name=cert.subject_cn), "info")
    return redirect(url_for("pki.admin_certificates"))


@bp.route("/admin/certificates/<int:cert_id>/unlock", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_unlock(cert_id: int):
    db = get_session()
    cert = _admin_certificate_or_404(db, cert_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    service.unlock(get_uow(), cert, actor=_me(db))
    flash(_("Certificate %(name)s unlocked.", name=cert.subject_cn), "info")
    return redirect(url_for("pki.admin_certificates"))


@bp.route("/admin/certificates/seal-image", methods=["POST"])
@roles_required(Role.ADMIN)
def admin_seal_image():
    db = get_session()
    form = SealImageForm()
    form.agency_id.choices = choices((a.id, a.name) for a in _administrable_agencies(db, _me(db)))
    if not form.validate_on_submit():
        return _admin_page(db, seal_image_form=form, status=400)
    agency = db.get(Unit, form.agency_id.data)
    assert agency is not None
    try:
        service.set_seal_image(get_uow(), agency, form.image.data.read(MAX_IMAGE + 1), actor=_me(db),
                               width_mm=float(form.width_mm.data) if form.width_mm.data else None)
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _admin_page(db, seal_image_form=form, status=400)
    flash(_("The seal image was saved."), "info")
    return redirect(url_for("pki.admin_certificates"))


# ---- trust store (operator admins) -------------------------------------------------------


def _global_admin_or_404(db) -> User:
    me = _me(db)
    if not access.is_global_admin(db, me):
        abort(404)
    return me


def _trust_page(add_form=None, status=200):
    cfg = _config()
    shipped = truststore.list_anchors(cfg.trust_dir)
    instance = service.instance_anchors(cfg)
    return render_template("pki/trust.html", shipped=shipped, instance=instance,
                           add_form=add_form or TrustAddForm(), remove_form=TrustRemoveForm()), status


@bp.route("/admin/trust")
@roles_required(Role.ADMIN)
def trust():
    _global_admin_or_404(get_session())
    return _trust_page()


@bp.route("/admin/trust/add", methods=["POST"])
@roles_required(Role.ADMIN)
def trust_add():
    db = get_session()
    me = _global_admin_or_404(db)
    form = TrustAddForm()
    if not form.validate_on_submit():
        return _trust_page(form, 400)
    try:
        anchor = service.add_trust_anchor(get_uow(), _config(), form.file.data.read(MAX_ANCHOR + 1), actor=me)
    except service.PkiServiceError as err:
        _field_error(form, err)
        return _trust_page(form, 400)
    flash(_("Trust anchor %(subject)s added.", subject=anchor.subject), "info")
    return redirect(url_for("pki.trust"))


@bp.route("/admin/trust/remove", methods=["POST"])
@roles_required(Role.ADMIN)
def trust_remove():
    db = get_session()
    me = _global_admin_or_404(db)
    form = TrustRemoveForm()
    if not form.validate_on_submit():
        flash(_("Choose a trust anchor to remove."), "error")
        return _trust_page(status=400)
    try:
        anchor = service.remove_trust_anchor(get_uow(), _config(), form.sha256.data, actor=me)
    except service.PkiServiceError as err:
        flash(tr_error(err), "error")
        return _trust_page(status=400)
    flash(_("Trust anchor %(subject)s removed.", subject=anchor.subject), "info")
    return redirect(url_for("pki.trust"))


# ---- public protocol endpoints -----------------------------------------------------------


def _der(body: bytes, mimetype: str, *, max_age: int = 0) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Cache-Control"] = f"public, max-age={max_age}" if max_age else "no-cache"
    return response


def _protocol_body() -> bytes:
    if (request.content_length or 0) > MAX_PROTOCOL_BODY:
        abort(413)
    return request.get_data(cache=False)[:MAX_PROTOCOL_BODY + 1]


@public_bp.route("/pki/crl/<slug>.crl")
@writes  # the CRL number may advance
def crl(slug: str):
    ca = _ca()
    try:
        ca.authority(slug)
    except CaError:
        abort(404)
    der = service.current_crl(get_uow(), ca, slug)
    return _der(der, "application/pkix-crl", max_age=300)


@public_bp.route("/pki/ca/<slug>.crt")
def ca_certificate(slug: str):
    from cryptography.hazmat.primitives import serialization

    try:
        cert = _ca().authority(slug).certificate
    except CaError:
        abort(404)
    return _der(cert.public_bytes(serialization.Encoding.DER), "application/pkix-cert", max_age=86400)


@public_bp.route("/pki/ocsp", methods=["POST"])
@limiter.limit("600 per minute")
def ocsp_post():
    return _der(service.ocsp_response(get_session(), _ca(), _protocol_body()), "application/ocsp-response")


@public_bp.route("/pki/ocsp/<path:request_b64>")
@limiter.limit("600 per minute")
def ocsp_get(request_b64: str):
    try:
        der = decode_ocsp_get(request_b64)
    except Exception:  # OcspRequestError: answer malformedRequest like any OCSP responder
        der = b""
    return _der(service.ocsp_response(get_session(), _ca(), der), "application/ocsp-response")


@public_bp.route("/pki/tsa", methods=["POST"])
@limiter.limit("600 per minute")
def tsa():
    authority = service.dev_tsa(_config())
    reply = respond_to_request(_protocol_body(), authority.certificate, authority.key, authority.chain)
    return _der(reply, TIMESTAMP_REPLY)


def init_app(app) -> None:
    """Register both blueprints (the public one without CSRF: its POST bodies are DER)."""
    app.register_blueprint(bp)
    app.register_blueprint(public_bp)
    csrf.exempt(public_bp)

    def _pki_error(err: service.PkiServiceError):
        return render_template("errors/error.html", code=err.http_status, message=tr_error(err)), err.http_status

    app.register_error_handler(service.PkiServiceError, _pki_error)

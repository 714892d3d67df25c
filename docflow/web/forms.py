"""WTForms forms (CSRF-protected by Flask-WTF). Labels are msgids, translated lazily."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, MultipleFileField
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, HiddenInput, ListWidget

from ..models import AdminLevel, OrgType, Role, UnitKind

ROLE_LABELS = {
    Role.STAFF: _l("Staff"),
    Role.REVIEWER: _l("Reviewer"),
    Role.LEADER: _l("Leader"),
    Role.CLERK: _l("Clerk"),
    Role.AUDITOR: _l("Auditor"),
    Role.ADMIN: _l("Administrator"),
}
UNIT_KIND_LABELS = {
    UnitKind.PROVINCE: _l("Province"),
    UnitKind.AGENCY: _l("Agency"),
    UnitKind.DIVISION: _l("Division"),
}

ORG_TYPE_LABELS = {
    OrgType.PROVINCE: _l("Province"),
    OrgType.PROVINCE_COMMITTEE: _l("Province People's Committee"),
    OrgType.DEPARTMENT: _l("Department or equivalent"),
    OrgType.COMMUNE_COMMITTEE: _l("Commune or ward People's Committee"),
    OrgType.DISTRICT_COMMITTEE: _l("District People's Committee (three-level layout)"),
    OrgType.OTHER_AGENCY: _l("Other agency"),
    OrgType.DIVISION: _l("Division"),
}

LEVEL_LABELS = {
    AdminLevel.PROVINCE: _l("Province level"),
    AdminLevel.DISTRICT: _l("District level"),
    AdminLevel.COMMUNE: _l("Commune level"),
}


def choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs as WTForms 3.3 choice objects (tuples are deprecated there)."""
    return [SelectChoice(value, label) for value, label in pairs]


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=64)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=256)])
    next = HiddenField()


class EmptyForm(FlaskForm):
    """For buttons that change state (logout, deactivate): CSRF token only."""


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    new_password = PasswordField(_l("New password"), validators=[DataRequired(), Length(min=10, max=256)])


class ChangeEmailForm(FlaskForm):
    email = EmailField(_l("New e-mail address"), validators=[DataRequired(), Length(max=255)])
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])


class LocaleForm(FlaskForm):
    locale = SelectField(_l("Language"), choices=choices([("vi", "Tiếng Việt"), ("en", "English")]))


class UnitForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=255)])
    org_type = SelectField(_l("Kind of unit"), choices=choices((k.value, v) for k, v in ORG_TYPE_LABELS.items()))
    parent_id = SelectField(_l("Parent unit"), coerce=int, validators=[Optional()])
    code = StringField(_l("Code (used in notations)"), validators=[Optional(), Length(max=32)])
    notation_code = StringField(_l("Abbreviation in notations when it is not the code (e.g. UBND)"),
                                validators=[Optional(), Length(max=32)])
    separate_normative_register = BooleanField(_l("Number legal normative documents in their own register"))
    seal_text = BooleanField(_l("Write the agency's name and the signing time under the seal (Circular 01/2019 style)"))
    active = BooleanField(_l("Active"), default=True)


class DocumentTypeForm(FlaskForm):
    code = StringField(_l("Code"), validators=[DataRequired(), Length(max=24)])
    abbreviation = StringField(_l("Abbreviation in notations (empty for công văn)"),
                               validators=[Optional(), Length(max=24)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=120)])
    legal_normative = BooleanField(_l("Legal normative document"))
    active = BooleanField(_l("In use"), default=True)


class MergeForm(FlaskForm):
    sources = MultiCheckboxField(_l("Agencies that are merged"), coerce=int)
    successor_id = SelectField(_l("Into (the successor agency)"), coerce=int)
    effective_on = DateField(_l("Effective from"), validators=[DataRequired()])
    decision = StringField(_l("Decision (number, date, issuer)"), validators=[Optional(), Length(max=500)])


class RenameForm(FlaskForm):
    unit_id = SelectField(_l("Agency"), coerce=int)
    new_name = StringField(_l("New name"), validators=[DataRequired(), Length(max=255)])
    new_code = StringField(_l("New code (kept when empty)"), validators=[Optional(), Length(max=32)])
    effective_on = DateField(_l("Effective from"), validators=[DataRequired()])
    decision = StringField(_l("Decision (number, date, issuer)"), validators=[Optional(), Length(max=500)])


class UserForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=64)])
    full_name = StringField(_l("Full name"), validators=[DataRequired(), Length(max=255)])
    title = StringField(_l("Title / position"), validators=[Optional(), Length(max=255)])
    email = EmailField(_l("E-mail"), validators=[Optional(), Length(max=255)])
    unit_id = SelectField(_l("Unit"), coerce=int)
    roles = MultiCheckboxField(_l("Roles"), choices=choices((r.value, lbl) for r, lbl in ROLE_LABELS.items()))
    service_account = BooleanField(_l("Service account (machine-to-machine: API tokens only, never signs)"))


class DraftForm(FlaskForm):
    doc_type = SelectField(_l("Document type"))
    subject = TextAreaField(_l("Subject"), validators=[DataRequired(), Length(max=2000)])
    urgency = SelectField(_l("Urgency"), choices=choices([
        ("normal", _l("Ordinary")), ("urgent", _l("Urgent (KHẨN)")), ("very_urgent", _l("Very urgent (THƯỢNG KHẨN)")),
        ("express", _l("Express (HỎA TỐC)"))]))
    confidentiality = SelectField(_l("Confidentiality"), choices=choices([
        ("normal", _l("Ordinary")), ("confidential", _l("Confidential (MẬT)")), ("secret", _l("Secret (TỐI MẬT)")),
        ("top_secret", _l("Top secret (TUYỆT MẬT)"))]))
    recipients = MultiCheckboxField(_l("Recipients"))
    signer_id = SelectField(_l("Signer"), coerce=int)
    reviewer_id = SelectField(_l("Reviewer"), coerce=int, validators=[Optional()])
    authority_line = StringField(_l("Authority line (e.g. KT. GIÁM ĐỐC)"), validators=[Optional(), Length(max=120)])
    handling_deadline = DateField(_l("Handling deadline for recipients"), validators=[Optional()])
    circulation_marks = MultiCheckboxField(_l("Circulation marks"), choices=choices([
        ("xem_xong_tra_lai", _l("Return after reading")),
        ("luu_hanh_noi_bo", _l("For internal circulation")),
        ("du_thao", _l("Draft, shown until the document is issued"))]), validate_choice=True)
    main_pdf = FileField(_l("Main document (PDF, or Word: .docx, .doc, .odt)"), validators=[
        FileRequired(), FileAllowed(["pdf", "docx", "doc", "odt"], _l("PDF or Word (.docx, .doc, .odt) only."))])
    attachments = MultipleFileField(_l("Attachments (PDF, optional)"))
    pending_main = HiddenField()  # a file chosen before the form came back with an error (web/uploads.py)
    revision = IntegerField(widget=HiddenInput(), validators=[Optional()])
    answers_delivery_id = IntegerField(widget=HiddenInput(), validators=[Optional()])  # a reply: what it answers


class ActionForm(FlaskForm):
    """A state change on a document: the revision the user saw, an optional comment."""

    revision = IntegerField(widget=HiddenInput(), validators=[DataRequired()])
    comment = TextAreaField(_l("Comment"), validators=[Optional(), Length(max=4000)])


class SignForm(ActionForm):
    pin = PasswordField(_l("PIN"), validators=[DataRequired(), Length(max=64)])
    page = IntegerField(widget=HiddenInput(), validators=[Optional()])
    box = HiddenField(validators=[Optional(), Length(max=80)])


class TokenSignForm(ActionForm):
    """The leader's signature with the key on the leader's own token: no PIN here (docflow-agent)."""

    page = IntegerField(widget=HiddenInput(), validators=[Optional()])
    box = HiddenField(validators=[Optional(), Length(max=80)])


class AssignForm(ActionForm):
    lead_unit_id = SelectField(_l("Lead unit"), coerce=int)
    cooperating = MultiCheckboxField(_l("Co-operating units"))
    handler_id = SelectField(_l("Handler"), coerce=int, validators=[Optional()])
    deadline = DateField(_l("Deadline"), validators=[Optional()])


URGENCY_CHOICES = [("normal", _l("Ordinary")), ("urgent", _l("Urgent (KHẨN)")),
                   ("very_urgent", _l("Very urgent (THƯỢNG KHẨN)")), ("express", _l("Express (HỎA TỐC)"))]


class ExternalIncomingForm(FlaskForm):
    """A paper (scanned) or e-mailed document the clerk registers: what its page says."""

    source = SelectField(_l("Arrived as"), choices=choices([
        ("paper", _l("Paper document (scanned to PDF)")), ("email", _l("PDF received by e-mail"))]))
    sender_agency_id = SelectField(_l("Sender (a known agency)"), coerce=int, validators=[Optional()])
    sender_name = StringField(_l("Sender, if not in the list"), validators=[Optional(), Length(max=255)])
    notation = StringField(_l("Number/notation"), validators=[Optional(), Length(max=120)])
    document_date = DateField(_l("Date of the document"), validators=[Optional()])
    doc_type = SelectField(_l("Document type"))
    subject = TextAreaField(_l("Subject"), validators=[DataRequired(), Length(max=2000)])
    urgency = SelectField(_l("Urgency"), choices=choices(URGENCY_CHOICES))
    deadline = DateField(_l("Handling deadline asked by the sender"), validators=[Optional()])
    scan = FileField(_l("The document (PDF)"), validators=[
        FileRequired(), FileAllowed(["pdf"], _l("PDF only."))])
    pending_scan = HiddenField()  # the file chosen before the form came back with an error

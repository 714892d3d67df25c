"""edXML packages (QCVN 102:2016/BTTTT) and status messages (Decision 28/2018 codes):
plain data in, XML bytes out, and back. Parsing goes through defusedxml (no DTD, no entity
expansion, no external references) after a size check; both namespaces in use are accepted.
No database and no flask here."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import xml.etree.ElementTree as ET  # noqa: S405 - building only; parsing uses defusedxml
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from ..messages import N_, Text

__all__ = [
    "NS_QCVN", "NS_EDOC", "NAMESPACES", "STATUS_CODES", "EdxmlError", "Organ", "Signer", "Attachment", "Trace",
    "Package", "StatusMessage", "build_package", "parse_package", "build_status", "parse_status",
]

NS_QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
NS_EDOC = "http://www.go.vn/eDoc"
NAMESPACES = (NS_QCVN, NS_EDOC)

# Decision 28/2018/QĐ-TTg status codes on the national axis
STATUS_CODES = {
    "01": "sent",
    "02": "refused",
    "03": "accepted",
    "04": "assigned",
    "05": "in_progress",
    "06": "completed",
}

MAX_ATTACHMENTS = 50
DATE = "%Y/%m/%d"


class EdxmlError(ValueError):
    """The package or message is not acceptable (malformed, too large, missing parts): an
    English msgid and its parameters, so the person who sent it reads the reason in their
    language (``text``); ``str()`` is the English reason for logs and the CLI."""

    def __init__(self, msgid: str, **params: object) -> None:
        self.msgid, self.params = msgid, params
        super().__init__(msgid % params if params else msgid)

    @property
    def text(self) -> Text:
        return Text(self.msgid, self.params)


@dataclass(frozen=True)
class Organ:
    organ_id: str
    organ_name: str = ""


@dataclass(frozen=True)
class Signer:
    competence: str = ""  # thẩm quyền: "KT. GIÁM ĐỐC"
    position: str = ""  # chức vụ
    full_name: str = ""


@dataclass(frozen=True)
class Attachment:
    content_id: str
    name: str
    data: bytes
    content_type: str = "application/pdf"
    description: str = ""


@dataclass(frozen=True)
class Trace:
    organ_id: str
    timestamp: dt.datetime


@dataclass(frozen=True)
class Package:
    sender: Organ
    recipients: tuple[Organ, ...]
    document_id: str
    code_number: str
    code_notation: str
    place: str
    promulgation_date: dt.date
    document_type: str  # Type (the docflow code, e.g. "CV", "QĐ")
    document_type_name: str
    subject: str
    signer: Signer
    due_date: dt.date | None = None
    priority: int = 0  # 0 normal, 1 urgent (khẩn), 2 very urgent, 3 express (hỏa tốc)
    to_places: tuple[str, ...] = ()
    trace: tuple[Trace, ...] = ()
    attachments: tuple[Attachment, ...] = field(default=())
    namespace: str = NS_QCVN


@dataclass(frozen=True)
class StatusMessage:
    """A status of a received document, sent back to its sender (Decision 28/2018)."""

    response_for_organ: str  # the sender's OrganId
    response_for_document_id: str
    response_for_code: str  # number/notation
    promulgation_date: dt.date | None
    sender: Organ  # who reports the status (the recipient)
    status_code: str
    description: str = ""
    timestamp: dt.datetime | None = None
    staff: str = ""
    department: str = ""
    namespace: str = NS_QCVN


# -- building ------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, namespace: str) -> None:
        self.ns = namespace
        ET.register_namespace("edXML", namespace)

    def el(self, parent: ET.Element | None, name: str, text: str | None = None, **attrs: str) -> ET.Element:
        tag = f"{{{self.ns}}}{name}"
        node = ET.Element(tag, attrs) if parent is None else ET.SubElement(parent, tag, attrs)
        if text is not None:
            node.text = text
        return node

    def organ(self, parent: ET.Element, name: str, organ: Organ) -> None:
        node = self.el(parent, name)
        self.el(node, "OrganId", organ.organ_id)
        self.el(node, "OrganName", organ.organ_name)


def _xml(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%Y/%m/%d %H:%M:%S")


def build_package(pkg: Package) -> bytes:
    b = _Builder(pkg.namespace)
    root = b.el(None, "edXMLEnvelope")
    header = b.el(root, "edXMLHeader")
    mh = b.el(header, "MessageHeader")
    b.organ(mh, "From", pkg.sender)
    for organ in pkg.recipients:
        b.organ(mh, "To", organ)
    b.el(mh, "DocumentId", pkg.document_id)
    code = b.el(mh, "Code")
    b.el(code, "CodeNumber", pkg.code_number)
    b.el(code, "CodeNotation", pkg.code_notation)
    prom = b.el(mh, "PromulgationInfo")
    b.el(prom, "Place", pkg.place)
    b.el(prom, "PromulgationDate", pkg.promulgation_date.strftime(DATE))
    dtype = b.el(mh, "DocumentType")
    b.el(dtype, "Type", pkg.document_type)
    b.el(dtype, "TypeName", pkg.document_type_name)
    b.el(mh, "Subject", pkg.subject)
    signer = b.el(mh, "SignerInfo")
    b.el(signer, "Competence", pkg.signer.competence)
    b.el(signer, "Position", pkg.signer.position)
    b.el(signer, "FullName", pkg.signer.full_name)
    b.el(mh, "DueDate", pkg.due_date.strftime(DATE) if pkg.due_date else "")
    places = b.el(mh, "ToPlaces")
    for place in pkg.to_places:
        b.el(places, "Place", place)
    other = b.el(mh, "OtherInfo")
    b.el(other, "Priority", str(pkg.priority))
    b.el(other, "PromulgationAmount", str(len(pkg.recipients)))
    traces = b.el(header, "TraceHeaderList")
    for trace in pkg.trace:
        node = b.el(traces, "TraceHeader")
        b.el(node, "OrganId", trace.organ_id)
        b.el(node, "Timestamp", _timestamp(trace.timestamp))
    body = b.el(root, "edXMLBody")
    manifest = b.el(body, "Manifest", version="1.0")
    for att in pkg.attachments:
        ref = b.el(manifest, "Reference")
        b.el(ref, "ContentId", att.content_id)
        b.el(ref, "ContentType", att.content_type)
        b.el(ref, "Description", att.description)
        b.el(ref, "AttachmentName", att.name)
    encoded = b.el(root, "AttachmentEncoded")
    for att in pkg.attachments:
        node = b.el(encoded, "Attachment", ContentId=att.content_id, ContentType=att.content_type)
        node.text = base64.b64encode(att.data).decode("ascii")
    return _xml(root)


def build_status(msg: StatusMessage) -> bytes:
    if msg.status_code not in STATUS_CODES:
        raise EdxmlError(N_("the status code %(code)s is not one of the edXML status codes"), code=msg.status_code)
    b = _Builder(msg.namespace)
    root = b.el(None, "edXMLEnvelope")
    header = b.el(root, "edXMLHeader")
    status = b.el(header, "Status")
    rf = b.el(status, "ResponseFor")
    b.el(rf, "OrganId", msg.response_for_organ)
    b.el(rf, "Code", msg.response_for_code)
    b.el(rf, "PromulgationDate", msg.promulgation_date.strftime(DATE) if msg.promulgation_date else "")
    b.el(rf, "DocumentId", msg.response_for_document_id)
    b.organ(status, "From", msg.sender)
    b.el(status, "StatusCode", msg.status_code)
    b.el(status, "Description", msg.description)
    b.el(status, "Timestamp", _timestamp(msg.timestamp or dt.datetime.now(dt.UTC)))
    staff = b.el(status, "StaffInfo")
    b.el(staff, "Department", msg.department)
    b.el(staff, "Staff", msg.staff)
    b.el(root, "edXMLBody")
    return _xml(root)


# -- parsing -------------------------------------------------------------------------------------


def _parse(data: bytes, max_bytes: int) -> tuple[ET.Element, str]:
    if len(data) > max_bytes:
        raise EdxmlError(N_("the package is larger than %(size)s MB"), size=f"{max_bytes / 1048576:g}")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise EdxmlError(N_("the XML uses a construct that is refused (a DTD, an entity or an external "
                            "reference)")) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise EdxmlError(N_("the XML is malformed (line %(line)s, column %(column)s)"), line=line,
                         column=column) from None
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if namespace not in NAMESPACES:
        raise EdxmlError(N_("the XML namespace %(namespace)s is not edXML's (expected %(expected)s)"),
                         namespace=repr(namespace), expected=" | ".join(NAMESPACES))
    if _local(root.tag).lower() == "edxml":  # a wrapper around the envelope
        envelope = _child(root, "edXMLEnvelope")
        if envelope is None:
            raise EdxmlError(N_("the package has no edXMLEnvelope element"))
        root = envelope
    if _local(root.tag).lower() != "edxmlenvelope":
        raise EdxmlError(N_("the root element is %(name)s, not edXMLEnvelope"), name=_local(root.tag)[:60])
    return root, namespace


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ns_ok(tag: str) -> bool:
    return not tag.startswith("{") or tag[1:].split("}", 1)[0] in NAMESPACES


def _child(node: ET.Element | None, name: str) -> ET.Element | None:
    if node is None:
        return None
    wanted = name.lower()
    for child in node:
        if isinstance(child.tag, str) and _ns_ok(child.tag) and _local(child.tag).lower() == wanted:
            return child
    return None


def _children(node: ET.Element | None, name: str) -> list[ET.Element]:
    if node is None:
        return []
    wanted = name.lower()
    return [c for c in node if isinstance(c.tag, str) and _ns_ok(c.tag) and _local(c.tag).lower() == wanted]


def _text(node: ET.Element | None, *path: str, limit: int = 4000) -> str:
    for name in path:
        node = _child(node, name)
    value = (node.text or "").strip() if node is not None else ""
    if len(value) > limit:
        raise EdxmlError(N_("the content of %(element)s is too long"), element="/".join(path))
    return value


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in (DATE, "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value[:10], fmt).date()
        except ValueError:
            continue
    raise EdxmlError(N_("%(value)s is not a date"), value=repr(value[:40]))


def _datetime(value: str) -> dt.datetime | None:
    value = value.strip()
    if not value:
        return None
    vn = dt.timezone(dt.timedelta(hours=7))
    for fmt in ("%Y/%m/%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S"):
        try:
            parsed = dt.datetime.strptime(value, fmt)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=vn)
        except ValueError:
            continue
    raise EdxmlError(N_("%(value)s is not a date and time"), value=repr(value[:40]))


def _organ(node: ET.Element | None, name: str) -> Organ:
    organ = _child(node, name)
    organ_id = _text(organ, "OrganId", limit=64)
    if not organ_id:
        raise EdxmlError(N_("the agency identifier (%(element)s/OrganId) is missing"), element=name)
    return Organ(organ_id, _text(organ, "OrganName", limit=255))


def parse_package(data: bytes, *, max_bytes: int = 150 * 1024 * 1024) -> Package:
    root, namespace = _parse(data, max_bytes)
    header = _child(root, "edXMLHeader")
    mh = _child(header, "MessageHeader")
    if mh is None:
        raise EdxmlError(N_("the package has no MessageHeader element (is it a status message?)"))
    references = _children(_child(_child(root, "edXMLBody"), "Manifest"), "Reference")
    encoded = _child(root, "AttachmentEncoded")
    if encoded is None:
        encoded = _child(_child(root, "edXMLBody"), "AttachmentEncoded")
    blobs = {a.get("ContentId", ""): a for a in _children(encoded, "Attachment")}
    if len(references) > MAX_ATTACHMENTS or len(blobs) > MAX_ATTACHMENTS:
        raise EdxmlError(N_("the package carries more than %(count)s attachments"), count=MAX_ATTACHMENTS)
    attachments = []
    for ref in references:
        content_id = _text(ref, "ContentId", limit=200)
        node = blobs.get(content_id)
        if node is None:
            raise EdxmlError(N_("the attachment %(name)s is listed in the manifest but its content is missing"),
                             name=repr(content_id))
        try:
            payload = base64.b64decode("".join((node.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            raise EdxmlError(N_("the content of the attachment %(name)s is not valid base64"),
                             name=repr(content_id)) from None
        attachments.append(Attachment(content_id, _text(ref, "AttachmentName", limit=255) or f"{content_id}.pdf",
                                      payload, _text(ref, "ContentType", limit=100) or "application/pdf",
                                      _text(ref, "Description", limit=1000)))
    priority_text = _text(mh, "OtherInfo", "Priority", limit=4) or "0"
    if not priority_text.isdigit():
        raise EdxmlError(N_("the urgency (OtherInfo/Priority) is not a number"))
    prom_date = _date(_text(mh, "PromulgationInfo", "PromulgationDate", limit=40))
    if prom_date is None:
        raise EdxmlError(N_("the date of issue (PromulgationInfo/PromulgationDate) is missing"))
    subject = _text(mh, "Subject", limit=4000)
    if not subject:
        raise EdxmlError(N_("the document's subject is missing"))
    return Package(
        sender=_organ(mh, "From"),
        recipients=tuple(Organ(_text(t, "OrganId", limit=64), _text(t, "OrganName", limit=255))
                         for t in _children(mh, "To")),
        document_id=_text(mh, "DocumentId", limit=255),
        code_number=_text(mh, "Code", "CodeNumber", limit=20),
        code_notation=_text(mh, "Code", "CodeNotation", limit=100),
        place=_text(mh, "PromulgationInfo", "Place", limit=255),
        promulgation_date=prom_date,
        document_type=_text(mh, "DocumentType", "Type", limit=20),
        document_type_name=_text(mh, "DocumentType", "TypeName", limit=100),
        subject=subject,
        signer=Signer(_text(mh, "SignerInfo", "Competence", limit=120), _text(mh, "SignerInfo", "Position", limit=255),
                      _text(mh, "SignerInfo", "FullName", limit=255)),
        due_date=_date(_text(mh, "DueDate", limit=40)),
        priority=min(int(priority_text), 3),
        to_places=tuple((p.text or "").strip()[:255] for p in _children(_child(mh, "ToPlaces"), "Place")),
        trace=tuple(Trace(_text(t, "OrganId", limit=64), _datetime(_text(t, "Timestamp", limit=40))
                          or dt.datetime.now(dt.UTC))
                    for t in _children(_child(header, "TraceHeaderList"), "TraceHeader")),
        attachments=tuple(attachments),
        namespace=namespace,
    )


def parse_status(data: bytes, *, max_bytes: int = 1024 * 1024) -> StatusMessage:
    root, namespace = _parse(data, max_bytes)
    status = _child(_child(root, "edXMLHeader"), "Status")
    if status is None:
        raise EdxmlError(N_("the message carries no status (is it a document package?)"))
    code = _text(status, "StatusCode", limit=4)
    if code not in STATUS_CODES:
        raise EdxmlError(N_("the status code %(code)s is not one of the edXML status codes"), code=repr(code))
    rf = _child(status, "ResponseFor")
    document_id = _text(rf, "DocumentId", limit=255)
    if not document_id:
        raise EdxmlError(N_("the identifier of the document answered (ResponseFor/DocumentId) is missing"))
    return StatusMessage(
        response_for_organ=_text(rf, "OrganId", limit=64), response_for_document_id=document_id,
        response_for_code=_text(rf, "Code", limit=120),
        promulgation_date=_date(_text(rf, "PromulgationDate", limit=40)), sender=_organ(status, "From"),
        status_code=code, description=_text(status, "Description", limit=4000),
        timestamp=_datetime(_text(status, "Timestamp", limit=40)),
        staff=_text(status, "StaffInfo", "Staff", limit=255),
        department=_text(status, "StaffInfo", "Department", limit=255), namespace=namespace,
    )

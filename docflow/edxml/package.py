"""edXML packages (QCVN 102:2016/BTTTT) and status messages: plain data in, XML bytes out, and
back. Parsing goes through defusedxml (no DTD, no entity expansion, no external references)
after a size check; both namespaces in use are accepted. No database and no flask here.

Which source each rule follows (the standard's text is not at hand in this repository; the
structure is the one the public edXML SDK and the gateways built on it read and write):
- layout: an ``edXML`` root holding ``edXMLEnvelope`` (``edXMLHeader``: ``MessageHeader``,
  ``TraceHeaderList``; ``edXMLBody``: ``edXMLManifest`` of ``Reference`` elements) and, beside
  the envelope, ``AttachmentEncoded`` with one ``Attachment`` per file: ``ContentId``,
  ``AttachmentName``, ``ContentType``, ``Description``, ``ContentTransferEncoded`` (base64);
  the manifest's ``Reference`` names the same ``ContentId`` (and ``xlink:href="cid:…"``);
- MessageHeader fields in the standard's order 1.1–1.14: From, To, Code, PromulgationInfo,
  DocumentType (Type, TypeDetail, TypeName), Subject, Content, SignerInfo, DueDate, ToPlaces,
  OtherInfo (Priority, SphereOfPromulgation, TyperNotation, PromulgationAmount, PageAmount,
  Appendixes), ResponseFor, SteeringType, DocumentId; an organ: OrganId,
  OrganizationInCharge, OrganName, OrganAdd, Email, Telephone, Fax, Website;
- TraceHeaderList: TraceHeader (OrganId, Timestamp) and ``Bussiness`` (spelled so by the
  standard): BussinessDocType 0 new, 1 recall (thu hồi), 2 update, 3 replace, with
  BussinessDocReason, DocumentId, StaffInfo, Paper and ReplacementInfoList;
- status codes: those the national exchange axis uses (01–06, 13, 15, 16; no others are
  defined), 01 meaning the document arrived at the recipient's system.
Packages written by docflow before this layout (``edXMLEnvelope`` as the root, ``Manifest``,
base64 inline in ``Attachment`` with a ``ContentId`` attribute) are still read."""

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
    "NS_QCVN", "NS_EDOC", "NS_XLINK", "NAMESPACES", "STATUS_CODES", "STATUS_NAMES", "BUSINESS_NEW",
    "BUSINESS_RECALL", "BUSINESS_UPDATE", "BUSINESS_REPLACE", "TYPE_ADMINISTRATIVE", "TYPE_LEGAL_NORMATIVE",
    "EdxmlError", "Organ", "Signer", "Attachment", "Trace", "ResponseFor", "StaffInfo", "Replacement",
    "Business", "Package", "StatusMessage", "build_package", "parse_package", "build_status", "parse_status",
]

NS_QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
NS_EDOC = "http://www.go.vn/eDoc"
NS_XLINK = "http://www.w3.org/1999/xlink"
NAMESPACES = (NS_QCVN, NS_EDOC)

# the status codes of the national exchange axis (what the receiving side reports, and the
# recall exchange: 13 the sender asks for the document back, 15/16 the recipient agrees/refuses)
STATUS_CODES = {
    "01": "arrived",  # đã đến: the package reached the recipient's system
    "02": "refused",  # từ chối tiếp nhận
    "03": "accepted",  # đã tiếp nhận (registered)
    "04": "assigned",  # phân công xử lý
    "05": "in_progress",  # đang xử lý
    "06": "completed",  # hoàn thành
    "13": "recall_requested",  # yêu cầu lấy lại (thu hồi)
    "15": "recall_accepted",  # đồng ý lấy lại / cập nhật
    "16": "recall_refused",  # từ chối lấy lại / cập nhật
}
STATUS_NAMES = {
    "01": "Đã đến", "02": "Từ chối tiếp nhận", "03": "Đã tiếp nhận", "04": "Phân công xử lý", "05": "Đang xử lý",
    "06": "Hoàn thành", "13": "Yêu cầu lấy lại", "15": "Đồng ý lấy lại", "16": "Từ chối lấy lại",
}
# Bussiness/BussinessDocType
BUSINESS_NEW, BUSINESS_RECALL, BUSINESS_UPDATE, BUSINESS_REPLACE = 0, 1, 2, 3
# DocumentType/Type: an administrative document or a legal normative one; TypeDetail numbers
# the kind within the list (docflow: its position in Decree 30 Annex III, công văn = 18)
TYPE_ADMINISTRATIVE, TYPE_LEGAL_NORMATIVE = "1", "2"

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
    organization_in_charge: str = ""  # cơ quan chủ quản
    address: str = ""  # OrganAdd
    email: str = ""
    telephone: str = ""
    fax: str = ""
    website: str = ""


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
class ResponseFor:
    """The document this one answers (MessageHeader/ResponseFor)."""

    organ_id: str
    code: str
    promulgation_date: dt.date | None
    document_id: str


@dataclass(frozen=True)
class StaffInfo:
    department: str = ""
    staff: str = ""
    mobile: str = ""
    email: str = ""


@dataclass(frozen=True)
class Replacement:
    """A document this package replaces, and the organs it had been sent to."""

    document_id: str
    organ_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Business:
    """TraceHeaderList/Bussiness: what this package does to the exchanged document."""

    doc_type: int = BUSINESS_NEW
    reason: str = ""
    document_id: str = ""  # the DocumentId it concerns (the recalled/updated one)
    staff: StaffInfo = field(default_factory=StaffInfo)
    paper: int = 0  # 1: a paper copy follows
    replacements: tuple[Replacement, ...] = ()


@dataclass(frozen=True)
class Package:
    sender: Organ
    recipients: tuple[Organ, ...]
    document_id: str
    code_number: str
    code_notation: str
    place: str
    promulgation_date: dt.date
    document_type: str  # Type: TYPE_ADMINISTRATIVE | TYPE_LEGAL_NORMATIVE (old docflow packages: "CV")
    document_type_name: str
    subject: str
    signer: Signer
    due_date: dt.date | None = None
    priority: int = 0  # 0 normal, 1 urgent (khẩn), 2 very urgent, 3 express (hỏa tốc)
    # the document's "Nơi nhận" other than this package's recipients (To), "Lưu: VT, …" included
    to_places: tuple[str, ...] = ()
    trace: tuple[Trace, ...] = ()
    attachments: tuple[Attachment, ...] = field(default=())
    namespace: str = NS_QCVN
    type_detail: int = 0
    content: str = ""
    sphere_of_promulgation: str = ""  # phạm vi lưu hành
    typer_notation: str = ""  # ký hiệu người đánh máy / soạn thảo (Decree 30: the "Lưu" line)
    promulgation_amount: int = 0  # số lượng bản phát hành: every copy the document was issued in
    page_amount: int = 0
    appendixes: tuple[str, ...] = ()
    response_for: tuple[ResponseFor, ...] = ()
    steering_type: int = 0
    business: Business = field(default_factory=Business)
    legacy: bool = False  # read from docflow's earlier layout (edXMLEnvelope root, Manifest)


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
    mobile: str = ""
    email: str = ""


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
        self.el(node, "OrganizationInCharge", organ.organization_in_charge)
        self.el(node, "OrganName", organ.organ_name)
        self.el(node, "OrganAdd", organ.address)
        self.el(node, "Email", organ.email)
        self.el(node, "Telephone", organ.telephone)
        self.el(node, "Fax", organ.fax)
        self.el(node, "Website", organ.website)

    def staff(self, parent: ET.Element, staff: StaffInfo) -> None:
        node = self.el(parent, "StaffInfo")
        self.el(node, "Department", staff.department)
        self.el(node, "Staff", staff.staff)
        self.el(node, "Mobile", staff.mobile)
        self.el(node, "Email", staff.email)


def _xml(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%Y/%m/%d %H:%M:%S")


def _date_text(value: dt.date | None) -> str:
    return value.strftime(DATE) if value else ""


def build_package(pkg: Package) -> bytes:
    b = _Builder(pkg.namespace)
    ET.register_namespace("xlink", NS_XLINK)
    root = b.el(None, "edXML")
    envelope = b.el(root, "edXMLEnvelope")
    header = b.el(envelope, "edXMLHeader")
    mh = b.el(header, "MessageHeader")
    b.organ(mh, "From", pkg.sender)  # 1.1
    for organ in pkg.recipients:  # 1.2
        b.organ(mh, "To", organ)
    code = b.el(mh, "Code")  # 1.3
    b.el(code, "CodeNumber", pkg.code_number)
    b.el(code, "CodeNotation", pkg.code_notation)
    prom = b.el(mh, "PromulgationInfo")  # 1.4
    b.el(prom, "Place", pkg.place)
    b.el(prom, "PromulgationDate", _date_text(pkg.promulgation_date))
    dtype = b.el(mh, "DocumentType")  # 1.5
    b.el(dtype, "Type", pkg.document_type)
    b.el(dtype, "TypeDetail", str(pkg.type_detail))
    b.el(dtype, "TypeName", pkg.document_type_name)
    b.el(mh, "Subject", pkg.subject)  # 1.6
    b.el(mh, "Content", pkg.content)  # 1.7
    signer = b.el(mh, "SignerInfo")  # 1.8
    b.el(signer, "Competence", pkg.signer.competence)
    b.el(signer, "Position", pkg.signer.position)
    b.el(signer, "FullName", pkg.signer.full_name)
    b.el(mh, "DueDate", _date_text(pkg.due_date))  # 1.9
    places = b.el(mh, "ToPlaces")  # 1.10
    for place in pkg.to_places:
        b.el(places, "Place", place)
    other = b.el(mh, "OtherInfo")  # 1.11
    b.el(other, "Priority", str(pkg.priority))
    b.el(other, "SphereOfPromulgation", pkg.sphere_of_promulgation)
    b.el(other, "TyperNotation", pkg.typer_notation)
    b.el(other, "PromulgationAmount", str(pkg.promulgation_amount))
    b.el(other, "PageAmount", str(pkg.page_amount))
    appendixes = b.el(other, "Appendixes")
    for name in pkg.appendixes:
        b.el(appendixes, "Appendix", name)
    for answered in pkg.response_for:  # 1.12
        rf = b.el(mh, "ResponseFor")
        b.el(rf, "OrganId", answered.organ_id)
        b.el(rf, "Code", answered.code)
        b.el(rf, "PromulgationDate", _date_text(answered.promulgation_date))
        b.el(rf, "DocumentId", answered.document_id)
    b.el(mh, "SteeringType", str(pkg.steering_type))  # 1.13
    b.el(mh, "DocumentId", pkg.document_id)  # 1.14
    traces = b.el(header, "TraceHeaderList")
    for trace in pkg.trace:
        node = b.el(traces, "TraceHeader")
        b.el(node, "OrganId", trace.organ_id)
        b.el(node, "Timestamp", _timestamp(trace.timestamp))
    business = b.el(traces, "Bussiness")
    b.el(business, "BussinessDocType", str(pkg.business.doc_type))
    b.el(business, "BussinessDocReason", pkg.business.reason)
    b.el(business, "DocumentId", pkg.business.document_id)
    b.staff(business, pkg.business.staff)
    b.el(business, "Paper", str(pkg.business.paper))
    replacements = b.el(business, "ReplacementInfoList")
    for replaced in pkg.business.replacements:
        info = b.el(replacements, "ReplacementInfo")
        b.el(info, "DocumentId", replaced.document_id)
        organs = b.el(info, "OrganIdList")
        for organ_id in replaced.organ_ids:
            b.el(organs, "OrganId", organ_id)
    body = b.el(envelope, "edXMLBody")
    manifest = b.el(body, "edXMLManifest", version="1.0")
    for att in pkg.attachments:
        ref = b.el(manifest, "Reference", **{f"{{{NS_XLINK}}}href": f"cid:{att.content_id}",
                                             f"{{{NS_XLINK}}}type": "simple"})
        b.el(ref, "ContentId", att.content_id)
        b.el(ref, "ContentType", att.content_type)
        b.el(ref, "Description", att.description)
        b.el(ref, "AttachmentName", att.name)
    encoded = b.el(root, "AttachmentEncoded")
    for att in pkg.attachments:
        node = b.el(encoded, "Attachment")
        b.el(node, "ContentId", att.content_id)
        b.el(node, "AttachmentName", att.name)
        b.el(node, "ContentType", att.content_type)
        b.el(node, "Description", att.description)
        b.el(node, "ContentTransferEncoded", base64.b64encode(att.data).decode("ascii"))
    return _xml(root)


def build_status(msg: StatusMessage) -> bytes:
    if msg.status_code not in STATUS_CODES:
        raise EdxmlError(N_("the status code %(code)s is not one of the edXML status codes"), code=msg.status_code)
    b = _Builder(msg.namespace)
    root = b.el(None, "edXML")
    envelope = b.el(root, "edXMLEnvelope")
    header = b.el(envelope, "edXMLHeader")
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
    b.staff(status, StaffInfo(msg.department, msg.staff, msg.mobile, msg.email))
    b.el(envelope, "edXMLBody")
    return _xml(root)


# -- parsing -------------------------------------------------------------------------------------


def _parse(data: bytes, max_bytes: int) -> tuple[ET.Element, str]:
    envelope, _wrapper, namespace = _parse_wrapped(data, max_bytes)
    return envelope, namespace


def _parse_wrapped(data: bytes, max_bytes: int) -> tuple[ET.Element, ET.Element | None, str]:
    """The envelope, the ``edXML`` root around it (None in docflow's earlier layout) and the namespace."""
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
    wrapper = None
    if _local(root.tag).lower() == "edxml":  # the standard's root around the envelope
        envelope = _child(root, "edXMLEnvelope")
        if envelope is None:
            raise EdxmlError(N_("the package has no edXMLEnvelope element"))
        wrapper, root = root, envelope
    if _local(root.tag).lower() != "edxmlenvelope":
        raise EdxmlError(N_("the root element is %(name)s, not edXMLEnvelope"), name=_local(root.tag)[:60])
    return root, wrapper, namespace


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


def _organ_of(node: ET.Element | None) -> Organ:
    return Organ(_text(node, "OrganId", limit=64), _text(node, "OrganName", limit=255),
                 _text(node, "OrganizationInCharge", limit=255), _text(node, "OrganAdd", limit=500),
                 _text(node, "Email", limit=255), _text(node, "Telephone", limit=64), _text(node, "Fax", limit=64),
                 _text(node, "Website", limit=255))


def _organ(node: ET.Element | None, name: str) -> Organ:
    organ = _organ_of(_child(node, name))
    if not organ.organ_id:
        raise EdxmlError(N_("the agency identifier (%(element)s/OrganId) is missing"), element=name)
    return organ


def _number(node: ET.Element | None, *path: str, default: int = 0, limit: int = 10) -> int:
    value = _text(node, *path, limit=limit)
    if not value:
        return default
    if not value.isdigit():
        raise EdxmlError(N_("%(element)s is not a number"), element="/".join(path))
    return int(value)


def _staff(node: ET.Element | None) -> StaffInfo:
    return StaffInfo(_text(node, "Department", limit=255), _text(node, "Staff", limit=255),
                     _text(node, "Mobile", limit=64), _text(node, "Email", limit=255))


def _business(node: ET.Element | None) -> Business:
    if node is None:
        return Business()
    doc_type = _number(node, "BussinessDocType", limit=2)
    if doc_type not in (BUSINESS_NEW, BUSINESS_RECALL, BUSINESS_UPDATE, BUSINESS_REPLACE):
        raise EdxmlError(N_("%(element)s is not a number"), element="Bussiness/BussinessDocType")
    replacements = tuple(
        Replacement(_text(info, "DocumentId", limit=255),
                    tuple((o.text or "").strip()[:64] for o in _children(_child(info, "OrganIdList"), "OrganId")))
        for info in _children(_child(node, "ReplacementInfoList"), "ReplacementInfo"))[:MAX_ATTACHMENTS]
    return Business(doc_type, _text(node, "BussinessDocReason", limit=4000), _text(node, "DocumentId", limit=255),
                    _staff(_child(node, "StaffInfo")), _number(node, "Paper", limit=2), replacements)


def _blobs(containers: list[ET.Element | None]) -> dict[str, tuple[ET.Element, str]]:
    """Encoded attachments by ContentId: the standard's (ContentId and ContentTransferEncoded
    elements) and docflow's earlier ones (a ContentId attribute, the base64 as text)."""
    found: dict[str, tuple[ET.Element, str]] = {}
    for container in containers:
        for node in _children(container, "Attachment"):
            encoded = _child(node, "ContentTransferEncoded")
            if encoded is not None:
                found[_content_id(_text(node, "ContentId", limit=200))] = (node, encoded.text or "")
            else:
                found[_content_id(node.get("ContentId", ""))] = (node, node.text or "")
            if len(found) > MAX_ATTACHMENTS:
                raise EdxmlError(N_("the package carries more than %(count)s attachments"), count=MAX_ATTACHMENTS)
    return found


def _content_id(value: str) -> str:
    value = value.strip()
    return value[4:] if value.lower().startswith("cid:") else value


def parse_package(data: bytes, *, max_bytes: int = 150 * 1024 * 1024) -> Package:
    root, wrapper, namespace = _parse_wrapped(data, max_bytes)
    header = _child(root, "edXMLHeader")
    mh = _child(header, "MessageHeader")
    if mh is None:
        raise EdxmlError(N_("the package has no MessageHeader element (is it a status message?)"))
    body = _child(root, "edXMLBody")
    manifest = _child(body, "edXMLManifest")
    legacy = manifest is None and wrapper is None
    if manifest is None:
        manifest = _child(body, "Manifest")
    references = _children(manifest, "Reference")
    if len(references) > MAX_ATTACHMENTS:
        raise EdxmlError(N_("the package carries more than %(count)s attachments"), count=MAX_ATTACHMENTS)
    blobs = _blobs([_child(wrapper, "AttachmentEncoded"), _child(root, "AttachmentEncoded"),
                    _child(body, "AttachmentEncoded")])
    attachments = []
    for ref in references:
        content_id = _content_id(_text(ref, "ContentId", limit=200) or ref.get(f"{{{NS_XLINK}}}href", ""))
        found = blobs.get(content_id)
        if found is None:
            raise EdxmlError(N_("the attachment %(name)s is listed in the manifest but its content is missing"),
                             name=repr(content_id))
        node, text = found
        try:
            payload = base64.b64decode("".join(text.split()), validate=True)
        except (binascii.Error, ValueError):
            raise EdxmlError(N_("the content of the attachment %(name)s is not valid base64"),
                             name=repr(content_id)) from None
        name = _text(ref, "AttachmentName", limit=255) or _text(node, "AttachmentName", limit=255)
        attachments.append(Attachment(content_id, name or f"{content_id}.pdf", payload,
                                      _text(ref, "ContentType", limit=100) or _text(node, "ContentType", limit=100)
                                      or "application/pdf",
                                      _text(ref, "Description", limit=1000) or _text(node, "Description", limit=1000)))
    prom_date = _date(_text(mh, "PromulgationInfo", "PromulgationDate", limit=40))
    if prom_date is None:
        raise EdxmlError(N_("the date of issue (PromulgationInfo/PromulgationDate) is missing"))
    subject = _text(mh, "Subject", limit=4000)
    if not subject:
        raise EdxmlError(N_("the document's subject is missing"))
    other = _child(mh, "OtherInfo")
    traces = _child(header, "TraceHeaderList")
    return Package(
        sender=_organ(mh, "From"),
        recipients=tuple(_organ_of(t) for t in _children(mh, "To")),
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
        priority=min(_number(other, "Priority", limit=4), 3),
        to_places=tuple((p.text or "").strip()[:255] for p in _children(_child(mh, "ToPlaces"), "Place"))[:200],
        trace=tuple(Trace(_text(t, "OrganId", limit=64), _datetime(_text(t, "Timestamp", limit=40))
                          or dt.datetime.now(dt.UTC))
                    for t in _children(traces, "TraceHeader"))[:200],
        attachments=tuple(attachments),
        namespace=namespace,
        type_detail=_number(mh, "DocumentType", "TypeDetail"),
        content=_text(mh, "Content", limit=20000),
        sphere_of_promulgation=_text(other, "SphereOfPromulgation", limit=255),
        typer_notation=_text(other, "TyperNotation", limit=64),
        promulgation_amount=_number(other, "PromulgationAmount"),
        page_amount=_number(other, "PageAmount"),
        appendixes=tuple((a.text or "").strip()[:255] for a in _children(_child(other, "Appendixes"), "Appendix")
                         if (a.text or "").strip())[:MAX_ATTACHMENTS],
        response_for=tuple(ResponseFor(_text(rf, "OrganId", limit=64), _text(rf, "Code", limit=120),
                                       _date(_text(rf, "PromulgationDate", limit=40)),
                                       _text(rf, "DocumentId", limit=255))
                           for rf in _children(mh, "ResponseFor"))[:MAX_ATTACHMENTS],
        steering_type=_number(mh, "SteeringType", limit=2),
        business=_business(_child(traces, "Bussiness")),
        legacy=legacy,
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
        mobile=_text(status, "StaffInfo", "Mobile", limit=64), email=_text(status, "StaffInfo", "Email", limit=255),
    )

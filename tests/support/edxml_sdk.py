"""A reader of edXML packages written from the public structure of QCVN 102:2016 as the edXML
SDK and the gateways built on it read them, independently of docflow's builder and parser: it
shares no code with ``docflow.edxml``, matches names exactly in the standard's namespace (as a
namespace-aware SDK does, no case folding, no second namespace, no earlier layout) and checks
the order of the MessageHeader's elements (1.1–1.14), so a package docflow builds is read here
only if another system following the standard reads it.

What it expects:
    edXML                                   the root
      edXMLEnvelope
        edXMLHeader
          MessageHeader                     From, To+, Code, PromulgationInfo, DocumentType,
                                            Subject, Content, SignerInfo, DueDate, ToPlaces,
                                            OtherInfo, ResponseFor*, SteeringType, DocumentId
          TraceHeaderList                   TraceHeader*, Bussiness
        edXMLBody
          edXMLManifest                     Reference* (ContentId, ContentType, Description,
                                            AttachmentName)
      AttachmentEncoded                     Attachment* (ContentId, AttachmentName, ContentType,
                                            Description, ContentTransferEncoded: base64)
A status message: edXML/edXMLEnvelope/edXMLHeader/Status (ResponseFor, From, StatusCode,
Description, Timestamp, StaffInfo).
"""

from __future__ import annotations

import base64
from typing import Any

from lxml import etree

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
MESSAGE_HEADER_ORDER = ("From", "To", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content", "SignerInfo",
                        "DueDate", "ToPlaces", "OtherInfo", "ResponseFor", "SteeringType", "DocumentId")
ORGAN_FIELDS = ("OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone", "Fax", "Website")


class NotEdxml(AssertionError):
    """The package is not in the standard's structure."""


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _one(node: Any, name: str) -> Any:
    found = node.findall(_q(name))
    if len(found) != 1:
        raise NotEdxml(f"{etree.QName(node).localname}: expected one {name}, found {len(found)}")
    return found[0]


def _value(node: Any, *path: str) -> str:
    for name in path:
        node = _one(node, name)
    return (node.text or "").strip()


def _organ(node: Any) -> dict[str, str]:
    return {field: _value(node, field) for field in ORGAN_FIELDS if node.find(_q(field)) is not None}


def _envelope(data: bytes) -> Any:
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    if root.tag != _q("edXML"):
        raise NotEdxml(f"the root is {root.tag}, not {{{NS}}}edXML")
    return root, _one(root, "edXMLEnvelope")


def read_package(data: bytes) -> dict[str, Any]:
    root, envelope = _envelope(data)
    header = _one(envelope, "edXMLHeader")
    mh = _one(header, "MessageHeader")
    names = [etree.QName(c).localname for c in mh if isinstance(c.tag, str)]
    positions = [MESSAGE_HEADER_ORDER.index(n) for n in names if n in MESSAGE_HEADER_ORDER]
    if positions != sorted(positions):
        raise NotEdxml(f"MessageHeader out of the standard's order: {names}")
    unknown = [n for n in names if n not in MESSAGE_HEADER_ORDER]
    if unknown:
        raise NotEdxml(f"MessageHeader has elements the standard does not define: {unknown}")
    other = _one(mh, "OtherInfo")
    traces = _one(header, "TraceHeaderList")
    business = _one(traces, "Bussiness")
    staff = _one(business, "StaffInfo")
    blobs = {}
    for att in _one(root, "AttachmentEncoded").findall(_q("Attachment")):
        blobs[_value(att, "ContentId")] = {
            "name": _value(att, "AttachmentName"), "content_type": _value(att, "ContentType"),
            "data": base64.b64decode(_value(att, "ContentTransferEncoded"), validate=True)}
    references = []
    for ref in _one(_one(envelope, "edXMLBody"), "edXMLManifest").findall(_q("Reference")):
        content_id = _value(ref, "ContentId")
        if content_id not in blobs:
            raise NotEdxml(f"Reference {content_id} has no Attachment")
        references.append({"content_id": content_id, "content_type": _value(ref, "ContentType"),
                           "description": _value(ref, "Description"), "name": _value(ref, "AttachmentName"),
                           "data": blobs[content_id]["data"]})
    return {
        "from": _organ(_one(mh, "From")),
        "to": [_organ(t) for t in mh.findall(_q("To"))],
        "code_number": _value(mh, "Code", "CodeNumber"), "code_notation": _value(mh, "Code", "CodeNotation"),
        "place": _value(mh, "PromulgationInfo", "Place"),
        "promulgation_date": _value(mh, "PromulgationInfo", "PromulgationDate"),
        "type": _value(mh, "DocumentType", "Type"), "type_detail": _value(mh, "DocumentType", "TypeDetail"),
        "type_name": _value(mh, "DocumentType", "TypeName"),
        "subject": _value(mh, "Subject"), "content": _value(mh, "Content"),
        "competence": _value(mh, "SignerInfo", "Competence"), "position": _value(mh, "SignerInfo", "Position"),
        "full_name": _value(mh, "SignerInfo", "FullName"),
        "due_date": _value(mh, "DueDate"),
        "to_places": [(p.text or "").strip() for p in _one(mh, "ToPlaces").findall(_q("Place"))],
        "priority": _value(other, "Priority"), "sphere": _value(other, "SphereOfPromulgation"),
        "typer_notation": _value(other, "TyperNotation"), "promulgation_amount": _value(other, "PromulgationAmount"),
        "page_amount": _value(other, "PageAmount"),
        "appendixes": [(a.text or "").strip() for a in _one(other, "Appendixes").findall(_q("Appendix"))],
        "response_for": [{"organ_id": _value(r, "OrganId"), "code": _value(r, "Code"),
                          "promulgation_date": _value(r, "PromulgationDate"), "document_id": _value(r, "DocumentId")}
                         for r in mh.findall(_q("ResponseFor"))],
        "steering_type": _value(mh, "SteeringType"),
        "document_id": _value(mh, "DocumentId"),
        "trace": [(_value(t, "OrganId"), _value(t, "Timestamp")) for t in traces.findall(_q("TraceHeader"))],
        "business": {
            "doc_type": _value(business, "BussinessDocType"), "reason": _value(business, "BussinessDocReason"),
            "document_id": _value(business, "DocumentId"), "paper": _value(business, "Paper"),
            "staff": {f: _value(staff, f) for f in ("Department", "Staff", "Mobile", "Email")},
            "replacements": [{"document_id": _value(i, "DocumentId"),
                              "organ_ids": [(o.text or "").strip()
                                            for o in _one(i, "OrganIdList").findall(_q("OrganId"))]}
                             for i in _one(business, "ReplacementInfoList").findall(_q("ReplacementInfo"))],
        },
        "attachments": references,
    }


def read_status(data: bytes) -> dict[str, Any]:
    _root, envelope = _envelope(data)
    status = _one(_one(envelope, "edXMLHeader"), "Status")
    rf = _one(status, "ResponseFor")
    return {"response_for": {f: _value(rf, f) for f in ("OrganId", "Code", "PromulgationDate", "DocumentId")},
            "from": _organ(_one(status, "From")), "code": _value(status, "StatusCode"),
            "description": _value(status, "Description"), "timestamp": _value(status, "Timestamp"),
            "staff": {f: _value(_one(status, "StaffInfo"), f) for f in ("Department", "Staff", "Mobile", "Email")}}

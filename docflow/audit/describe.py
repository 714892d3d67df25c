"""The audit trail in words: what an event says a person did, to what, and its facts, for the
auditor's page (Vietnamese first, English available: msgids here, translated by the caller's
``gettext``). The stored event is not changed: the CSV export and the hash chain keep the
recorded action codes and details exactly.

"Nguyễn Văn Nghĩa — Ký số văn bản — 01/SNNMT-QLĐĐ «V/v rà soát hồ sơ giao đất»", never
``document.sign`` on ``document 3``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..messages import N_
from ..models import ApiToken, AuditEvent, Certificate, Delivery, Document, Unit, User, Webhook

__all__ = ["ACTION_TEXT", "RESULT_TEXT", "EventWords", "describe_events", "action_label"]

Translate = Callable[..., str]

ACTION_TEXT: dict[str, str] = {
    # outgoing documents (văn bản đi)
    "document.create": N_("Created a draft"),
    "document.revise": N_("Uploaded a new version of the draft"),
    "document.submit": N_("Submitted the draft for review"),
    "document.places": N_("Moved the places of the number and the date on the draft"),
    "document.forward": N_("Forwarded for signature"),
    "document.return": N_("Returned the draft"),
    "document.sign": N_("Signed the document"),
    "document.issue": N_("Assigned the number and applied the agency's digital seal"),
    "document.copy": N_("Made an electronic copy signed by the agency"),
    "document.dispatch": N_("Dispatched the document"),
    "document.recall": N_("Recalled the document"),
    "document.archive_renew": N_("Renewed the archive timestamp (long-term validation data)"),
    "document.view": N_("Opened the document"),
    # incoming documents (văn bản đến)
    "delivery.receive": N_("Received an incoming document"),
    "delivery.register": N_("Entered the incoming document in the register"),
    "delivery.register_external": N_("Registered a paper or e-mailed incoming document"),
    "delivery.stamp": N_("Added the incoming stamp to a received copy with the agency's seal"),
    "delivery.refuse": N_("Refused the incoming document"),
    "delivery.assign": N_("Directed the handling of the incoming document"),
    "delivery.start": N_("Started handling the incoming document"),
    "delivery.complete": N_("Completed handling the incoming document"),
    "delivery.sender_mismatch": N_("Refused an incoming document: its seal is not the sending agency's"),
    # certificates and keys
    "certificate.issue": N_("Issued a personal certificate"),
    "certificate.issue_seal": N_("Issued the agency's seal certificate"),
    "certificate.issue_token": N_("Issued a certificate on a token"),
    "certificate.register_token": N_("Registered a certificate whose key stays on the signer's own token"),
    "certificate.import": N_("Imported a certificate"),
    "certificate.activate": N_("Activated a certificate"),
    "certificate.change_pin": N_("Changed the signing PIN"),
    "certificate.revoke": N_("Revoked a certificate"),
    "certificate.unlock": N_("Unlocked a suspended signing key"),
    "certificate.use": N_("Used a signing key"),
    "signature_image.set": N_("Set the signature image"),
    "seal_image.set": N_("Set the seal image"),
    "trust.add": N_("Added a trust anchor"),
    "trust.remove": N_("Removed a trust anchor"),
    # organisation and accounts
    "document_type.create": N_("Added a document type"),
    "document_type.update": N_("Changed a document type"),
    "unit.create": N_("Created a unit"),
    "unit.update": N_("Changed a unit"),
    "unit.merge": N_("Merged agencies"),
    "unit.rename": N_("Renamed an agency"),
    "unit.merge_scheduled": N_("Scheduled a merger of agencies"),
    "unit.rename_scheduled": N_("Scheduled a renaming of an agency"),
    "unit.reorganisation_cancelled": N_("Cancelled a merger or renaming"),
    "user.create": N_("Created a user account"),
    "user.update": N_("Changed a user account"),
    "user.roles": N_("Changed a user's roles"),
    "user.activate": N_("Activated or deactivated a user account"),
    "user.reset_password": N_("Reset a password"),
    "user.change_password": N_("Changed their password"),
    "user.locale": N_("Changed the interface language"),
    "user.email_change_requested": N_("Asked to change an e-mail address"),
    "user.change_email": N_("Changed an e-mail address"),
    "login": N_("Logged in"),  # failed and refused attempts carry their result
    "logout": N_("Logged out"),
    "access.denied": N_("Was refused access"),
    "access.rate_limited": N_("Was slowed down (too many attempts)"),
    "api_token.create": N_("Created an API token"),
    "api_token.revoke": N_("Revoked an API token"),
    "api_token.rejected": N_("Used an API token that was refused"),
    "webhook.create": N_("Registered a webhook"),
    "webhook.delete": N_("Removed a webhook"),
    # verification and the trail itself
    "verification.upload": N_("Verified an uploaded PDF"),
    "verification.keep_copy": N_("Verified an uploaded PDF and kept a copy"),
    "audit.chain_check": N_("Checked the integrity of the audit trail"),
    # exchange (edXML)
    "edxml.export": N_("Exported an edXML package"),
    "edxml.import": N_("Received an edXML package"),
    "edxml.status_export": N_("Sent a status through edXML"),
    "edxml.status_import": N_("Received a status through edXML"),
    "edxml.recall_export": N_("Asked the recipients through edXML to return a recalled document"),
    "edxml.recall_import": N_("Received a sender's recall through edXML"),
    "edxml.organ": N_("Changed the agency's edXML identity"),
    "edxml.external_agency": N_("Recorded an agency outside the province"),
    "edxml.seal_add": N_("Registered the seal certificate of an agency outside the province"),
    "edxml.seal_remove": N_("Removed a registered seal certificate"),
}

RESULT_TEXT = {"ok": N_("Done"), "denied": N_("Refused"), "failed": N_("Failed"), "refused": N_("Refused")}

# Facts of an event worth a reader's eye, in words; other recorded keys stay in the export.
_DETAIL_TEXT: dict[str, str] = {
    "notation": N_("Number and notation"), "number": N_("Number"), "year": N_("Year"),
    "subject": N_("Subject"), "comment": N_("Comment"), "reason": N_("Reason"),
    "direction": N_("Direction"), "deadline": N_("Handling deadline"), "filename": N_("File"),
    "size": N_("Size (bytes)"), "sha256": N_("SHA-256"), "serial": N_("Serial number"),
    "decision": N_("Decision"), "effective_on": N_("Effective from"), "new_name": N_("New name"),
    "name": N_("Name"), "code": N_("Code"), "username": N_("Username"), "url": N_("Address"),
    "ip": N_("IP address"), "old_email": N_("Previous e-mail address"), "new_email": N_("New e-mail address"),
}


# Facts whose values are hashes or serial numbers: the page shortens them (full value on hover and copy).
HASH_FACTS = frozenset({"sha256", "serial"})


@dataclass(frozen=True)
class EventWords:
    action: str  # what was done, translated
    known: bool  # False: an action this version has no words for (the page shows its code)
    object: str  # what it was done to (notation and subject, a person's or a unit's name)
    result: str
    facts: tuple[tuple[str, str, bool], ...]  # (label, value, is a hash), translated labels
    object_code: str = ""  # the object's serial number or hash, shown shortened after its words
    link: tuple[str, int] | None = None  # ("document" | "delivery", id): the object's page


def action_label(action: str, gettext: Translate) -> str:
    msgid = ACTION_TEXT.get(action)
    return gettext(msgid) if msgid else action


def _ids(events: Sequence[AuditEvent], kind: str) -> list[int]:
    return [int(e.object_id) for e in events if e.object_type == kind and str(e.object_id).isdigit()]


def _document_words(doc: Document) -> str:
    subject = doc.subject if len(doc.subject) <= 90 else doc.subject[:89] + "…"
    return f"{doc.notation} «{subject}»" if doc.notation else f"«{subject}»"


def describe_events(session: Session, events: Iterable[AuditEvent], gettext: Translate) -> dict[int, EventWords]:
    """Words for each event (by ``AuditEvent.id``): one query per kind of object named."""
    events = list(events)
    docs = {d.id: d for d in session.execute(select(Document).where(Document.id.in_(_ids(events, "document"))))
            .scalars()}
    deliveries = {d.id: d for d in session.execute(
        select(Delivery).where(Delivery.id.in_(_ids(events, "delivery")))).scalars()}
    docs.update({d.id: d for d in session.execute(select(Document).where(
        Document.id.in_([x.document_id for x in deliveries.values()]))).scalars()})
    users = {u.id: u for u in session.execute(select(User).where(User.id.in_(_ids(events, "user")))).scalars()}
    unit_ids = _ids(events, "unit") + [d.recipient_agency_id for d in deliveries.values()]
    units = {u.id: u for u in session.execute(select(Unit).where(Unit.id.in_(unit_ids))).scalars()}
    certs = {c.id: c for c in session.execute(
        select(Certificate).where(Certificate.id.in_(_ids(events, "certificate")))).scalars()}
    tokens = {t.id: t for t in session.execute(select(ApiToken).where(ApiToken.id.in_(_ids(events, "api_token"))))
              .scalars()}
    hooks = {h.id: h for h in session.execute(select(Webhook).where(Webhook.id.in_(_ids(events, "webhook"))))
             .scalars()}

    def obj(e: AuditEvent) -> str:
        key = int(e.object_id) if str(e.object_id).isdigit() else None
        kind = e.object_type
        if kind == "document" and key in docs:
            return _document_words(docs[key])
        if kind == "delivery" and key in deliveries:
            d = deliveries[key]
            where = units[d.recipient_agency_id].name if d.recipient_agency_id in units else ""
            words = _document_words(docs[d.document_id]) if d.document_id in docs else ""
            return gettext(N_("%(document)s, the copy received by %(agency)s"), document=words, agency=where)
        if kind == "user" and key in users:
            return f"{users[key].full_name} ({users[key].username})"
        if kind == "unit" and key in units:
            return units[key].name
        if kind == "certificate" and key in certs:
            c = certs[key]
            return gettext(N_("certificate of %(owner)s, serial number"), owner=c.subject_cn)
        if kind == "api_token" and key in tokens:
            return gettext(N_("API token «%(name)s»"), name=tokens[key].name)
        if kind == "webhook" and key in hooks:
            return hooks[key].url
        if kind == "file":
            name = (e.details or {}).get("filename")
            return gettext(N_("file %(name)s"), name=name) if name else gettext(N_("an uploaded file"))
        if kind == "copy" and (e.details or {}).get("notation"):
            return gettext(N_("copy %(notation)s"), notation=e.details["notation"])
        if kind == "audit_trail":
            return gettext(N_("the audit trail"))
        if kind == "reorganisation":
            return gettext(N_("a merger or renaming"))
        if kind == "trust_anchor":
            return gettext(N_("a trust anchor"))
        notation = (e.details or {}).get("notation")
        if kind == "document" and notation:  # a document deleted since: its notation was recorded
            return str(notation)
        return "" if not kind else gettext(N_("a record that no longer exists"))

    def code(e: AuditEvent) -> str:
        key = int(e.object_id) if str(e.object_id).isdigit() else None
        if e.object_type == "certificate" and key in certs:
            return certs[key].serial
        if e.object_type == "file":
            return str((e.details or {}).get("sha256") or e.object_id or "")
        return ""

    def link(e: AuditEvent) -> tuple[str, int] | None:
        key = int(e.object_id) if str(e.object_id).isdigit() else None
        if key is not None and ((e.object_type == "document" and key in docs)
                                or (e.object_type == "delivery" and key in deliveries)):
            return e.object_type, key
        return None

    def facts(e: AuditEvent) -> tuple[tuple[str, str, bool], ...]:
        out = []
        for key, label in _DETAIL_TEXT.items():
            value: Any = (e.details or {}).get(key)
            if value in (None, "", [], {}):
                continue
            if isinstance(value, bool):
                value = gettext(N_("yes")) if value else gettext(N_("no"))
            out.append((gettext(label), str(value), key in HASH_FACTS))
        return tuple(out)

    return {e.id: EventWords(action=action_label(e.action, gettext), known=e.action in ACTION_TEXT, object=obj(e),
                             result=gettext(RESULT_TEXT.get(e.result, N_("Other result"))), facts=facts(e),
                             object_code=code(e), link=link(e))
            for e in events}

"""The verification report in plain words, for people: headlines, sentences per
sub-indication, changes in words, and the printable PDF report.

Everything here works on the ``docflow.verification/1`` JSON form (``report.to_json()``) so
that a fresh report and one stored at receipt (``Delivery.verification``) read the same.
Strings are English msgids marked with ``N_``; the caller translates them (``gettext`` is
passed in), so this module never imports flask.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..messages import N_
from .cms import NOT_IMPLEMENTED
from .engine import USAGE_RIGHTS_ONLY
from .report import Indication, SubIndication

__all__ = [
    "Headline", "headline", "subindication_text", "change_in_words", "signer_parts", "signature_name",
    "signature_label", "field_names", "changes_in_words", "problem_in_words", "INDICATION_TEXT", "DOCMDP_TEXT",
    "proven_time", "claimed_time", "COVERAGE_TEXT", "REVOCATION_TEXT", "revocation_in_words",
    "FETCH_RESULT_TEXT", "MODIFICATIONS_TEXT",
    "KIND_TEXT", "CHECK_LABELS", "LEVEL_TEXT", "local", "pdf_report",
]

Translate = Callable[..., str]

# One sentence per sub-indication: what it means for the person reading the report.
_SUB_TEXT: dict[str, str] = {
    SubIndication.HASH_FAILURE: N_(
        "The document was changed after it was signed: the signed content no longer matches "
        "the signature."),
    SubIndication.SIG_CRYPTO_FAILURE: N_(
        "The signature value does not match the signer's key: the signature (or its "
        "timestamp) is forged or damaged."),
    SubIndication.FORMAT_FAILURE: N_(
        "The file was altered after signing or its signature is malformed: what the file "
        "shows is not what was signed."),
    SubIndication.REVOKED: N_(
        "The signer's certificate had been revoked before the proven signing time."),
    SubIndication.REVOKED_NO_POE: N_(
        "The signer's certificate has been revoked and nothing (no trusted timestamp) proves "
        "that the signature was made before that."),
    SubIndication.EXPIRED: N_("The signer's certificate had expired at the proven signing time."),
    SubIndication.NOT_YET_VALID: N_("The signer's certificate was not yet valid when it signed."),
    SubIndication.OUT_OF_BOUNDS_NO_POE: N_(
        "The signer's certificate is outside its validity period and no trusted timestamp "
        "proves that the signature was made while it was valid."),
    SubIndication.NO_CERTIFICATE_CHAIN_FOUND: N_(
        "The signer's certificate (or the timestamp authority) does not lead to a certificate "
        "authority trusted by docflow."),
    SubIndication.NO_SIGNING_CERTIFICATE_FOUND: N_(
        "The signer's certificate is missing from the signature."),
    SubIndication.CHAIN_CONSTRAINTS_FAILURE: N_(
        "The certificate may not be used to sign documents (its key usage or the chain's "
        "constraints forbid it)."),
    SubIndication.CRYPTO_CONSTRAINTS_FAILURE: N_(
        "The signature uses an algorithm or key that is too weak today (for example SHA-1 or "
        "a short RSA key)."),
    SubIndication.TRY_LATER: N_(
        "Revocation information for the certificate could not be obtained now; verify again "
        "later."),
}
_USAGE_RIGHTS_TEXT = N_(
    "This PDF carries no signature of a person or an agency, only a usage-rights signature "
    "that Adobe software adds to forms; it does not show who issued the document.")
_NOT_IMPLEMENTED_TEXT = N_(
    "The signature uses an algorithm docflow does not implement (for example DSA or Ed448), "
    "so it could not be checked: it is neither confirmed nor shown to be forged.")
_PASSED_TEXT = N_("The signature is genuine, the signer's certificate is trusted and nothing "
                  "that is not allowed was changed after signing.")
_UNKNOWN_SUB = N_("The verifier reported %(code)s.")


@dataclass(frozen=True)
class Headline:
    """The document's verdict in words: ``tone`` (ok | bad | warn | none) drives the colour,
    ``icon`` and ``label`` make sure colour is never the only signal."""

    tone: str
    icon: str
    label: str  # short msgid ("Chữ ký hợp lệ")
    reason: str | None  # msgid of the sentence explaining it
    reason_params: dict[str, Any]


def subindication_text(indication: str | None, sub: str | None) -> tuple[str, dict[str, Any]]:
    """(msgid, params) explaining one signature's indication + sub-indication."""
    if indication == Indication.TOTAL_PASSED:
        return _PASSED_TEXT, {}
    if sub in _SUB_TEXT:
        return _SUB_TEXT[sub], {}
    return _UNKNOWN_SUB, {"code": f"{indication}/{sub}"}


def _altered(sig: dict[str, Any]) -> bool:
    return sig.get("subindication") in (SubIndication.HASH_FAILURE, SubIndication.FORMAT_FAILURE)


def headline(report: dict[str, Any], doc_problems: tuple[str, ...] | list[str] = ()) -> Headline:
    verdict = report.get("verdict")
    sigs = report.get("signatures") or []
    worst = next((s for s in sigs if s.get("indication") == verdict), None)
    if verdict == Indication.TOTAL_PASSED:
        return Headline("ok", "✔", N_("Signature valid"), _PASSED_TEXT, {})
    if verdict == Indication.NO_SIGNATURE_FOUND:
        notes = list(doc_problems) + list(report.get("problems") or [])
        if USAGE_RIGHTS_ONLY in notes:
            return Headline("none", "○", N_("No signature found"), _USAGE_RIGHTS_TEXT, {})
        return Headline("none", "○", N_("No signature found"),
                        N_("This PDF carries no digital signature."), {})
    if verdict == Indication.INDETERMINATE:
        if worst is not None and any(NOT_IMPLEMENTED in p for p in worst.get("problems") or []):
            return Headline("warn", "?", N_("Could not be determined"), _NOT_IMPLEMENTED_TEXT,
                            {})
        msg, params = subindication_text(verdict, worst.get("subindication") if worst else None)
        return Headline("warn", "?", N_("Could not be determined"), msg, params)
    # TOTAL_FAILED
    if worst is None:
        return Headline("bad", "✖", N_("The file cannot be verified"),
                        N_("The file is not a readable PDF or its signature data is damaged."), {})
    msg, params = subindication_text(verdict, worst.get("subindication"))
    if _altered(worst):
        return Headline("bad", "✖", N_("The document was altered after signing"), msg, params)
    return Headline("bad", "✖", N_("Signature invalid"), msg, params)


KIND_TEXT = {
    "approval": N_("Signature"),
    "certification": N_("Certifying signature"),
    "document_timestamp": N_("Document timestamp"),
}
# the PAdES baseline level a signature reaches (levels.py), for an auditor
LEVEL_TEXT = {
    "B-B": N_("PAdES B-B: signed; nothing proves when, so it cannot be proven once the certificate expires."),
    "B-T": N_("PAdES B-T: a trusted timestamp proves when it was signed."),
    "B-LT": N_("PAdES B-LT: the file also holds the certificates and revocation data needed to check it "
               "later without the network."),
    "B-LTA": N_("PAdES B-LTA: that validation data is protected by an archive timestamp; the signature "
                "stays verifiable after its certificates expire, as long as the archive timestamps are renewed."),
}
COVERAGE_TEXT = {
    "ENTIRE_FILE": N_("The signature covers the whole file."),
    "ENTIRE_REVISION": N_("The signature covers the document as it was signed; later updates "
                          "were appended after it."),
    "PARTIAL": N_("The signature covers only part of the file."),
    "UNCLEAR": N_("What the signature covers could not be determined."),
}
MODIFICATIONS_TEXT = {
    "NONE": N_("Nothing was changed after this signature."),
    "ALLOWED": N_("Changes after this signature, all of them permitted:"),
    "DISALLOWED": N_("Changes after this signature, some of them NOT permitted:"),
}
CHECK_LABELS = [
    ("byte_range_ok", N_("The signed byte range is well-formed")),
    ("intact", N_("The signed content is intact")),
    ("crypto_valid", N_("The signature value is valid")),
    ("trusted", N_("The certificate leads to a trusted authority")),
    ("key_usage_ok", N_("The certificate may be used for signing")),
    ("valid_at_signing_time", N_("The certificate was valid at the signing time")),
    ("algorithm_ok", N_("The algorithms are strong enough")),
]
# What became of each CRL/OCSP lookup (fetching.FetchResult values).
FETCH_RESULT_TEXT = {
    "fetched": N_("Fetched"),
    "cached": N_("From the shared cache"),
    "local": N_("Answered by this installation's CA"),
    "failed": N_("No usable answer"),
    "refused": N_("Not called: address not allowed"),
    "not_fetched_budget": N_("Not called: the limit per verification was reached"),
    "not_fetched_offline": N_("Not called: revocation fetching is off"),
}

REVOCATION_TEXT = {
    "good": N_("Not revoked"),
    "revoked": N_("Revoked"),
    "unknown": N_("Revocation status unknown"),
}


def revocation_in_words(checks: dict[str, Any]) -> str:
    """The msgid for a signature's ``checks["revocation"]`` (unknown when missing or new)."""
    return REVOCATION_TEXT.get(str(checks.get("revocation")), REVOCATION_TEXT["unknown"])

# The engine names changes in English; these patterns give them Vietnamese words.
_CHANGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"page (?P<page>\d+) content replaced"), N_("page %(page)s content replaced")),
    (re.compile(r"page (?P<page>\d+) resources changed"), N_("page %(page)s resources changed")),
    (re.compile(r"annotation added on page (?P<page>\d+) \((?P<kind>.+)\)"),
     N_("annotation added on page %(page)s (%(kind)s)")),
    (re.compile(r"annotation removed from page (?P<page>\d+)"),
     N_("annotation removed from page %(page)s")),
    (re.compile(r"annotation modified on page (?P<page>\d+)"),
     N_("annotation modified on page %(page)s")),
    (re.compile(r"form field '(?P<name>.+)' filled"), N_("form field '%(name)s' filled")),
    (re.compile(r"form field '(?P<name>.+)' added"), N_("form field '%(name)s' added")),
    (re.compile(r"form field '(?P<name>.+)' removed"), N_("form field '%(name)s' removed")),
    (re.compile(r"(?:new )?signature field (?P<name>\S+) signed"),
     N_("signature added in field %(name)s")),
    (re.compile(r"document timestamp (?P<name>\S+) added"),
     N_("document timestamp %(name)s added")),
    (re.compile(r"DSS (?:added|updated)"), N_("validation data (DSS) added")),
    (re.compile(r"number of pages changed from (?P<old>\d+) to (?P<new>\d+)"),
     N_("number of pages changed from %(old)s to %(new)s")),
    (re.compile(r"page tree (?:changed|replaced)"), N_("pages rearranged or replaced")),
    (re.compile(r"(?:document information (?:changed|replaced)|XMP metadata updated)"),
     N_("document properties (metadata) updated")),
]


def change_in_words(text: str) -> tuple[str, dict[str, Any]]:
    """(msgid, params) for one ``changes_after`` entry; unknown ones stay as the engine
    wrote them (msgid ``%(text)s``)."""
    for pattern, msgid in _CHANGES:
        m = pattern.fullmatch(text)
        if m:
            return msgid, m.groupdict()
    return "%(text)s", {"text": text}


INDICATION_TEXT = {
    Indication.TOTAL_PASSED: N_("passed"),
    Indication.TOTAL_FAILED: N_("failed"),
    Indication.INDETERMINATE: N_("could not be determined"),
}
DOCMDP_TEXT = {
    1: N_("no change allowed after certification"),
    2: N_("filling in forms and signing allowed"),
    3: N_("filling in forms, signing and comments allowed"),
}


def signature_name(sig: dict[str, Any], index: int) -> tuple[str, dict[str, Any]]:
    """(msgid, params) naming a signature as a person says it — "Chữ ký của Nguyễn Văn A
    (Phó Giám đốc)", "Chữ ký số của cơ quan Sở Tài chính" — never by its field name."""
    if sig.get("kind") == "document_timestamp":
        return N_("document timestamp no. %(n)d"), {"n": index + 1}
    who = signer_parts(sig.get("signer"))
    if not who["name"]:
        return N_("signature no. %(n)d (signer unknown)"), {"n": index + 1}
    if who["title"]:
        return N_("signature of %(name)s (%(title)s)"), {"name": who["name"], "title": who["title"]}
    if who["organization"] and who["organization"] == who["name"]:
        return N_("digital seal of %(agency)s"), {"agency": who["name"]}
    return N_("signature of %(name)s"), {"name": who["name"]}


def signature_label(sig: dict[str, Any], index: int, gettext: Translate) -> str:
    """``signature_name`` in the interface language."""
    msg, params = signature_name(sig, index)
    return gettext(msg, **params)


def field_names(report: dict[str, Any], gettext: Translate) -> dict[str, str]:
    """Each signature field of the report → the signature's name in the interface language."""
    return {sig["field"]: signature_label(sig, i, gettext)
            for i, sig in enumerate(report.get("signatures") or []) if sig.get("field")}


# PDF keys a change names, in words (the rest keep their PDF name).
_KEY_WORDS = {
    "/MediaBox": N_("page size"), "/CropBox": N_("visible area of the page"), "/Rotate": N_("page rotation"),
    "/Contents": N_("page content"), "/Resources": N_("page resources"), "/Annots": N_("annotations"),
    "/AcroForm": N_("form"), "/Names": N_("name tree"), "/OpenAction": N_("action on opening"),
    "/AA": N_("automatic actions"), "/Perms": N_("permissions"), "/Metadata": N_("metadata"),
    "/Outlines": N_("bookmarks"), "/Pages": N_("page tree"), "/V": N_("value"), "/AP": N_("appearance"),
}
_KEY = re.compile(r"/[A-Za-z][A-Za-z0-9]*")
# The fields docflow fills at issuance (signing.places, verification.issuance), in words.
_ISSUANCE_FIELD_WORDS = {"docflow_number": N_("document number"), "docflow_day": N_("day of issue"),
                         "docflow_month": N_("month of issue"), "docflow_year": N_("year of issue")}


def _in_words(text: str, fields: dict[str, str], gettext: Translate) -> str:
    names = {**{k: gettext(v) for k, v in _ISSUANCE_FIELD_WORDS.items()}, **fields}
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"'?{re.escape(name)}'?", f"«{label}»", text)
    return _KEY.sub(lambda m: gettext(_KEY_WORDS[m.group(0)]) if m.group(0) in _KEY_WORDS else m.group(0), text)


def changes_in_words(sig: dict[str, Any], fields: dict[str, str], gettext: Translate, *,
                     vietnamese: bool, only_disallowed: bool = False) -> list[str]:
    """The changes after a signature in the reader's language: the engine's own Vietnamese
    wording (``change_analysis``) or its English, with signatures named by their signer."""
    listed = set(sig.get("changes_after") or [])
    analysis = sig.get("change_analysis")
    if analysis is None:  # a report stored before the analysis was kept: word it from the English
        texts = [gettext(m, **p) for m, p in map(change_in_words, sig.get("changes_after") or [])]
        return [_in_words(t, fields, gettext) for t in texts] if not only_disallowed else []
    out = []
    for entry in analysis:
        if only_disallowed and entry.get("allowed"):
            continue
        if not only_disallowed and entry.get("en") not in listed and entry.get("allowed"):
            continue  # implied by another change (not listed by the engine either)
        text = str(entry.get("vi") if vietnamese else entry.get("en") or "")
        text = _in_words(text, fields, gettext)
        if text not in out:
            out.append(text)
    return out


_DISALLOWED_PREFIX = "changed after signing in ways not allowed: "
# Problems the engine writes, in words (the most frequent; the rest have a general sentence).
_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the signed bytes do not match the message digest"),
     N_("The signed content no longer matches the signature.")),
    (re.compile(r"no chain to a trusted anchor was found for .*"),
     N_("The certificate does not lead to a certificate authority trusted by docflow.")),
    (re.compile(r"'(?P<name>.+)' is self-signed and not a trust anchor"),
     N_("The certificate of %(name)s is self-signed and not trusted by docflow.")),
    (re.compile(r"revocation status could not be established.*"),
     N_("Whether the certificate was revoked could not be established.")),
    (re.compile(r"the signer's certificate is not in the signature"),
     N_("The signer's certificate is missing from the signature.")),
    (re.compile(r"a certificate was expired at .*"), N_("A certificate of the chain had expired at the signing time.")),
    (re.compile(r"a certificate was not yet valid at .*"),
     N_("A certificate of the chain was not yet valid at the signing time.")),
    (re.compile(r"weak .*|RSA key of .*"), N_("The signature uses an algorithm or key that is too weak today.")),
    (re.compile(r"the signature timestamp is not from a trusted timestamp.*"),
     N_("The signature's timestamp is not from a trusted timestamp authority.")),
    (re.compile(r".*/ByteRange.*|the signed bytes do not end at the end of a revision|"
                r"the signed revision's cross-reference section is not signed|"
                r"the signature has no /ByteRange or no /Contents|the signature dictionary .*"),
     N_("The signature's structure in the file is malformed: what it covers cannot be trusted.")),
]


def problem_in_words(problem: str, sig: dict[str, Any], fields: dict[str, str], gettext: Translate, *,
                     vietnamese: bool) -> str:
    """One of a signature's ``problems`` in the reader's language. In English the engine's own
    words stay (with signatures named by their signer); in Vietnamese a sentence per kind of
    problem, and a general one for the rare rest (the JSON report keeps the engine's words)."""
    if problem.startswith(_DISALLOWED_PREFIX):
        changes = changes_in_words(sig, fields, gettext, vietnamese=vietnamese, only_disallowed=True)
        if not changes:
            changes = [_in_words(problem[len(_DISALLOWED_PREFIX):], fields, gettext)]
        return gettext(N_("Changed after signing in ways not allowed: %(changes)s"), changes="; ".join(changes))
    if not vietnamese:
        return _in_words(problem, fields, gettext)
    for pattern, msgid in _PROBLEMS:
        m = pattern.fullmatch(problem)
        if m:
            return gettext(msgid, **m.groupdict())
    return gettext(N_("Another technical fault of the signature (the JSON report has the verifier's own words)."))


def signer_parts(signer: dict[str, Any] | None) -> dict[str, str]:
    """Name, title and organisation of a signer from its certificate subject."""
    if not signer:
        return {"name": "", "title": "", "organization": ""}
    out = {"name": signer.get("common_name") or "", "title": "", "organization": ""}
    try:
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        name = x509.Name.from_rfc4514_string(signer.get("subject") or "")
        for oid, key in ((NameOID.TITLE, "title"), (NameOID.ORGANIZATION_NAME, "organization"),
                         (NameOID.COMMON_NAME, "name")):
            attrs = name.get_attributes_for_oid(oid)
            if attrs and not out[key]:
                out[key] = str(attrs[0].value)
    except (ValueError, TypeError):
        out["name"] = out["name"] or (signer.get("subject") or "")
    return out


def _parse(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def proven_time(sig: dict[str, Any]) -> dt.datetime | None:
    """The signing time proven by a trusted, intact timestamp (None when nothing proves it)."""
    ts = sig.get("timestamp")
    if ts and ts.get("trusted") and ts.get("intact"):
        return _parse(ts.get("time"))
    return None


def claimed_time(sig: dict[str, Any]) -> dt.datetime | None:
    return _parse(sig.get("signing_time_claimed"))


def local(value: dt.datetime | None, tz: str = "Asia/Ho_Chi_Minh") -> str:
    """``28/11/2026 10:15:00 (GMT+7)`` — the time in the province's zone, seconds included."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    loc = value.astimezone(ZoneInfo(tz))
    offset = loc.utcoffset() or dt.timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return loc.strftime("%d/%m/%Y %H:%M:%S") + f" (GMT{hours:+d})"


# ------------------------------------------------------------------------- printable report

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def pdf_report(report: dict[str, Any], *, gettext: Translate, filename: str,
               verified_at: dt.datetime, verified_by: str,
               doc_problems: tuple[str, ...] | list[str] = (),
               tz: str = "Asia/Ho_Chi_Minh", vietnamese: bool | None = None) -> bytes:
    """A printable A4 report (fpdf2, DejaVu Sans for Vietnamese) in the language of
    ``gettext``: the file, the verdict, every signature's facts and problems, and who
    verified it when."""
    from fpdf import FPDF

    _ = gettext
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(_FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_title(_("Signature verification report"))
    pdf.set_creator("docflow")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float = 10, bold: bool = False, gap: float = 1.5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(width, size * 0.5, text)
        pdf.ln(gap)

    def row(label: str, value: str) -> None:
        para(f"{label}: {value}", 10, gap=0.8)

    para(_("Signature verification report"), 16, bold=True, gap=3)
    row(_("File"), filename)
    row("SHA-256", report.get("sha256", ""))
    row(_("Size"), _("%(n)s bytes", n=report.get("size", 0)))
    row(_("Revisions"), str(report.get("revisions", 0)))
    row(_("Verified at"), local(verified_at, tz))
    row(_("Verified by"), verified_by)
    pdf.ln(2)
    head = headline(report, doc_problems)
    para(f"{head.icon} {_(head.label)}", 14, bold=True)
    if head.reason:
        para(_(head.reason, **head.reason_params), 10)
    for problem in doc_problems:
        para(f"- {problem}", 9)
    fields = field_names(report, _)
    vietnamese = vietnamese if vietnamese is not None else _(N_("Signature")) != "Signature"
    for i, sig in enumerate(report.get("signatures") or [], 1):
        pdf.ln(2)
        who = signer_parts(sig.get("signer"))
        label = signature_label(sig, i - 1, _)
        para(f"{i}. {label[:1].upper()}{label[1:]}", 12, bold=True)
        msg, params = subindication_text(sig.get("indication"), sig.get("subindication"))
        verdict = _(INDICATION_TEXT.get(sig.get("indication") or "", INDICATION_TEXT[Indication.INDETERMINATE]))
        para(f"{verdict[:1].upper()}{verdict[1:]}: {_(msg, **params)}", 10, bold=True)
        row(_("Signer"), ", ".join(x for x in (who["name"], who["title"], who["organization"]) if x) or "—")
        row(_("Claimed signing time"), local(claimed_time(sig), tz) or "—")
        row(_("Proven signing time"), local(proven_time(sig), tz) or _("not proven (no trusted timestamp)"))
        row(_("Coverage"), _(COVERAGE_TEXT.get(sig.get("coverage"), COVERAGE_TEXT["UNCLEAR"])))
        if sig.get("pades_level") in LEVEL_TEXT:
            row(_("Long-term level"), _(LEVEL_TEXT[sig["pades_level"]]))
        para(_(MODIFICATIONS_TEXT.get(sig.get("modifications_after"), MODIFICATIONS_TEXT["NONE"])), 10, gap=0.8)
        for change in changes_in_words(sig, fields, _, vietnamese=vietnamese):
            para(f"  - {change}", 10, gap=0.5)
        checks = sig.get("checks") or {}
        facts = [f"{'[x]' if checks.get(key) else '[ ]'} {_(label)}" for key, label in CHECK_LABELS]
        facts.append(f"{_('Revocation')}: {_(revocation_in_words(checks))}")
        para("\n".join(facts), 9, gap=0.8)
        problems = list(dict.fromkeys(problem_in_words(p, sig, fields, _, vietnamese=vietnamese)
                                      for p in sig.get("problems") or []))
        if problems:
            para(_("Problems found:"), 10, bold=True, gap=0.5)
            for problem in problems:
                para(f"  - {problem}", 9, gap=0.5)
    out = pdf.output()
    return bytes(out)

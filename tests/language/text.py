"""What a person reads on a page, and the language faults in it (used by the language tests).

English words are recognised by a vocabulary made of the catalogue's own msgids (every word
the interface says in English) plus a few words internal texts use; a word that is also a
Vietnamese word written without marks ("in", "tin", "cho") is not counted. Internal codes are
recognised by their shape (TOTAL_PASSED, in_review, Sig_2_4638ae52, /MediaBox) and by name
(the audit trail's actions). Wording the offices do not use ("Chủ thể" for a document's
subject, "khóa bị khóa") is listed in ``UNNATURAL`` with what they say instead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po

PO = Path(__file__).resolve().parents[2] / "docflow" / "translations" / "vi" / "LC_MESSAGES" / "messages.po"

# Not read as words: scripts, and what a program reads or a person types exactly (<code>: an
# HTTP header, a webhook's event name, a JSON key) — the page explains it in words next to it.
_SKIP = {"script", "style", "template", "noscript", "code", "kbd", "samp"}
_ATTRS = ("title", "placeholder", "aria-label", "alt")

# Words that may stand in a Vietnamese page: names of formats, standards and protocols, and
# the name of the other language in the switcher.
ALLOWED_IN_VIETNAMESE = {
    "pdf", "csv", "json", "xml", "edxml", "pades", "cades", "cms", "ocsp", "crl", "tsa", "pkcs", "api", "url",
    "http", "https", "sha", "rsa", "ecdsa", "pin", "docflow", "english", "openapi", "webhook", "webhooks",
    "token", "png", "etsi", "rfc", "iso", "utc", "gmt", "ok", "id", "email", "e-mail", "bearer", "hmac", "qcvn",
    "ca", "dss", "lta", "ltv", "xmp", "hsm", "usb", "x", "v", "a", "b", "c", "ii", "iii", "iv", "mm", "ms", "kb", "mb",
    "byte",
    "docmdp",
    "agent",  # docflow-agent: the name of the signing command on the signer's computer (issue 23)
    "word", "libreoffice", "opendocument", "docx", "doc", "odt",  # Word documents in: products and formats
}

# Words internal texts use that an interface msgid may not (English error tails, PDF internals).
EXTRA_ENGLISH = {
    "started", "completed", "bytes", "byte", "after", "last", "changed", "eof", "page", "pages", "object", "objects",
    "revision", "revisions", "field", "fields", "signature", "signatures", "document", "documents", "file",
    "delivery", "deliveries", "certificate", "unit", "user", "version", "none", "allowed", "disallowed", "partial",
    "unclear", "entire", "total", "passed", "failed", "indeterminate", "missing", "invalid", "valid", "unknown",
    "error", "errors", "required", "must", "not", "the", "and", "with", "from", "this", "that", "is", "are", "was",
    "of", "for", "by", "no", "yes", "true", "false", "null", "annotation", "annotations", "form", "stream",
    "incremental", "update", "updates", "trailer", "xref", "catalog", "reason", "location", "contact", "info",
}

# Wording Vietnamese offices do not use, and what they say instead (issue 19).
UNNATURAL = {
    "chủ thể": "Trích yếu (a document's subject)",
    "khóa bị khóa": "khóa ký số bị tạm khóa",
    "khóa đã bị khóa": "khóa ký số đã bị tạm khóa",
    "hạn giải quyết": "Hạn xử lý (one term for the deadline)",
    "hạn chót": "Hạn xử lý (one term for the deadline)",
    "thời hạn xử lý": "Hạn xử lý (one term for the deadline)",
    "phát hành: cấp số": "Cấp số, ký số cơ quan (Phát hành is dispatch only)",
    "chuyển người ký": "Trình ký",
    "trình xem xét": "Trình duyệt",
    "tệp tin đính kèm": "Tệp đính kèm",
}

_TOKEN_EDGE = "()[]{}<>,;:!?\"'«»“”‘’…*·•|–—-+=~`^"
_IDENTIFIER_MARKS = re.compile(r"[._@/\\#%$&0-9]")
_SNAKE = re.compile(r"^[A-Za-z]+(?:_[A-Za-z0-9]+)+$")  # TOTAL_PASSED, in_review, Sig_2_4638ae52
_PDF_NAME = re.compile(r"^/[A-Z][A-Za-z0-9]+")  # /MediaBox, /Annots
_DOTTED_ACTION = re.compile(r"^[a-z]{2,}(?:\.[a-z_]{2,})+$")  # document.sign (unless a user name)
_TOKEN_PREFIX = re.compile(r"^dfl_\w+")  # the visible start of an API token: how its owner recognises it
_OBJECT_REF = re.compile(r"\b(?:document|delivery|version|user|unit|file|certificate)\s+\d+\b", re.I)
_FIELD_NAME = re.compile(r"\bSig(?:nature)?[_\d]\w*")
_ENGLISH_PLURAL_ONE = re.compile(r"(?<![\d.,])\b1 ([a-z]{3,}s)\b")
_VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                       r"(?:oai|oay|uay|uoi|uya|uye|uyu|yeu|ieu|uou|ai|ao|au|ay|eo|ia|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|"
                       r"uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?$")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
        values = dict(attrs)
        for name in _ATTRS:
            if values.get(name):
                self.parts.append(values[name])
        if tag == "input" and values.get("type") in ("submit", "button") and values.get("value"):
            self.parts.append(values["value"])
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "option", "label", "span"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag in ("td", "th", "dd", "dt", "li", "p", "option", "label", "button", "a", "span", "summary"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The text a reader sees (and hears: titles, labels for screen readers), one block a line."""
    parser = _Visible()
    parser.feed(html)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Catalogue:
    english: frozenset[str]  # words the interface says in English
    vietnamese_ascii: frozenset[str]  # Vietnamese words written without marks
    msgids: tuple[str, ...]  # translated msgids, as fragments between placeholders
    msgstrs: tuple[str, ...]  # their translations, likewise


def _fragments(text: str) -> list[str]:
    """The runs of a message between its placeholders, of three words or more."""
    runs = re.split(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}", text)
    return [r.strip(" .:;,") for r in runs if len(r.split()) >= 3]


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-zÀ-ỹ]+", re.sub(r"%\(\w+\)[sdif]", " ", text))]


@cache
def catalogue() -> Catalogue:
    with PO.open("rb") as fh:
        cat = read_po(fh, locale="vi")
    english, viet, ids, strs = set(EXTRA_ENGLISH), set(), [], []
    for message in cat:
        if not message.id:
            continue
        msgids = message.id if isinstance(message.id, tuple) else (message.id,)
        msgstrs = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in msgids:
            english.update(w for w in _words(text) if w.isascii() and len(w) > 1)
        for text in msgstrs:
            viet.update(w for w in _words(text) if w.isascii() and _SYLLABLE.match(w))
        if all(msgstrs) and msgids[0] != msgstrs[0]:
            ids.extend(f for text in msgids for f in _fragments(text))
            strs.extend(f for text in msgstrs for f in _fragments(text) if _VIETNAMESE.search(f))
    return Catalogue(frozenset(english - viet - ALLOWED_IN_VIETNAMESE), frozenset(viet), tuple(set(ids)),
                     tuple(set(strs)))


@dataclass
class Faults:
    """The language faults found on one page."""

    items: list[str] = field(default_factory=list)

    def add(self, kind: str, what: str, line: str) -> None:
        self.items.append(f"{kind}: {what!r} in «{line[:160]}»")


def _tokens(line: str):
    for raw in line.split():
        token = raw.strip(_TOKEN_EDGE)
        if token:
            yield token


def _code_faults(line: str, faults: Faults, codes: frozenset[str], people: frozenset[str]) -> None:
    for token in _tokens(line):
        bare = token.rstrip(".")
        if _TOKEN_PREFIX.match(bare):
            continue
        action = (_DOTTED_ACTION.match(bare) and bare not in people
                  and not re.search(r"\.(pdf|csv|png|json|xml|docx|doc|odt)$", bare))
        if _SNAKE.match(bare) or _PDF_NAME.match(bare) or bare in codes or action:
            faults.add("internal code", bare, line)
    for match in _OBJECT_REF.finditer(line):
        faults.add("internal reference", match.group(0), line)
    for match in _FIELD_NAME.finditer(line):
        faults.add("signature field name", match.group(0), line)


def vietnamese_faults(text: str, *, codes: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                      data: tuple[str, ...] = ()) -> list[str]:
    """English words, untranslated msgids and internal codes in a Vietnamese page's text."""
    cat, faults = catalogue(), Faults()
    for line in text.splitlines():
        _code_faults(line, faults, codes, people)
        if re.search(r"\b(?:CN|O|OU|C)=", line):
            continue  # a certificate's distinguished name is data
        for token in _tokens(line):
            if _IDENTIFIER_MARKS.search(token) or _VIETNAMESE.search(token) or token.lower() in ALLOWED_IN_VIETNAMESE:
                continue  # (a hyphenated word of the allow-list, "e-mail", before it is split below)
            for word in re.split(r"[-'’]", token):
                low = word.lower()
                mixed = not word.isupper() and not word[1:].islower()  # TTr, QyĐ, edXML
                if len(word) < 2 or (word.isupper() and low not in EXTRA_ENGLISH) or mixed:
                    continue  # an abbreviation (UBND, PDF, QĐ, TTr) — internal upper-case codes are caught above
                if low in cat.english:
                    faults.add("English word", word, line)
    for fragment in cat.msgids:
        if fragment in text:
            line = next((ln for ln in text.splitlines() if fragment in ln), fragment)
            faults.add("untranslated message", fragment, line)
    low = text.lower()
    for phrase, instead in UNNATURAL.items():
        if phrase in low:
            line = next((ln for ln in text.splitlines() if phrase in ln.lower()), phrase)
            faults.add(f"unnatural wording (say: {instead})", phrase, line)
    return faults.items


def english_faults(text: str, *, codes: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                   data: tuple[str, ...] = ()) -> list[str]:
    """Vietnamese interface text, internal codes and wrong plurals in an English page's text
    (names, subjects and document types are data and stay Vietnamese)."""
    faults = Faults()
    for line in text.splitlines():
        _code_faults(line, faults, codes, people)
        for match in _ENGLISH_PLURAL_ONE.finditer(line):
            if not match.group(1).endswith(("ss", "us", "is")):
                faults.add("plural after 1", match.group(0), line)
    for fragment in catalogue().msgstrs:
        if fragment in text and not any(fragment in d for d in data):  # part of a name or subject
            line = next((ln for ln in text.splitlines() if fragment in ln), fragment)
            faults.add("Vietnamese interface text", fragment, line)
    return faults.items

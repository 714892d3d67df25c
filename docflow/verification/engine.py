"""The verification engine: ``verify_pdf`` and ``signed_revision``.

Who does what:
- own code (``structure``): revisions, strict ByteRange rules, the /Contents gap, hashing
  the signed ranges through memoryview (no copy of the file);
- pypdf: reading objects (signature fields, the catalog, pages) of the whole file and of
  each revision opened on a zero-copy prefix;
- own code (``changes``): what each later revision changed, in words, against DocMDP;
- own code on asn1crypto + cryptography (``cms``): messageDigest, the signature value,
  signing-certificate(-v2), algorithms, RFC 3161 tokens and their imprints;
- pyhanko-certvalidator (``chain``): path validation to the configured anchors at the proven
  signing time with CRL/OCSP from the context, the DSS, the CMS and fetched URLs.

endesive is deliberately not used for judging (see ../shared/reference/endesive.md: it
trusts TLS roots, ignores later revisions, key usage, revocation, DocMDP and timestamps).

Each signature is judged by ``_CHECKS``, small checks in a fixed order (byte range, signed
revision, DocMDP, modifications, digest and signature value, certificate binding, signature
timestamp, revocation data, certificate path, key usage, algorithms), each recording what
it finds; a check after which nothing further can be judged ends the judgement. The
verdict (ETSI EN 319 102-1) is decided in ``_decide``, worst finding first. Disallowed
changes after a signature make that signature TOTAL_FAILED/FORMAT_FAILURE: what the file
shows is not the signed document plus permitted updates, whatever the cryptography says.
A signature timestamp whose imprint or CMS does not verify is TOTAL_FAILED/SIG_CRYPTO_FAILURE
(tampering evidence); one from an untrusted TSA proves nothing, so the signature is at most
INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND. Any exception while judging a signature makes it
TOTAL_FAILED/FORMAT_FAILURE; a file that does not parse is TOTAL_FAILED.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, cast

from asn1crypto import cms as a_cms
from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import x509 as a_x509
from cryptography import x509
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from . import cms as cmsmod
from .chain import ChainResult, key_usage_problem, validate_chain
from .changes import (
    Category,
    Change,
    allowed_categories,
    diff_revisions,
    freed_in_update,
    object_locations,
    structural_problems,
)
from .digests import SignedDigests
from .fetching import FetchRun, RevocationFetcher
from .graph import RevisionGraph
from .mdp import FieldLock, Restrictions, read_locks
from .past import with_proofs_of_existence
from .report import (
    Checks,
    Coverage,
    Indication,
    Modifications,
    SignatureReport,
    SignerInfo,
    SubIndication,
    TimestampInfo,
    VerificationReport,
    worst_indication,
)
from .sharing import RevisionReader
from .structure import (
    Revision,
    ViewStream,
    check_byte_range,
    find_revisions,
    scan_dict,
    trailing_bytes,
)
from .trust import TrustContext

__all__ = ["verify_pdf", "signed_revision", "list_signatures", "SignatureNotFound",
           "USAGE_RIGHTS_ONLY"]


def _get(d: Any, key: str, default: Any = None) -> Any:
    """``d[key]`` resolved (pypdf's ``dict.get`` returns unresolved references)."""
    if isinstance(d, dict) and key in d:
        return d[key]
    return default


class SignatureNotFound(LookupError):
    pass


@dataclass
class _Sig:
    field: str
    ref: IndirectObject | None
    sig: dict[str, Any]
    field_obj: Any = None  # the signature field's dictionary (for its /Lock)


def _fetch_run(ctx: TrustContext) -> FetchRun | None:
    if not ctx.fetch_revocation:
        return None
    return (ctx.fetcher or RevocationFetcher.shared(ctx.fetch_timeout)).begin()


def _open(data: bytes, end: int | None = None, peers: list[RevisionReader] | None = None
          ) -> PdfReader:
    """A reader of ``data[:end]``; readers of one file given the same ``peers`` list share
    what they parsed (sharing.py)."""
    return RevisionReader(data, ViewStream(data, end), [] if peers is None else peers)


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")",
            b"\\": b"\\"}


def _literal_string(body: bytes) -> bytes:
    """Decode a PDF literal string's escapes (ISO 32000-1 §7.3.4.2): endesive writes the
    signing time as ``D\\072...`` (octal for ':'), which must read as ``D:...``."""
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i:i + 1]
        if c != b"\\" or i + 1 >= len(body):
            out += c
            i += 1
            continue
        nxt = body[i + 1:i + 2]
        octal = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
        if octal:
            out.append(int(octal.group(), 8) & 0xFF)
            i += 1 + len(octal.group())
        elif nxt in (b"\r", b"\n"):  # line continuation
            i += 3 if body[i + 1:i + 3] == b"\r\n" else 2
        else:
            out += _ESCAPES.get(nxt, nxt)
            i += 2
    return bytes(out)


def _raw_value(raw: bytes) -> Any:
    """The few value shapes a signature dictionary needs, read from raw bytes."""
    raw = raw.strip()
    if raw.startswith(b"/"):
        return raw.decode("latin-1")
    if raw.startswith(b"[") and raw.endswith(b"]"):
        items = raw[1:-1].split()
        if all(re.fullmatch(rb"-?\d+", x) for x in items):
            return [int(x) for x in items]
        return raw.decode("latin-1")  # not an array of integers: judged later
    if raw.startswith(b"(") and raw.endswith(b")"):
        return _literal_string(raw[1:-1]).decode("latin-1")
    if raw == b"null":
        return None
    return raw.decode("latin-1")


def _sig_dict(doc: _Doc, ref: Any) -> dict[str, Any]:
    """The signature dictionary as a plain dict, read from the raw bytes at the object's
    xref offset (pypdf would decode the ~30 KB /Contents hex string char by char; we only
    need to know where it is). Objects not at a plain offset fall back to pypdf."""
    if isinstance(ref, IndirectObject):
        loc = doc.locations.get(ref.idnum)
        if loc and loc[0] == "o":
            keys = scan_dict(doc.data, loc[2], ref.idnum, ref.generation)
            out: dict[str, Any] = {}
            for key, spans in keys.items():
                name = key.decode("latin-1")
                start, end = spans[0]
                if name == "/Contents":
                    out[name] = doc.data[start : start + 1] == b"<" and end - start > 2
                elif end - start < 4096:
                    out[name] = _raw_value(doc.data[start:end])
            return out
    obj = ref.get_object() if ref is not None else None
    if not isinstance(obj, DictionaryObject):
        return {}
    return {k: obj[k] for k in obj if k != "/Contents"} | (
        {"/Contents": True} if "/Contents" in obj else {})


def list_signatures(doc: _Doc) -> list[_Sig]:
    """Filled signature fields of the document's AcroForm (fully qualified names)."""
    root = doc.reader.trailer["/Root"]
    out: list[_Sig] = []
    af = _get(root, "/AcroForm")
    if not isinstance(af, DictionaryObject):
        return out
    seen: set[int] = set()

    def walk(kids: Any, prefix: str, ft: Any) -> None:
        for ref in kids.get_object() if kids is not None else []:
            if isinstance(ref, IndirectObject):
                if ref.idnum in seen:
                    continue
                seen.add(ref.idnum)
            f = ref.get_object()
            if not isinstance(f, DictionaryObject):
                continue
            t = _get(f, "/T")
            name = f"{prefix}.{t}" if prefix and t is not None else (str(t) if t else prefix)
            fft = _get(f, "/FT", ft)
            kids2 = [k for k in _get(f, "/Kids", []) if "/T" in k.get_object()]
            if kids2:
                walk(f["/Kids"], name, fft)
                continue
            if fft == "/Sig" and "/V" in f:
                vref = f.raw_get("/V")
                try:
                    sig = _sig_dict(doc, vref)
                except Exception:  # noqa: BLE001 - judged (and failed) per signature
                    sig = {}
                out.append(_Sig(name or "(unnamed)",
                                vref if isinstance(vref, IndirectObject) else None, sig, f))

    walk(af.raw_get("/Fields") if "/Fields" in af else None, "", None)
    return out


class _Doc:
    """Lazily computed, shared facts about one file."""

    def __init__(self, data: bytes, ctx: TrustContext, revisions: list[Revision] | None = None) -> None:
        self.data = data
        self.ctx = ctx
        self.revisions = find_revisions(data) if revisions is None else revisions
        self._peers: list[RevisionReader] = []  # readers of this file share parsed objects
        self.reader = _open(data, peers=self._peers)
        self.trailing = trailing_bytes(data, self.revisions)
        self._readers: dict[int, PdfReader] = {}
        self._diffs: dict[int, list[Change]] = {}
        self._graphs: dict[int, RevisionGraph] = {}
        # (signed revision index, DocMDP P or None, field locks) of every signature
        self.grants: list[tuple[int, int | None, list[FieldLock]]] = []
        self._dss: tuple[list, list, list] | None = None
        self.locations = object_locations(self.reader)
        # verify_pdf replaces this with the digests of its one pass over the file
        self.digests = SignedDigests(data, cmsmod.new_hash)
        # this verification's revocation fetches: one budget and one log for all signatures
        self.fetches = _fetch_run(ctx)

    def reader_at(self, index: int) -> PdfReader:
        if index == len(self.revisions) - 1 and not self.trailing:
            return self.reader
        if index not in self._readers:
            self._readers[index] = _open(self.data, self.revisions[index].end, self._peers)
        return self._readers[index]

    def graph(self, index: int) -> RevisionGraph:
        if index not in self._graphs:
            self._graphs[index] = RevisionGraph(self.reader_at(index))
        return self._graphs[index]

    def diff(self, index: int) -> list[Change]:
        """Changes made by revision ``index`` (> 0) relative to ``index - 1``."""
        if index not in self._diffs:
            prev, cur = self.revisions[index - 1], self.revisions[index]
            try:
                r1 = self.reader_at(index)
                changes = structural_problems(self.data, prev.end, cur.end, cur.startxref, r1)
                freed = freed_in_update(self.data, cur.startxref, r1)
                changes += diff_revisions(self.reader_at(index - 1), r1,
                                          g0=self.graph(index - 1), g1=self.graph(index),
                                          freed=freed)
            except Exception as exc:  # noqa: BLE001 - an unparseable update is a finding
                changes = [Change(f"update {index + 1} cannot be parsed ({exc})",
                                  Category.OTHER, f"không đọc được lần cập nhật {index + 1}")]
            self._diffs[index] = changes
        return self._diffs[index]

    def changes_after(self, index: int) -> list[tuple[int, Change]]:
        """(revision index, change) of every revision after ``index``."""
        out: list[tuple[int, Change]] = []
        for i in range(index + 1, len(self.revisions)):
            out.extend((i, ch) for ch in self.diff(i))
        if self.trailing:
            out.append((len(self.revisions), Change(
                f"{self.trailing} bytes after the last %%EOF that form no revision",
                Category.OTHER, f"{self.trailing} byte sau %%EOF cuối cùng không thuộc phiên "
                "bản nào", rule="structure")))
        return out

    def restrictions(self, index: int) -> Restrictions:
        """DocMDP level and field locks in force for revision ``index``: those of every
        signature signed in an earlier revision (ISO 32000-2 §12.8.2)."""
        r = Restrictions()
        for rev, p, locks in self.grants:
            if rev < index:
                r.add(p, locks)
        return r

    def dss(self) -> tuple[list[a_x509.Certificate], list[a_crl.CertificateList],
                           list[a_ocsp.OCSPResponse]]:
        if self._dss is None:
            certs: list[a_x509.Certificate] = []
            crls: list[a_crl.CertificateList] = []
            ocsps: list[a_ocsp.OCSPResponse] = []
            try:
                dss = _get(self.reader.trailer["/Root"], "/DSS")
                if isinstance(dss, DictionaryObject):
                    for key, sink, loader in (
                        ("/Certs", certs, a_x509.Certificate.load),
                        ("/CRLs", crls, a_crl.CertificateList.load),
                        ("/OCSPs", ocsps, a_ocsp.OCSPResponse.load),
                    ):
                        for s in _get(dss, key, ArrayObject()):
                            try:
                                sink.append(loader(s.get_object().get_data()))
                            except (ValueError, TypeError):
                                continue
            except Exception:  # noqa: BLE001 - a broken DSS only means less revocation data
                certs, crls, ocsps = [], [], []
            self._dss = (certs, crls, ocsps)
        return self._dss

    def certification(self) -> tuple[int | None, int | None]:
        """(object number of the certification signature dictionary, its P)."""
        try:
            perms = _get(self.reader.trailer["/Root"], "/Perms")
            if not isinstance(perms, DictionaryObject) or "/DocMDP" not in perms:
                return None, None
            ref = perms.raw_get("/DocMDP")
            sig = ref.get_object()
            p = 2
            for r in _get(sig, "/Reference", []):
                r = r.get_object()
                if _get(r, "/TransformMethod") == "/DocMDP":
                    p = int(_get(_get(r, "/TransformParams", {}), "/P", 2))
            return (ref.idnum if isinstance(ref, IndirectObject) else None), p
        except Exception:  # noqa: BLE001
            return None, None


def _pdf_date(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?",
                 str(value))
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else default for g, default in
                          zip(m.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True))
    tz = dt.UTC
    if m.group(7) in ("+", "-") and m.group(8):
        off = dt.timedelta(hours=int(m.group(8)), minutes=int(m.group(9) or 0))
        tz = dt.timezone(off if m.group(7) == "+" else -off)
    try:
        return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError:
        return None


def _signer_info(cert: a_x509.Certificate) -> SignerInfo:
    c = x509.load_der_x509_certificate(cert.dump())
    cn = cert.subject.native.get("common_name")
    return SignerInfo(
        common_name=cn if isinstance(cn, str) else None,
        subject=c.subject.rfc4514_string(),
        issuer=c.issuer.rfc4514_string(),
        serial=format(c.serial_number, "x"),
        not_before=c.not_valid_before_utc,
        not_after=c.not_valid_after_utc,
        sha256_fingerprint=cert.sha256.hex(),
    )


@dataclass
class _Facts:
    field: str
    kind: str = "approval"
    revision: int | None = None
    signer: SignerInfo | None = None
    claimed: dt.datetime | None = None
    timestamp: TimestampInfo | None = None
    byte_range_ok: bool = False
    intact: bool = False
    crypto_valid: bool = False
    cert_found: bool = False
    cert_bound_ok: bool = True
    trusted: bool = False
    key_usage_ok: bool = False
    revocation: str = "unknown"
    valid_at_time: bool = False
    algorithm_ok: bool = False
    coverage: str = Coverage.UNCLEAR
    modifications: str = Modifications.NONE
    changes: list[str] = dc_field(default_factory=list)
    disallowed: list[str] = dc_field(default_factory=list)
    docmdp: int | None = None
    analysis: list[dict[str, Any]] = dc_field(default_factory=list)
    format_problems: list[str] = dc_field(default_factory=list)
    problems: list[str] = dc_field(default_factory=list)
    chain: ChainResult | None = None
    ts_chain: ChainResult | None = None  # the signature timestamp's TSA path (levels.py)
    ts_broken: bool = False
    ts_untrusted: bool = False
    proven: bool = False
    algorithm_problems: list[str] = dc_field(default_factory=list)
    ku_problem: str | None = None
    unsupported: str | None = None  # an algorithm docflow does not implement: not checked
    digest_algorithm: str | None = None  # of the signature (or the timestamp's), for the policy over time


def _decide(f: _Facts) -> tuple[str, str | None]:
    F, I = Indication.TOTAL_FAILED, Indication.INDETERMINATE  # noqa: E741, N806
    S = SubIndication  # noqa: N806
    if not f.byte_range_ok or f.format_problems:
        return F, S.FORMAT_FAILURE
    if f.unsupported:
        # nothing cryptographic was checked: neither "valid" nor "forged" is honest, but
        # changes after the signature that are not allowed fail it whatever its algorithm
        return (F, S.FORMAT_FAILURE) if f.disallowed else (I, S.CRYPTO_CONSTRAINTS_FAILURE)
    if not f.intact:
        return F, S.HASH_FAILURE
    if not f.cert_found:
        return I, S.NO_SIGNING_CERTIFICATE_FOUND
    if not f.crypto_valid:
        return F, S.SIG_CRYPTO_FAILURE
    if not f.cert_bound_ok:
        return F, S.FORMAT_FAILURE
    if f.disallowed:
        return F, S.FORMAT_FAILURE
    if f.ts_broken:
        return F, S.SIG_CRYPTO_FAILURE
    chain = f.chain
    if chain is not None and chain.failure == S.REVOKED:
        return (F, S.REVOKED) if f.proven else (I, S.REVOKED_NO_POE)
    if f.algorithm_problems or (chain is not None and not chain.algorithm_ok):
        return I, S.CRYPTO_CONSTRAINTS_FAILURE
    if chain is not None and chain.failure:
        if chain.failure == S.OUT_OF_BOUNDS_NO_POE and f.proven:
            return F, S.EXPIRED
        return I, chain.failure
    if f.ku_problem:
        return I, S.CHAIN_CONSTRAINTS_FAILURE
    if f.ts_untrusted:
        return I, S.NO_CERTIFICATE_CHAIN_FOUND
    if not f.trusted:
        return I, S.NO_CERTIFICATE_CHAIN_FOUND
    return Indication.TOTAL_PASSED, None


@dataclass
class _Judgement:
    """One signature under judgement: its inputs and what the checks so far established.
    Each check reads and records here; ``facts`` is what the report is made of."""

    doc: _Doc
    s: _Sig
    now: dt.datetime
    earlier_ends: list[int]
    cert_num: int | None
    cert_p: int | None
    poe_time: dt.datetime | None
    facts: _Facts
    byte_range: list[Any] = dc_field(default_factory=list)
    ranges: tuple[int, int, int, int] = (0, 0, 0, 0)
    contents_hex: tuple[int, int] = (0, 0)
    signed_end: int = 0
    revision_index: int = 0  # 0-based index of the signed revision
    blob: bytes = b""
    subfilter: Any = None
    sd: a_cms.SignedData | None = None
    check: cmsmod.CmsCheck = dc_field(default_factory=cmsmod.CmsCheck)
    dss_certs: list[a_x509.Certificate] = dc_field(default_factory=list)
    dss_crls: list[a_crl.CertificateList] = dc_field(default_factory=list)
    dss_ocsps: list[a_ocsp.OCSPResponse] = dc_field(default_factory=list)
    moment: dt.datetime | None = None  # the time the signer's path is validated at
    cms_crls: list[a_crl.CertificateList] = dc_field(default_factory=list)
    cms_ocsps: list[a_ocsp.OCSPResponse] = dc_field(default_factory=list)


def _classify(j: _Judgement) -> bool:
    """What kind of signature this is (approval, certification, document timestamp) and the
    signing time its dictionary claims. Refuses nothing."""
    f, sig, s = j.facts, j.s.sig, j.s
    if _get(sig, "/Type") == "/DocTimeStamp" or _get(sig, "/SubFilter") == "/ETSI.RFC3161":
        f.kind = "document_timestamp"
    elif s.ref is not None and s.ref.idnum == j.cert_num:
        f.kind = "certification"
    f.claimed = _pdf_date(_get(sig, "/M"))
    return True


def _check_byte_range_present(j: _Judgement) -> bool:
    """Refuses a signature dictionary without /ByteRange or /Contents: nothing says which
    bytes were signed or what signed them."""
    if "/ByteRange" not in j.s.sig or "/Contents" not in j.s.sig:
        j.facts.format_problems.append("the signature has no /ByteRange or no /Contents")
        return False
    return True


def _check_byte_range_array(j: _Judgement) -> bool:
    """Refuses a /ByteRange that is not a direct array of integers (an indirect reference
    or any other value): the signed ranges must be read from the signature dictionary
    itself."""
    br = _get(j.s.sig, "/ByteRange")
    br_list = list(br) if isinstance(br, list) else br
    if isinstance(br_list, list):
        br_list = [int(v) if type(v).__name__ == "NumberObject" else v for v in br_list]
    if not isinstance(br_list, list):
        j.facts.format_problems.append("/ByteRange is not a direct array of four integers")
        return False
    j.byte_range = br_list
    return True


def _check_byte_range_rules(j: _Judgement) -> bool:
    """Refuses a /ByteRange that breaks any rule of ``structure.check_byte_range`` (four
    integers, starting at 0, the gap exactly the /Contents hex string of this signature's
    own dictionary): otherwise unsigned bytes could hide in the signed document."""
    s, f = j.s, j.facts
    loc = j.doc.locations.get(s.ref.idnum) if s.ref is not None else None
    offset = loc[2] if loc and loc[0] == "o" else None
    gen = s.ref.generation if s.ref is not None else 0
    brc = check_byte_range(j.doc.data, j.byte_range, offset, s.ref.idnum if s.ref else -1, gen)
    f.problems += brc.problems
    # ok implies the three are set (structure.check_byte_range)
    if not brc.ok or brc.ranges is None or brc.contents_hex is None or brc.signed_end is None:
        return False
    j.ranges, j.contents_hex, j.signed_end = brc.ranges, brc.contents_hex, brc.signed_end
    return True


def _check_signed_revision(j: _Judgement) -> bool:
    """Refuses signed bytes that do not end at the end of a revision (the signer saw no
    complete document), or whose revision's cross-reference section lies outside them
    (the objects the signer saw could be redirected). Records the coverage."""
    f, doc = j.facts, j.doc
    _, b, c, _ = j.ranges
    end = j.signed_end
    rev = next((r for r in doc.revisions if end in (r.end, r.eof_end)), None)
    if rev is None:
        f.coverage = Coverage.PARTIAL
        f.format_problems.append("the signed bytes do not end at the end of a revision")
        return False
    if not (rev.startxref < b or c <= rev.startxref < end):
        f.coverage = Coverage.PARTIAL
        f.format_problems.append("the signed revision's cross-reference section is not signed")
        return False
    f.byte_range_ok = True
    f.revision = rev.index + 1
    last = rev.index == len(doc.revisions) - 1
    f.coverage = Coverage.ENTIRE_FILE if last and not doc.trailing else Coverage.ENTIRE_REVISION
    j.revision_index = rev.index
    return True


def _check_docmdp(j: _Judgement) -> bool:
    """The DocMDP level in force for this signature (the certification's, when it or an
    earlier signature set it). Refuses, as a format problem, a certification signature
    that is not the first signature (ISO 32000-1 §12.8.2.2)."""
    f, s, end = j.facts, j.s, j.signed_end
    if j.cert_num is not None and (s.ref is not None and s.ref.idnum == j.cert_num or
                                   any(e <= end for e in j.earlier_ends)):
        f.docmdp = j.cert_p
    if f.kind == "certification" and any(e < end for e in j.earlier_ends):
        f.format_problems.append("a certification signature must be the first signature")
    return True


def _analyse_modifications(j: _Judgement) -> bool:
    """Every change made after the signed revision, judged against the DocMDP level and the
    field locks in force for the revision that made it. A disallowed change fails the
    signature later (``_decide``): the file no longer shows what was signed plus permitted
    updates. Never stops the judgement: the cryptography is still reported."""
    f, doc = j.facts, j.doc
    listed = False
    for ri, ch in doc.changes_after(j.revision_index):
        limits = doc.restrictions(ri)
        p = limits.p if limits.p is not None else f.docmdp
        ok = ch.category in allowed_categories(p)
        text = ch.text
        lock = limits.locked_by(ch.field) if ok else None
        if lock is not None:
            ok = False
            text = f"{ch.text} (the field is locked by signature {lock.source})"
        listed = True  # a quiet change is still a change: modifications are not NONE
        if ch.quiet and ok:
            continue
        f.changes.append(ch.text)
        if not ok:
            f.disallowed.append(text)
        f.analysis.append({"revision": ri + 1, **ch.to_json(ok)} | (
            {"en": text, "vi": f"{ch.text_vi or ch.text} (trường bị khoá bởi chữ ký "
             f"{lock.source})"} if lock is not None else {}))
    f.changes = list(dict.fromkeys(f.changes))
    f.modifications = (Modifications.NONE if not listed else
                       Modifications.DISALLOWED if f.disallowed else Modifications.ALLOWED)
    if f.disallowed:
        f.problems.append("changed after signing in ways not allowed: "
                          + "; ".join(f.disallowed))
    return True


def _read_contents(j: _Judgement) -> bool:
    """The CMS bytes of /Contents (hex digits that do not decode raise: the signature
    cannot be read)."""
    contents_hex = memoryview(j.doc.data)[j.contents_hex[0] : j.contents_hex[1]].tobytes()
    j.blob = bytes.fromhex(contents_hex.decode("ascii"))
    return True


def _check_as_document_timestamp(j: _Judgement) -> bool:
    """A document timestamp is judged as a timestamp token over the signed bytes
    (``_judge_doc_timestamp``), at the proof of existence's time when there is one; the
    checks below are for signatures."""
    if j.facts.kind != "document_timestamp":
        return True
    _judge_doc_timestamp(j.doc, j.facts, j.blob, j.ranges, j.poe_time or j.now)
    try:
        j.facts.digest_algorithm = cmsmod.digest_algorithm(cmsmod.load_signed_data(j.blob))
    except Exception:  # noqa: BLE001 - unreadable: judged above
        j.facts.digest_algorithm = None
    return False


def _check_digest_and_signature_value(j: _Judgement) -> bool:
    """The CMS's messageDigest against the signed bytes' digest and the signature value
    against the signer's key (``cms.check_signed_data``; /adbe.pkcs7.sha1 signs the SHA-1
    of the bytes as its content). Refuses to go on without a signer certificate in the CMS
    (nothing to validate), and after recording the signer when the CMS uses an algorithm
    docflow does not implement (nothing was checked)."""
    f, doc, ctx = j.facts, j.doc, j.doc.ctx
    sd = cmsmod.load_signed_data(j.blob)
    j.subfilter = _get(j.s.sig, "/SubFilter")
    j.dss_certs, j.dss_crls, j.dss_ocsps = doc.dss()
    cms_kw: dict[str, Any] = dict(weak_hashes=ctx.weak_hashes, min_rsa_bits=ctx.min_rsa_bits,
                                  extra_certs=j.dss_certs)
    if cmsmod.unsupported_algorithm(sd):
        check = cmsmod.check_signed_data(sd, None, **cms_kw)  # reports what is not implemented
    elif j.subfilter == "/adbe.pkcs7.sha1":
        check = cmsmod.check_pkcs7_sha1(sd, doc.digests.digest("sha1", j.ranges), **cms_kw)
    else:
        digest = doc.digests.digest(cmsmod.digest_algorithm(sd), j.ranges)
        check = cmsmod.check_signed_data(sd, digest, **cms_kw)
    j.sd, j.check = sd, check
    try:
        f.digest_algorithm = cmsmod.digest_algorithm(sd)
    except Exception:  # noqa: BLE001 - unreadable: the checks above say why
        f.digest_algorithm = None
    f.intact, f.crypto_valid = check.intact, check.crypto_valid
    f.problems += check.problems
    f.claimed = f.claimed or check.claimed_signing_time
    f.unsupported = check.unsupported
    if check.signer_cert is None:
        return False
    f.cert_found = True
    f.signer = _signer_info(check.signer_cert)
    return not f.unsupported


def _check_certificate_binding(j: _Judgement) -> bool:
    """Refuses (FORMAT_FAILURE) a signer certificate that the signed attributes do not bind
    when PAdES requires it (/ETSI.CAdES.detached) or when a signing-certificate attribute is
    present but wrong: the certificate could be substituted. Records algorithm problems."""
    f, check = j.facts, j.check
    if not check.cert_bound and (j.subfilter == "/ETSI.CAdES.detached"
                                 or any("signing-certificate" in p for p in check.problems)):
        f.cert_bound_ok = False
        if not any("signing-certificate" in p for p in check.problems):
            f.problems.append("the signer certificate is not bound by a signing-certificate-v2 "
                              "attribute (required for PAdES)")
    f.algorithm_problems = list(check.algorithm_problems)
    f.problems += check.algorithm_problems
    return True


def _check_cryptography_holds(j: _Judgement) -> bool:
    """Refuses to validate timestamps and the certificate path of a signature whose digest,
    signature value or certificate binding failed: it is already failed, and a path would
    only add noise."""
    f = j.facts
    return f.intact and f.crypto_valid and f.cert_bound_ok


def _check_signature_timestamp(j: _Judgement) -> bool:
    """The signature timestamp (unsigned attribute), if any: its imprint of the signature
    value and its CMS (a broken one is tampering evidence, SIG_CRYPTO_FAILURE), its TSA's
    path at the validation time or the proof of existence's (an untrusted TSA proves
    nothing). An intact token from a trusted TSA is the moment the signer's path is
    validated at; without one, the validation time."""
    f, doc, ctx, check = j.facts, j.doc, j.doc.ctx, j.check
    moment = j.now
    token = None
    if check.unsigned_attrs is not None:
        for attr in check.unsigned_attrs:
            if attr["type"].native == "signature_time_stamp_token":
                token = attr["values"][0]
    if token is not None:
        try:
            ts = cmsmod.check_timestamp_token(token, check.signature_value,
                                              weak_hashes=ctx.weak_hashes,
                                              min_rsa_bits=ctx.min_rsa_bits)
        except (cmsmod.CmsError, ValueError, KeyError, TypeError) as exc:
            ts = cmsmod.TimestampCheck(problems=[f"the timestamp token is malformed ({exc})"])
        trusted = False
        if ts.intact and ts.cms is not None and ts.cms.signer_cert is not None:
            tsa = ts.cms.signer_cert
            # the TSA at the validation time, or when a later archive timestamp proves the token existed
            tchain = validate_chain(tsa, ts.cms.certificates + j.dss_certs, ctx, j.poe_time or j.now,
                                    crls=j.dss_crls, ocsps=j.dss_ocsps, timestamping=True,
                                    revocation_mode="soft-fail", fetches=doc.fetches)
            f.ts_chain = tchain
            ku = key_usage_problem(tsa, timestamping=True)
            trusted = tchain.trusted and ku is None and not ts.cms.algorithm_problems
            if not trusted:
                f.problems.append("the signature timestamp is not from a trusted timestamp "
                                  "authority: " + "; ".join(tchain.problems + ([ku] if ku else [])
                                                            + ts.cms.algorithm_problems))
        f.problems += [f"timestamp: {p}" for p in ts.problems]
        if ts.time is not None:
            f.timestamp = TimestampInfo(ts.time, trusted, ts.intact)
        # a timestamp in an algorithm docflow does not implement proves nothing, but it is
        # no evidence of tampering either
        f.ts_broken = not ts.intact and not ts.unsupported
        f.ts_untrusted = (ts.intact and not trusted) or bool(ts.unsupported)
        if ts.intact and trusted and ts.time is not None:
            moment, f.proven = ts.time, True
    j.moment = moment
    return True


def _collect_revocation_data(j: _Judgement) -> bool:
    """The CRLs and OCSP responses the CMS carries (Adobe's revocation-info attribute);
    an unreadable one is named as a problem and left out. Refuses nothing."""
    assert j.sd is not None  # noqa: S101 - set by _check_digest_and_signature_value
    j.cms_crls, j.cms_ocsps, revinfo_problems = cmsmod.adobe_revocation_info(j.sd)
    j.facts.problems += revinfo_problems
    return True


def _check_certificate_path(j: _Judgement) -> bool:
    """The signer's path to a configured anchor at the moment proven (or the validation
    time), with revocation from the DSS, the CMS, the context and fetches
    (``chain.validate_chain``): an untrusted, revoked, expired or unknown-status path is
    judged by ``_decide``."""
    f, doc = j.facts, j.doc
    check = j.check
    assert check.signer_cert is not None and j.moment is not None  # noqa: S101 - set above
    chain = validate_chain(check.signer_cert, check.certificates + j.dss_certs, doc.ctx,
                           j.moment, crls=j.dss_crls + j.cms_crls,
                           ocsps=j.dss_ocsps + j.cms_ocsps, fetches=doc.fetches)
    f.chain = chain
    f.problems += chain.problems
    f.trusted = chain.trusted
    f.revocation = chain.revocation
    f.valid_at_time = chain.valid_at_time
    return True


def _check_key_usage(j: _Judgement) -> bool:
    """Refuses (CHAIN_CONSTRAINTS_FAILURE in ``_decide``) a signer certificate whose key
    usage does not allow signing documents."""
    f = j.facts
    assert j.check.signer_cert is not None  # noqa: S101 - set above
    f.ku_problem = key_usage_problem(j.check.signer_cert)
    f.key_usage_ok = f.ku_problem is None
    if f.ku_problem:
        f.problems.append(f.ku_problem)
    return True


def _check_algorithms(j: _Judgement) -> bool:
    """Algorithms are acceptable only if neither the CMS nor the path uses a weak one
    (CRYPTO_CONSTRAINTS_FAILURE in ``_decide``)."""
    f, chain = j.facts, j.facts.chain
    f.algorithm_ok = not f.algorithm_problems and chain is not None and chain.algorithm_ok
    return True


# The judgement of one signature, in order; a check returning False ends it (what was
# recorded so far is what ``_decide`` judges).
_CHECKS: tuple[Callable[[_Judgement], bool], ...] = (
    _classify,
    _check_byte_range_present,
    _check_byte_range_array,
    _check_byte_range_rules,
    _check_signed_revision,
    _check_docmdp,
    _analyse_modifications,
    _read_contents,
    _check_as_document_timestamp,
    _check_digest_and_signature_value,
    _check_certificate_binding,
    _check_cryptography_holds,
    _check_signature_timestamp,
    _collect_revocation_data,
    _check_certificate_path,
    _check_key_usage,
    _check_algorithms,
)


def _judge(doc: _Doc, s: _Sig, now: dt.datetime, earlier_ends: list[int],
           cert_num: int | None, cert_p: int | None, poe_time: dt.datetime | None = None) -> _Facts:
    """The facts about one signature, established by ``_CHECKS`` in order. ``poe_time``: a
    proof that this signature existed then (a later document timestamp, past.py): its
    timestamp's TSA path is validated at that time instead of ``now``."""
    j = _Judgement(doc, s, now, earlier_ends, cert_num, cert_p, poe_time, _Facts(field=s.field))
    for check in _CHECKS:
        if not check(j):
            break
    return j.facts



def _judge_doc_timestamp(doc: _Doc, f: _Facts, blob: bytes, ranges: tuple[int, int, int, int],
                         now: dt.datetime) -> None:
    ctx = doc.ctx
    sd = cmsmod.load_signed_data(blob)
    from asn1crypto import tsp

    tst = tsp.TSTInfo.load(sd["encap_content_info"]["content"].contents)
    algo = tst["message_imprint"]["hash_algorithm"]["algorithm"].native
    f.unsupported = cmsmod.unsupported_algorithm(sd) or cmsmod.unsupported_digest(algo)
    if f.unsupported:
        f.problems.append(f.unsupported)
        return
    digest = doc.digests.digest(algo, ranges)
    info = a_cms.ContentInfo({"content_type": "signed_data", "content": sd})
    ts = cmsmod.check_timestamp_token(info, None, imprint_digest={algo: digest},
                                      weak_hashes=ctx.weak_hashes, min_rsa_bits=ctx.min_rsa_bits)
    check = ts.cms
    f.intact = ts.intact or (check is not None and check.crypto_valid and
                             not any("imprint" in p for p in ts.problems) and check.intact)
    f.intact = not any("imprint" in p for p in ts.problems) and bool(check and check.intact)
    f.crypto_valid = bool(check and check.crypto_valid)
    f.problems += ts.problems
    f.claimed = ts.time
    if check is None or check.signer_cert is None:
        return
    f.cert_found = True
    f.signer = _signer_info(check.signer_cert)
    f.algorithm_problems = list(check.algorithm_problems)
    f.problems += check.algorithm_problems
    dss_certs, dss_crls, dss_ocsps = doc.dss()
    chain = validate_chain(check.signer_cert, check.certificates + dss_certs, ctx, now,
                           crls=dss_crls, ocsps=dss_ocsps, fetches=doc.fetches)
    f.chain = chain
    f.problems += chain.problems
    f.trusted = chain.trusted
    f.revocation = chain.revocation
    f.valid_at_time = chain.valid_at_time
    f.ku_problem = key_usage_problem(check.signer_cert, timestamping=True)
    f.key_usage_ok = f.ku_problem is None
    if f.ku_problem:
        f.problems.append(f.ku_problem)
    f.algorithm_ok = not f.algorithm_problems and chain.algorithm_ok
    if ts.time is not None:
        f.timestamp = TimestampInfo(ts.time, f.trusted and f.key_usage_ok, ts.intact)


def _to_report(f: _Facts, level: str | None = None) -> SignatureReport:
    indication, sub = _decide(f)
    problems = list(dict.fromkeys(f.format_problems + f.problems))
    return SignatureReport(
        field=f.field, kind=f.kind, revision=f.revision, indication=indication,
        subindication=sub, signer=f.signer, signing_time_claimed=f.claimed,
        timestamp=f.timestamp,
        checks=Checks(
            byte_range_ok=f.byte_range_ok, intact=f.intact, crypto_valid=f.crypto_valid,
            trusted=f.trusted, key_usage_ok=f.key_usage_ok, revocation=f.revocation,
            valid_at_signing_time=f.valid_at_time, algorithm_ok=f.algorithm_ok,
        ),
        coverage=f.coverage, modifications_after=f.modifications,
        changes_after=tuple(f.changes), docmdp=f.docmdp, problems=tuple(problems),
        change_analysis=tuple(f.analysis), pades_level=level,
    )


# A file with more incremental updates than this is refused unverified: every update is parsed
# and compared with the one before (a signed PDF with 2,000 updates kept verify_pdf busy for
# minutes; tests/fuzz/test_hostile_pdfs.py). Real documents have one update per signature.
MAX_REVISIONS = 200


def _failed_document(data: bytes, file: str | None, reason: str, revisions: int = 0,
                     digests: SignedDigests | None = None) -> VerificationReport:
    return VerificationReport(
        sha256=(digests.file_sha256() if digests is not None
                else hashlib.sha256(data).hexdigest()), size=len(data),
        verdict=Indication.TOTAL_FAILED, revisions=revisions, signatures=(), file=file,
        problems=(reason,),
    )


def _signed_end(doc: _Doc, s: _Sig) -> int:
    try:
        br = [int(v) for v in _get(s.sig, "/ByteRange")]
        return br[2] + br[3]
    except Exception:  # noqa: BLE001
        return len(doc.data) + 1


def _grants(doc: _Doc, sigs: list[_Sig], cert_num: int | None,
            cert_p: int | None) -> list[tuple[int, int | None, list[FieldLock]]]:
    """For each signature: the revision it signs, the DocMDP P it sets (certification, or
    a PDF 2.0 /Lock /P) and the field locks it sets (FieldMDP, /Lock)."""
    out = []
    for s in sigs:
        end = _signed_end(doc, s)
        rev = next((r.index for r in doc.revisions if end in (r.end, r.eof_end)), None)
        if rev is None:
            continue
        p = cert_p if s.ref is not None and s.ref.idnum == cert_num else None
        locks: list[FieldLock] = []
        has_lock = isinstance(s.field_obj, DictionaryObject) and "/Lock" in s.field_obj
        if "/Reference" in s.sig or has_lock:
            try:
                sig_obj = s.ref.get_object() if s.ref is not None else None
            except Exception:  # noqa: BLE001 - unreadable: fail closed
                sig_obj = None
                locks.append(FieldLock("/All", (), s.field))
            found, lock_p = read_locks(sig_obj, s.field_obj, s.field)
            locks += found
            if lock_p is not None:
                p = lock_p if p is None else min(p, lock_p)
        out.append((rev, p, locks))
    return out

USAGE_RIGHTS_ONLY = (
    "the only signature in the file is a usage-rights signature (/Perms /UR3: Adobe Reader "
    "extensions, added by the software that prepared the form); it says nothing about who "
    "issued or approved the document and is not verified")


def _object_at(data: bytes, pos: int) -> int | None:
    """The number of the (uncompressed) object whose body contains offset ``pos``."""
    i = data.rfind(b"obj", 0, pos)
    while i >= 0:
        if data[max(0, i - 3) : i] == b"end":
            return None  # between objects
        m = re.search(rb"(\d+)\s+\d+\s+$", data[max(0, i - 24) : i])
        if m:
            return int(m.group(1))
        i = data.rfind(b"obj", 0, i)
    return None


def _only_usage_rights(doc: _Doc) -> bool:
    """True when every signature dictionary in the file is a usage-rights signature named by
    the catalog's /Perms /UR3 (or the older /UR): a Reader-extended form, not a signed
    document. Any other /ByteRange keeps the fail-closed verdict."""
    perms = _get(doc.reader.trailer["/Root"], "/Perms")
    if not isinstance(perms, DictionaryObject):
        return False
    refs = {perms.raw_get(k).idnum for k in ("/UR3", "/UR")
            if k in perms and isinstance(perms.raw_get(k), IndirectObject)}
    if not refs:
        return False
    owners = {_object_at(doc.data, m.start())
              for m in re.finditer(rb"/ByteRange\s*\[", doc.data)}
    return owners <= refs


def verify_pdf(data: bytes, context: TrustContext | None = None, *,
               file: str | None = None) -> VerificationReport:
    """Verify every signature of ``data``; never raises for bad input."""
    ctx = context or TrustContext()
    now = ctx.validation_time or dt.datetime.now(dt.UTC)
    if len(data) > ctx.max_size:
        return _failed_document(data, file, f"file larger than {ctx.max_size} bytes")
    if b"%PDF-" not in data[:1024]:
        return _failed_document(data, file, "not a PDF file (no %PDF- header)")
    # one SHA-256 pass, in a thread, for the file's digest and every signature's (digests.py)
    digests = SignedDigests(data, cmsmod.new_hash).start()
    try:
        # too many revisions are refused before any parsing
        revisions = find_revisions(data)
        if len(revisions) > MAX_REVISIONS:
            digests.stop()
            return _failed_document(data, file, f"more than {MAX_REVISIONS} revisions (incremental updates): "
                                    "the file is not verified")
        doc = _Doc(data, ctx, revisions)
        doc.digests = digests
        if not doc.revisions:
            return _failed_document(data, file, "no end-of-file marker (truncated file?)",
                                    digests=digests)
        sigs = list_signatures(doc)
        sigs.sort(key=lambda s: _signed_end(doc, s))
        cert_num, cert_p = doc.certification()
        doc.grants = _grants(doc, sigs, cert_num, cert_p)
    except Exception as exc:  # noqa: BLE001 - any parsing failure fails closed
        digests.stop()
        return _failed_document(data, file, f"the file cannot be parsed as PDF ({exc})")
    if not sigs and re.search(rb"/ByteRange\s*\[", data):
        if _only_usage_rights(doc):
            return VerificationReport(
                sha256=doc.digests.file_sha256(), size=len(data),
                verdict=Indication.NO_SIGNATURE_FOUND, revisions=len(doc.revisions),
                signatures=(), file=file, problems=(USAGE_RIGHTS_ONLY,))
        # signature dictionaries are present but none is reachable: fail closed
        return _failed_document(data, file, "the file contains signature data but no readable "
                                "signature field (damaged or truncated)", len(doc.revisions),
                                digests)
    judged: list[_Facts] = []
    ends: list[int] = []
    before: list[list[int]] = []

    def judge(s: _Sig, earlier: list[int], poe_time: dt.datetime | None = None) -> _Facts:
        try:
            return _judge(doc, s, now, earlier, cert_num, cert_p, poe_time)
        except Exception as exc:  # noqa: BLE001 - never crash, never pass
            facts = _Facts(field=s.field)
            facts.format_problems.append(f"the signature cannot be read ({exc})")
            return facts

    for s in sigs:
        before.append(list(ends))
        judged.append(judge(s, list(ends)))
        ends.append(_signed_end(doc, s))
    judged = with_proofs_of_existence(
        judged, lambda f: _decide(f)[0] == Indication.TOTAL_PASSED,
        lambda i, poe: judge(sigs[i], before[i], poe))
    if ctx.algorithm_policy is not None:
        _algorithms_over_time(judged, ctx.algorithm_policy, now)
    levels = _levels(doc, judged)
    reports = [_to_report(f, level) for f, level in zip(judged, levels, strict=True)]
    return VerificationReport(
        sha256=doc.digests.file_sha256(), size=len(data),
        verdict=worst_indication([r.indication for r in reports]),
        revisions=len(doc.revisions), signatures=tuple(reports), file=file,
        revocation_fetches=tuple(doc.fetches.records) if doc.fetches else (),
    )


def _algorithms_over_time(judged: list[_Facts], policy: Any, now: dt.datetime) -> None:
    """The algorithm policy at the validation time (ETSI EN 319 102-1 §5.6.2.5): a signature
    or timestamp whose digest algorithm's end date is before ``now`` keeps its TOTAL_PASSED
    only if a later document timestamp that passes, itself with an algorithm still allowed at
    ``now`` or proven in turn, proves it existed by that end date; else INDETERMINATE
    CRYPTO_CONSTRAINTS_FAILURE. Newest first, so a proven timestamp proves the older ones."""
    order = sorted(range(len(judged)), key=lambda i: judged[i].revision or 0, reverse=True)
    good: list[tuple[int, dt.datetime]] = []  # (revision signed, time) of the strong, passing stamps
    for i in order:
        f = judged[i]
        if _decide(f)[0] != Indication.TOTAL_PASSED or f.digest_algorithm is None:
            continue
        if not policy.allowed_at(f.digest_algorithm, now):
            end = policy.end_of(f.digest_algorithm)
            limit = dt.datetime.combine(end, dt.time(23, 59, 59), tzinfo=dt.UTC)
            if not any(rev > (f.revision or 0) and when <= limit for rev, when in good):
                problem = (f"{f.digest_algorithm} is no longer allowed at the validation time (the algorithm "
                           f"policy ends it on {end.isoformat()}) and no archive timestamp proves the "
                           "signature existed before that")
                f.algorithm_problems.append(problem)
                f.problems.append(problem)
                continue
        if f.kind == "document_timestamp" and f.timestamp is not None and f.revision is not None:
            good.append((f.revision, f.timestamp.time))


def _levels(doc: _Doc, judged: list[_Facts]) -> list[str | None]:
    """The PAdES level of each signature (levels.py); a failure there only loses the levels."""
    from .levels import DocTimestampFact, SignatureFact, pades_level

    def dss_at(revision: int) -> bool:
        try:
            return "/DSS" in cast(DictionaryObject, doc.reader_at(revision - 1).trailer["/Root"])
        except Exception:  # noqa: BLE001 - an unreadable revision holds no usable DSS
            return False

    def path(chain: ChainResult | None) -> list:
        return list(chain.path) if chain is not None and chain.trusted else []

    try:
        stamps = [DocTimestampFact(f.revision, bool(f.timestamp and f.timestamp.trusted and f.timestamp.intact))
                  for f in judged if f.kind == "document_timestamp" and f.revision is not None]
        out: list[str | None] = []
        for f in judged:
            ts_proven = bool(f.kind != "document_timestamp" and f.timestamp and f.timestamp.trusted
                             and f.timestamp.intact)
            paths = [path(f.chain)] + ([path(f.ts_chain)] if ts_proven else [])
            fact = SignatureFact(f.kind, f.revision, f.byte_range_ok and f.intact and f.crypto_valid and f.cert_found,
                                 ts_proven, paths)
            out.append(pades_level(fact, stamps, dss=doc.dss(), dss_at=dss_at))
        return out
    except Exception:  # noqa: BLE001
        return [None] * len(judged)


def signed_revision(data: bytes, signature: int | str) -> bytes:
    """The exact bytes signature ``signature`` (0-based index in signing order, or field
    name) covers: the document as its signer saw it. Raises ``SignatureNotFound`` or
    ``ValueError`` when the signature's ByteRange is not sound."""
    doc = _Doc(data, TrustContext())
    sigs = sorted(list_signatures(doc), key=lambda s: _signed_end(doc, s))
    if isinstance(signature, int):
        if not 0 <= signature < len(sigs):
            raise SignatureNotFound(f"no signature #{signature}")
        s = sigs[signature]
    else:
        found = [x for x in sigs if x.field == signature]
        if not found:
            raise SignatureNotFound(f"no signature field {signature!r}")
        s = found[0]
    loc = doc.locations.get(s.ref.idnum) if s.ref is not None else None
    brc = check_byte_range(data, [int(v) for v in _get(s.sig, "/ByteRange", [])],
                           loc[2] if loc and loc[0] == "o" else None,
                           s.ref.idnum if s.ref else -1, s.ref.generation if s.ref else 0)
    if not brc.ok or brc.signed_end is None:
        raise ValueError("the signature's /ByteRange is not sound: " + "; ".join(brc.problems))
    if not any(brc.signed_end in (r.end, r.eof_end) for r in doc.revisions):
        raise ValueError("the signed bytes do not end at a revision")
    return data[: brc.signed_end]

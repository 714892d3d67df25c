"""Long-term validation data in the PDF: PAdES B-LT (a DSS) and B-LTA (a document timestamp).

ETSI EN 319 142-1 §5.4 and §5.5, docflow's own code (pyHanko is only the tests' judge):

- ``gather`` reads every signature and timestamp in the file (approval and certification
  signatures, their signature timestamps, document timestamps), builds each signer's and each
  TSA's path to a configured trust anchor (signatures checked with ``cryptography``) and gets
  a CRL — or an OCSP response when there is no CRL — for every certificate on those paths but
  the anchor, through a ``FetchRun`` (the installation's own CA answers from its database,
  others over HTTP within the outbound rules). Only chains that reach an anchor are looked up:
  the URLs of a chain nobody trusts are the attacker's to choose.
- ``add_dss`` appends one incremental update: the catalog gains (or keeps and extends) a
  /DSS with /Certs, /CRLs, /OCSPs and a /VRI entry per signature, keyed by the upper-case hex
  SHA-1 of the signature's /Contents string (§5.4.2.2). Earlier signatures accept it (the DSS
  rules of ``verification.rules``); nothing is drawn.
- ``add_document_timestamp`` appends one more: an invisible signature field whose value is a
  /DocTimeStamp (/SubFilter /ETSI.RFC3161) over the whole file, DSS included.
- ``archive`` does both: the file becomes B-LTA. Renewal (``docflow archive refresh``) calls
  it again on an archived file: the DSS then gains the data of the last document timestamp
  and a new one covers everything.

Each update keeps the file's cross-reference form: a table after a table, a stream after a
stream (ISO 32000-1 §7.5.6, §7.5.8).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from asn1crypto import cms as a_cms
from asn1crypto import core
from asn1crypto import ocsp as a_ocsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from docflow.messages import N_
from docflow.signing.errors import SigningError, TimestampUnavailable

__all__ = ["ArchiveError", "EmbeddedSignature", "ValidationMaterial", "LtaResult", "Revocations",
           "embedded_signatures", "gather", "add_dss", "add_document_timestamp", "archive",
           "vri_key", "key_name", "DOC_TIMESTAMP_SIZE"]

# bytes reserved for a document timestamp token: TSTInfo, the TSA's signature and its chain
DOC_TIMESTAMP_SIZE = 16384
_SHA256 = hashes.SHA256()


class ArchiveError(SigningError):
    """Validation data or the archive timestamp could not be added; the file is unchanged."""


class Timestamper(Protocol):
    def timestamp(self, message_imprint: bytes, hash_algorithm: str = "sha256") -> bytes: ...


class Revocations(Protocol):
    """Where revocation data comes from (``docflow.verification.fetching.FetchRun``)."""

    def crl(self, url: str) -> bytes | None: ...

    def ocsp(self, url: str, cert: x509.Certificate, issuer: x509.Certificate) -> bytes | None: ...


@dataclass(frozen=True)
class EmbeddedSignature:
    """One signature dictionary of the file, as the DSS needs it."""

    field: str
    kind: str  # "signature" | "document_timestamp"
    contents: bytes  # the /Contents string as stored (with its zero padding)
    signer: x509.Certificate | None
    certificates: tuple[x509.Certificate, ...]  # every certificate the CMS carries
    # (TSA certificate, the token's certificates) of each signature timestamp
    timestamps: tuple[tuple[x509.Certificate, tuple[x509.Certificate, ...]], ...] = ()


@dataclass
class ValidationMaterial:
    """What goes into the DSS: DER blobs, deduplicated, and which of them each VRI names."""

    certs: list[bytes] = field(default_factory=list)
    crls: list[bytes] = field(default_factory=list)
    ocsps: list[bytes] = field(default_factory=list)
    vri: dict[str, tuple[set[int], set[int], set[int]]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # certificates without revocation data

    def _add(self, pool: list[bytes], der: bytes) -> int:
        try:
            return pool.index(der)
        except ValueError:
            pool.append(der)
            return len(pool) - 1

    def add_cert(self, cert: x509.Certificate) -> int:
        return self._add(self.certs, cert.public_bytes(serialization.Encoding.DER))

    def add_crl(self, der: bytes) -> int:
        return self._add(self.crls, der)

    def add_ocsp(self, der: bytes) -> int:
        return self._add(self.ocsps, der)


@dataclass(frozen=True)
class LtaResult:
    pdf: bytes
    dss_certs: int
    dss_crls: int
    dss_ocsps: int
    timestamp_time: dt.datetime
    missing: tuple[str, ...] = ()
    tsa_not_after: dt.datetime | None = None  # the archive timestamp's TSA certificate
    algorithms: tuple[str, ...] = ()  # its hash and the TSA key, e.g. ("sha256", "ec-p256")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def vri_key(contents: bytes) -> str:
    """ETSI EN 319 142-1 §5.4.2.2: the upper-case hex SHA-1 of the signature (/Contents)."""
    return hashlib.sha1(contents, usedforsecurity=False).hexdigest().upper()


# -- reading ------------------------------------------------------------------------------


def _x509(cert: Any) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(cert.chosen.dump() if hasattr(cert, "chosen") else cert.dump())
    except (ValueError, TypeError):
        return None


def _signed_data(content_info: a_cms.ContentInfo) -> tuple[x509.Certificate | None, tuple[x509.Certificate, ...]]:
    sd = content_info["content"]
    certs = tuple(c for c in (_x509(c) for c in sd["certificates"] or ()) if c is not None)
    signer = None
    infos = sd["signer_infos"]
    if len(infos):
        sid = infos[0]["sid"]
        for c in certs:
            if sid.name == "issuer_and_serial_number":
                if (c.serial_number == sid.chosen["serial_number"].native
                        and c.issuer.public_bytes() == sid.chosen["issuer"].dump()):
                    signer = c
            else:
                try:
                    ski = c.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
                except x509.ExtensionNotFound:
                    continue
                if ski == sid.chosen.native:
                    signer = c
    return signer, certs


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def embedded_signatures(pdf: bytes) -> list[EmbeddedSignature]:
    """Every signature of the file with what its CMS carries, in file order.

    Read from the raw bytes: each sound /ByteRange's gap is that signature's /Contents (pypdf
    decodes a 30 KB hex string character by character: 0.5 s a signature). The verifier
    judges whether each one is sound; this only collects what the DSS should hold."""
    out: list[EmbeddedSignature] = []
    seen: set[tuple[int, int]] = set()
    for m in _BYTE_RANGE.finditer(pdf):
        a, b, c, d = (int(g) for g in m.groups())
        if a != 0 or not b < c <= len(pdf) or (b, c) in seen or pdf[b:b + 1] != b"<" or pdf[c - 1:c] != b">":
            continue
        seen.add((b, c))
        raw = bytes.fromhex(pdf[b + 1:c - 1].decode("ascii", "replace")) if re.fullmatch(
            rb"[0-9A-Fa-f]*", pdf[b + 1:c - 1]) else b""
        der = raw.rstrip(b"\x00")
        try:
            info = a_cms.ContentInfo.load(der)
            signer, certs = _signed_data(info)
        except (ValueError, TypeError, KeyError):
            continue  # not ours to judge here: the verifier reports it
        start = pdf.rfind(b" obj", 0, min(b, m.start()))
        stop = pdf.find(b"endobj", c)
        around = pdf[start:min(b, m.start())] + pdf[c:stop if stop > 0 else c + 4096]
        kind = "document_timestamp" if b"/ETSI.RFC3161" in around or b"/DocTimeStamp" in around else "signature"
        name = re.search(rb"/T\s*\(([^)]*)\)", around)
        stamps = []
        if kind == "signature":
            attrs = info["content"]["signer_infos"][0]["unsigned_attrs"]
            for attr in () if isinstance(attrs, core.Void) else attrs:  # .native re-encodes everything: slow
                if attr["type"].native == "signature_time_stamp_token":
                    for token in attr["values"]:
                        tsa, tcerts = _signed_data(token)
                        if tsa is not None:
                            stamps.append((tsa, tcerts))
        # the VRI key hashes the /Contents string as stored, zero padding included
        out.append(EmbeddedSignature(name.group(1).decode("latin-1") if name else "", kind, raw, signer, certs,
                                     tuple(stamps)))
    return out


# -- gathering ----------------------------------------------------------------------------


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except Exception:  # noqa: BLE001 - a bad signature, another key type…: not the issuer
        return False


def _path(cert: x509.Certificate, pool: Sequence[x509.Certificate],
          anchors: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    """``cert`` up to an anchor (last), each issuer's signature checked; [] when none."""
    anchor_fps = {a.fingerprint(_SHA256) for a in anchors}
    path = [cert]
    current = cert
    for _ in range(8):
        if current.fingerprint(_SHA256) in anchor_fps:
            return path
        issuer = next((c for c in (*anchors, *pool) if c.subject == current.issuer
                       and c.fingerprint(_SHA256) != current.fingerprint(_SHA256) and _issued_by(current, c)), None)
        if issuer is None:
            return []
        path.append(issuer)
        current = issuer
    return []


def _urls(cert: x509.Certificate, ext: type, oid: Any = None) -> list[str]:
    try:
        value: Any = cert.extensions.get_extension_for_class(ext).value
    except x509.ExtensionNotFound:
        return []
    urls = []
    for item in value:
        names = item.full_name or () if ext is x509.CRLDistributionPoints else (
            [item.access_location] if item.access_method == oid else [])
        urls += [n.value for n in names if isinstance(n, x509.UniformResourceIdentifier)]
    return urls


def _ocsp_certs(der: bytes) -> list[x509.Certificate]:
    try:
        basic = a_ocsp.OCSPResponse.load(der).basic_ocsp_response
        return [c for c in (_x509(c) for c in basic["certs"] or ()) if c is not None]
    except (ValueError, TypeError, KeyError):
        return []


def _revocation(cert: x509.Certificate, issuer: x509.Certificate, run: Revocations,
                material: ValidationMaterial) -> tuple[set[int], set[int], set[int]]:
    """A CRL for ``cert`` (one serves every certificate of the issuer), else an OCSP answer."""
    from cryptography.x509.oid import AuthorityInformationAccessOID

    crls: set[int] = set()
    ocsps: set[int] = set()
    certs: set[int] = set()
    for url in _urls(cert, x509.CRLDistributionPoints):
        data = run.crl(url)
        if data:
            crls.add(material.add_crl(data))
            return certs, crls, ocsps
    for url in _urls(cert, x509.AuthorityInformationAccess, AuthorityInformationAccessOID.OCSP):
        data = run.ocsp(url, cert, issuer)
        if data:
            ocsps.add(material.add_ocsp(data))
            certs |= {material.add_cert(c) for c in _ocsp_certs(data)}  # a delegated responder
            return certs, crls, ocsps
    if _urls(cert, x509.CRLDistributionPoints) or _urls(cert, x509.AuthorityInformationAccess,
                                                         AuthorityInformationAccessOID.OCSP):
        material.missing.append(cert.subject.rfc4514_string())
    return certs, crls, ocsps


def gather(pdf: bytes, anchors: Sequence[x509.Certificate], run: Revocations, *,
           existing: Iterable[x509.Certificate] = ()) -> ValidationMaterial:
    """Certificates and revocation data for every signature and timestamp of ``pdf``."""
    material = ValidationMaterial()
    sigs = embedded_signatures(pdf)
    extra = list(existing) + _dss_certificates(pdf)
    for sig in sigs:
        entry: tuple[set[int], set[int], set[int]] = (set(), set(), set())
        heads = ([(sig.signer, sig.certificates)] if sig.signer is not None else []) + list(sig.timestamps)
        for head, carried in heads:
            path = _path(head, [*carried, *sig.certificates, *extra], anchors)
            for cert in path or [head, *carried]:
                entry[0].add(material.add_cert(cert))
            for cert, issuer in zip(path, path[1:], strict=False):
                c, r, o = _revocation(cert, issuer, run, material)
                entry[0].update(c)
                entry[1].update(r)
                entry[2].update(o)
        material.vri[vri_key(sig.contents)] = entry
    return material


def _dss_certificates(pdf: bytes) -> list[x509.Certificate]:
    reader = PdfReader(io.BytesIO(pdf), strict=False)
    dss = _obj(reader.trailer["/Root"]).get("/DSS")
    if dss is None:
        return []
    out = []
    for ref in dss.get_object().get("/Certs") or []:
        try:
            out.append(x509.load_der_x509_certificate(ref.get_object().get_data()))
        except ValueError:
            continue
    return out


# -- writing ------------------------------------------------------------------------------


def _obj(value: Any) -> Any:
    """A pypdf value resolved (pypdf's types say "PdfObject | None" for everything)."""
    return value.get_object() if value is not None else None


def _serialise(obj: PdfObject) -> bytes:
    buf = io.BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"


@dataclass
class _Update:
    """An incremental update under construction: new or redefined objects, then the xref."""

    pdf: bytes
    reader: PdfReader
    next_num: int
    objects: dict[int, bytes] = field(default_factory=dict)

    @classmethod
    def open(cls, pdf: bytes) -> _Update:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        return cls(pdf, reader, int(_obj(reader.trailer["/Size"])))

    def new(self, body: bytes = b"null") -> int:
        num = self.next_num
        self.next_num += 1
        self.objects[num] = body
        return num

    def ref(self, num: int) -> IndirectObject:
        return IndirectObject(num, 0, self.reader)

    def put(self, num: int, body: bytes) -> None:
        self.objects[num] = body

    def _startxref(self) -> int:
        m = list(re.finditer(rb"startxref\s+(\d+)", self.pdf[-2048:]))
        if not m:
            raise ArchiveError(N_("the PDF has no startxref: validation data cannot be added"))
        return int(m[-1].group(1))

    def write(self) -> tuple[bytes, dict[int, int]]:
        prev = self._startxref()
        out = bytearray(self.pdf)
        if not out.endswith(b"\n"):
            out += b"\n"
        offsets: dict[int, int] = {}
        for num in sorted(self.objects):
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + self.objects[num] + b"\nendobj\n"
        trailer = self.reader.trailer
        keys = b"/Root " + _serialise(trailer.raw_get("/Root"))
        if "/Info" in trailer:
            keys += b" /Info " + _serialise(trailer.raw_get("/Info"))
        if "/ID" in trailer:
            keys += b" /ID " + _serialise(trailer["/ID"])
        stream_xref = self.pdf[prev:prev + 40].lstrip()[:1].isdigit()
        if stream_xref:
            xnum = self.next_num
            size = xnum + 1
            offsets[xnum] = len(out)
            rows = b"".join(b"\x01" + offsets[n].to_bytes(4, "big") + b"\x00\x00" for n in sorted(offsets))
            index = b" ".join(b"%d 1" % n for n in sorted(offsets))
            out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%s] %s /Prev %d /Length %d >>\nstream\n"
                    % (xnum, size, index, keys, prev, len(rows)) + rows + b"\nendstream\nendobj\n")
            out += b"startxref\n%d\n%%%%EOF\n" % offsets[xnum]
        else:
            start = len(out)
            out += b"xref\n"
            for num in sorted(offsets):
                out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
            out += b"trailer\n<< /Size %d %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
                self.next_num, keys, prev, start)
        return bytes(out), offsets


def _catalog(update: _Update) -> tuple[int, DictionaryObject]:
    root_ref = update.reader.trailer.raw_get("/Root")
    if not isinstance(root_ref, IndirectObject):
        raise ArchiveError(N_("the PDF's catalog is not an indirect object"))
    return root_ref.idnum, DictionaryObject(_obj(update.reader.trailer["/Root"]))


def add_dss(pdf: bytes, material: ValidationMaterial) -> bytes:
    """``pdf`` plus one incremental update holding ``material`` in the catalog's /DSS (an
    existing DSS is kept: its arrays are extended, its VRI entries kept or completed)."""
    update = _Update.open(pdf)
    root_num, catalog = _catalog(update)
    old = catalog.get("/DSS")
    old = old.get_object() if old is not None else DictionaryObject()

    def refs(key: str, blobs: list[bytes]) -> tuple[ArrayObject, list[IndirectObject]]:
        kept = ArrayObject(old.get(key) or [])
        known = {bytes(_obj(r).get_data()): r for r in kept if isinstance(r, IndirectObject)}
        mine: list[IndirectObject] = []
        for der in blobs:
            ref = known.get(der)
            if ref is None:
                ref = update.ref(update.new(_stream(der)))
                known[der] = ref
                kept.append(ref)
            mine.append(ref)
        return kept, mine

    certs, cert_refs = refs("/Certs", material.certs)
    crls, crl_refs = refs("/CRLs", material.crls)
    ocsps, ocsp_refs = refs("/OCSPs", material.ocsps)
    vri = DictionaryObject(_obj(old["/VRI"]) if old.get("/VRI") is not None else {})
    for key, (ci, ri, oi) in sorted(material.vri.items()):
        entry = DictionaryObject({NameObject("/Type"): NameObject("/VRI")})
        for name, picked, pool in (("/Cert", ci, cert_refs), ("/CRL", ri, crl_refs), ("/OCSP", oi, ocsp_refs)):
            if picked:
                chosen = ArrayObject(pool[i] for i in sorted(picked))
                entry[NameObject(name)] = update.ref(update.new(_serialise(chosen)))
        vri[NameObject("/" + key)] = update.ref(update.new(_serialise(entry)))
    dss = DictionaryObject({NameObject("/Type"): NameObject("/DSS")})
    for name, arr in (("/Certs", certs), ("/CRLs", crls), ("/OCSPs", ocsps)):
        if arr:
            dss[NameObject(name)] = update.ref(update.new(_serialise(arr)))
    dss[NameObject("/VRI")] = update.ref(update.new(_serialise(vri)))
    catalog[NameObject("/DSS")] = update.ref(update.new(_serialise(dss)))
    update.put(root_num, _serialise(catalog))
    out, _ = update.write()
    return out


def _field_name(pdf: bytes) -> str:
    """ArchiveTimestamp1, 2, …: the next number not used anywhere in the file."""
    used = [int(n) for n in re.findall(rb"ArchiveTimestamp(\d+)", pdf)]
    return f"ArchiveTimestamp{max(used, default=0) + 1}"


def add_document_timestamp(pdf: bytes, timestamper: Timestamper, *, field_name: str | None = None,
                           size: int = DOC_TIMESTAMP_SIZE) -> tuple[bytes, dt.datetime, bytes]:
    """``pdf`` plus an invisible /DocTimeStamp field over the whole file (ETSI EN 319 142-1 §5.5)."""
    from docflow.pki.tsa import read_token

    update = _Update.open(pdf)
    root_num, catalog = _catalog(update)
    name = field_name or _field_name(pdf)
    page_ref = update.reader.pages[0].indirect_reference
    if page_ref is None:
        raise ArchiveError(N_("the PDF's first page is not an indirect object"))
    br_placeholder = b"[0 0000000000 0000000000 0000000000]"
    sig_num = update.new(b"<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange "
                         + br_placeholder + b" /Contents <" + b"0" * (2 * size) + b"> >>")
    name_obj = _serialise(TextStringObject(name))
    widget = update.new(b"<< /Type /Annot /Subtype /Widget /FT /Sig /T " + name_obj + b" /V %d 0 R" % sig_num
                        + b" /Rect [0 0 0 0] /F 132 /P %d 0 R >>" % page_ref.idnum)
    # the page's annotations gain the widget
    page: Any = update.reader.get_object(page_ref.idnum)
    annots_raw = page.raw_get("/Annots") if "/Annots" in page else None
    if isinstance(annots_raw, IndirectObject):
        annots = ArrayObject(_obj(annots_raw))
        annots.append(update.ref(widget))
        update.put(annots_raw.idnum, _serialise(annots))
    else:
        new_page = DictionaryObject(page)
        new_page[NameObject("/Annots")] = ArrayObject([*(annots_raw or []), update.ref(widget)])
        update.put(page_ref.idnum, _serialise(new_page))
    # the form gains the field
    form_raw = catalog.raw_get("/AcroForm") if "/AcroForm" in catalog else None
    form = DictionaryObject(form_raw.get_object()) if form_raw is not None else DictionaryObject()
    fields_raw = form.raw_get("/Fields") if "/Fields" in form else None
    if isinstance(fields_raw, IndirectObject):
        fields = ArrayObject(_obj(fields_raw))
        fields.append(update.ref(widget))
        update.put(fields_raw.idnum, _serialise(fields))
    else:
        form[NameObject("/Fields")] = ArrayObject([*(fields_raw or []), update.ref(widget)])
    form[NameObject("/SigFlags")] = NumberObject(3)
    if isinstance(form_raw, IndirectObject):
        update.put(form_raw.idnum, _serialise(form))
    else:
        catalog[NameObject("/AcroForm")] = form
        update.put(root_num, _serialise(catalog))
    out, offsets = update.write()
    data = bytearray(out)
    # the ByteRange: everything but the /Contents hex string
    sig_at = offsets[sig_num]
    lt = data.index(b"/Contents <", sig_at) + len(b"/Contents ")
    gt = lt + 2 * size + 2
    byte_range = b"[0 %d %d %d]" % (lt, gt, len(data) - gt)
    if len(byte_range) > len(br_placeholder):
        raise ArchiveError(N_("the PDF is too large for an archive timestamp"))
    at = data.index(br_placeholder, sig_at)
    data[at:at + len(br_placeholder)] = byte_range.ljust(len(br_placeholder))
    digest = hashlib.sha256()
    digest.update(data[:lt])
    digest.update(data[gt:])
    try:
        token = timestamper.timestamp(digest.digest(), "sha256")
    except Exception as exc:  # any TSA client failure: nothing is added
        raise TimestampUnavailable(N_("no archive timestamp, so nothing was added: %(reason)s"),
                                   reason=str(exc)) from exc
    if len(token) > size:
        raise ArchiveError(N_("the archive timestamp is larger than the space reserved for it"))
    data[lt + 1:lt + 1 + 2 * len(token)] = token.hex().upper().encode()
    return bytes(data), read_token(token).gen_time, token


def archive(pdf: bytes, timestamper: Timestamper, anchors: Sequence[x509.Certificate],
            run: Revocations) -> LtaResult:
    """B-LT then B-LTA: a DSS with the validation data of every signature and timestamp, then
    a document timestamp over the whole file."""
    material = gather(pdf, anchors, run)
    with_dss = add_dss(pdf, material)
    stamped, when, token = add_document_timestamp(with_dss, timestamper)
    tsa, _ = _signed_data(a_cms.ContentInfo.load(token))
    return LtaResult(stamped, len(material.certs), len(material.crls), len(material.ocsps), when,
                     tuple(dict.fromkeys(material.missing)),
                     tsa.not_valid_after_utc if tsa is not None else None,
                     ("sha256", key_name(tsa)) if tsa is not None else ("sha256",))


def key_name(cert: x509.Certificate) -> str:
    """The algorithm policy's name of a certificate's key: "rsa-3072", "ec-p256"…"""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return f"rsa-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return {"secp256r1": "ec-p256", "secp384r1": "ec-p384", "secp521r1": "ec-p521"}.get(key.curve.name,
                                                                                          key.curve.name)
    return type(key).__name__

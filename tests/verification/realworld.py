"""Builders for the real-world shapes other signers write (issue 13, item 8).

Each builder starts from a document the suite signs itself and rewrites the CMS (or adds a
signature dictionary) the way Adobe Acrobat/Reader, national-ID middlewares and older
toolkits do: BER with indefinite lengths, Adobe's revocation-info signed attribute,
``adbe.pkcs7.sha1``, a usage-rights signature under ``/Perms /UR3``, and keys docflow does
not implement (DSA, Ed448 with SHAKE256). The CMS is built here with asn1crypto and
``cryptography`` so that every byte is the test's choice; nothing here is product code.
"""

from __future__ import annotations

import hashlib
import re

from asn1crypto import algos, cms, core
from asn1crypto import parser as asn1_parser
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa

from tests.support.pki import Issued

from .corpus import a_cert, append_update

# ------------------------------------------------------------------ the signature's /Contents


def signed_ranges(pdf: bytes, which: int = -1) -> tuple[int, int, int, int]:
    """The /ByteRange of the ``which``-th signature dictionary in file order."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    a, b, c, d = (int(x) for x in found[which])
    return a, b, c, d


def signed_bytes(pdf: bytes, which: int = -1) -> bytes:
    a, b, c, d = signed_ranges(pdf, which)
    return pdf[a : a + b] + pdf[c : c + d]


def cms_of(pdf: bytes, which: int = -1) -> bytes:
    """The CMS in the signature's /Contents, without the zero padding."""
    a, b, c, _ = signed_ranges(pdf, which)
    blob = bytes.fromhex(pdf[a + b + 1 : c - 1].decode("ascii"))
    _, _, _, header, content, trailer = asn1_parser.parse(blob)
    return blob[: len(header) + len(content) + len(trailer)]


def put_cms(pdf: bytes, der: bytes, which: int = -1) -> bytes:
    """Replace the signature's /Contents with ``der``, zero-padded to the same width."""
    a, b, c, _ = signed_ranges(pdf, which)
    width = c - 1 - (a + b + 1)
    hexed = der.hex().encode()
    assert len(hexed) <= width, "the new CMS does not fit the placeholder"
    return pdf[: a + b + 1] + hexed + b"0" * (width - len(hexed)) + pdf[c - 1 :]


# ------------------------------------------------------------------------------------ BER


def _indefinite(tag: int, children: bytes) -> bytes:
    return bytes([tag, 0x80]) + children + b"\x00\x00"


def _children(der: bytes) -> bytes:
    """The contents octets of one DER TLV."""
    _, _, _, _, content, _ = asn1_parser.parse(der)
    return content


def to_ber(der: bytes) -> bytes:
    """ContentInfo, its [0] and the SignedData re-encoded with indefinite lengths, as Adobe
    and many smart-card middlewares write them; the signed attributes stay DER (they are
    what the signature covers)."""
    info = cms.ContentInfo.load(der)
    oid = info["content_type"].dump()
    signed_data = info["content"].dump()
    if signed_data[0] == 0xA0:  # asn1crypto dumps the field with its explicit [0] tag
        signed_data = _children(signed_data)
    return _indefinite(0x30, oid + _indefinite(0xA0, _indefinite(0x30, _children(signed_data))))


def ber_signed(pdf: bytes) -> bytes:
    return put_cms(pdf, to_ber(cms_of(pdf)))


# ----------------------------------------------------------------------- a CMS of our own

_SIG_ALGO = {
    ("rsa", "sha256"): "sha256_rsa", ("rsa", "sha1"): "sha1_rsa",
    ("ec", "sha256"): "sha256_ecdsa", ("dsa", "sha256"): "sha256_dsa",
    ("ed448", "shake256"): "ed448", ("ed25519", "sha512"): "ed25519",
}


def _kind(key) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return "rsa"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "ec"
    if isinstance(key, dsa.DSAPrivateKey):
        return "dsa"
    if isinstance(key, ed448.Ed448PrivateKey):
        return "ed448"
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    raise TypeError(key)


def _digest(name: str, data: bytes) -> bytes:
    if name == "shake256":
        return hashlib.shake_256(data).digest(64)
    return hashlib.new(name, data).digest()


def _sign(key, data: bytes, digest: str) -> bytes:
    kind = _kind(key)
    h = {"sha256": hashes.SHA256(), "sha1": hashes.SHA1()}.get(digest)  # noqa: S303
    if kind == "rsa":
        return key.sign(data, padding.PKCS1v15(), h)
    if kind == "ec":
        return key.sign(data, ec.ECDSA(h))
    if kind == "dsa":
        return key.sign(data, h)
    return key.sign(data)  # EdDSA: the algorithm fixes the hash


def make_cms(who: Issued, content: bytes, *, digest: str = "sha256",
             encapsulate: bool = False, extra_attrs: list | None = None) -> bytes:
    """A CMS SignedData over ``content``: detached (messageDigest = digest of ``content``)
    or, with ``encapsulate``, carrying ``content`` as eContent (adbe.pkcs7.sha1 does that
    with the SHA-1 digest of the byte ranges)."""
    cert = a_cert(who.cert)
    attrs = [
        {"type": "content_type", "values": ["data"]},
        {"type": "message_digest", "values": [_digest(digest, content)]},
        *(extra_attrs or []),
    ]
    signed_attrs = cms.CMSAttributes(attrs)
    signature = _sign(who.key, signed_attrs.dump(), digest)
    kind = _kind(who.key)
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": cert.issuer, "serial_number": cert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": digest}),
        "signed_attrs": signed_attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm(
            {"algorithm": _SIG_ALGO[(kind, digest)]}),
        "signature": signature,
    })
    sd = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": digest})],
        "encap_content_info": {"content_type": "data",
                               "content": content if encapsulate else None},
        "certificates": [cert] + [a_cert(c) for c in who.chain],
        "signer_infos": [signer_info],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def resigned(pdf: bytes, who: Issued, **kw) -> bytes:
    """The last signature's CMS replaced by one ``make_cms`` builds over its byte ranges."""
    return put_cms(pdf, make_cms(who, signed_bytes(pdf), **kw))


def set_subfilter(pdf: bytes, subfilter: bytes) -> bytes:
    """Rewrite the last /SubFilter in place (padded with spaces: no offset moves)."""
    spans = list(re.finditer(rb"/SubFilter\s*(/[A-Za-z0-9.]+)", pdf))
    m = spans[-1]
    old = m.group(1)
    assert len(subfilter) <= len(old)
    return pdf[: m.start(1)] + subfilter + b" " * (len(old) - len(subfilter)) + pdf[m.end(1) :]


def adbe_pkcs7_sha1(pdf: bytes, who: Issued) -> bytes:
    """``adbe.pkcs7.sha1`` as Acrobat 5-era signers wrote it: the eContent is the SHA-1 of
    the byte ranges; messageDigest is the SHA-1 of that eContent."""
    pdf = set_subfilter(pdf, b"/adbe.pkcs7.sha1")
    inner = hashlib.sha1(signed_bytes(pdf)).digest()  # noqa: S324 - the format's own choice
    return put_cms(pdf, make_cms(who, inner, digest="sha1", encapsulate=True))


# ------------------------------------------------- Adobe's revocation-info signed attribute

ADOBE_REVINFO_OID = "1.2.840.113583.1.1.8"


class _CrlList(core.SequenceOf):
    _child_spec = core.Any


class _RevInfoArchival(core.Sequence):
    _fields = [
        ("crl", _CrlList, {"explicit": 0, "optional": True}),
        ("ocsp", _CrlList, {"explicit": 1, "optional": True}),
        ("other_rev_info", _CrlList, {"explicit": 2, "optional": True}),
    ]


def adobe_revinfo_attr(crls: list[bytes] = (), ocsps: list[bytes] = ()) -> cms.CMSAttribute:
    """The adbe-revocationInfoArchival attribute (Acrobat's "embed revocation status"),
    built from bytes: pyHanko, when imported, registers its own spec for this OID."""
    value = _RevInfoArchival({
        "crl": [core.Any.load(c) for c in crls] if crls else None,
        "ocsp": [core.Any.load(o) for o in ocsps] if ocsps else None,
    }).dump()
    body = core.ObjectIdentifier(ADOBE_REVINFO_OID).dump() + b"\x31" + _der_len(len(value)) + value
    return cms.CMSAttribute.load(b"\x30" + _der_len(len(body)) + body)


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


# ---------------------------------------------------------------- usage rights (/Perms /UR3)


def usage_rights_only(pdf: bytes, who: Issued) -> bytes:
    """An unsigned document "Reader-extended": a signature dictionary under /Perms /UR3 and
    no signature field at all (what Acrobat's "Enable Usage Rights in Adobe Reader" adds)."""
    size = max(int(x) for x in re.findall(rb"/Size\s+(\d+)", pdf))
    root = int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", pdf)[-1])
    from .corpus import object_body

    catalog = object_body(pdf, root)
    catalog = catalog[: catalog.rindex(b">>")] + b" /Perms << /UR3 %d 0 R >> >>" % size
    placeholder = b"0" * 8192
    sig = (b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
           b"/Name (ARE Acrobat Product v8.0 P23 0002337) /M (D:20240105101500+07'00') "
           b"/Reference [<< /Type /SigRef /TransformMethod /UR3 /TransformParams << "
           b"/Type /TransformParams /V /2.2 /Document [/FullSave] /Form [/FillIn /Add] "
           b"/Annots [/Create /Delete /Modify] >> >>] "
           b"/ByteRange [0 0000000000 0000000000 0000000000] /Contents <" + placeholder + b"> >>")
    out = append_update(pdf, {size: sig, root: catalog})
    start = out.rindex(b"/Contents <" + placeholder) + len(b"/Contents ")
    gap_end = start + len(placeholder) + 2
    br = b"[0 %010d %010d %010d]" % (start, gap_end, len(out) - gap_end)
    at = out.rindex(b"/ByteRange [0 0000000000 0000000000 0000000000]") + len(b"/ByteRange ")
    out = out[:at] + br + out[at + len(br):]
    return put_cms(out, make_cms(who, out[:start] + out[gap_end:]))


__all__ = ["ber_signed", "to_ber", "cms_of", "put_cms", "make_cms", "resigned",
           "set_subfilter", "adbe_pkcs7_sha1", "adobe_revinfo_attr", "usage_rights_only",
           "signed_bytes", "ADOBE_REVINFO_OID"]

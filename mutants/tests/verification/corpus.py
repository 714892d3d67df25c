"""Builders for the verification corpus: signing with pyHanko and byte-level forgeries.

Everything here is test-only. Signing uses pyHanko (``SimpleSigner``, ``PdfSigner``,
``IncrementalPdfFileWriter``, ``DummyTimeStamper``) because docflow's own signing engine is
written concurrently; the attacks are built by hand from pdf-signature-attacks.md.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from asn1crypto import keys as a_keys
from asn1crypto import x509 as a_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.support.pki import Issued


def a_cert(cert) -> a_x509.Certificate:
    return a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def a_key(key) -> a_keys.PrivateKeyInfo:
    return a_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))


def simple_signer(who: Issued) -> signers.SimpleSigner:
    return signers.SimpleSigner(
        signing_cert=a_cert(who.cert), signing_key=a_key(who.key),
        cert_registry=SimpleCertificateStore.from_certs([a_cert(c) for c in who.chain]),
    )


def stamper(tsa: Issued, when: dt.datetime | None = None) -> DummyTimeStamper:
    return DummyTimeStamper(
        tsa_cert=a_cert(tsa.cert), tsa_key=a_key(tsa.key),
        certs_to_embed=SimpleCertificateStore.from_certs([a_cert(c) for c in tsa.chain]),
        fixed_dt=when,
    )


def sign(data: bytes, who: Issued, field: str = "Sig1", *, certify: bool = False,
         docmdp: int = 2, md: str = "sha256", timestamper=None, box=None, page: int = 0,
         pades: bool = True) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=field, certify=certify, docmdp_permissions=fields.MDPPerm(docmdp),
        md_algorithm=md,
        subfilter=fields.SigSeedSubFilter.PADES if pades else fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED,
    )
    spec = fields.SigFieldSpec(field, box=box, on_page=page) if box else None
    pdf_signer = signers.PdfSigner(meta, simple_signer(who), timestamper=timestamper,
                                   new_field_spec=spec)
    out = pdf_signer.sign_pdf(w)
    return out.getvalue()


def doc_timestamp(data: bytes, tsa: Issued, field: str = "DocTS1") -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = signers.PdfTimeStamper(stamper(tsa), field_name=field).timestamp_pdf(w, "sha256")
    return out.getvalue()


def add_empty_sig_field(data: bytes, name: str, box=(0, 0, 0, 0)) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    fields.append_signature_field(w, fields.SigFieldSpec(name, box=box))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def endesive_sign(data: bytes, who: Issued, field: str, *, certify: bool = False,
                  docmdp: int = 2) -> bytes:
    """Sign with endesive 3.0.1 (it does not refuse what pyHanko refuses: a signature after
    a P1 certification, or a certification that is not the first signature)."""
    from docflow.signing.endesive_compat import import_endesive

    pdf = import_endesive()
    udct = {
        "sigflags": 3, "sigpage": 0, "sigfield": field, "aligned": 16384,
        "signingdate": dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'"),
        "reason": "test", "location": "Quang Ngai", "contact": "test@example.vn",
        "signature": "", "auto_sigfield": True,
    }
    if certify:
        udct["sigandcertify"] = True
        udct["sigflags"] = docmdp  # endesive: sigflags doubles as DocMDP /P
    appended = pdf.cms.sign(data, udct, who.key, who.cert, list(who.chain), "sha256")
    return data + appended


# ---------------------------------------------------------------- incremental updates by hand

def _last_startxref(data: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)", data)[-1])


def _trailer_info(data: bytes) -> tuple[int, bytes, bytes | None]:
    """(size, root ref, info ref) from the newest trailer / xref stream dict."""
    size = max(int(x) for x in re.findall(rb"/Size\s+(\d+)", data))
    root = re.findall(rb"/Root\s+(\d+\s+\d+\s+R)", data)[-1]
    info = re.findall(rb"/Info\s+(\d+\s+\d+\s+R)", data)
    return size, root, info[-1] if info else None


def append_update(data: bytes, objects: dict[int, bytes], *, with_xref: bool = True,
                  xref_points_back: bool = False) -> bytes:
    """Append an incremental update (classic xref) defining ``objects`` {num: body}."""
    if not data.endswith(b"\n"):
        data += b"\n"
    size, root, info = _trailer_info(data)
    prev = _last_startxref(data)
    out = bytearray(data)
    offsets = {}
    for num, body in sorted(objects.items()):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    if not with_xref:
        return bytes(out)
    xref_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    new_size = max(size, max(objects) + 1)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d " % (new_size, root, prev)
    if info:
        out += b"/Info " + info + b" "
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % (prev if xref_points_back else xref_at)
    return bytes(out)


def object_body(data: bytes, num: int) -> bytes:
    """The body of the newest ``num 0 obj`` written in plain text (not in an object stream)."""
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    off = r.xref[0][num]
    m = re.compile(rb"\d+\s+\d+\s+obj\s*(.*?)\s*endobj", re.S).match(data, off)
    assert m, f"object {num} not found at {off}"
    return m.group(1)


def page_ref(data: bytes, index: int = 0) -> int:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).pages[index].indirect_reference.idnum


__all__ = ["sign", "stamper", "doc_timestamp", "append_update", "object_body", "page_ref",
           "add_empty_sig_field", "endesive_sign", "simple_signer", "a_cert", "a_key", "generic"]

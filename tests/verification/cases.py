"""The verification corpus: every case with the verdict docflow must give, and pyHanko's.

Each builder returns the PDF bytes; ``CASES`` maps a case name to
(builder, expected indication, expected sub-indication, pyHanko expectation) where the
pyHanko expectation is True/False (its bottom line for the signature docflow judges worst)
or a string explaining why docflow deliberately disagrees.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject, StreamObject

from tests.support.pki import NOW, TestCA

from .corpus import (
    add_empty_sig_field,
    append_update,
    doc_timestamp,
    endesive_sign,
    object_body,
    page_ref,
    sign,
    stamper,
)

P, F, I = "TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE"  # noqa: E741


def _size(data: bytes) -> int:
    return max(int(x) for x in re.findall(rb"/Size\s+(\d+)", data))


def _catalog_num(data: bytes) -> int:
    return int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", data)[-1])


def _page_with(data: bytes, *, annots_add: int | None = None,
               contents: bytes | None = None) -> tuple[int, bytes]:
    num = page_ref(data)
    body = object_body(data, num)
    if annots_add is not None:
        if b"/Annots" in body:
            body = re.sub(rb"/Annots\s*\[", b"/Annots [%d 0 R " % annots_add, body, count=1)
        else:
            body = body[: body.rindex(b">>")] + b" /Annots [%d 0 R] >>" % annots_add
    if contents is not None:
        body = re.sub(rb"/Contents\s+(\d+\s+\d+\s+R|\[[^\]]*\])", b"/Contents " + contents,
                      body, count=1)
    return num, body


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


FORGED_TEXT = b"BT /F1 28 Tf 72 640 Td (So tien: 9.999.999.999 dong) Tj ET"


# ------------------------------------------------------------------------------- attacks

def add_annotation(data: bytes, subtype: bytes = b"/FreeText") -> bytes:
    n = _size(data)
    num, body = _page_with(data, annots_add=n)
    annot = (b"<< /Type /Annot /Subtype " + subtype + b" /Rect [60 600 540 680] "
             b"/Contents (So tien: 9.999.999.999 dong) /DA (/Helv 24 Tf 0 g) /F 4 >>")
    return append_update(data, {n: annot, num: body})


def replace_content(data: bytes) -> bytes:
    n = _size(data)
    num, body = _page_with(data, contents=b"%d 0 R" % n)
    return append_update(data, {n: _stream(FORGED_TEXT), num: body})


def draw_on_page(pdf: bytes, box: tuple[float, float, float, float]) -> bytes:
    """What a forger does to a signed letter: an incremental update that draws on page 1 (a
    black bar over the place of a figure, ``box`` in PDF points from the bottom left)."""
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(b"q 0 0 0 rg %.1f %.1f %.1f %.1f re f Q" % box)
    contents = page.get("/Contents")
    existing = list(contents.get_object()) if isinstance(contents.get_object(), list) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*existing, writer._add_object(stream)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def isa_no_xref(data: bytes) -> bytes:
    n = _size(data)
    num, body = _page_with(data, contents=b"%d 0 R" % n)
    return append_update(data, {n: _stream(FORGED_TEXT), num: body}, with_xref=False)


def isa_xref_points_back(data: bytes) -> bytes:
    n = _size(data)
    num, body = _page_with(data, contents=b"%d 0 R" % n)
    return append_update(data, {n: _stream(FORGED_TEXT), num: body}, xref_points_back=True)


def _sig_num(data: bytes, field: str = "Sig1") -> int:
    r = PdfReader(io.BytesIO(data))
    for f in r.trailer["/Root"]["/AcroForm"]["/Fields"]:
        fo = f.get_object()
        if fo.get("/T") == field:
            return fo.raw_get("/V").idnum
    raise LookupError(field)


def usf(data: bytes, variant: str) -> bytes:
    """Universal Signature Forgery: redefine the signature dictionary in an update."""
    num = _sig_num(data)
    body = object_body(data, num)
    contents = re.compile(rb"/Contents\s*<[0-9a-fA-F]*>")
    br = re.compile(rb"/ByteRange\s*\[[^\]]*\]")
    new = {
        "contents_removed": contents.sub(b"", body),
        "contents_null": contents.sub(b"/Contents null", body),
        "contents_empty": contents.sub(b"/Contents <>", body),
        "contents_zeros": contents.sub(b"/Contents <" + b"0" * 64 + b">", body),
        "byterange_removed": br.sub(b"", body),
        "byterange_null": br.sub(b"/ByteRange null", body),
        "byterange_empty": br.sub(b"/ByteRange []", body),
        "byterange_zeros": br.sub(b"/ByteRange [0 0 0 0]", body),
    }[variant]
    return append_update(data, {num: new})


def swa(data: bytes) -> bytes:
    """Signature wrapping: move the second signed part, put objects in the freed space,
    and point a rewritten /ByteRange at the moved part."""
    m = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    b, c, d = (int(x) for x in m.groups())
    payload = b"\n99 0 obj\n" + _stream(FORGED_TEXT) + b"\nendobj\n"
    new_c = c + len(payload)
    old_br = m.group(0)
    new_br = b"/ByteRange [0 %d %d %d]" % (b, new_c, d)
    new_br = new_br + b" " * (len(old_br) - len(new_br))
    assert len(new_br) == len(old_br)
    out = data[: m.start()] + new_br + data[m.end() : c] + payload + data[c:]
    return out


def pdfsig_hole(data: bytes, who) -> bytes:
    """The pdfsig hole: /ByteRange [a b c d] with a > 0. The attacker replaces the page
    content (now in the unsigned head [0, a)) with a forged amount and signs the remaining
    ranges with a fresh CMS; pdfsig reports "Signature is Valid"."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import pkcs7

    r = PdfReader(io.BytesIO(data))
    cnum = r.pages[0].raw_get("/Contents").idnum
    off = r.xref[0][cnum]
    a = data.index(b"endobj", off) + 6
    m = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    b, c, d = (int(x) for x in m.groups())
    new_br = b"/ByteRange [%d %d %d %d]" % (a, b - a, c, d)
    new_br += b" " * (len(m.group(0)) - len(new_br))
    out = bytearray(data[: m.start()] + new_br + data[m.end() :])
    forged = FORGED_TEXT + b"\n%"

    def obj(n: int) -> bytes:
        return (b"%d 0 obj\n<< /Length %010d >>\nstream\n" % (cnum, n) + forged
                + b"x" * (n - len(forged)) + b"\nendstream\nendobj")

    repl = obj(a - off - len(obj(len(forged))) + len(forged))
    assert len(repl) == a - off
    out[off:a] = repl
    cms = pkcs7.PKCS7SignatureBuilder().set_data(bytes(out[a:b]) + bytes(out[c : c + d])) \
        .add_signer(who.cert, who.key, hashes.SHA256()).sign(
            serialization.Encoding.DER,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoCapabilities,
             pkcs7.PKCS7Options.Binary])
    hexed = cms.hex().encode()
    out[b + 1 : c - 1] = hexed + b"0" * (c - b - 2 - len(hexed))
    return bytes(out)


def shadow_prepare(letter: bytes) -> bytes:
    """A document prepared by the attacker before signing: page content plus an overlay
    (white box hiding a forged amount drawn underneath) and an unused forged stream."""
    r = PdfReader(io.BytesIO(letter))
    w = PdfWriter(clone_from=r)
    page = w.pages[0]
    hidden = StreamObject()
    hidden.set_data(FORGED_TEXT)
    cover = StreamObject()
    cover.set_data(b"q 1 1 1 rg 60 630 480 50 re f Q")
    unused = StreamObject()
    unused.set_data(FORGED_TEXT)
    original = page.raw_get("/Contents")
    page[NameObject("/Contents")] = ArrayObject(
        [original, w._add_object(hidden), w._add_object(cover)]  # noqa: SLF001
    )
    w._add_object(unused)  # noqa: SLF001
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def shadow(signed: bytes, variant: str) -> bytes:
    r = PdfReader(io.BytesIO(signed))
    page = r.pages[0]
    refs = [x.idnum for x in page.raw_get("/Contents")]
    orig, hidden, _cover = refs
    unused = max(n for n in r.xref[0] if n not in refs and "/Type" not in r.get_object(n)
                 and hasattr(r.get_object(n), "get_data")
                 and r.get_object(n).get_data() == FORGED_TEXT)
    if variant == "hide":  # remove the overlay
        new = b"[%d 0 R %d 0 R]" % (orig, hidden)
    elif variant == "replace":  # point at the unused forged stream
        new = b"[%d 0 R %d 0 R]" % (orig, unused)
    else:  # hide-and-replace
        new = b"%d 0 R" % unused
    num, body = _page_with(signed, contents=new)
    return append_update(signed, {num: body})


def form_doc(letter: bytes) -> bytes:
    """The letter with a text field 'amount' (unsigned revision)."""
    n = _size(letter)
    page_num, page_body = _page_with(letter, annots_add=n)
    cat = _catalog_num(letter)
    cat_body = object_body(letter, cat)
    cat_body = cat_body[: cat_body.rindex(b">>")] + b" /AcroForm << /Fields [%d 0 R] >> >>" % n
    field = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (amount) /Rect [72 560 300 580] "
             b"/P %d 0 R /F 4 /DA (/Helv 10 Tf 0 g) >>" % page_num)
    return append_update(letter, {n: field, page_num: page_body, cat: cat_body})


def fill_amount(data: bytes) -> bytes:
    r = PdfReader(io.BytesIO(data))
    for f in r.trailer["/Root"]["/AcroForm"]["/Fields"]:
        if f.get_object().get("/T") == "amount":
            num = f.idnum
    body = object_body(data, num)
    body = body[: body.rindex(b">>")] + b" /V (1.250.000.000) >>"
    return append_update(data, {num: body})


def tamper_digest(data: bytes) -> bytes:
    out = bytearray(data)
    i = data.index(b"/Title")
    out[i + 8] ^= 0x01
    return bytes(out)


def tamper_signature_value(data: bytes) -> bytes:
    from asn1crypto import cms

    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", data)
    blob = bytes.fromhex(m.group(1).decode())
    # the /Contents padding follows the DER; load() reads the DER's own length (stripping the
    # zeros would also strip a signature that happens to end in 0x00: one run in 256 failed)
    info = cms.ContentInfo.load(blob)
    sigval = info["content"]["signer_infos"][0]["signature"].native
    hexsig = sigval.hex().encode()
    start = data.lower().index(hexsig, m.start(1))
    out = bytearray(data)
    pos = start + 10
    out[pos] = ord("0") if out[pos] != ord("0") else ord("1")
    return bytes(out)


def tamper_timestamp(data: bytes) -> bytes:
    """Rewrite a byte of the timestamp token's genTime (an unsigned attribute)."""
    from asn1crypto import cms

    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", data)
    blob = bytes.fromhex(m.group(1).decode())
    info = cms.ContentInfo.load(blob)
    token = info["content"]["signer_infos"][0]["unsigned_attrs"][0]["values"][0]
    gen_time = token["content"]["encap_content_info"]["content"].parsed["gen_time"].dump()
    i = blob.index(gen_time)
    j = i + 2 + 3  # inside the year digits
    blob = bytearray(blob)
    blob[j] = ord("9") if blob[j] != ord("9") else ord("8")
    hexed = bytes(blob).hex().encode()
    return data[: m.start(1)] + hexed + data[m.end(1) :]


def sneaky_visible_empty_field(data: bytes) -> bytes:
    return add_empty_sig_field(data, "Sneaky", box=(60, 600, 540, 700))


def build(world, name: str) -> bytes:  # noqa: C901 - a flat table of cases
    w = world
    L = w.letter  # noqa: N806
    cache = w._cache  # noqa: SLF001
    if name in cache:
        return cache[name]
    s1 = w.signed
    ts = lambda who=None, when=None: stamper(who or w.tsa, when)  # noqa: E731
    builders = {
        "valid_single": lambda: s1(),
        "sequential_2": lambda: sign(s1(), w.clerk, "Seal"),
        "sequential_3": lambda: sign(build(w, "sequential_2"), w.third, "Sig3"),
        "ecdsa": lambda: sign(L, w.ec_leader),
        "timestamped": lambda: sign(L, w.leader, timestamper=ts()),
        "doc_timestamp": lambda: doc_timestamp(build(w, "timestamped"), w.tsa),
        "certified_p1": lambda: sign(L, w.leader, certify=True, docmdp=1),
        "certified_p1_then_signed": lambda: endesive_sign(
            endesive_sign(L, w.leader, "Cert", certify=True, docmdp=1), w.clerk, "Seal"),
        "certified_p1_then_doc_ts": lambda: doc_timestamp(build(w, "certified_p1"), w.tsa),
        "certified_p2_then_signed": lambda: sign(
            sign(L, w.leader, certify=True, docmdp=2), w.clerk, "Seal"),
        "certified_p2_form_filled": lambda: fill_amount(
            sign(form_doc(L), w.leader, certify=True, docmdp=2)),
        "certified_p2_annotation": lambda: add_annotation(
            sign(L, w.leader, certify=True, docmdp=2), b"/Text"),
        "certified_p3_comment": lambda: add_annotation(
            sign(L, w.leader, certify=True, docmdp=3), b"/Text"),
        "evil_annotation_p3": lambda: add_annotation(
            sign(L, w.leader, certify=True, docmdp=3), b"/FreeText"),
        "certified_p3_content_replaced": lambda: replace_content(
            sign(L, w.leader, certify=True, docmdp=3)),
        "certification_not_first": lambda: endesive_sign(s1(), w.clerk, "Cert", certify=True),
        "sneaky_signature": lambda: sign(
            sign(L, w.leader, certify=True, docmdp=2), w.self_signed, "Sneaky",
            box=(60, 600, 540, 700)),
        "sneaky_empty_field": lambda: sneaky_visible_empty_field(
            sign(L, w.leader, certify=True, docmdp=2)),
        "approval_then_annotation": lambda: add_annotation(s1(), b"/FreeText"),
        "isa_content_replaced": lambda: replace_content(s1()),
        "isa_no_xref": lambda: isa_no_xref(s1()),
        "isa_xref_points_back": lambda: isa_xref_points_back(s1()),
        "swa": lambda: swa(s1()),
        "shadow_hide": lambda: shadow(sign(shadow_prepare(L), w.leader), "hide"),
        "shadow_replace": lambda: shadow(sign(shadow_prepare(L), w.leader), "replace"),
        "shadow_hide_and_replace": lambda: shadow(sign(shadow_prepare(L), w.leader), "both"),
        "tampered_digest": lambda: tamper_digest(s1()),
        "tampered_signature_value": lambda: tamper_signature_value(s1()),
        "tampered_timestamp": lambda: tamper_timestamp(build(w, "timestamped")),
        "expired_no_timestamp": lambda: sign(L, w.expired),
        "expired_timestamp_in_validity": lambda: sign(
            L, w.expired, timestamper=ts(when=NOW - dt.timedelta(days=20))),
        "not_yet_valid": lambda: sign(L, w.future),
        "revoked_no_timestamp": lambda: sign(L, w.revoked_late),
        "revoked_after_timestamp": lambda: sign(
            L, w.revoked_late, timestamper=ts(when=NOW - dt.timedelta(days=5))),
        "revoked_before_timestamp": lambda: sign(
            L, w.revoked_early, timestamper=ts(when=NOW - dt.timedelta(days=5))),
        "self_signed": lambda: sign(L, w.self_signed),
        "wrong_key_usage": lambda: sign(L, w.encipher),
        "sha1_digest": lambda: sign(L, w.leader, md="sha1"),
        "sha1_certificate": lambda: sign(L, w.sha1_cert),
        "untrusted_tsa": lambda: sign(L, w.leader, timestamper=ts(w.foreign_tsa)),
        "trailing_garbage": lambda: s1() + b"\nGARBAGE AFTER EOF 1.250.000.000\n",
        "trailing_whitespace": lambda: s1() + b"\r\n\n",
        "pdfsig_hole": lambda: pdfsig_hole(s1(), w.leader),
        "truncated": lambda: s1()[: len(s1()) // 2],
        "truncated_tail": lambda: s1()[:-40],
        "garbage": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "zero_bytes": lambda: b"",
        "not_a_pdf": lambda: b"hello, this is not a PDF at all",
        "unsigned": lambda: L,
    }
    for v in ("contents_removed", "contents_null", "contents_empty", "contents_zeros",
              "byterange_removed", "byterange_null", "byterange_empty", "byterange_zeros"):
        builders[f"usf_{v}"] = (lambda v=v: usf(s1(), v))
    cache[name] = builders[name]()
    return cache[name]


# name: (indication, sub-indication, pyHanko bottom line or why docflow disagrees)
CASES: dict[str, tuple[str, str | None, bool | str | None]] = {
    "valid_single": (P, None, True),
    "sequential_2": (P, None, True),
    "sequential_3": (P, None, True),
    "ecdsa": (P, None, True),
    "timestamped": (P, None, True),
    "doc_timestamp": (P, None, True),
    "certified_p1": (P, None, True),
    "certified_p1_then_signed": (F, "FORMAT_FAILURE", False),
    "certified_p1_then_doc_ts": (P, None, True),
    "certified_p2_then_signed": (P, None, True),
    "certified_p2_form_filled": (P, None, True),
    "certified_p2_annotation": (F, "FORMAT_FAILURE", False),
    "certified_p3_comment": (P, None,
                             "pyHanko's StandardDiffPolicy does not implement P3 (it warns so) "
                             "and rejects every added annotation; docflow allows commenting "
                             "marks under P3 as ISO 32000 does"),
    # docflow also refuses a FreeText under P3 (it can paint over the amount)
    "evil_annotation_p3": (F, "FORMAT_FAILURE", False),
    "certified_p3_content_replaced": (F, "FORMAT_FAILURE", False),
    "certification_not_first": (F, "FORMAT_FAILURE", False),
    "sneaky_signature": (I, "NO_CERTIFICATE_CHAIN_FOUND", False),
    "sneaky_empty_field": (F, "FORMAT_FAILURE", False),
    "approval_then_annotation": (F, "FORMAT_FAILURE", False),
    "isa_content_replaced": (F, "FORMAT_FAILURE", False),
    "isa_no_xref": (F, "FORMAT_FAILURE",
                    "pyHanko ignores bytes that form no revision; a repairing viewer shows "
                    "them, so docflow does not"),
    "isa_xref_points_back": (F, "FORMAT_FAILURE", None),
    "swa": (F, "FORMAT_FAILURE", False),
    "shadow_hide": (F, "FORMAT_FAILURE", False),
    "shadow_replace": (F, "FORMAT_FAILURE", False),
    "shadow_hide_and_replace": (F, "FORMAT_FAILURE", False),
    "tampered_digest": (F, "HASH_FAILURE", False),
    "tampered_signature_value": (F, "SIG_CRYPTO_FAILURE", False),
    "tampered_timestamp": (F, "SIG_CRYPTO_FAILURE", False),
    "expired_no_timestamp": (I, "OUT_OF_BOUNDS_NO_POE", False),
    "expired_timestamp_in_validity": (P, None, None),
    "not_yet_valid": (I, "NOT_YET_VALID", False),
    "revoked_no_timestamp": (I, "REVOKED_NO_POE", False),
    "revoked_after_timestamp": (P, None, None),
    "revoked_before_timestamp": (F, "REVOKED", False),
    "self_signed": (I, "NO_CERTIFICATE_CHAIN_FOUND", False),
    "wrong_key_usage": (I, "CHAIN_CONSTRAINTS_FAILURE", False),
    "sha1_digest": (I, "CRYPTO_CONSTRAINTS_FAILURE", False),
    "sha1_certificate": (I, "CRYPTO_CONSTRAINTS_FAILURE", False),
    "untrusted_tsa": (I, "NO_CERTIFICATE_CHAIN_FOUND", False),
    "trailing_garbage": (F, "FORMAT_FAILURE",
                         "pyHanko ignores bytes after the last %%EOF; docflow refuses a file "
                         "that is not exactly the signed revisions"),
    "trailing_whitespace": (P, None, True),
    "pdfsig_hole": (F, "FORMAT_FAILURE", False),
    "truncated": (F, None, None),
    "truncated_tail": (F, None, None),
    "garbage": (F, None, None),
    "zero_bytes": (F, None, None),
    "not_a_pdf": (F, None, None),
    "unsigned": ("NO_SIGNATURE_FOUND", None, None),
}
for _v in ("contents_removed", "contents_null", "contents_empty", "contents_zeros",
           "byterange_removed", "byterange_null", "byterange_empty", "byterange_zeros"):
    CASES[f"usf_{_v}"] = (F, "FORMAT_FAILURE", False)

__all__ = ["CASES", "build", "TestCA", "serialization"]

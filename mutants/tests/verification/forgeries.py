"""Builders for issue 13's change-analysis cases: forgeries and genuine updates.

Each returns PDF bytes. Forgeries follow the defects of issue 13 (appearance swap, aliased
objects, shadow replace, trailer tricks, freed objects…); the genuine updates are the classes
of real files the old analysis refused (an appearance rewritten in place by form filling,
Acrobat's /F toggle when signing, 612.0 written for 612…).
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from .corpus import append_update, object_body, page_ref

FORGED = b"BT /F1 28 Tf 72 640 Td (PAY 999,000,000 VND - Tran Van Gia) Tj ET"
EMPTY_AP = b"/Tx BMC EMC"
BOX = (350, 100, 550, 160)


def size(data: bytes) -> int:
    return max(int(x) for x in re.findall(rb"/Size\s+(\d+)", data))


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def form_xobject(content: bytes) -> bytes:
    return stream(content, b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] "
                           b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 "
                           b"/BaseFont /Helvetica >> >> >> ")


def field_num(data: bytes, name: str) -> int:
    r = PdfReader(io.BytesIO(data))
    for f in r.trailer["/Root"]["/AcroForm"]["/Fields"]:
        if f.get_object().get("/T") == name:
            return f.idnum
    raise LookupError(name)


def ap_num(data: bytes, name: str) -> int:
    r = PdfReader(io.BytesIO(data))
    return r.get_object(field_num(data, name))["/AP"].raw_get("/N").idnum


# ------------------------------------------------------------------ defect 1 and 7

def appearance_swap(data: bytes, name: str = "Sig1", *, indirect_ap: bool = False) -> bytes:
    """Redefine the signed field's widget with only /AP /N changed to a new form XObject
    that paints other text (defect 1); with ``indirect_ap`` the new /AP is an indirect
    dictionary object (defect 7, "through an indirect object")."""
    num = field_num(data, name)
    n = size(data)
    body = object_body(data, num)
    objects = {n: form_xobject(FORGED)}
    if indirect_ap:
        objects[n + 1] = b"<< /N %d 0 R >>" % n
        new_ap = b"/AP %d 0 R" % (n + 1)
    else:
        new_ap = b"/AP << /N %d 0 R >>" % n
    body = re.sub(rb"/AP\s*<<\s*/N\s+\d+\s+\d+\s+R\s*>>", new_ap, body, count=1)
    objects[num] = body
    return append_update(data, objects)


def text_field_doc(letter: bytes, *, with_ap: bool = False, ap_is_info: bool = False) -> bytes:
    """The letter with a text field 'amount' (unsigned revision). ``with_ap``: the widget
    has an indirect, empty appearance stream; ``ap_is_info``: that stream is also what the
    trailer's /Info names (prepared by an attacker before signing)."""
    n = size(letter)
    page = page_ref(letter)
    page_body = object_body(letter, page)
    page_body = page_body[: page_body.rindex(b">>")] + b" /Annots [%d 0 R] >>" % n
    cat = int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", letter)[-1])
    cat_body = object_body(letter, cat)
    cat_body = cat_body[: cat_body.rindex(b">>")] + b" /AcroForm << /Fields [%d 0 R] " \
        b"/DA (/Helv 10 Tf 0 g) >> >>" % n
    ap = b" /AP << /N %d 0 R >>" % (n + 1) if with_ap else b""
    field = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (amount) /Rect [72 560 300 580] "
             b"/P %d 0 R /F 4 /DA (/Helv 10 Tf 0 g)%s >>" % (page, ap))
    objects = {n: field, page: page_body, cat: cat_body}
    if with_ap:
        objects[n + 1] = stream(EMPTY_AP, b"/Type /XObject /Subtype /Form /BBox [0 0 228 20] ")
    out = append_update(letter, objects)
    if ap_is_info:
        out = re.sub(rb"/Info\s+\d+\s+0\s+R(?=[^%]*%%EOF\s*$)", b"/Info %d 0 R" % (n + 1), out)
    return out


def shadow_replace_field(data: bytes) -> bytes:
    """The empty field 'amount' gets an appearance that paints text; its value stays empty
    (defect 7, "shadow replace")."""
    num = field_num(data, "amount")
    n = size(data)
    body = object_body(data, num)
    body = body[: body.rindex(b">>")] + b" /AP << /N %d 0 R >> >>" % n
    return append_update(data, {num: body, n: form_xobject(
        b"/Tx BMC BT /Helv 10 Tf 2 6 Td (1.250.000.000) Tj ET EMC")})


def rewrite_ap_in_place(data: bytes, value: bytes | None) -> bytes:
    """Rewrite amount's appearance stream object in place (same number), filling /V with
    ``value`` when given: what ordinary form filling in a viewer writes."""
    num = field_num(data, "amount")
    ap = ap_num(data, "amount")
    objects = {ap: stream(b"/Tx BMC BT /Helv 10 Tf 2 6 Td (%s) Tj ET EMC" % (value or b"999"),
                          b"/Type /XObject /Subtype /Form /BBox [0 0 228 20] ")}
    if value is not None:
        body = object_body(data, num)
        objects[num] = body[: body.rindex(b">>")] + b" /V (%s) >>" % value
    return append_update(data, objects)


# --------------------------------------------------------------------------- defect 2

def alias_prepare(letter: bytes, where: str) -> bytes:
    """Before signing: a form XObject the page draws (/Resources /XObject /Fm0) that is also
    the catalog's /Metadata (``where='metadata'``) or in /DSS /Certs (``where='dss'``)."""
    r = PdfReader(io.BytesIO(letter))
    w = PdfWriter(clone_from=r)
    page = w.pages[0]
    fm = DecodedStreamObject()
    fm.set_data(b"BT /F1 12 Tf 72 700 Td (Amount: 1.000.000 VND) Tj ET")
    fm.update({NameObject("/Type"): NameObject("/XObject"),
               NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([NumberObject(v) for v in (0, 0, 600, 800)]),
               NameObject("/Resources"): page["/Resources"]})
    ref = w._add_object(fm)  # noqa: SLF001
    res = page["/Resources"]
    res[NameObject("/XObject")] = DictionaryObject({NameObject("/Fm0"): ref})
    draw = DecodedStreamObject()
    draw.set_data(b"q /Fm0 Do Q")
    page[NameObject("/Contents")] = ArrayObject([page.raw_get("/Contents"),
                                                 w._add_object(draw)])  # noqa: SLF001
    if where == "metadata":
        w._root_object[NameObject("/Metadata")] = ref  # noqa: SLF001
    else:
        w._root_object[NameObject("/DSS")] = DictionaryObject(  # noqa: SLF001
            {NameObject("/Certs"): ArrayObject([ref])})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def alias_redefine(signed: bytes) -> bytes:
    r = PdfReader(io.BytesIO(signed))
    fm = r.pages[0]["/Resources"]["/XObject"].raw_get("/Fm0").idnum
    old = object_body(signed, fm)
    dict_part = old[: old.index(b"stream")]
    dict_part = re.sub(rb"/Length\s+\d+(\s+\d+\s+R)?", b"", dict_part)
    dict_part = re.sub(rb"/Filter\s*/FlateDecode", b"", dict_part)
    content = b"BT /F1 12 Tf 72 700 Td (Amount: PAY 999,000,000 VND) Tj ET"
    body = dict_part.rstrip()[:-2] + b" /Length %d >>\nstream\n" % len(content) + content + \
        b"\nendstream"
    return append_update(signed, {fm: body})


# ------------------------------------------------------------------------ defect 8

def renumber_page(data: bytes, how: str) -> bytes:
    """Rewrite the page dictionary with the same PDF values written differently."""
    num = page_ref(data)
    body = object_body(data, num)
    if how == "floats":  # 612 → 612.0
        body = re.sub(rb"/MediaBox\s*\[[^\]]*\]", lambda m: re.sub(
            rb"(?<![\d.])(\d+)(?![\d.])", rb"\1.0", m.group(0)), body)
        body = body.replace(b"/Rotate 0", b"/Rotate 0.0")
    elif how == "names":  # /Page → /P#61ge
        body = body.replace(b"/Type /Page", b"/Type /P#61ge")
    elif how == "null":  # an entry whose value is null is no entry
        body = body[: body.rindex(b">>")] + b" /Thumb null >>"
    return append_update(data, {num: body})


def sign_toggling_flags(data: bytes, who, name: str = "Seal", flags: int = 4) -> bytes:
    """Sign the empty field ``name`` the way Adobe Reader does: the same update also
    rewrites the widget's /F (132 → 4)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from .corpus import simple_signer

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    for ref in w.root["/AcroForm"]["/Fields"]:
        f = ref.get_object()
        if f.get("/T") == name:
            f["/F"] = generic.NumberObject(flags)
            w.update_container(f)
    meta = signers.PdfSignatureMetadata(field_name=name)
    return signers.PdfSigner(meta, simple_signer(who)).sign_pdf(w).getvalue()


def freed_content(data: bytes) -> bytes:
    """An update whose cross-reference section marks the page content free."""
    r = PdfReader(io.BytesIO(data))
    num = r.pages[0].raw_get("/Contents")
    num = num.idnum if hasattr(num, "idnum") else num[0].idnum
    n = size(data)
    out = append_update(data, {n: b"<< >>"})
    # turn the one-entry section into two: the free content object and the dummy
    xref_at = out.rindex(b"\nxref\n") + 1
    trailer_at = out.index(b"trailer", xref_at)
    sec = b"xref\n%d 1\n0000000000 00001 f \n" % num + out[xref_at + 5:trailer_at]
    out = out[:xref_at] + sec + out[trailer_at:]
    start = out.rindex(b"startxref\n")
    return out[:start] + b"startxref\n%d\n%%%%EOF\n" % xref_at


__all__ = ["appearance_swap", "text_field_doc", "shadow_replace_field", "rewrite_ap_in_place",
           "alias_prepare", "alias_redefine", "renumber_page", "freed_content", "BOX",
           "FORGED", "field_num", "ap_num", "size", "stream", "form_xobject"]


# --------------------------------------------------------------------------- defect 6

def locked_field(data: bytes, name: str, action: str, fields: list[str] | None = None,
                 p: int | None = None) -> bytes:
    """Add an empty signature field ``name`` whose /Lock locks ``fields`` (FieldMDP
    ``action``: All, Include, Exclude) and, with ``p``, grants DocMDP P (PDF 2.0)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as f

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    spec = f.FieldMDPSpec(f.FieldMDPAction[action.upper()], fields=fields)
    f.append_signature_field(w, f.SigFieldSpec(
        name, field_mdp_spec=spec,
        doc_mdp_update_value=f.MDPPerm(p) if p is not None else None))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def fill_field(data: bytes, name: str, value: bytes) -> bytes:
    num = field_num(data, name)
    body = object_body(data, num)
    body = re.sub(rb"/V\s*\([^)]*\)", b"", body)
    return append_update(data, {num: body[: body.rindex(b">>")] + b" /V (%s) >>" % value})


def two_text_fields(letter: bytes) -> bytes:
    """The letter with text fields 'amount' and 'date' (unsigned)."""
    n = size(letter)
    page = page_ref(letter)
    page_body = object_body(letter, page)
    page_body = page_body[: page_body.rindex(b">>")] + b" /Annots [%d 0 R %d 0 R] >>" % (n, n + 1)
    cat = int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", letter)[-1])
    cat_body = object_body(letter, cat)
    cat_body = cat_body[: cat_body.rindex(b">>")] + b" /AcroForm << /Fields [%d 0 R %d 0 R] " \
        b"/DA (/Helv 10 Tf 0 g) >> >>" % (n, n + 1)

    def field(name: bytes, y: int) -> bytes:
        return (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /Rect [72 %d 300 %d] "
                b"/P %d 0 R /F 4 /DA (/Helv 10 Tf 0 g) >>" % (name, y, y + 20, page))

    return append_update(letter, {n: field(b"amount", 560), n + 1: field(b"date", 530),
                                  page: page_body, cat: cat_body})


__all__ += ["locked_field", "fill_field", "two_text_fields"]

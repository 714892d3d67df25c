"""endesive 3.0.1 as docflow's PDF signer, with its measured defects handled here and only here.

Who does what in one signature:

- endesive (``endesive.pdf.cms.SignedData``, subclassed as ``_DocflowSignedData``) writes the
  incremental update: its ``_makepdf`` builds the signature dictionary with its /ByteRange and
  /Contents placeholders, the signature field/widget, the page's /Annots, the AcroForm, the
  catalog and the DocMDP /Perms; its ``_write`` (pypdf's object serialiser) writes the objects
  and a classic cross-reference table. These are what endesive does right.
- docflow (``EndesiveSession.sign``) replaces endesive's driver ``SignedData.sign`` and its CMS
  builder ``endesive.signer.sign``: it reuses the strict pypdf reader of the input checks
  (checks.open_signable: one parse, no copy of the input), sets the trailer /ID, patches the
  ByteRange and writes the CMS into /Contents in place, hashes the byte range (the input part
  in a thread, service._InputDigest) and builds the CMS from pre-encoded DER
  (cms_der.SignedDataTemplate, byte-identical to what endesive + the former fixes produced,
  test_cms_der.py). Why: endesive's driver parsed the input a second time, copied it once,
  hashed it again and built the CMS with asn1crypto (~40 ms, most of a signature's time),
  which docflow then had to parse and re-encode for defects 5 and 9; and it inherits the
  digest of an earlier certification's /DigestMethod (SHA-1 included) where docflow always
  signs with SHA-256.

The numbered defects of reference/endesive.md are handled as follows (each has a test in
tests/signing/test_endesive_fixes.py, most with a canary on plain endesive):

 3. xref-stream inputs: ``_DocflowSignedData._write`` writes the update's cross-reference
    stream itself with real ``/W`` and ``/Index`` arrays (endesive writes names).
 4. visible text lost for Ĩ/ĩ ( ) \\: ``_DocflowSignedData._addAnnotation`` never uses
    endesive's text writer; it imports the page rendered by ``appearance.py`` (embedded
    TrueType subset, hex glyph strings) as the widget's appearance stream.
 5. ECDSA SignerInfo labelled rsaEncryption: cms_der writes ecdsa-with-SHA256 for EC keys.
 6. SubFilter adbe.pkcs7.detached: ``_DocflowSignedData._make_signature`` writes
    ETSI.CAdES.detached.
 7. CMS built twice with ``aligned=0``: docflow builds it once, into a placeholder of
    ``placeholder_size`` (the exact size of the CMS with the longest signature the key can
    make, plus room for a time-stamp token): one key operation, one TSA request.
 8. duplicate default field name: ``unique_field_name`` picks a name no field has.
 9. TSA failure silently ignored: endesive never sees a TSA; cms_der asks docflow's
    timestamper, which raises (or records "no time-stamp" when the caller allows it).
10. ``ltv=True`` embeds unchecked OCSP: ``_udct`` never enables ltv/OCSP, and the CMS docflow
    builds has no revocation data field at all.
11. DocMDP /P taken from ``sigflags``, certification not checked to be first:
    ``_DocflowSignedData._makepdf`` writes /P from its own argument and keeps SigFlags 3;
    the "first signature only" rule is enforced in service.py/checks.py before signing.
12. ``signingdate`` required: ``_udct`` always supplies it from the signing time. Memory
    (endesive holds the input twice): docflow parses the input without copying it, builds
    the update in a bytearray and makes exactly one copy of the input, the signed output
    itself; the peak is about 1.0-1.15x the file size (plus ~50 KB of fixed costs).

Defect 1 (oscrypto import) is handled in endesive_compat.py; defect 2 (pypdf 7) by the pin
in pyproject.toml.
"""
from __future__ import annotations

import binascii
import datetime as dt
import hashlib
import io
import secrets
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pypdf import PdfReader
from pypdf import generic as po

from docflow.signer import Signer
from docflow.signing.cms_der import SignedDataTemplate
from docflow.signing.endesive_compat import import_endesive
from docflow.signing.errors import SigningError
from docflow.signing.places import TextField

import_endesive()  # defect 1: must run before endesive.pdf.cms is imported

from endesive.pdf import cms as endesive_cms  # noqa: E402

__all__ = [
    "EndesiveSession",
    "CmsResult",
    "PreparedCms",
    "complete",
    "FilledField",
    "placeholder_size",
    "unique_field_name",
    "pdf_date",
]

SUBFILTER_PADES = "/ETSI.CAdES.detached"
_FIELD_FONT = "TiRo"  # the standard Times-Roman in the form's /DR


@dataclass(frozen=True)
class FilledField:
    """A value for an existing text field, with its appearance drawn as a one-page PDF."""

    name: str
    value: str
    appearance_pdf: bytes


def pdf_date(when: dt.datetime) -> str:
    """PDF date string (ISO 32000 §7.9.4) in UTC: D:20261128031500+00'00'."""
    return when.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def unique_field_name(existing: Iterable[str], count: int) -> str:
    """Defect 8: 'Sig_<n>_<random>' that no existing field carries."""
    taken = set(existing)
    while True:
        name = f"Sig_{count + 1}_{secrets.token_hex(4)}"
        if name not in taken:
            return name


def placeholder_size(signer: Signer, timestamped: bool) -> int:
    """Defect 7: bytes reserved for the CMS, fixed before signing so it is built once."""
    return _placeholder_size(_template(signer), signer, timestamped)


# A signature time-stamp token: TSTInfo, the TSA's SignerInfo and a TSA chain of a few
# certificates; 12 KB is what docflow has always reserved for it.
_TIMESTAMP_ROOM = 12288


def _placeholder_size(template: SignedDataTemplate, signer: Signer, timestamped: bool) -> int:
    """The exact size of the B-B CMS with the longest signature the key can make (docflow
    builds the CMS from fixed pieces, so only the signature value and the token vary), plus
    room for a time-stamp token, rounded up to 256 bytes. A smaller reservation is a smaller
    file: a 48 KB letter grew by 15 KB with the former 'certificates + 4 KB' estimate."""
    key = signer.certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        longest = (key.key_size + 7) // 8  # PKCS#1 v1.5: exactly the modulus length
    elif isinstance(key, ec.EllipticCurvePublicKey):
        n = (key.curve.key_size + 7) // 8  # ECDSA-Sig-Value: SEQUENCE of two INTEGERs <= n+1
        longest = 2 * (n + 3) + 3
    else:
        raise SigningError(f"{type(key).__name__} keys cannot sign PDFs here (RSA or ECDSA only)")
    size = len(template.assemble(bytes(32), bytes(longest))[0])
    if timestamped:
        size += _TIMESTAMP_ROOM
    return (size + 255) // 256 * 256


class _Sink(bytearray):
    """The stream endesive's writer writes to (it only calls write and tell): a bytearray,
    so the update is patched in place without copying it out of a BytesIO."""

    def write(self, data: bytes) -> int:
        self += data
        return len(data)

    def tell(self) -> int:
        return len(self)


class _DocflowSignedData(endesive_cms.SignedData):
    """endesive's incremental-update writer with docflow's overrides (defects 3, 4, 6, 11)."""

    def __init__(self, appearance_pdf: bytes | None, docmdp_permissions: int | None,
                 form_matrix: tuple[float, ...] | None = None,
                 text_fields: Sequence[TextField] = (), fills: Sequence[FilledField] = ()) -> None:
        super().__init__()
        self._appearance_pdf = appearance_pdf
        self._docmdp_permissions = docmdp_permissions
        self._form_matrix = form_matrix  # turns the appearance against the page's /Rotate
        self._text_fields = tuple(text_fields)
        self._fills = tuple(fills)

    # defect 6 ---------------------------------------------------------------------------
    def _make_signature(self, Contents=None, Type=None, SubFilter=None):  # noqa: N803
        return super()._make_signature(
            Contents=Contents, Type=Type, SubFilter=po.NameObject(SUBFILTER_PADES)
        )

    # defect 11 --------------------------------------------------------------------------
    def _makepdf(self, prev, udct, *args, **kwargs):
        super()._makepdf(prev, udct, *args, **kwargs)
        if self._text_fields or self._fills:
            catalog = self._objects[prev.trailer.raw_get("/Root").idnum - 1]
            self._form_fields(prev, catalog)
        if self._docmdp_permissions is None:
            return
        catalog = self._objects[prev.trailer.raw_get("/Root").idnum - 1]
        perms = catalog["/Perms"].get_object()
        sig = perms["/DocMDP"].get_object()
        sigref = sig["/Reference"][0].get_object()
        params = sigref["/TransformParams"].get_object()
        params[po.NameObject("/P")] = po.NumberObject(self._docmdp_permissions)
        form = catalog["/AcroForm"].get_object()
        form[po.NameObject("/SigFlags")] = po.NumberObject(3)

    # the number and date of an official document (places.py) ---------------------------
    def _form_fields(self, prev, catalog) -> None:
        """Add empty read-only text fields (the leader's signature) or fill existing ones
        (the agency's seal), in the signature's own incremental update."""
        formref = catalog.raw_get("/AcroForm")
        form = formref.get_object()
        fields_ref = form.raw_get("/Fields")
        fields = fields_ref.get_object()
        if isinstance(fields_ref, po.IndirectObject):
            self._objects[fields_ref.idnum - 1] = fields
        by_name = {}
        for ref in fields:
            obj = ref.get_object()
            if isinstance(obj, po.DictionaryObject) and "/T" in obj:
                by_name[str(obj["/T"])] = ref
        if self._text_fields:
            self._default_resources(form, formref)
        for spec in self._text_fields:
            if spec.name in by_name:
                raise SigningError(f"the document already has a field named {spec.name!r}")
            pageref = prev.pages[spec.page - 1].indirect_reference
            x1, y1, x2, y2 = spec.box
            empty = po.StreamObject()
            empty.update({
                po.NameObject("/Type"): po.NameObject("/XObject"),
                po.NameObject("/Subtype"): po.NameObject("/Form"),
                po.NameObject("/BBox"): po.ArrayObject(po.FloatObject(v) for v in (0, 0, x2 - x1, y2 - y1)),
            })
            widget = po.DictionaryObject({
                po.NameObject("/Type"): po.NameObject("/Annot"),
                po.NameObject("/Subtype"): po.NameObject("/Widget"),
                po.NameObject("/FT"): po.NameObject("/Tx"),
                po.NameObject("/T"): po.TextStringObject(spec.name),
                po.NameObject("/Ff"): po.NumberObject(1),  # read-only: no viewer lets a reader type in it
                po.NameObject("/F"): po.NumberObject(4),  # print
                po.NameObject("/Rect"): po.ArrayObject(po.FloatObject(v) for v in spec.box),
                po.NameObject("/P"): pageref,
                po.NameObject("/DA"): po.TextStringObject(f"/{_FIELD_FONT} {spec.size:.1f} Tf 0 g"),
                po.NameObject("/AP"): po.DictionaryObject({po.NameObject("/N"): self._add_object(empty)}),
            })
            ref = self._add_object(widget)
            fields.append(ref)
            page = pageref.get_object()
            annots = po.ArrayObject()
            if "/Annots" in page:
                annots.extend(page["/Annots"].get_object())
            annots.append(ref)
            page[po.NameObject("/Annots")] = annots
            self._objects[pageref.idnum - 1] = page
        for fill in self._fills:
            ref = by_name.get(fill.name)
            field = ref.get_object() if isinstance(ref, po.IndirectObject) else None
            if (not isinstance(ref, po.IndirectObject) or not isinstance(field, po.DictionaryObject)
                    or field.get("/FT") != "/Tx" or "/Rect" not in field):
                raise SigningError(f"the document has no text field named {fill.name!r} to fill")
            x1, y1, x2, y2 = (float(v) for v in cast(po.ArrayObject, field["/Rect"]))
            field[po.NameObject("/V")] = po.TextStringObject(fill.value)
            field[po.NameObject("/AP")] = po.DictionaryObject({
                po.NameObject("/N"): self._import_form(fill.appearance_pdf, abs(x2 - x1), abs(y2 - y1))})
            self._objects[ref.idnum - 1] = field

    def _default_resources(self, form, formref) -> None:
        """/DR and /DA of the form, as ISO 32000 asks of variable-text fields (docflow draws
        every appearance itself; the font here only serves a viewer that regenerates one)."""
        resources = form.get("/DR")
        resources = resources.get_object() if resources is not None else po.DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else po.DictionaryObject()
        if _FIELD_FONT not in [str(k)[1:] for k in fonts]:
            fonts[po.NameObject("/" + _FIELD_FONT)] = po.DictionaryObject({
                po.NameObject("/Type"): po.NameObject("/Font"),
                po.NameObject("/Subtype"): po.NameObject("/Type1"),
                po.NameObject("/BaseFont"): po.NameObject("/Times-Roman"),
                po.NameObject("/Encoding"): po.NameObject("/WinAnsiEncoding"),
            })
        resources[po.NameObject("/Font")] = fonts
        form[po.NameObject("/DR")] = resources
        if isinstance(formref, po.IndirectObject):
            self._objects[formref.idnum - 1] = form

    # defect 4 ---------------------------------------------------------------------------
    def _addAnnotation(self, cert, udct, box, page0ref, obj13, obj13ref, new_13):  # noqa: N802
        x1, y1, x2, y2 = box
        width, height = x2 - x1, y2 - y1
        if self._form_matrix is not None and self._form_matrix[0] == 0:  # a quarter turn
            width, height = height, width  # the appearance is drawn upright, as displayed
        form_ref = self._import_form(self._appearance_pdf, width, height)
        obj13[po.NameObject("/AP")] = po.DictionaryObject({po.NameObject("/N"): form_ref})
        obj13[po.NameObject("/Rect")] = po.ArrayObject(po.FloatObject(v) for v in box)
        page = page0ref.get_object()
        annots = po.ArrayObject()
        if "/Annots" in page:
            # an indirect /Annots array is copied, not nested (endesive nests the reference)
            annots.extend(page["/Annots"].get_object())
        annots.append(obj13ref)
        page[po.NameObject("/Annots")] = annots
        self._objects[page0ref.idnum - 1] = page

    def _import_form(self, appearance_pdf: bytes | None, width: float, height: float):
        if appearance_pdf is None:
            raise SigningError("a visible signature needs an appearance")
        page = PdfReader(io.BytesIO(appearance_pdf)).pages[0]
        content = page.get_contents()
        data = content.get_data() if content is not None else b""
        form = po.StreamObject()
        form._data = zlib.compress(data)
        form.update({
            po.NameObject("/Type"): po.NameObject("/XObject"),
            po.NameObject("/Subtype"): po.NameObject("/Form"),
            po.NameObject("/BBox"): po.ArrayObject(
                [po.FloatObject(0), po.FloatObject(0), po.FloatObject(width),
                 po.FloatObject(height)]
            ),
            po.NameObject("/Filter"): po.NameObject("/FlateDecode"),
            po.NameObject("/Resources"): self._copy(page.get("/Resources", {}), {}),
        })
        if self._form_matrix is not None:
            form[po.NameObject("/Matrix")] = po.ArrayObject(po.FloatObject(v) for v in self._form_matrix)
        return self._add_object(form)

    def _copy(self, obj, memo: dict[int, po.IndirectObject]):
        """Deep-copy pypdf objects from another reader into this update."""
        if isinstance(obj, po.IndirectObject):
            if obj.idnum in memo:
                return memo[obj.idnum]
            target = obj.get_object()
            if isinstance(target, po.StreamObject):
                new: po.PdfObject = po.StreamObject()
            elif isinstance(target, po.DictionaryObject):
                new = po.DictionaryObject()
            else:
                new = None  # type: ignore[assignment]
            if new is None:
                return self._copy(target, memo)
            ref = self._add_object(new)
            memo[obj.idnum] = ref
            self._fill(new, target, memo)
            return ref
        if isinstance(obj, po.DictionaryObject):
            new = po.StreamObject() if isinstance(obj, po.StreamObject) else po.DictionaryObject()
            self._fill(new, obj, memo)
            return new
        if isinstance(obj, po.ArrayObject):
            return po.ArrayObject(self._copy(v, memo) for v in obj)
        return obj

    def _fill(self, new, src, memo) -> None:
        for key, value in src.items():
            if key != "/Length":
                new[po.NameObject(key)] = self._copy(value, memo)
        if isinstance(src, po.StreamObject):
            new._data = src._data  # encoded bytes; /Filter is kept with them

    # defect 3 ---------------------------------------------------------------------------
    def _write(self, stream, prev, startdata):
        if not endesive_cms._prev_uses_xref_stream(prev):
            return super()._write(stream, prev, startdata)
        stream.write(b"\r\n")
        positions: dict[int, int] = {}
        for index, obj in enumerate(self._objects):
            if obj is None:
                continue
            positions[index + 1] = startdata + stream.tell()
            stream.write(b"%d 0 obj\n" % (index + 1))
            obj.write_to_stream(stream)
            stream.write(b"\nendobj\n")
        xref_num = len(self._objects) + 1
        xref_location = startdata + stream.tell()
        positions[xref_num] = xref_location
        index_pairs: list[int] = []
        rows: list[bytes] = []
        previous = None
        for num in sorted(positions):
            if previous is None or num != previous + 1:
                index_pairs += [num, 0]
            index_pairs[-1] += 1
            rows.append(b"\x01" + positions[num].to_bytes(8, "big"))
            previous = num
        xref = po.StreamObject()
        xref._data = zlib.compress(b"".join(rows))
        xref.update({
            po.NameObject("/Type"): po.NameObject("/XRef"),
            po.NameObject("/Size"): po.NumberObject(xref_num + 1),
            po.NameObject("/W"): po.ArrayObject(po.NumberObject(n) for n in (1, 8, 0)),
            po.NameObject("/Index"): po.ArrayObject(po.NumberObject(n) for n in index_pairs),
            po.NameObject("/Filter"): po.NameObject("/FlateDecode"),
            po.NameObject("/Root"): self.x_root,
            po.NameObject("/Prev"): po.NumberObject(prev._startxref),
            po.NameObject("/ID"): self._ID,
        })
        info = prev.trailer.raw_get("/Info") if "/Info" in prev.trailer else None
        if info is not None:
            xref[po.NameObject("/Info")] = info
        stream.write(b"%d 0 obj\n" % xref_num)
        xref.write_to_stream(stream)
        stream.write(b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_location)


@dataclass(frozen=True)
class CmsResult:
    """The signed file (input + one incremental update) and what went into its CMS."""

    pdf: bytes
    input_size: int
    timestamp_token: bytes | None
    key_operations: int
    output_sha256: str  # SHA-256 of ``pdf``, computed while hashing the byte range

    @property
    def update(self) -> bytes:
        """The incremental update alone."""
        return self.pdf[self.input_size:]


def _udct(
    *,
    field_name: str,
    signing_time: dt.datetime,
    reason: str | None,
    location: str | None,
    page_index: int,
    box: tuple[float, float, float, float] | None,
    certify: bool,
    aligned: int,
) -> dict:
    udct: dict = {
        "aligned": aligned,  # defect 7
        "sigfield": field_name,  # defect 8
        "auto_sigfield": False,
        "signingdate": pdf_date(signing_time),  # defect 12
        "sigflags": 3,  # AcroForm SigFlags; DocMDP /P is set separately (defect 11)
        "sigflagsft": 132,  # widget: Print + Locked
        "sigpage": page_index,
        "sigandcertify": certify,
        "application": "docflow",
        "ltv": False,  # defect 10: never let endesive fetch and embed OCSP
    }
    if reason is not None:
        udct["reason"] = reason
    if location is not None:
        udct["location"] = location
    if box is not None:
        udct["signaturebox"] = box  # drawn by _DocflowSignedData._addAnnotation
    return udct


_BYTERANGE_PLACEHOLDER = b"[ 00000000 00000000 00000000 00000000 ]"  # endesive's _WNumberObject


def _template(signer: Signer) -> SignedDataTemplate:
    der = serialization.Encoding.DER
    return SignedDataTemplate.for_certificates(
        signer.key_algorithm,
        signer.certificate.public_bytes(der),
        [c.public_bytes(der) for c in signer.chain],
    )


class EndesiveSession:
    """One signing operation: endesive writes the update's objects, docflow signs them.

    What endesive does (``_DocflowSignedData``: its ``_makepdf`` and, for classic-xref
    inputs, its ``_write``): the signature dictionary with a /Contents placeholder and a
    /ByteRange placeholder, the field/widget, the page's /Annots, AcroForm, the catalog and
    DocMDP /Perms, the object serialisation and the cross-reference section.

    What docflow does instead of ``endesive.pdf.cms.SignedData.sign``: parse the input (once,
    in checks.py, reused here without a copy), the trailer /ID, patching the ByteRange and
    /Contents in place, hashing the byte range, and building the CMS (cms_der.py). endesive's
    ``sign`` would parse the input a second time, copy it once (its BytesIO), hash it in
    full again, build the CMS with asn1crypto (~40 ms) which docflow then had to re-parse to
    fix, and inherit the digest of an earlier certification's /DigestMethod (SHA-1 included).
    """

    def __init__(
        self,
        signer: Signer,
        *,
        timestamp: Callable[[bytes], bytes | None] | None,
        reserve_timestamp: bool | None = None,
    ) -> None:
        self._signer = signer
        self._timestamp = timestamp
        # room for a time-stamp token: when one will be asked for (two-phase signing asks in
        # phase 2, with no timestamper at hand in phase 1)
        self._reserve = timestamp is not None if reserve_timestamp is None else reserve_timestamp

    def prepare(
        self,
        pdf: bytes,
        *,
        reader: PdfReader | None = None,
        input_digest: Callable[[], hashlib._Hash] | None = None,
        field_name: str,
        signing_time: dt.datetime,
        reason: str | None,
        location: str | None,
        page_index: int,
        box: tuple[float, float, float, float] | None,
        appearance_pdf: bytes | None,
        docmdp_permissions: int | None,
        form_matrix: tuple[float, ...] | None = None,
        text_fields: Sequence[TextField] = (),
        fills: Sequence[FilledField] = (),
    ) -> PreparedCms:
        """Build the incremental update for ``pdf``, its /Contents still empty.

        ``reader``: a pypdf reader over ``pdf`` that nobody else uses any more (endesive's
        writer edits its catalog and page objects in place, and it is closed once the update
        is written, to free its objects); parsed here when None.
        ``input_digest()``: a SHA-256 object already fed with ``pdf`` (e.g. hashed in a
        thread meanwhile); computed here when None."""
        template = _template(self._signer)  # fails early for unsupported keys
        aligned = _placeholder_size(template, self._signer, self._reserve)
        if reader is None:
            reader = PdfReader(io.BytesIO(pdf), strict=True)
        if reader.is_encrypted:
            raise RuntimeError("encrypted input reached the signer")
        udct = _udct(
            field_name=field_name,
            signing_time=signing_time,
            reason=reason,
            location=location,
            page_index=page_index,
            box=box,
            certify=docmdp_permissions is not None,
            aligned=aligned,
        )
        zeros = b"00" * aligned
        writer = _DocflowSignedData(appearance_pdf, docmdp_permissions, form_matrix, text_fields, fills)
        writer._makepdf(reader, udct, "sha256", zeros, self._signer.certificate,
                        list(self._signer.chain), None, None,
                        mode="sign", use_signingdate=True)
        writer._ID = _trailer_id(reader)
        update = _Sink()
        startdata = len(pdf)
        writer._write(update, reader, startdata)
        # the written objects (a copy of the placeholder among them) are not needed any more;
        # the reader's edited catalog still points at the writer, so drop them explicitly
        writer._objects.clear()
        del writer
        reader.close()  # and the parsed input: pypdf's close() drops its object cache

        # /Contents <hex>: the byte range is everything except the value including its '<'
        # and '>' delimiters (ISO 32000-1 §12.8.1).
        start = update.find(zeros)  # the hex digits
        end = start + len(zeros)
        lt = start - 1
        if (start < 1 or update[lt] != 0x3C or update[end:end + 1] != b">"
                or update.find(zeros, end) != -1):
            raise RuntimeError("no unique signature placeholder")
        del zeros
        byte_range = b"[0 %d %d %d]" % (
            startdata + lt, startdata + end + 1, len(update) - end - 1)
        at = update.find(_BYTERANGE_PLACEHOLDER)
        if at < 0 or at > lt or len(byte_range) > len(_BYTERANGE_PLACEHOLDER):
            raise RuntimeError("no ByteRange placeholder before /Contents")
        update[at:at + len(_BYTERANGE_PLACEHOLDER)] = byte_range.ljust(
            len(_BYTERANGE_PLACEHOLDER), b" ")

        # The signed file is assembled now, before the signature exists (only the hex digits
        # of /Contents change later): copying a big input here runs while the input digest
        # is still being computed in its thread. In CPython a BytesIO over bytes shares them
        # until the first write, which copies them once into a buffer of exactly the final
        # size; getvalue() then hands that buffer over without another copy. So the output
        # is the only copy of the input that signing makes.
        signed_pdf = io.BytesIO(pdf)
        signed_pdf.seek(startdata)
        signed_pdf.write(update)

        with memoryview(update) as view:
            digest = input_digest() if input_digest is not None else hashlib.sha256(pdf)
            digest.update(view[:lt])
            whole = digest.copy()  # the output's own SHA-256 shares this prefix
            digest.update(view[end + 1:])
        message_digest = digest.digest()
        del update  # the output holds it
        return PreparedCms(file=signed_pdf, input_size=startdata, contents_start=startdata + start,
                           contents_end=startdata + end, message_digest=message_digest,
                           signed_attributes=template.signed_attributes(message_digest),
                           key_algorithm=template.key_algorithm, _template=template, _whole=whole)

    def sign(self, pdf: bytes, **kwargs) -> CmsResult:
        """``prepare`` then one key operation (defect 7) and ``complete``: the server-side path."""
        prepared = self.prepare(pdf, **kwargs)
        # over the DER SET of the signed attributes (RFC 5652 §5.4)
        signature = self._signer.sign(prepared.signed_attributes, "sha256")
        return complete(prepared, signature, self._timestamp)


@dataclass
class PreparedCms:
    """An incremental update written with a zero-filled /Contents: everything of a signature
    but the signature value, which a key elsewhere (the signer's token) makes over
    ``signed_attributes`` (phase 1 of two-phase signing). ``stored``/``restore`` carry it
    between the two phases as bytes and a JSON-able dict."""

    file: io.BytesIO  # the whole output, the placeholder still zeros
    input_size: int
    contents_start: int  # the hex digits of /Contents: [start, end) in the output
    contents_end: int
    message_digest: bytes  # SHA-256 over the byte range
    signed_attributes: bytes  # the DER SET the key signs (hashed with SHA-256 by the key's side)
    key_algorithm: str
    _template: SignedDataTemplate
    _whole: hashlib._Hash | None = None  # the output's SHA-256 up to '<' (same process only)

    @property
    def pdf(self) -> bytes:
        return self.file.getvalue()

    def stored(self) -> dict:
        return {"input_size": self.input_size, "contents_start": self.contents_start,
                "contents_end": self.contents_end, "message_digest": self.message_digest.hex(),
                "key_algorithm": self.key_algorithm}

    @classmethod
    def restore(cls, pdf: bytes, state: dict, certificate_der: bytes,
                chain_der: Sequence[bytes]) -> PreparedCms:
        """The state of ``stored`` over the prepared file, for the certificate it was made for."""
        template = SignedDataTemplate.for_certificates(state["key_algorithm"], certificate_der, chain_der)
        start, end = int(state["contents_start"]), int(state["contents_end"])
        if pdf[start - 1:start] != b"<" or pdf[end:end + 1] != b">" or pdf[start:end].strip(b"0"):
            raise SigningError("the prepared file has no empty signature placeholder")
        digest = bytes.fromhex(state["message_digest"])
        return cls(file=io.BytesIO(pdf), input_size=int(state["input_size"]), contents_start=start,
                   contents_end=end, message_digest=digest,
                   signed_attributes=template.signed_attributes(digest),
                   key_algorithm=template.key_algorithm, _template=template)


def complete(prepared: PreparedCms, signature: bytes,
             timestamp: Callable[[bytes], bytes | None] | None = None) -> CmsResult:
    """Phase 2: the CMS around ``signature`` (and a signature time-stamp when ``timestamp``
    is given), written into the placeholder."""
    der, token = prepared._template.assemble(prepared.message_digest, signature, timestamp)
    hexed = binascii.hexlify(der)
    start, end = prepared.contents_start, prepared.contents_end
    if len(hexed) > end - start:
        raise RuntimeError(f"the signature ({len(der)} bytes) does not fit the reserved {(end - start) // 2} bytes")
    signed_pdf = prepared.file
    signed_pdf.seek(start)
    signed_pdf.write(hexed)  # the rest of the placeholder stays '0'
    whole = prepared._whole
    with signed_pdf.getbuffer() as buffer:  # released before getvalue(), which then does not copy
        if whole is None:
            whole = hashlib.sha256(buffer)
        else:
            whole.update(buffer[start - 1:])
    return CmsResult(pdf=signed_pdf.getvalue(), input_size=prepared.input_size, timestamp_token=token,
                     key_operations=1, output_sha256=whole.hexdigest())


def _trailer_id(reader: PdfReader) -> po.ArrayObject:
    """The update's trailer /ID: the first element kept (ISO 32000-1 §14.4), a new second."""
    previous = reader.trailer.get("/ID")
    first = previous.get_object()[0].original_bytes if previous is not None else None
    return po.ArrayObject([
        po.ByteStringObject(first or secrets.token_bytes(16)),
        po.ByteStringObject(secrets.token_bytes(16)),
    ])

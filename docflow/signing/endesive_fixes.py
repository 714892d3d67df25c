"""endesive 3.0.1 as docflow's PDF signer, with its measured defects handled here and only here.

endesive writes the incremental update (signature dictionary, field/widget, AcroForm,
catalog, ByteRange) and builds the CMS (content-type, message-digest, signing-certificate-v2,
no signingTime). ``EndesiveSession.sign`` drives it; the numbered defects of
reference/endesive.md are handled as follows (each has a test in tests/signing/):

 3. xref-stream inputs: ``_DocflowSignedData._write`` writes the update's cross-reference
    stream itself with real ``/W`` and ``/Index`` arrays (endesive writes names).
 4. visible text lost for Ĩ/ĩ ( ) \\: ``_DocflowSignedData._addAnnotation`` never uses
    endesive's text writer; it imports the page rendered by ``appearance.py`` (embedded
    TrueType subset, hex glyph strings) as the widget's appearance stream.
 5. ECDSA SignerInfo labelled rsaEncryption: ``_finish_cms`` sets ecdsa-with-SHA256.
 6. SubFilter adbe.pkcs7.detached: ``_DocflowSignedData._make_signature`` writes
    ETSI.CAdES.detached.
 7. CMS built twice with ``aligned=0``: ``placeholder_size`` reserves a fixed, sufficient
    space, so endesive builds the CMS once (one key operation, one TSA request).
 8. duplicate default field name: ``unique_field_name`` picks a name no field has.
 9. TSA failure silently ignored: endesive never sees a TSA URL; ``_finish_cms`` asks the
    timestamper and raises (or records "no time-stamp" when the caller allows it).
10. ``ltv=True`` embeds unchecked OCSP: ``_udct`` never enables ltv/OCSP; ``_finish_cms``
    refuses a CMS carrying revocation data.
11. DocMDP /P taken from ``sigflags``, certification not checked to be first:
    ``_DocflowSignedData._makepdf`` writes /P from its own argument and keeps SigFlags 3;
    the "first signature only" rule is enforced in service.py/checks.py before signing.
12. ``signingdate`` required: ``_udct`` always supplies it from the signing time. Memory:
    docflow's own checks parse the input without copying it (checks._SharedBytesIO), the
    update is built once and the output is one concatenation; endesive's internal reader
    still copies the input once (pypdf sizes a BytesIO with getbuffer()), so the peak is
    about 2x the file size: output + that copy.

Defect 1 (oscrypto import) is handled in endesive_compat.py; defect 2 (pypdf 7) by the pin
in pyproject.toml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import secrets
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from asn1crypto import cms
from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader
from pypdf import generic as po

from docflow.signing.endesive_compat import import_endesive
from docflow.signing.errors import SigningError
from docflow.signing.signer import Signer

import_endesive()  # defect 1: must run before endesive.pdf.cms is imported

from endesive.pdf import cms as endesive_cms  # noqa: E402

__all__ = [
    "EndesiveSession",
    "CmsResult",
    "placeholder_size",
    "unique_field_name",
    "pdf_date",
]

SUBFILTER_PADES = "/ETSI.CAdES.detached"
_BYTERANGE = re.compile(rb"/ByteRange \[\s*(\d+) (\d+) (\d+) (\d+)\s*\]")


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
    """Defect 7: bytes reserved for the CMS, fixed before signing so it is built once.

    Room for the embedded certificates, the SignerInfo (RSA up to 8192 bits) and, with a
    time-stamp, a token carrying a TSA chain of several certificates."""
    certs = sum(
        len(c.public_bytes(serialization.Encoding.DER)) for c in (signer.certificate, *signer.chain)
    )
    size = 4096 + certs + (12288 if timestamped else 0)
    return (size + 1023) // 1024 * 1024


class _SignerAsHsm:
    """endesive's HSM interface over docflow's ``Signer``: the key never leaves its backend."""

    def __init__(self, signer: Signer) -> None:
        self._signer = signer
        self.calls = 0

    def certificate(self):
        return None, self._signer.certificate

    def sign(self, keyid, data: bytes, mech: str) -> bytes:
        self.calls += 1
        return self._signer.sign(data, mech.lower())


class _DocflowSignedData(endesive_cms.SignedData):
    """endesive's incremental-update writer with docflow's overrides (defects 3, 4, 6, 11)."""

    def __init__(self, appearance_pdf: bytes | None, docmdp_permissions: int | None) -> None:
        super().__init__()
        self._appearance_pdf = appearance_pdf
        self._docmdp_permissions = docmdp_permissions

    # defect 6 ---------------------------------------------------------------------------
    def _make_signature(self, Contents=None, Type=None, SubFilter=None):  # noqa: N803
        return super()._make_signature(
            Contents=Contents, Type=Type, SubFilter=po.NameObject(SUBFILTER_PADES)
        )

    # defect 11 --------------------------------------------------------------------------
    def _makepdf(self, prev, udct, *args, **kwargs):
        super()._makepdf(prev, udct, *args, **kwargs)
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

    # defect 4 ---------------------------------------------------------------------------
    def _addAnnotation(self, cert, udct, box, page0ref, obj13, obj13ref, new_13):  # noqa: N802
        x1, y1, x2, y2 = box
        form_ref = self._import_form(self._appearance_pdf, x2 - x1, y2 - y1)
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
    """The incremental update and what went into its CMS."""

    update: bytes
    timestamp_token: bytes | None
    key_operations: int


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


class EndesiveSession:
    """One signing operation: endesive builds the update, docflow finishes the CMS."""

    def __init__(
        self,
        signer: Signer,
        *,
        timestamp: Callable[[bytes], bytes | None] | None,
    ) -> None:
        self._signer = signer
        self._timestamp = timestamp

    def sign(
        self,
        pdf: bytes,
        *,
        field_name: str,
        signing_time: dt.datetime,
        reason: str | None,
        location: str | None,
        page_index: int,
        box: tuple[float, float, float, float] | None,
        appearance_pdf: bytes | None,
        docmdp_permissions: int | None,
    ) -> CmsResult:
        aligned = placeholder_size(self._signer, self._timestamp is not None)
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
        hsm = _SignerAsHsm(self._signer)
        writer = _DocflowSignedData(appearance_pdf, docmdp_permissions)
        update = writer.sign(
            pdf, udct, None, self._signer.certificate, list(self._signer.chain),
            "sha256", hsm,
        )
        update, token = self._finish_cms(update, len(pdf), aligned)
        return CmsResult(update=update, timestamp_token=token, key_operations=hsm.calls)

    def _finish_cms(
        self, update: bytes, startdata: int, aligned: int
    ) -> tuple[bytes, bytes | None]:
        """Defects 5, 9, 10: fix the SignerInfo algorithm, add the signature time-stamp."""
        match = _BYTERANGE.search(update)
        if match is None:
            raise SigningError("internal error: endesive wrote no ByteRange")
        start = int(match[2]) - startdata + 1
        end = int(match[3]) - startdata - 1
        if end - start != 2 * aligned:
            raise SigningError("internal error: signature placeholder has the wrong size")
        content_info = cms.ContentInfo.load(bytes.fromhex(update[start:end].decode("ascii")))
        signed_data = content_info["content"]
        if signed_data["crls"].native:
            raise SigningError("internal error: revocation data must not be embedded in the CMS")
        signer_info = signed_data["signer_infos"][0]
        if self._signer.key_algorithm == "ec":
            signer_info["signature_algorithm"] = {"algorithm": "sha256_ecdsa"}
        token = None
        if self._timestamp is not None:
            imprint = hashlib.sha256(signer_info["signature"].native).digest()
            token = self._timestamp(imprint)  # None: caller allowed signing without one
        if token is not None:
            signer_info["unsigned_attrs"] = [
                cms.CMSAttribute({
                    "type": "signature_time_stamp_token",
                    "values": [cms.ContentInfo.load(token)],
                })
            ]
        der = content_info.dump()
        hexed = der.hex().encode("ascii")
        if len(hexed) > end - start:
            raise SigningError(
                f"the signature ({len(der)} bytes) does not fit the reserved {aligned} bytes"
            )
        return update[:start] + hexed.ljust(end - start, b"0") + update[end:], token

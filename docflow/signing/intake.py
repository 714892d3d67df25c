"""What docflow does with a PDF before signing it: sign it as it is, repair it and sign the
repaired copy, or refuse it with a reason the user can act on.

Staff upload what Word, LibreOffice, scanners, Acrobat and government portals produce, and
much of it carries small faults. ``take_in`` applies one policy (README, "PDF intake"):

- **as is** — the strict parser (pypdf, which the signer uses) reads it, and libqpdf (through
  pikepdf, in-process) has at most *harmless* warnings: stale linearization hints, an xref
  entry at offset 0, whitespace before ``xref``. None of them touch the objects the
  incremental update writes or the bytes the signature covers.
- **repaired** — an *unsigned* file that is damaged but recoverable (xref not found or
  reconstructed, wrong offsets, startxref off, a /Size below the highest object number, a
  wrong stream length, or a file the strict parser refuses that libqpdf reads), or encrypted
  with an empty user password (it opens without a password in every viewer): rewritten once by
  libqpdf, checked again, and the rewritten copy is what is stored and signed; ``Intake.repairs``
  says what was done, for the notice on the page, in the API and in the history.
- **refused** — a password is needed; a file that already carries a signature and would need a
  rewrite (its signatures would break); a file libqpdf cannot read or that is still damaged
  after the rewrite; streams that inflate beyond ``MAX_INFLATED`` (zip bombs); and what
  ``checks`` refuses (empty, too large, not a PDF, too many pages or revisions, DocMDP P=1).

Internal exceptions never become the reason: they are logged with the file's SHA-256 and the
user reads that the file could not be read.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pikepdf

from docflow.messages import N_
from docflow.signing.checks import PdfFacts, check_envelope, read_pdf
from docflow.signing.errors import CertificationForbids, DamagedPdf, InvalidInput

__all__ = ["Intake", "Structure", "take_in", "inspect", "MAX_INFLATED", "REPAIR_NOTICE"]

log = logging.getLogger(__name__)

# Stream data a PDF may inflate to when checked (the sum over its streams, filters libqpdf
# decodes: Flate, LZW, RunLength, ASCIIHex, ASCII85). A 4 MB zip bomb inflates to 4 GiB.
MAX_INFLATED = int(os.environ.get("DOCFLOW_MAX_PDF_INFLATED_MB", 1024)) * 1024 * 1024
_CHUNK = 1 << 20
_PIECE = 1 << 16

REPAIR_NOTICE = N_("The file was repaired before signing.")
# what a repair did, one msgid each (stored in version details and events by these keys)
REPAIRS = {
    "decrypted": N_("the encryption with an empty password was removed"),
    "rebuilt": N_("the damaged structure (cross-reference table, offsets) was rebuilt"),
}

# libqpdf warnings about structures built to exhaust a parser: refused, never "repaired" (the
# rewrite would silently drop the data libqpdf would not read)
_HOSTILE = re.compile(r"excessively deeply nested|too many|loop detected|infinite loop", re.IGNORECASE)

# libqpdf warnings that do not affect the objects docflow writes or the bytes it signs
_HARMLESS = (
    re.compile(r"object has offset 0"),
    re.compile(r"extraneous whitespace seen before xref"),
)


@dataclass(frozen=True)
class Structure:
    """What libqpdf found in a PDF (``inspect``)."""

    encrypted: bool  # encrypted, and opened with the empty user password
    signed: bool  # carries at least one signature (a /Sig field with a value, or a /ByteRange)
    linearized: bool
    harmless: tuple[str, ...]  # warnings that do not block signing as is
    damage: tuple[str, ...]  # warnings that need a rewrite
    inflated: int  # bytes the checked streams inflate to


@dataclass(frozen=True)
class Intake:
    """A PDF accepted for signing: the bytes to store and sign, and what was done to them."""

    pdf: bytes  # the input itself, or the repaired copy
    facts: PdfFacts
    repairs: tuple[str, ...]  # keys of REPAIRS; empty when signed as is
    warnings: tuple[str, ...]  # harmless libqpdf warnings tolerated (English, for the log)
    original_sha256: str
    original_size: int

    @property
    def repaired(self) -> bool:
        return bool(self.repairs)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest() if self.repaired else self.original_sha256

    def details(self) -> dict[str, Any]:
        """JSON for the stored version and the history (empty when signed as is)."""
        if not self.repaired:
            return {}
        return {"repaired": list(self.repairs), "original_sha256": self.original_sha256,
                "original_size": self.original_size}


def _warning_text(warning: str) -> str:
    """libqpdf's warning without the stream name pikepdf puts first."""
    text = re.sub(r"^stream <[^>]*>(?: \([^)]*\))?: ", "", warning)
    return text.split(" - a common error", 1)[0]


def _offset_zero_in_use(warning: str, data: bytes) -> str | None:
    """'object has offset 0' is harmless for an object nothing refers to (a deleted object
    whose number was kept); for one in use (pyHanko then reads the header as that object when
    it compares revisions) it is damage, returned reworded so it is not taken as harmless."""
    m = re.search(r"\(object (\d+) (\d+)\): object has offset 0", warning)
    if m is None:
        return None
    if re.search(rb"(?<![0-9])%s %s R(?![A-Za-z])" % (m[1].encode(), m[2].encode()), data):
        return f"object {m[1]} {m[2]} is in use but its xref entry says offset 0"
    return None


def _is_signed(pdf: pikepdf.Pdf, data: bytes) -> bool:
    if re.search(rb"/ByteRange\s*\[", data):
        return True
    try:
        form = pdf.Root.get("/AcroForm")
        fields = form.get("/Fields") if isinstance(form, pikepdf.Dictionary) else None
        stack = list(fields) if isinstance(fields, pikepdf.Array) else []
        seen = 0
        while stack and seen < 10_000:
            seen += 1
            field = stack.pop()
            if not isinstance(field, pikepdf.Dictionary):
                continue
            if field.get("/FT") == pikepdf.Name.Sig and field.get("/V") is not None:
                return True
            kids = field.get("/Kids")
            if isinstance(kids, pikepdf.Array):
                stack.extend(kids)
    except pikepdf.PdfError:
        return True  # a form tree that cannot be read: assume signatures, never rewrite
    return False


def _filters(stream: pikepdf.Stream) -> list[str]:
    value = stream.get("/Filter")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [str(v) for v in value]
    return [str(value)]


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit
        self.used = 0

    def take(self, n: int) -> None:
        self.used += n
        self.left -= n
        if self.left < 0:
            raise InvalidInput(
                N_("the PDF's compressed content inflates to more than %(mb)d MB "
                   "(a damaged or hostile file); it was not signed"), mb=MAX_INFLATED // (1024 * 1024))


def _inflate(data: bytes, budget: _Budget, keep: bool) -> bytes:
    """Inflate a Flate stream piece by piece under ``budget``; ``keep`` returns the output.

    The input is fed in small pieces so that zlib's unconsumed tail (copied on every call)
    stays small: a 4 MB bomb fed whole would be copied a thousand times."""
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    view = memoryview(data)
    try:
        for at in range(0, len(data), _PIECE):
            pending: bytes | memoryview = view[at:at + _PIECE]
            while pending and not inflater.eof:
                chunk = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                budget.take(len(chunk))
                if keep:
                    out.append(chunk)
            if inflater.eof:
                break
    except zlib.error:
        pass  # damaged compressed data: viewers show what inflated; not a structural fault
    return b"".join(out)


_RATIO = {"/LZWDecode": 2731, "/LZW": 2731, "/RunLengthDecode": 64, "/RL": 64,
          "/ASCIIHexDecode": 1, "/AHx": 1, "/ASCII85Decode": 1, "/A85": 1}


def _decode_other(pdf: pikepdf.Pdf, name: str, parms, data: bytes, budget: _Budget) -> bytes | None:
    """The other filters libqpdf decodes, one at a time by libqpdf itself (a stream made for it
    with only that filter), after a bound on their output was reserved from the budget."""
    if len(data) * _RATIO[name] > budget.left:
        budget.take(len(data) * _RATIO[name])  # could exceed the cap: refused unread
    try:
        single = pikepdf.Stream(pdf, data)
        single.Filter = pikepdf.Name(name)
        if isinstance(parms, pikepdf.Dictionary):
            single.DecodeParms = parms
        return single.read_bytes()
    except pikepdf.PdfError:  # damaged data in a filter: counted as far as it went
        return None


def _stream_inflated(pdf: pikepdf.Pdf, stream: pikepdf.Stream, budget: _Budget) -> None:
    chain = _filters(stream)
    parms = stream.get("/DecodeParms")
    parms_list = list(parms) if isinstance(parms, pikepdf.Array) else [parms] * len(chain)
    decodable = []
    for name in chain:
        if name in ("/FlateDecode", "/Fl") or name in _RATIO:
            decodable.append(name)
        else:
            break  # image codecs (DCT, JPX, JBIG2, CCITT) and Crypt are not inflated
    if not decodable:
        return
    data = stream.read_raw_bytes()
    for i, name in enumerate(decodable):
        last = i == len(decodable) - 1
        if name in ("/FlateDecode", "/Fl"):
            data = _inflate(data, budget, keep=not last)
        else:
            decoded = _decode_other(pdf, name, parms_list[i] if i < len(parms_list) else None, data, budget)
            if decoded is None:
                return
            if last:
                budget.take(len(decoded))
            data = decoded


def _open(data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data), password="")
    except pikepdf.PasswordError as exc:
        raise InvalidInput(N_("the PDF is protected by a password; remove the password protection "
                              "first")) from exc
    except pikepdf.PdfError as exc:
        raise DamagedPdf(N_("the PDF is damaged beyond repair (%(detail)s)"),
                         detail=_warning_text(str(exc))) from exc


def inspect(data: bytes) -> Structure:
    """libqpdf's view of ``data``: open it (with the empty password), resolve every object,
    check the document structure and linearization, inflate the streams under the cap; sort
    the warnings into harmless and damage. Raises ``SigningError`` subclasses only."""
    # Why every stream is decoded (issue 24, `sign_bench.py --breakdown`): on the ~50 MB sample
    # the structure walk (open, every object, document structures) is ~11 ms of ~0.2-0.4 s; the
    # rest is stream data, ASCII85 decoded by libqpdf (about half) and Flate inflated under the
    # cap. Skipping streams (images, or all but page contents and what docflow writes to) would
    # let a zip bomb in any other stream through (the cap is the one refusal that needs the
    # data), so the check stays whole. A pure-Python ASCII85 decoder (big-int arithmetic)
    # measured 5-6x slower than libqpdf's; numpy is not a dependency.
    try:
        with _open(data) as pdf:
            budget = _Budget(MAX_INFLATED)
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    _stream_inflated(pdf, obj, budget)
            raw = pdf.get_warnings()
            pdf._check_document_structures()
            raw += pdf.get_warnings()
            damage = [_offset_zero_in_use(w, data) or _warning_text(w) for w in raw]
            hostile = [w for w in damage if _HOSTILE.search(w)]
            if hostile:
                raise InvalidInput(N_("the PDF contains structures built to exhaust a reader (%(detail)s); "
                                      "it cannot be signed"), detail=hostile[0])
            # Linearization (hint tables) is not checked at all: whatever it finds is harmless
            # (an incremental update ends linearization anyway), and a hint table claiming
            # millions of objects keeps libqpdf's check busy for minutes.
            linearized = pdf.is_linearized
            harmless = [w for w in damage if any(p.search(w) for p in _HARMLESS)]
            damage = [w for w in damage if w not in harmless]
            if len(pdf.pages) == 0:
                damage.append("file does not contain any pages")
            return Structure(
                encrypted=pdf.is_encrypted, signed=_is_signed(pdf, data), linearized=linearized,
                harmless=tuple(dict.fromkeys(harmless)), damage=tuple(dict.fromkeys(damage)),
                inflated=budget.used,
            )
    except (InvalidInput, CertificationForbids):
        raise
    except pikepdf.PdfError as exc:
        raise DamagedPdf(N_("the PDF is damaged beyond repair (%(detail)s)"),
                         detail=_warning_text(str(exc))) from exc
    except Exception as exc:  # an internal failure is logged, never shown as the reason
        sha = hashlib.sha256(data).hexdigest()
        log.exception("PDF inspection failed on sha256=%s (%d bytes)", sha, len(data))
        raise InvalidInput(N_("the PDF could not be read (reference %(ref)s); export it again from "
                              "the program that made it"), ref=sha[:12]) from exc


def _rewrite(data: bytes) -> bytes:
    """One rewrite by libqpdf: xref rebuilt, encryption removed, streams copied as they are."""
    with _open(data) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=False, linearize=False, compress_streams=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                 deterministic_id=True)  # the same upload is repaired into the same bytes
        return out.getvalue()


def _refuse_signed(found: Structure, detail: str | None) -> None:
    if found.encrypted:
        raise InvalidInput(N_("the PDF is encrypted and already signed: removing the encryption "
                              "would break its signatures, so it cannot be signed"))
    raise DamagedPdf(N_("the PDF is damaged and already signed: repairing it would break its "
                        "signatures, so it cannot be signed (%(detail)s)"), detail=detail or "")


def take_in(data: bytes, *, max_size: int | None = None) -> Intake:
    """Apply the intake policy to ``data``; return what to store and sign, or raise
    ``SigningError`` (InvalidInput, DamagedPdf, CertificationForbids) with the reason."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        return _take_in(data, sha, max_size)
    except (InvalidInput, CertificationForbids):
        raise
    except Exception as exc:  # the reason is never an internal exception's text
        log.exception("PDF intake failed on sha256=%s (%d bytes)", sha, len(data))
        raise InvalidInput(N_("the PDF could not be read (reference %(ref)s); export it again from "
                              "the program that made it"), ref=sha[:12]) from exc


def _take_in(data: bytes, sha: str, max_size: int | None) -> Intake:
    check_envelope(data, max_size=max_size)
    found = inspect(data)
    strict_problem: str | None = None
    facts: PdfFacts | None = None
    if not found.encrypted:
        try:
            facts = read_pdf(data)[1]
        except DamagedPdf as exc:
            strict_problem = exc.params.get("detail") or exc.message
    if not (found.damage or found.encrypted or strict_problem):
        _docmdp(facts)
        _log_tolerated(sha, found.harmless)
        return Intake(pdf=data, facts=facts, repairs=(), warnings=found.harmless,  # type: ignore[arg-type]
                      original_sha256=sha, original_size=len(data))
    detail = found.damage[0] if found.damage else strict_problem
    if found.signed:
        _refuse_signed(found, detail)
    repaired = _rewrite(data)
    check_envelope(repaired, max_size=None if max_size is None else max(max_size, len(repaired)))
    again = inspect(repaired)
    if again.damage or again.encrypted:
        raise DamagedPdf(N_("the PDF is damaged beyond repair (%(detail)s)"),
                         detail=(again.damage or ("still encrypted",))[0])
    try:
        facts = read_pdf(repaired)[1]
    except DamagedPdf as exc:
        raise DamagedPdf(N_("the PDF is damaged beyond repair (%(detail)s)"),
                         detail=exc.params.get("detail") or exc.message) from exc
    _docmdp(facts)
    repairs = (("decrypted",) if found.encrypted else ()) + (
        ("rebuilt",) if (found.damage or strict_problem) else ())
    log.info("PDF sha256=%s repaired before signing (%s): %s -> sha256=%s",
             sha, ", ".join(repairs), detail or "encrypted", hashlib.sha256(repaired).hexdigest())
    return Intake(pdf=repaired, facts=facts, repairs=repairs, warnings=found.harmless + again.harmless,
                  original_sha256=sha, original_size=len(data))


def _docmdp(facts: PdfFacts | None) -> None:
    if facts is not None and facts.docmdp_permissions == 1:
        raise CertificationForbids(N_(
            "the document is certified with 'no changes allowed' (DocMDP P=1); "
            "it cannot be signed again"
        ))


def _log_tolerated(sha: str, warnings: Iterable[str]) -> None:
    warnings = list(warnings)
    if warnings:
        log.info("PDF sha256=%s signed as is despite %d harmless warning(s): %s",
                 sha, len(warnings), "; ".join(warnings[:5]))

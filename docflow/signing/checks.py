"""Checks a PDF must pass before docflow signs it as it is, and the facts signing needs from it.

``check_signable`` refuses, with a reason a user can act on: empty files, files over the size
limit, anything that is not a PDF, encrypted PDFs, damaged PDFs (pypdf's strict parser fails,
or libqpdf, through pikepdf, finds damage that is not harmless: ``docflow.signing.intake``
says which is which), and documents whose certification signature forbids any change (DocMDP
P=1). It returns ``PdfFacts``: pages and their sizes, existing field names, signature count
and the DocMDP permission in force. What to do with a file that is damaged but repairable is
decided in ``intake.take_in`` (where a file enters docflow), not here.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import cast

from pypdf import PdfReader
from pypdf import generic as po
from pypdf.errors import PyPdfError

from docflow.messages import N_
from docflow.signing.errors import CertificationForbids, DamagedPdf, InvalidInput
from docflow.signing.geometry import PageGeometry, page_geometry

__all__ = [
    "PdfFacts", "check_signable", "open_signable", "check_envelope", "MAX_PDF_BYTES", "read_facts",
    "read_pdf",
]

MAX_PDF_BYTES = int(os.environ.get("DOCFLOW_MAX_PDF_BYTES", 200 * 1024 * 1024))
# Limits against PDFs built to exhaust time or memory (tests/fuzz/test_hostile_pdfs.py): an
# official document has tens of pages and a handful of revisions (one per signature), not
# 50,000 pages or 2,000 incremental updates. The cap on inflated stream data (zip bombs) is
# intake.MAX_INFLATED.
MAX_PAGES = int(os.environ.get("DOCFLOW_MAX_PDF_PAGES", 5000))
MAX_REVISIONS = int(os.environ.get("DOCFLOW_MAX_PDF_REVISIONS", 200))  # as the verifier


@dataclass(frozen=True)
class PdfFacts:
    """What signing needs to know about a PDF that passed the checks."""

    size: int
    page_count: int
    page_sizes: tuple[tuple[float, float, float, float], ...]  # media boxes, page order
    field_names: frozenset[str]
    signature_count: int
    docmdp_permissions: int | None  # /P of the certification signature, if certified
    xref_stream: bool
    pages: tuple[PageGeometry, ...] = ()  # visible area and rotation, page order

    def page(self, number: int) -> PageGeometry:
        """The geometry of page ``number`` (from 1)."""
        return self.pages[number - 1]


class _SharedBytesIO(io.BytesIO):
    """A BytesIO over immutable bytes whose ``getbuffer()`` is a read-only view.

    pypdf sizes its input with ``BytesIO.getbuffer()``, which makes a plain BytesIO copy
    the whole file (it unshares the initial bytes): 50 MB more for a 50 MB PDF."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self._data = data

    def getbuffer(self) -> memoryview:  # type: ignore[override]
        return memoryview(self._data)


def _field_names(fields, prefix: str = "", depth: int = 0) -> list[tuple[str, bool]]:
    """Fully qualified field names, each with whether it is a filled signature field."""
    out: list[tuple[str, bool]] = []
    if depth > 32:
        raise DamagedPdf(N_("the form field tree is too deep (damaged or hostile PDF)"))
    for ref in fields or []:
        field = ref.get_object()
        if not isinstance(field, po.DictionaryObject):
            continue
        partial = field.get("/T")
        name = f"{prefix}.{partial}" if prefix and partial is not None else (
            str(partial) if partial is not None else prefix
        )
        kids = field.get("/Kids")
        if kids and any("/T" in k.get_object() for k in kids):
            out += _field_names(kids, name, depth + 1)
        elif name:
            out.append((name, field.get("/FT") == "/Sig" and field.get("/V") is not None))
    return out


def _docmdp(root) -> int | None:
    perms = root.get("/Perms")
    if perms is None:
        return None
    sig = perms.get_object().get("/DocMDP")
    if sig is None:
        return None
    for ref in sig.get_object().get("/Reference", []):
        ref = ref.get_object()
        if ref.get("/TransformMethod") == "/DocMDP":
            params = ref.get("/TransformParams")
            p = params.get_object().get("/P", 2) if params is not None else 2
            return int(p)
    return 2


def read_facts(pdf: bytes) -> PdfFacts:
    """Parse strictly and collect facts; raises ``InvalidInput`` for damaged files."""
    return read_pdf(pdf)[1]


def read_pdf(pdf: bytes) -> tuple[PdfReader, PdfFacts]:
    """``read_facts`` and the strict pypdf reader it used (over ``pdf``, not a copy).

    The signer reuses the reader so that a signature costs one parse of the input."""
    try:
        reader = PdfReader(_SharedBytesIO(pdf), strict=True)
        if reader.is_encrypted:
            raise InvalidInput(N_("the PDF is encrypted; remove the password protection first"))
        root = reader.trailer["/Root"].get_object()
        if not isinstance(root, po.DictionaryObject):  # reported as damaged below
            raise TypeError("the document catalogue is not a dictionary")
        tree = cast(po.DictionaryObject, root["/Pages"])  # anything else fails below: damaged
        claimed = tree["/Count"] if "/Count" in tree else 0  # noqa: SIM401 - [] resolves indirect refs
        if not isinstance(claimed, int) or claimed > MAX_PAGES:
            raise InvalidInput(N_("the PDF has more than %(max)d pages (or a damaged page count)"), max=MAX_PAGES)
        pages = reader.pages
        sizes = tuple(
            tuple(float(v) for v in page.mediabox) for page in pages  # type: ignore[misc]
        )
        geometries = tuple(page_geometry(page) for page in pages)
        form = root.get("/AcroForm")
        form = form.get_object() if form is not None else None
        if form is not None and not isinstance(form, po.DictionaryObject):
            raise TypeError("/AcroForm is not a dictionary")
        fields = form.get("/Fields", []) if form is not None else []
        names = _field_names(fields)
        docmdp = _docmdp(root)
        stream = reader.stream
        stream.seek(reader._startxref)
        xref_stream = stream.read(1).isdigit()
    except InvalidInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError) as exc:  # PyPdfError: also LimitReachedError (found by atheris: a 500 at upload)
        raise DamagedPdf(N_("the PDF is damaged and cannot be signed (%(detail)s)"), detail=str(exc)) from exc
    if not sizes:
        raise InvalidInput(N_("the PDF has no pages"))
    if len(sizes) > MAX_PAGES:  # /Count lied: the page tree itself is too large
        raise InvalidInput(N_("the PDF has more than %(max)d pages"), max=MAX_PAGES)
    return reader, PdfFacts(
        size=len(pdf),
        page_count=len(sizes),
        page_sizes=sizes,  # type: ignore[arg-type]
        field_names=frozenset(n for n, _ in names),
        signature_count=sum(1 for _, signed in names if signed),
        docmdp_permissions=docmdp,
        xref_stream=xref_stream,
        pages=geometries,
    )


def check_envelope(pdf: bytes, *, max_size: int | None = None) -> None:
    """The checks that need no parser: empty, too large, not a PDF, too many revisions."""
    limit = MAX_PDF_BYTES if max_size is None else max_size
    if not pdf:
        raise InvalidInput(N_("the file is empty"))
    if len(pdf) > limit:
        raise InvalidInput(N_("the file is %(size).1f MB, more than the %(limit).0f MB limit"),
                           size=len(pdf) / 1e6, limit=limit / 1e6)
    if b"%PDF-" not in pdf[:1024]:
        raise InvalidInput(N_("the file is not a PDF"))
    if pdf.count(b"%%EOF") > MAX_REVISIONS:
        raise InvalidInput(N_("the PDF has more than %(max)d revisions (incremental updates)"),
                           max=MAX_REVISIONS)


def check_signable(pdf: bytes, *, max_size: int | None = None, qpdf: bool = True) -> PdfFacts:
    """Refuse PDFs docflow must not sign as they are, with a clear reason; else return their facts.

    ``qpdf=True`` also runs libqpdf's structure check (``intake.inspect``, in-process through
    pikepdf): harmless warnings pass, damage is refused. Where a file enters docflow use
    ``intake.take_in`` instead, which repairs what can be repaired."""
    return open_signable(pdf, max_size=max_size, qpdf=qpdf)[1]


def open_signable(
    pdf: bytes, *, max_size: int | None = None, qpdf: bool = True
) -> tuple[PdfReader, PdfFacts]:
    """``check_signable`` that also returns the strict pypdf reader over ``pdf``."""
    check_envelope(pdf, max_size=max_size)
    reader, facts = read_pdf(pdf)
    if qpdf:
        from docflow.signing.intake import inspect

        found = inspect(pdf)
        if found.damage:
            raise DamagedPdf(N_("the PDF is damaged and cannot be signed (qpdf: %(detail)s)"),
                             detail=found.damage[0])
    if facts.docmdp_permissions == 1:
        raise CertificationForbids(N_(
            "the document is certified with 'no changes allowed' (DocMDP P=1); "
            "it cannot be signed again"
        ))
    return reader, facts

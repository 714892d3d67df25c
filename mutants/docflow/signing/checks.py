"""Checks a PDF must pass before docflow signs it, and the facts signing needs from it.

``check_signable`` refuses, with a reason a user can act on: empty files, files over the size
limit, anything that is not a PDF, encrypted PDFs, damaged PDFs (pypdf's strict parser fails,
or ``qpdf --check`` reports errors or repairs, when qpdf is installed), and documents whose
certification signature forbids any change (DocMDP P=1). It returns ``PdfFacts``: pages and their sizes,
existing field names, signature count and the DocMDP permission in force.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf import generic as po
from pypdf.errors import PyPdfError

from docflow.signing.errors import CertificationForbids, InvalidInput

__all__ = [
    "PdfFacts", "QpdfCheck", "check_signable", "open_signable", "MAX_PDF_BYTES", "read_facts",
    "read_pdf",
]

MAX_PDF_BYTES = int(os.environ.get("DOCFLOW_MAX_PDF_BYTES", 200 * 1024 * 1024))
_QPDF_TIMEOUT = 60
# Limits against PDFs built to exhaust time or memory (tests/fuzz/test_hostile_pdfs.py): an
# official document has tens of pages and a handful of revisions (one per signature), not
# 50,000 pages or 2,000 incremental updates; qpdf --check inflates every stream, so a 4 MB
# zip bomb would make it allocate gigabytes without an address-space limit.
MAX_PAGES = int(os.environ.get("DOCFLOW_MAX_PDF_PAGES", 5000))
MAX_REVISIONS = int(os.environ.get("DOCFLOW_MAX_PDF_REVISIONS", 200))  # as the verifier
_QPDF_MEMORY = int(os.environ.get("DOCFLOW_QPDF_MEMORY_MB", 1024)) * 1024 * 1024


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
        raise InvalidInput("the form field tree is too deep (damaged or hostile PDF)")
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
            raise InvalidInput("the PDF is encrypted; remove the password protection first")
        root = reader.trailer["/Root"].get_object()
        tree = root["/Pages"]
        claimed = tree["/Count"] if "/Count" in tree else 0  # noqa: SIM401 - [] resolves indirect refs
        if not isinstance(claimed, int) or claimed > MAX_PAGES:
            raise InvalidInput(f"the PDF has more than {MAX_PAGES} pages (or a damaged page count)")
        pages = reader.pages
        sizes = tuple(
            tuple(float(v) for v in page.mediabox) for page in pages  # type: ignore[misc]
        )
        form = root.get("/AcroForm")
        fields = form.get_object().get("/Fields", []) if form is not None else []
        names = _field_names(fields)
        docmdp = _docmdp(root)
        stream = reader.stream
        stream.seek(reader._startxref)
        xref_stream = stream.read(1).isdigit()
    except InvalidInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError) as exc:  # PyPdfError: also LimitReachedError (found by atheris: a 500 at upload)
        raise InvalidInput(f"the PDF is damaged and cannot be signed ({exc})") from exc
    if not sizes:
        raise InvalidInput("the PDF has no pages")
    if len(sizes) > MAX_PAGES:  # /Count lied: the page tree itself is too large
        raise InvalidInput(f"the PDF has more than {MAX_PAGES} pages")
    return reader, PdfFacts(
        size=len(pdf),
        page_count=len(sizes),
        page_sizes=sizes,  # type: ignore[arg-type]
        field_names=frozenset(n for n, _ in names),
        signature_count=sum(1 for _, signed in names if signed),
        docmdp_permissions=docmdp,
        xref_stream=xref_stream,
    )


class QpdfCheck:
    """``qpdf --check`` running in its own process while the caller does other work.

    ``QpdfCheck.start(pdf)`` returns None when qpdf is not installed; ``wait()`` raises
    ``InvalidInput`` if qpdf found errors or had to repair the file (exit 2 or 3): a
    signature over a file that readers repair differently is not worth having."""

    def __init__(self, qpdf: str, pdf: bytes) -> None:
        self._tmp = tempfile.NamedTemporaryFile(suffix=".pdf")  # noqa: SIM115 - closed in wait
        self._tmp.write(pdf)
        self._tmp.flush()
        # an address-space limit (prlimit, util-linux): qpdf --check inflates every stream
        limit = [prlimit, f"--as={_QPDF_MEMORY}", "--"] if (prlimit := shutil.which("prlimit")) else []
        self._proc = subprocess.Popen(
            [*limit, qpdf, "--check", self._tmp.name],
            # errors="replace": qpdf echoes bytes of the damaged file (not UTF-8; fuzzing found a 500)
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace",
        )

    @classmethod
    def start(cls, pdf: bytes) -> QpdfCheck | None:
        qpdf = shutil.which("qpdf")
        return cls(qpdf, pdf) if qpdf else None

    def wait(self) -> None:
        try:
            try:
                _, stderr = self._proc.communicate(timeout=_QPDF_TIMEOUT)
            except subprocess.TimeoutExpired as exc:
                self._proc.kill()
                self._proc.communicate()
                raise InvalidInput("the PDF could not be checked in time (qpdf timed out)") from exc
        finally:
            self._tmp.close()
        if self._proc.returncode != 0:
            problems = [
                line.split("): ", 1)[-1].removeprefix("WARNING: ").strip()
                for line in stderr.splitlines()
                if line.strip() and not line.startswith("qpdf: operation")
            ]
            detail = problems[0] if problems else "qpdf --check failed"
            raise InvalidInput(f"the PDF is damaged and cannot be signed (qpdf: {detail})")

    def cancel(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.communicate()
        self._tmp.close()


def check_signable(pdf: bytes, *, max_size: int | None = None, qpdf: bool = True) -> PdfFacts:
    """Refuse PDFs docflow must not sign, with a clear reason; else return their facts.

    Run it (with qpdf) where a file enters docflow, e.g. at upload: ``sign_pdf`` repeats the
    strict pypdf checks on every signature but runs ``qpdf --check`` only when asked."""
    return open_signable(pdf, max_size=max_size, qpdf=qpdf)[1]


def open_signable(
    pdf: bytes, *, max_size: int | None = None, qpdf: bool = True
) -> tuple[PdfReader, PdfFacts]:
    """``check_signable`` that also returns the strict pypdf reader over ``pdf``."""
    limit = MAX_PDF_BYTES if max_size is None else max_size
    if not pdf:
        raise InvalidInput("the file is empty")
    if len(pdf) > limit:
        raise InvalidInput(
            f"the file is {len(pdf) / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB limit"
        )
    if b"%PDF-" not in pdf[:1024]:
        raise InvalidInput("the file is not a PDF")
    if pdf.count(b"%%EOF") > MAX_REVISIONS:
        raise InvalidInput(f"the PDF has more than {MAX_REVISIONS} revisions (incremental updates)")
    reader, facts = read_pdf(pdf)
    if qpdf and (pending := QpdfCheck.start(pdf)) is not None:
        pending.wait()
    if facts.docmdp_permissions == 1:
        raise CertificationForbids(
            "the document is certified with 'no changes allowed' (DocMDP P=1); "
            "it cannot be signed again"
        )
    return reader, facts

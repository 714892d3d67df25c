"""PAdES signing of PDF versions (endesive underneath, its defects handled here).

Public API: ``sign_pdf`` / ``sign_batch`` (service.py), the appearance helpers
(appearance.py), ``check_signable`` (checks.py), the ``Signer`` abstraction (signer.py) and
the ``SigningError`` family (errors.py). The ``docflow sign`` command lives in cli.py.

Inside: endesive writes the incremental update's PDF objects; docflow drives it, patches the
byte range and builds the CMS from pre-encoded DER (endesive_fixes.py says precisely which
part is whose, cms_der.py builds the CMS). Where a file enters docflow (upload, ``docflow
sign``), ``intake.take_in`` decides: sign as is, repair then sign, or refuse (libqpdf through
pikepdf, in-process); ``geometry.py`` keeps visible boxes on the page as displayed.
``sign_pdf`` repeats the strict pypdf checks on every signature and runs libqpdf's check only
when asked (``qpdf_check=True``).
"""

from docflow.signer import Signer, SignerError, SoftwareSigner
from docflow.signing.appearance import (
    Appearance,
    AppearanceError,
    attachment_stamp,
    copy_stamp,
    leader_appearance,
    seal_appearance,
    text_appearance,
)
from docflow.signing.checks import PdfFacts, check_signable
from docflow.signing.errors import (
    CertificationForbids,
    InvalidInput,
    KeyUnavailable,
    SigningError,
    TimestampUnavailable,
)
from docflow.signing.service import BatchResult, SignedPdf, sign_batch, sign_pdf

__all__ = [
    "Appearance",
    "AppearanceError",
    "BatchResult",
    "CertificationForbids",
    "InvalidInput",
    "KeyUnavailable",
    "PdfFacts",
    "SignedPdf",
    "Signer",
    "SignerError",
    "SigningError",
    "SoftwareSigner",
    "TimestampUnavailable",
    "attachment_stamp",
    "check_signable",
    "copy_stamp",
    "leader_appearance",
    "seal_appearance",
    "sign_batch",
    "sign_pdf",
    "text_appearance",
]

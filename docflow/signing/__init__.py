"""PAdES signing of PDF versions (endesive underneath, its defects handled here).

Public API: ``sign_pdf`` / ``sign_batch`` (service.py), the appearance helpers
(appearance.py), ``check_signable`` (checks.py), the ``Signer`` abstraction (signer.py) and
the ``SigningError`` family (errors.py). The ``docflow sign`` command lives in cli.py.
"""

from docflow.signing.appearance import (
    Appearance,
    AppearanceError,
    attachment_stamp,
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
from docflow.signing.signer import Signer, SignerError, SoftwareSigner

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
    "leader_appearance",
    "seal_appearance",
    "sign_batch",
    "sign_pdf",
    "text_appearance",
]

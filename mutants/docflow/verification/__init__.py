"""Verification of signed PDFs: the auditor's truth (see engine.py for who does what).

Public API: ``verify_pdf``, ``signed_revision``, ``TrustContext``, ``load_trust_anchors``,
``load_crls`` and the report dataclasses. Never imports flask.
"""

from .engine import SignatureNotFound, signed_revision, verify_pdf
from .report import (
    SCHEMA,
    Checks,
    Coverage,
    Indication,
    Modifications,
    SignatureReport,
    SignerInfo,
    SubIndication,
    TimestampInfo,
    VerificationReport,
)
from .trust import TrustContext, TrustStoreError, load_crls, load_trust_anchors

__all__ = [
    "SCHEMA", "Checks", "Coverage", "Indication", "Modifications", "SignatureNotFound",
    "SignatureReport", "SignerInfo", "SubIndication", "TimestampInfo", "TrustContext",
    "TrustStoreError", "VerificationReport", "load_crls", "load_trust_anchors",
    "signed_revision", "verify_pdf",
]

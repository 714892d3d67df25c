"""Independent judges of what docflow signs: pyHanko's validator, poppler's pdfsig, qpdf.

None of them is docflow code; each must accept every signature docflow produces.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import crl as a_crl
from asn1crypto import x509 as a509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class HankoVerdict:
    field: str
    intact: bool
    valid: bool
    trusted: bool
    coverage: str
    modification_level: str | None
    docmdp_ok: bool | None
    timestamp_trusted: bool | None
    subfilter: str
    docmdp: int | None


def pyhanko_validate(pdf: bytes, root: x509.Certificate) -> list[HankoVerdict]:
    der = root.public_bytes(serialization.Encoding.DER)
    vc = ValidationContext(trust_roots=[a509.Certificate.load(der)])
    reader = PdfFileReader(io.BytesIO(pdf), strict=True)
    out = []
    for sig in reader.embedded_signatures:
        if sig.sig_object.get("/Type") == "/DocTimeStamp":
            continue  # archive timestamps: pyhanko_lta_validate judges them with the signatures
        st = validate_pdf_signature(sig, vc)
        ts = st.timestamp_validity
        docmdp = sig.docmdp_level
        out.append(HankoVerdict(
            field=sig.field_name,
            intact=st.intact,
            valid=st.valid,
            trusted=st.trusted,
            coverage=st.coverage.name,
            modification_level=st.modification_level.name if st.modification_level else None,
            docmdp_ok=st.docmdp_ok,
            timestamp_trusted=(ts.intact and ts.valid and ts.trusted) if ts else None,
            subfilter=str(sig.sig_object["/SubFilter"]),
            docmdp=int(docmdp.value) if docmdp is not None else None,
        ))
    return out


def assert_pyhanko_accepts(pdf: bytes, root: x509.Certificate, count: int) -> list[HankoVerdict]:
    """Every signature intact, valid, trusted; the last covers the whole file, earlier ones
    their revision with only allowed later modifications."""
    verdicts = pyhanko_validate(pdf, root)
    assert len(verdicts) == count, verdicts
    archived = b"/DocTimeStamp" in pdf  # an archive timestamp (B-LTA) follows the last signature
    for i, v in enumerate(verdicts):
        assert v.intact and v.valid and v.trusted, v
        assert v.subfilter == "/ETSI.CAdES.detached", v
        if i == count - 1 and archived:
            assert v.coverage == "ENTIRE_REVISION" and v.modification_level == "LTA_UPDATES", v
        elif i == count - 1:
            assert v.coverage == "ENTIRE_FILE", v
        else:
            assert v.coverage == "ENTIRE_REVISION", v
            assert v.modification_level in ("LTA_UPDATES", "FORM_FILLING"), v
            assert v.docmdp_ok, v
    return verdicts


def nss_db(root: x509.Certificate, directory: Path) -> str:
    """An NSS database trusting ``root``, for pdfsig -nssdir (needs certutil)."""
    pem = directory / "root.pem"
    pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    subprocess.run(["certutil", "-N", "-d", f"sql:{directory}", "--empty-password"],
                   check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{directory}", "-n", "docflow-test-root",
                    "-t", "CT,C,C", "-i", str(pem)], check=True, capture_output=True)
    return f"sql:{directory}"


def pdfsig(pdf: bytes, nssdir: str | None) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        cmd = ["pdfsig", *(["-nssdir", nssdir] if nssdir else []), tmp.name]
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def assert_pdfsig_accepts(pdf: bytes, nssdir: str | None, count: int,
                          trusted: tuple[int, ...] | None = None) -> str:
    """pdfsig: every signature 'Signature is Valid'; certificates trusted where listed
    (default: all). pdfsig/NSS reports a *repeated* signer certificate as 'Unknown issue'
    on its second appearance (pyHanko-signed files too), so tests that reuse one signer
    list the signatures whose trust is checked."""
    out = pdfsig(pdf, nssdir)
    assert out.count("Signature is Valid.") == count, out
    blocks = out.split("Signature #")[1:]
    assert len(blocks) == count, out
    assert "Total document signed" in blocks[-1], out
    for i in trusted if trusted is not None else range(count):
        if nssdir:
            assert "Certificate is Trusted" in blocks[i], out
    return out


def qpdf_check(pdf: bytes) -> None:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        result = subprocess.run(["qpdf", "--check", tmp.name], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def require(binary: str) -> None:
    import pytest

    if shutil.which(binary) is None:
        pytest.skip(f"{binary} is not installed")


@dataclass(frozen=True)
class LtaVerdict:
    field: str
    passed: bool
    subindication: str
    evidence_time: object  # the oldest document timestamp after the signature, or None
    message: str | None


def pyhanko_lta_validate(pdf: bytes, root: x509.Certificate | list[x509.Certificate], at=None, *,
                         require_revocation: bool = True, crls: tuple[bytes, ...] = ()) -> list[LtaVerdict]:
    """pyHanko's PAdES-LTA validation (ETSI EN 319 102-1 §5.6.3, ``ades_lta_validation``: the
    successor of ``validate_pdf_ltv_signature`` with the PAdES-LTA profile in pyHanko 0.38)
    of every signature that is not a document timestamp, offline: only what the file and the
    trust root hold, revocation data required for every certificate. ``at``: the validation
    time (default now); ``crls``: DER CRLs known locally besides the file's (the trust
    store's, as docflow's ``TrustContext.crls``)."""
    import asyncio

    from pyhanko.sign.validation.ades import ades_lta_validation
    from pyhanko.sign.validation.policy_decl import (
        CertValidationPolicySpec,
        LocalKnowledge,
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.ltv.types import ValidationTimingInfo
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import SimpleTrustManager
    from pyhanko_certvalidator.revinfo.archival import CRLContainer

    required = (RevocationCheckingRule.CRL_OR_OCSP_REQUIRED if require_revocation
                else RevocationCheckingRule.CHECK_IF_DECLARED)
    roots = root if isinstance(root, list) else [root]
    spec = PdfSignatureValidationSpec(SignatureValidationSpec(
        cert_validation_policy=CertValidationPolicySpec(
            trust_manager=SimpleTrustManager.build(
                [a509.Certificate.load(r.public_bytes(serialization.Encoding.DER)) for r in roots]),
            revinfo_policy=CertRevTrustPolicy(RevocationCheckingPolicy(required, required)),
        ),
        revinfo_gathering_policy=RevocationInfoGatheringSpec(online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY),
        local_knowledge=LocalKnowledge(known_crls=[CRLContainer(a_crl.CertificateList.load(c)) for c in crls]),
    ))
    timing = ValidationTimingInfo(at, at, True) if at is not None else None
    reader = PdfFileReader(io.BytesIO(pdf), strict=True)
    out = []
    for sig in reader.embedded_signatures:
        if sig.sig_object.get("/Type") == "/DocTimeStamp":
            continue
        result = asyncio.run(ades_lta_validation(sig, spec, timing_info=timing))
        out.append(LtaVerdict(sig.field_name, bool(result.api_status and result.api_status.bottom_line),
                              str(result.ades_subindic), result.oldest_evidence_record_timestamp,
                              result.failure_msg))
    return out

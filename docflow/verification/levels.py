"""The PAdES baseline level a signature reaches (ETSI EN 319 142-1 §6): B-B, B-T, B-LT, B-LTA.

A level is reached only by what the verifier established, never by what a file merely holds:

- B-B: the signature is intact and its value verifies with a signer certificate found;
- B-T: and a trusted, intact timestamp proves when it existed (its signature timestamp, or a
  document timestamp in a later revision);
- B-LT: and the DSS holds, for every certificate of the signer's validated path and of each
  signature timestamp's TSA path, the certificate itself and revocation data about it (a CRL
  from its issuer, or an OCSP answer naming its serial), the trust anchor excepted;
- B-LTA: and a trusted, intact document timestamp covers a revision that already holds that
  DSS (the archive timestamp protects the validation data).

Document timestamps themselves have no level (None); so has a signature that is not even B-B.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import x509 as a_x509

from .cms import same_name

__all__ = ["LEVELS", "DocTimestampFact", "SignatureFact", "pades_level"]

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")


@dataclass(frozen=True)
class DocTimestampFact:
    revision: int  # 1-based revision the document timestamp signs
    proven: bool  # intact and from a trusted TSA


@dataclass(frozen=True)
class SignatureFact:
    kind: str
    revision: int | None
    basic_ok: bool  # intact, value verifies, signer certificate found
    timestamp_proven: bool  # its own signature timestamp: intact and trusted
    paths: Sequence[Sequence[a_x509.Certificate]]  # the signer's validated path, each TSA's


def _has_revocation(cert: a_x509.Certificate, crls: Sequence[a_crl.CertificateList],
                    ocsps: Sequence[a_ocsp.OCSPResponse]) -> bool:
    if any(same_name(c.issuer, cert.issuer) for c in crls):
        return True
    for resp in ocsps:
        try:
            for single in resp.basic_ocsp_response["tbs_response_data"]["responses"]:
                if single["cert_id"]["serial_number"].native == cert.serial_number:
                    return True
        except (ValueError, KeyError, TypeError):
            continue
    return False


def _long_term(paths: Sequence[Sequence[a_x509.Certificate]], certs: Sequence[a_x509.Certificate],
               crls: Sequence[a_crl.CertificateList], ocsps: Sequence[a_ocsp.OCSPResponse]) -> bool:
    if not paths or any(not p for p in paths):
        return False
    held = {c.sha256 for c in certs}
    for path in paths:
        for cert in path:
            if cert.self_signed != "no":
                continue  # the anchor: trusted as configured, nothing to revoke it
            if cert.sha256 not in held or not _has_revocation(cert, crls, ocsps):
                return False
    return True


def pades_level(sig: SignatureFact, doc_timestamps: Sequence[DocTimestampFact], *,
                dss: tuple[Sequence[a_x509.Certificate], Sequence[a_crl.CertificateList],
                           Sequence[a_ocsp.OCSPResponse]],
                dss_at: Callable[[int], bool]) -> str | None:
    """The level ``sig`` reaches; ``dss_at(revision)`` says whether that revision (1-based)
    already has a DSS in its catalog."""
    if sig.kind == "document_timestamp" or not sig.basic_ok or sig.revision is None:
        return None
    later = [t for t in doc_timestamps if t.proven and t.revision > sig.revision]
    if not (sig.timestamp_proven or later):
        return "B-B"
    if not _long_term(sig.paths, *dss):
        return "B-T"
    if any(dss_at(t.revision) for t in later):
        return "B-LTA"
    return "B-LT"

"""Revocation publishing: CRLs (DER) and an OCSP responder, both as pure functions.

The app keeps the facts (which serials a CA issued, which are revoked, when and why) in its
database; these functions turn them into signed DER. Nothing here stores state.

* ``build_crl(...) -> bytes`` – a CRL for one issuing CA, served at ``/pki/crl/<ca>.crl``.
* ``respond_ocsp(request_der, authorities) -> bytes`` – an RFC 6960 response for one request,
  served at ``/pki/ocsp`` (POST body, or base64 in the GET path). Signed by the CA itself or by
  a delegated responder certificate (EKU id-kp-OCSPSigning, issued by that CA). Requests for
  other issuers get ``unauthorized``; garbage gets ``malformedRequest``; a failing lookup
  gets ``internalError`` — never an exception into the web layer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from docflow.pki.errors import OcspRequestError, PkiError

__all__ = [
    "REVOCATION_REASONS",
    "Revocation",
    "CertificateStatus",
    "OcspAuthority",
    "parse_reason",
    "build_crl",
    "parse_ocsp_request",
    "respond_ocsp",
    "is_delegated_responder",
    "decode_ocsp_get",
]

log = logging.getLogger(__name__)

CaKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

# Reasons an administrator may pick (RFC 5280 §5.3.1); 'remove_from_crl' is not a reason.
REVOCATION_REASONS: dict[str, x509.ReasonFlags] = {
    flag.value: flag
    for flag in x509.ReasonFlags
    if flag not in (x509.ReasonFlags.remove_from_crl,)
}


def parse_reason(reason: str | x509.ReasonFlags | None) -> x509.ReasonFlags | None:
    """'keyCompromise' / 'key_compromise' / ReasonFlags → ReasonFlags; unknown text raises."""
    if reason is None or isinstance(reason, x509.ReasonFlags):
        return reason
    key = reason.strip()
    for value, flag in REVOCATION_REASONS.items():
        if key in (value, flag.name):
            return flag
    raise PkiError(f"unknown revocation reason {reason!r}", code="bad_revocation_reason")


@dataclass(frozen=True)
class Revocation:
    """One revoked certificate of a CA."""

    serial_number: int
    revoked_at: dt.datetime
    reason: x509.ReasonFlags | None = None


@dataclass(frozen=True)
class CertificateStatus:
    """What the CA knows about one serial number."""

    state: Literal["good", "revoked", "unknown"]
    revoked_at: dt.datetime | None = None
    reason: x509.ReasonFlags | None = None

    @classmethod
    def good(cls) -> CertificateStatus:
        return cls("good")

    @classmethod
    def unknown(cls) -> CertificateStatus:
        return cls("unknown")

    @classmethod
    def revoked(cls, revoked_at: dt.datetime,
                reason: x509.ReasonFlags | None = None) -> CertificateStatus:
        return cls("revoked", revoked_at, reason)


@dataclass(frozen=True)
class OcspAuthority:
    """A CA the responder answers for, and who signs the answers.

    ``responder_certificate``/``responder_key`` are the CA's own unless a delegated responder
    certificate (issued by this CA with EKU OCSPSigning) is given. ``status_of`` maps a serial
    issued by this CA to its status (``unknown`` for serials the CA never issued).
    """

    issuer: x509.Certificate
    status_of: Callable[[int], CertificateStatus]
    responder_certificate: x509.Certificate
    responder_key: CaKey

    def __repr__(self) -> str:  # keep the key out of logs
        return f"OcspAuthority(issuer={self.issuer.subject.rfc4514_string()!r})"


def _utc(when: dt.datetime | None) -> dt.datetime:
    when = when or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return when.astimezone(dt.UTC).replace(microsecond=0)


def build_crl(
    issuer: x509.Certificate,
    issuer_key: CaKey,
    revocations: Iterable[Revocation],
    *,
    number: int,
    this_update: dt.datetime | None = None,
    next_update: dt.datetime | None = None,
    validity: dt.timedelta = dt.timedelta(days=7),
) -> bytes:
    """A DER CRL signed by ``issuer``. ``number`` must grow with every CRL the CA publishes."""
    if number < 0:
        raise ValueError("the CRL number must not be negative")
    this = _utc(this_update)
    nxt = _utc(next_update) if next_update else this + validity
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(this)
        .next_update(nxt)
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    seen: set[int] = set()
    for rev in revocations:
        if rev.serial_number in seen:  # a CRL must not list a serial twice
            continue
        seen.add(rev.serial_number)
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(rev.serial_number)
            .revocation_date(_utc(rev.revoked_at))
        )
        if rev.reason is not None and rev.reason != x509.ReasonFlags.unspecified:
            entry = entry.add_extension(x509.CRLReason(rev.reason), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    crl = builder.sign(issuer_key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.DER)


def parse_ocsp_request(request_der: bytes) -> ocsp.OCSPRequest:
    """Parse a DER OCSPRequest (one CertID, as cryptography supports) or raise."""
    try:
        return ocsp.load_der_ocsp_request(request_der)
    except (ValueError, TypeError) as exc:
        raise OcspRequestError(f"not an OCSP request: {exc}") from None


def _key_bits(public_key: object) -> bytes:
    """The subjectPublicKey BIT STRING contents, as hashed into an OCSP CertID."""
    if isinstance(public_key, rsa.RSAPublicKey):
        return public_key.public_bytes(serialization.Encoding.DER,
                                       serialization.PublicFormat.PKCS1)
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return public_key.public_bytes(serialization.Encoding.X962,
                                       serialization.PublicFormat.UncompressedPoint)
    raise PkiError("unsupported CA key type")


def _hash(algorithm: hashes.HashAlgorithm, data: bytes) -> bytes:
    h = hashes.Hash(algorithm)
    h.update(data)
    return h.finalize()


def _matches(authority: OcspAuthority, req: ocsp.OCSPRequest) -> bool:
    alg = req.hash_algorithm
    return (
        _hash(alg, authority.issuer.subject.public_bytes()) == req.issuer_name_hash
        and _hash(alg, _key_bits(authority.issuer.public_key())) == req.issuer_key_hash
    )


def respond_ocsp(
    request_der: bytes,
    authorities: Sequence[OcspAuthority],
    *,
    now: dt.datetime | None = None,
    validity: dt.timedelta = dt.timedelta(hours=12),
) -> bytes:
    """Answer one DER OCSPRequest with a DER OCSPResponse (always bytes, never raises)."""
    try:
        req = parse_ocsp_request(request_der)
    except OcspRequestError:
        return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
    if not isinstance(req.hash_algorithm, hashes.SHA1 | hashes.SHA224 | hashes.SHA256
                      | hashes.SHA384 | hashes.SHA512):
        return _unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST)
    authority = next((a for a in authorities if _matches(a, req)), None)
    if authority is None:
        return _unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED)
    try:
        status = authority.status_of(req.serial_number)
    except Exception:  # the lookup is the app's; a failure must still yield an OCSP answer
        log.exception("OCSP status lookup failed for serial %x", req.serial_number)
        return _unsuccessful(ocsp.OCSPResponseStatus.INTERNAL_ERROR)
    this = _utc(now)
    cert_status = {
        "good": ocsp.OCSPCertStatus.GOOD,
        "revoked": ocsp.OCSPCertStatus.REVOKED,
        "unknown": ocsp.OCSPCertStatus.UNKNOWN,
    }[status.state]
    revoked = status.state == "revoked"
    builder = ocsp.OCSPResponseBuilder().add_response_by_hash(
        issuer_name_hash=req.issuer_name_hash,
        issuer_key_hash=req.issuer_key_hash,
        serial_number=req.serial_number,
        algorithm=req.hash_algorithm,
        cert_status=cert_status,
        this_update=this,
        next_update=this + validity,
        revocation_time=_utc(status.revoked_at) if revoked else None,
        revocation_reason=status.reason if revoked and status.reason
        not in (None, x509.ReasonFlags.unspecified) else None,
    )
    builder = builder.responder_id(ocsp.OCSPResponderEncoding.HASH,
                                   authority.responder_certificate)
    if authority.responder_certificate != authority.issuer:
        # a delegated responder must send its certificate so clients can check it
        builder = builder.certificates([authority.responder_certificate])
    try:
        nonce = req.extensions.get_extension_for_class(x509.OCSPNonce).value
    except x509.ExtensionNotFound:
        nonce = None
    if nonce is not None:
        builder = builder.add_extension(nonce, critical=False)
    response = builder.sign(authority.responder_key, hashes.SHA256())
    return response.public_bytes(serialization.Encoding.DER)


def decode_ocsp_get(path_segment: str) -> bytes:
    """The DER request of an RFC 6960 §A.1 GET (``/pki/ocsp/<url-encoded base64>``)."""
    import base64
    import binascii
    from urllib.parse import unquote

    try:
        return base64.b64decode(unquote(path_segment), validate=True)
    except (binascii.Error, ValueError):
        raise OcspRequestError("the OCSP GET request is not base64") from None


def _unsuccessful(status: ocsp.OCSPResponseStatus) -> bytes:
    return ocsp.OCSPResponseBuilder.build_unsuccessful(status).public_bytes(
        serialization.Encoding.DER
    )


def is_delegated_responder(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True if ``cert`` was issued by ``issuer`` and carries EKU id-kp-OCSPSigning."""
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        cert.verify_directly_issued_by(issuer)
    except (x509.ExtensionNotFound, ValueError, TypeError):
        return False
    except Exception:  # InvalidSignature
        return False
    return ExtendedKeyUsageOID.OCSP_SIGNING in eku

"""Certificate path validation at a point in time, with revocation.

pyhanko-certvalidator does the PKIX work (path building to the configured anchors only,
validity of every certificate at the proven signing time, CRL/OCSP processing, weak
algorithms in the chain). docflow supplies the revocation data itself (context, the
document's DSS, the CMS's adbe-revocationInfoArchival, and what ``RevocationFetcher``
fetched for a chain that already validates to an anchor: fetching.py) and always runs
certvalidator in point-in-time mode with fetching off, so the time really is the proven
signing time and nothing is fetched behind our back.

Key usage (digitalSignature or nonRepudiation) and extended key usage are checked here,
because certvalidator's usage check requires all listed bits while signatures need either.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from dataclasses import dataclass, field

from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import x509 as a_x509
from cryptography import x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from .cms import same_name
from .fetching import FetchRun, RevocationFetcher
from .report import SubIndication
from .trust import TrustContext

__all__ = ["ChainResult", "validate_chain", "SIGNING_EKUS", "key_usage_problem"]

# EKUs acceptable on a document signer, when the certificate restricts EKU at all.
SIGNING_EKUS = {
    "any_extended_key_usage",
    "1.3.6.1.5.5.7.3.36",  # id-kp-documentSigning (RFC 9336)
    "1.2.840.113583.1.1.5",  # Adobe Authentic Documents Trust
    "1.3.6.1.4.1.311.10.3.12",  # Microsoft document signing
    "email_protection",  # S/MIME certs are widely used for documents
    "client_auth",  # Vietnamese CA "token" certificates often carry only this
}


@dataclass
class ChainResult:
    trusted: bool = False
    valid_at_time: bool = False
    revocation: str = "unknown"
    revoked_at: dt.datetime | None = None
    algorithm_ok: bool = True
    failure: str | None = None  # sub-indication when not trusted
    problems: list[str] = field(default_factory=list)
    path: list[a_x509.Certificate] = field(default_factory=list)


def key_usage_problem(cert: a_x509.Certificate, *, timestamping: bool = False) -> str | None:
    ku = cert.key_usage_value
    if ku is not None:
        bits = set(ku.native)
        if not bits & {"digital_signature", "non_repudiation"}:
            return "the certificate's key usage does not allow signing (" + \
                ", ".join(sorted(bits)) + ")"
    eku = cert.extended_key_usage_value
    if timestamping:
        if eku is None or "time_stamping" not in set(eku.native):
            return "the timestamp authority certificate lacks the timeStamping purpose"
        return None
    if eku is not None and not set(eku.native) & SIGNING_EKUS:
        return "the certificate's extended key usage does not allow document signing (" + \
            ", ".join(sorted(eku.native)) + ")"
    return None


def _run(coro):
    """asyncio.run, also when called from inside a running loop (e.g. an async web app)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


def _fetch(cert: a_x509.Certificate, issuer: a_x509.Certificate,
           run: FetchRun) -> tuple[list[bytes], list[bytes], list[str]]:
    """Revocation data for ``cert``: its CRLs first (one answer serves every certificate of the
    issuer), its OCSP responders only when no CRL could be had."""
    crls, ocsps, failed = [], [], []
    for url in _crl_urls(cert):
        data = run.crl(url)
        (crls.append(data) if data else failed.append(url))
        if data:
            break
    if not crls:
        for url in cert.ocsp_urls:
            data = run.ocsp(url, x509.load_der_x509_certificate(cert.dump()),
                            x509.load_der_x509_certificate(issuer.dump()))
            (ocsps.append(data) if data else failed.append(url))
            if data:
                break
    return crls, ocsps, failed


def _find_issuer(cert: a_x509.Certificate, pool: list[a_x509.Certificate]):
    for c in pool:
        if c is not cert and same_name(c.subject, cert.issuer):
            return c
    return None


def _crl_urls(cert: a_x509.Certificate) -> list[str]:
    urls = []
    for point in cert.crl_distribution_points or []:
        try:
            if point.url:
                urls.append(point.url)
        except ValueError:  # a name relative to the issuer: nothing to fetch
            continue
    return urls


def _anchored_path(cert: a_x509.Certificate, other_certs: list[a_x509.Certificate],
                   anchors: list[a_x509.Certificate], moment: dt.datetime,
                   ctx: TrustContext) -> list[a_x509.Certificate]:
    """The validated path from ``cert`` (first) up to a configured anchor (last), with no
    revocation checking, or [] when there is none: only such chains may make the server
    fetch anything (the URLs of a chain nobody trusts are the attacker's to choose)."""
    if not anchors or cert.self_signed != "no":
        return []
    no_check = RevocationCheckingPolicy(RevocationCheckingRule.NO_CHECK, RevocationCheckingRule.NO_CHECK)
    vc = ValidationContext(trust_roots=anchors, other_certs=other_certs, moment=moment, allow_fetching=False,
                           revinfo_policy=CertRevTrustPolicy(no_check), weak_hash_algos=set(ctx.weak_hashes))
    try:
        path = _run(CertificateValidator(cert, intermediate_certs=other_certs,
                                         validation_context=vc).async_validate_path())
    except (cv_errors.PathBuildingError, cv_errors.PathValidationError, cv_errors.ValidationError,
            cv_errors.InvalidCertificateError, ValueError):
        return []
    return list(reversed(list(path.iter_certs(include_root=True))))


def validate_chain(
    cert: a_x509.Certificate,
    other_certs: list[a_x509.Certificate],
    ctx: TrustContext,
    moment: dt.datetime,
    *,
    crls: list[a_crl.CertificateList] | None = None,
    ocsps: list[a_ocsp.OCSPResponse] | None = None,
    timestamping: bool = False,
    revocation_mode: str = "hard-fail",
    fetches: FetchRun | None = None,
) -> ChainResult:
    out = ChainResult()
    anchors = ctx.asn1_anchors()
    all_crls = ctx.asn1_crls() + list(crls or [])
    all_ocsps = ctx.asn1_ocsps() + list(ocsps or [])
    fetch_failures: list[str] = []
    if ctx.fetch_revocation:
        run = fetches or (ctx.fetcher or RevocationFetcher.shared(ctx.fetch_timeout)).begin()
        path = _anchored_path(cert, other_certs, anchors, moment, ctx)
        for current, issuer in zip(path, path[1:], strict=False):
            c, o, f = _fetch(current, issuer, run)
            all_crls += [a_crl.CertificateList.load(d) for d in c]
            all_ocsps += [a_ocsp.OCSPResponse.load(d) for d in o]
            fetch_failures += f
    # Revocation data that speaks about the signer must be used even when the certificate
    # names no CRL/OCSP location (certvalidator's "hard-fail" only checks declared ones).
    ee_rule = (RevocationCheckingRule.CRL_OR_OCSP_REQUIRED
               if ctx.require_revocation or _revocation_status(cert, all_crls, all_ocsps) == "good"
               else RevocationCheckingRule.CHECK_IF_DECLARED
               if revocation_mode == "hard-fail"
               else RevocationCheckingRule.CHECK_IF_DECLARED_SOFT)
    ca_rule = (RevocationCheckingRule.CRL_OR_OCSP_REQUIRED if ctx.require_revocation
               else RevocationCheckingRule.CHECK_IF_DECLARED
               if revocation_mode == "hard-fail"
               else RevocationCheckingRule.CHECK_IF_DECLARED_SOFT)
    vc = ValidationContext(
        trust_roots=anchors,
        other_certs=other_certs,
        moment=moment,
        allow_fetching=False,
        crls=all_crls,
        ocsps=all_ocsps,
        # retroactive: a CRL issued after the signing time still speaks for that time
        revinfo_policy=CertRevTrustPolicy(RevocationCheckingPolicy(ee_rule, ca_rule),
                                          retroactive_revinfo=True),
        weak_hash_algos=set(ctx.weak_hashes),
    )
    if cert.self_signed != "no" and not any(cert.sha256 == a.sha256 for a in anchors):
        out.failure = SubIndication.NO_CERTIFICATE_CHAIN_FOUND
        out.problems.append(f"'{_cn(cert)}' is self-signed and not a trust anchor")
        return out
    validator = CertificateValidator(cert, intermediate_certs=other_certs, validation_context=vc)
    try:
        path = _run(validator.async_validate_path())
        out.path = list(path.iter_certs(include_root=True)) if hasattr(path, "iter_certs") else []
        out.trusted = True
        out.valid_at_time = True
    except cv_errors.PathBuildingError as exc:
        out.failure = SubIndication.NO_CERTIFICATE_CHAIN_FOUND
        out.problems.append("no chain to a trusted anchor was found for "
                            f"'{_cn(cert)}' ({exc})")
    except cv_errors.RevokedError as exc:
        out.failure = SubIndication.REVOKED
        out.revocation = "revoked"
        out.revoked_at = exc.revocation_dt
        out.problems.append(str(exc))
    except cv_errors.ExpiredError as exc:
        out.failure = SubIndication.OUT_OF_BOUNDS_NO_POE
        out.problems.append(f"a certificate was expired at {moment.isoformat()}: {exc}")
    except cv_errors.NotYetValidError as exc:
        out.failure = SubIndication.NOT_YET_VALID
        out.problems.append(f"a certificate was not yet valid at {moment.isoformat()}: {exc}")
    except cv_errors.DisallowedAlgorithmError as exc:
        out.failure = SubIndication.CRYPTO_CONSTRAINTS_FAILURE
        out.algorithm_ok = False
        out.problems.append(f"weak algorithm in the certificate chain: {exc}")
    except cv_errors.InsufficientRevinfoError as exc:
        if not cert.not_valid_before <= moment <= cert.not_valid_after:
            # certvalidator asks for revocation data before it looks at the dates: a certificate
            # outside its validity needs a proof of existence, not fresher revocation data
            out.failure = SubIndication.OUT_OF_BOUNDS_NO_POE
            out.problems.append(f"the certificate '{_cn(cert)}' was not valid at {moment.isoformat()} "
                                f"(valid {cert.not_valid_before.isoformat()} to {cert.not_valid_after.isoformat()})")
            return out
        out.failure = SubIndication.TRY_LATER
        out.valid_at_time = True
        out.problems.append("revocation status could not be established"
                            + (f" (unreachable: {', '.join(fetch_failures)})"
                               if fetch_failures else "") + f": {exc}")
    except (cv_errors.PathValidationError, cv_errors.InvalidCertificateError,
            cv_errors.ValidationError) as exc:
        out.failure = SubIndication.CHAIN_CONSTRAINTS_FAILURE
        out.problems.append(f"the certificate chain is not valid: {exc}")
    if out.trusted:
        out.revocation = _revocation_status(cert, all_crls, all_ocsps)
        revoked_later = _revoked_after(cert, all_crls)
        if revoked_later is not None:
            out.revoked_at = revoked_later
            out.problems.append(
                f"the certificate was revoked on {revoked_later.isoformat()}, after the proven "
                f"signing time {moment.isoformat()}"
            )
    return out


def _cn(cert: a_x509.Certificate) -> str:
    return cert.subject.native.get("common_name", cert.subject.human_friendly)


def _revocation_status(cert, crls, ocsps) -> str:
    """'good' when revocation data about this certificate was available (certvalidator
    already checked it and found no revocation before the moment), else 'unknown'."""
    for c in crls:
        if same_name(c.issuer, cert.issuer):
            return "good"
    for resp in ocsps:
        try:
            for single in resp.basic_ocsp_response["tbs_response_data"]["responses"]:
                if single["cert_id"]["serial_number"].native == cert.serial_number:
                    return "good"
        except (ValueError, KeyError, TypeError):
            continue
    return "unknown"


def _revoked_after(cert, crls) -> dt.datetime | None:
    for c in crls:
        if not same_name(c.issuer, cert.issuer):
            continue
        for entry in c["tbs_cert_list"]["revoked_certificates"]:
            if entry["user_certificate"].native == cert.serial_number:
                return entry["revocation_date"].native
    return None

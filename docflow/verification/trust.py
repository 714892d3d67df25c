"""What the verifier trusts: anchors, offline revocation data, time, algorithm policy.

- ``TrustContext`` is an immutable description of one verification run's trust decisions.
- ``load_trust_anchors(paths)`` reads PEM/DER certificates from files or directories (the
  CLI's ``--trust`` and the app's trust store in ``certs/``); with ``skipped=[]`` an
  unreadable anchor is skipped and named instead of aborting the whole run.
- ``load_crls(paths)`` reads PEM/DER CRLs (the CLI's ``--crl``).
- ``RevocationFetcher`` (``fetching.py``) fetches CRLs and OCSP responses named in the
  certificates of trusted chains, through ``docflow.outbound`` and within a per-verification
  budget. Failures are reported: the engine turns "could not fetch" into
  INDETERMINATE/TRY_LATER, never into "good".

Only the anchors given here are trusted; there is deliberately no fallback to a TLS root
bundle (endesive trusts certifi's roots, which is wrong for document signatures).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import pem
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .fetching import RevocationFetcher

__all__ = [
    "TrustContext",
    "TrustStoreError",
    "load_trust_anchors",
    "load_crls",
    "RevocationFetcher",
    "DEFAULT_MAX_SIZE",
]

DEFAULT_MAX_SIZE = 512 * 1024 * 1024
_CERT_SUFFIXES = {".pem", ".crt", ".cer", ".der"}


class TrustStoreError(Exception):
    """A trust anchor or CRL path could not be read (the CLI maps this to exit 64)."""


def _der_blocks(data: bytes) -> list[bytes]:
    if pem.detect(data):
        return [der for _, _, der in pem.unarmor(data, multiple=True)]
    return [data]


def _to_asn1_cert(cert: x509.Certificate | a_x509.Certificate | bytes) -> a_x509.Certificate:
    if isinstance(cert, a_x509.Certificate):
        return cert
    if isinstance(cert, x509.Certificate):
        return a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return a_x509.Certificate.load(_der_blocks(cert)[0])


def load_trust_anchors(paths: Iterable[str | Path], *,
                       skipped: list[str] | None = None) -> tuple[x509.Certificate, ...]:
    """Certificates from PEM/DER files and from directories of them (non-recursive).

    A missing path raises ``TrustStoreError``. A file (or one PEM block of it) that holds no
    readable certificate raises too, unless ``skipped`` is given: then it is left out and a
    line naming it and the reason is appended to ``skipped`` (``docflow verify`` reports
    these and goes on with the anchors that could be read, instead of refusing the run).
    """
    anchors: list[x509.Certificate] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in _CERT_SUFFIXES)
        elif path.is_file():
            files = [path]
        else:
            raise TrustStoreError(f"trust anchor path not found: {path}")
        for file in files:
            try:
                blocks = _der_blocks(file.read_bytes())
            except (OSError, ValueError) as exc:
                _skip_or_raise(skipped, f"not a certificate: {file} ({exc})")
                continue
            for number, der in enumerate(blocks, 1):
                try:
                    anchors.append(x509.load_der_x509_certificate(der))
                except ValueError as exc:
                    where = f"{file}, block {number}" if len(blocks) > 1 else str(file)
                    _skip_or_raise(skipped, f"not a certificate: {where} ({exc})")
    return tuple(anchors)


def _skip_or_raise(skipped: list[str] | None, message: str) -> None:
    if skipped is None:
        raise TrustStoreError(message)
    skipped.append(message)


def load_crls(paths: Iterable[str | Path]) -> tuple[bytes, ...]:
    """DER bytes of every CRL in the given PEM/DER files."""
    out: list[bytes] = []
    for raw in paths:
        path = Path(raw)
        try:
            data = path.read_bytes()
            for der in _der_blocks(data):
                a_crl.CertificateList.load(der).native  # noqa: B018 - parse now, fail early
                out.append(der)
        except (OSError, ValueError) as exc:
            raise TrustStoreError(f"not a CRL: {path} ({exc})") from exc
    return tuple(out)


@dataclass(frozen=True)
class TrustContext:
    """The trust decisions for one verification.

    ``validation_time`` defaults to "now" at verification. ``fetch_revocation`` lets the
    engine fetch CRLs/OCSP named in the certificates of trusted chains, through ``fetcher``
    (default: the process's, public addresses only, ``fetch_timeout`` seconds a call).
    ``require_revocation`` demands revocation data for every certificate, also for those
    that publish no CRL/OCSP location (otherwise such certificates report "unknown").
    """

    trust_anchors: tuple[x509.Certificate, ...] = ()
    crls: tuple[bytes, ...] = ()
    ocsp_responses: tuple[bytes, ...] = ()
    validation_time: dt.datetime | None = None
    fetch_revocation: bool = True
    fetch_timeout: float = 3.0
    require_revocation: bool = False
    min_rsa_bits: int = 2048
    weak_hashes: frozenset[str] = frozenset({"md2", "md5", "sha1"})
    # verification.algorithms.AlgorithmPolicy: end dates judged at the validation time (None: not applied)
    algorithm_policy: Any = None
    max_size: int = DEFAULT_MAX_SIZE
    fetcher: RevocationFetcher | None = field(default=None, compare=False)

    def asn1_anchors(self) -> list[a_x509.Certificate]:
        return [_to_asn1_cert(c) for c in self.trust_anchors]

    def asn1_crls(self) -> list[a_crl.CertificateList]:
        return [a_crl.CertificateList.load(_der_blocks(c)[0]) for c in self.crls]

    def asn1_ocsps(self) -> list[a_ocsp.OCSPResponse]:
        return [a_ocsp.OCSPResponse.load(o) for o in self.ocsp_responses]

"""What the verifier trusts: anchors, offline revocation data, time, algorithm policy.

- ``TrustContext`` is an immutable description of one verification run's trust decisions.
- ``load_trust_anchors(paths)`` reads PEM/DER certificates from files or directories (the
  CLI's ``--trust`` and the app's trust store in ``certs/``).
- ``load_crls(paths)`` reads PEM/DER CRLs (the CLI's ``--crl``).
- ``RevocationFetcher`` fetches CRLs and OCSP responses named in certificates over HTTP with
  a short timeout and an in-memory cache. Failures are remembered and reported: the engine
  turns "could not fetch" into INDETERMINATE/TRY_LATER, never into "good".

Only the anchors given here are trusted; there is deliberately no fallback to a TLS root
bundle (endesive trusts certifi's roots, which is wrong for document signatures).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import pem
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

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


def load_trust_anchors(paths: Iterable[str | Path]) -> tuple[x509.Certificate, ...]:
    """Certificates from PEM/DER files and from directories of them (non-recursive).

    Raises ``TrustStoreError`` for a missing path or a file that holds no certificate.
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
                data = file.read_bytes()
                for der in _der_blocks(data):
                    anchors.append(x509.load_der_x509_certificate(der))
            except (OSError, ValueError) as exc:
                raise TrustStoreError(f"not a certificate: {file} ({exc})") from exc
    return tuple(anchors)


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
    engine fetch CRLs/OCSP named in certificates (``fetch_timeout`` seconds each).
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
    max_size: int = DEFAULT_MAX_SIZE
    fetcher: RevocationFetcher | None = field(default=None, compare=False)

    def asn1_anchors(self) -> list[a_x509.Certificate]:
        return [_to_asn1_cert(c) for c in self.trust_anchors]

    def asn1_crls(self) -> list[a_crl.CertificateList]:
        return [a_crl.CertificateList.load(_der_blocks(c)[0]) for c in self.crls]

    def asn1_ocsps(self) -> list[a_ocsp.OCSPResponse]:
        return [a_ocsp.OCSPResponse.load(o) for o in self.ocsp_responses]


_SHARED_FETCHER: RevocationFetcher | None = None
_SHARED_LOCK = threading.Lock()


class RevocationFetcher:
    """HTTP fetching of CRLs and OCSP responses with an in-memory cache.

    Only ``http://`` URLs are fetched (CRL/OCSP are signed objects; that is the PKIX norm).
    Results, including failures, are cached per URL (per URL + serial for OCSP) for the
    process lifetime so that a batch of files does not hammer a CA.
    """

    def __init__(self, timeout: float = 3.0) -> None:
        self.timeout = timeout
        self._crl_cache: dict[str, bytes | None] = {}
        self._ocsp_cache: dict[tuple[str, int], bytes | None] = {}
        self._lock = threading.Lock()

    @staticmethod
    def shared(timeout: float = 3.0) -> RevocationFetcher:
        global _SHARED_FETCHER
        with _SHARED_LOCK:
            if _SHARED_FETCHER is None:
                _SHARED_FETCHER = RevocationFetcher(timeout)
            return _SHARED_FETCHER

    def _get(self, url: str, body: bytes | None = None) -> bytes | None:
        import requests  # local: only needed when something is actually fetched

        if not url.lower().startswith("http://"):
            return None
        try:
            if body is None:
                resp = requests.get(url, timeout=self.timeout)
            else:
                resp = requests.post(
                    url, data=body, timeout=self.timeout,
                    headers={"Content-Type": "application/ocsp-request"},
                )
        except requests.RequestException:
            return None
        if resp.status_code != 200:
            return None
        return resp.content

    def crl(self, url: str) -> bytes | None:
        with self._lock:
            if url in self._crl_cache:
                return self._crl_cache[url]
        data = self._get(url)
        if data is not None:
            try:
                data = _der_blocks(data)[0]
                a_crl.CertificateList.load(data).native  # noqa: B018
            except ValueError:
                data = None
        with self._lock:
            self._crl_cache[url] = data
        return data

    def ocsp(self, url: str, cert: x509.Certificate, issuer: x509.Certificate) -> bytes | None:
        key = (url, cert.serial_number)
        with self._lock:
            if key in self._ocsp_cache:
                return self._ocsp_cache[key]
        from cryptography.x509 import ocsp

        req = (
            ocsp.OCSPRequestBuilder()
            .add_certificate(cert, issuer, hashes.SHA256())
            .build()
            .public_bytes(serialization.Encoding.DER)
        )
        data = self._get(url, req)
        if data is not None:
            try:
                parsed = a_ocsp.OCSPResponse.load(data)
                if parsed["response_status"].native != "successful":
                    data = None
            except ValueError:
                data = None
        with self._lock:
            self._ocsp_cache[key] = data
        return data

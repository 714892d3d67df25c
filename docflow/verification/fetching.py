"""Fetching CRLs and OCSP responses that no attacker steers.

A PDF's certificates name the URLs their revocation data lives at; whoever made the PDF chose
them. So (``chain.validate_chain`` decides *whether*, this module *how*):

- only certificates of a chain that already validates to a configured trust anchor are
  looked up (an attacker's self-made chain makes the server call nothing);
- every call goes through ``docflow.outbound``: http/https only, public addresses or networks
  the administrator allowed (``DOCFLOW_WEBHOOK_ALLOWED_NETWORKS``), the checked address
  connected to, no redirect to another host, one deadline per call;
- one verification makes at most ``max_urls`` network calls in at most ``max_seconds`` in
  total (``FetchRun``); what is left over is reported as not fetched, and the chain check
  turns missing data into INDETERMINATE/TRY_LATER, never into "good";
- answers (and, for a minute, failures) are kept in a cache the workers share
  (``revocation_cache``); ``offline`` (``DOCFLOW_REVOCATION_FETCH=off``) makes no call at all
  and uses only what is cached or local;
- every lookup is recorded (``FetchRecord``: URL, result, time) and goes into the report.

``RevocationFetcher.local_answer`` lets the installation answer for its own CA from the
database (``docflow.runtime``); such answers are not network calls and use no budget.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import pem
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from ..outbound import OutboundFailed, OutboundPolicy, OutboundRefused, request
from .revocation_cache import MemoryRevocationCache, RevocationCache

__all__ = ["FetchRecord", "FetchRun", "RevocationFetcher", "FetchResult", "MAX_URLS", "MAX_SECONDS"]

MAX_URLS = 4  # network calls per verification
MAX_SECONDS = 5.0  # network time per verification
FAILURE_TTL = 60  # seconds a failed URL is not asked again
MAX_CRL_BYTES = 20 * 1024 * 1024
MAX_OCSP_BYTES = 64 * 1024


class FetchResult:
    FETCHED = "fetched"  # asked over the network, got a usable answer
    CACHED = "cached"  # a usable answer from the shared cache
    LOCAL = "local"  # answered by this installation's own CA from its database
    FAILED = "failed"  # asked (now or in the last minute), no usable answer
    REFUSED = "refused"  # the address is not one docflow calls
    BUDGET = "not_fetched_budget"  # this verification's calls or time were used up
    OFFLINE = "not_fetched_offline"  # DOCFLOW_REVOCATION_FETCH=off


@dataclass(frozen=True)
class FetchRecord:
    """One revocation lookup of a verification."""

    url: str
    kind: str  # crl | ocsp
    result: str  # a FetchResult value
    duration_ms: int
    detail: str | None = None  # why it failed or was refused

    @property
    def usable(self) -> bool:
        return self.result in (FetchResult.FETCHED, FetchResult.CACHED, FetchResult.LOCAL)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "kind": self.kind, "result": self.result, "ms": self.duration_ms,
                "detail": self.detail}


_NOT_LOCAL = object()


def _unarmor(data: bytes) -> bytes:
    if pem.detect(data):
        return pem.unarmor(data)[2]
    return data


def _crl_ttl(der: bytes) -> int:
    try:
        nxt = a_crl.CertificateList.load(der)["tbs_cert_list"]["next_update"].native
    except (ValueError, KeyError, TypeError):
        nxt = None
    return _ttl_until(nxt, default=3600)


def _ttl_until(moment: dt.datetime | None, default: int) -> int:
    if moment is None:
        return default
    seconds = int((moment - dt.datetime.now(dt.UTC)).total_seconds())
    return max(60, min(seconds, 24 * 3600))


class FetchRun:
    """The fetches of one verification: its budget, its log and what it already asked."""

    def __init__(self, fetcher: RevocationFetcher, max_urls: int, max_seconds: float) -> None:
        self.fetcher = fetcher
        self.max_urls, self.max_seconds = max_urls, max_seconds
        self.calls = 0
        self.spent = 0.0
        self.records: list[FetchRecord] = []
        self._seen: dict[str, bytes | None] = {}
        self._lock = threading.Lock()

    def crl(self, url: str) -> bytes | None:
        return self._lookup("crl", url, f"crl|{url}", None)

    def ocsp(self, url: str, cert: x509.Certificate, issuer: x509.Certificate) -> bytes | None:
        key = f"ocsp|{url}|{issuer.fingerprint(hashes.SHA256()).hex()}|{cert.serial_number:x}"
        return self._lookup("ocsp", url, key, (cert, issuer))

    def _record(self, url: str, kind: str, result: str, started: float, detail: str | None = None) -> None:
        self.records.append(FetchRecord(url[:500], kind, result, int((time.monotonic() - started) * 1000),
                                        detail[:300] if detail else None))

    def _lookup(self, kind: str, url: str, key: str, pair: tuple | None) -> bytes | None:
        with self._lock:
            if key in self._seen:
                return self._seen[key]
            data = self._lookup_once(kind, url, key, pair)
            self._seen[key] = data
            return data

    def _lookup_once(self, kind: str, url: str, key: str, pair: tuple | None) -> bytes | None:
        f = self.fetcher
        started = time.monotonic()
        body = f.ocsp_request(*pair) if pair is not None else None
        local = f.local_answer(url, body)
        if local is not _NOT_LOCAL:
            data = f.parse(kind, local)  # type: ignore[arg-type]
            self._record(url, kind, FetchResult.LOCAL if data else FetchResult.FAILED, started,
                         None if data else "the local CA has no answer for this address")
            return data
        found, cached = f.cache.get(key)
        if found:
            if cached is None:
                self._record(url, kind, FetchResult.FAILED, started,
                             "failed less than a minute ago; not asked again yet")
            else:
                self._record(url, kind, FetchResult.CACHED, started)
            return cached
        if f.offline:
            self._record(url, kind, FetchResult.OFFLINE, started, "revocation fetching is off")
            return None
        remaining = self.max_seconds - self.spent
        if self.calls >= self.max_urls or remaining <= 0.05:
            self._record(url, kind, FetchResult.BUDGET, started,
                         f"at most {self.max_urls} calls and {self.max_seconds:g} s per verification")
            return None
        self.calls += 1
        try:
            raw = f._get(url, body, timeout=min(f.timeout, remaining))
            data = f.parse(kind, raw)
            if data is None:
                raise OutboundFailed(f"the answer is not a usable {kind.upper()}")
        except OutboundRefused as exc:
            self.spent += time.monotonic() - started
            self._record(url, kind, FetchResult.REFUSED, started, exc.reason)
            return None
        except OutboundFailed as exc:
            self.spent += time.monotonic() - started
            self._record(url, kind, FetchResult.FAILED, started, str(exc))
            f.cache.put(key, url, None, FAILURE_TTL)
            return None
        self.spent += time.monotonic() - started
        self._record(url, kind, FetchResult.FETCHED, started)
        f.cache.put(key, url, data, _crl_ttl(data) if kind == "crl" else f.ocsp_ttl(data))
        return data


_SHARED: RevocationFetcher | None = None
_SHARED_LOCK = threading.Lock()


@dataclass
class RevocationFetcher:
    """The transport, the policy and the cache; ``begin()`` starts one verification's run.

    ``timeout`` bounds each call; ``max_urls`` / ``max_seconds`` bound a verification.
    """

    timeout: float = 3.0
    policy: OutboundPolicy = field(default_factory=OutboundPolicy)
    cache: RevocationCache = field(default_factory=MemoryRevocationCache)
    offline: bool = False
    max_urls: int = MAX_URLS
    max_seconds: float = MAX_SECONDS

    @staticmethod
    def shared(timeout: float = 3.0) -> RevocationFetcher:
        """One per process, public addresses only, in-memory cache (library use, no installation)."""
        global _SHARED
        with _SHARED_LOCK:
            if _SHARED is None:
                _SHARED = RevocationFetcher(timeout)
            return _SHARED

    def begin(self) -> FetchRun:
        return FetchRun(self, self.max_urls, self.max_seconds)

    # -- hooks -----------------------------------------------------------------------------

    def local_answer(self, url: str, body: bytes | None) -> Any:
        """The answer for ``url`` without the network (bytes or None), or ``_NOT_LOCAL``."""
        return _NOT_LOCAL

    def _get(self, url: str, body: bytes | None = None, *, timeout: float | None = None) -> bytes:
        """One network call under docflow.outbound's rules; raises OutboundRefused/OutboundFailed."""
        kind_limit = MAX_CRL_BYTES if body is None else MAX_OCSP_BYTES
        resp = request("GET" if body is None else "POST", url, policy=self.policy,
                       timeout=timeout if timeout is not None else self.timeout, body=body,
                       headers={} if body is None else {"Content-Type": "application/ocsp-request"},
                       max_bytes=kind_limit, redirects=2)  # a CRL moved on its own server
        if resp.status != 200:
            raise OutboundFailed(f"HTTP {resp.status}")
        return resp.body

    # -- parsing ---------------------------------------------------------------------------

    @staticmethod
    def ocsp_request(cert: x509.Certificate, issuer: x509.Certificate) -> bytes:
        from cryptography.x509 import ocsp

        return (ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256()).build()
                .public_bytes(serialization.Encoding.DER))

    @staticmethod
    def parse(kind: str, raw: bytes | None) -> bytes | None:
        """DER of a well-formed CRL / successful OCSP response, else None."""
        if not raw:
            return None
        try:
            if kind == "crl":
                der = _unarmor(raw)
                a_crl.CertificateList.load(der).native  # noqa: B018 - parse now, fail early
                return der
            parsed = a_ocsp.OCSPResponse.load(raw)
            if parsed["response_status"].native != "successful":
                return None
            parsed.basic_ocsp_response  # noqa: B018
            return raw
        except (ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def ocsp_ttl(der: bytes) -> int:
        try:
            single = a_ocsp.OCSPResponse.load(der).basic_ocsp_response["tbs_response_data"]["responses"][0]
            nxt = single["next_update"].native
        except (ValueError, KeyError, TypeError, IndexError):
            nxt = None
        return min(_ttl_until(nxt, default=600), 3600)

    # -- compatibility: a lookup outside any verification (one-call run) -------------------

    def crl(self, url: str) -> bytes | None:
        return self.begin().crl(url)

    def ocsp(self, url: str, cert: x509.Certificate, issuer: x509.Certificate) -> bytes | None:
        return self.begin().ocsp(url, cert, issuer)

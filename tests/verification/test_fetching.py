"""Revocation fetching that no attacker steers (issue 13, defect 3), against real HTTP servers.

Each rule has its test: untrusted chains make the server call nothing; private addresses
(also behind a name) are refused unless allowed; redirects to another host are refused; the
connection goes to the address that was checked; a verification makes a few calls in a few
seconds at most, also against servers that trickle; answers are shared through the cache;
``offline`` calls nothing; every lookup is in the report.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field

import pytest
from cryptography.hazmat.primitives import serialization

from docflow.outbound import OutboundPolicy
from docflow.verification import TrustContext, verify_pdf
from docflow.verification.fetching import RevocationFetcher
from docflow.verification.revocation_cache import MemoryRevocationCache
from tests.support.pki import NOW, TestCA

from .corpus import sign

LOOPBACK = OutboundPolicy((ipaddress.ip_network("127.0.0.1/32"),))


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between single bytes of the body


class Server:
    """A real HTTP server on 127.0.0.1 with routes, recording every request it gets."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, str, str]] = []  # (method, path, Host header)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                outer.hits.append((self.command, self.path, self.headers.get("Host", "")))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                route = outer.routes.get(self.path, Route(404))
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(route.body) if not route.trickle else 100_000))
                self.send_header("Connection", "close")
                self.end_headers()
                if route.trickle:
                    try:
                        for _ in range(100_000):
                            self.wfile.write(b"0")
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    except OSError:
                        return
                else:
                    self.wfile.write(route.body)

            do_GET = do_POST = _serve  # noqa: N815

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def other_server():
    s = Server()
    yield s
    s.close()


def _der(crl) -> bytes:
    return crl.public_bytes(serialization.Encoding.DER)


def _pki(base: str, name: str):
    """root (anchor) → CA whose certificates name ``base``/ca.crl → signer."""
    root = TestCA(f"{name} Root")
    ca = TestCA(f"{name} CA", parent=root, crl_url=f"{base}/ca.crl")
    return root, ca, ca.issue(f"{name} Signer")


def _ctx(root, fetcher) -> TrustContext:
    # the CA certificate itself is checked against the root's own CRL, given offline
    return TrustContext(trust_anchors=(root.cert,), crls=(_der(root.crl()),), fetcher=fetcher)


def test_untrusted_chain_makes_the_server_call_nothing(world, server):
    """Defect 3: an attacker's own chain, URLs pointing at a server inside the network."""
    attacker_root = TestCA("Attacker Root")
    attacker_ca = TestCA("Attacker CA", parent=attacker_root, crl_url=f"{server.base}/probe.crl",
                         ocsp_url=f"{server.base}/probe-ocsp")
    forger = attacker_ca.issue("Forger")
    server.routes["/probe.crl"] = Route(body=_der(attacker_ca.crl()))
    fetcher = RevocationFetcher(timeout=2, policy=LOOPBACK)  # the address would be allowed
    report = verify_pdf(sign(world.letter, forger), TrustContext(trust_anchors=(world.root.cert,),
                                                                 fetcher=fetcher))
    assert report.signatures[0].subindication == "NO_CERTIFICATE_CHAIN_FOUND"
    assert server.hits == []
    assert report.revocation_fetches == ()


def test_trusted_chain_fetches_and_reports(world, server):
    root, ca, signer = _pki(server.base, "Good")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK)))
    sig = report.signatures[0]
    assert sig.indication == "TOTAL_PASSED" and sig.checks.revocation == "good"
    [record] = report.revocation_fetches
    assert (record.url, record.kind, record.result) == (f"{server.base}/ca.crl", "crl", "fetched")
    assert record.duration_ms >= 0
    assert report.to_json()["revocation_fetches"] == [record.to_json()]


def test_private_address_refused_unless_allowed(world, server):
    """localhost really resolves to a loopback address: refused without an administrator's
    allowance, and nothing reaches the server."""
    base = f"http://localhost:{server.port}"
    root, ca, signer = _pki(base, "Private")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2)))
    sig = report.signatures[0]
    assert (sig.indication, sig.subindication) == ("INDETERMINATE", "TRY_LATER")
    assert server.hits == []
    [record] = report.revocation_fetches
    assert record.result == "refused" and "private or local network" in record.detail
    allowed = RevocationFetcher(timeout=2, policy=OutboundPolicy((ipaddress.ip_network("127.0.0.0/8"),
                                                                  ipaddress.ip_network("::1/128"))))
    assert verify_pdf(sign(world.letter, signer), _ctx(root, allowed)).verdict == "TOTAL_PASSED"
    assert len(server.hits) == 1


def test_a_name_resolving_to_a_private_address_is_refused(world, server):
    """A public-looking name whose DNS answer is private (the usual SSRF trick)."""
    calls = []

    def resolve(host, port, **kw):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]

    root, ca, signer = _pki("http://crl.example.com", "Sneaky")
    fetcher = RevocationFetcher(timeout=2, policy=OutboundPolicy(resolve=resolve))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, fetcher))
    assert report.signatures[0].subindication == "TRY_LATER"
    assert [r.result for r in report.revocation_fetches] == ["refused"]
    assert calls == ["crl.example.com"]


def test_only_http_and_https(world):
    root = TestCA("Scheme Root")
    ca = TestCA("Scheme CA", parent=root, crl_url="ldap://127.0.0.1/cn=Scheme%20CA?certificateRevocationList")
    signer = ca.issue("Scheme Signer")
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK)))
    assert [r.result for r in report.revocation_fetches] == ["refused"]
    assert report.signatures[0].subindication == "TRY_LATER"


def test_connection_goes_to_the_checked_address(world, server):
    """The name is resolved once; the socket connects to that answer (a rebinding DNS server
    that answers differently the second time gets no second question)."""
    answers = iter(["127.0.0.1", "10.9.9.9"])
    calls = []

    def resolve(host, port, **kw):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    base = f"http://crl.rebind.invalid:{server.port}"
    root, ca, signer = _pki(base, "Rebind")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    fetcher = RevocationFetcher(timeout=2, policy=OutboundPolicy(LOOPBACK.allowed_networks, resolve=resolve))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, fetcher))
    assert report.verdict == "TOTAL_PASSED"
    assert calls == ["crl.rebind.invalid"]
    assert server.hits == [("GET", "/ca.crl", f"crl.rebind.invalid:{server.port}")]


def test_redirect_to_another_host_is_refused(world, server, other_server):
    root, ca, signer = _pki(server.base, "Redirect")
    other_server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    server.routes["/ca.crl"] = Route(302, headers={"Location": f"{other_server.base}/ca.crl"})
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK)))
    assert report.signatures[0].subindication == "TRY_LATER"
    assert other_server.hits == []
    [record] = report.revocation_fetches
    assert record.result == "refused" and "redirected to another host" in record.detail


def test_redirect_on_the_same_host_is_followed(world, server):
    root, ca, signer = _pki(server.base, "Moved")
    server.routes["/ca.crl"] = Route(301, headers={"Location": "/current/ca.crl"})
    server.routes["/current/ca.crl"] = Route(body=_der(ca.crl()))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK)))
    assert report.verdict == "TOTAL_PASSED"
    assert [h[1] for h in server.hits] == ["/ca.crl", "/current/ca.crl"]


def _deep_pki(base: str, depth: int):
    """root → CA1 → … → CA<depth> → signer; every certificate below the root names a CRL and
    an OCSP responder of its own on ``base``, none of which answers."""
    root = TestCA("Deep Root", crl_url=f"{base}/0.crl", ocsp_url=f"{base}/0-ocsp")
    parent = root
    for level in range(1, depth + 1):
        parent = TestCA(f"Deep CA {level}", parent=parent, crl_url=f"{base}/{level}.crl",
                        ocsp_url=f"{base}/{level}-ocsp")
    return root, parent.issue("Deep Signer")


def test_at_most_four_calls_per_verification(world, server):
    root, signer = _deep_pki(server.base, 4)  # 5 certificates to check, 10 URLs, none answers
    fetcher = RevocationFetcher(timeout=2, policy=LOOPBACK)
    report = verify_pdf(sign(world.letter, signer), TrustContext(trust_anchors=(root.cert,), fetcher=fetcher))
    assert report.signatures[0].subindication == "TRY_LATER"
    assert len(server.hits) == 4
    results = [r.result for r in report.revocation_fetches]
    assert results.count("failed") == 4 and "not_fetched_budget" in results


def test_slow_servers_cannot_hold_a_verification(world, server):
    """A server that sends one byte every 0.2 s: each call ends at its timeout and the whole
    verification within its 5 s budget (with requests' per-read timeout it never ended)."""
    root, signer = _deep_pki(server.base, 2)
    for path in ("/0.crl", "/1.crl", "/2.crl", "/0-ocsp", "/1-ocsp", "/2-ocsp"):
        server.routes[path] = Route(trickle=0.2)
    fetcher = RevocationFetcher(timeout=3, policy=LOOPBACK)
    data = sign(world.letter, signer)
    box = {}

    def run():
        started = time.monotonic()
        box["report"] = verify_pdf(data, TrustContext(trust_anchors=(root.cert,), fetcher=fetcher))
        box["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    assert "report" in box, "the verification did not end within 20 s"
    assert box["seconds"] < 6.5, box["seconds"]
    assert box["report"].signatures[0].subindication == "TRY_LATER"
    fetched = [r for r in box["report"].revocation_fetches if r.result == "failed"]
    assert fetched and all("time" in (r.detail or "") for r in fetched)
    assert sum(r.duration_ms for r in fetched) <= 5_600


def test_the_cache_is_shared_and_failures_are_remembered(world, server):
    root, ca, signer = _pki(server.base, "Cached")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    cache = MemoryRevocationCache()
    data = sign(world.letter, signer)
    first = verify_pdf(data, _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK, cache=cache)))
    second = verify_pdf(data, _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK, cache=cache)))
    assert first.verdict == second.verdict == "TOTAL_PASSED"
    assert [r.result for r in second.revocation_fetches] == ["cached"]
    assert len(server.hits) == 1
    # a CA that does not answer is not asked again by the next verification
    root2, _ca2, signer2 = _pki(f"{server.base}/down", "Down")
    data2 = sign(world.letter, signer2)
    for _ in range(2):
        report = verify_pdf(data2, _ctx(root2, RevocationFetcher(timeout=2, policy=LOOPBACK, cache=cache)))
        assert report.signatures[0].subindication == "TRY_LATER"
    assert [h[1] for h in server.hits].count("/down/ca.crl") == 1


def test_redis_cache_shared_between_workers(world, server):
    redis = pytest.importorskip("redis")
    from docflow.verification.revocation_cache import RedisRevocationCache

    client = redis.Redis.from_url("redis://127.0.0.1:6379/15", socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    root, ca, signer = _pki(server.base, "Redis")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    data = sign(world.letter, signer)
    for expected in ("fetched", "cached"):
        # a new client each time: two workers share nothing but Redis
        fetcher = RevocationFetcher(timeout=2, policy=LOOPBACK,
                                    cache=RedisRevocationCache.from_url("redis://127.0.0.1:6379/15"))
        report = verify_pdf(data, _ctx(root, fetcher))
        assert report.verdict == "TOTAL_PASSED"
        assert [r.result for r in report.revocation_fetches] == [expected]
    assert len(server.hits) == 1


def test_offline_fetches_nothing_and_says_try_later(world, server):
    root, ca, signer = _pki(server.base, "Offline")
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    report = verify_pdf(sign(world.letter, signer),
                        _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK, offline=True)))
    assert (report.verdict, report.signatures[0].subindication) == ("INDETERMINATE", "TRY_LATER")
    assert [r.result for r in report.revocation_fetches] == ["not_fetched_offline"]
    assert server.hits == []


def test_revoked_signer_found_through_the_fetched_crl(world, server):
    root, ca, signer = _pki(server.base, "Revoking")
    ca.revoke(signer.cert, NOW - dt.timedelta(days=1))
    server.routes["/ca.crl"] = Route(body=_der(ca.crl()))
    report = verify_pdf(sign(world.letter, signer), _ctx(root, RevocationFetcher(timeout=2, policy=LOOPBACK)))
    assert report.signatures[0].checks.revocation == "revoked"

"""Outbound HTTP that nobody outside steers: the one way docflow's server calls other hosts.

Revocation fetches (CRL, OCSP) and webhook deliveries go through ``request``. The rules:

- only ``http`` and ``https``;
- the host name is resolved once; every address it has must be public (``is_global`` and not
  multicast) or inside a network the installation's administrator allowed
  (``DOCFLOW_WEBHOOK_ALLOWED_NETWORKS``, the one setting for all outbound calls); an IPv6
  address that carries an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible
  ``::a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``) is judged by that IPv4 address — a
  NAT64 gateway or a 6to4 relay would deliver ``64:ff9b::7f00:1`` to 127.0.0.1, which Python
  calls global; the local-use NAT64 prefix ``64:ff9b:1::/48`` is never public;
- the connection is made to the address that was checked (no second DNS lookup a rebinding
  name could answer differently); TLS still verifies the certificate for the host name;
- no redirects (a 3xx is the answer; webhooks log it as a failed delivery). Revocation fetches
  alone pass ``redirects=2``: followed only to the same scheme, host and port, and again to the
  checked address (a CRL moved on its server); a redirect elsewhere is refused;
- one deadline covers resolution, connecting, sending and reading (a server that trickles
  bytes cannot hold a worker), and the body is read up to ``max_bytes``.

Leaf module: standard library only (``messages.N_`` marks the reasons for translation).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .messages import N_

__all__ = ["OutboundPolicy", "OutboundResponse", "OutboundRefused", "OutboundFailed", "check_destination",
           "request", "Resolver", "RESOLVE_UNRESOLVABLE", "RESOLVE_PRIVATE"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[..., Sequence[tuple]]

RESOLVE_UNRESOLVABLE = N_("The address cannot be resolved.")
RESOLVE_PRIVATE = N_("The address is inside a private or local network; an administrator of the "
                     "installation can allow such networks (DOCFLOW_WEBHOOK_ALLOWED_NETWORKS).")
_SCHEME = N_("Only http and https addresses are allowed.")
_REDIRECT = N_("The server redirected to another host.")
_MAX_REDIRECTS = 2


class OutboundRefused(Exception):
    """docflow will not call this address (``reason`` is an English msgid, see messages.N_)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class OutboundFailed(Exception):
    """The call was allowed but did not succeed (network error, timeout, too large)."""


@dataclass(frozen=True)
class OutboundPolicy:
    """Where outbound calls may go. ``resolve`` is ``socket.getaddrinfo`` (tests pass their own
    resolver to give a name the address they need; the connection goes to what it returned)."""

    allowed_networks: tuple[Network, ...] = ()
    resolve: Resolver = field(default=socket.getaddrinfo, compare=False)
    ssl_context: ssl.SSLContext | None = field(default=None, compare=False)


@dataclass(frozen=True)
class OutboundResponse:
    status: int
    body: bytes
    headers: dict[str, str]
    address: str  # the IP address the connection went to


def _resolve(policy: OutboundPolicy, host: str, port: int, deadline: float | None) -> set[str]:
    """All addresses of ``host``, within the deadline (getaddrinfo has no timeout of its own,
    so it runs in a short-lived thread the caller stops waiting for)."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["infos"] = policy.resolve(host, port, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError, ValueError) as exc:
            box["error"] = exc

    if deadline is None:
        target()
    else:
        worker = threading.Thread(target=target, daemon=True, name="docflow-resolve")
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            raise OutboundFailed(f"resolving {host} took too long")
    if "error" in box or not box.get("infos"):
        raise OutboundRefused(RESOLVE_UNRESOLVABLE)
    infos: list = box["infos"]  # type: ignore[assignment]  # getaddrinfo() tuples, set by target()
    return {info[4][0].split("%")[0] for info in infos}


def check_destination(url: str, policy: OutboundPolicy, *, deadline: float | None = None) -> str:
    """The checked address to connect to for ``url``; raises ``OutboundRefused`` when docflow
    must not call it. Every address of the name must be allowed, not just the first: which
    one a client would pick is not ours to know."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OutboundRefused(_SCHEME)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise OutboundRefused(RESOLVE_UNRESOLVABLE) from None
    try:
        addresses = sorted(ipaddress.ip_address(a) for a in _resolve(policy, parts.hostname, port, deadline))
    except ValueError:
        raise OutboundRefused(RESOLVE_UNRESOLVABLE) from None
    for address in addresses:
        if not _allowed(address, policy):
            raise OutboundRefused(RESOLVE_PRIVATE)
    return str(addresses[0])


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: not globally reachable
_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated IPv4-compatible addresses


def _embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address leads to through mapping, NAT64 or a 6to4 relay."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: OutboundPolicy) -> bool:
    if any(address in network for network in policy.allowed_networks):
        return True
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return _allowed(embedded, policy)
    if address in _NAT64_LOCAL:
        return False
    return address.is_global and not address.is_multicast


class _Deadline:
    """Shuts the socket down when the deadline passes: a per-read timeout alone lets a server
    that sends one byte a second keep the call alive for as long as it likes."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.sock: socket.socket | None = None
        self.expired = False
        self._timer: threading.Timer | None = None

    def arm(self, sock: socket.socket) -> None:
        self.sock = sock
        self._timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.expired = True
        if self.sock is not None:
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise OutboundFailed("the time allowed for the call ran out")
        return left


def _connection(scheme: str, host: str, port: int, address: str, timeout: float,
                policy: OutboundPolicy, guard: _Deadline) -> http.client.HTTPConnection:
    conn: http.client.HTTPConnection
    if scheme == "https":
        conn = http.client.HTTPSConnection(host, port, timeout=timeout,
                                           context=policy.ssl_context or ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def create_connection(_address, timeout=timeout, source_address=None):
        # the checked address, never a new lookup of ``host`` (TLS wraps this socket and
        # still verifies the certificate against ``host``)
        sock = socket.create_connection((address, port), timeout, source_address)
        guard.arm(sock)
        return sock

    conn._create_connection = create_connection  # type: ignore[attr-defined]
    return conn


def request(method: str, url: str, *, policy: OutboundPolicy, timeout: float, body: bytes | None = None,
            headers: dict[str, str] | None = None, max_bytes: int = 10 * 1024 * 1024,
            deadline: float | None = None, redirects: int = 0) -> OutboundResponse:
    """One HTTP call under the rules of this module. ``timeout`` bounds the whole call
    (``deadline``, a ``time.monotonic()`` value, may end it sooner). ``redirects``: how many
    redirects on the same scheme, host and port to follow (none by default: a 3xx is returned).
    Raises ``OutboundRefused`` (not allowed) or ``OutboundFailed`` (allowed, did not work)."""
    end = time.monotonic() + timeout
    if deadline is not None:
        end = min(end, deadline)
    origin = urlsplit(url)
    address = check_destination(url, policy, deadline=end)
    current = url
    for hop in range(min(redirects, _MAX_REDIRECTS) + 1):
        parts = urlsplit(current)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        guard = _Deadline(end)
        try:
            conn = _connection(parts.scheme, parts.hostname or "", port, address, guard.remaining(), policy, guard)
            try:
                target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                conn.request(method, target, body=body,
                             headers={"User-Agent": "docflow", "Connection": "close", **(headers or {})})
                resp = conn.getresponse()
                if resp.status in (301, 302, 303, 307, 308) and resp.getheader("Location") and \
                        hop < min(redirects, _MAX_REDIRECTS):
                    location = urljoin(current, resp.getheader("Location") or "")
                    new = urlsplit(location)
                    if (new.scheme, new.hostname, new.port or (443 if new.scheme == "https" else 80)) != \
                            (origin.scheme, origin.hostname, origin.port or (443 if origin.scheme == "https" else 80)):
                        raise OutboundRefused(_REDIRECT)
                    current = location
                    if resp.status == 303:
                        method, body = "GET", None
                    continue
                data = resp.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise OutboundFailed(f"the answer is larger than {max_bytes} bytes")
                if guard.expired:
                    raise OutboundFailed("the time allowed for the call ran out")
                return OutboundResponse(resp.status, data, {k.lower(): v for k, v in resp.getheaders()}, address)
            finally:
                conn.close()
        except (OSError, http.client.HTTPException) as exc:
            if guard.expired:
                raise OutboundFailed("the time allowed for the call ran out") from None
            raise OutboundFailed(f"{type(exc).__name__}: {exc}"[:300]) from None
        finally:
            guard.cancel()
    raise OutboundFailed("too many redirects")

"""RFC 3161 time-stamping: a checking HTTP client and a development time-stamp authority.

- ``HttpTimestamper`` asks a TSA for a token over a message imprint and checks what comes back
  (HTTP status, PKIStatus, nonce, imprint, token shape) before anyone embeds it in a signature.
- ``respond_to_request`` is the development TSA as a pure function: DER TimeStampReq in, DER
  TimeStampResp out. Malformed or unsupported requests get a rejection response, never an
  exception, so a web route can return its result as is.
- ``DevTsaServer`` serves that function over HTTP on loopback (threaded, port 0 by default),
  so tests talk to a real TSA over a real socket.

Nothing here imports flask.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests
from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as a509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

__all__ = [
    "TimestampError",
    "TimeStampResp",
    "HttpTimestamper",
    "TimestampInfo",
    "read_token",
    "respond_to_request",
    "DevTsaServer",
    "DEV_TSA_POLICY",
    "TIMESTAMP_QUERY",
    "TIMESTAMP_REPLY",
]

TIMESTAMP_QUERY = "application/timestamp-query"
TIMESTAMP_REPLY = "application/timestamp-reply"
# A private-arc OID: tokens of the development TSA must never pass for a production policy.
DEV_TSA_POLICY = "1.3.6.1.4.1.99999.3161.1"

_DIGEST_SIZES = {"sha256": 32, "sha384": 48, "sha512": 64}
_MAX_REQUEST = 64 * 1024


class TimeStampResp(core.Sequence):
    """RFC 3161 TimeStampResp with the token OPTIONAL, as the RFC says (asn1crypto's
    ``tsp.TimeStampResp`` makes it mandatory, so a rejection could not be encoded or read)."""

    _fields = [
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


class TimestampError(Exception):
    """The TSA could not be reached or its answer is unusable; the message says why."""


@dataclass(frozen=True)
class TimestampInfo:
    """What a token asserts: the time, the imprint it covers, its serial and policy."""

    gen_time: dt.datetime
    hash_algorithm: str
    imprint: bytes
    serial_number: int
    policy: str
    nonce: int | None


def read_token(token: bytes | cms.ContentInfo) -> TimestampInfo:
    """Parse a DER TimeStampToken (CMS ContentInfo) and return its TSTInfo facts."""
    try:
        info = token if isinstance(token, cms.ContentInfo) else cms.ContentInfo.load(token)
        if info["content_type"].native != "signed_data":
            raise TimestampError("time-stamp token is not CMS SignedData")
        encap = info["content"]["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise TimestampError("time-stamp token does not carry a TSTInfo")
        tst = encap["content"].parsed
        imprint = tst["message_imprint"]
        nonce = tst["nonce"].native
        return TimestampInfo(
            gen_time=tst["gen_time"].native.astimezone(dt.UTC),
            hash_algorithm=imprint["hash_algorithm"]["algorithm"].native,
            imprint=imprint["hashed_message"].native,
            serial_number=tst["serial_number"].native,
            policy=tst["policy"].dotted,
            nonce=nonce,
        )
    except TimestampError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(f"time-stamp token cannot be parsed: {exc}") from exc


class HttpTimestamper:
    """An RFC 3161 client over HTTP POST that checks the answer before returning it."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"HttpTimestamper({self.url!r})"

    def timestamp(self, message_imprint: bytes, hash_algorithm: str = "sha256") -> bytes:
        """Return the DER TimeStampToken (ContentInfo) over ``message_imprint``.

        ``message_imprint`` is the digest (not the data). Raises ``TimestampError``."""
        size = _DIGEST_SIZES.get(hash_algorithm)
        if size is None:
            raise TimestampError(
                f"hash algorithm {hash_algorithm!r} is not allowed for time-stamps"
            )
        if len(message_imprint) != size:
            raise TimestampError(
                f"message imprint is {len(message_imprint)} bytes, {hash_algorithm} needs {size}"
            )
        nonce = secrets.randbits(63) | 1
        request = tsp.TimeStampReq({
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": hash_algorithm},
                "hashed_message": message_imprint,
            },
            "nonce": nonce,
            "cert_req": True,
        }).dump()
        try:
            reply = requests.post(
                self.url,
                data=request,
                headers={"Content-Type": TIMESTAMP_QUERY},
                timeout=self.timeout,
                allow_redirects=False,  # outgoing calls follow no redirect (issue 14)
            )
        except requests.RequestException as exc:
            raise TimestampError(f"time-stamp authority {self.url} unreachable: {exc}") from exc
        if reply.status_code != 200:
            raise TimestampError(
                f"time-stamp authority {self.url} answered HTTP {reply.status_code}"
            )
        content_type = reply.headers.get("Content-Type", "").split(";")[0].strip()
        if content_type != TIMESTAMP_REPLY:
            raise TimestampError(
                f"time-stamp authority {self.url} answered {content_type or 'no content type'}, "
                f"not {TIMESTAMP_REPLY}"
            )
        return _check_response(reply.content, message_imprint, hash_algorithm, nonce, self.url)


def _check_response(
    body: bytes, imprint: bytes, hash_algorithm: str, nonce: int, url: str
) -> bytes:
    try:
        response = TimeStampResp.load(body)
        status = response["status"]["status"].native
        token = response["time_stamp_token"]
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(f"time-stamp authority {url} sent an unreadable answer") from exc
    if status not in ("granted", "granted_with_mods"):
        texts = response["status"]["status_string"].native or []
        detail = "; ".join(texts) if texts else "no reason given"
        raise TimestampError(f"time-stamp authority {url} refused the request ({status}: {detail})")
    if not isinstance(token, cms.ContentInfo) or token.native is None:
        raise TimestampError(f"time-stamp authority {url} granted but sent no token")
    info = read_token(token)
    if info.nonce != nonce:
        raise TimestampError(f"time-stamp authority {url} answered with the wrong nonce")
    if info.hash_algorithm != hash_algorithm or info.imprint != imprint:
        raise TimestampError(f"time-stamp authority {url} stamped a different message imprint")
    return token.dump()


# --------------------------------------------------------------------------- development TSA


def _rejection(fail_info: str, text: str) -> bytes:
    return TimeStampResp({
        "status": {
            "status": "rejection",
            "status_string": [text],
            "fail_info": tsp.PKIFailureInfo({fail_info}),
        }
    }).dump()


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def respond_to_request(
    request_der: bytes,
    cert: x509.Certificate,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    chain: Sequence[x509.Certificate] = (),
    *,
    now: dt.datetime | None = None,
    serial_number: int | None = None,
    policy: str = DEV_TSA_POLICY,
) -> bytes:
    """Answer a DER TimeStampReq with a DER TimeStampResp signed by ``cert``/``key``.

    ``cert`` must carry the critical timeStamping extended key usage (RFC 3161 §2.3)."""
    try:
        request = tsp.TimeStampReq.load(request_der)
        _ = request.native  # force a full parse: lazy parsing hides garbage
        version = request["version"].native
        algorithm = request["message_imprint"]["hash_algorithm"]["algorithm"].native
        imprint = request["message_imprint"]["hashed_message"].native
    except (ValueError, TypeError, KeyError):
        return _rejection("bad_data_format", "request is not a DER TimeStampReq")
    if version != "v1":
        return _rejection("bad_request", "only TimeStampReq version 1 is supported")
    if algorithm not in _DIGEST_SIZES:
        return _rejection("bad_alg", f"hash algorithm {algorithm} is not accepted")
    if len(imprint) != _DIGEST_SIZES[algorithm]:
        return _rejection("bad_data_format", "message imprint length does not match its algorithm")
    if request["req_policy"].native not in (None, policy):
        return _rejection("unaccepted_policy", "requested policy is not offered")
    if request["extensions"].native:
        return _rejection("unaccepted_extension", "request extensions are not supported")

    gen_time = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    tst_fields = {
        "version": "v1",
        "policy": policy,
        "message_imprint": request["message_imprint"],
        "serial_number": serial_number if serial_number is not None else secrets.randbits(63),
        "gen_time": gen_time,
        "accuracy": {"seconds": 1},
        "ordering": False,
    }
    if request["nonce"].native is not None:
        tst_fields["nonce"] = request["nonce"].native
    tst_der = tsp.TSTInfo(tst_fields).dump()

    cert_der = _der(cert)
    signed_attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
        cms.CMSAttribute({"type": "signing_time", "values": [cms.Time({"utc_time": gen_time})]}),
        cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(tst_der).digest()]}),
        cms.CMSAttribute({
            # RFC 5816: ESSCertIDv2 with SHA-256 identifies the TSA certificate.
            "type": "signing_certificate_v2",
            "values": [{"certs": [{"cert_hash": hashlib.sha256(cert_der).digest()}]}],
        }),
    ])
    to_sign = signed_attrs.dump()
    if isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
        sig_algo = "sha256_ecdsa"
    else:
        signature = key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        sig_algo = "sha256_rsa"
    a_cert = a509.Certificate.load(cert_der)
    certificates = None
    if request["cert_req"].native:
        certificates = [a_cert, *(a509.Certificate.load(_der(c)) for c in chain)]
    signed_data = {
        "version": "v3",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {
            "content_type": "tst_info",
            "content": core.ParsableOctetString(tst_der),
        },
        "signer_infos": [{
            "version": "v1",
            "sid": {
                "issuer_and_serial_number": {
                    "issuer": a_cert.issuer,
                    "serial_number": a_cert.serial_number,
                }
            },
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": signed_attrs,
            "signature_algorithm": {"algorithm": sig_algo},
            "signature": signature,
        }],
    }
    if certificates:
        signed_data["certificates"] = certificates
    token = cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(signed_data)})
    return TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()


class DevTsaServer:
    """A development TSA on loopback: ``with DevTsaServer(cert, key, chain) as tsa: tsa.url``."""

    def __init__(
        self,
        cert: x509.Certificate,
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
        chain: Sequence[x509.Certificate] = (),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.cert, self._key, self.chain = cert, key, tuple(chain)
        self.host, self.port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.requests_served = 0

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("DevTsaServer is not running")
        host, port = self._server.server_address[:2]
        if isinstance(host, bytes):  # socketserver's typing allows it; AF_INET gives str
            host = host.decode()
        return f"http://{host}:{port}/"

    def start(self) -> DevTsaServer:
        if self._server is not None:
            return self
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                if length <= 0 or length > _MAX_REQUEST:
                    body = _rejection("bad_data_format", "empty or oversized request")
                else:
                    request = self.rfile.read(length)
                    body = respond_to_request(request, tsa.cert, tsa._key, tsa.chain)
                tsa.requests_served += 1
                self.send_response(200)
                self.send_header("Content-Type", TIMESTAMP_REPLY)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # keep test output clean

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="dev-tsa", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> DevTsaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""The development TSA and the checking RFC 3161 client, over a real loopback socket.

OpenSSL (`openssl ts`) is the independent oracle: it builds the requests and verifies the
tokens against the test root.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
import requests
from asn1crypto import tsp
from cryptography.hazmat.primitives import serialization

from docflow.pki.tsa import (
    DevTsaServer,
    HttpTimestamper,
    TimestampError,
    TimeStampResp,
    read_token,
    respond_to_request,
)
from tests.support.pki import TestCA

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")


@pytest.fixture(scope="module")
def pki():
    root = TestCA("docflow TSA Test Root")
    issuing = TestCA("docflow TSA Issuing CA", parent=root)
    tsa = issuing.issue("docflow Dev TSA", key_usage="tsa")
    return root, issuing, tsa


@pytest.fixture(scope="module")
def server(pki):
    _, _, tsa = pki
    with DevTsaServer(tsa.cert, tsa.key, tsa.chain) as srv:
        yield srv


def _pem(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def test_openssl_verifies_tokens_from_the_dev_tsa(pki, server, tmp_path: Path):
    root, issuing, _ = pki
    data = tmp_path / "data.bin"
    data.write_bytes("Quyết định số 15/QĐ-SNNMT".encode())
    (tmp_path / "root.pem").write_bytes(_pem(root.cert))
    (tmp_path / "chain.pem").write_bytes(_pem(issuing.cert))
    subprocess.run(
        ["openssl", "ts", "-query", "-data", str(data), "-sha256", "-cert",
         "-out", str(tmp_path / "req.tsq")],
        check=True, capture_output=True,
    )
    reply = requests.post(
        server.url,
        data=(tmp_path / "req.tsq").read_bytes(),
        headers={"Content-Type": "application/timestamp-query"},
        timeout=5,
    )
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "application/timestamp-reply"
    (tmp_path / "resp.tsr").write_bytes(reply.content)
    result = subprocess.run(
        ["openssl", "ts", "-verify", "-in", str(tmp_path / "resp.tsr"),
         "-queryfile", str(tmp_path / "req.tsq"), "-CAfile", str(tmp_path / "root.pem"),
         "-untrusted", str(tmp_path / "chain.pem")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Verification: OK" in result.stdout
    # and openssl refuses the same token for different data
    data.write_bytes(b"tampered")
    result = subprocess.run(
        ["openssl", "ts", "-verify", "-in", str(tmp_path / "resp.tsr"), "-data", str(data),
         "-CAfile", str(tmp_path / "root.pem"), "-untrusted", str(tmp_path / "chain.pem")],
        capture_output=True, text=True,
    )
    assert result.returncode != 0


def test_client_returns_a_token_over_the_imprint(server):
    imprint = hashlib.sha256(b"document").digest()
    token = HttpTimestamper(server.url).timestamp(imprint)
    info = read_token(token)
    assert info.imprint == imprint
    assert info.hash_algorithm == "sha256"
    assert info.gen_time.tzinfo is not None


def test_client_token_verifies_with_openssl(pki, server, tmp_path: Path):
    root, issuing, _ = pki
    payload = b"signature value bytes"
    token = HttpTimestamper(server.url).timestamp(hashlib.sha256(payload).digest())
    (tmp_path / "token.der").write_bytes(token)
    (tmp_path / "data.bin").write_bytes(payload)
    (tmp_path / "root.pem").write_bytes(_pem(root.cert))
    (tmp_path / "chain.pem").write_bytes(_pem(issuing.cert))
    result = subprocess.run(
        ["openssl", "ts", "-verify", "-token_in", "-in", str(tmp_path / "token.der"),
         "-data", str(tmp_path / "data.bin"), "-CAfile", str(tmp_path / "root.pem"),
         "-untrusted", str(tmp_path / "chain.pem")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ecdsa_tsa_tokens_verify(tmp_path: Path):
    root = TestCA("docflow EC TSA Root", key_kind="ec")
    tsa = root.issue("docflow EC TSA", key_usage="tsa", key_kind="ec")
    payload = b"ec"
    with DevTsaServer(tsa.cert, tsa.key, tsa.chain) as srv:
        token = HttpTimestamper(srv.url).timestamp(hashlib.sha256(payload).digest())
    (tmp_path / "token.der").write_bytes(token)
    (tmp_path / "data.bin").write_bytes(payload)
    (tmp_path / "root.pem").write_bytes(_pem(root.cert))
    result = subprocess.run(
        ["openssl", "ts", "-verify", "-token_in", "-in", str(tmp_path / "token.der"),
         "-data", str(tmp_path / "data.bin"), "-CAfile", str(tmp_path / "root.pem")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "body",
    [b"", b"not a request", b"\x30\x03\x02\x01\x01"],
    ids=["empty", "garbage", "truncated-sequence"],
)
def test_bad_requests_get_an_error_status(server, body):
    reply = requests.post(
        server.url, data=body, headers={"Content-Type": "application/timestamp-query"}, timeout=5
    )
    response = TimeStampResp.load(reply.content)
    assert response["status"]["status"].native == "rejection"
    assert response["time_stamp_token"].native is None


def test_unsupported_hash_algorithm_is_rejected(pki):
    _, _, tsa = pki
    request = tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "md5"}, "hashed_message": b"0" * 16},
    }).dump()
    response = TimeStampResp.load(respond_to_request(request, tsa.cert, tsa.key))
    assert response["status"]["status"].native == "rejection"
    assert "bad_alg" in response["status"]["fail_info"].native


def test_client_reports_an_unreachable_tsa(pki):
    _, _, tsa = pki
    srv = DevTsaServer(tsa.cert, tsa.key).start()
    url = srv.url
    srv.stop()
    with pytest.raises(TimestampError, match="unreachable"):
        HttpTimestamper(url, timeout=2).timestamp(hashlib.sha256(b"x").digest())


def test_client_rejects_a_wrong_imprint_length(server):
    with pytest.raises(TimestampError, match="imprint"):
        HttpTimestamper(server.url).timestamp(b"short")


def test_client_rejects_a_non_tsa_answer(pki):
    """A server that answers but is not a TSA (here: an HTTP 200 with HTML) is an error."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Html(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>captive portal</html>")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Html)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with pytest.raises(TimestampError, match="text/html"):
            HttpTimestamper(url).timestamp(hashlib.sha256(b"x").digest())
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_token_for_another_request_is_refused(pki):
    """A replayed token (other nonce/imprint) must not be accepted by the client."""
    from docflow.pki.tsa import _check_response

    _, _, tsa = pki
    imprint = hashlib.sha256(b"a").digest()
    request = tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": imprint},
        "nonce": 42,
    }).dump()
    body = respond_to_request(request, tsa.cert, tsa.key)
    assert _check_response(body, imprint, "sha256", 42, "test")
    with pytest.raises(TimestampError, match="nonce"):
        _check_response(body, imprint, "sha256", 43, "test")
    with pytest.raises(TimestampError, match="imprint"):
        _check_response(body, hashlib.sha256(b"b").digest(), "sha256", 42, "test")

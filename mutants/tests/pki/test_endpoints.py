"""The public PKI endpoints answer real clients over a real socket: ``openssl crl`` reads the
CRL served over HTTP, ``openssl ocsp`` gets revoked/good from /pki/ocsp, ``openssl ts``
verifies tokens from /pki/tsa, and the CA certificate is served as DER."""

from __future__ import annotations

import threading
import urllib.request

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from werkzeug.serving import make_server

from docflow.pki import service
from tests.pki.conftest import CHEAP_ARGON2, openssl

PIN = "482915"


@pytest.fixture
def config_overrides(config_overrides):
    return {**config_overrides, "ca_key_algorithm": "ec-p256",
            "extra": {**config_overrides["extra"], "pki_kdf": CHEAP_ARGON2}}


@pytest.fixture
def live(app):
    """The app on 127.0.0.1:<free port> in a thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def issued(app, db, demo, tmp_path):
    """Two personal certificates (one revoked) and the CA files as PEM."""
    ca = service.ensure_dev_ca(app.config["DOCFLOW"])
    good = service.issue_personal_certificate(db, ca, demo["stc.leader"], PIN, actor=None, kdf=CHEAP_ARGON2)
    bad = service.issue_personal_certificate(db, ca, demo["snnmt.leader"], PIN, actor=None, kdf=CHEAP_ARGON2)
    service.revoke(db, bad, "keyCompromise", actor=None)
    db.commit()
    files = {}
    for name, cert in (("good", service.load_certificate(good)), ("bad", service.load_certificate(bad)),
                       ("issuing", ca.issuing.certificate), ("root", ca.root.certificate)):
        files[name] = tmp_path / f"{name}.pem"
        files[name].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return good, bad, files


def _get(url: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback test server
        return response.read(), response.headers["Content-Type"]


def test_crl_over_http_lists_the_revoked_certificate(live, issued, tmp_path):
    good, bad, files = issued
    body, ctype = _get(f"{live}/pki/crl/issuing.crl")
    assert ctype == "application/pkix-crl"
    crl_file = tmp_path / "issuing.crl"
    crl_file.write_bytes(body)
    text = openssl("crl", "-inform", "DER", "-in", str(crl_file), "-noout", "-text").stdout.upper()
    assert bad.serial.upper().lstrip("0") in text.replace(":", "")
    assert good.serial.upper() not in text
    assert "KEY COMPROMISE" in text
    out = openssl("crl", "-inform", "DER", "-in", str(crl_file), "-CAfile", str(files["issuing"]), "-noout")
    assert "verify OK" in out.stdout + out.stderr
    with pytest.raises(urllib.error.HTTPError) as err:
        _get(f"{live}/pki/crl/nope.crl")
    assert err.value.code == 404


def test_ca_certificate_is_served_as_der(live, issued):
    body, ctype = _get(f"{live}/pki/ca/issuing.crt")
    assert ctype == "application/pkix-cert"
    x509.load_der_x509_certificate(body)


def test_openssl_ocsp_client_gets_revoked_and_good(live, issued):
    good, bad, files = issued
    for name, expected in (("bad", "revoked"), ("good", "good")):
        out = openssl("ocsp", "-issuer", str(files["issuing"]), "-cert", str(files[name]),
                      "-url", f"{live}/pki/ocsp", "-CAfile", str(files["root"]),
                      "-verify_other", str(files["issuing"]), check=False)
        assert f": {expected}" in out.stdout, out.stdout + out.stderr
        assert "Response verify OK" in out.stderr + out.stdout


def test_ocsp_get_and_garbage(live, issued, app):
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509 import ocsp

    good, _bad, _files = issued
    ca = service.ensure_dev_ca(app.config["DOCFLOW"])
    req = ocsp.OCSPRequestBuilder().add_certificate(service.load_certificate(good), ca.issuing.certificate,
                                                    hashes.SHA256()).build()
    import base64
    import urllib.parse

    b64 = urllib.parse.quote(base64.b64encode(req.public_bytes(serialization.Encoding.DER)).decode(), safe="")
    body, ctype = _get(f"{live}/pki/ocsp/{b64}")
    assert ctype == "application/ocsp-response"
    assert ocsp.load_der_ocsp_response(body).certificate_status == ocsp.OCSPCertStatus.GOOD
    request = urllib.request.Request(f"{live}/pki/ocsp", data=b"not der", method="POST",
                                     headers={"Content-Type": "application/ocsp-request"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        status = ocsp.load_der_ocsp_response(response.read()).response_status
    assert status == ocsp.OCSPResponseStatus.MALFORMED_REQUEST


def test_openssl_ts_query_and_verify_against_the_dev_tsa(live, issued, tmp_path):
    _good, _bad, files = issued
    data = tmp_path / "data.txt"
    data.write_bytes(b"Quyet dinh so 15/QD-SNNMT")
    query = tmp_path / "q.tsq"
    openssl("ts", "-query", "-data", str(data), "-sha256", "-cert", "-out", str(query))
    request = urllib.request.Request(f"{live}/pki/tsa", data=query.read_bytes(), method="POST",
                                     headers={"Content-Type": "application/timestamp-query"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.headers["Content-Type"] == "application/timestamp-reply"
        (tmp_path / "r.tsr").write_bytes(response.read())
    chain = tmp_path / "chain.pem"
    chain.write_bytes(files["issuing"].read_bytes() + files["root"].read_bytes())
    out = openssl("ts", "-verify", "-data", str(data), "-in", str(tmp_path / "r.tsr"), "-CAfile",
                  str(files["root"]), "-untrusted", str(files["issuing"]), check=False)
    assert "Verification: OK" in out.stdout, out.stdout + out.stderr

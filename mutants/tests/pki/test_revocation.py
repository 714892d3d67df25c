"""Revocation: a revoked certificate appears in the published CRL (read by ``openssl crl``)
and the OCSP responder, queried by ``openssl ocsp`` over loopback HTTP, answers revoked for
it, good for another, unknown for a serial the CA never issued."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from docflow.pki import keystore
from docflow.pki.ca import AgencyIdentity, DevCA, PersonIdentity
from docflow.pki.errors import PkiError
from docflow.pki.revocation import CertificateStatus, Revocation, parse_reason, respond_ocsp
from tests.pki.conftest import openssl, write_pem
from tests.support.pki import TestCA

PERSON = PersonIdentity("Trần Thị Bình", "Phó Giám đốc", "Sở Nông nghiệp và Môi trường")
REVOKED_AT = dt.datetime(2025, 3, 1, 8, 30, tzinfo=dt.UTC)


class Registry:
    """What the app's database would hold: issued serials and revocations, per CA."""

    def __init__(self) -> None:
        self.issued: dict[str, set[int]] = {"root": set(), "issuing": set()}
        self.revoked: dict[str, dict[int, Revocation]] = {"root": {}, "issuing": {}}

    def status_of(self, ca: str, serial: int) -> CertificateStatus:
        if serial in self.revoked[ca]:
            rev = self.revoked[ca][serial]
            return CertificateStatus.revoked(rev.revoked_at, rev.reason)
        if serial in self.issued[ca]:
            return CertificateStatus.good()
        return CertificateStatus.unknown()


@pytest.fixture(scope="module")
def setup(dev_ca: DevCA, leaf_keys):
    reg = Registry()
    reg.issued["root"].add(dev_ca.issuing.certificate.serial_number)
    good = dev_ca.issue_personal(leaf_keys["rsa-2048"].public_key(), PERSON)
    bad = dev_ca.issue_seal(leaf_keys["ec-p256"].public_key(),
                            AgencyIdentity("Văn phòng UBND tỉnh"))
    for cert in (good, bad):
        reg.issued["issuing"].add(cert.serial_number)
    reg.revoked["issuing"][bad.serial_number] = Revocation(
        bad.serial_number, REVOKED_AT, parse_reason("keyCompromise"))
    return reg, good, bad


@pytest.fixture(scope="module")
def responder_url(dev_ca: DevCA, setup) -> Iterator[str]:
    reg = setup[0]
    delegated: dict[str, tuple] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            response = dev_ca.ocsp_response(body, reg.status_of,
                                            responder=delegated.get(self.path))
            self.send_response(200)
            self.send_header("Content-Type", "application/ocsp-response")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, *args) -> None:
            pass

    key = keystore.generate_private_key("ec-p256")
    delegated["/delegated"] = (dev_ca.issue_ocsp_responder(key.public_key()), key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _hex(serial: int) -> str:
    """A serial as openssl prints it: upper-case hex with an even number of digits."""
    digits = f"{serial:X}"
    return digits.zfill(len(digits) + len(digits) % 2)


def test_revoked_certificate_is_in_the_crl(dev_ca, setup, tmp_path):
    reg, good, bad = setup
    der = dev_ca.crl("issuing", reg.revoked["issuing"].values(), number=7)
    (tmp_path / "issuing.crl").write_bytes(der)
    text = openssl("crl", "-inform", "DER", "-in", str(tmp_path / "issuing.crl"),
                   "-noout", "-text").stdout
    assert f"SERIAL NUMBER: {_hex(bad.serial_number)}" in text.upper()
    assert _hex(good.serial_number) not in text.upper()
    assert "Key Compromise" in text
    assert "Mar  1 08:30:00 2025 GMT" in text
    assert "X509v3 CRL Number" in text and "7" in text
    # the CRL is signed by the issuing CA
    root = write_pem(tmp_path / "root.pem", dev_ca.root.certificate)
    issuing = write_pem(tmp_path / "issuing.pem", dev_ca.issuing.certificate)
    result = openssl("crl", "-inform", "DER", "-in", str(tmp_path / "issuing.crl"),
                     "-CAfile", str(issuing), "-noout", check=False)
    assert "verify OK" in result.stderr + result.stdout
    # and openssl's CRL check refuses the revoked leaf, accepts the good one
    crl_pem = tmp_path / "crl.pem"
    openssl("crl", "-inform", "DER", "-in", str(tmp_path / "issuing.crl"),
            "-out", str(crl_pem))
    root_crl = tmp_path / "root-crl.pem"
    root_crl.write_bytes(x509.load_der_x509_crl(dev_ca.crl("root", [], number=1))
                         .public_bytes(serialization.Encoding.PEM))
    for cert, expected in ((good, 0), (bad, 2)):
        leaf = write_pem(tmp_path / "leaf.pem", cert)
        result = openssl("verify", "-crl_check_all", "-CRLfile", str(crl_pem),
                         "-CRLfile", str(root_crl), "-CAfile", str(root),
                         "-untrusted", str(issuing), str(leaf), check=False)
        if expected:
            assert "certificate revoked" in result.stdout + result.stderr
        else:
            assert result.returncode == 0, result.stdout + result.stderr


def _ocsp(url: str, tmp_path, ca: DevCA, cert: x509.Certificate,
          *extra: str) -> str:
    root = write_pem(tmp_path / "root.pem", ca.root.certificate)
    issuing = write_pem(tmp_path / "issuing.pem", ca.issuing.certificate)
    leaf = write_pem(tmp_path / "leaf.pem", cert)
    result = openssl("ocsp", "-url", url, "-issuer", str(issuing), "-cert", str(leaf),
                     "-CAfile", str(root), "-verify_other", str(issuing), *extra,
                     check=False)
    assert result.returncode == 0, result.stderr
    assert "Response verify OK" in result.stderr + result.stdout
    return result.stdout


def test_openssl_ocsp_client_gets_revoked_and_good(dev_ca, setup, responder_url, tmp_path):
    _, good, bad = setup
    out = _ocsp(responder_url, tmp_path, dev_ca, bad)
    assert "leaf.pem: revoked" in out
    assert "Reason: keyCompromise" in out
    assert "Revocation Time: Mar  1 08:30:00 2025 GMT" in out
    out = _ocsp(responder_url, tmp_path, dev_ca, good)
    assert "leaf.pem: good" in out


def test_delegated_responder_signs_answers(dev_ca, setup, responder_url, tmp_path):
    _, good, bad = setup
    out = _ocsp(responder_url + "/delegated", tmp_path, dev_ca, bad)
    assert "leaf.pem: revoked" in out
    out = _ocsp(responder_url + "/delegated", tmp_path, dev_ca, good)
    assert "leaf.pem: good" in out


def test_unknown_serial_and_the_issuing_ca_itself(dev_ca, setup, responder_url, tmp_path):
    reg = setup[0]
    # a certificate with the issuing CA's name and key hash but a serial it never issued
    stranger = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([]))
        .issuer_name(dev_ca.issuing.certificate.subject)
        .public_key(keystore.generate_private_key("ec-p256").public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime.now(dt.UTC))
        .not_valid_after(dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
        .sign(dev_ca.issuing.key, hashes.SHA256())
    )
    out = _ocsp(responder_url, tmp_path, dev_ca, stranger)
    assert "leaf.pem: unknown" in out
    # the root answers for the issuing CA certificate
    root = write_pem(tmp_path / "root.pem", dev_ca.root.certificate)
    issuing = write_pem(tmp_path / "issuing.pem", dev_ca.issuing.certificate)
    result = openssl("ocsp", "-url", responder_url, "-issuer", str(root), "-cert",
                     str(issuing), "-CAfile", str(root), check=False)
    assert "issuing.pem: good" in result.stdout, result.stderr
    assert dev_ca.issuing.certificate.serial_number in reg.issued["root"]


def test_request_and_response_files_with_sha256_certid(dev_ca, setup, tmp_path):
    """The -reqout/-respin route, with a SHA-256 CertID and a nonce."""
    reg, good, bad = setup
    issuing = write_pem(tmp_path / "issuing.pem", dev_ca.issuing.certificate)
    root = write_pem(tmp_path / "root.pem", dev_ca.root.certificate)
    leaf = write_pem(tmp_path / "leaf.pem", bad)
    openssl("ocsp", "-sha256", "-issuer", str(issuing), "-cert", str(leaf),
            "-reqout", str(tmp_path / "req.der"))
    answer = dev_ca.ocsp_response((tmp_path / "req.der").read_bytes(), reg.status_of)
    (tmp_path / "resp.der").write_bytes(answer)
    parsed = ocsp.load_der_ocsp_response(answer)
    assert parsed.certificate_status == ocsp.OCSPCertStatus.REVOKED
    assert parsed.revocation_reason == x509.ReasonFlags.key_compromise
    result = openssl("ocsp", "-respin", str(tmp_path / "resp.der"), "-CAfile", str(root),
                     "-verify_other", str(issuing), "-resp_text", "-noverify", check=False)
    assert "Cert Status: revoked" in result.stdout


def test_malformed_and_foreign_requests(dev_ca, setup):
    reg = setup[0]
    answer = ocsp.load_der_ocsp_response(dev_ca.ocsp_response(b"\x30\x03garbage",
                                                              reg.status_of))
    assert answer.response_status == ocsp.OCSPResponseStatus.MALFORMED_REQUEST
    other_root = TestCA("Some Other Root")
    other_leaf = other_root.issue("Somebody")
    req = (ocsp.OCSPRequestBuilder()
           .add_certificate(other_leaf.cert, other_root.cert, hashes.SHA1())  # noqa: S303
           .build().public_bytes(serialization.Encoding.DER))
    answer = ocsp.load_der_ocsp_response(dev_ca.ocsp_response(req, reg.status_of))
    assert answer.response_status == ocsp.OCSPResponseStatus.UNAUTHORIZED


def test_a_failing_lookup_yields_internal_error(dev_ca, setup):
    _, good, _ = setup

    def broken(ca: str, serial: int) -> CertificateStatus:
        raise RuntimeError("database is down")

    req = (ocsp.OCSPRequestBuilder()
           .add_certificate(good, dev_ca.issuing.certificate, hashes.SHA256())
           .build().public_bytes(serialization.Encoding.DER))
    answer = ocsp.load_der_ocsp_response(dev_ca.ocsp_response(req, broken))
    assert answer.response_status == ocsp.OCSPResponseStatus.INTERNAL_ERROR
    assert respond_ocsp(req, []) == ocsp.OCSPResponseBuilder.build_unsuccessful(
        ocsp.OCSPResponseStatus.UNAUTHORIZED).public_bytes(serialization.Encoding.DER)


def test_reasons_are_parsed_strictly():
    assert parse_reason("key_compromise") == x509.ReasonFlags.key_compromise
    assert parse_reason("superseded") == x509.ReasonFlags.superseded
    assert parse_reason(None) is None
    with pytest.raises(PkiError):
        parse_reason("because")


def test_get_form_of_a_request_decodes(dev_ca, setup):
    import base64
    from urllib.parse import quote

    from docflow.pki.errors import OcspRequestError
    from docflow.pki.revocation import decode_ocsp_get

    reg, good, _ = setup
    req = (ocsp.OCSPRequestBuilder()
           .add_certificate(good, dev_ca.issuing.certificate, hashes.SHA256())
           .build().public_bytes(serialization.Encoding.DER))
    segment = quote(base64.b64encode(req).decode(), safe="")
    answer = ocsp.load_der_ocsp_response(
        dev_ca.ocsp_response(decode_ocsp_get(segment), reg.status_of))
    assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    with pytest.raises(OcspRequestError):
        decode_ocsp_get("not base64!")

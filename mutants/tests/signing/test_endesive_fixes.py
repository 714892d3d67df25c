"""One test per endesive 3.0.1 defect (reference/endesive.md #3-#12) that docflow works around.

Each ``test_defect_N_*`` fails if the workaround in docflow/signing/endesive_fixes.py is
removed. Where it is cheap, a ``canary`` shows the defect is still present in plain endesive:
when endesive fixes it, the canary fails and the workaround can go.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import cms
from pypdf import PdfReader
from pypdf import generic as po

from docflow.pki.tsa import HttpTimestamper
from docflow.signing import (
    SoftwareSigner,
    TimestampUnavailable,
    sign_pdf,
    text_appearance,
)
from docflow.signing.endesive_compat import import_endesive
from docflow.signing.endesive_fixes import pdf_date, placeholder_size
from tests.signing.oracles import (
    assert_pdfsig_accepts,
    assert_pyhanko_accepts,
    pyhanko_validate,
    qpdf_check,
)
from tests.support.pdfs import to_xref_stream

NOW = dt.datetime(2026, 11, 28, 3, 15, tzinfo=dt.UTC)


def _raw_endesive(pdf: bytes, issued_signer: SoftwareSigner, **udct_extra) -> bytes:
    """Plain endesive, as its README shows it, for the canaries."""
    import_endesive()
    from endesive.pdf import cms as ecms

    udct = {"sigflags": 3, "signingdate": pdf_date(NOW), "aligned": 16384, **udct_extra}
    return pdf + ecms.sign(pdf, udct, issued_signer._key, issued_signer.certificate,
                           list(issued_signer.chain), "sha256")


def _sig_dicts(pdf: bytes):
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    return [f.get_object() for f in root["/AcroForm"]["/Fields"]]


def _cms(field) -> cms.ContentInfo:
    return cms.ContentInfo.load(bytes(field["/V"]["/Contents"]))


# 3 ---------------------------------------------------------------------------------------
def test_defect_3_xref_stream_input_signs_into_a_well_formed_pdf(
    rsa_signer, agency_signer, letter, root_cert, nssdir
):
    source = to_xref_stream(letter)
    once = sign_pdf(source, rsa_signer)
    update = once.pdf[len(source):]
    assert b"/Type /XRef" in update and b"/W [ 1 8 0 ]" in update
    qpdf_check(once.pdf)
    twice = sign_pdf(once.pdf, agency_signer)  # on top of docflow's own xref stream
    qpdf_check(twice.pdf)
    assert_pdfsig_accepts(twice.pdf, nssdir, 2)
    assert_pyhanko_accepts(twice.pdf, root_cert, 2)


def test_defect_3_canary(rsa_signer, letter):
    with pytest.raises(Exception, match="NameObject"):
        _raw_endesive(to_xref_stream(letter), rsa_signer)


# 4 ---------------------------------------------------------------------------------------
def test_defect_4_hard_vietnamese_text_survives_in_the_appearance(rsa_signer, letter):
    import pypdfium2 as pdfium

    text = "ÔNG NGHĨA (Tiến sĩ) \\ Ĩĩ"
    signed = sign_pdf(letter, rsa_signer,
                      appearance=text_appearance(1, (300, 100, 560, 140), text))
    doc = pdfium.PdfDocument(signed.pdf)
    doc.init_forms()
    page = doc[0]
    page.flatten()
    doc = pdfium.PdfDocument(_save(doc))
    assert text in doc[0].get_textpage().get_text_range()


def _save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# 5 ---------------------------------------------------------------------------------------
def test_defect_5_ecdsa_signer_info_names_ecdsa(ec_signer, letter, root_cert, nssdir):
    signed = sign_pdf(letter, ec_signer)
    (field,) = _sig_dicts(signed.pdf)
    si = _cms(field)["content"]["signer_infos"][0]
    assert si["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"
    assert_pdfsig_accepts(signed.pdf, nssdir, 1)
    assert_pyhanko_accepts(signed.pdf, root_cert, 1)


def test_defect_5_canary(ec_signer, letter):
    (field,) = _sig_dicts(_raw_endesive(letter, ec_signer))
    si = _cms(field)["content"]["signer_infos"][0]
    assert si["signature_algorithm"]["algorithm"].native == "rsassa_pkcs1v15"


# 6 ---------------------------------------------------------------------------------------
def test_defect_6_subfilter_is_pades(rsa_signer, letter):
    (field,) = _sig_dicts(sign_pdf(letter, rsa_signer).pdf)
    assert field["/V"]["/SubFilter"] == "/ETSI.CAdES.detached"


def test_defect_6_canary(rsa_signer, letter):
    (field,) = _sig_dicts(_raw_endesive(letter, rsa_signer))
    assert field["/V"]["/SubFilter"] == "/adbe.pkcs7.detached"


# 7 ---------------------------------------------------------------------------------------
class CountingSigner(SoftwareSigner):
    """A real software key that counts its signing operations (a token would be charged)."""

    def __init__(self, base: SoftwareSigner) -> None:
        super().__init__(base._key, base.certificate, base.chain)
        self.operations = 0

    def sign(self, data: bytes, hash_algorithm: str = "sha256") -> bytes:
        self.operations += 1
        return super().sign(data, hash_algorithm)


def test_defect_7_one_key_operation_and_one_tsa_request(
    rsa_signer, letter, tsa_server, timestamper, root_cert
):
    counting = CountingSigner(rsa_signer)
    served = tsa_server.requests_served
    signed = sign_pdf(letter, counting, timestamper=timestamper)
    assert counting.operations == 1
    assert tsa_server.requests_served == served + 1
    assert signed.timestamped
    (field,) = _sig_dicts(signed.pdf)
    reserved = len(bytes(field["/V"]["/Contents"]))
    assert reserved == placeholder_size(rsa_signer, True)


# 8 ---------------------------------------------------------------------------------------
def test_defect_8_every_signature_gets_its_own_field(rsa_signer, agency_signer, letter,
                                                     root_cert):
    twice = sign_pdf(sign_pdf(letter, rsa_signer).pdf, agency_signer)
    names = [str(f["/T"]) for f in _sig_dicts(twice.pdf)]
    assert len(names) == len(set(names)) == 2
    assert_pyhanko_accepts(twice.pdf, root_cert, 2)


def test_defect_8_canary(rsa_signer, agency_signer, letter, root_cert):
    twice = _raw_endesive(_raw_endesive(letter, rsa_signer), agency_signer)
    names = [str(f["/T"]) for f in _sig_dicts(twice)]
    assert names == ["Signature1", "Signature1"]
    first = pyhanko_validate(twice, root_cert)[0]
    # pyHanko: "Duplicate field name" -> the first signature's later changes are suspicious
    assert first.modification_level == "OTHER" and first.docmdp_ok is False


# 9 ---------------------------------------------------------------------------------------
@pytest.fixture
def broken_tsa():
    """A real HTTP server that answers every time-stamp request with HTTP 500."""

    class Broken(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield HttpTimestamper(f"http://127.0.0.1:{httpd.server_address[1]}/")
    httpd.shutdown()
    httpd.server_close()


def test_defect_9_tsa_failure_is_never_silent(rsa_signer, letter, broken_tsa):
    with pytest.raises(TimestampUnavailable, match="HTTP 500"):
        sign_pdf(letter, rsa_signer, timestamper=broken_tsa)
    degraded = sign_pdf(letter, rsa_signer, timestamper=broken_tsa, allow_without_timestamp=True)
    assert degraded.timestamped is False
    (field,) = _sig_dicts(degraded.pdf)
    assert not _cms(field)["content"]["signer_infos"][0]["unsigned_attrs"].native


# 10 --------------------------------------------------------------------------------------
def test_defect_10_no_revocation_data_is_embedded(rsa_signer, letter, nssdir):
    signed = sign_pdf(letter, rsa_signer)
    (field,) = _sig_dicts(signed.pdf)
    assert not _cms(field)["content"]["crls"].native
    assert "/DSS" not in PdfReader(io.BytesIO(signed.pdf)).trailer["/Root"]
    assert_pdfsig_accepts(signed.pdf, nssdir, 1)


# 11 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("p", [1, 2, 3])
def test_defect_11_docmdp_p_is_written_as_asked_and_sigflags_stay_3(p, rsa_signer, letter,
                                                                   root_cert):
    signed = sign_pdf(letter, rsa_signer, certify=True, docmdp_permissions=p)
    root = PdfReader(io.BytesIO(signed.pdf)).trailer["/Root"]
    params = root["/Perms"]["/DocMDP"]["/Reference"][0]["/TransformParams"]
    assert params["/P"] == p
    assert root["/AcroForm"]["/SigFlags"] == 3
    (verdict,) = assert_pyhanko_accepts(signed.pdf, root_cert, 1)
    assert verdict.docmdp == p


def test_defect_11_canary(rsa_signer, letter):
    raw = _raw_endesive(letter, rsa_signer, sigandcertify=True, sigflags=1)
    root = PdfReader(io.BytesIO(raw)).trailer["/Root"]
    assert root["/AcroForm"]["/SigFlags"] == 1  # AppendOnly lost when /P is 1
    # and endesive happily certifies a document that is already signed
    again = _raw_endesive(_raw_endesive(letter, rsa_signer), rsa_signer, sigandcertify=True)
    assert again  # no refusal


# 12 --------------------------------------------------------------------------------------
def test_defect_12_signing_date_defaults_to_now(rsa_signer, letter):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signed = sign_pdf(letter, rsa_signer)  # no signing_time given: endesive would KeyError
    (field,) = _sig_dicts(signed.pdf)
    assert field["/V"]["/M"] == pdf_date(signed.signed_at)
    assert before <= signed.signed_at <= dt.datetime.now(dt.UTC)


def test_defect_12_canary(rsa_signer, letter):
    import_endesive()
    from endesive.pdf import cms as ecms

    with pytest.raises(KeyError, match="signingdate"):
        ecms.sign(letter, {"aligned": 8192}, rsa_signer._key, rsa_signer.certificate, [],
                  "sha256")


def test_xref_stream_update_indexes_every_new_object(rsa_signer, letter):
    """The xref stream written for defect 3: strict parsers find every object it adds."""
    source = to_xref_stream(letter)
    signed = sign_pdf(source, rsa_signer).pdf
    reader = PdfReader(io.BytesIO(signed), strict=True)
    old_size = PdfReader(io.BytesIO(source)).trailer["/Size"]
    assert reader.trailer["/Size"] > old_size
    for num in range(old_size, reader.trailer["/Size"]):
        assert reader.get_object(po.IndirectObject(num, 0, reader)) is not None

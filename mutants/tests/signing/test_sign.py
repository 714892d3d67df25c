"""sign_pdf end to end: every output judged by pyHanko, pdfsig and qpdf."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from pypdf import PdfReader

from docflow.pki.tsa import DevTsaServer, HttpTimestamper
from docflow.signing import (
    Appearance,
    CertificationForbids,
    InvalidInput,
    SignedPdf,
    SigningError,
    TimestampUnavailable,
    leader_appearance,
    seal_appearance,
    sign_pdf,
)
from tests.signing.oracles import (
    assert_pdfsig_accepts,
    assert_pyhanko_accepts,
    pyhanko_validate,
    qpdf_check,
)
from tests.support.pdfs import many_pages, to_classic_xref, to_xref_stream


def _judge(pdf: bytes, root, nssdir, count: int, trusted=None):
    qpdf_check(pdf)
    assert_pdfsig_accepts(pdf, nssdir, count, trusted)
    return assert_pyhanko_accepts(pdf, root, count)


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_invisible_signature_is_valid_and_appends_one_update(
    kind, rsa_signer, ec_signer, letter, root_cert, nssdir
):
    signer = rsa_signer if kind == "rsa" else ec_signer
    signed = sign_pdf(letter, signer, reason="Phê duyệt", location="Quảng Ngãi")
    assert isinstance(signed, SignedPdf)
    assert signed.pdf.startswith(letter), "the original bytes must stay untouched"
    tail = signed.pdf[len(letter):]
    assert tail.count(b"%%EOF") == 1 and tail.count(b"startxref") == 1
    assert signed.sha256 == hashlib.sha256(signed.pdf).hexdigest()
    assert signed.signed_at.tzinfo is not None and signed.signed_at.utcoffset() == dt.timedelta(0)
    assert signed.timestamped is False and signed.timestamp_time is None
    _judge(signed.pdf, root_cert, nssdir, 1)


def test_signing_time_goes_to_M_and_not_into_the_cms(rsa_signer, letter):
    from asn1crypto import cms

    when = dt.datetime(2026, 11, 28, 3, 15, tzinfo=dt.UTC)
    signed = sign_pdf(letter, rsa_signer, signing_time=when)
    assert signed.signed_at == when
    sig = PdfReader(io.BytesIO(signed.pdf)).trailer["/Root"]["/AcroForm"][
        "/Fields"][0].get_object()["/V"]
    assert sig["/M"] == "D:20261128031500+00'00'"
    signer_info = cms.ContentInfo.load(bytes(sig["/Contents"]))["content"]["signer_infos"][0]
    attrs = {a["type"].native for a in signer_info["signed_attrs"]}
    assert "signing_time" not in attrs
    assert {"content_type", "message_digest", "signing_certificate_v2"} <= attrs
    certs = cms.ContentInfo.load(bytes(sig["/Contents"]))["content"]["certificates"]
    assert len(certs) == 1 + len(rsa_signer.chain), "the whole chain is embedded"


def test_three_sequential_signatures_keep_earlier_ones_valid(
    rsa_signer, agency_signer, third_signer, letter, root_cert, nssdir
):
    first = sign_pdf(letter, rsa_signer)
    second = sign_pdf(first.pdf, agency_signer)
    third = sign_pdf(second.pdf, third_signer)
    assert len({first.field_name, second.field_name, third.field_name}) == 3
    assert third.pdf.startswith(second.pdf) and second.pdf.startswith(first.pdf)
    verdicts = _judge(third.pdf, root_cert, nssdir, 3)
    assert [v.field for v in verdicts] == [first.field_name, second.field_name, third.field_name]


def test_same_signer_twice(rsa_signer, letter, root_cert, nssdir):
    once = sign_pdf(letter, rsa_signer)
    twice = sign_pdf(once.pdf, rsa_signer)
    # pdfsig/NSS: a repeated certificate is only judged on its first appearance
    _judge(twice.pdf, root_cert, nssdir, 2, trusted=(0,))


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_timestamped_signature_is_pades_b_t(
    kind, rsa_signer, ec_signer, letter, timestamper, root_cert, nssdir
):
    signer = rsa_signer if kind == "rsa" else ec_signer
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signed = sign_pdf(letter, signer, timestamper=timestamper)
    assert signed.timestamped is True
    assert signed.timestamp_time is not None
    assert signed.timestamp_time >= before - dt.timedelta(seconds=1)
    (verdict,) = _judge(signed.pdf, root_cert, nssdir, 1)
    assert verdict.timestamp_trusted is True


def test_visible_leader_then_seal_then_attachment_stamp_validate(
    rsa_signer, agency_signer, bare_letter, signature_png, seal_png, timestamper,
    root_cert, nssdir,
):
    from docflow.signing import attachment_stamp

    leader = leader_appearance(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Nghĩa",
                               signature_png, 1, (360, 160, 530, 320))
    first = sign_pdf(bare_letter, rsa_signer, appearance=leader, timestamper=timestamper)
    seal = seal_appearance(seal_png, 1, leader.image_box)
    second = sign_pdf(first.pdf, agency_signer, appearance=seal, timestamper=timestamper)
    _judge(second.pdf, root_cert, nssdir, 2)
    stamp = attachment_stamp("15/QĐ-SNNMT", second.signed_at, 595.27, 841.89)
    third = sign_pdf(second.pdf, agency_signer, appearance=stamp)
    verdicts = _judge(third.pdf, root_cert, nssdir, 3, trusted=(0, 1))
    assert verdicts[0].timestamp_trusted and verdicts[1].timestamp_trusted


@pytest.mark.parametrize(
    "shape", ["classic", "xref_stream", "reportlab"],
)
def test_input_shapes(shape, rsa_signer, letter, root_cert, nssdir):
    pdf = {"classic": to_classic_xref, "xref_stream": to_xref_stream,
           "reportlab": lambda b: b}[shape](letter)
    once = sign_pdf(pdf, rsa_signer)
    _judge(once.pdf, root_cert, nssdir, 1)


def test_hundred_pages_signed_on_the_last_page(rsa_signer, signature_png, root_cert, nssdir):
    from docflow.signing import text_appearance

    pdf = many_pages(100)
    assert Appearance(page=100, box=(350, 100, 520, 200)).width == 170

    appearance = text_appearance(100, (350, 100, 520, 200), "Nguyễn Văn Nghĩa", signature_png)
    signed = sign_pdf(pdf, rsa_signer, appearance=appearance)
    _judge(signed.pdf, root_cert, nssdir, 1)
    reader = PdfReader(io.BytesIO(signed.pdf))
    assert "/Annots" in reader.pages[99] and "/Annots" not in reader.pages[0]


def test_certification_then_approval(rsa_signer, agency_signer, letter, root_cert, nssdir):
    certified = sign_pdf(letter, rsa_signer, certify=True, docmdp_permissions=2)
    assert certified.certification == 2
    approved = sign_pdf(certified.pdf, agency_signer)
    verdicts = _judge(approved.pdf, root_cert, nssdir, 2)
    assert verdicts[0].docmdp == 2 and verdicts[0].docmdp_ok


def test_certification_p1_refuses_more_signatures(rsa_signer, agency_signer, letter, root_cert):
    certified = sign_pdf(letter, rsa_signer, certify=True, docmdp_permissions=1)
    (verdict,) = assert_pyhanko_accepts(certified.pdf, root_cert, 1)
    assert verdict.docmdp == 1
    with pytest.raises(CertificationForbids, match="no changes allowed"):
        sign_pdf(certified.pdf, agency_signer)


def test_certification_only_as_first_signature(rsa_signer, agency_signer, letter):
    approved = sign_pdf(letter, rsa_signer)
    with pytest.raises(CertificationForbids, match="first signature"):
        sign_pdf(approved.pdf, agency_signer, certify=True)


def test_tsa_outage_produces_nothing(rsa_signer, tsa_issued, letter):
    server = DevTsaServer(tsa_issued.cert, tsa_issued.key).start()
    down = HttpTimestamper(server.url, timeout=2)
    server.stop()
    with pytest.raises(TimestampUnavailable, match="no time-stamp, so nothing was signed"):
        sign_pdf(letter, rsa_signer, timestamper=down)


def test_tsa_outage_allowed_signs_without_timestamp(rsa_signer, tsa_issued, letter, root_cert,
                                                    nssdir):
    server = DevTsaServer(tsa_issued.cert, tsa_issued.key).start()
    down = HttpTimestamper(server.url, timeout=2)
    server.stop()
    signed = sign_pdf(letter, rsa_signer, timestamper=down, allow_without_timestamp=True)
    assert signed.timestamped is False and signed.timestamp_time is None
    assert "unreachable" in signed.timestamp_problem
    (verdict,) = _judge(signed.pdf, root_cert, nssdir, 1)
    assert verdict.timestamp_trusted is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01garbage" * 100, "not a PDF"),
        (b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF", "damaged"),
    ],
    ids=["zero-bytes", "garbage", "damaged"],
)
def test_refused_inputs(data, reason, rsa_signer):
    with pytest.raises(InvalidInput, match=reason):
        sign_pdf(data, rsa_signer)


def test_encrypted_pdf_is_refused(rsa_signer, letter, tmp_path):
    import subprocess

    src, dst = tmp_path / "in.pdf", tmp_path / "enc.pdf"
    src.write_bytes(letter)
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", str(src), str(dst)],
                   check=True)
    with pytest.raises(InvalidInput, match="encrypted"):
        sign_pdf(dst.read_bytes(), rsa_signer)


def test_box_outside_the_page_and_missing_page_are_refused(rsa_signer, letter, signature_png):
    from docflow.signing import text_appearance

    with pytest.raises(InvalidInput, match="page 3 does not exist"):
        sign_pdf(letter, rsa_signer, appearance=text_appearance(3, (10, 10, 100, 60), "x"))
    with pytest.raises(InvalidInput, match="outside page 1"):
        sign_pdf(letter, rsa_signer,
                 appearance=text_appearance(1, (500, 800, 700, 900), "x"))


def test_explicit_field_name_must_be_new(rsa_signer, letter):
    first = sign_pdf(letter, rsa_signer, field_name="LanhDao")
    assert first.field_name == "LanhDao"
    with pytest.raises(InvalidInput, match="LanhDao"):
        sign_pdf(first.pdf, rsa_signer, field_name="LanhDao")


def test_errors_are_signing_errors_with_a_message(rsa_signer):
    with pytest.raises(SigningError) as info:
        sign_pdf(b"", rsa_signer)
    assert info.value.message == "the file is empty"


def test_validators_see_what_a_tampered_file_is(rsa_signer, letter, root_cert):
    """Sanity check of the oracle itself: a changed byte in the signed range is caught."""
    signed = sign_pdf(letter, rsa_signer).pdf
    i = signed.index(b"1.250.000.000") if b"1.250.000.000" in signed else 200
    tampered = signed[:i] + bytes([signed[i] ^ 1]) + signed[i + 1:]
    verdicts = pyhanko_validate(tampered, root_cert)
    assert verdicts and not verdicts[0].intact

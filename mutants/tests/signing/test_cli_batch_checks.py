"""`docflow sign` (CliRunner and a real subprocess), sign_batch, and check_signable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization

from docflow.signing import (
    CertificationForbids,
    InvalidInput,
    check_signable,
    sign_batch,
    sign_pdf,
    text_appearance,
)
from docflow.signing.cli import sign_command
from tests.signing.oracles import assert_pdfsig_accepts, assert_pyhanko_accepts, qpdf_check
from tests.support.pdfs import many_pages, to_xref_stream

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def files(tmp_path_factory, leader, letter, signature_png, pki):
    d = tmp_path_factory.mktemp("cli")
    (d / "in.pdf").write_bytes(letter)
    (d / "signer.p12").write_bytes(leader.pkcs12(b"secret-123"))
    (d / "key.pem").write_bytes(leader.key_pem())
    (d / "cert.pem").write_bytes(leader.cert_pem)
    (d / "chain.pem").write_bytes(b"".join(
        c.public_bytes(serialization.Encoding.PEM) for c in leader.chain))
    (d / "sig.png").write_bytes(signature_png)
    return d


def _run(args, env=None):
    return CliRunner().invoke(sign_command, args, env=env or {}, catch_exceptions=False)


def test_cli_signs_with_p12_visible_and_timestamped(files, tsa_server, root_cert, nssdir):
    out = files / "out-p12.pdf"
    result = _run([str(files / "in.pdf"), "-o", str(out), "--p12", str(files / "signer.p12"),
                   "--password-env", "P12_PASS", "--page", "1", "--box", "360,170,540,260",
                   "--text", "Nguyễn Văn Nghĩa", "--image", str(files / "sig.png"),
                   "--reason", "Phê duyệt", "--location", "Quảng Ngãi",
                   "--tsa", tsa_server.url],
                  env={"P12_PASS": "secret-123"})
    assert result.exit_code == 0, result.output
    assert "time-stamped" in result.output
    pdf = out.read_bytes()
    qpdf_check(pdf)
    assert_pdfsig_accepts(pdf, nssdir, 1)
    (v,) = assert_pyhanko_accepts(pdf, root_cert, 1)
    assert v.timestamp_trusted


def test_cli_signs_with_pem_key_and_certifies(files, root_cert):
    out = files / "out-pem.pdf"
    result = _run([str(files / "in.pdf"), "-o", str(out), "--key", str(files / "key.pem"),
                   "--cert", str(files / "cert.pem"), "--chain", str(files / "chain.pem"),
                   "--certify"])
    assert result.exit_code == 0, result.output
    (v,) = assert_pyhanko_accepts(out.read_bytes(), root_cert, 1)
    assert v.docmdp == 2


@pytest.mark.parametrize(
    ("extra", "env", "message"),
    [
        (["--p12", "{d}/signer.p12", "--password-env", "P12_PASS"], {"P12_PASS": "wrong"},
         "wrong password"),
        (["--p12", "{d}/signer.p12", "--password-env", "NOPE"], {}, "NOPE is not set"),
        (["--key", "{d}/key.pem"], {}, "--cert"),
        (["--key", "{d}/key.pem", "--cert", "{d}/cert.pem", "--box", "1,2,3"], {},
         "X1,Y1,X2,Y2"),
        (["--key", "{d}/key.pem", "--cert", "{d}/cert.pem", "--text", "x"], {}, "need --box"),
    ],
    ids=["wrong-password", "missing-env", "no-cert", "bad-box", "text-without-box"],
)
def test_cli_failures_exit_nonzero_with_one_line_and_no_output(files, extra, env, message):
    out = files / "must-not-exist.pdf"
    args = [str(files / "in.pdf"), "-o", str(out), *(a.format(d=files) for a in extra)]
    result = CliRunner().invoke(sign_command, args, env=env)
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert not list(files.glob(".must-not-exist.pdf.*"))


def test_cli_refuses_a_garbage_input_and_leaves_no_file(files, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"MZ\x90\x00 not a pdf")
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(sign_command, [str(bad), "-o", str(out), "--key",
                                               str(files / "key.pem"), "--cert",
                                               str(files / "cert.pem")])
    assert result.exit_code == 1
    assert result.stderr.strip() == "docflow sign: the file is not a PDF"
    assert list(tmp_path.iterdir()) == [bad]


def test_cli_as_a_process(files, tmp_path, root_cert):
    """Invoked the way the main `docflow` group will run it: a real interpreter."""
    out = tmp_path / "proc.pdf"
    code = ("import sys; from docflow.signing.cli import sign_command; "
            "sign_command(sys.argv[1:], prog_name='docflow sign')")
    env = {**os.environ, "P12_PASS": "secret-123", "PYTHONPATH": str(REPO)}
    ok = subprocess.run([sys.executable, "-c", code, str(files / "in.pdf"), "-o", str(out),
                         "--p12", str(files / "signer.p12"), "--password-env", "P12_PASS"],
                        capture_output=True, text=True, env=env, cwd=REPO)
    assert ok.returncode == 0, ok.stderr
    assert_pyhanko_accepts(out.read_bytes(), root_cert, 1)
    bad = subprocess.run([sys.executable, "-c", code, str(tmp_path / "missing.pdf"), "-o",
                          str(tmp_path / "x.pdf"), "--p12", str(files / "signer.p12"),
                          "--password-env", "P12_PASS"],
                         capture_output=True, text=True, env=env, cwd=REPO)
    assert bad.returncode != 0
    assert bad.stderr.strip().startswith("docflow sign: cannot read input")
    assert not (tmp_path / "x.pdf").exists()


# ------------------------------------------------------------------------------ batch
def test_batch_signs_each_document_on_its_own(rsa_signer, letter, root_cert, signature_png):
    items = [
        ("letter", letter),
        ("garbage", b"not a pdf at all"),
        ("xref-stream", to_xref_stream(letter)),
        ("empty", b""),
    ]

    def appearance_for(key):
        if key == "letter":
            return text_appearance(1, (360, 170, 540, 260), "Nguyễn Văn Nghĩa", signature_png)
        return None

    results = sign_batch(items, rsa_signer, appearance_for, reason="Phê duyệt")
    assert [r.key for r in results] == ["letter", "garbage", "xref-stream", "empty"]
    assert [r.ok for r in results] == [True, False, True, False]
    assert results[1].error == "the file is not a PDF"
    assert results[3].error == "the file is empty"
    for r in results:
        if r.ok:
            assert_pyhanko_accepts(r.signed.pdf, root_cert, 1)


def test_batch_keeps_one_certificate(rsa_signer, agency_signer, letter):
    from docflow.signing import SoftwareSigner

    class Swapping(SoftwareSigner):
        """A token whose certificate changes after the first document (card swapped)."""

        def sign(self, data, hash_algorithm="sha256"):
            out = super().sign(data, hash_algorithm)
            self.certificate = agency_signer.certificate
            return out

    swapping = Swapping(rsa_signer._key, rsa_signer.certificate, rsa_signer.chain)
    results = sign_batch([(1, letter), (2, letter)], swapping, None)
    assert results[0].ok
    assert not results[1].ok and "changed" in results[1].error


# ------------------------------------------------------------------------------ checks
def test_check_signable_reports_facts(letter, rsa_signer):
    facts = check_signable(letter)
    assert facts.page_count == 1 and facts.signature_count == 0
    assert facts.page_sizes[0][2] == pytest.approx(595.2756, abs=0.01)
    signed = sign_pdf(letter, rsa_signer, certify=True, docmdp_permissions=3)
    facts = check_signable(signed.pdf)
    assert facts.signature_count == 1 and facts.docmdp_permissions == 3
    assert signed.field_name in facts.field_names
    assert check_signable(to_xref_stream(letter)).xref_stream


def test_check_signable_refusals(letter, rsa_signer):
    with pytest.raises(InvalidInput, match="limit"):
        check_signable(letter, max_size=1000)
    truncated = letter[: len(letter) // 2]
    with pytest.raises(InvalidInput, match="damaged"):
        check_signable(truncated)
    with pytest.raises(CertificationForbids, match="P=1"):
        check_signable(sign_pdf(letter, rsa_signer, certify=True, docmdp_permissions=1).pdf)


def test_qpdf_catches_damage_pypdf_tolerates(letter, rsa_signer, files, tmp_path):
    """A broken content stream length: qpdf --check reports it, so the upload check
    (check_signable), ``sign_pdf(qpdf_check=True)`` and ``docflow sign`` refuse it."""
    import re

    m = re.search(rb"/Length (\d+)", letter)
    assert m
    broken = letter[: m.start(1)] + str(int(m[1]) + 7).encode() + letter[m.end(1):]
    try:
        check_signable(broken, qpdf=False)
    except InvalidInput:
        pytest.skip("pypdf already refuses this damage")
    with pytest.raises(InvalidInput, match="damaged"):
        check_signable(broken)
    with pytest.raises(InvalidInput, match="damaged .*qpdf"):
        sign_pdf(broken, rsa_signer, qpdf_check=True)
    # the command line signs files that never passed the upload check: qpdf runs there
    src, out = tmp_path / "broken.pdf", tmp_path / "out.pdf"
    src.write_bytes(broken)
    result = CliRunner().invoke(sign_command, [str(src), "-o", str(out), "--key",
                                               str(files / "key.pem"), "--cert",
                                               str(files / "cert.pem")])
    assert result.exit_code == 1
    assert "damaged" in result.stderr and "qpdf" in result.stderr
    assert not out.exists()


def test_sign_pdf_default_relies_on_the_strict_parse(letter, rsa_signer, monkeypatch):
    """Without qpdf_check, sign_pdf never starts qpdf (stored versions were checked at
    upload) but still refuses what pypdf's strict parser refuses."""
    from docflow.signing import checks

    def no_qpdf(pdf):
        raise AssertionError("qpdf must not run on the default signing path")

    monkeypatch.setattr(checks.QpdfCheck, "start", staticmethod(no_qpdf))
    assert sign_pdf(letter, rsa_signer).pdf.startswith(letter)
    with pytest.raises(InvalidInput, match="damaged"):
        sign_pdf(letter[: len(letter) // 2], rsa_signer)
    with pytest.raises(InvalidInput, match="not a PDF"):
        sign_pdf(b"MZ garbage", rsa_signer)


def test_large_document_is_fine(rsa_signer, root_cert):
    pdf = many_pages(30)
    signed = sign_pdf(pdf, rsa_signer)
    assert_pyhanko_accepts(signed.pdf, root_cert, 1)

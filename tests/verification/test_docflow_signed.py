"""Documents signed by docflow's own signing engine, judged by docflow's verifier: a single
signature, the leader + seal sequence, an attachment stamp, a timestamped signature — all
TOTAL_PASSED — and the same document altered after signing, which must fail with the change
named. Also: ``docflow verify`` without --trust uses the installation's trust store."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from PIL import Image, ImageDraw

from docflow.cli.verify import verify_command
from docflow.pki.tsa import DevTsaServer, HttpTimestamper
from docflow.signing import SoftwareSigner, attachment_stamp, leader_appearance, seal_appearance, sign_pdf
from docflow.verification import signed_revision, verify_pdf
from tests.support.pdfs import official_letter

from .cases import replace_content

WHEN = dt.datetime.now(dt.UTC).replace(microsecond=0)
A4 = (595.28, 841.89)


def _png(size, draw) -> bytes:
    img = Image.new("RGBA", size, (0, 0, 0, 0))
    draw(ImageDraw.Draw(img))
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


SIGNATURE_PNG = _png((420, 170), lambda d: d.line([(20, 120), (110, 40), (220, 130), (400, 60)],
                                                   fill=(20, 40, 190, 255), width=7))
SEAL_PNG = _png((425, 425), lambda d: d.ellipse([4, 4, 420, 420], outline=(210, 20, 20, 235), width=12))


def _signer(issued) -> SoftwareSigner:
    return SoftwareSigner(issued.key, issued.cert, issued.chain)


@pytest.fixture(scope="module")
def docs(world):
    letter = official_letter(signer_title="", signer_name="")
    leader = leader_appearance(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Nghĩa", SIGNATURE_PNG, 1,
                               (360, 150, 530, 320))
    single = sign_pdf(letter, _signer(world.leader), appearance=leader, signing_time=WHEN,
                      allow_without_timestamp=True).pdf
    seal = seal_appearance(SEAL_PNG, 1, leader.image_box, agency_name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                           signing_time=WHEN)
    sealed = sign_pdf(single, _signer(world.clerk), appearance=seal, signing_time=WHEN,
                      allow_without_timestamp=True).pdf
    stamp = attachment_stamp("15/QĐ-SNNMT", WHEN, *A4)
    attachment = sign_pdf(official_letter(), _signer(world.clerk), appearance=stamp, signing_time=WHEN,
                          allow_without_timestamp=True).pdf
    with DevTsaServer(world.tsa.cert, world.tsa.key, world.tsa.chain) as tsa:
        timestamped = sign_pdf(letter, _signer(world.leader), timestamper=HttpTimestamper(tsa.url)).pdf
    return {"single": single, "leader_and_seal": sealed, "attachment_stamp": attachment,
            "timestamped": timestamped}


@pytest.mark.parametrize("name", ["single", "leader_and_seal", "attachment_stamp", "timestamped"])
def test_docflow_signed_documents_pass(world, docs, name):
    report = verify_pdf(docs[name], world.context())
    assert report.verdict == "TOTAL_PASSED", [(s.field, s.subindication, s.problems) for s in report.signatures]
    assert all(s.indication == "TOTAL_PASSED" for s in report.signatures)
    assert len(report.signatures) == (2 if name == "leader_and_seal" else 1)


def test_leader_signature_stays_valid_under_the_seal(world, docs):
    first, second = verify_pdf(docs["leader_and_seal"], world.context()).signatures
    assert first.modifications_after == "ALLOWED" and second.coverage == "ENTIRE_FILE"
    assert any("signed" in c for c in first.changes_after)
    assert signed_revision(docs["leader_and_seal"], 0) == docs["single"]


def test_timestamp_proves_the_signing_time(world, docs):
    (sig,) = verify_pdf(docs["timestamped"], world.context()).signatures
    assert sig.timestamp is not None and sig.timestamp.trusted and sig.timestamp.intact
    assert abs(sig.timestamp.time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)


def test_altered_after_signing_fails_with_the_change_named(world, docs):
    altered = replace_content(docs["leader_and_seal"])
    report = verify_pdf(altered, world.context())
    assert report.verdict == "TOTAL_FAILED"
    for sig in report.signatures:
        assert (sig.indication, sig.subindication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
        assert "page 1 content replaced" in sig.changes_after
    assert signed_revision(altered, 1) == docs["leader_and_seal"]  # what the seal covered


def test_cli_uses_the_installation_trust_store(world, docs, tmp_path, monkeypatch):
    """No --trust: certs/ ($DOCFLOW_TRUST_DIR, empty here) plus the instance's trust directory."""
    instance, certs = tmp_path / "instance", tmp_path / "certs"
    (instance / "trust").mkdir(parents=True)
    certs.mkdir()
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(docs["single"])
    env = {"DOCFLOW_DATA_DIR": str(instance), "DOCFLOW_TRUST_DIR": str(certs)}
    untrusted = CliRunner().invoke(verify_command, ["--json", str(pdf)], env=env)
    assert untrusted.exit_code == 2 and json.loads(untrusted.output)["verdict"] == "INDETERMINATE"
    (instance / "trust" / "root.pem").write_bytes(world.root.cert.public_bytes(serialization.Encoding.PEM))
    trusted = CliRunner().invoke(verify_command, ["--json", str(pdf)], env=env)
    assert trusted.exit_code == 0, trusted.output
    assert not (instance / "secret_key").exists()  # verifying creates nothing in the installation


def test_cli_trusts_the_anchors_of_the_installation_database(world, docs, app, db, tmp_path):
    """Issue 24: the instance's anchors are in its database (any node's data directory is
    empty); ``docflow verify`` of that installation trusts them."""
    from docflow.pki import service

    cfg = app.config["DOCFLOW"]
    certs = tmp_path / "certs"
    certs.mkdir()
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(docs["single"])
    env = {"DOCFLOW_DATA_DIR": str(tmp_path / "another-node"), "DOCFLOW_TRUST_DIR": str(certs),
           "DOCFLOW_DATABASE_URL": cfg.sqlalchemy_url}
    untrusted = CliRunner().invoke(verify_command, ["--json", str(pdf)], env=env)
    assert untrusted.exit_code == 2, untrusted.output
    service.add_trust_anchor(db, cfg, world.root.cert.public_bytes(serialization.Encoding.PEM), actor=None)
    trusted = CliRunner().invoke(verify_command, ["--json", str(pdf)], env=env)
    assert trusted.exit_code == 0, trusted.output

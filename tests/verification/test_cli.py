"""`docflow verify`: JSON lines, human table, exit codes, trust store resolution."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization

from docflow.cli.verify import verify_command

from .cases import build

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def files(world, tmp_path):
    out = {}
    for name in ("valid_single", "isa_content_replaced", "self_signed", "unsigned"):
        p = tmp_path / f"{name}.pdf"
        p.write_bytes(build(world, name))
        out[name] = p
    root = tmp_path / "root.pem"
    root.write_bytes(world.root.cert.public_bytes(serialization.Encoding.PEM))
    crl = tmp_path / "ca.crl"
    crl.write_bytes(world.ca.crl().public_bytes(serialization.Encoding.DER))
    out["root"], out["crl"] = root, crl
    return out


def run(*args, env=None):
    return CliRunner().invoke(verify_command, [str(a) for a in args], env=env)


def test_json_lines_and_exit_0(files):
    r = run("--trust", files["root"], "--crl", files["crl"], "--json", files["valid_single"],
            files["valid_single"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    obj = json.loads(lines[0])
    assert obj["schema"] == "docflow.verification/1"
    assert obj["file"] == str(files["valid_single"]) and obj["verdict"] == "TOTAL_PASSED"
    assert obj["signatures"][0]["checks"]["revocation"] == "good"


def test_exit_1_on_any_failure(files):
    r = run("--trust", files["root"], "--json", files["valid_single"],
            files["isa_content_replaced"])
    assert r.exit_code == 1
    verdicts = [json.loads(x)["verdict"] for x in r.stdout.strip().splitlines()]
    assert verdicts == ["TOTAL_PASSED", "TOTAL_FAILED"]


def test_exit_2_indeterminate_or_unsigned(files):
    assert run("--trust", files["root"], "--json", files["self_signed"]).exit_code == 2
    assert run("--trust", files["root"], "--json", files["unsigned"]).exit_code == 2


def test_exit_64_usage_and_io(files, tmp_path):
    assert run("--trust", tmp_path / "missing.pem", files["valid_single"]).exit_code == 64
    assert run("--trust", files["root"], tmp_path / "missing.pdf").exit_code == 64
    assert run("--bogus-option", files["valid_single"]).exit_code == 64
    assert run().exit_code == 64  # no file


def test_human_table_and_progress(files):
    r = run("--trust", files["root"], files["valid_single"], files["isa_content_replaced"])
    assert r.exit_code == 1
    assert "TOTAL_FAILED/FORMAT_FAILURE" in r.stdout
    assert "page 1 content replaced" in r.stdout
    assert "Nguyễn Văn Nghĩa" in r.stdout


def test_trust_dir_from_env(files, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "root.pem").write_bytes(files["root"].read_bytes())
    r = run("--json", files["valid_single"], env={"DOCFLOW_TRUST_DIR": str(store)})
    assert r.exit_code == 0, r.output


def test_subprocess(files):
    cmd = [sys.executable, "-c",
           "from docflow.cli.verify import verify_command; verify_command()",
           "--trust", str(files["root"]), "--json", str(files["valid_single"]),
           str(files["isa_content_replaced"])]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert p.returncode == 1, p.stderr
    assert [json.loads(x)["verdict"] for x in p.stdout.splitlines()] == [
        "TOTAL_PASSED", "TOTAL_FAILED"]
    p = subprocess.run(cmd[:3] + [str(files["valid_single"]) + ".nope"], capture_output=True,
                       text=True, cwd=REPO, timeout=120)
    assert p.returncode == 64 and "cannot read" in p.stderr


def test_json_lists_every_revocation_lookup_and_fetching_can_be_off(world, tmp_path):
    """`revocation_fetches` (URL, result, time) in each JSON line; with
    DOCFLOW_REVOCATION_FETCH=off nothing is called and the signature is TRY_LATER."""
    from .test_fetching import Route, Server, _pki

    server = Server()
    try:
        root, ca, signer = _pki(server.base, "Cli")
        server.routes["/ca.crl"] = Route(body=ca.crl().public_bytes(serialization.Encoding.DER))
        pdf = tmp_path / "signed.pdf"
        from .corpus import sign

        pdf.write_bytes(sign(world.letter, signer))
        anchor = tmp_path / "cli-root.pem"
        anchor.write_bytes(root.cert.public_bytes(serialization.Encoding.PEM))
        root_crl = tmp_path / "root.crl"
        root_crl.write_bytes(root.crl().public_bytes(serialization.Encoding.DER))
        env = {"DOCFLOW_WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1/32", "DOCFLOW_DATA_DIR": str(tmp_path / "inst"),
               "DOCFLOW_REDIS_URL": ""}
        on = run("--trust", anchor, "--crl", root_crl, "--json", pdf, env=env)
        assert on.exit_code == 0, on.output
        [fetch] = json.loads(on.stdout)["revocation_fetches"]
        assert (fetch["url"], fetch["kind"], fetch["result"]) == (f"{server.base}/ca.crl", "crl", "fetched")
        assert isinstance(fetch["ms"], int)
        off = run("--trust", anchor, "--crl", root_crl, "--json", pdf, env={**env, "DOCFLOW_REVOCATION_FETCH": "off"})
        assert off.exit_code == 2, off.output
        obj = json.loads(off.stdout)
        assert obj["signatures"][0]["subindication"] == "TRY_LATER"
        assert [f["result"] for f in obj["revocation_fetches"]] == ["not_fetched_offline"]
        assert len(server.hits) == 1
    finally:
        server.close()

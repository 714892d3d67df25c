"""`make run` as a new user runs it: on another port the base URL follows (the certificates'
CRL URLs answer there), the logins come last, and a second start does not reinstall."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
PORT = 5151

pytestmark = pytest.mark.slow


def _wait_for(path: Path, needle: str, process: subprocess.Popen, seconds: float = 300) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        out = path.read_text(errors="replace") if path.exists() else ""
        if needle in out:
            return out
        assert process.poll() is None, out[-3000:]
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} not printed in {seconds} s:\n" + path.read_text(errors="replace")[-3000:])


def test_make_run_on_another_port(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCFLOW_")}
    env["DOCFLOW_DATA_DIR"] = str(tmp_path / "instance")
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        process = subprocess.Popen(["make", "-C", str(ROOT), "run", f"PORT={PORT}"], stdout=out,
                                   stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        output = _wait_for(log, "Ctrl+C stops docflow.\n=====", process)
        banner = output[output.rindex("docflow is running"):]
        assert f"http://127.0.0.1:{PORT}/" in banner
        admin_file = tmp_path / "instance" / "admin-password"
        user, password = admin_file.read_text().split()
        assert f"{user} / {password}" in banner  # the administrator's login, printed last
        assert oct(admin_file.stat().st_mode & 0o777) == "0o600"
        # every demo certificate names its CRL on this port, and the CRL answers there
        engine = create_engine(f"sqlite:///{tmp_path / 'instance' / 'docflow.sqlite3'}")
        with engine.connect() as conn:
            ders = [row[0] for row in conn.execute(text("SELECT cert_der FROM certificates"))]
        engine.dispose()
        assert ders
        urls = set()
        for der in ders:
            points = x509.load_der_x509_certificate(der).extensions.get_extension_for_class(
                x509.CRLDistributionPoints).value
            urls |= {name.value for point in points for name in point.full_name or ()}
        assert urls and all(u.startswith(f"http://127.0.0.1:{PORT}/pki/crl/") for u in urls), urls
        for url in urls:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own server
                x509.load_der_x509_crl(response.read())
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
    # installed once: the stamp is newer than pyproject.toml, nothing left to do for `make install`
    assert subprocess.run(["make", "-C", str(ROOT), "-q", "install"], env=env).returncode == 0

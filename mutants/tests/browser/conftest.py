"""Browser journeys: a live docflow (``docflow init`` + ``docflow demo``, served by gunicorn
with two workers) on a free loopback port, driven by Debian's Chromium through Playwright.

One server per pytest(-xdist) worker, for the whole session: its own port, data folder and
database (a SQLite file, or a dedicated PostgreSQL database next to
``DOCFLOW_TEST_DATABASE_URL`` when that is set). Tests share the demo province, so each test
creates its own documents and never counts on another test's.

Logins are made once per user and per server (the session cookie is kept as Playwright
storage state): the login form itself is exercised by the first use of each account, and the
server's login rate limit (20 a minute per address) is never reached.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "Demo-pass-2026"
PIN = "246810"
ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
LAPTOP = {"width": 1366, "height": 860}


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _database(tmp: Path) -> tuple[str, callable]:
    """The server's own database: a fresh SQLite file, or a fresh PostgreSQL database."""
    base = os.environ.get("DOCFLOW_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tmp / 'docflow.sqlite3'}", lambda: None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(base)
    name = f"{parsed.database}_browser_{_worker()}"
    admin_url = parsed.set(database="postgres")

    def run(sql: str) -> None:
        engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(sql))
        engine.dispose()

    run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    run(f'CREATE DATABASE "{name}"')
    return (parsed.set(database=name).render_as_string(hide_password=False),
            lambda: run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# ``docflow`` with the test suite's Argon2id profile for login passwords (as tests/conftest.py
# does in-process): 30 demo users at the real profile cost ~15 s of CPU per server. Keys keep
# the production KDF; the commands themselves are the real ``docflow init`` / ``docflow demo``.
_CLI = ("import sys; from docflow.accounts.passwords import use_fast_profile; use_fast_profile(); "
        "from docflow.cli import main; sys.argv[0] = 'docflow'; sys.exit(main())")


@dataclass
class LiveServer:
    url: str
    data_dir: Path
    database_url: str
    log: Path
    process: subprocess.Popen = field(repr=False)


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"docflow exited ({process.returncode}):\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url + "/login", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"docflow did not answer on {url}:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp(f"browser-{_worker()}")
    database_url, drop = _database(tmp)
    env = {
        **os.environ,
        "DOCFLOW_ENV": "development",
        "DOCFLOW_DATA_DIR": str(tmp / "instance"),
        "DOCFLOW_TRUST_DIR": str(tmp / "trust"),
        "DOCFLOW_DATABASE_URL": database_url,
        "DOCFLOW_SECRET_KEY": "browser-test-secret-" + "k" * 32,
        "DOCFLOW_ADMIN_PASSWORD": "Admin-pass-2026",
        "DOCFLOW_DEMO_PASSWORD": PASSWORD,
        "DOCFLOW_DEMO_PIN": PIN,
        "DOCFLOW_TSA_URL": "internal",
        "DOCFLOW_CA_KEY_ALGORITHM": "ec-p256",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DOCFLOW_TEST_DATABASE_URL", None)
    (tmp / "trust").mkdir()
    # The listening socket is made here and handed to gunicorn (fd://): no race for the port,
    # and the URL is known before ``docflow init`` writes it into the CA's CRL/OCSP addresses.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    env["DOCFLOW_BASE_URL"] = url
    for command in ("init", "demo"):
        done = subprocess.run([sys.executable, "-c", _CLI, command], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, f"docflow {command} failed:\n{done.stdout}\n{done.stderr}"
    log = tmp / "gunicorn.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "--workers", "2", "--bind", f"fd://{listener.fileno()}", "--timeout", "120",
             "--graceful-timeout", "5", "--no-control-socket", "--error-logfile", "-", "--access-logfile", "-",
             "wsgi:app"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, pass_fds=[listener.fileno()])
    listener.close()
    try:
        _wait_until_up(url, process, log)
    except RuntimeError:
        process.kill()
        process.wait()
        raise
    server = LiveServer(url, tmp / "instance", database_url, log, process)
    yield server
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    drop()


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=20_000)  # signing with a timestamp takes seconds on a busy CI box
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# -- screenshots --------------------------------------------------------------------------------


def artifacts_dir() -> Path:
    return Path(os.environ.get("DOCFLOW_ARTIFACTS") or ROOT / "test-artifacts") / "screenshots"


@pytest.fixture
def shoot(request):
    """``shoot(page, "step")`` saves screenshots/<test>-NN-step.png (numbered in order)."""
    folder = artifacts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    test = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower().removeprefix("test_")).strip("-")
    counter = {"n": 0}

    def save(page, step: str, *, full_page: bool = False) -> Path:
        from playwright.sync_api import expect

        counter["n"] += 1
        path = folder / f"{test}-{counter['n']:02d}-{step}.png"
        for image in page.locator("img:visible").all():  # CSP forbids wait_for_function's eval
            expect(image).to_have_js_property("complete", True)
        page.screenshot(path=str(path), full_page=full_page, animations="disabled")
        return path

    return save


# -- people -------------------------------------------------------------------------------------


class People:
    """Browser contexts logged in as demo users; one login per user and server."""

    def __init__(self, server: LiveServer, browser, tmp: Path):
        self.server = server
        self.browser = browser
        self.tmp = tmp
        self.contexts: list = []

    _states: dict[tuple[str, str], Path] = {}

    def _context(self, viewport: dict, **kw):
        context = self.browser.new_context(base_url=self.server.url, viewport=viewport, locale="vi-VN",
                                           timezone_id="Asia/Ho_Chi_Minh", accept_downloads=True, **kw)
        context.set_default_timeout(20_000)
        self.contexts.append(context)
        return context

    def page(self, username: str, *, viewport: dict | None = None):
        """A new page of a context logged in as ``username``, on the desk."""
        from playwright.sync_api import expect

        viewport = viewport or LAPTOP
        key = (self.server.url, username)
        state = self._states.get(key)
        if state is not None:
            page = self._context(viewport, storage_state=str(state)).new_page()
            page.goto("/desk")
            if "/login" not in page.url:
                return page
        page = self._context(viewport).new_page()
        login(page, username)
        path = self.tmp / f"state-{username}.json"
        page.context.storage_state(path=str(path))
        self._states[key] = path
        expect(page.locator("#logout")).to_be_visible()
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()
        self.contexts.clear()


def login(page, username: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.locator("form[action$='/login'] button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/desk$"))


@pytest.fixture(scope="session")
def _states_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp(f"browser-states-{_worker()}")


@pytest.fixture
def people(live_server, chromium, _states_dir) -> Iterator[People]:
    crowd = People(live_server, chromium, _states_dir)
    yield crowd
    crowd.close()


@pytest.fixture(scope="session")
def letter_pdf(tmp_path_factory) -> Path:
    """A one-page official letter with the signature area left empty, as staff upload it."""
    from tests.support.pdfs import official_letter

    path = tmp_path_factory.mktemp("letters") / "cong-van.pdf"
    path.write_bytes(official_letter(signer_title="", signer_name=""))
    return path

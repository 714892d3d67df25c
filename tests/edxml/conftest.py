"""Two docflow installations on loopback: A (the ``app`` fixture, with the demo province and
certificates) and B (a second app with its own data directory and database), each served by
a real HTTP server (werkzeug ``make_server`` on 127.0.0.1:0)."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import pytest
import requests
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from tests.conftest import DEMO_PASSWORD, FAST_KDF
from tests.workflow.conftest import world  # noqa: F401 - installation A's world


class LazyApp:
    """Lets the server take its port before the app (whose base URL names that port) exists."""

    app = None

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)


@dataclass
class Served:
    url: str
    wsgi: LazyApp
    server: object


def _serve() -> Served:
    wsgi = LazyApp()
    server = make_server("127.0.0.1", 0, wsgi, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Served(f"http://127.0.0.1:{server.server_port}", wsgi, server)


@pytest.fixture
def served_a():
    served = _serve()
    yield served
    served.server.shutdown()


@pytest.fixture
def config_overrides(config_overrides, served_a):  # noqa: F811 - A's CRLs and TSA name its real address
    return {**config_overrides, "base_url": served_a.url}


@pytest.fixture
def installation_a(world, served_a):  # noqa: F811
    served_a.wsgi.app = world.app
    return world


@pytest.fixture
def database_url_b(database_url, tmp_path):
    base = os.environ.get("DOCFLOW_TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'b.sqlite3'}"
        return
    parsed = make_url(database_url)
    name = f"{parsed.database}_b"
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield parsed.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass
class Installation:
    app: object
    url: str
    tokens: dict[str, str]

    def call(self, method: str, path: str, user: str, **kw) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.tokens[user]}", **kw.pop("headers", {})}
        return requests.request(method, self.url + path, headers=headers, timeout=60, **kw)


def _tokens(session, usernames) -> dict[str, str]:
    from docflow.api import tokens
    from docflow.models import User

    out = {}
    for username in usernames:
        user = session.execute(select(User).where(User.username == username)).scalar_one()
        out[username] = tokens.create_token(session, user, user, "exchange").token
    session.commit()
    return out


@pytest.fixture
def installation_b(database_url_b, tmp_path):
    """A second installation (own data dir, database and development CA), served on loopback."""
    from docflow import create_app
    from docflow.db import make_engine
    from docflow.provisioning import ensure_base, ensure_demo
    from docflow.schema import upgrade

    engine = make_engine(database_url_b)
    upgrade(engine)
    engine.dispose()
    served = _serve()
    app = create_app({
        "env": "testing", "secret_key": "installation-b-" + "y" * 32, "data_dir": tmp_path / "instance-b",
        "database_url": database_url_b, "trust_dir": tmp_path / "trust-b", "ca_key_algorithm": "ec-p256",
        "base_url": served.url, "extra": {"ratelimit_enabled": False, "pki_kdf": FAST_KDF},
        # B fetches A's CRLs and OCSP over HTTP: A is on loopback here, as a province's other
        # installation would be on its intranet, which B's administrator allows
        "webhook_allowed_networks": "127.0.0.0/8",
    })
    served.wsgi.app = app
    session = app.extensions["docflow.write_sessionmaker"]()
    ensure_base(session, admin_password="Admin-pass-2026")
    ensure_demo(session, DEMO_PASSWORD)
    session.commit()
    tokens = _tokens(session, ["stc.clerk", "stc.leader", "stc.staff", "stc.admin"])
    session.close()
    yield Installation(app, served.url, tokens)
    served.server.shutdown()
    app.extensions["docflow.engine"].dispose()

"""The application factory: wires configuration, database, extensions and blueprints."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, g
from sqlalchemy.orm import Session

from .config import PROJECT_ROOT, Config, load_config
from .db import make_engine, make_sessionmaker

__all__ = ["create_app", "get_session", "writes"]

F = TypeVar("F", bound=Callable[..., Any])


def create_app(config: Config | dict[str, Any] | None = None) -> Flask:
    if not isinstance(config, Config):
        config = load_config(config)
    app = Flask(
        "docflow",
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "docflow" / "static"),
        instance_path=str(config.data_dir.resolve()),
    )
    config.data_dir.mkdir(parents=True, exist_ok=True)
    app.config.update(
        DOCFLOW=config,
        SECRET_KEY=config.secret_key,
        DEBUG=False,
        TESTING=config.env == "testing",
        MAX_CONTENT_LENGTH=config.max_upload_mb * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.base_url.startswith("https://"),
        SESSION_COOKIE_NAME="docflow_session",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=config.session_hours),
        WTF_CSRF_TIME_LIMIT=config.session_hours * 3600,
        WTF_CSRF_SSL_STRICT=True,
        BABEL_DEFAULT_LOCALE=config.default_locale,
        BABEL_DEFAULT_TIMEZONE=config.timezone,
        RATELIMIT_STORAGE_URI=config.ratelimit_storage_uri,
        RATELIMIT_ENABLED=config.extra.get("ratelimit_enabled", True),
    )
    engine = make_engine(config.sqlalchemy_url)
    app.extensions["docflow.engine"] = engine
    app.extensions["docflow.sessionmaker"] = make_sessionmaker(engine)
    app.extensions["docflow.write_sessionmaker"] = make_sessionmaker(engine, writer=True)
    app.extensions["docflow.read_sessionmaker"] = make_sessionmaker(engine, read_only=True)

    @app.teardown_appcontext
    def _close_session(_exc: BaseException | None) -> None:
        session: Session | None = g.pop("db_session", None)
        if session is not None:
            try:
                session.rollback()  # anything not explicitly committed is dropped
                session.close()
            except Exception:  # noqa: BLE001 - the connection died (database restart): nothing to roll back;
                # the response is already made and must not become a 500 (tests/reliability/test_db_faults.py)
                app.logger.warning("could not end the request's database session", exc_info=True)

    from . import cli, web

    web.init_app(app)
    cli.register(app.cli)
    app.extensions.setdefault("docflow.demo_hooks", []).append(lambda _password: _demo_documents(app))
    logging.getLogger("docflow").setLevel(logging.INFO)
    return app


def _demo_documents(app: Flask) -> None:
    """``docflow demo``: sample PDFs to upload and a few documents already in the workflow."""
    from .db import session_scope
    from .demo_documents import ensure_demo_documents, write_samples

    config = app.config["DOCFLOW"]
    paths = write_samples(config.data_dir / "demo")
    with session_scope(app.extensions["docflow.write_sessionmaker"]) as session:
        created = ensure_demo_documents(session, config)
    import click

    note = f" ({created} demo documents created)" if created else ""
    click.echo(f"Sample PDFs to upload: {paths[0].parent}{note}")


def writes(view: F) -> F:
    """Mark a GET view that must write (a CRL whose number advances, an export that records
    its delivery): it gets a writing session instead of the read-only one. Put it closest
    to the function; the route decorators keep the mark (functools.wraps copies it)."""
    view.docflow_writes = True  # type: ignore[attr-defined]
    return view


def get_session() -> Session:
    """The request's database session (created on first use, closed at teardown).
    Safe requests (GET, HEAD, OPTIONS) get a read-only session unless their view is marked
    with ``@writes``; the others get a session that writes safely on SQLite too."""
    from flask import current_app, request

    if "db_session" not in g:
        view = current_app.view_functions.get(request.endpoint or "")
        safe = request.method in ("GET", "HEAD", "OPTIONS") and not getattr(view, "docflow_writes", False)
        kind = "docflow.read_sessionmaker" if safe else "docflow.write_sessionmaker"
        g.db_session = current_app.extensions[kind]()
    return g.db_session

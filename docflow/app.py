"""The application factory: wires configuration, database, extensions and blueprints."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import click
from flask import Flask, g
from sqlalchemy.orm import Session

from . import api, cli, web
from .cli import pki as pki_commands
from .config import PROJECT_ROOT, Config, load_config
from .db import make_engine, make_sessionmaker, session_scope
from .demo_documents import ensure_demo_documents, write_samples
from .pki import service as pki_service
from .web.requestdb import get_session, writes

# get_session and writes live in web.requestdb; re-exported for code written before the move
__all__ = ["create_app", "get_session", "writes"]

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
        RATELIMIT_ENABLED=config.extra.get("ratelimit_enabled", True),
    )
    engine = make_engine(config.sqlalchemy_url)
    from .ratelimits import storage_settings

    # counters shared by every worker and node: Redis when configured, else the database
    storage_uri, storage_options = storage_settings(config, engine)
    app.config.update(RATELIMIT_STORAGE_URI=storage_uri, RATELIMIT_STORAGE_OPTIONS=storage_options)
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

    _prepare_instance(app, config)
    web.init_app(app)
    api.init_app(app)  # /api/v1 (JSON errors, token auth, no CSRF), /account/tokens
    web.init_hardening(app)
    from .workflow import jobs as conversion_jobs

    conversion_jobs.install(app)  # Word files queued for conversion: RQ jobs after the commit (with Redis)
    cli.register(app.cli)
    # ``docflow init`` / ``docflow demo``: the dev CA; demo certificates, images and documents
    app.extensions.setdefault("docflow.init_hooks", []).append(pki_commands.init_hook)
    app.extensions.setdefault("docflow.demo_hooks", []).append(pki_commands.demo_hook)
    app.extensions.setdefault("docflow.demo_hooks", []).append(lambda _password: _demo_documents(app))
    logging.getLogger("docflow").setLevel(logging.INFO)
    return app


def _prepare_instance(app: Flask, config: Config) -> None:
    """The development CA in the database before the first request (pki.prepare_instance);
    a database that cannot be reached now leaves it to the first use."""
    from sqlalchemy.exc import OperationalError

    try:
        pki_service.prepare_instance(config)
    except OperationalError:
        app.logger.warning("the database is not reachable: the development CA is loaded on first use")


def _demo_documents(app: Flask) -> None:
    """``docflow demo``: sample PDFs to upload and a few documents already in the workflow."""
    config = app.config["DOCFLOW"]
    paths = write_samples(config.data_dir / "demo")
    with session_scope(app.extensions["docflow.write_sessionmaker"]) as session:
        created = ensure_demo_documents(session, config)
    note = f" ({created} demo documents created)" if created else ""
    click.echo(f"Sample PDFs to upload: {paths[0].parent}{note}")

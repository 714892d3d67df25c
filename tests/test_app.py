"""The factory, configuration and migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from docflow import create_app
from docflow.config import ConfigError, load_config
from docflow.db import make_engine
from docflow.schema import current_revision, head_revision, upgrade


def test_factory_builds_an_app_with_safe_defaults(tmp_path: Path):
    app = create_app({"data_dir": tmp_path, "env": "development"})
    assert app.debug is False
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert app.config["SESSION_COOKIE_SECURE"] is False  # served over plain HTTP by default
    assert app.template_folder.endswith("templates")
    # the development secret is random, kept in the instance folder, readable by the owner only
    secret = tmp_path / "secret_key"
    assert secret.read_text().strip() == app.config["SECRET_KEY"]
    assert secret.stat().st_mode & 0o077 == 0
    assert create_app({"data_dir": tmp_path}).config["SECRET_KEY"] == app.config["SECRET_KEY"]
    assert app.config["DOCFLOW"].sqlalchemy_url == f"sqlite:///{tmp_path / 'docflow.sqlite3'}"


def test_https_base_url_makes_cookies_secure(tmp_path: Path):
    app = create_app({"data_dir": tmp_path, "base_url": "https://vanban.quangngai.gov.vn"})
    assert app.config["SESSION_COOKIE_SECURE"] is True


@pytest.mark.parametrize("secret", ["", "dev", "short-secret"])
def test_production_refuses_to_start_without_a_real_secret(tmp_path: Path, secret: str):
    with pytest.raises(ConfigError, match="DOCFLOW_SECRET_KEY"):
        load_config(environ={"DOCFLOW_ENV": "production", "DOCFLOW_SECRET_KEY": secret,
                             "DOCFLOW_DATA_DIR": str(tmp_path)})
    assert not (tmp_path / "secret_key").exists()  # no key was invented for production


def test_production_starts_with_a_real_secret(tmp_path: Path):
    cfg = load_config(environ={"DOCFLOW_ENV": "production", "DOCFLOW_SECRET_KEY": "k" * 48,
                               "DOCFLOW_DATA_DIR": str(tmp_path), "DOCFLOW_TSA_URL": "https://tsa.example/tsr"})
    assert cfg.production and not create_app(cfg).debug


def test_production_refuses_to_start_without_a_timestamp_authority(tmp_path: Path):
    """Signatures without a trusted timestamp cannot be proven after their certificates expire:
    production needs a TSA, or an explicit DOCFLOW_TSA_URL=none."""
    environ = {"DOCFLOW_ENV": "production", "DOCFLOW_SECRET_KEY": "k" * 48, "DOCFLOW_DATA_DIR": str(tmp_path)}
    with pytest.raises(ConfigError, match="DOCFLOW_TSA_URL=none"):
        load_config(environ=environ)
    opted_out = load_config(environ={**environ, "DOCFLOW_TSA_URL": "none"})
    assert opted_out.timestamps_off


def test_development_timestamps_with_the_internal_tsa_by_default(tmp_path: Path):
    from docflow.runtime import LocalTimestamper, timestamper_for

    cfg = load_config(environ={"DOCFLOW_DATA_DIR": str(tmp_path)})
    assert cfg.tsa_url == "internal" and isinstance(timestamper_for(cfg), LocalTimestamper)
    off = load_config(environ={"DOCFLOW_DATA_DIR": str(tmp_path), "DOCFLOW_TSA_URL": "none"})
    assert timestamper_for(off) is None


def test_unknown_environment_is_refused(tmp_path: Path):
    with pytest.raises(ConfigError, match="DOCFLOW_ENV"):
        load_config(environ={"DOCFLOW_ENV": "staging", "DOCFLOW_DATA_DIR": str(tmp_path)})


def test_environment_overrides_instance_file(tmp_path: Path):
    (tmp_path / "docflow.toml").write_text('max_upload_mb = 7\nbase_url = "https://a.example"\n')
    cfg = load_config(environ={"DOCFLOW_DATA_DIR": str(tmp_path), "DOCFLOW_MAX_UPLOAD_MB": "9"})
    assert cfg.max_upload_mb == 9
    assert cfg.base_url == "https://a.example"
    assert create_app(cfg).config["MAX_CONTENT_LENGTH"] == 9 * 1024 * 1024


def test_migrations_create_the_schema_on_an_empty_database(database_url: str, tmp_path: Path):
    """On SQLite a brand-new file; on PostgreSQL the suite's database was migrated from empty."""
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}" if database_url.startswith("sqlite") else database_url
    engine = make_engine(url)
    upgrade(engine)
    upgrade(engine)  # idempotent
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"units", "users", "user_roles", "audit_events", "audit_head", "alembic_version"} <= tables
    engine.dispose()

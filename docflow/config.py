"""Configuration: embedded defaults, an optional instance file, then the environment.

Defaults give a zero-set-up development installation (SQLite and blobs under ``instance/``).
Production (``DOCFLOW_ENV=production``) refuses to start without a real secret key, and
without a time-stamp authority unless ``DOCFLOW_TSA_URL=none`` says so explicitly: a signature
without a trusted timestamp proves nothing once its certificate expires. Development and tests
default to the in-process development TSA (``internal``), so every signature is PAdES B-T.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields, replace
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Any

__all__ = ["Config", "ConfigError", "load_config", "PROJECT_ROOT"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_INSECURE_KEYS = {"", "dev", "change-me", "secret", "changeme"}


class ConfigError(Exception):
    """The configuration cannot run safely (e.g. production without a secret key)."""


@dataclass(frozen=True)
class Config:
    env: str = "development"  # development | production | testing
    secret_key: str = ""
    data_dir: Path = PROJECT_ROOT / "instance"
    database_url: str = ""  # default: sqlite under data_dir
    trust_dir: Path = PROJECT_ROOT / "certs"
    base_url: str = "http://127.0.0.1:5000"
    max_upload_mb: int = 100
    # Word documents (.docx/.doc/.odt) converted to PDF by LibreOffice in the job queue
    max_word_mb: int = 20
    conversion_timeout_seconds: int = 120
    conversion_memory_mb: int = 2048
    # a conversion still "converting" this long after a worker took it lost its worker (killed,
    # machine restarted): it is tried again once, then failed with a reason the drafter reads
    conversion_stale_seconds: int = 600
    # empty: counters shared by every worker and node (Redis when DOCFLOW_REDIS_URL is set, else the
    # database; docflow.ratelimits). memory:// counts per process: one worker only, never production
    ratelimit_storage_uri: str = ""
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    pin_max_failures: int = 5
    # two-phase signing (the key on the signer's own token): a preparation waits this long for
    # the signature from docflow-agent, then is refused
    signing_preparation_minutes: int = 5
    session_hours: int = 8
    timezone: str = "Asia/Ho_Chi_Minh"
    default_locale: str = "vi"
    # RFC 3161 TSA: a URL, "internal" (the development TSA in-process) or "none" (no
    # timestamps: an explicit opt-out). Empty: "internal" outside production; production refuses
    tsa_url: str = ""
    # Development CA: passphrase of its keys (default: derived from the secret key, not in
    # production) and the CA key algorithm (rsa-3072 | rsa-2048 | ec-p256).
    ca_passphrase: str = field(default="", repr=False)
    ca_key_algorithm: str = "rsa-3072"
    allow_sign_without_timestamp: bool = False
    # long-term archive (PAdES B-LTA): renew an archive timestamp this many days before its TSA
    # certificate expires or its algorithms' end date (docflow archive refresh); the algorithm
    # table's own dates from a TOML file (verification/algorithms.py)
    archive_margin_days: int = 365
    algorithm_policy: str = ""
    smtp_host: str = ""
    smtp_port: int = 25
    mail_from: str = "docflow@localhost"
    # CIDRs (comma-separated) webhooks may be sent to besides public addresses, e.g. the
    # province's intranet "10.20.0.0/16"; loopback and link-local stay refused unless listed
    webhook_allowed_networks: str = ""
    # "on": CRLs/OCSP of trusted chains are fetched (public addresses or the networks above);
    # "off": nothing is fetched, missing revocation data makes a signature INDETERMINATE/TRY_LATER
    revocation_fetch: str = "on"
    # where blobs live: empty (files under data_dir/blobs, one machine) or s3://BUCKET/PREFIX (an
    # S3-compatible object store shared by every node; endpoint below, credentials from the
    # standard AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)
    blob_url: str = ""
    s3_endpoint_url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def webhook_networks(self) -> list[IPv4Network | IPv6Network]:
        """DOCFLOW_WEBHOOK_ALLOWED_NETWORKS parsed (``validate`` refuses what does not parse)."""
        return [ip_network(n.strip(), strict=False) for n in self.webhook_allowed_networks.split(",") if n.strip()]

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def timestamps_off(self) -> bool:
        """DOCFLOW_TSA_URL=none: signatures are made without a timestamp (PAdES B-B)."""
        return self.tsa_url.strip().lower() == "none"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'docflow.sqlite3'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    def validate(self) -> Config:
        if self.blob_url and not self.blob_url.startswith("s3://"):
            raise ConfigError(f"DOCFLOW_BLOB_URL must be empty (files under the data directory) or "
                              f"s3://BUCKET/PREFIX, not {self.blob_url!r}")
        if self.blob_url.startswith("s3://") and not self.blob_url[len("s3://"):].split("/", 1)[0]:
            raise ConfigError("DOCFLOW_BLOB_URL names no bucket (s3://BUCKET/PREFIX)")
        try:
            self.webhook_networks  # noqa: B018 - parsed here to fail at start-up
        except ValueError as exc:
            raise ConfigError(f"DOCFLOW_WEBHOOK_ALLOWED_NETWORKS: {exc} (e.g. 10.20.0.0/16)") from exc
        if self.production and self.ratelimit_storage_uri.strip().startswith("memory://"):
            raise ConfigError("DOCFLOW_RATELIMIT_STORAGE_URI=memory:// counts per worker process: leave it empty "
                              "(shared counters in the database, or Redis with DOCFLOW_REDIS_URL) or use redis://")
        if self.revocation_fetch not in {"on", "off"}:
            raise ConfigError(f"DOCFLOW_REVOCATION_FETCH must be on or off, not {self.revocation_fetch!r}")
        if self.env not in {"development", "production", "testing"}:
            raise ConfigError(f"DOCFLOW_ENV must be development, production or testing, not {self.env!r}")
        if self.production and (self.secret_key in _INSECURE_KEYS or len(self.secret_key) < 32):
            raise ConfigError(
                "DOCFLOW_SECRET_KEY must be set to a random value of at least 32 characters "
                "in production (e.g. python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            )
        if self.production and not self.tsa_url.strip():
            raise ConfigError(
                "DOCFLOW_TSA_URL must name the RFC 3161 time-stamp authority in production (e.g. "
                "https://tsa.example.gov.vn/tsr): without a trusted timestamp no signature can be proven "
                "once its certificate expires. To sign without timestamps anyway set DOCFLOW_TSA_URL=none"
            )
        return self


_ENV_MAP = {
    "DOCFLOW_ENV": "env",
    "DOCFLOW_SECRET_KEY": "secret_key",
    "DOCFLOW_DATA_DIR": "data_dir",
    "DOCFLOW_DATABASE_URL": "database_url",
    "DOCFLOW_TRUST_DIR": "trust_dir",
    "DOCFLOW_BASE_URL": "base_url",
    "DOCFLOW_MAX_UPLOAD_MB": "max_upload_mb",
    "DOCFLOW_MAX_WORD_MB": "max_word_mb",
    "DOCFLOW_CONVERSION_TIMEOUT": "conversion_timeout_seconds",
    "DOCFLOW_CONVERSION_MEMORY_MB": "conversion_memory_mb",
    "DOCFLOW_CONVERSION_STALE_SECONDS": "conversion_stale_seconds",
    "DOCFLOW_RATELIMIT_STORAGE_URI": "ratelimit_storage_uri",
    "DOCFLOW_LOGIN_MAX_FAILURES": "login_max_failures",
    "DOCFLOW_LOGIN_LOCKOUT_MINUTES": "login_lockout_minutes",
    "DOCFLOW_PIN_MAX_FAILURES": "pin_max_failures",
    "DOCFLOW_SIGNING_PREPARATION_MINUTES": "signing_preparation_minutes",
    "DOCFLOW_SESSION_HOURS": "session_hours",
    "DOCFLOW_DEFAULT_LOCALE": "default_locale",
    "DOCFLOW_TSA_URL": "tsa_url",
    "DOCFLOW_CA_PASSPHRASE": "ca_passphrase",
    "DOCFLOW_CA_KEY_ALGORITHM": "ca_key_algorithm",
    "DOCFLOW_ALLOW_SIGN_WITHOUT_TIMESTAMP": "allow_sign_without_timestamp",
    "DOCFLOW_ARCHIVE_MARGIN_DAYS": "archive_margin_days",
    "DOCFLOW_ALGORITHM_POLICY": "algorithm_policy",
    "DOCFLOW_SMTP_HOST": "smtp_host",
    "DOCFLOW_SMTP_PORT": "smtp_port",
    "DOCFLOW_MAIL_FROM": "mail_from",
    "DOCFLOW_WEBHOOK_ALLOWED_NETWORKS": "webhook_allowed_networks",
    "DOCFLOW_REVOCATION_FETCH": "revocation_fetch",
    "DOCFLOW_BLOB_URL": "blob_url",
    "DOCFLOW_S3_ENDPOINT_URL": "s3_endpoint_url",
}


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Config)}
    kind = kinds[name]
    if kind == "Path":
        return Path(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return str(value).strip().lower() in {"1", "true", "yes", "on"}
    return value


def _read_instance_file(path: Path) -> dict[str, Any]:
    """``instance/docflow.toml``: the same keys as the environment, lower-case, no prefix."""
    import tomllib

    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    return {k: v for k, v in raw.items() if k in {f.name for f in fields(Config)}}


def load_config(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Config:
    """Defaults < instance/docflow.toml < environment < explicit overrides."""
    environ = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    data_dir = Path(environ.get("DOCFLOW_DATA_DIR") or (overrides or {}).get("data_dir") or Config.data_dir)
    instance_file = Path(environ.get("DOCFLOW_CONFIG_FILE", data_dir / "docflow.toml"))
    if instance_file.is_file():
        values.update(_read_instance_file(instance_file))
    for env_name, attr in _ENV_MAP.items():
        if environ.get(env_name, "") != "":
            values[attr] = environ[env_name]
    values.update(overrides or {})
    config = replace(Config(), **{k: _coerce(k, v) for k, v in values.items() if k != "extra"})
    if "extra" in values:
        config = replace(config, extra=dict(values["extra"]))
    if not config.secret_key and not config.production:
        config = replace(config, secret_key=_development_secret(config.data_dir))
    if not config.tsa_url.strip() and not config.production:
        config = replace(config, tsa_url="internal")  # development: every signature is B-T
    return config.validate()


def _development_secret(data_dir: Path) -> str:
    """A per-installation random key kept in the instance folder (never in the repo)."""
    path = data_dir / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key

"""Rate-limit counters shared by every worker and node (issue 14).

Flask-Limiter keeps its counters in a ``limits`` storage. ``memory://`` counts per process: with
gunicorn's 4 workers a limit of 20 logins a minute lets 80 through, and more with every node.
docflow therefore defaults to shared counters:

- ``redis://…`` when ``DOCFLOW_REDIS_URL`` is set (the same Redis as the job queue);
- otherwise the database (``docflow+db://``, this module): one row per key and window in
  ``rate_limit_counters``, incremented by one atomic upsert in a transaction of its own. On
  PostgreSQL the row is the installation's database; on SQLite (one machine) the counters live
  in a file of their own next to it, so a request holding the main file's write lock never
  waits for its own rate limit.

``memory://`` stays available for a single worker (``DOCFLOW_RATELIMIT_STORAGE_URI=memory://``);
production refuses it (``Config.validate``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import cast

from limits.storage import Storage
from sqlalchemy import Engine, Table, case, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .models import RateLimitCounter

__all__ = ["DatabaseStorage", "SCHEME", "storage_settings"]

SCHEME = "docflow+db"
_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()
_TABLE = cast(Table, RateLimitCounter.__table__)  # a declarative model's table is a Table


def storage_settings(config, engine: Engine) -> tuple[str, dict]:
    """The storage URI and options Flask-Limiter gets for this configuration."""
    import os

    uri = config.ratelimit_storage_uri.strip()
    if uri:
        return uri, {}
    redis_url = os.environ.get("DOCFLOW_REDIS_URL") or str(config.extra.get("redis_url") or "")
    if redis_url:
        return redis_url, {}
    if engine.dialect.name == "sqlite":
        path = Path(config.data_dir) / "ratelimits.sqlite3"
        return f"{SCHEME}://sqlite/{path}", {}
    key = str(engine.url.render_as_string(hide_password=False))
    with _LOCK:
        _ENGINES[key] = engine
    return f"{SCHEME}://app", {"engine_key": key}


def _create_sidecar(path: str) -> None:
    """The counters' own SQLite file. Every worker boots at once: switching a new file to WAL or
    creating the table answers "database is locked" at once instead of waiting, so retry."""
    import sqlite3

    from sqlalchemy.schema import CreateTable

    ddl = str(CreateTable(_TABLE, if_not_exists=True).compile(dialect=_sqlite_dialect()))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            with sqlite3.connect(path, timeout=30, isolation_level=None) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(ddl)
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_dialect():
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


def _sidecar(path: str) -> Engine:
    from .db import make_engine

    with _LOCK:
        engine = _ENGINES.get(path)
        if engine is None:
            _create_sidecar(path)
            engine = make_engine(f"sqlite:///{path}")
            _ENGINES[path] = engine
        return engine


class DatabaseStorage(Storage):
    """A ``limits`` storage on SQL: fixed windows (Flask-Limiter's default strategy)."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        rest = (uri or "").split("://", 1)[1] if uri and "://" in uri else ""
        kind, _sep, where = rest.partition("/")
        if kind == "sqlite":
            self._engine = _sidecar(where if where.startswith("/") else "/" + where)
        else:
            engine = _ENGINES.get(str(options.get("engine_key", "")))
            if engine is None:
                raise ValueError("docflow+db:// needs the application's engine (docflow.ratelimits.storage_settings)")
            self._engine = engine

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        from sqlalchemy.exc import SQLAlchemyError

        return SQLAlchemyError

    def _insert(self):
        return (pg_insert if self._engine.dialect.name == "postgresql" else sqlite_insert)(_TABLE)

    def incr(self, key: str, expiry: int | float, amount: int = 1) -> int:
        now = time.time()
        stmt = self._insert().values(key=key, count=amount, expires_at=now + expiry)
        expired = _TABLE.c.expires_at <= now
        # one statement: two workers never both read the old count
        stmt = stmt.on_conflict_do_update(index_elements=[_TABLE.c.key], set_={
            "count": case((expired, amount), else_=_TABLE.c.count + amount),
            "expires_at": case((expired, now + expiry), else_=_TABLE.c.expires_at),
        }).returning(_TABLE.c.count)
        with self._engine.begin() as conn:
            return int(conn.execute(stmt).scalar_one())

    def get(self, key: str) -> int:
        with self._engine.connect() as conn:
            row = conn.execute(select(_TABLE.c.count, _TABLE.c.expires_at).where(_TABLE.c.key == key)).first()
        if row is None:
            return 0
        count, expires_at = row  # by position: a Row's .count is tuple.count
        return int(count) if expires_at > time.time() else 0

    def get_expiry(self, key: str) -> float:
        with self._engine.connect() as conn:
            expires = conn.execute(select(_TABLE.c.expires_at).where(_TABLE.c.key == key)).scalar()
        return float(expires) if expires is not None and expires > time.time() else time.time()

    def check(self) -> bool:
        try:
            with self._engine.connect() as conn:
                conn.execute(select(1))
            return True
        except Exception:  # noqa: BLE001 - a health check answers, it does not raise
            return False

    def reset(self) -> int | None:
        with self._engine.begin() as conn:
            return conn.execute(delete(_TABLE)).rowcount

    def clear(self, key: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(_TABLE).where(_TABLE.c.key == key))

    def purge_expired(self) -> int:
        """Drop windows that ended (``docflow`` calls it now and then; never needed for correctness)."""
        with self._engine.begin() as conn:
            return conn.execute(delete(_TABLE).where(_TABLE.c.expires_at <= time.time())).rowcount

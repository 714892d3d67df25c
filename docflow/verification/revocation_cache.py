"""Where fetched CRLs and OCSP responses are kept so that workers share them.

Three interchangeable stores behind one small interface (``get`` / ``put``):
- ``RedisRevocationCache``: when the installation runs Redis (``DOCFLOW_REDIS_URL``);
- ``DatabaseRevocationCache``: otherwise, the ``revocation_cache`` table;
- ``MemoryRevocationCache``: one process only (``docflow verify`` outside an installation).

A stored ``None`` is a remembered failure: a CA that did not answer is not asked again by every
verification for a minute. What is stored is signed by its CA and checked again by the path
validator each time it is used, so the cache holds nothing it must trust. Errors of the store
itself never fail a verification: the answer is simply fetched (or reported missing).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..models import RevocationCacheEntry

__all__ = ["RevocationCache", "MemoryRevocationCache", "RedisRevocationCache", "DatabaseRevocationCache"]


class RevocationCache(Protocol):
    def get(self, key: str) -> tuple[bool, bytes | None]:
        """(found, data); data None is a remembered failure."""

    def put(self, key: str, url: str, data: bytes | None, ttl: int) -> None:
        """Keep ``data`` (None: a failure) for ``ttl`` seconds."""


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class MemoryRevocationCache:
    def __init__(self) -> None:
        self._items: dict[str, tuple[float, bytes | None]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bool, bytes | None]:
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] < time.monotonic():
                self._items.pop(key, None)
                return False, None
            return True, item[1]

    def put(self, key: str, url: str, data: bytes | None, ttl: int) -> None:
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[key] = (time.monotonic() + ttl, data)


class RedisRevocationCache:
    """``docflow:revocation:<sha256 of the key>`` → b"1" + DER, or b"0" for a failure."""

    PREFIX = "docflow:revocation:"

    def __init__(self, client: Any) -> None:
        self._client = client

    @classmethod
    def from_url(cls, url: str) -> RedisRevocationCache:
        from redis import Redis

        return cls(Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5))

    def get(self, key: str) -> tuple[bool, bytes | None]:
        try:
            raw = self._client.get(self.PREFIX + _digest(key))
        except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
            return False, None
        if not raw:
            return False, None
        return True, (raw[1:] if raw[:1] == b"1" else None)

    def put(self, key: str, url: str, data: bytes | None, ttl: int) -> None:
        try:
            self._client.set(self.PREFIX + _digest(key), b"0" if data is None else b"1" + data, ex=max(1, ttl))
        except Exception:  # noqa: BLE001
            return


class DatabaseRevocationCache:
    """Rows of ``revocation_cache``. On PostgreSQL an entry is written on a connection of its
    own and committed at once (no lock held until the request ends, kept even if the request
    rolls back). SQLite has one writer: a request that writes already holds the lock, so the
    entry is written in that request's transaction (a savepoint); a read-only request holds
    no lock and writes it in a short transaction of its own."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def get(self, key: str) -> tuple[bool, bytes | None]:
        try:
            row = self._session.execute(
                select(RevocationCacheEntry.data, RevocationCacheEntry.ok, RevocationCacheEntry.expires_at)
                .where(RevocationCacheEntry.key == _digest(key))).first()
        except SQLAlchemyError:
            return False, None
        if row is None or row.expires_at < self._now():
            return False, None
        return True, (row.data if row.ok else None)

    @staticmethod
    def _replace(target, values: dict) -> None:
        target.execute(delete(RevocationCacheEntry).where(RevocationCacheEntry.key == values["key"]))
        target.execute(insert(RevocationCacheEntry).values(**values))

    def put(self, key: str, url: str, data: bytes | None, ttl: int) -> None:
        now = self._now()
        values = {"key": _digest(key), "url": url[:2000], "data": data, "ok": data is not None,
                  "fetched_at": now, "expires_at": now + dt.timedelta(seconds=ttl)}
        bind = self._session.get_bind()
        postgresql = bind.dialect.name == "postgresql"

        @contextmanager
        def own_transaction() -> Iterator[Connection]:
            # A connection of its own, writable also when the request's session is read-only.
            # Set on the connection: an engine derived from a read-only one keeps PostgreSQL's
            # READ ONLY whatever its own options say (SQLAlchemy 2.0, measured).
            with cast(Engine, bind).connect() as conn:
                conn.execution_options(docflow_read_only=False,
                                       **({"postgresql_readonly": False} if postgresql else {}))
                with conn.begin():
                    yield conn

        try:
            if postgresql:
                from sqlalchemy.dialects.postgresql import insert as pg_insert

                stmt = pg_insert(RevocationCacheEntry).values(**values)
                stmt = stmt.on_conflict_do_update(index_elements=["key"], set_={
                    k: stmt.excluded[k] for k in ("url", "data", "ok", "fetched_at", "expires_at")})
                with own_transaction() as conn:
                    conn.execute(stmt)
                return
            if bind.get_execution_options().get("docflow_read_only"):
                # a reader holds no lock: a short transaction of its own
                with own_transaction() as conn:
                    self._replace(conn, values)
                return
            with self._session.begin_nested():
                self._replace(self._session, values)
        except SQLAlchemyError:
            return


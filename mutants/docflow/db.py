"""Database engine and sessions: one sessionmaker per app, one session per request.

Services receive a ``Session`` and own their transaction; web views get it from
``get_session()``, the CLI from ``session_scope()``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["make_engine", "make_sessionmaker", "session_scope"]


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:
            # Take over transaction control from pysqlite so BEGIN IMMEDIATE below is ours.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:
            # SQLite has no row locks, and in WAL mode a transaction that read first cannot
            # upgrade to a writer once another writer committed. Sessions that will write
            # (POST requests, the CLI) ask for BEGIN IMMEDIATE, which takes the write lock up
            # front, so numbering and the audit chain are serialised (PostgreSQL uses
            # SELECT ... FOR UPDATE instead). Readers keep a plain BEGIN and never block.
            options = conn.get_execution_options()
            # Pooled connections serve every kind of session: set the flag each time, before
            # BEGIN (BEGIN IMMEDIATE counts as a write while query_only is on).
            conn.exec_driver_sql(f"PRAGMA query_only={1 if options.get('docflow_read_only') else 0}")
            immediate = options.get("sqlite_immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    # pool_pre_ping: recover by itself after PostgreSQL restarts. jit=off: PostgreSQL's JIT
    # compiles any plan it estimates as costly, which cost 10-15 ms on list pages whose
    # queries run in a few milliseconds (measured at 1M documents); an OLTP app gains nothing.
    connect_args = {"options": "-c jit=off"} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, connect_args=connect_args)


def make_sessionmaker(engine: Engine, *, writer: bool = False, read_only: bool = False) -> sessionmaker[Session]:
    """``writer=True``: transactions take SQLite's write lock at BEGIN (no-op elsewhere).
    ``read_only=True``: the database refuses writes (SQLite ``query_only``, PostgreSQL
    ``READ ONLY`` transactions). Safe requests get such sessions: a write hidden in a GET
    would otherwise fail only now and then on SQLite, when a writer holds the lock
    (a reader cannot upgrade), instead of every time in the tests."""
    if writer and read_only:
        raise ValueError("a session is either a writer or read-only")
    if writer:
        bind = engine.execution_options(sqlite_immediate=True)
    elif read_only:
        options = {"docflow_read_only": True}
        if engine.dialect.name == "postgresql":
            options["postgresql_readonly"] = True
        bind = engine.execution_options(**options)
    else:
        bind = engine
    return sessionmaker(bind=bind, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

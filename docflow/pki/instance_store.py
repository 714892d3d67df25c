"""The installation's own files in the database (``instance_files``), so that nodes with
separate data directories share one development CA and one trust store (issue 24).

The CA is read before any request has a session (``ensure_dev_ca(config)`` is called from the
CLI, the signing runtime and read-only GET pages), so this module keeps one engine of its own
per database and process. Writes happen in transactions of their own: the first node to insert
a file wins (unique kind + name), the others get ``False`` and read the winner's.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import Engine, inspect, make_url, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import make_engine
from ..models import InstanceFile

__all__ = ["available", "read", "insert_all", "engine_for"]

_engines: dict[tuple[int, str], Engine] = {}
_ready: set[tuple[int, str]] = set()
_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per database URL and process (a forked worker makes its own)."""
    key = (os.getpid(), url)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = make_engine(url)
        return engine


def available(url: str) -> bool:
    """Whether the database has the table yet (before ``docflow init`` migrated it, the CA
    lives in the data directory as it did before)."""
    key = (os.getpid(), url)
    if key in _ready:
        return True
    database = make_url(url).database if url.startswith("sqlite") else None
    if database is not None and database != ":memory:" and not Path(database).exists():
        return False  # connecting would create the file (``docflow verify`` creates nothing)
    if inspect(engine_for(url)).has_table(InstanceFile.__tablename__):
        _ready.add(key)
        return True
    return False


def read(url: str, kind: str) -> dict[str, bytes]:
    with Session(engine_for(url)) as session:
        rows = session.execute(select(InstanceFile.name, InstanceFile.content)
                               .where(InstanceFile.kind == kind)).all()
    return {name: bytes(content) for name, content in rows}


def insert_all(url: str, files: dict[tuple[str, str], bytes]) -> bool:
    """Insert these (kind, name) files in one transaction; False when one of them exists
    already (another node was first): then nothing of this call is kept."""
    with Session(engine_for(url).execution_options(sqlite_immediate=True)) as session:
        session.add_all(InstanceFile(kind=kind, name=name, content=content)
                        for (kind, name), content in files.items())
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True

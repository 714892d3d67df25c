"""Migration 0016 on a database in use: SQLite rebuilds the documents table (its unique
constraint changes) while deliveries, versions and events refer to it; nothing may be lost
and the issued numbers land in the general register."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from docflow.db import make_engine
from docflow.schema import alembic_config, upgrade
from tests.workflow.helpers import issued_document


@pytest.fixture
def database_url(tmp_path):
    """A database of this test's own (it is migrated down and up)."""
    url = f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


def _migrate(engine, revision: str, *, down: bool = False) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_0016_keeps_documents_that_others_refer_to(world, database_url):
    w = world
    doc = issued_document(w)  # dispatched: a delivery, versions and events refer to it
    doc_id, notation = doc.id, doc.notation
    w.db.close()
    engine = make_engine(database_url)
    try:
        _migrate(engine, "0015", down=True)
        _migrate(engine, "head")
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            row = conn.execute(text("SELECT notation, register FROM documents WHERE id = :i"), {"i": doc_id}).one()
            assert tuple(row) == (notation, "outgoing")
            assert conn.execute(text("SELECT count(*) FROM deliveries WHERE document_id = :i"),
                                {"i": doc_id}).scalar_one() == 1
            assert conn.execute(text("SELECT count(*) FROM document_types")).scalar_one() >= 29
    finally:
        engine.dispose()

"""Migration 0018 on a database in use, SQLite and PostgreSQL: the links already made get the
recipient agency of their delivery, and the uniqueness becomes per recipient agency."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from docflow.db import make_engine
from docflow.edxml import service as exchange
from docflow.schema import alembic_config, upgrade

from .partners import sealed
from .test_sender import NAME_E, ORGAN_E, _package, _partners


@pytest.fixture
def database_url(tmp_path):
    """A database of this test's own (it is migrated down and up)."""
    base = os.environ.get("DOCFLOW_TEST_DATABASE_URL")
    if not base:
        url = f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
        admin = parsed = name = None
    else:
        parsed = make_url(base)
        name = f"{parsed.database}_m18"
        admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = parsed.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _migrate(engine, revision: str, *, down: bool = False) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_0018_gives_existing_links_their_recipient_agency(world, database_url):
    _, _, seal_e, _ = _partners(world)
    exchange.set_organ_id(world.db, None, world.agency("SNNMT"), "000.00.31.H53")
    world.db.commit()
    # addressed to both agencies (Sở Tài chính and Sở NN&MT), as its To elements say
    package = _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e), "41", "000.00.31.H53")
    copy = exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"), package, world.agency("STC"))
    world.db.commit()
    copy_id, stc, snnmt = copy.id, world.agency("STC").id, world.agency("SNNMT").id
    world.db.close()
    world.app.extensions["docflow.engine"].dispose()
    engine = make_engine(database_url)
    try:
        _migrate(engine, "0017", down=True)
        _migrate(engine, "head")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT delivery_id, recipient_agency_id FROM edxml_links")).all()
        assert [tuple(r) for r in rows] == [(copy_id, stc)]
    finally:
        engine.dispose()
    # the same DocumentId now arrives at a second agency of the installation
    second = exchange.import_package(world.db, world.ctx(), world.user("snnmt.clerk"), package, world.agency("SNNMT"))
    world.db.commit()
    assert second.recipient_agency_id == snnmt

"""The migrated schema equals the models: Alembic's autogenerate finds nothing to do on a
database built by the migrations (two indexes lived only in migrations 0005/0006 once, and
the next autogenerate would have dropped them). Runs on SQLite and on PostgreSQL, where three
expression indexes are PostgreSQL-only by design (docflow.schema.POSTGRESQL_ONLY_INDEXES)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from docflow.db import make_engine
from docflow.models import Base
from docflow.schema import include_object


def test_autogenerate_finds_no_difference(database_url):
    engine = make_engine(database_url)  # the session's database, built by the migrations
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []

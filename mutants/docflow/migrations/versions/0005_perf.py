"""perf: trigram index for notation search, (agency, updated_at) index for the outgoing list

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 07:00:00
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the outgoing list of an agency, newest first (ORDER BY updated_at DESC, id DESC LIMIT n):
    # the (agency, status, updated_at) index only serves it when a status is chosen
    op.create_index("ix_documents_agency_updated", "documents", ["agency_id", "updated_at", "id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        available = bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").scalar()
        if available:
            # notation search is a substring search ("15/QĐ", "STNMT-QLĐĐ"): trigram GIN index
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            op.execute("CREATE INDEX IF NOT EXISTS ix_documents_notation_trgm ON documents "
                       "USING gin (notation gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_notation_trgm")
    op.drop_index("ix_documents_agency_updated", "documents")

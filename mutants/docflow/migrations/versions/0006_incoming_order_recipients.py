"""perf: (recipient agency, received_at, id) index for the incoming list, newest first;
GIN index on the documents' recipients (PostgreSQL) for the search of delivered documents

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 08:45:00
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the incoming list of an agency, newest first (ORDER BY received_at DESC, id DESC LIMIT n):
    # without it PostgreSQL sorted all of an agency's deliveries (20,000 at a provincial
    # committee) for each page
    op.create_index("ix_deliveries_recipient_received", "deliveries", ["recipient_agency_id", "received_at", "id"])
    if op.get_bind().dialect.name == "postgresql":
        # "documents delivered to my agency whose words match": without it PostgreSQL took every
        # match in the country (50,000 for a common phrase) and probed the deliveries of each;
        # with it the full-text bitmap is ANDed with "addressed to my agency" (150 -> 30 ms)
        op.execute("CREATE INDEX IF NOT EXISTS ix_documents_recipients ON documents "
                   "USING gin ((recipients::jsonb) jsonb_path_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_recipients")
    op.drop_index("ix_deliveries_recipient_received", "deliveries")

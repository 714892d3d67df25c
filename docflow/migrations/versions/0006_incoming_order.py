"""perf: (recipient agency, received_at, id) index for the incoming list, newest first

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


def downgrade() -> None:
    op.drop_index("ix_deliveries_recipient_received", "deliveries")

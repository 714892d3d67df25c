"""units.seal_text (the seal's text under the image, Circular 01/2019 style; off: Decree 30) and
documents.circulation_marks (XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ, DỰ THẢO)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 18:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("units", sa.Column("seal_text", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("documents", sa.Column("circulation_marks", sa.JSON(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): batch mode would rebuild the tables, and
    # dropping documents with foreign keys on fails ("FOREIGN KEY constraint failed")
    op.drop_column("documents", "circulation_marks")
    op.drop_column("units", "seal_text")

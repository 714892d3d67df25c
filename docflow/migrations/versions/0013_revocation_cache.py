"""revocation_cache: CRLs and OCSP responses fetched for trusted chains, shared by workers

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revocation_cache",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_revocation_cache")),
    )
    op.create_index(op.f("ix_revocation_cache_expires_at"), "revocation_cache", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_revocation_cache_expires_at"), table_name="revocation_cache")
    op.drop_table("revocation_cache")

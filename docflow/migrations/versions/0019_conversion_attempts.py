"""conversion attempts: how many times a worker took a Word file, so that a conversion whose
worker died is tried again once and then failed with a reason (not left "converting")

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 18:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversions") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("conversions") as batch:
        batch.drop_column("attempts")

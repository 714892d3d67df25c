"""certificates: a PIN chosen by an administrator must be changed by the holder before use

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 10:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("certificates", sa.Column("pin_must_change", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("pin_must_change")

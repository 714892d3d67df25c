"""separation of duties: service accounts; certificates wait for their holder's activation

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("service_account", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("certificates", sa.Column("activation_sealed", sa.String(length=400), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("activation_sealed")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("service_account")

"""webhook secrets kept encrypted: room for the sealed value (docflow init seals old rows)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 200 characters of secret sealed with AES-GCM (nonce + tag) and base64: up to 308
    with op.batch_alter_table("webhooks") as batch:
        batch.alter_column("secret", type_=sa.String(400), existing_type=sa.String(200))


def downgrade() -> None:
    with op.batch_alter_table("webhooks") as batch:
        batch.alter_column("secret", type_=sa.String(200), existing_type=sa.String(400))

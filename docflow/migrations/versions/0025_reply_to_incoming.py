"""documents.answers_delivery_id: the incoming document an outgoing draft answers

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04 18:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a new column with a foreign key: on SQLite a plain ADD COLUMN with an inline REFERENCES, as in 0012
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE documents ADD COLUMN answers_delivery_id INTEGER "
                   "CONSTRAINT fk_documents_answers_delivery_id_deliveries REFERENCES deliveries (id)")
    else:
        op.add_column("documents", sa.Column("answers_delivery_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_documents_answers_delivery_id_deliveries", "documents", "deliveries",
                              ["answers_delivery_id"], ["id"])
    op.create_index(op.f("ix_documents_answers_delivery_id"), "documents", ["answers_delivery_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_answers_delivery_id"), table_name="documents")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_documents_answers_delivery_id_deliveries", "documents", type_="foreignkey")
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35, also for a column with a REFERENCES clause):
    # batch mode would rebuild documents, which other tables reference ("FOREIGN KEY constraint failed")
    op.drop_column("documents", "answers_delivery_id")

"""deliveries: documents registered by the clerk that did not come through docflow (paper, e-mail),
their sender as typed or chosen, and the deadline the sender asked for

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 18:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("source", sa.String(16), server_default="docflow", nullable=False))
    op.add_column("deliveries", sa.Column("sender_name", sa.String(255), nullable=True))
    op.add_column("deliveries", sa.Column("requested_deadline", sa.Date(), nullable=True))
    # a new column with a foreign key: on SQLite a plain ADD COLUMN with an inline REFERENCES
    # (a batch rebuild fails while other tables point at deliveries), as in 0012
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE deliveries ADD COLUMN sender_agency_id INTEGER "
                   "CONSTRAINT fk_deliveries_sender_agency_id_units REFERENCES units (id)")
    else:
        op.add_column("deliveries", sa.Column("sender_agency_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_deliveries_sender_agency_id_units", "deliveries", "units",
                              ["sender_agency_id"], ["id"])
    # what docflow deliveries already carry: the deadline the sender wrote on the document
    op.execute("UPDATE deliveries SET requested_deadline = (SELECT handling_deadline FROM documents "
               "WHERE documents.id = deliveries.document_id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_deliveries_sender_agency_id_units", "deliveries", type_="foreignkey")
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): batch mode would rebuild deliveries, which
    # other tables reference ("FOREIGN KEY constraint failed" on DROP TABLE deliveries)
    for column in ("sender_agency_id", "requested_deadline", "sender_name", "source"):
        op.drop_column("deliveries", column)

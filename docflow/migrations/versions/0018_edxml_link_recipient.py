"""edxml_links.recipient_agency_id: a package's DocumentId is unique per recipient agency, not
per installation (one document addressed to two of its agencies arrives at each)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 18:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

OLD = ("direction", "edxml_document_id", "remote_organ_id")
NEW = (*OLD, "recipient_agency_id")


def upgrade() -> None:
    # batch mode rebuilds the table on SQLite (its unique constraint is part of the table's
    # definition); nothing refers to edxml_links, so dropping the old table deletes nothing
    with op.batch_alter_table("edxml_links") as batch:
        batch.add_column(sa.Column("recipient_agency_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_edxml_links_recipient_agency_id_units"), "units",
                                 ["recipient_agency_id"], ["id"])
        batch.create_index(op.f("ix_edxml_links_recipient_agency_id"), ["recipient_agency_id"])
    # every link so far has the delivery it was made for: its recipient is the link's agency
    op.execute("UPDATE edxml_links SET recipient_agency_id = (SELECT deliveries.recipient_agency_id "
               "FROM deliveries WHERE deliveries.id = edxml_links.delivery_id)")
    with op.batch_alter_table("edxml_links") as batch:
        batch.drop_constraint("uq_edxml_links_direction", type_="unique")
        batch.create_unique_constraint("uq_edxml_links_direction_recipient", list(NEW))


def downgrade() -> None:
    # refuses (IntegrityError) while one DocumentId is linked to two agencies: those links
    # cannot be told apart by the older schema
    with op.batch_alter_table("edxml_links") as batch:
        batch.drop_constraint("uq_edxml_links_direction_recipient", type_="unique")
        batch.create_unique_constraint("uq_edxml_links_direction", list(OLD))
        batch.drop_index(op.f("ix_edxml_links_recipient_agency_id"))
        batch.drop_constraint(op.f("fk_edxml_links_recipient_agency_id_units"), type_="foreignkey")
        batch.drop_column("recipient_agency_id")

"""reorganisations: mergers and renames of agencies with their history

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 07:15:00
"""

import sqlalchemy as sa
from alembic import op

from docflow.models.base import UTCDateTime

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New columns with a foreign key. On SQLite a plain ADD COLUMN with an inline REFERENCES:
    # a batch rebuild of ``units`` fails while other tables point at it.
    columns = (("units", "merged_into_id", "fk_units_merged_into_id_units"),
               ("deliveries", "addressed_agency_id", "fk_deliveries_addressed_agency_id_units"))
    if op.get_bind().dialect.name == "sqlite":
        for table, column, name in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
                       f"CONSTRAINT {name} REFERENCES units (id)")
    else:
        for table, column, name in columns:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(name, table, "units", [column], ["id"])
    op.add_column("units", sa.Column("dissolved_on", sa.Date(), nullable=True))
    op.create_table(
        "reorganisations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.Enum("merge", "rename", name="reorg_kind", native_enum=False, length=20), nullable=False),
        sa.Column("status", sa.Enum("scheduled", "applied", "cancelled", name="reorg_status", native_enum=False,
                                    length=20), nullable=False),
        sa.Column("successor_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("new_name", sa.String(255), nullable=True),
        sa.Column("new_code", sa.String(32), nullable=True),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("applied_at", UTCDateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_reorganisations_status", "reorganisations", ["status"])
    op.create_index("ix_reorganisations_successor_id", "reorganisations", ["successor_id"])
    op.create_index("ix_reorganisations_effective_on", "reorganisations", ["effective_on"])
    op.create_table(
        "reorganisation_units",
        sa.Column("reorganisation_id", sa.Integer(), sa.ForeignKey("reorganisations.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), primary_key=True),
    )
    op.create_table(
        "unit_names",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("code", sa.String(32), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
    )
    op.create_index("ix_unit_names_unit_id", "unit_names", ["unit_id"])


def downgrade() -> None:
    op.drop_table("unit_names")
    op.drop_table("reorganisation_units")
    op.drop_table("reorganisations")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_deliveries_addressed_agency_id_units", "deliveries", type_="foreignkey")
        op.drop_constraint("fk_units_merged_into_id_units", "units", type_="foreignkey")
    op.drop_column("deliveries", "addressed_agency_id")  # SQLite ≥ 3.35
    op.drop_column("units", "dissolved_on")
    op.drop_column("units", "merged_into_id")

"""edxml_seal_certificates: the seal certificates registered for external agencies (the
sender rule on arrival: a package's seal must belong to its sender)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 16:00:00
"""

import sqlalchemy as sa
from alembic import op

import docflow.models.base

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edxml_seal_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(1024), nullable=False),
        sa.Column("issuer", sa.String(1024), nullable=False),
        sa.Column("serial", sa.String(64), nullable=False),
        sa.Column("not_before", docflow.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("not_after", docflow.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cert_der", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", docflow.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_edxml_seal_certificates_unit_id_units")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_edxml_seal_certificates_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edxml_seal_certificates")),
        sa.UniqueConstraint("sha256", name=op.f("uq_edxml_seal_certificates_sha256")),
    )
    op.create_index(op.f("ix_edxml_seal_certificates_unit_id"), "edxml_seal_certificates", ["unit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_edxml_seal_certificates_unit_id"), table_name="edxml_seal_certificates")
    op.drop_table("edxml_seal_certificates")

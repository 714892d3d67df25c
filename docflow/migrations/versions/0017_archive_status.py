"""archive_status: each issued file's last archive timestamp and next renewal (PAdES B-LTA)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 16:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archive_status",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("last_timestamp_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tsa_not_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("algorithms", sa.String(200), nullable=False),
        sa.Column("next_renewal_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("renewals", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["document_files.id"], name=op.f("fk_archive_status_file_id_document_files"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("file_id", name=op.f("pk_archive_status")),
    )
    op.create_index(op.f("ix_archive_status_next_renewal_at"), "archive_status", ["next_renewal_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_archive_status_next_renewal_at"), table_name="archive_status")
    op.drop_table("archive_status")

"""conversions: Word documents queued for conversion to PDF (the job's state and the form)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 16:00:00
"""

import sqlalchemy as sa
from alembic import op

from docflow.models.base import UTCDateTime

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", sa.Enum("queued", "converting", "done", "failed", name="conversion_status",
                                    native_enum=False, length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("source_size", sa.BigInteger(), nullable=False),
        sa.Column("source_format", sa.String(8), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_params", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", UTCDateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_conversions_created_by_id", "conversions", ["created_by_id"])
    op.create_index("ix_conversions_document_id", "conversions", ["document_id"])
    op.create_index("ix_conversions_status_created", "conversions", ["status", "created_at"])


def downgrade() -> None:
    op.drop_table("conversions")

"""instance_files: the development CA (certificates and encrypted keys) and the trust anchors
in the database; audit_uploads: the auditor's uploads for the report pages. Nothing of these
on a node's disk any more, so nodes need no shared filesystem (issue 24)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instance_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instance_files")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_instance_files_kind")),
    )
    op.create_table(
        "audit_uploads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_uploads_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_uploads")),
        sa.UniqueConstraint("user_id", "sha256", name=op.f("uq_audit_uploads_user_id")),
    )
    op.create_index(op.f("ix_audit_uploads_created_at"), "audit_uploads", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_uploads_created_at"), table_name="audit_uploads")
    op.drop_table("audit_uploads")
    op.drop_table("instance_files")

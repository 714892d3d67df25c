"""signing_preparations: two-phase signing with the key on the signer's own token (issue 23)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04 18:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_preparations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("base_sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Enum("pending", "done", "failed", "cancelled", name="preparation_status",
                                    native_enum=False, length=16), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("prepared_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_signing_preparations_document_id_documents"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_signing_preparations_user_id_users")),
        sa.ForeignKeyConstraint(["certificate_id"], ["certificates.id"],
                                name=op.f("fk_signing_preparations_certificate_id_certificates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_preparations")),
    )
    op.create_index(op.f("ix_signing_preparations_document_id"), "signing_preparations", ["document_id"])
    op.create_index(op.f("ix_signing_preparations_user_id"), "signing_preparations", ["user_id"])
    op.create_index(op.f("ix_signing_preparations_status"), "signing_preparations", ["status"])


def downgrade() -> None:
    op.drop_index(op.f("ix_signing_preparations_status"), table_name="signing_preparations")
    op.drop_index(op.f("ix_signing_preparations_user_id"), table_name="signing_preparations")
    op.drop_index(op.f("ix_signing_preparations_document_id"), table_name="signing_preparations")
    op.drop_table("signing_preparations")

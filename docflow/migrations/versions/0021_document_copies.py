"""document_copies: electronic copies (sao y, sao lục, trích sao) with their own yearly numbers

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04 18:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.Enum("sao_y", "sao_luc", "trich_sao", name="copy_form", native_enum=False, length=16),
                  nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("notation", sa.String(64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("source_copy_id", sa.Integer(), nullable=True),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("pages", sa.JSON(), nullable=True),
        sa.Column("signature_field", sa.String(64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["units.id"], name=op.f("fk_document_copies_agency_id_units")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_document_copies_document_id_documents")),
        sa.ForeignKeyConstraint(["delivery_id"], ["deliveries.id"],
                                name=op.f("fk_document_copies_delivery_id_deliveries")),
        sa.ForeignKeyConstraint(["source_copy_id"], ["document_copies.id"],
                                name=op.f("fk_document_copies_source_copy_id_document_copies")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_document_copies_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_copies")),
        sa.UniqueConstraint("agency_id", "year", "number", name="uq_document_copies_number"),
    )
    op.create_index(op.f("ix_document_copies_agency_id"), "document_copies", ["agency_id"])
    op.create_index(op.f("ix_document_copies_document_id"), "document_copies", ["document_id"])
    op.create_index(op.f("ix_document_copies_delivery_id"), "document_copies", ["delivery_id"])
    op.create_index(op.f("ix_document_copies_sha256"), "document_copies", ["sha256"])


def downgrade() -> None:
    op.drop_table("document_copies")

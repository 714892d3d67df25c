"""document_types (Decree 30 Annex III, extendable), notation abbreviation of a unit, separate
outgoing registers (secret; legal normative if the agency chooses)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 16:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# (code, abbreviation, name): docflow.models.documents.DECREE30_TYPES when this was written
TYPES = (
    ("NQ", "NQ", "Nghị quyết"), ("QĐ", "QĐ", "Quyết định"), ("CT", "CT", "Chỉ thị"), ("QC", "QC", "Quy chế"),
    ("QyĐ", "QyĐ", "Quy định"), ("TC", "TC", "Thông cáo"), ("TB", "TB", "Thông báo"), ("HD", "HD", "Hướng dẫn"),
    ("CTr", "CTr", "Chương trình"), ("KH", "KH", "Kế hoạch"), ("PA", "PA", "Phương án"), ("ĐA", "ĐA", "Đề án"),
    ("DA", "DA", "Dự án"), ("BC", "BC", "Báo cáo"), ("BB", "BB", "Biên bản"), ("TTr", "TTr", "Tờ trình"),
    ("HĐ", "HĐ", "Hợp đồng"), ("CV", "", "Công văn"), ("CĐ", "CĐ", "Công điện"), ("BGN", "BGN", "Bản ghi nhớ"),
    ("BTT", "BTT", "Bản thỏa thuận"), ("GUQ", "GUQ", "Giấy ủy quyền"), ("GM", "GM", "Giấy mời"),
    ("GGT", "GGT", "Giấy giới thiệu"), ("GNP", "GNP", "Giấy nghỉ phép"), ("PG", "PG", "Phiếu gửi"),
    ("PC", "PC", "Phiếu chuyển"), ("PB", "PB", "Phiếu báo"), ("THC", "", "Thư công"),
)


def upgrade() -> None:
    table = op.create_table(
        "document_types",
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("abbreviation", sa.String(24), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("legal_normative", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_document_types")),
    )
    op.bulk_insert(table, [{"code": c, "abbreviation": a, "name": n, "legal_normative": False, "active": True,
                            "position": i} for i, (c, a, n) in enumerate(TYPES, start=1)])
    op.add_column("units", sa.Column("notation_code", sa.String(32), nullable=True))
    op.add_column("units", sa.Column("separate_normative_register", sa.Boolean(), server_default=sa.false(),
                                     nullable=False))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.add_column("documents", sa.Column("register", sa.String(16), nullable=True))
        _sqlite_swap_unique(bind, "uq_documents_agency_year_number", "uq_documents_agency_year_register_number",
                            "agency_id, year, register, number")
    else:
        op.add_column("documents", sa.Column("register", sa.String(16), nullable=True))
        op.drop_constraint("uq_documents_agency_year_number", "documents", type_="unique")
        op.create_unique_constraint("uq_documents_agency_year_register_number", "documents",
                                    ["agency_id", "year", "register", "number"])
    op.execute("UPDATE documents SET register = 'outgoing' WHERE number IS NOT NULL")


def _sqlite_swap_unique(bind, old: str, new: str, columns: str) -> None:
    """Replace a unique constraint of ``documents`` on SQLite, where it is part of the table's
    definition: SQLite's own procedure for changing a table (sqlite.org/lang_altertable.html,
    "making other kinds of table schema changes"), which needs foreign keys off, and that
    pragma does nothing inside a transaction. Alembic's batch mode drops the table with them on,
    which deletes what deliveries, versions and events refer to (FOREIGN KEY constraint failed
    on any database in use). So the work so far is committed, the table is rebuilt in a
    transaction of its own, the references are checked (``foreign_key_check``), and a new
    transaction is opened for the rest of the migration."""
    import re

    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").scalar()
    clause = re.search(r'CONSTRAINT "?' + old + r'"? UNIQUE \([^)]*\)', sql)
    if clause is None:
        raise RuntimeError(f"documents has no constraint {old}: not the schema this migration expects")
    indexes = [r[0] for r in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND sql IS NOT NULL")]
    columns_in_order = ", ".join(f'"{r[1]}"' for r in bind.exec_driver_sql("PRAGMA table_info(documents)"))
    create = sql.replace(clause.group(0), f"CONSTRAINT {new} UNIQUE ({columns})")
    create = re.sub(r'^CREATE TABLE "?documents"?', "CREATE TABLE _documents_0016", create)
    bind.exec_driver_sql("COMMIT")
    bind.exec_driver_sql("PRAGMA foreign_keys = OFF")
    try:
        bind.exec_driver_sql("BEGIN IMMEDIATE")
        bind.exec_driver_sql(create)
        # column names come from PRAGMA table_info of our own table, not from input
        bind.exec_driver_sql(f"INSERT INTO _documents_0016 ({columns_in_order}) "  # noqa: S608  # nosec B608
                             f"SELECT {columns_in_order} FROM documents")
        bind.exec_driver_sql("DROP TABLE documents")
        bind.exec_driver_sql("ALTER TABLE _documents_0016 RENAME TO documents")
        for index in indexes:
            bind.exec_driver_sql(index)
        broken = bind.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            bind.exec_driver_sql("ROLLBACK")
            raise RuntimeError(f"rebuilding documents broke references: {broken[:5]}")
        bind.exec_driver_sql("COMMIT")
    finally:
        bind.exec_driver_sql("PRAGMA foreign_keys = ON")
        bind.exec_driver_sql("BEGIN IMMEDIATE")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_swap_unique(bind, "uq_documents_agency_year_register_number", "uq_documents_agency_year_number",
                            "agency_id, year, number")
    else:
        op.drop_constraint("uq_documents_agency_year_register_number", "documents", type_="unique")
        op.create_unique_constraint("uq_documents_agency_year_number", "documents", ["agency_id", "year", "number"])
    # plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): batch mode would rebuild the tables
    for table, column in (("documents", "register"), ("units", "separate_normative_register"),
                          ("units", "notation_code")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("document_types")

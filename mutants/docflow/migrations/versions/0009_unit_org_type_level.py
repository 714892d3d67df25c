"""units: organisation type (UBND tỉnh, Sở, UBND xã, …) and administrative level

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_ORG_TYPES = ('province', 'province_committee', 'department', 'district_committee', 'commune_committee',
              'other_agency', 'division')
_LEVELS = ('province', 'district', 'commune')


def upgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("org_type", sa.Enum(*_ORG_TYPES, name="org_type", native_enum=False, length=20),
                                   nullable=False, server_default="other_agency"))
        batch.add_column(sa.Column("level", sa.Enum(*_LEVELS, name="admin_level", native_enum=False, length=20),
                                   nullable=False, server_default="province"))
    # Existing units: the type read from the kind and, for agencies, from the usual names.
    op.execute("UPDATE units SET org_type = 'province' WHERE kind = 'province'")
    op.execute("UPDATE units SET org_type = 'division' WHERE kind = 'division'")
    for pattern, org_type, level in (
        ("Sở %", "department", "province"),
        ("Ủy ban nhân dân tỉnh%", "province_committee", "province"),
        ("UBND tỉnh%", "province_committee", "province"),
        ("Ủy ban nhân dân huyện%", "district_committee", "district"),
        ("Ủy ban nhân dân thị xã%", "district_committee", "district"),
        ("Ủy ban nhân dân thành phố%", "district_committee", "district"),
        ("UBND huyện%", "district_committee", "district"),
        ("Ủy ban nhân dân xã%", "commune_committee", "commune"),
        ("Ủy ban nhân dân phường%", "commune_committee", "commune"),
        ("Ủy ban nhân dân thị trấn%", "commune_committee", "commune"),
        ("Ủy ban nhân dân đặc khu%", "commune_committee", "commune"),
        ("UBND xã%", "commune_committee", "commune"),
        ("UBND phường%", "commune_committee", "commune"),
    ):
        op.execute(sa.text("UPDATE units SET org_type = :t, level = :lv WHERE kind = 'agency' AND name LIKE :p")
                   .bindparams(t=org_type, lv=level, p=pattern))
    # a division has the level of its agency
    op.execute("UPDATE units SET level = (SELECT a.level FROM units a WHERE a.id = units.agency_id) "
               "WHERE kind = 'division' AND agency_id IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.drop_column("level")
        batch.drop_column("org_type")

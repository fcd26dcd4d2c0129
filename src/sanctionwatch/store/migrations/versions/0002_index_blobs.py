"""Screening indexes kept in the database, a table the screening module used to create itself.

PostgreSQL stores of the previous version may already have it (made on first screening);
it is created only where missing.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

index_blobs = sa.Table(
    "sw_index_blobs", sa.MetaData(),
    sa.Column("dataset", sa.String(64), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("hashes", sa.Text, nullable=False),
    sa.Column("blob", sa.LargeBinary, nullable=False),
)


def upgrade() -> None:
    index_blobs.create(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    index_blobs.drop(op.get_bind(), checkfirst=True)

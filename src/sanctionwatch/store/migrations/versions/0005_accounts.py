"""Accounts and sessions of the analyst workbench (`sw_users`, `sw_sessions`).

Several analysts review the same store; every change they make is audited under their name,
so the store keeps who they are (a role and an argon2 password hash) and their open sessions
(only a hash of each session token, so a copy of the table logs nobody in). Existing data is
untouched.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_meta = sa.MetaData()
users = sa.Table(
    "sw_users", _meta,
    sa.Column("name", sa.String(128), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
)
sessions = sa.Table(
    "sw_sessions", _meta,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_name", sa.String(128), sa.ForeignKey("sw_users.name"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("expires_at", sa.String(32), nullable=False),
)


def upgrade() -> None:
    bind = op.get_bind()
    users.create(bind, checkfirst=True)
    sessions.create(bind, checkfirst=True)


def downgrade() -> None:
    bind = op.get_bind()
    sessions.drop(bind, checkfirst=True)
    users.drop(bind, checkfirst=True)

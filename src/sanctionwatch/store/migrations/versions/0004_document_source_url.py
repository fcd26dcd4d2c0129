"""Where a document came from on the web (`sw_documents.source_url`).

Dossiers, releases and the workbench cite a report by its public address (the page's
`<link rel=canonical>`, `og:url`, or a sidecar/manifest the user gives), not by the local path
it was ingested from. Documents stored before this revision have no known address (NULL) and
keep citing their path until they are ingested again.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("sw_documents")}
    if "source_url" not in columns:
        op.add_column("sw_documents", sa.Column("source_url", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("sw_documents") as batch:
        batch.drop_column("source_url")

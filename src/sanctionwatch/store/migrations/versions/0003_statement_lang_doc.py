"""Which document a statement's language was read from (`sw_statements.lang_doc`).

From now on a statement's `lang` is the one given by the smallest document id that states it,
whatever order the documents arrive in. Existing statements were given the language of the
first document written, so `lang_doc` starts as that document: among the documents with
evidence for the statement, the earliest ingested (ties: the smallest id). No value changes.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("sw_statements")}
    if "lang_doc" not in columns:
        op.add_column("sw_statements", sa.Column("lang_doc", sa.String(64)))
    op.execute(
        "UPDATE sw_statements SET lang_doc = ("
        " SELECT e.doc_id FROM sw_evidence e JOIN sw_documents d ON d.id = e.doc_id"
        " WHERE e.statement_id = sw_statements.id ORDER BY d.ingested_at, e.doc_id LIMIT 1"
        ") WHERE lang_doc IS NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("sw_statements") as batch:
        batch.drop_column("lang_doc")

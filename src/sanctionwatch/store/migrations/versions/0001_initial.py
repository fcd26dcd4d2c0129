"""The schema of sanctionwatch 0.1 (sw_meta.schema_version "1"), before migrations existed.

Creates what is missing and nothing else: a store made by the previous version already has
every table, so upgrading it only records this revision (its data is untouched).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

v1 = sa.MetaData()

meta = sa.Table("sw_meta", v1, sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text))

sa.Table(
    "sw_documents", v1,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("media_type", sa.String(64), nullable=False),
    sa.Column("encoding", sa.String(32), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("published", sa.String(10)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Column("dataset", sa.String(64), nullable=False),
)
sa.Table(
    "sw_paragraphs", v1,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("sw_documents.id"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("lang", sa.String(8), nullable=False),
    sa.Column("fingerprint", sa.String(40), nullable=False),
    sa.Column("duplicate_of_doc", sa.String(64)),
    sa.Column("duplicate_of_idx", sa.Integer),
    sa.Index("ix_sw_paragraphs_fp", "fingerprint"),
)
sa.Table(
    "sw_statements", v1,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("entity_id", sa.String(96), nullable=False),
    sa.Column("schema", sa.String(32), nullable=False),
    sa.Column("prop", sa.String(64), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("lang", sa.String(8)),
    sa.Column("dataset", sa.String(64), nullable=False),
    sa.Column("first_seen", sa.String(32), nullable=False),
    sa.Index("ix_sw_statements_entity", "entity_id"),
    sa.Index("ix_sw_statements_schema_prop", "schema", "prop"),
)
sa.Table(
    "sw_evidence", v1,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("statement_id", sa.String(64), sa.ForeignKey("sw_statements.id"), nullable=False),
    sa.Column("doc_id", sa.String(64), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("quote_start", sa.Integer, nullable=False),
    sa.Column("quote_end", sa.Integer, nullable=False),
    sa.Column("quote", sa.Text, nullable=False),
    sa.Column("extractor", sa.String(128), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("lang", sa.String(8)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("duplicate", sa.Boolean, nullable=False),
    sa.Index("ix_sw_evidence_statement", "statement_id"),
    sa.Index("ix_sw_evidence_doc", "doc_id"),
)
sa.Table(
    "sw_judgements", v1,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("left_id", sa.String(96), nullable=False),
    sa.Column("right_id", sa.String(96), nullable=False),
    sa.Column("judgement", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("author", sa.String(128), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Index("ix_sw_judgements_left", "left_id"),
    sa.Index("ix_sw_judgements_right", "right_id"),
)
sa.Table(
    "sw_canonical", v1,
    sa.Column("entity_id", sa.String(96), primary_key=True),
    sa.Column("canonical_id", sa.String(96), nullable=False),
    sa.Index("ix_sw_canonical_cid", "canonical_id"),
)
sa.Table(
    "sw_audit", v1,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("author", sa.String(128), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)
sa.Table(
    "sw_releases", v1,
    sa.Column("id", sa.String(96), primary_key=True),
    sa.Column("dataset", sa.String(64), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("format", sa.String(32), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("checksum", sa.String(64), nullable=False),
    sa.Column("list_date", sa.String(32)),
    sa.Column("imported_at", sa.String(32), nullable=False),
    sa.Column("meta", sa.Text, nullable=False),
    sa.Index("ix_sw_releases_dataset", "dataset", "seq"),
)
sa.Table(
    "sw_list_entities", v1,
    sa.Column("release_id", sa.String(96), sa.ForeignKey("sw_releases.id"), primary_key=True),
    sa.Column("entity_id", sa.String(128), primary_key=True),
    sa.Column("dataset", sa.String(64), nullable=False),
    sa.Column("schema", sa.String(32), nullable=False),
    sa.Column("caption", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Index("ix_sw_list_entities_dataset", "dataset"),
)
sa.Table(
    "sw_changes", v1,
    sa.Column("release_id", sa.String(96), sa.ForeignKey("sw_releases.id"), primary_key=True),
    sa.Column("entity_id", sa.String(128), primary_key=True),
    sa.Column("change", sa.String(16), nullable=False),
    sa.Column("names", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)
sa.Table(
    "sw_xref", v1,
    sa.Column("registry_id", sa.String(96), primary_key=True),
    sa.Column("list_id", sa.String(128), primary_key=True),
    sa.Column("dataset", sa.String(64), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("explanations", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("decided_by", sa.String(128)),
    sa.Column("decided_at", sa.String(32)),
    sa.Column("found_at", sa.String(32), nullable=False),
)


def upgrade() -> None:
    bind = op.get_bind()
    v1.create_all(bind, checkfirst=True)
    if bind.execute(sa.select(meta.c.key).where(meta.c.key == "schema_version")).first() is None:
        bind.execute(sa.insert(meta).values(key="schema_version", value="1"))


def downgrade() -> None:
    v1.drop_all(op.get_bind())

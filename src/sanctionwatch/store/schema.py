"""Tables of the statement store (SQLAlchemy Core: one definition, SQLite and PostgreSQL).

Facts are statements (entity, property, value); where each was read is evidence (document,
character spans, quoted sentence, extractor, confidence, review status). A fact read twice
is one statement row with two evidence rows. Which mention-level entity ids are one real
entity is recorded as judgements (with a reason each) and compiled into `canonical`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

LEGACY_SCHEMA_VERSION = "1"
"""What `sw_meta.schema_version` said in stores made before migrations (the first revision)."""
metadata = MetaData()

meta = Table("sw_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

documents = Table(
    "sw_documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("encoding", String(32), nullable=False),
    Column("title", Text, nullable=False),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("dataset", String(64), nullable=False, default="default"),
    Column("source_url", Text),
)

paragraphs = Table(
    "sw_paragraphs",
    metadata,
    Column("doc_id", String(64), ForeignKey("sw_documents.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("lang", String(8), nullable=False),
    Column("fingerprint", String(40), nullable=False),
    Column("duplicate_of_doc", String(64)),
    Column("duplicate_of_idx", Integer),
    Index("ix_sw_paragraphs_fp", "fingerprint"),
)

statements = Table(
    "sw_statements",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("entity_id", String(96), nullable=False),
    Column("schema", String(32), nullable=False),
    Column("prop", String(64), nullable=False),
    Column("value", Text, nullable=False),
    Column("lang", String(8)),
    Column("dataset", String(64), nullable=False),
    Column("first_seen", String(32), nullable=False),
    # The document whose reading gave `lang`: the smallest document id that states the fact,
    # so that the language does not depend on the order documents arrived in.
    Column("lang_doc", String(64)),
    Index("ix_sw_statements_entity", "entity_id"),
    Index("ix_sw_statements_schema_prop", "schema", "prop"),
)

evidence = Table(
    "sw_evidence",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("statement_id", String(64), ForeignKey("sw_statements.id"), nullable=False),
    Column("doc_id", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote_start", Integer, nullable=False),
    Column("quote_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("extractor", String(128), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("lang", String(8)),
    Column("status", String(16), nullable=False, default="proposed"),
    Column("duplicate", Boolean, nullable=False, default=False),
    Index("ix_sw_evidence_statement", "statement_id"),
    Index("ix_sw_evidence_doc", "doc_id"),
)

judgements = Table(
    "sw_judgements",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("left_id", String(96), nullable=False),
    Column("right_id", String(96), nullable=False),
    Column("judgement", String(16), nullable=False),  # positive | negative | unsure
    Column("origin", String(16), nullable=False),  # auto (resolver) | analyst
    Column("reason", Text, nullable=False),
    Column("author", String(128), nullable=False),
    Column("created_at", String(32), nullable=False),
    Index("ix_sw_judgements_left", "left_id"),
    Index("ix_sw_judgements_right", "right_id"),
)

canonical = Table(
    "sw_canonical",
    metadata,
    Column("entity_id", String(96), primary_key=True),
    Column("canonical_id", String(96), nullable=False),
    Index("ix_sw_canonical_cid", "canonical_id"),
)

audit = Table(
    "sw_audit",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("author", String(128), nullable=False),
    Column("action", String(64), nullable=False),
    Column("detail", Text, nullable=False),
)

# -- official lists and other external datasets (kept apart from the registry's statements) --
releases = Table(
    "sw_releases",
    metadata,
    Column("id", String(96), primary_key=True),  # dataset + checksum: the same bytes are one release
    Column("dataset", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("format", String(32), nullable=False),
    Column("path", Text, nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("list_date", String(32)),
    Column("imported_at", String(32), nullable=False),
    Column("meta", Text, nullable=False),
    Index("ix_sw_releases_dataset", "dataset", "seq"),
)

list_entities = Table(
    "sw_list_entities",
    metadata,
    Column("release_id", String(96), ForeignKey("sw_releases.id"), primary_key=True),
    Column("entity_id", String(128), primary_key=True),
    Column("dataset", String(64), nullable=False),
    Column("schema", String(32), nullable=False),
    Column("caption", Text, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_sw_list_entities_dataset", "dataset"),
)

changes = Table(
    "sw_changes",
    metadata,
    Column("release_id", String(96), ForeignKey("sw_releases.id"), primary_key=True),
    Column("entity_id", String(128), primary_key=True),
    Column("change", String(16), nullable=False),
    Column("names", Text, nullable=False),
    Column("detail", Text, nullable=False),
)

xref = Table(
    "sw_xref",
    metadata,
    Column("registry_id", String(96), primary_key=True),
    Column("list_id", String(128), primary_key=True),
    Column("dataset", String(64), nullable=False),
    Column("score", Float, nullable=False),
    Column("explanations", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | accepted | rejected | unsure
    Column("decided_by", String(128)),
    Column("decided_at", String(32)),
    Column("found_at", String(32), nullable=False),
)

# -- screening indexes kept in the database (PostgreSQL), so that API processes share one copy --
index_blobs = Table(
    "sw_index_blobs",
    metadata,
    Column("dataset", String(64), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("hashes", Text, nullable=False),
    Column("blob", LargeBinary, nullable=False),
)

# -- accounts of the workbench (`sanctionwatch web`): who may read, review or administer --
users = Table(
    "sw_users",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("role", String(16), nullable=False),  # viewer | analyst | admin
    Column("password_hash", Text, nullable=False),  # argon2id, never the password
    Column("created_at", String(32), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

sessions = Table(
    "sw_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of the cookie: a leaked table logs nobody in
    Column("user_name", String(128), ForeignKey("sw_users.name"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

TIMESTAMPS = {
    "sw_documents": ("ingested_at",),
    "sw_statements": ("first_seen",),
    "sw_judgements": ("created_at",),
    "sw_audit": ("at",),
    "sw_releases": ("imported_at",),
    "sw_xref": ("decided_at", "found_at"),
    "sw_index_blobs": ("blob",),
    "sw_users": ("created_at", "password_hash"),  # a salted hash differs on every run
    "sw_sessions": ("token_hash", "csrf", "created_at", "expires_at"),  # a tar.gz of a cache: its bytes carry file times
}
"""Columns left out of `SqlStore.dump`: when something was done, not what is stored."""


def drop_all(engine: Engine) -> None:
    """Drop every table of the store and the migration history (tests reset PostgreSQL so)."""
    from sqlalchemy import text

    metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))

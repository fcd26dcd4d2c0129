"""Store: one interface (SqlStore) over SQLite (embedded default) and PostgreSQL (shared)."""

from sanctionwatch.store.sql import DuplicateLink, Judgement, SqlStore


def open_store(url: str | None = None) -> SqlStore:
    """The store named by `url`, $SANCTIONWATCH_DB, or ./sanctionwatch.db."""
    return SqlStore(url)


__all__ = ["DuplicateLink", "Judgement", "SqlStore", "open_store"]

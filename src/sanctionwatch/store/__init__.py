"""Store: one interface (`Store`, in base.py) over SQLite (embedded default) and PostgreSQL."""

from sanctionwatch.errors import StoreError
from sanctionwatch.store.base import DuplicateLink, Judgement, Store
from sanctionwatch.store.sql import SqlStore


def open_store(url: str | None = None, create: bool = True) -> SqlStore:
    """The store named by `url`, $SANCTIONWATCH_DB, or ./sanctionwatch.db.

    With `create=False` (read commands) a store that does not exist is an error instead of a
    new, empty one: a mistyped `--db` must not answer "nothing found"."""
    if not create and not SqlStore.exists(url):
        from sqlalchemy import make_url

        from sanctionwatch.config import database_url

        where = make_url(database_url(url)).render_as_string(hide_password=True)
        raise StoreError(f"no store at {where}: run `sanctionwatch ingest` or "
                         "`sanctionwatch import` first, or check --db / $SANCTIONWATCH_DB")
    return SqlStore(url)


__all__ = ["DuplicateLink", "Judgement", "SqlStore", "Store", "open_store"]

"""Create and upgrade the store's schema with alembic, safely when several processes start at once.

Every open checks the store's revision (one cheap read); only a new or older store takes the
lock and runs the migrations shipped in `migrations/versions/`:

- PostgreSQL: one transaction holding `pg_advisory_xact_lock`, so a second process waits, then
  finds the schema at head (DDL is transactional there: a failure leaves nothing half made);
- SQLite: one `BEGIN IMMEDIATE` transaction on a connection of its own (the file's write lock;
  others wait on the busy timeout), DDL included.

Whatever still races (a new SQLite file being switched to WAL, a server under load) is retried
a few times when the error says "already exists", "locked" or "busy".
A store made before migrations existed (it has `sw_meta`, schema version "1", no
`alembic_version`) is adopted by the first revision without touching its data.
"""

from __future__ import annotations

import random
import time
import zlib
from functools import lru_cache
from pathlib import Path

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from sanctionwatch.errors import StoreError
from sanctionwatch.store import schema as t

MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_KEY = zlib.crc32(b"sanctionwatch.store.migrate")  # one advisory lock id per database
ATTEMPTS = 8
_RETRYABLE = ("already exists", "locked", "busy", "duplicate key", "deadlock", "could not serialize")


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head() -> str:
    """The newest revision this version of sanctionwatch knows."""
    rev = _script().get_current_head()
    assert rev is not None
    return rev


def current_revision(conn: Connection) -> str | None:
    """The store's revision; None for an empty database or a store made before migrations.

    Raises StoreError for a store this version cannot upgrade (made by a newer sanctionwatch,
    or a legacy schema version it does not know)."""
    rev = MigrationContext.configure(conn).get_current_revision()
    if rev is not None:
        try:
            _script().get_revision(rev)
        except CommandError as exc:
            raise StoreError(f"the store is at schema revision {rev}, unknown to this version of "
                             "sanctionwatch (made by a newer one?); upgrade sanctionwatch") from exc
        return rev
    if inspect(conn).has_table(t.meta.name):
        legacy = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
        if legacy not in (None, t.LEGACY_SCHEMA_VERSION):
            # read outside the migration lock, another process may have committed its first
            # migration between the two reads above: its history is there now
            again = MigrationContext.configure(conn).get_current_revision()
            if again is not None:
                return current_revision(conn)
            raise StoreError(f"the store has schema version {legacy!r} and no migration history; "
                             "this version of sanctionwatch cannot upgrade it")
    return None


def _upgrade(conn: Connection) -> None:
    """Run every migration after the store's revision, on `conn` (in its open transaction)."""
    script = _script()
    if current_revision(conn) == head():
        return
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))

    def steps(rev, _context):  # noqa: ANN001, ANN202 - alembic's callback signature
        return script._upgrade_revs("head", rev)

    with EnvironmentContext(config, script, fn=steps, destination_rev="head") as env:
        env.configure(connection=conn)
        with env.begin_transaction():
            env.run_migrations()
    conn.execute(text("UPDATE sw_meta SET value = :rev WHERE key = 'schema_version'"), {"rev": head()})


def _migrate_postgresql(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        _upgrade(conn)


def _migrate_sqlite(engine: Engine) -> None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        with engine.begin() as conn:  # one process, one connection: nothing to lock against
            _upgrade(conn)
        return
    # pysqlite would emit its own BEGIN only before DML and autocommit DDL: take over
    # transaction control on a connection of our own and take the write lock up front.
    own = create_engine(engine.url, poolclass=NullPool, connect_args={"timeout": 30})
    event.listen(own, "connect", _manual_transactions)
    event.listen(own, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with own.begin() as conn:
            _upgrade(conn)
    finally:
        own.dispose()


def _manual_transactions(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
    dbapi_connection.isolation_level = None


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and any(word in str(exc).lower() for word in _RETRYABLE)


def ensure_schema(engine: Engine) -> str:
    """Bring the store at `engine` to the newest revision; returns it. Safe to call from several
    processes at once on the same new store."""
    target = head()
    for attempt in range(ATTEMPTS):
        try:
            with engine.connect() as conn:
                if current_revision(conn) == target:
                    return target
            if engine.dialect.name == "postgresql":
                _migrate_postgresql(engine)
            elif engine.dialect.name == "sqlite":
                _migrate_sqlite(engine)
            else:
                with engine.begin() as conn:
                    _upgrade(conn)
            return target
        except DBAPIError as exc:
            if attempt == ATTEMPTS - 1 or not _retryable(exc):
                raise
            time.sleep(0.02 * (2**attempt) * (1 + random.random()))
    return target


def is_store(conn: Connection) -> bool:
    """True when the database behind `conn` holds a sanctionwatch store (any revision)."""
    return inspect(conn).has_table(t.meta.name)

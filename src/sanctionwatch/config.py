"""Run-time settings, from the environment with command-line overrides.

One place so that the CLI, the API server and Ray workers agree on the store and limits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "sqlite:///sanctionwatch.db"
# The language pack a paragraph is read with when its detected language has none installed.
DEFAULT_LANGUAGE = "en"
ENV_DB = "SANCTIONWATCH_DB"
ENV_MAX_BYTES = "SANCTIONWATCH_MAX_BYTES"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a 20 MB report is already a book
ENV_MAX_SECONDS = "SANCTIONWATCH_MAX_SECONDS"
DEFAULT_MAX_SECONDS = 120.0  # reading (not analysing) one file; the seeds take well under 1 s


def database_url(value: str | None = None) -> str:
    """The store URL: explicit value, else $SANCTIONWATCH_DB, else a SQLite file here.

    A bare path (``registry.db``) is accepted and means a SQLite file.
    """
    url = value or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def missing_sqlite_file(value: str | None = None) -> Path | None:
    """The SQLite file the store URL names, when that file does not exist (else None).

    Opening a SQLite URL creates the file, so a read command given a typo would silently show
    an empty registry; commands that only read ask this first. Server URLs and in-memory
    databases are never "missing".
    """
    from sqlalchemy.engine import make_url

    try:
        url = make_url(database_url(value))
    except Exception:  # noqa: BLE001 - a malformed URL is reported when the store is opened
        return None
    if not url.drivername.startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:") or url.query.get("mode") == "memory":
        return None
    path = Path(url.database)
    return None if path.exists() else path


@dataclass(frozen=True)
class Limits:
    """Input limits: files larger than this, or taking longer than `max_seconds` to read, are
    refused with a clear message; symlinks out of the folders given unless `follow_symlinks`."""

    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False
    max_seconds: float = DEFAULT_MAX_SECONDS

    @classmethod
    def from_env(cls, max_bytes: int | None = None, follow_symlinks: bool = False) -> Limits:
        if max_bytes is None:
            env = os.environ.get(ENV_MAX_BYTES)
            max_bytes = int(env) if env else DEFAULT_MAX_BYTES
        seconds = float(os.environ.get(ENV_MAX_SECONDS) or DEFAULT_MAX_SECONDS)
        return cls(max_bytes=max_bytes, follow_symlinks=follow_symlinks, max_seconds=seconds)

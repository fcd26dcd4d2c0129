"""Run-time settings, from the environment with command-line overrides.

One place so that the CLI, the API server and Ray workers agree on the store and limits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "sqlite:///sanctionwatch.db"
ENV_DB = "SANCTIONWATCH_DB"
ENV_MAX_BYTES = "SANCTIONWATCH_MAX_BYTES"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a 20 MB report is already a book


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


@dataclass(frozen=True)
class Limits:
    """Input limits: files larger than this are refused with a clear message."""

    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_env(cls, max_bytes: int | None = None) -> Limits:
        if max_bytes is None:
            env = os.environ.get(ENV_MAX_BYTES)
            max_bytes = int(env) if env else DEFAULT_MAX_BYTES
        return cls(max_bytes=max_bytes)

"""Shared fixtures: where the shared data lives, and skipping cleanly when it does not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    """Return `path`, or skip the test with the reason when the shared folder is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (shared/ is only beside CI's and developers' checkouts)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return need(DATA)


PG_URL = os.environ.get("SANCTIONWATCH_TEST_PG")


def _fresh_pg(url: str) -> str:
    from sqlalchemy import create_engine

    from sanctionwatch.config import database_url
    from sanctionwatch.store.schema import drop_all

    engine = create_engine(database_url(url))
    drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    """A fresh, empty store URL: a SQLite file, and PostgreSQL when SANCTIONWATCH_TEST_PG is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG_URL:
        pytest.skip("set SANCTIONWATCH_TEST_PG=postgresql://… to run the store tests on PostgreSQL")
    return _fresh_pg(PG_URL)

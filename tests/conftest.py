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

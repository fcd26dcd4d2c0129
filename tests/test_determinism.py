"""Same input, same output, byte for byte: across runs and across executors (local vs Ray)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctionwatch.pipeline import ingest
from sanctionwatch.report.export import dumps, iter_ftm
from sanctionwatch.report.facts import fact_views
from sanctionwatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _outputs(db: Path) -> str:
    store = open_store(f"sqlite:///{db}")
    parts = [dumps(e) for e in iter_ftm(store)]
    parts += [json.dumps(v.to_json(), sort_keys=True, ensure_ascii=False) for v in fact_views(store)]
    return "\n".join(parts)


def test_two_runs_on_the_seeds_are_identical(seeds_dir: Path, tmp_path: Path) -> None:
    ingest([seeds_dir], open_store(f"sqlite:///{tmp_path / 'a.db'}"))
    ingest([seeds_dir], open_store(f"sqlite:///{tmp_path / 'b.db'}"))
    a, b = _outputs(tmp_path / "a.db"), _outputs(tmp_path / "b.db")
    assert a == b and len(a) > 10_000


def test_ray_executor_gives_the_same_registry(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="the Ray executor needs the 'scale' extra")
    ingest([ROOT / "sample"], open_store(f"sqlite:///{tmp_path / 'local.db'}"), executor="local")
    try:
        ingest([ROOT / "sample"], open_store(f"sqlite:///{tmp_path / 'ray.db'}"), executor="ray")
    finally:
        ray.shutdown()
    assert _outputs(tmp_path / "local.db") == _outputs(tmp_path / "ray.db")

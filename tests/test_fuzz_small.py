"""The fuzz benchmark's property, small and fast: any mutation of a real document is either read
or refused with a SourceError naming it, never another exception (bench/fuzz.py runs 10,000
through whole ingest runs)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sanctionwatch.config import Limits
from sanctionwatch.errors import SourceError
from sanctionwatch.sources import read_source

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import fuzz  # noqa: E402


def test_mutated_documents_are_read_or_refused_with_a_reason(tmp_path: Path) -> None:
    rng = random.Random(12)
    seeds = fuzz.seeds()
    data = {p: p.read_bytes() for p in seeds}
    kinds = [k for k in fuzz.MUTATIONS if k != "pdf bomb"]  # bombs: tests/test_hardening_files.py
    outcomes = {"read": 0, "refused": 0}
    for i in range(300):
        seed = rng.choice(seeds)
        kind = kinds[i % len(kinds)]
        base = data[seed] if seed.suffix == ".pdf" else fuzz.window(rng, data[seed])
        if kind == "splice":
            mutated = fuzz.splice(rng, base, data[rng.choice(seeds)])
        else:
            mutated = fuzz.MUTATIONS[kind](rng, base)
        path = tmp_path / f"m{i}{seed.suffix}"
        path.write_bytes(mutated)
        try:
            raw = read_source(path, Limits(max_bytes=2_000_000))
        except SourceError as exc:
            assert exc.reason and str(path) in str(exc)
            outcomes["refused"] += 1
        else:
            raw.text.encode("utf-8")  # no lone surrogates reach the store
            outcomes["read"] += 1
    assert outcomes["read"] > 50 and outcomes["refused"] > 50, outcomes

"""The mypyc-compiled matcher and its Python source must give the same answers.

`setup.py` compiles the hot path (similarity, name_score, matcher); the source is the
reference. These tests score the same pairs in two fresh processes, one with the compiled
build and one with `SANCTIONWATCH_PURE_PYTHON=1`, and compare every score and explanation.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sanctionwatch import _compiled

FIXTURES = Path(__file__).parent / "fixtures"

_SCRIPT = r"""
import csv, json, sys
import sanctionwatch.screen as screen
from sanctionwatch.screen.matcher import prepare, score_prepared
from sanctionwatch.screen.query import Record
out = {"build": screen.MATCHER_BUILD, "results": []}
for path in sys.argv[1:]:
    for row in csv.DictReader(open(path, encoding="utf-8")):
        schema = row.get("schema") or "Person"
        a = prepare(Record.make(row.get("name1") or row["khmer"], schema))
        b = prepare(Record.make(row.get("name2") or row["latin"], schema))
        r = score_prepared(a, b)
        out["results"].append([r.score, r.match, r.explanations])
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _run(paths: list[Path], pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("SANCTIONWATCH_PURE_PYTHON", None)
    if pure:
        env["SANCTIONWATCH_PURE_PYTHON"] = "1"
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *map(str, paths)], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _assert_same(files: list[Path]) -> None:
    if len(_compiled.compiled_files()) < len(_compiled.HOT_PATH):
        if os.environ.get("SANCTIONWATCH_EXPECT_COMPILED") == "1":  # set by .ci/run
            pytest.fail("the matcher was not compiled by `pip install` (see setup.py's warning)")
        pytest.skip("the matcher is not compiled in this install (no mypyc build): nothing to compare")
    compiled, source = _run(files, pure=False), _run(files, pure=True)
    assert compiled["build"] == "compiled", "the compiled matcher is older than its source: run `make install`"
    assert source["build"] == "source"
    assert len(compiled["results"]) == len(source["results"]) > 100
    for i, (c, s) in enumerate(zip(compiled["results"], source["results"], strict=True)):
        assert c == s, f"pair {i}: compiled {c[:2]} vs source {s[:2]}"


def test_compiled_and_source_agree_on_khmer_latin_pairs() -> None:
    _assert_same([FIXTURES / "khmer_latin_pairs.csv"])


def test_compiled_and_source_agree_on_name_bench(data_dir: Path) -> None:
    _assert_same([data_dir / "name_bench" / "cases.csv"])


def test_a_source_edited_after_its_build_is_stale(tmp_path: Path) -> None:
    """Staleness is the recorded source hash, not file times: a wheel's times say nothing."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for relative in _compiled.HOT_PATH.values():
        source = tmp_path / relative
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(f"# {relative}\n")
        source.with_name(source.stem + suffix).write_bytes(b"")
    found = _compiled.compiled_files(tmp_path)
    assert set(found) == set(_compiled.HOT_PATH)
    assert sorted(_compiled.stale_modules(found, tmp_path)) == sorted(_compiled.HOT_PATH)  # no record
    (tmp_path / _compiled.HASHES).write_text(json.dumps(
        {m: _compiled.source_hash(tmp_path / r) for m, r in _compiled.HOT_PATH.items()}))
    # a source much newer than its build (as after unpacking a wheel) is not stale
    os.utime(tmp_path / "screen" / "name_score.py", (2_000_000_000, 2_000_000_000))
    os.utime(found["sanctionwatch.screen.name_score"], (1_900_000_000, 1_900_000_000))
    assert _compiled.stale_modules(found, tmp_path) == []
    # an edit (an editable install) is, whatever the times say
    (tmp_path / "screen" / "name_score.py").write_text("# edited\n")
    os.utime(tmp_path / "screen" / "name_score.py", (1_000_000_000, 1_000_000_000))
    assert _compiled.stale_modules(found, tmp_path) == ["sanctionwatch.screen.name_score"]


def test_pure_python_switch_runs_the_source() -> None:
    result = _run([FIXTURES / "khmer_latin_pairs.csv"], pure=True)
    assert result["build"] == "source"
    assert result["results"]

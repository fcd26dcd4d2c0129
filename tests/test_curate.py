"""Curation: merge, split, reject evidence — each audited, each reversible, each respected."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.report.entities import find_entities
from sanctionwatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_split_merge_review_and_audit(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    _ok("ingest", str(ROOT / "sample"), "--db", db)
    store = open_store(db)
    kem = find_entities(store, "Kem Sokha")[0]
    khmer_id = next(r for r in kem.referents if any(
        s.entity_id == r and "កឹម" in s.value for s in kem.statements))
    latin_id = next(r for r in kem.referents if r != khmer_id and any(
        s.entity_id == r and s.value == "Kem Sokha" for s in kem.statements))

    # split: the Khmer mention becomes its own entity, and ingest-time resolution respects it
    _ok("split", latin_id, khmer_id, "--author", "alice", "--reason", "test split", "--db", db)
    mapping = store.canonical_map()
    assert mapping[latin_id] != mapping[khmer_id]
    _ok("ingest", str(ROOT / "sample"), "--db", db)  # no-op ingest does not undo it
    assert store.canonical_map()[latin_id] != store.canonical_map()[khmer_id]

    # merge again: a later positive judgement for the same pair replaces the negative one
    _ok("merge", latin_id, khmer_id, "--author", "bob", "--db", db)
    assert store.canonical_map()[latin_id] == store.canonical_map()[khmer_id]

    # reject a statement: it leaves the registry and the export
    [statement] = [s for s in find_entities(store, "Kem Sokha")[0].statements if s.value == "KEM Sokha"]
    _ok("review", statement.id, "reject", "--author", "carol", "--reason", "wrong", "--db", db)
    assert "KEM Sokha" not in find_entities(store, "Kem Sokha")[0].names
    exported = [json.loads(line) for line in _ok("export", "--db", db).splitlines()]
    [person] = [e for e in exported if e["caption"] == "Kem Sokha"]
    assert "KEM Sokha" not in person["properties"]["name"] and "Kem Sokha" in person["properties"]["name"]

    log = [json.loads(line) for line in _ok("audit", "--json", "--db", db).splitlines()]
    assert [r["author"] for r in log] == ["alice", "bob", "carol"]
    assert runner.invoke(app, ["merge", "sw-nope", latin_id, "--db", db]).exit_code == 2
    assert runner.invoke(app, ["review", statement.id, "maybe", "--db", db]).exit_code == 2

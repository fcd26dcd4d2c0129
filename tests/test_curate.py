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


REPORTS = {  # Putin in two romanisations; Kolesnikova/Kalesnikava with no shared context
    "a.txt": "PARIS, 3 March 2021\n\nLe président Vladimir Poutine a parlé de Maria Kolesnikova.\n",
    "b.txt": "LONDON, 4 March 2021\n\nPresident Vladimir Putin spoke in Moscow on Thursday.\n",
    "c.txt": "MINSK, 6 September 2021\n\nMaria Kalesnikava was sentenced, her lawyer Maxim Znak said.\n",
}


def test_commands_take_names_and_suggest_and_list_proposals(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in REPORTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "p.db")
    _ok("ingest", str(docs), "--db", db)
    shown = _ok("show", "Vladimir Poutine", "--db", db)
    assert "Vladimir Putin" in shown  # one person across two romanisations
    missing = runner.invoke(app, ["show", "Vladimir Putinn", "--db", db])
    said = " ".join(missing.output.split())  # the console wraps at its width
    assert missing.exit_code != 0 and "did you mean" in said
    assert "Vladimir Putin" in said or "Vladimir Poutine" in said  # either romanisation names him
    listed = json.loads(_ok("proposals", "--json", "--db", db).splitlines()[0])
    assert {listed["left_name"], listed["right_name"]} == {"Maria Kolesnikova", "Maria Kalesnikava"}
    _ok("merge", "Maria Kolesnikova", "Maria Kalesnikava", "--db", db)  # names, not ids
    store = open_store(db)
    assert len(find_entities(store, "Maria Kalesnikava")[0].names) >= 2
    assert _ok("proposals", "--json", "--db", db).strip() == ""
    wrong = runner.invoke(app, ["split", "Vladimir Putin", "Nobody Atall", "--db", db])
    assert wrong.exit_code == 2 and "no entity named" in wrong.output

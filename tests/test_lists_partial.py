"""OFAC sets without alt.csv/add.csv: a clear warning, and a diff that does not call absent
aliases and addresses "removed"; `diff` filters and field-level before/after values.

The shared 2024 set really is sdn.csv alone, and the 2021 set has all three files: the case
that made every entry "changed".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.lists.diff import diff_entities
from sanctionwatch.lists.ofac_csv import COMPANIONS

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def partial_db(data_dir: Path, tmp_path_factory) -> tuple[str, str]:
    db = str(tmp_path_factory.mktemp("partial") / "lists.db")
    _run("import", str(data_dir / "ofac-2021"), "--format", "ofac-csv", "--db", db)
    out = _run("import", str(data_dir / "ofac-2024"), "--format", "ofac-csv", "--db", db)
    return db, out


def test_import_without_companions_warns_naming_them(partial_db: tuple[str, str]) -> None:
    _, out = partial_db
    assert "warning:" in out and "alt.csv and add.csv not found" in out
    assert "alias" in out and "address" in out


def test_absent_is_not_removed(partial_db: tuple[str, str]) -> None:
    from sanctionwatch.release import load_release_entities
    from sanctionwatch.store import open_store

    store = open_store(partial_db[0])
    old = load_release_entities(store, "us_ofac_sdn@1")
    new = load_release_entities(store, "us_ofac_sdn@2")
    unloaded = sorted({p for props in COMPANIONS.values() for p in props})
    naive = [c for c in diff_entities(old, new) if c["change"] == "changed"]
    fair = [c for c in diff_entities(old, new, unloaded_new=unloaded) if c["change"] == "changed"]
    assert len(fair) < len(naive) / 2, (len(fair), len(naive))
    for change in fair:  # no change is made only of values the partial release could not load
        assert any(p not in unloaded or d["added"] for p, d in change["properties"].items())
    shown = [json.loads(line) for line in _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json",
                                               "--db", partial_db[0]).splitlines()]
    assert len([c for c in shown if c["change"] == "changed"]) == len(fair)


def test_diff_filters_and_before_after(partial_db: tuple[str, str]) -> None:
    db = partial_db[0]
    every = [json.loads(line) for line in _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json",
                                               "--db", db).splitlines()]
    people = [json.loads(line) for line in _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json",
                                                "--schema", "Person", "--db", db).splitlines()]
    assert people and len(people) < len(every) and {c["schema"] for c in people} == {"Person"}
    notes = [json.loads(line) for line in _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json",
                                               "--field", "notes", "--db", db).splitlines()]
    assert notes and all(set(c["properties"]) == {"notes"} for c in notes)
    changed = next(c for c in notes if c["change"] == "changed")
    delta = changed["properties"]["notes"]
    assert delta["old"] != delta["new"] and set(delta) == {"old", "new", "added", "removed"}
    glomag = [json.loads(line) for line in _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json",
                                                "--program", "GLOMAG", "--db", db).splitlines()]
    assert glomag and len(glomag) < len(every)
    names = " ".join(n for c in glomag for n in c["names"]).upper()
    assert "HING" in names or "TRY" in names
    table = _run("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--field", "notes", "--schema", "Person",
                 "--db", db)
    assert "before" in table and "after" in table and "notes" in table


def test_read_command_refuses_a_missing_sqlite_file(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    result = runner.invoke(app, ["entities", "--db", str(typo)])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not typo.exists()
    result = runner.invoke(app, ["lists", "--db", f"sqlite:///{typo}"])
    assert result.exit_code == 2 and not typo.exists()
    from sanctionwatch.config import missing_sqlite_file

    assert missing_sqlite_file(str(typo)) == typo
    assert missing_sqlite_file("postgresql://127.0.0.1:5432/test") is None  # servers: never "missing"
    assert missing_sqlite_file(":memory:") is None
    existing = tmp_path / "real.db"
    existing.write_bytes(b"")
    assert missing_sqlite_file(str(existing)) is None


def test_version() -> None:
    from sanctionwatch import __version__

    out = _run("--version")
    assert out.startswith("sanctionwatch ") and "matcher: " in out
    assert __version__ in out or out.split()[1][0].isdigit()

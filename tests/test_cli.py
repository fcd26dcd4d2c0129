"""The command line on the bundled sample and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdfmaker import make_pdf
from sanctionwatch.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "sample.db")
    result = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db])
    assert result.exit_code == 0, result.output
    assert "documents ingested" in result.output
    return db


def test_entities_json_and_table(sample_db: str) -> None:
    result = runner.invoke(app, ["entities", "--db", sample_db, "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert all({"id", "schema", "names", "roles"} <= set(r) for r in rows)
    hun = [r for r in rows if "Hun Sen" in r["names"]]
    assert len(hun) == 1 and {"HUN Sen", "ហ៊ុន-សែន"} <= set(hun[0]["names"])
    table = runner.invoke(app, ["entities", "--db", sample_db, "--schema", "Person"])
    assert "Kem Sokha" in table.output


def test_show_in_khmer_script(sample_db: str) -> None:
    result = runner.invoke(app, ["show", "កឹម សុខា", "--db", sample_db, "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["caption"] == "Kem Sokha"
    assert {"KEM Sokha", "កឹម-សុខា"} <= set(data["names"])
    assert all(s["quote"] for s in data["sources"])
    missing = runner.invoke(app, ["show", "Nobody Atall", "--db", sample_db])
    assert missing.exit_code == 1


def test_export_ftm(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "registry.ftm.json"
    result = runner.invoke(app, ["export", "--format", "ftm", "--db", sample_db, "--out", str(out)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"Person", "Organization", "Document"} <= {e["schema"] for e in lines}


def test_bad_files_are_skipped_with_a_line_each_and_store_untouched(sample_db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "cut.pdf").write_bytes(make_pdf([["Kem Sokha"]])[:200])
    before = runner.invoke(app, ["entities", "--db", sample_db, "--json"]).output
    result = runner.invoke(app, ["ingest", str(bad), "--db", sample_db])
    assert result.exit_code == 1  # nothing could be ingested
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("cut.pdf", "truncated")]:
        assert any(name in line and reason in line for line in result.output.splitlines()), result.output
    assert runner.invoke(app, ["entities", "--db", sample_db, "--json"]).output == before


def test_mixed_good_and_bad_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Prime Minister Hun Sen met Kem Sokha's lawyers.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0 and "empty.txt" in result.output


def test_unknown_executor_and_format(tmp_path: Path) -> None:
    assert runner.invoke(app, ["ingest", str(SAMPLE), "--executor", "spark", "--db", str(tmp_path / "a.db")]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "xml", "--db", str(tmp_path / "a.db")]).exit_code == 2


def test_crash_mid_run_resumes_with_every_document_once(tmp_path: Path, monkeypatch) -> None:
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.store import open_store
    from sanctionwatch.store.sql import SqlStore

    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    real = SqlStore.write_document
    calls = {"n": 0}

    def crash_on_third(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SqlStore, "write_document", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        ingest([SAMPLE], store)
    monkeypatch.setattr(SqlStore, "write_document", real)
    assert store.counts()["documents"] == 2
    report = ingest([SAMPLE], store)
    total = len(list(SAMPLE.iterdir()))
    assert report.ingested == total - 2 and report.already_stored == 2
    docs = store.documents()
    assert len(docs) == total and len({d["id"] for d in docs}) == total
    assert store.canonical_map()  # resolution ran after the resumed run


def test_batch_screening_reports_bad_rows_and_resumes(sample_db: str, tmp_path: Path) -> None:
    names = tmp_path / "names.csv"
    names.write_text("id,name,schema\na,HUN Sen,Person\nb,,Person\nc,Kem\x07Sokha,Person\nd,ហ៊ុន សែន,Person\n",
                     encoding="utf-8")
    out = tmp_path / "hits.csv"
    result = runner.invoke(app, ["screen", "--batch", str(names), "--out", str(out), "--dataset", "default",
                                 "--db", sample_db])
    assert result.exit_code == 0, result.output
    assert f"{names}:3:" in result.output and f"{names}:4:" in result.output  # rows named by line
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    top = {r["row"]: r for r in rows if r["rank"] == "1"}
    assert top["a"]["caption"] == "Hun Sen" and top["d"]["caption"] == "Hun Sen"
    again = runner.invoke(app, ["screen", "--batch", str(names), "--out", str(out), "--dataset", "default",
                                "--db", sample_db])
    assert "(4 already done)" in again.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == len(rows)


def test_command_modules_share_only_common_and_keep_curation_in_services() -> None:
    """One module per noun: each imports `cli.common` and nothing else of the CLI (no cycle
    back to the package), and none reaches into the store's curation tables itself."""
    import ast

    import sanctionwatch.cli as package

    folder = Path(package.__file__).parent
    for path in sorted(folder.glob("*.py")):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        own = {m for m in imported if m == "sanctionwatch.cli" or m.startswith("sanctionwatch.cli.")}
        assert own <= {"sanctionwatch.cli.common"}, (path.name, own)
        assert "store.curation" not in path.read_text(encoding="utf-8"), path.name
    names = {c.name or c.callback.__name__ for c in package.app.registered_commands}
    names |= {g.name for g in package.app.registered_groups if g.name}
    for sub in package.app.registered_groups:  # the nouns' apps, mounted without a name
        names |= {c.name or c.callback.__name__ for c in sub.typer_instance.registered_commands}
        names |= {g.name for g in sub.typer_instance.registered_groups if g.name}
    assert {"ingest", "entities", "show", "export", "measures", "events", "dossier", "documents", "add", "link",
            "merge", "split", "review", "audit", "proposals", "import", "load", "lists", "diff", "release",
            "xref", "decide", "gaps", "screen", "serve", "web", "user"} <= names

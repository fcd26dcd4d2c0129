"""Dossiers: every claim quoted, Khmer and French intact, everything from documents escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app

runner = CliRunner()

HOSTILE = """Phnom Penh, 5 March 2018

Prime Minister Hun Sen ordered the arrest of opposition activist Chea Dara <script>alert('x')</script> on Monday.

ក្រុមសិទ្ធិមនុស្សអំពាវនាវឱ្យដោះលែងលោក កឹម សុខា ជាបន្ទាន់។

Le Premier ministre HUN Sen a menacé les journalistes de « représailles » & d'arrestations.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("dossier")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    path = str(folder / "d.db")
    assert runner.invoke(app, ["ingest", str(folder), "--db", path]).exit_code == 0
    return path


def test_json_dossier_has_identity_roles_and_quotes(db: str) -> None:
    result = runner.invoke(app, ["dossier", "Hun Sen", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["caption"] == "Hun Sen"
    assert {"Hun Sen", "HUN Sen"} <= {n["name"] for n in data["names"]}
    assert all(s["quote"] for n in data["names"] for s in n["sources"])
    for fact in data["timeline"]:
        assert fact["sources"] and all(s["quote"] and s["language"] for s in fact["sources"])


def test_html_escapes_document_text_and_keeps_khmer(db: str) -> None:
    html = runner.invoke(app, ["dossier", "កឹម សុខា", "--format", "html", "--db", db]).output
    assert "<meta charset=\"utf-8\">" in html and "កឹម សុខា" in html
    page = runner.invoke(app, ["dossier", "Hun Sen", "--format", "html", "--db", db]).output
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page  # the quote, escaped
    # the workbench's base layout, made self-contained: its style sheet inlined, nothing loaded
    assert '<header>' in page and '<span class="brand">' in page and "<style>" in page
    assert "/static/" not in page and "<nav>" not in page


def test_markdown_and_bad_format(db: str) -> None:
    md = runner.invoke(app, ["dossier", "HUN Sen", "--db", db]).output
    assert md.startswith("# Hun Sen") and "## Events and measures" in md
    assert runner.invoke(app, ["dossier", "Hun Sen", "--format", "pdf", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["dossier", "Nobody Here", "--db", db]).exit_code == 1


def test_measures_and_events_json_shape(db: str, tmp_path: Path) -> None:
    events = [json.loads(line) for line in runner.invoke(app, ["events", "--json", "--db", db]).output.splitlines()]
    for e in events:
        assert {"id", "kind", "date", "actors", "subjects", "sources"} <= set(e)
        assert e["date"] is None or len(e["date"]) in (4, 7, 10)
        for party in e["actors"] + e["subjects"]:
            assert "name" in party
        for s in e["sources"]:
            assert {"document", "quote", "language"} <= set(s)
    measures = runner.invoke(app, ["measures", "--json", "--db", db]).output.splitlines()
    for line in measures:
        m = json.loads(line)
        assert {"id", "kind", "status", "date", "issuer", "targets", "sources"} <= set(m)

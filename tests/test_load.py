"""Loading FollowTheMoney JSON lines (OpenSanctions' format): screened, bad lines reported."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli import app

runner = CliRunner()

ENTITIES = [
    {"id": "os-hun-manet", "schema": "Person", "properties": {"name": ["Hun Manet"], "birthDate": ["1977-10-20"],
                                                                "nationality": ["kh"]}},
    {"id": "os-acme", "schema": "Company", "properties": {"name": ["Angkor Timber Export Co. Ltd"]}},
]


def test_load_screen_and_reload(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    lines = [json.dumps(e) for e in ENTITIES] + ["{not json", json.dumps({"schema": "Person"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    result = runner.invoke(app, ["load", str(path), "--dataset", "os", "--db", db])
    assert result.exit_code == 0, result.output
    assert "entities.ftm.json:3: invalid JSON" in result.output
    assert "entities.ftm.json:4: not an FtM entity" in result.output
    hits = runner.invoke(app, ["screen", "ហ៊ុន ម៉ាណែត", "--dataset", "os", "--json", "--db", db]).output
    top = json.loads(hits.splitlines()[0])
    assert top["id"] == "os-hun-manet" and top["match"]
    wrong_birth = runner.invoke(app, ["screen", "Hun Manet", "--birth-date", "1950-01-01", "--dataset", "os",
                                      "--json", "--db", db]).output
    assert json.loads(wrong_birth.splitlines()[0])["score"] < top["score"]
    again = runner.invoke(app, ["load", str(path), "--dataset", "os", "--db", db])
    assert "already imported" in again.output

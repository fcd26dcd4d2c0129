"""Documents keep their public provenance (title, address, date) and reports cite it.

The dev corpus pages carry no `<link rel=canonical>` or `og:url` (checked: none of the 18 HTML
pages nor the five seeds has one), so the page tests add a real-world head to a real page; the
sidecar tests give the address of a real text file beside it, as a user would.
"""

from __future__ import annotations

import json
import pickle
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED, need
from sanctionwatch.cli import app
from sanctionwatch.report.mdsafe import md_url
from sanctionwatch.sources.page_meta import iso_date, page_meta, public_url
from sanctionwatch.sources.read import read_source
from sanctionwatch.sources.sidecar import read_sidecar

runner = CliRunner()
DEV = SHARED / "corpus" / "dev" / "docs"
ROOT = Path(__file__).resolve().parents[1]
HEAD = ('<meta charset="utf-8"><link rel="canonical" href="/2025/10/15/prince-group">'
        '<meta property="og:url" content="https://regionalwire.example/2025/10/15/prince-group?utm_source=x">'
        '<meta property="og:title" content="Washington and London hit Prince Group">'
        '<meta property="article:published_time" content="2025-10-15T06:30:00+07:00">')
TREASURY = "https://home.treasury.gov/news/press-releases/jy2581"


def _with_head(tmp: Path) -> Path:
    page = need(DEV / "d02_prince_group_us_uk.html").read_text(encoding="utf-8")
    out = tmp / "d02.html"
    out.write_text(page.replace('<meta charset="utf-8">', HEAD, 1), encoding="utf-8")
    return out


def test_page_declares_canonical_address_title_and_date(tmp_path: Path) -> None:
    raw = read_source(_with_head(tmp_path))
    # the relative canonical link is resolved against og:url: the tracking query is gone
    assert raw.source_url == "https://regionalwire.example/2025/10/15/prince-group"
    assert raw.published == "2025-10-15"
    assert raw.title == "Washington and London hit Prince Group"  # og:title, as the page declares it


def test_real_pages_without_an_address_get_none_and_keep_their_title() -> None:
    raw = read_source(need(DEV / "d12_us_freezes_army_chief_assets.html"))
    assert raw.source_url is None
    assert raw.title.startswith("US freezes Myanmar army chief's assets") and raw.published == "2019-12-11"
    meta = page_meta((ROOT / "sample" / "parlement-europeen.html").read_text(encoding="utf-8"))
    assert meta.url is None and meta.title.startswith("Le Parlement européen demande des sanctions")


@pytest.mark.parametrize("value", ["javascript:alert(1)", "file:///etc/passwd", "/relative/only",
                                   "https://x.example/a b", "data:text/html,<b>x</b>"])
def test_only_absolute_http_addresses_are_kept(value: str) -> None:
    assert public_url(value) is None
    assert page_meta(f'<html><head><link rel="canonical" href="{value}"></head><body><p>x</p></body></html>').url is None


def test_iso_dates() -> None:
    assert iso_date("2018-03-14T08:00:00Z") == "2018-03-14"
    assert iso_date("2018-03") == "2018-03" and iso_date("14 March 2018") is None and iso_date("2018-13-01") is None


def test_sidecar_beside_a_file_and_manifest_in_the_folder(tmp_path: Path) -> None:
    d01 = shutil.copy(need(DEV / "d01_ly_yong_phat_treasury.txt"), tmp_path / "d01.txt")
    shutil.copy(DEV / "d03_us_arms_embargo_explainer.txt", tmp_path / "d03.txt")
    (tmp_path / "manifest.csv").write_text(
        "file,url,title,published\n"
        "d01.txt,https://example.org/from-manifest,From the manifest,2024-09-01\n"
        "d03.txt,https://example.org/arms-embargo,US arms embargo explained,\n", encoding="utf-8")
    (tmp_path / "d01.txt.meta.json").write_text(json.dumps({"url": TREASURY, "published": "2024-09-12"}))
    own = read_sidecar(d01)
    assert not own.problems
    # the file's own sidecar outranks the manifest, field by field
    assert (own.meta.url, own.meta.title, own.meta.published) == (TREASURY, "From the manifest", "2024-09-12")
    other = read_sidecar(tmp_path / "d03.txt").meta
    assert (other.url, other.title, other.published) == ("https://example.org/arms-embargo",
                                                         "US arms embargo explained", None)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("d01.txt.meta.json", '{"url": "javascript:alert(1)"}', "not an absolute http(s) address"),
    ("d01.txt.meta.json", '{"published": "yesterday"}', "not an ISO 8601 date"),
    ("d01.txt.meta.json", '{"uri": "https://x.example"}', "unknown key(s) 'uri'"),
    ("d01.txt.meta.json", '{"url": ', "not JSON"),
    ("manifest.json", '[{"url": "https://x.example"}]', "entry 1: no 'file'"),
    ("manifest.csv", "name;url\n", "no 'file' column"),
])
def test_bad_sidecars_are_named_and_skipped(tmp_path: Path, name: str, content: str, reason: str) -> None:
    d01 = shutil.copy(need(DEV / "d01_ly_yong_phat_treasury.txt"), tmp_path / "d01.txt")
    (tmp_path / name).write_text(content, encoding="utf-8")
    side = read_sidecar(d01)
    assert side.meta.url is None
    assert len(side.problems) == 1 and side.problems[0].path.endswith(name)
    assert reason in side.problems[0].reason
    assert pickle.loads(pickle.dumps(side.problems[0])).reason == side.problems[0].reason  # crosses to Ray


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """Two real reports: one page declaring its address, one text with a sidecar (whose title
    carries Markdown and HTML), one with a bad sidecar; ingested once."""
    folder = tmp_path_factory.mktemp("prov")
    _with_head(folder)
    shutil.copy(need(DEV / "d01_ly_yong_phat_treasury.txt"), folder / "d01.txt")
    (folder / "d01.txt.meta.json").write_text(json.dumps(
        {"url": TREASURY, "title": "Treasury [sanctions](javascript:alert(1)) <img src=x onerror=alert(1)>",
         "published": "2024-09-12"}))
    shutil.copy(DEV / "d03_us_arms_embargo_explainer.txt", folder / "d03.txt")
    (folder / "d03.meta.json").write_text('{"url": "ftp://nowhere"}')
    db = folder / "p.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "d03.meta.json: sidecar ignored" in result.stderr
    return db


def test_ingest_stores_the_address_and_bad_sidecars_do_not_stop_it(store: Path) -> None:
    from sanctionwatch.store import open_store

    docs = {Path(d["path"]).name: d for d in open_store(str(store)).documents()}
    assert set(docs) == {"d01.txt", "d02.html", "d03.txt"}  # the bad sidecar's file is stored too
    assert docs["d01.txt"]["source_url"] == TREASURY and docs["d01.txt"]["published"] == "2024-09-12"
    assert docs["d02.html"]["source_url"] == "https://regionalwire.example/2025/10/15/prince-group"
    assert docs["d03.txt"]["source_url"] is None


def test_dossiers_cite_title_address_and_date_not_paths(store: Path) -> None:
    md = runner.invoke(app, ["dossier", "Ly Yong Phat", "--db", str(store)]).stdout
    assert f"<{TREASURY}>, 2024-09-12" in md
    assert "<https://regionalwire.example/2025/10/15/prince-group>" in md
    assert str(store.parent) not in md  # no local path where an address is known
    assert not re.search(r"(?<!\\)\]\(|(?<!\\)<img", md) and "\\[sanctions\\]" in md  # escaped
    page = runner.invoke(app, ["dossier", "Ly Yong Phat", "--format", "html", "--db", str(store)]).stdout
    assert f'<a href="{TREASURY}" rel="noopener noreferrer">' in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    data = json.loads(runner.invoke(app, ["dossier", "Ly Yong Phat", "--format", "json", "--db", str(store)]).stdout)
    assert {c["url"] for c in data["documents"]} >= {TREASURY}
    assert all(c["path"] is None for c in data["documents"] if c["url"])
    shown = json.loads(runner.invoke(app, ["show", "Ly Yong Phat", "--json", "--db", str(store)]).stdout)
    assert TREASURY in {s["url"] for s in shown["sources"]}


def test_measures_json_and_release_cite_the_address(store: Path, tmp_path: Path) -> None:
    lines = runner.invoke(app, ["measures", "--json", "--db", str(store)]).stdout.splitlines()
    urls = {s["url"] for line in lines for s in json.loads(line)["sources"]}
    assert TREASURY in urls
    result = runner.invoke(app, ["release", "--out", str(tmp_path), "--db", str(store)])
    assert result.exit_code == 0, result.output
    manifest = json.loads(next(tmp_path.glob("v*/manifest.json")).read_text())
    by_url = {s.get("url"): s for s in manifest["sources"]}
    assert "path" not in by_url[TREASURY] and by_url[TREASURY]["published"] == "2024-09-12"
    assert by_url[None]["path"].endswith("d03.txt")  # no address known: the path is the fallback
    ftm = [json.loads(x) for x in runner.invoke(app, ["export", "--db", str(store)]).stdout.splitlines()]
    assert any(TREASURY in e["properties"].get("sourceUrl", []) for e in ftm if e["schema"] == "Document")


def test_markdown_links_only_for_plain_http_addresses() -> None:
    assert md_url(TREASURY) == f"<{TREASURY}>"
    assert "<" not in md_url("javascript:alert(1)") and md_url("https://x.example/>a") == "https://x.example/\\>a"


def test_a_sidecar_written_after_ingest_applies_on_the_next_run(tmp_path: Path) -> None:
    shutil.copy(need(DEV / "d03_us_arms_embargo_explainer.txt"), tmp_path / "d03.txt")
    db = str(tmp_path / "later.db")
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", db]).exit_code == 0
    (tmp_path / "manifest.csv").write_text("file,url,title\nd03.txt,https://example.org/embargo,US arms embargo\n")
    again = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert again.exit_code == 0 and "given a new address/title/date │ 1" in again.stdout
    from sanctionwatch.store import open_store

    [doc] = open_store(db).documents()
    assert (doc["source_url"], doc["title"]) == ("https://example.org/embargo", "US arms embargo")
    third = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert "given a new address/title/date │ 0" in third.stdout  # nothing new: nothing changed

"""Official lists in the store: import, no-op re-import, releases diff, xref, decide, gaps, screening."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def listdb(data_dir: Path, seeds_dir: Path, tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("lists") / "lists.db")
    _cli("import", str(data_dir / "ofac-2021"), "--format", "ofac-csv", "--db", db)
    _cli("import", str(data_dir / "ofac-2024"), "--format", "ofac-csv", "--db", db)
    _cli("ingest", str(seeds_dir), "--db", db)
    return db


def test_reimport_is_a_noop(listdb: str, data_dir: Path) -> None:
    out = _cli("import", str(data_dir / "ofac-2024"), "--format", "ofac-csv", "--db", listdb)
    assert "already imported" in out


def test_diff_between_real_releases(listdb: str) -> None:
    out = _cli("diff", "us_ofac_sdn@1", "us_ofac_sdn@2", "--json", "--db", listdb)
    changes = [json.loads(line) for line in out.splitlines()]
    added = {c["id"]: c for c in changes if c["change"] == "added"}
    names = " ".join(n for c in added.values() for n in c["names"]).upper()
    assert "CHAU" in names and "PHIRUN" in names and "TEA" in names and "VINH" in names
    assert {c["change"] for c in changes} == {"added", "removed", "changed"}


@pytest.mark.parametrize(("query", "expected"), [("Hing Bun Hieng", "HING"), ("HIENG Hing Bun", "HING"), ("Try Pheap", "TRY")])
def test_screen_designated_glomag_people(listdb: str, query: str, expected: str) -> None:
    hits = [json.loads(line) for line in _cli("screen", query, "--dataset", "us_ofac_sdn", "--json", "--db", listdb).splitlines()]
    assert hits and hits[0]["match"] and expected in hits[0]["caption"].upper()


def test_hun_sen_in_khmer_is_not_on_the_sdn_list(listdb: str) -> None:
    hits = [json.loads(line) for line in _cli("screen", "ហ៊ុន សែន", "--dataset", "us_ofac_sdn", "--json", "--db", listdb).splitlines()]
    assert not any(h["match"] for h in hits)
    hits = [json.loads(line) for line in _cli("screen", "ហ៊ុន សែន", "--dataset", "default", "--json", "--db", listdb).splitlines()]
    assert hits[0]["match"] and hits[0]["caption"] == "Hun Sen"


def test_xref_never_links_silently_and_decisions_are_recorded(listdb: str) -> None:
    rows = [json.loads(line) for line in _cli("xref", "--json", "--db", listdb).splitlines()]
    assert all(r["status"] == "pending" for r in rows)  # nothing applied without a decision
    people = {"Hun Sen", "Kem Sokha", "Sam Rainsy"}
    from sanctionwatch.report.entities import find_entities
    from sanctionwatch.store import open_store

    store = open_store(listdb)
    ids = {find_entities(store, p)[0].id for p in people}
    assert not [r for r in rows if r["registry_id"] in ids and r["score"] >= 0.9]
    cpp = find_entities(store, "Cambodian People's Party")[0].id
    assert not [r for r in rows if r["registry_id"] == cpp]  # "CPP" alone is no evidence
    if rows:
        r = rows[0]
        out = _cli("decide", r["registry_id"], r["list_id"], "reject", "--author", "alice", "--db", listdb)
        assert "rejected by alice" in out
        assert store.audit_log()[-1]["author"] == "alice"
        assert store.canonical_map().get(r["list_id"], r["list_id"]) != store.canonical_map().get(r["registry_id"])


def test_gaps_lists_implicated_not_victims(listdb: str) -> None:
    rows = [json.loads(line) for line in _cli("gaps", "--json", "--db", listdb).splitlines()]
    captions = {r["caption"] for r in rows}
    assert "Hun Sen" in captions
    assert not captions & {"Kem Sokha", "Sam Rainsy", "Mu Sochua", "Cambodia National Rescue Party"}
    assert all(r["designated"] is False for r in rows)


def test_registry_release_and_diff(listdb: str, tmp_path: Path) -> None:
    out = _cli("release", "--out", str(tmp_path), "--db", listdb)
    assert "registry v1" in out
    manifest = json.loads((tmp_path / "v1" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["entities"] > 50 and len(manifest["sources"]) == 5
    lines = (tmp_path / "v1" / "entities.ftm.json").read_text(encoding="utf-8").splitlines()
    import hashlib

    assert hashlib.sha256(("\n".join(lines) + "\n").encode()).hexdigest() == manifest["checksum"]["sha256"]
    assert (tmp_path / "v1" / "entities.csv").read_text(encoding="utf-8").startswith("id,schema,caption")
    again = _cli("release", "--out", str(tmp_path), "--db", listdb)
    assert "unchanged" in again
    assert _cli("diff", "1", "1", "--json", "--db", listdb).strip() == ""


def test_sanction_topic_only_from_an_imposed_measure_naming_the_entity(listdb: str) -> None:
    """Hun Sen is the target of calls for sanctions in the seeds (« Nous renouvelons notre appel …
    à prendre les sanctions … contre HUN Sen »): a call makes him a person of interest and puts
    him in `gaps`, never gives him the FtM topic `sanction`; only an authority's imposed measure
    that names the entity as its target does, for every entity of the registry."""
    from sanctionwatch.extract.facts import extract_facts_from_text
    from sanctionwatch.extract.roles import role_evidence, standing_topics
    from sanctionwatch.extract.vocab import SANCTION_KINDS
    from sanctionwatch.report.entities import entity_views, find_entities
    from sanctionwatch.report.facts import by_member_id, fact_views
    from sanctionwatch.report.topics import entity_topics
    from sanctionwatch.store import open_store

    calls = [("EU must sanction Hun Sen now", "en"), ("Il faut des sanctions contre Hun Sen, demandent les militants.", "fr"),
             ("L'opposition appelle l'UE à geler les avoirs de Hun Sen.", "fr")]
    for text, lang in calls:
        facts = [f for f in extract_facts_from_text(text, lang) if hasattr(f, "status")]
        assert facts and all(f.status == "called_for" for f in facts), text
        assert all("Hun Sen" in {p.name for p in f.targets} for f in facts), text
        assert standing_topics(role_evidence(facts)["Hun Sen"]) == ["poi"], text

    store = open_store(listdb)
    views = fact_views(store)
    home, by_id = by_member_id(views), {f.id: f for f in views}
    for view in entity_views(store):
        for st in entity_topics(view, by_id).get("sanction", []):
            fact = home[st.value.split("|", 1)[1]]
            assert fact.schema == "Sanction" and fact.status == "imposed" and fact.kind in SANCTION_KINDS, (view.caption, fact.id)
            assert any(p.get("entity_id") == view.id for p in fact.people("sw:target")), (view.caption, fact.id)
    hun_sen = find_entities(store, "Hun Sen")[0]
    topics = entity_topics(hun_sen, by_id)
    assert "poi" in topics and "sanction" not in topics  # implicated, but nobody imposed a measure on him

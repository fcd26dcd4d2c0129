"""Curation by hand from the command line: facts quoting a document, links xref did not propose,
an audit log people can read and filter, and events that show they were only called for."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.services.curation import CurationError, add_measure
from sanctionwatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
IPU_QUOTE = "It urged the authorities to release Kem Sokha, who remains under house arrest"
LIST = [  # a small list in OpenSanctions' format, loaded as dataset `os`
    {"id": "os-kem-sokha", "schema": "Person", "properties": {"name": ["KEM Sokha"], "birthDate": ["1953-06-27"]}},
    {"id": "os-other", "schema": "Person", "properties": {"name": ["Someone Else"]}},
]


def _flat(table: str) -> str:
    """A table's text with the borders gone and wrapped cells joined (rich wraps at 80 columns)."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", table).split())


def _cli(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("byhand")
    for name in ("ipu-statement.txt", "parlement-europeen.html", "us-visa-restrictions.txt"):
        shutil.copy(ROOT / "sample" / name, folder / name)
    path = str(folder / "h.db")
    _cli("ingest", str(folder), "--db", path)
    (folder / "list.ftm.json").write_text("".join(json.dumps(e) + "\n" for e in LIST), encoding="utf-8")
    _cli("load", str(folder / "list.ftm.json"), "--dataset", "os", "--db", path)
    return path


def test_events_show_that_a_release_is_only_called_for(db: str) -> None:
    events = [json.loads(line) for line in _cli("events", "--json", "--db", db).splitlines()]
    [release] = [e for e in events if e["kind"] == "release"]
    assert release["status"] == "called_for" and release["hypothetical"]
    assert {e["status"] for e in events} <= {"reported", "denied", "called_for", "threatened", "scheduled"}
    table = " ".join(_cli("events", "--status", "called_for", "--db", db).split())
    # "urged the authorities to release Kem Sokha, who remains under house arrest": the release
    # is called for, the house arrest told in the relative clause is a fact (reported)
    assert table.startswith("2 events") and "called for" in table and "reported" not in table
    assert any(e["kind"] == "house_arrest" and e["status"] == "reported" for e in events)
    assert "called for" in _flat(_cli("measures", "--db", db))  # the measures table shows status too
    dossier = _cli("dossier", "Kem Sokha", "--db", db)
    assert "- release \\(called for\\)" in dossier and "event `release` \\(called for\\)" in dossier


def test_add_measure_quoting_the_document_is_stored_accepted_and_audited(db: str) -> None:
    out = _cli("add", "measure", "--doc", "ipu-statement.txt", "--quote", IPU_QUOTE, "--kind", "visa_restriction",
               "--status", "called_for", "--target", "Hun Sen", "--caller", "Inter-Parliamentary Union",
               "--date", "2018-10-18", "--author", "dana", "--reason", "read by hand", "--db", db)
    fact_id = out.split()[1]
    measures = {m["id"]: m for m in map(json.loads, _cli("measures", "--json", "--db", db).splitlines())}
    measure = measures[fact_id]
    assert (measure["kind"], measure["status"], measure["date"]) == ("visa_restriction", "called_for", "2018-10-18")
    assert [t["name"] for t in measure["targets"]] == ["Hun Sen"] and measure["targets"][0]["entity_id"]
    assert measure["sources"][0]["quote"] == IPU_QUOTE
    store = open_store(db)
    rows = [r for r in store.dump()["sw_evidence"] if "analyst:dana" in r]
    assert rows and all("accepted" in r for r in rows)
    doc = store.document(measure["sources"][0]["document"])
    statements = [s for s in store.statements(entity_ids=[fact_id]) if s.prop == "sw:status"]
    ev = statements[0].evidence[0]
    assert doc.text[ev.quote_start:ev.quote_end] == IPU_QUOTE and ev.extractor == "analyst:dana"
    dossier = json.loads(_cli("dossier", "Hun Sen", "--format", "json", "--db", db))
    assert any(item["fact"] == fact_id for item in dossier["roles"]["target"])
    log = [json.loads(line) for line in _cli("audit", "--json", "--author", "dana", "--db", db).splitlines()]
    assert set(log[-1]) == {"seq", "at", "author", "action", "detail"}  # --json is the stored row
    assert json.loads(log[-1]["detail"])["fact"] == fact_id
    table = _flat(_cli("audit", "--action", "add", "--db", db))
    assert "added measure visa_restriction (called for)" in table and "read by hand" in table


def test_a_quote_wrapped_differently_is_found_and_a_wrong_one_refused(db: str) -> None:
    store = open_store(db)
    before = store.counts()["statements"]
    wrapped = IPU_QUOTE.replace(" who remains", "\n  who remains")
    added = add_measure(store, "ipu-statement.txt", wrapped, "asset_freeze", "called_for", "erin", targets=("Hun Sen",))
    assert added.fact_id.startswith("ms-")
    for args, reason in [
        (("--quote", "Hun Sen was sanctioned", "--kind", "asset_freeze", "--status", "imposed"), "quote is not in"),
        (("--quote", IPU_QUOTE, "--kind", "magic", "--status", "imposed"), "unknown measure kind 'magic'"),
        (("--quote", IPU_QUOTE, "--kind", "asset_freeze", "--status", "maybe"), "unknown status 'maybe'"),
        (("--quote", IPU_QUOTE, "--kind", "asset_freeze", "--status", "imposed", "--date", "soon"), "not ISO 8601"),
    ]:
        out = _cli("add", "measure", "--doc", "ipu-statement.txt", *args, "--target", "Hun Sen", "--db", db, code=2)
        assert reason in " ".join(out.split())
    assert "no document" in _cli("add", "measure", "--doc", "nope.txt", "--quote", "x", "--kind", "asset_freeze",
                                 "--status", "imposed", "--target", "Hun Sen", "--db", db, code=2)
    with pytest.raises(CurationError, match="author is required"):
        add_measure(store, "ipu-statement.txt", IPU_QUOTE, "asset_freeze", "imposed", " ", targets=("Hun Sen",))
    assert store.counts()["statements"] == before + len(added.statements)  # refused ones stored nothing


def test_a_selection_and_a_quoted_text_add_the_same_fact(db: str) -> None:
    """The workbench sends the offsets of the analyst's selection, the command line the text:
    one service, so one fact (same id, same statements), and offsets outside the text refused."""
    from sanctionwatch.services.curation import document_for, find_quote

    store = open_store(db)
    doc = document_for(store, "ipu-statement.txt")
    quote = "who remains under house arrest"
    span = find_quote(doc, quote)
    by_text = add_measure(store, "ipu-statement.txt", quote, "visa_restriction", "called_for", "gil", targets=("Kem Sokha",))
    by_span = add_measure(store, doc.id, span, "visa_restriction", "called_for", "gil", targets=("Kem Sokha",))
    assert by_text == by_span
    for bad in ((5, 5), (-1, 4), (0, len(doc.text) + 1)):
        with pytest.raises(CurationError, match="not a passage"):
            add_measure(store, doc.id, bad, "visa_restriction", "called_for", "gil", targets=("Kem Sokha",))


def test_add_event_and_role_by_hand(db: str) -> None:
    out = _cli("add", "event", "--doc", "ipu-statement.txt", "--quote", "to drop all charges against him",
               "--kind", "charge", "--status", "called_for", "--subject", "Kem Sokha", "--author", "dana", "--db", db)
    event_id = out.split()[1]
    events = {e["id"]: e for e in map(json.loads, _cli("events", "--json", "--db", db).splitlines())}
    merged = next(e for e in events.values() if event_id in e["merged"])
    assert merged["status"] == "called_for" and merged["kind"] == "charge"
    role = _cli("add", "role", "--doc", "ipu-statement.txt", "--quote", "The Committee recalled that the Supreme "
                "Court dissolved the CNRP", "--fact", event_id, "--role", "perpetrator", "--entity", "Hun Sen",
                "--author", "dana", "--db", db)
    assert role.startswith(f"added {event_id}")
    dossier = json.loads(_cli("dossier", "Hun Sen", "--format", "json", "--db", db))
    assert "perpetrator" in dossier["roles"]
    wrong = _cli("add", "role", "--doc", "ipu-statement.txt", "--quote", IPU_QUOTE, "--fact", event_id,
                 "--role", "issuer", "--entity", "Hun Sen", "--db", db, code=2)
    assert "belongs to a measure" in " ".join(wrong.split())


def test_link_a_list_entry_xref_did_not_propose(db: str) -> None:
    out = _cli("link", "Kem Sokha", "os-kem-sokha", "--author", "frank", "--reason", "same birth date", "--db", db)
    assert "os-kem-sokha" in out and "by frank" in out
    store = open_store(db)
    [row] = [r for r in store.xref.candidates("accepted") if r["list_id"] == "os-kem-sokha"]
    assert row["decided_by"] == "frank" and row["score"] == 0.0 and "asserted by frank" in row["explanations"]
    mapping = store.canonical_map()
    assert mapping.get("os-kem-sokha") == mapping.get(row["registry_id"], row["registry_id"])
    table = _flat(_cli("audit", "--action", "link", "--entity", "Kem Sokha", "--db", db))
    assert "frank" in table and "same entity" in table and "same birth date" in table
    assert "no list entry 'os-missing'" in " ".join(_cli("link", "Kem Sokha", "os-missing", "--db", db, code=2).split())


def test_audit_filters(db: str) -> None:
    assert _cli("audit", "--since", "2999-01-01", "--json", "--db", db).strip() == ""
    assert "not an ISO date" in _cli("audit", "--since", "yesterday", "--db", db, code=2)
    everyone = _cli("audit", "--json", "--db", db).splitlines()
    dana = _cli("audit", "--json", "--author", "dana", "--db", db).splitlines()
    assert 0 < len(dana) < len(everyone)
    assert _cli("audit", "--json", "--action", "merge", "--db", db).strip() == ""
    touching = [json.loads(x)["author"] for x in _cli("audit", "--json", "--entity", "Hun Sen", "--db", db).splitlines()]
    assert "dana" in touching and "frank" not in touching

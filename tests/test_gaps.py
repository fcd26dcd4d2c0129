"""The gap report: who is implicated (and who never is), what reports say was done against them,
and their candidates on the real SDN list.

The rules are checked on facts built here; the whole flow (ingest → import → xref → gaps, then
analyst decisions) on three dev reports and a slice of the real 2024 SDN file written by the
test (the full list takes half a minute to index; bench/eval_gaps.py runs the whole corpus).
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.model import Evidence, Statement
from sanctionwatch.report.entities import EntityView
from sanctionwatch.report.facts import FactView
from sanctionwatch.report.gaps import measure_label
from sanctionwatch.report.implicated import implicates, implied, is_body, names_in_slot
from sanctionwatch.store import open_store

runner = CliRunner()
DOCS = ("d12_us_freezes_army_chief_assets.html", "d34_hrf_khashoggi_statement.html", "d37_magnitsky_explainer.txt")


# -- the rules, on facts built here ----------------------------------------------------------------


def _measure(fid: str, status: str, targets: list[dict], legal_basis: str | None = None) -> FactView:
    fields = {"sw:kind": ["sdn_designation"], "sw:status": [status]}
    if legal_basis:
        fields["sw:legal_basis"] = [legal_basis]
    return FactView(fid, "Sanction", fields=fields, participants={"sw:target": targets})


def _event(fid: str, actors: list[dict], subjects: list[dict], hypothetical: bool = False) -> FactView:
    fields = {"sw:kind": ["arrest"]} | ({"sw:hypothetical": ["true"]} if hypothetical else {})
    return FactView(fid, "Event", fields=fields, participants={"sw:actor": actors, "sw:subject": subjects})


def _role(entity: str, role: str, fid: str, doc: str) -> Statement:
    ev = Evidence(doc, 0, 5, 0, 20, "a sentence of " + doc, "test", 0.9, "en")
    return Statement(entity, "Person", "sw:role", f"{role}|{fid}", "en", evidence=(ev,))


def test_which_roles_implicate() -> None:
    person = [{"name": "A B", "entity_id": "e1", "role": "target"}]
    for status, expected in (("imposed", True), ("announced", True), ("called_for", True),
                             ("threatened", False), ("lifted", False)):
        assert implicates(_measure("m", status, person), "target") is expected, status
    perp = [{"name": "A B", "entity_id": "e1", "role": "perpetrator"}]
    victim = [{"name": "C D", "entity_id": "e2", "role": "victim"}]
    assert implicates(_event("v", perp, victim), "perpetrator")
    assert not implicates(_event("v", perp, victim, hypothetical=True), "perpetrator")
    release = FactView("r", "Event", fields={"sw:kind": ["release"]}, participants={"sw:actor": perp})
    assert not implicates(release, "perpetrator")  # freeing someone is no abuse
    accused = _measure("m", "threatened", person)
    assert implicates(accused, "perpetrator") and names_in_slot(accused, "e1", "perpetrator")
    for role in ("victim", "commentator", "issuer", "caller", "participant", "authority"):
        assert not implicates(_event("v", perp, victim), role)
        assert not implicates(_measure("m", "imposed", person), role)


def test_a_law_named_after_someone_does_not_target_them() -> None:
    namesake = [{"name": "Magnitsky", "entity_id": "e1", "role": "target"}]
    assert not names_in_slot(_measure("m", "imposed", namesake, "Global Magnitsky Act"), "e1", "target")
    named = [{"name": "Min Aung Hlaing", "entity_id": "e2", "role": "target"}]
    assert names_in_slot(_measure("m", "imposed", named, "Global Magnitsky Act"), "e2", "target")
    assert names_in_slot(_measure("m", "imposed", namesake), "e1", "target")  # no legal basis read


def test_victim_in_a_report_is_not_implicated_by_it() -> None:
    facts = [
        _measure("m1", "imposed", [{"name": "A B", "entity_id": "e1", "role": "target"}]),
        _event("v1", [], [{"name": "A B", "entity_id": "e1", "role": "victim"}]),
        _measure("m2", "called_for", [{"name": "A B", "entity_id": "e1", "role": "target"}]),
    ]
    roles = [_role("e1", "target", "m1", "docA"), _role("e1", "victim", "v1", "docA"),
             _role("e1", "target", "m2", "docB")]
    got = implied(roles, facts, {})
    assert [(i.fact_id, i.documents) for i in got["e1"]] == [("m2", ("docB",))]
    assert implied(roles[:2], facts, {}) == {}  # the only report makes them a victim


def test_rejected_facts_and_participants_implicate_nobody() -> None:
    roles = [_role("e1", "target", "m1", "docA")]
    assert implied(roles, [], {}) == {}  # the measure's statements were all rejected
    emptied = _measure("m1", "imposed", [])  # the target statement was rejected
    assert implied(roles, [emptied], {}) == {}
    kept = _measure("m1", "imposed", [{"name": "A B", "entity_id": "canon", "role": "target"}])
    assert list(implied(roles, [kept], {"e1": "canon"})) == ["canon"]  # by canonical id


def _person(eid: str, name: str, doc: str, prop: str = "name") -> EntityView:
    ev = Evidence(doc, 0, 5, 0, 20, "a sentence", "test", 0.9, "en")
    return EntityView(eid, "Person", [eid], [Statement(eid, "Person", prop, name, "en", evidence=(ev,))])


def _with_statements(fact: FactView, doc: str) -> FactView:
    ev = Evidence(doc, 0, 5, 0, 20, "a sentence of " + doc, "test", 0.9, "en")
    for slot, people in fact.participants.items():
        fact.statements += [Statement(fact.id, fact.schema, slot, json.dumps(p), "en", evidence=(ev,)) for p in people]
    return fact


def test_a_target_named_by_reference_is_the_one_person_of_that_name_in_the_report() -> None:
    fact = _with_statements(_measure("m1", "imposed", [{"name": "Than Oo", "role": "target"}]), "docA")
    people = [_person("e1", "Than Oo", "docA"), _person("e2", "Than Oo", "docB")]
    assert [(i.fact_id, i.documents) for i in implied([], [fact], {}, people)["e1"]] == [("m1", ("docA",))]
    assert implied([], [fact], {}, people[1:]) == {}  # nobody of that name in that report
    short = _with_statements(_measure("m2", "imposed", [{"name": "Lukashenko", "role": "target"}]), "docA")
    two = [_person("e3", "Lukashenko", "docA", "weakAlias"), _person("e4", "Lukashenko", "docA", "weakAlias")]
    assert implied([], [short], {}, two) == {}  # two people could be meant: neither is implicated
    called = _with_statements(_measure("m3", "threatened", [{"name": "Than Oo", "role": "target"}]), "docA")
    assert implied([], [called], {}, people) == {}


@pytest.mark.parametrize("name", ["Supreme Court", "Phnom Penh Municipal Court", "Cour suprême", "Washington",
                                  "Malaysia", "Treasury Department", "ក្រសួងព័ត៌មាន", "Government of Malaysia"])
def test_bodies_are_not_people(name: str) -> None:
    assert is_body(name)


@pytest.mark.parametrize("name", ["Hun Sen", "ហ៊ុន សែន", "Min Aung Hlaing", "Carrie Lam", "Mohammed bin Salman"])
def test_people_are_not_bodies(name: str) -> None:
    assert not is_body(name)


def test_measure_labels() -> None:
    assert measure_label("sdn_designation", "imposed") == "designated (reported)"
    assert measure_label("asset_freeze", "imposed") == "designated (reported)"
    assert measure_label("visa_restriction", "imposed") == "visa_restriction (reported)"
    assert measure_label("asset_freeze", "called_for") == "asset_freeze called for"


@pytest.mark.parametrize(("text", "target"), [
    ("US sanctions Hun Sen's bodyguard chief over grenade attack", None),
    ("The US Treasury designated Hing Bun Hieng, the commander of Prime Minister Hun Sen's bodyguard unit.", "Hing Bun Hieng"),
    ("Treasury freezes Min Aung Hlaing's assets", "Min Aung Hlaing"),
])
def test_a_possessor_is_the_target_only_of_its_assets(text: str, target: str | None) -> None:
    """Whose bodyguard, deputy or government someone is does not put them in `gaps`."""
    from sanctionwatch.extract.facts import extract_facts_from_text

    measures = [f for f in extract_facts_from_text(text, "en") if hasattr(f, "targets")]
    assert measures
    named = {p.name for f in measures for p in f.targets if not p.is_class}
    assert "Hun Sen" not in named
    assert named == ({target} if target else set())


# -- end to end on dev reports and a slice of the real SDN list ------------------------------------


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _sdn_slice(sdn: Path, out: Path) -> dict[str, str]:
    """The first 300 rows of the real sdn.csv and every row of the people of these reports;
    returns list name → ent_num for the rows the test expects."""
    lines = sdn.read_text(encoding="utf-8", errors="strict").splitlines()
    wanted = re.compile(r'^\d+,"(HLAING, Min Aung|WIN, Soe|OO, Than|AUNG, Aung|AL-QAHTANI, Saud|MUTREB, |AL OTAIBI'
                        r'|HIENG, Hing Bun|KIM, Kun|PHEAP, Try|CHAU, Phirun|TEA, Vinh)"')
    rows = lines[:300] + [line for line in lines[300:] if wanted.match(line)]
    out.mkdir()
    (out / "sdn.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {m.group(2): m.group(1) for line in rows if (m := re.match(r'^(\d+),"([^"]+)"', line))}


# Reports written for this test about the 2018–2021 Global Magnitsky designations of five
# Cambodians (on the 2024 SDN list), with a victim, a quoted court and a possessor as traps.
OWN_REPORTS = {
    "u1.txt": "US sanctions Hun Sen's bodyguard chief over grenade attack\n\nWASHINGTON, June 12, 2018 — The US "
              "Treasury on Tuesday designated Hing Bun Hieng, the commander of Prime Minister Hun Sen's bodyguard "
              "unit, under the Global Magnitsky Act. The unit attacked peaceful demonstrators in 2013 and opposition "
              "lawmakers in 2015, Treasury said. Any property he holds under US jurisdiction is now blocked.\n\n"
              "Opposition leader Sam Rainsy, who was beaten in the 2015 attack, welcomed the decision. A spokesman for "
              "the Phnom Penh Municipal Court declined to comment.\n",
    "u2.txt": "Sanctions américaines contre deux officiers cambodgiens\n\nPhnom Penh, le 11 novembre 2021 — Le "
              "département du Trésor des États-Unis a sanctionné mercredi deux hauts responsables militaires "
              "cambodgiens, Chau Phirun et Tea Vinh, pour corruption liée à la base navale de Ream. Les deux hommes "
              "ne pourront plus accéder à leurs avoirs aux États-Unis.\n\nLa Cour suprême a par ailleurs confirmé la "
              "condamnation du militant Kem Sokha.\n",
    "u3.txt": "Treasury targets tycoon Try Pheap and former army chief Kun Kim\n\nDecember 9, 2019. The Treasury's "
              "Office of Foreign Assets Control today sanctioned Cambodian tycoon Try Pheap for illegal logging and "
              "corruption, and designated former Royal Cambodian Armed Forces deputy commander-in-chief Kun Kim for "
              "corruption. His wife and two sons were designated as well.\n",
}


@pytest.fixture(scope="module")
def flow(data_dir: Path, tmp_path_factory) -> tuple[str, dict[str, str]]:
    dev = Path(data_dir).parent / "corpus" / "dev"
    docs = [dev / "docs" / d for d in DOCS]
    if not all(d.exists() for d in docs):
        pytest.skip(f"{dev} is absent")
    tmp = tmp_path_factory.mktemp("gaps")
    (tmp / "own").mkdir()
    for name, text in OWN_REPORTS.items():
        (tmp / "own" / name).write_text(text, encoding="utf-8")
    docs.append(tmp / "own")
    ents = _sdn_slice(data_dir / "ofac-2024" / "sdn.csv", tmp / "sdn")
    db = str(tmp / "gaps.db")
    _cli("ingest", *map(str, docs), "--db", db)
    _cli("import", str(tmp / "sdn"), "--format", "ofac-csv", "--db", db)
    _cli("xref", "--db", db)
    return db, ents


def _rows(db: str) -> dict[str, dict]:
    """gaps rows by every name of their entity (the caption is the most cited form: "Aung Hlaing")."""
    rows = [json.loads(line) for line in _cli("gaps", "--json", "--db", db).splitlines()]
    return {name: r for r in rows for name in [r["caption"], *r["names"]]}


def _copy(db: str, tmp_path: Path) -> str:
    """A copy of the store for a test that changes it (SQLite's backup: the WAL included)."""
    out = tmp_path / "copy.db"
    with sqlite3.connect(db) as src, sqlite3.connect(out) as dst:
        src.backup(dst)
    return str(out)


def test_designated_people_come_with_their_sdn_entry(flow: tuple[str, dict[str, str]]) -> None:
    db, ents = flow
    rows = _rows(db)
    for caption, listed in (("Min Aung Hlaing", "HLAING, Min Aung"), ("Soe Win", "WIN, Soe")):
        r = rows[caption]
        assert r["schema"] == "Person" and r["designated"] and not r["listed"]
        assert any(m["label"] == "designated (reported)" and "Treasury" in (m["issuer"] or "")
                   and m["kind"] == "sdn_designation" for m in r["measures"]), r["measures"]
        best = r["candidates"][0]
        assert (best["list_id"], best["dataset"], best["caption"]) == (f"ofac-{ents[listed]}", "us_ofac_sdn", listed)
        assert best["score"] >= 0.95 and "GLOMAG" in best["programId"] and best["label"] == "list candidate"
        assert r["status"].startswith("designated (reported); list candidate")
        assert all(i["role"] in ("target", "perpetrator") for i in r["implicated_by"])


def test_no_victim_body_or_namesake_is_implicated(flow: tuple[str, dict[str, str]], data_dir: Path) -> None:
    db, _ = flow
    rows = _rows(db)
    gold = [json.loads((data_dir.parent / "corpus" / "dev" / "gold" / d).with_suffix(".json").read_text(encoding="utf-8"))
            for d in DOCS]
    victims = {f for g in gold for p in g["persons"] if "victim" in p["roles"] for f in [p["name"], *p["forms"]]}
    assert victims  # Jamal Khashoggi
    assert not victims & {n for r in rows.values() for n in r["names"]}
    assert all(r["schema"] == "Person" and not is_body(r["caption"]) for r in rows.values())
    assert not [c for c in rows if "Magnitsky" in c]  # "the Global Magnitsky Act" targets nobody
    facts = [json.loads(line) for line in _cli("measures", "--json", "--db", db).splitlines()]
    callers = {p["name"] for f in facts for p in f.get("callers", [])}
    assert not callers & set(rows)


def test_analyst_decisions_show_in_gaps(flow: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    db = _copy(flow[0], tmp_path)
    rows = _rows(db)
    soe, mah = rows["Soe Win"], rows["Min Aung Hlaing"]
    _cli("decide", soe["id"], soe["candidates"][0]["list_id"], "reject", "--author", "alice", "--db", db)
    _cli("decide", mah["id"], mah["candidates"][0]["list_id"], "accept", "--author", "alice", "--db", db)
    rows = _rows(db)
    assert soe["candidates"][0]["list_id"] not in {c["list_id"] for c in rows["Soe Win"]["candidates"]}
    listed = rows["Min Aung Hlaing"]
    assert listed["listed"] and listed["designated"] and "listed" in listed["status"]
    assert listed["candidates"][0]["label"] == "listed" and listed["designations"][0]["program"]


def test_rejected_evidence_takes_a_person_off_the_report(flow: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    db = _copy(flow[0], tmp_path)
    soe = _rows(db)["Soe Win"]
    store = open_store(db)
    members = [m for m, c in store.canonical_map().items() if c == soe["id"]] or [soe["id"]]
    for st in store.statements(entity_ids=members, props=["sw:role"]):
        if st.value.split("|")[0] in ("target", "perpetrator"):
            _cli("review", st.id, "reject", "--author", "bob", "--db", db)
    assert "Soe Win" not in _rows(db)
    assert "Min Aung Hlaing" in _rows(db)


def test_own_reports_list_the_five_designated_cambodians_and_nobody_else(flow: tuple[str, dict[str, str]]) -> None:
    db, ents = flow
    rows = _rows(db)
    five = {"Hing Bun Hieng": "HIENG, Hing Bun", "Kun Kim": "KIM, Kun", "Try Pheap": "PHEAP, Try",
            "Chau Phirun": "CHAU, Phirun", "Tea Vinh": "TEA, Vinh"}
    for person, listed in five.items():
        r = rows[person]
        assert r["candidates"][0]["list_id"] == f"ofac-{ents[listed]}", r["candidates"]
        assert any(m["label"] == "designated (reported)" for m in r["measures"]), r["measures"]
    assert not set(rows) & {"Hun Sen", "Sam Rainsy", "Kem Sokha", "Phnom Penh Municipal Court", "Cour suprême"}

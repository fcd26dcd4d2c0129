"""Events, measures and roles as users get them: through the FULL pipeline (ingest -> store ->
resolution -> merged fact views), on the seeds and on our own short reports (en/fr/km) that
phrase new events and measures differently (tests/fixtures/reports/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.pipeline import ingest
from sanctionwatch.report.facts import fact_views
from sanctionwatch.report.roles import entity_roles
from sanctionwatch.store import open_store

REPORTS = Path(__file__).parent / "fixtures" / "reports"
VICTIMS = ("Kem Sokha", "Sam Rainsy", "Mu Sochua", "Cambodia National Rescue Party", "CNRP",
           "118 CNRP members", "Meach Sovannara", "Tep Vanny")


@pytest.fixture(scope="module")
def seeded(seeds_dir: Path, tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('evseeds') / 'seeds.db'}")
    ingest([seeds_dir], store)
    return store, [v.to_json() for v in fact_views(store)]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('evreports') / 'reports.db'}")
    ingest([REPORTS], store)
    return store, [v.to_json() for v in fact_views(store)]


def _names(parties: list[dict]) -> set[str]:
    return {p["name"] for p in parties}


def _docs(view: dict) -> int:
    return len({s["document"] for s in view["sources"]})


def _find(views: list[dict], kind: str, **want) -> list[dict]:
    out = []
    for v in views:
        if v["kind"] != kind:
            continue
        if "status" in want and v.get("status") != want["status"]:
            continue
        if "issuer" in want and (v.get("issuer") or {}).get("name") != want["issuer"]:
            continue
        if "date" in want and v["date"] != want["date"]:
            continue
        if "subject" in want and want["subject"] not in _names(v.get("subjects", [])):
            continue
        if "target" in want and want["target"] not in _names(v.get("targets", [])):
            continue
        out.append(v)
    assert out, (kind, want, [(v["kind"], v.get("status"), v["date"], v.get("issuer")) for v in views
                              if v["kind"] == kind])
    return out


# --------------------------------------------------------------------------------------------
# The seeds, read by the pack-driven reader (extract/reading.py): what it must keep
# --------------------------------------------------------------------------------------------


def _any(views: list[dict], kind: str, **want) -> list[dict]:
    return _find(views, kind, **want)


def test_us_visa_restrictions_of_december_2017(seeded) -> None:
    _s, views = seeded
    found = [v for v in _any(views, "visa_restriction", issuer="US Department of State")
             if v["status"] in ("imposed", "announced")]
    # the State Department's statement is quoted in two seeds: one fact, two documents
    assert any(_docs(v) == 2 and "family members of those individuals" in _names(v["targets"]) for v in found)


def test_call_to_put_senior_officials_on_the_sdn_list(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "sdn_designation", status="called_for", issuer="US Department of the Treasury")
    assert _names(v["targets"]) == {"all senior Cambodian government officials"}


def test_dissolution_of_the_cnrp_by_the_supreme_court(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "party_dissolution", date="2017-11-16", subject="Cambodia National Rescue Party")
    assert _docs(v) >= 3 and "Supreme Court" in " ".join(_names(v["actors"]))


def test_arrest_of_kem_sokha_3_september_2017(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "arrest", subject="Kem Sokha", date="2017-09-03")
    assert not v["actors"] or _names(v["actors"]) <= {"Government of Cambodia", "Police"}


def test_no_country_code_and_no_victim_in_a_perpetrator_or_target_role(seeded) -> None:
    store, views = seeded
    for v in views:
        for slot in ("issuer", "targets", "callers", "actors"):
            parties = v.get(slot) or []
            for p in [parties] if isinstance(parties, dict) else parties:
                assert len(p["name"]) > 2, (v["kind"], slot, p)  # never "us", "kh"
        assert not _names(v.get("targets", [])) & set(VICTIMS), v
    roles = entity_roles(store)
    by_name = {store_name: r for store_name, r in _entity_names(store, roles).items()}
    for name in ("Kem Sokha", "Sam Rainsy", "Cambodia National Rescue Party"):
        assert name in by_name, name
        assert not {"perpetrator", "target", "issuer"} & set(by_name[name]), (name, by_name[name])
    assert by_name["Kem Sokha"].get("victim", 0) >= 5


def _entity_names(store, roles: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    from sanctionwatch.report.entities import entity_views

    return {e.caption: roles[e.id] for e in entity_views(store) if e.id in roles}


# --------------------------------------------------------------------------------------------
# Our own reports: other phrasings, other kinds, three languages
# --------------------------------------------------------------------------------------------


def test_eu_council_decision_freezing_named_officials(reports) -> None:
    _s, views = reports
    [v] = _find(views, "asset_freeze", status="imposed", issuer="Council of the European Union", target="Kun Kim")
    assert _names(v["targets"]) == {"Kun Kim", "Hing Bun Hieng"}  # titles and "and" split
    assert v["date"] == "2018-03-12"  # "on Monday", read against the article's date line


def test_lifted_visa_restrictions_and_threatened_travel_ban(reports) -> None:
    _s, views = reports
    [v] = _find(views, "visa_restriction", status="lifted", issuer="US Department of State")
    assert v["date"] == "2018-03-13" and _names(v["targets"]) == {"Cambodian officials"}
    [t] = _find(views, "visa_restriction", status="threatened", issuer="European Union")
    assert t["date"] is None  # "threatened" in the past: the report does not say when


def test_convictions_and_releases_in_english_and_french(reports) -> None:
    _s, views = reports
    [c] = _find(views, "conviction", subject="Sam Rainsy", date="2017-11-20")
    assert all("court" in a["name"].lower() for a in c["actors"])  # the court, as authority
    _find(views, "conviction", subject="Tep Vanny", date="2018-09-11")  # « mardi » before Friday 14
    [r] = _find(views, "release", subject="Meach Sovannara")
    assert r["date"] == "2018-03-13" and not r["hypothetical"]
    _find(views, "release", subject="Kem Sokha", date="2018-09-10")


def test_sentences_pardons_and_exile(reports) -> None:
    _s, views = reports
    for p in _find(views, "pardon", subject="Tep Vanny", date="2018-08-20"):
        assert _names(p["actors"]) <= {"Norodom Sihamoni"}  # the King pardons: no perpetrator
    for e in _find(views, "exile", subject="Mu Sochua", date="2017-10"):
        assert not e["actors"]  # "fled the country"
    _find(views, "conviction", subject="Sam Rainsy")  # "convicted in absentia"


def test_media_closure_and_arrest_of_kem_sokha(reports) -> None:
    _s, views = reports
    [d] = _find(views, "media_closure", subject="Cambodia Daily", date="2017-09-04")
    assert not d["actors"]  # "forced to close": the outlet is not its own perpetrator
    _find(views, "arrest", subject="Kem Sokha", date="2017-09-03")
    _find(views, "charge", subject="Kem Sokha")  # "arrested ... on charges": the charges are his


def test_no_victim_as_perpetrator_or_target_in_reports(reports) -> None:
    _s, views = reports
    victims = set(VICTIMS) | {"opposition", "Sokha", "Cambodia Daily", "Radio Free Asia", "political prisoners"}
    for v in views:
        assert not _names(v.get("actors", [])) & victims, v
        assert not _names(v.get("targets", [])) & victims, v
        assert v.get("issuer") is None or v["issuer"]["name"] not in victims, v

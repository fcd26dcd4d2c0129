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
# "Done means": the seed facts, with statuses, dates and sources
# --------------------------------------------------------------------------------------------


def test_us_visa_restrictions_of_6_december_2017(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "visa_restriction", status="imposed", issuer="US Department of State",
                date="2017-12-06")
    assert _docs(v) == 2 and len(v["sources"]) >= 4  # both seeds, plus the headlines retelling it
    assert "individuals involved in undermining democracy in Cambodia" in _names(v["targets"])


def test_call_to_put_senior_officials_on_the_sdn_list(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "sdn_designation", status="called_for", issuer="US Treasury (OFAC)")
    assert _names(v["callers"]) == {"US Congress"}
    assert len(v["sources"]) == 2  # the clause is repeated, worded differently


def test_eu_council_warning_of_targeted_measures_26_february_2018(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "targeted_measures", status="threatened", issuer="EU Council")
    assert v["date"] == "2018-02-26" and len(v["sources"]) >= 3


def test_european_parliament_call_for_visa_bans_and_asset_freezes(seeded) -> None:
    _s, views = seeded
    for kind in ("visa_restriction", "asset_freeze"):
        [v] = _find(views, kind, status="called_for", issuer="European Union")
        assert _names(v["callers"]) == {"European Parliament"}  # the EEAS is asked, not the caller
        assert _names(v["targets"]) == {"individuals responsible for the dissolution of the opposition"}
        assert v["date"] == "2018-09-13" and _docs(v) == 2  # press release and the resolution


def test_eu_review_of_everything_but_arms(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "trade_preference_withdrawal", status="threatened", issuer="European Union",
                target="Cambodia")
    assert v["date"] == "2018-08-13" and _docs(v) == 3


def test_arrest_of_kem_sokha_3_september_2017(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "arrest", subject="Kem Sokha", date="2017-09-03")
    assert _docs(v) >= 3
    assert _names(v["actors"]) <= {"Government of Cambodia"}


def test_dissolution_of_the_cnrp_and_five_year_ban_of_118_members(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "party_dissolution", date="2017-11-16", subject="Cambodia National Rescue Party")
    assert _docs(v) >= 3 and "Supreme Court" in " ".join(_names(v["actors"]))
    [b] = _find(views, "political_ban", date="2017-11-16", subject="118 CNRP members")
    assert b["duration"] == "P5Y" and _docs(b) >= 2 and len(b["sources"]) >= 4


def test_july_2018_election(seeded) -> None:
    _s, views = seeded
    [v] = _find(views, "election", date="2018-07-29")
    assert _docs(v) >= 2 and len(v["sources"]) >= 10
    assert all(d.startswith("2018-07") for d in v["dates"])  # no date of a statement about it


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
    for name in ("Kem Sokha", "Sam Rainsy", "Mu Sochua", "Cambodia National Rescue Party"):
        assert name in by_name, name
        assert not {"perpetrator", "target", "issuer"} & set(by_name[name]), (name, by_name[name])
    assert by_name["Kem Sokha"].get("victim", 0) >= 20


def _entity_names(store, roles: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    from sanctionwatch.report.entities import entity_views

    return {e.caption: roles[e.id] for e in entity_views(store) if e.id in roles}


# --------------------------------------------------------------------------------------------
# Our own reports: other phrasings, other kinds, three languages
# --------------------------------------------------------------------------------------------


def test_eu_council_decision_freezing_named_officials(reports) -> None:
    _s, views = reports
    [v] = _find(views, "asset_freeze", status="imposed", issuer="EU Council", target="Kun Kim")
    assert _names(v["targets"]) == {"Kun Kim", "Hing Bun Hieng"}  # titles and "and" split
    assert v["date"] == "2018-03-12"  # "on Monday", read against the article's date line
    assert len(v["sources"]) == 2  # the headline retells the same decision
    [fr] = _find(views, "asset_freeze", status="imposed", issuer="EU Council",
                 target="trois hauts responsables cambodgiens")
    assert fr["date"] == "2018-09-14"  # a decision reported in the perfect: the article's date


def test_lifted_visa_restrictions_and_threatened_travel_ban(reports) -> None:
    _s, views = reports
    [v] = _find(views, "visa_restriction", status="lifted", issuer="US Department of State")
    assert v["date"] == "2018-03-13" and _names(v["targets"]) == {"Cambodian officials"}
    [t] = _find(views, "visa_restriction", status="threatened", issuer="European Union")
    assert t["date"] is None  # "threatened" in the past: the report does not say when


def test_convictions_and_releases_in_english_and_french(reports) -> None:
    _s, views = reports
    [c] = _find(views, "conviction", subject="Sam Rainsy")
    assert c["date"] == "2017-11-20" and not c["actors"]
    [c] = _find(views, "conviction", subject="Tep Vanny", date="2018-09-11")  # "mardi" before the date line of Friday 14 September
    [r] = _find(views, "release", subject="Meach Sovannara")
    assert r["date"] == "2018-03-13" and not r["hypothetical"]
    [r] = _find(views, "release", subject="Kem Sokha", date="2018-09-10")
    assert _docs(r) == 2  # French "libéré sous caution" and the Khmer ត្រូវបានដោះលែង
    [h] = _find(views, "release", subject="political prisoners")
    assert h["hypothetical"] and h["date"] is None  # demanded, not done: no date


def test_khmer_sanctions_and_arrest(reports) -> None:
    _s, views = reports
    found = _find(views, "sanctions", status="imposed", issuer="European Union")
    assert {v["date"] for v in found} == {"2018-03-15"}
    [a] = _find(views, "arrest", date="2017-09-03")
    assert _names(a["subjects"]) & {"Kem Sokha", "កឹម សុខា"}


def test_call_for_targeted_sanctions_has_its_caller(reports) -> None:
    _s, views = reports
    [v] = _find(views, "targeted_measures", status="called_for")
    assert _names(v["callers"]) == {"Canada"}
    assert _names(v["targets"]) == {"officials responsible for the crackdown"}


# --------------------------------------------------------------------------------------------
# More phrasings (en_jailed_exiled, fr_exil_grace, km_bilingual_visas)
# --------------------------------------------------------------------------------------------


def _one(views: list[dict], kind: str, **want) -> dict:
    found = _find(views, kind, **want)
    assert len(found) == 1, found
    return found[0]


def test_headline_and_charge_constructions(reports) -> None:
    _s, views = reports
    # "Sokha jailed on questionable treason charges": a headline's reduced passive
    jailed = [v for v in views if v["kind"] == "detention" and _names(v["subjects"]) & {"Kem Sokha", "Sokha"}]
    assert jailed and all(not v["actors"] for v in jailed)
    # "Police arrested Kem Sokha ... on a number of charges": the charges are his
    assert _find(views, "charge", subject="Kem Sokha")
    # "the Supreme Court banned the opposition" / "La Cour suprême a interdit l'opposition"
    [b] = _find(views, "political_ban", subject="opposition", date="2017-11-16")
    assert "Supreme Court" in " ".join(_names(b["actors"]))


def test_possessive_pronoun_and_custody(reports) -> None:
    _s, views = reports
    [h] = _find(views, "house_arrest", subject="Kem Sokha", date="2018-09-10")
    assert _docs(h) == 2  # "moved to house arrest" and "placé en résidence surveillée"
    # "called for his immediate release from house arrest": his = Kem Sokha, demanded, undated
    [r] = [v for v in _find(views, "release", subject="Kem Sokha") if v["hypothetical"]]
    assert r["date"] is None and not r["actors"]


def test_sentences_pardons_and_exile(reports) -> None:
    _s, views = reports
    [c] = _find(views, "conviction", subject="Tep Vanny", date="2018-02")
    assert c["duration"] == "P2Y6M"  # "two and a half years"
    [p] = _find(views, "release", subject="Tep Vanny", date="2018-08-20")
    assert _docs(p) == 2  # "She was pardoned by King ..." (she = Tep Vanny) and "graciée par le roi"
    [e] = _find(views, "exile", subject="Mu Sochua", date="2017-10")
    assert _docs(e) == 2 and not e["actors"]  # "fled the country" / "a fui le pays"
    [e] = _find(views, "exile", subject="Sam Rainsy")
    assert e["date"] == "2015"  # "who has lived in exile since 2015"
    assert _find(views, "conviction", subject="Sam Rainsy")  # "convicted in absentia"


def test_media_closures_and_amended_law(reports) -> None:
    _s, views = reports
    [d] = _find(views, "media_closure", subject="Cambodia Daily", date="2017-09-04")
    assert _docs(d) == 3 and not d["actors"]  # "forced to close" / "contraint de fermer" / ត្រូវបានបិទ
    [r] = _find(views, "media_closure", subject="Radio Free Asia", date="2017-09-12")
    assert not r["actors"]  # "RFA closed its office": the outlet is not its own perpetrator
    [law] = _find(views, "legislation", date="2017-02")
    assert _docs(law) == 2  # "was amended" / "a été amendée"


def test_same_measure_in_english_and_khmer_is_one_fact(reports) -> None:
    _s, views = reports
    [v] = _find(views, "visa_restriction", status="imposed", issuer="US Department of State",
                date="2017-12-06")
    assert {s["language"] for s in v["sources"]} == {"en", "km"}
    assert _names(v["targets"]) == {"Cambodian officials involved in undermining democracy"}


def test_no_victim_as_perpetrator_or_target_in_reports(reports) -> None:
    _s, views = reports
    victims = set(VICTIMS) | {"opposition", "Sokha", "Cambodia Daily", "Radio Free Asia", "political prisoners"}
    for v in views:
        assert not _names(v.get("actors", [])) & victims, v
        assert not _names(v.get("targets", [])) & victims, v
        assert v.get("issuer") is None or v["issuer"]["name"] not in victims, v

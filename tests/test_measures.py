"""Measures from real seed sentences: kind, status (decided by modal/hedged language), issuer,
targets, callers; plus French and Khmer cases and the lifting trap."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from test_events_seedkit import load_seed, seed_facts


def _measures(seeds_dir: Path, prefix: str, contains: str) -> list[MeasureFact]:
    _doc_id, _text, sentences, _m = load_seed(str(seeds_dir), prefix)
    spans = [(s.start, s.end) for s in sentences if contains in s.text]
    assert spans, f"seed {prefix} has no sentence with {contains!r}"
    return [f for f in seed_facts(str(seeds_dir), prefix) if isinstance(f, MeasureFact)
            and any(f.quote_start <= a < f.quote_end for a, _b in spans)]


def _one(facts: list[MeasureFact], kind: str, status: str) -> MeasureFact:
    hits = [f for f in facts if f.kind == kind and f.status == status]
    assert hits, [(f.kind, f.status) for f in facts]
    return hits[0]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_us_visa_restrictions_of_6_december_2017(seeds_dir: Path, prefix: str) -> None:
    f = _one(_measures(seeds_dir, prefix, "we announce the Secretary of State"), "visa_restriction", "imposed")
    assert f.issuer is not None and f.issuer.name == "US Department of State"
    names = [t.name for t in f.targets]
    assert "individuals involved in undermining democracy in Cambodia" in names
    assert "family members of those individuals" in names  # merged from the next sentence
    assert all(t.entity_hint is None for t in f.targets)  # described classes, not people
    assert f.date == "2017-12-06"
    _doc_id, text, _s, _m = load_seed(str(seeds_dir), prefix)
    assert "will also be subject to visa restrictions" in text[f.quote_start:f.quote_end]


def test_the_same_statement_in_two_seeds_has_one_key(seeds_dir: Path) -> None:
    a = _one(_measures(seeds_dir, "000", "we announce the Secretary"), "visa_restriction", "imposed")
    b = _one(_measures(seeds_dir, "001", "we announce the Secretary"), "visa_restriction", "imposed")
    assert a.doc_id != b.doc_id and a.key() == b.key()


def test_house_resolution_asks_for_sdn_listing(seeds_dir: Path) -> None:
    facts = _measures(seeds_dir, "001", "to consider placing all senior Cambodian government officials")
    sdn = [f for f in facts if f.kind == "sdn_designation"]
    assert len(sdn) == 2  # the paragraph appears twice, worded differently
    for f in sdn:
        assert f.status == "called_for"
        assert f.issuer is not None and f.issuer.name == "US Treasury (OFAC)"
        assert [c.name for c in f.callers] == ["US Congress"]
        assert [t.name for t in f.targets] == ["senior Cambodian government officials implicated in the abuses"]
    assert sdn[0].key() == sdn[1].key()


def test_eu_council_warning_of_targeted_measures_26_february_2018(seeds_dir: Path) -> None:
    f = _one(_measures(seeds_dir, "002", "Le Conseil prévient que des mesures ciblées"), "targeted_measures", "threatened")
    assert f.issuer is not None and f.issuer.name == "EU Council"
    assert f.date == "2018-02-26"  # from the heading of the Council conclusions
    g = _one(_measures(seeds_dir, "002", "At the Foreign Affairs Council in February"), "targeted_measures", "threatened")
    assert g.issuer is not None and g.issuer.name == "EU Council" and g.date == "2018-02"


@pytest.mark.parametrize(("prefix", "contains"), [
    ("002", "Parliament also asks the European External Action Service"),
    ("003", "Calls on the EEAS and the Commission to compile a list"),
])
def test_european_parliament_calls_for_visa_bans_and_asset_freezes(seeds_dir: Path, prefix: str, contains: str) -> None:
    facts = _measures(seeds_dir, prefix, contains)
    for kind in ("visa_restriction", "asset_freeze"):
        f = _one(facts, kind, "called_for")
        assert [c.name for c in f.callers] == ["European Parliament"]
        assert f.targets and f.targets[0].name.startswith("individuals responsible for the dissolution")


def test_eu_everything_but_arms_review_is_a_threat(seeds_dir: Path) -> None:
    f = _one(_measures(seeds_dir, "004", "considering withdrawing Cambodia"), "trade_preference_withdrawal", "threatened")
    assert f.issuer is not None and f.issuer.name == "European Union"
    assert [t.name for t in f.targets] == ["Cambodia"]
    g = _one(_measures(seeds_dir, "002", "EU to review Cambodia’s EBA status"), "trade_preference_withdrawal", "threatened")
    assert g.issuer is not None and g.issuer.name == "European Union"


def test_possible_lifting_is_not_a_lifted_measure(seeds_dir: Path) -> None:
    for prefix in ("000", "001"):
        assert _measures(seeds_dir, prefix, "could lead to a lifting of these travel restrictions") == []
    facts = extract_facts_from_text(
        "Such actions could lead to a lifting of these travel restrictions.", "en")
    assert [f for f in facts if isinstance(f, MeasureFact) and f.status == "lifted"] == []


def test_french_headline_visa_measures_against_hun_sen(seeds_dir: Path) -> None:
    f = _one(_measures(seeds_dir, "000", "Mesures de restriction de Visas prises par"), "visa_restriction", "imposed")
    assert f.issuer is not None and f.issuer.name == "United States"
    assert [t.name for t in f.targets] == ["Hun Sen", "son gouvernement"]
    assert f.targets[0].entity_hint == "Person" and f.targets[1].entity_hint is None


def test_french_embassy_visa_suspension_targets_classes(seeds_dir: Path) -> None:
    f = _one(_measures(seeds_dir, "001", "suspend l’attribution de visa"), "visa_restriction", "imposed")
    assert f.issuer is not None and f.issuer.name == "US Embassy Phnom Penh"
    assert all(t.entity_hint is None for t in f.targets)  # HUN Sen only qualifies the ministry
    assert len(f.targets) == 2


@pytest.mark.parametrize(("prefix", "contains", "kinds", "status"), [
    ("000", "សហរដ្ឋអាមេរិកដាក់បម្រាមទិដ្ឋាការ", ["visa_restriction"], "imposed"),
    ("002", "ព្រមានរឹតបន្តឹងទិដ្ឋាការបន្ថែម", ["visa_restriction"], "threatened"),
    ("003", "២-អោយបិទទិដ្ឋាការ", ["visa_restriction", "asset_freeze"], "called_for"),
])
def test_khmer_headlines(seeds_dir: Path, prefix: str, contains: str, kinds: list[str], status: str) -> None:
    facts = _measures(seeds_dir, prefix, contains)
    for kind in kinds:
        f = _one(facts, kind, status)
        if status != "called_for":  # the 000 headline retells the State Department's statement
            assert f.issuer is not None and f.issuer.name in ("United States", "US Department of State")
        if prefix == "000":
            assert f.date == "2017-12-06"


@pytest.mark.parametrize(("text", "lang", "kind", "status", "issuer"), [
    ("The Council may consider targeted measures if the situation does not improve.", "en", "targeted_measures", "threatened", "EU Council"),
    ("The United States threatened to freeze the assets of senior officials.", "en", "asset_freeze", "threatened", "United States"),
    ("The House urges the Department of the Treasury to consider placing Hun Sen on the SDN list.", "en", "sdn_designation", "called_for", "US Treasury (OFAC)"),
    ("The State Department lifted the visa restrictions on Cambodian officials.", "en", "visa_restriction", "lifted", "US Department of State"),
    ("Le Conseil prévient que des mesures ciblées spécifiques pourraient être envisagées.", "fr", "targeted_measures", "threatened", "EU Council"),
    ("សហរដ្ឋអាមេរិកដាក់ទណ្ឌកម្មមន្ត្រីកម្ពុជា", "km", "sanctions", "imposed", "United States"),
])
def test_status_from_modal_language(text: str, lang: str, kind: str, status: str, issuer: str) -> None:
    facts = [f for f in extract_facts_from_text(text, lang) if isinstance(f, MeasureFact)]
    assert [(f.kind, f.status, f.issuer.name if f.issuer else None) for f in facts] == [(kind, status, issuer)]


def test_distinct_issuers_or_kinds_give_distinct_keys() -> None:
    a = extract_facts_from_text("The European Union suspended its financial assistance to the NEC.", "en")
    b = extract_facts_from_text("Japan suspended its financial assistance to the NEC.", "en")
    c = extract_facts_from_text("The European Union declined to observe the elections.", "en")
    keys = {f.key() for f in (*a, *b, *c) if isinstance(f, MeasureFact)}
    assert len(keys) == 3


def test_a_title_without_issuer_is_not_an_imposed_fact() -> None:
    facts = extract_facts_from_text("Visa Restrictions on Individuals Responsible for Undermining Cambodian Democracy", "en")
    assert [f for f in facts if isinstance(f, MeasureFact)] == []

"""Events from real seed sentences: who did what to whom, when, with the quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.extract.facts import EventFact, extract_facts, extract_facts_from_text
from test_events_seedkit import find_mentions, load_seed, seed_facts, split_sentences


def _events(seeds_dir: Path, prefix: str, contains: str) -> tuple[str, list[EventFact]]:
    _doc_id, text, sentences, _m = load_seed(str(seeds_dir), prefix)
    spans = [s.start for s in sentences if contains in s.text]
    assert spans, f"seed {prefix} has no sentence with {contains!r}"
    return text, [f for f in seed_facts(str(seeds_dir), prefix) if isinstance(f, EventFact)
                  and any(f.quote_start <= a < f.quote_end for a in spans)]


def _one(facts: list[EventFact], kind: str) -> EventFact:
    hits = [f for f in facts if f.kind == kind]
    assert hits, [f.kind for f in facts]
    return hits[0]


def _names(parts) -> list[str]:
    return [p.name for p in parts]


def test_arrest_of_kem_sokha_on_3_september_2017(seeds_dir: Path) -> None:
    text, facts = _events(seeds_dir, "003", "whereas on 3 September 2017, Kem Sokha")
    f = _one(facts, "arrest")
    assert f.date == "2017-09-03" and f.date_precision == "day"
    assert _names(f.subjects) == ["Kem Sokha"] and f.subjects[0].role == "victim"
    assert f.actors == ()
    assert "was arrested" in text[f.quote_start:f.quote_end]
    assert text[f.trigger_start:f.trigger_end] == "arrested"


def test_government_arrest_of_kem_sokha_names_the_perpetrator(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "000", "the Cambodian government’s arrest of Kem Sokha")
    f = _one(facts, "arrest")
    assert [(p.name, p.role) for p in f.actors] == [("Government of Cambodia", "perpetrator")]
    assert [(p.name, p.role) for p in f.subjects] == [("Kem Sokha", "victim")]


def test_dissolution_of_the_cnrp_on_16_november_2017(seeds_dir: Path) -> None:
    text, facts = _events(seeds_dir, "003", "On 16 November 2017, the Supreme Court dissolved")
    f = _one(facts, "party_dissolution")
    assert f.date == "2017-11-16"
    assert [(p.name, p.role) for p in f.actors] == [("Supreme Court of Cambodia", "perpetrator")]
    assert [(p.name, p.role) for p in f.subjects] == [("Cambodia National Rescue Party", "victim")]
    assert text[f.quote_start:f.quote_end].startswith("On 16 November 2017, the Supreme Court dissolved")


def test_five_year_ban_of_118_members(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "003", "It also banned 118")
    f = _one(facts, "political_ban")
    assert _names(f.actors) == ["Supreme Court of Cambodia"]  # "It" = the previous sentence's court
    assert f.date == "2017-11-16" and f.duration == "P5Y"
    assert all(p.role == "victim" for p in f.subjects)
    _t, facts = _events(seeds_dir, "003", "whereas the Supreme Court has also banned 118")
    g = _one(facts, "political_ban")
    assert _names(g.subjects) == ["118 CNRP members"] and g.duration == "P5Y"  # canonical group
    _t, facts = _events(seeds_dir, "002", "the banning of 118 CNRP members from politics")
    assert _names(_one(facts, "political_ban").subjects) == ["118 CNRP members"]


@pytest.mark.parametrize(("prefix", "contains"), [
    ("002", "The 29 July general election in Cambodia took place"),
    ("003", "The election on 29 July 2018 has not been"),
    ("003", "ការបោះឆ្នោតនៅថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨"),
    ("002", "Les élections générales du 29 Juillet 2018"),
])
def test_election_of_29_july_2018(seeds_dir: Path, prefix: str, contains: str) -> None:
    _text, facts = _events(seeds_dir, prefix, contains)
    assert "2018-07-29" in [f.date for f in facts if f.kind == "election"]


def test_french_detention_by_hun_sen(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "002", "1er anniversaire de l’incarcération arbitraire")
    f = _one(facts, "detention")
    assert [(p.name, p.role) for p in f.subjects] == [("Kem Sokha", "victim")]
    assert [(p.name, p.role) for p in f.actors] == [("Hun Sen", "perpetrator")]


def test_french_arrest_with_apposition(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "002", "La nuit du 2 Septembre 2017, KEM Sokha")
    f = _one(facts, "arrest")
    assert _names(f.subjects) == ["Kem Sokha"] and f.date == "2017-09-02"


def test_khmer_release_call(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "003", "ដោះលែងលោកកឹម-សុខាជាបន្ទាន់")
    f = _one(facts, "release")
    assert [(p.name, p.role) for p in f.subjects] == [("Kem Sokha", "victim")]
    assert f.hypothetical


def test_pronoun_agent_resolved_from_previous_sentence(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "003", "He has outlawed the opposition and jailed")
    f = _one(facts, "detention")
    assert [(p.name, p.role) for p in f.actors] == [("Hun Sen", "perpetrator")]
    assert _names(f.subjects) == ["Kem Sokha"]


def test_hun_sen_is_a_perpetrator_only_where_the_sentence_says_so(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "001", "Hun Sen has used violence, threats, and sham prosecutions")
    f = _one(facts, "attack")
    assert _names(f.actors) == ["Hun Sen"] and _names(f.subjects) == ["peaceful opposition"]
    _text, facts = _events(seeds_dir, "004", "meet with Prime Minister Hun Sen on Tuesday")
    assert all(p.role != "perpetrator" for f in facts for p in f.actors)


def test_calls_for_release_are_hypothetical_and_victims(seeds_dir: Path) -> None:
    _text, facts = _events(seeds_dir, "001", "(5) urges the Government of Cambodia to free")
    f = _one(facts, "release")
    assert f.hypothetical and [(p.name, p.role) for p in f.subjects] == [("Kem Sokha", "victim")]


def test_negation_and_passive_by_agent() -> None:
    facts = extract_facts_from_text("Kem Sokha was not arrested by the police.", "en")
    f = [x for x in facts if isinstance(x, EventFact) and x.kind == "arrest"][0]
    assert f.negated and _names(f.subjects) == ["Kem Sokha"]


def test_accusation_against_a_victim_is_not_an_event() -> None:
    facts = extract_facts_from_text("Cambodia claimed Sokha had conspired with Washington to overthrow Hun Sen.", "en")
    assert facts == []


def test_mentions_are_used_with_document_offsets() -> None:
    text = "Intro line.\nThe Supreme Court dissolved the CNRP on 16 November 2017."
    sentence = split_sentences("doc-x", text)[1]
    f = extract_facts(sentence, find_mentions(sentence), None)[0]
    assert isinstance(f, EventFact)
    assert text[f.quote_start:f.quote_end] == sentence.text
    subj = f.subjects[0]
    assert text[subj.start:subj.end] == "CNRP"

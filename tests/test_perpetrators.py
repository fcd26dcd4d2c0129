"""Who did the coercive act: perpetrators read from the text's own accusation, the agent of
the act and the body whose members acted (sentences written for these tests)."""

from __future__ import annotations

from sanctionwatch.extract.accusations import accuses
from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text
from sanctionwatch.lang import load_pack


def _accused(text: str, lang: str, date: str = "2023-03-01") -> set[str]:
    return {n for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)
            for n in f.accused_targets}


def test_involvement_in_an_abuse_is_an_accusation() -> None:
    en, fr = load_pack("en"), load_pack("fr")
    assert accuses("The three generals were directly involved in the massacre of villagers.", en)
    assert accuses("Des officiers impliqués dans l'enlèvement du militant sont visés.", fr)
    # an elided article glued to the noun does not hide it
    assert accuses("Deux policiers impliqués dans l'assassinat d'un avocat.", fr)
    assert not accuses("The three generals were involved in the peace talks.", en)


def test_targets_the_next_sentence_holds_involved_are_accused() -> None:
    text = ("The Treasury on Tuesday designated Colonel Arvid Korlen and Major Tomas Varga. "
            "According to Treasury, Arvid Korlen and Tomas Varga were involved in the torture of detainees.")
    assert _accused(text, "en") >= {"arvid korlen", "tomas varga"}


def test_a_singular_judged_responsible_accuses() -> None:
    assert accuses("Il est jugé responsable de la répression des manifestations.", load_pack("fr"))


def _actors(text: str, lang: str, date: str = "2023-03-01") -> dict[str, str]:
    return {p.name: p.role for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)
            for p in f.actors}


def test_a_body_named_by_its_kind_is_the_perpetrator() -> None:
    assert _actors("On Friday, riot police detained dozens of striking teachers in the capital.", "en") == {
        "riot police": "perpetrator"}
    assert _actors("The opposition leader was arrested by police at his home on Monday.", "en") == {
        "police": "perpetrator"}
    got = _actors("L'armée birmane a arrêté des centaines de manifestants samedi.", "fr")
    assert got == {"armée birmane": "perpetrator"}


def test_a_bare_court_or_government_word_names_no_body() -> None:
    # a country has many courts: "the court" alone says not which
    assert "court" not in _actors("The court sentenced the blogger to five years on Tuesday.", "en")
    assert "authorities" not in _actors("The authorities arrested the blogger on Tuesday.", "en")
    # "the same court": the words name the court, the adjective only points back
    got = _actors("A year later the same provincial court sentenced the blogger to five years.", "en")
    assert "same provincial court" not in got


def test_a_court_that_acquits_is_no_perpetrator() -> None:
    assert set(_actors("A district court in the capital acquitted the two journalists in May.", "en").values()) <= {
        "participant"}


def test_a_case_between_states_has_no_perpetrator() -> None:
    got = _actors("The hearings concern the case brought by Ukraine, which accuses Russia of genocide.", "en")
    assert "perpetrator" not in got.values()


def test_a_presiding_judge_of_a_political_trial_acts_in_it() -> None:
    got = _actors("On 5 May the provincial court, with Judge Anna Petrova presiding, sentenced the two "
                  "environmental activists to 18 months for incitement.", "en")
    assert got.get("Anna Petrova") == "perpetrator"
    # a lawyer is no judge
    got = _actors("Defence lawyer Marek Halas said the court had sentenced the two activists to 18 months.", "en")
    assert "Marek Halas" not in got

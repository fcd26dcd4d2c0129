"""Who did the coercive act: perpetrators read from the text's own accusation, the agent of
the act and the body whose members acted (sentences written for these tests)."""

from __future__ import annotations

from sanctionwatch.extract.accusations import accuses
from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
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

"""An explainer's sentence said of anyone at all (a generic subject of a present-tense verb:
"Any official … can be sanctioned", « Toute personne inscrite voit ses avoirs gelés ») states
no act; the same words said of someone named, or in the past, do. Read from the parse, with
the words in the language packs. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sanctionwatch.extract.genericity as genericity
from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str = "en") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, None) if isinstance(f, MeasureFact)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Every official responsible for the crackdown can be sanctioned by the Treasury."),
    ("en", "Anyone who is designated has their assets frozen."),
])
def test_a_generic_subject_in_the_present_states_no_act(lang: str, text: str, monkeypatch) -> None:
    assert _measures(text, lang) == []
    monkeypatch.setattr(genericity, "generic_subject", lambda *_a: False)
    assert _measures(text, lang)  # without the generic subject it would read as an act


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A designated person is barred from entering the United States."),
    ("fr", "Toute personne inscrite sur la liste voit ses avoirs gelés."),
    ("fr", "Une personne désignée est interdite de séjour dans l'Union."),
])
def test_explainers_state_no_act(lang: str, text: str) -> None:
    assert _measures(text, lang) == []


@pytest.mark.parametrize("text", [
    "Colonel Min Thu Aung can be sanctioned by the Treasury.",  # someone named
    "Each official responsible for the crackdown was sanctioned by the Treasury.",  # past, a set
    "A company owned by the general has been designated by the Treasury.",  # perfect
])
def test_a_named_or_past_subject_is_an_act(text: str) -> None:
    assert _measures(text)


def test_a_past_french_subject_is_an_act() -> None:
    assert _measures("La personne a été inscrite sur la liste des sanctions par l'Union européenne.", "fr")

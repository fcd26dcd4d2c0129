"""Measures "against" a class of companies: the companies are the targets (not assets that are
frozen), and an issuer that lists people and entities with one instrument takes them with it.
Sentences written for this test."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str = "2024-03-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_measures_against_companies_of_the_army_are_listings_threatened_fr() -> None:
    ms = _measures("Le Conseil étudie de nouvelles mesures contre les entreprises de l'armée.", "fr")
    assert [(m.kind, m.status) for m in ms] == [("targeted_measures", "threatened")]
    assert any("entreprises" in p.name for p in ms[0].targets)


def test_measures_against_companies_are_listings_threatened_en() -> None:
    ms = _measures("The EU said it was weighing new measures against companies owned or controlled by the army.", "en")
    assert [(m.kind, m.status) for m in ms] == [("targeted_measures", "threatened")]
    assert ms[0].targets and all(p.is_class for p in ms[0].targets)


def test_the_companies_frozen_are_no_class_target() -> None:
    # « geler les entreprises de X »: what is frozen, never a target of its own
    for text, lang in (("Le Conseil a gelé les entreprises du général Ortiz.", "fr"),
                       ("The Treasury froze the companies of General Ortiz.", "en")):
        for m in _measures(text, lang):
            assert not any(p.is_class and "entreprises" in p.name or p.name == "companies" for p in m.targets)

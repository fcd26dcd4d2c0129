"""A sanctions regime told before and then used by a pronoun (« le Conseil l'a appliqué … »,
"it first used it …"): the use is a listing under that regime, with its own date, issuer and
targets. Sentences written for this test."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str = "2024-03-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_the_first_use_of_a_regime_is_a_listing_en() -> None:
    ms = _measures("In December 2020 the EU adopted a global human rights sanctions regime. It first used it on "
                   "2 March 2021 against four Russian officials, among them Alexander Kalashnikov.", "en")
    uses = [m for m in ms if m.date == "2021-03-02"]
    assert [(m.kind, m.status) for m in uses] == [("targeted_measures", "imposed")]
    assert any("Kalashnikov" in p.name for p in uses[0].targets)


def test_a_call_to_use_a_regime_stays_a_call_en() -> None:
    ms = _measures("In December 2020 the EU adopted a global human rights sanctions regime. Activists urged "
                   "Brussels to use it against the generals.", "en")
    assert ms and all(m.status == "called_for" for m in ms)


def test_the_first_application_of_a_regime_is_a_listing_fr() -> None:
    ms = _measures("Le régime de sanctions a été créé le 9 mars 2022. Le Conseil l'a appliqué pour la première "
                   "fois le 20 juin 2022, en visant quatre personnes, dont le général Pedro Salcedo.", "fr")
    uses = [m for m in ms if m.date == "2022-06-20"]
    assert [(m.kind, m.status) for m in uses] == [("targeted_measures", "imposed")]
    assert any("Salcedo" in p.name for p in uses[0].targets)


def test_it_after_a_listing_or_a_law_is_no_regime() -> None:
    ms = _measures("The Treasury sanctioned Ivan Petrov on Monday. His lawyer said the company had used it to "
                   "launder money.", "en")
    assert [m.kind for m in ms] == ["sdn_designation"]
    assert not _measures("La loi a été adoptée en 2019. Le gouvernement l'a appliquée pour la première fois le "
                         "4 mai 2020 contre six opposants.", "fr")


def test_a_first_word_running_into_the_next_word_hides_no_trigger() -> None:
    # « l'a » (a use of a regime) opens « L'arrestation »: the arrest is still a trigger
    from sanctionwatch.extract.hits import find_hits
    from sanctionwatch.lang import load_pack
    from sanctionwatch.model import Sentence

    text = "L'arrestation, fin mars, de Pedro Salcedo a été confirmée par la police."
    kinds = [h.kind for h in find_hits(Sentence("", 0, 0, len(text), text, "fr", ""), load_pack("fr"))]
    assert "arrest" in kinds


def test_the_use_in_the_sentence_that_creates_the_regime_is_told_by_its_own_words_en() -> None:
    ms = _measures("The EU set up its sanctions framework in March 2022 and first used it on 20 June 2022, "
                   "imposing travel bans and asset freezes on four officials.", "en")
    assert ms and all(m.date != "2022-03" for m in ms if m.status == "imposed")

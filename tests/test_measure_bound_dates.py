"""A date under "after" / « après » / « jusqu'au » bounds a measure in time; it is not the day of
the act. Sentences written for this test, about invented officials and places."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.extract.temporal import bounded_by, find_dates, sentence_day
from sanctionwatch.lang import load_pack


def _measures(text: str, lang: str, date: str = "2024-03-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_a_date_inside_an_after_phrase_does_not_date_the_freeze_en() -> None:
    ms = _measures("On Monday the European Union renewed the asset freezes imposed after the disputed vote "
                   "of May 2018 on the country's leaders.", "en")
    assert ms and all(m.date != "2018-05" for m in ms)
    assert any(m.date == "2024-03-11" for m in ms)


def test_a_date_set_off_by_a_comma_after_the_after_phrase_is_the_clause_s_en() -> None:
    ms = _measures("The Treasury froze the assets of Colonel Ramón Ibarra after the attack on the port of "
                   "Tumaco, in 2016.", "en")
    assert [m.date for m in ms] == ["2016"]


def test_a_date_inside_an_apres_phrase_does_not_date_the_measure_fr() -> None:
    ms = _measures("L'Union européenne a gelé les avoirs de trois généraux après le coup d'État du 3 mai 2019.", "fr")
    assert ms and all(m.date != "2019-05-03" for m in ms)
    ms = _measures("Les Vingt-Sept ont maintenu lundi les interdictions de visa décidées après le scrutin "
                   "contesté de mai 2019.", "fr")
    assert ms and all(m.date != "2019-05" for m in ms)


def test_a_comma_set_date_after_an_apres_phrase_dates_the_act_fr() -> None:
    ms = _measures("Le Trésor américain a gelé les avoirs du colonel Ramón Ibarra après l'attaque du port de "
                   "Tumaco, en 2016.", "fr")
    assert [m.date for m in ms] == ["2016"]


def test_until_and_after_words_bound_a_day_in_each_language() -> None:
    cases = [("en", "The bans stay in force until 30 June 2025.", True),
             ("en", "The bans were imposed on 30 June 2025.", False),
             ("fr", "Les sanctions restent en vigueur jusqu'au 30 juin 2025.", True),
             ("fr", "Les avoirs ont été gelés le 30 juin 2025.", False),
             ("km", "ក្រោយថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២៥", True),
             ("km", "កាលពីថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២៥", False)]
    for lang, text, bound in cases:
        pack = load_pack(lang)
        d = find_dates(text, pack, "2024-03-14")[0]
        assert bounded_by(text, d, pack) is bound, text


def test_a_sentence_that_names_only_an_end_date_names_no_day_of_news() -> None:
    assert sentence_day("Les Vingt-Sept maintiennent jusqu'au 30 juin 2025 leurs sanctions.", "fr", "2024-03-14") is None
    assert sentence_day("The measures remain in force until 30 June 2025.", "en", "2024-03-14") is None
    assert sentence_day("The EU acted on 30 June 2025.", "en", "2024-03-14") == ("2025-06-30", "day")

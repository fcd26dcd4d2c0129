"""Event triggers and their senses, on our own sentences (en/fr/km): words the packs know in
more inflections, a word used in another sense (no event), the gold's kind for a lost
nationality (a political ban), and anniversaries that restate an old event."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.anniversary import recalled_date
from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str = "en", date: str | None = "2022-03-09") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def _kinds(text: str, lang: str = "en") -> set[str]:
    return {e.kind for e in _events(text, lang)}


@pytest.mark.parametrize("text", [
    "Reactions in the capital were dismissive.",
    "The interior ministry dismissed the protesters as paid agitators.",
    "The spokesman dismissed as a fabrication the claim that the army had shelled the village.",
])
def test_dismiss_in_the_sense_of_reject_is_no_dismissal(text: str) -> None:
    assert "dismissal" not in _kinds(text)


def test_a_minister_dismissed_from_office_is_still_a_dismissal() -> None:
    [e] = [e for e in _events("The president dismissed the interior minister on Friday.") if e.kind == "dismissal"]
    assert e.date == "2022-03-04"


@pytest.mark.parametrize("text,lang,kind", [
    ("The hearings opened at the regional court on Tuesday.", "en", "trial"),
    ("The proceedings against the two lawyers opened on 4 August.", "en", "trial"),
    ("He was convicted under the security law that the government imposed on the region in 2019.", "en", "legislation"),
    ("The poet Ilya Marchenko was stripped of his citizenship in May.", "en", "political_ban"),
    ("Le régime a déchu l'écrivain Ilya Marchenko de sa nationalité en mai.", "fr", "political_ban"),
    ("Le tribunal privait Ilya Marchenko de ses droits civiques en mai.", "fr", "political_ban"),
    ("Le Parlement a voté une réforme de la Constitution le 3 mars.", "fr", "legislation"),
    ("Ilya Marchenko a été accusé d'incitation à la haine en septembre.", "fr", "charge"),
    ("Ilya Marchenko a été accusé d’espionnage en septembre.", "fr", "charge"),
    ("រដ្ឋាភិបាលបានដកសញ្ជាតិលោក សុខ ម៉ៅ កាលពីខែឧសភា។", "km", "political_ban"),
])
def test_triggers_in_more_forms(text: str, lang: str, kind: str) -> None:
    assert kind in _kinds(text, lang)


def test_nationality_stripping_is_no_disqualification() -> None:
    assert "disqualification" not in _kinds("Le régime a déchu l'écrivain Ilya Marchenko de sa nationalité en mai.", "fr")


@pytest.mark.parametrize("text,lang,date", [
    ("Today marks the 12th anniversary of the arrest of Ana Petrova.", "en", "2010-03-09"),
    ("Ce mercredi marque le 12e anniversaire de l'arrestation d'Ana Petrova par la police.", "fr", "2010-03-09"),
    ("ថ្ងៃនេះ ជាខួបគម្រប់ ៥ឆ្នាំ នៃការចាប់ខ្លួនលោក សុខ ម៉ៅ ដោយប៉ូលិស។", "km", "2017-03-09"),
])
def test_an_anniversary_dates_the_event_it_recalls(text: str, lang: str, date: str) -> None:
    [e] = [e for e in _events(text, lang) if e.kind == "arrest"]
    assert e.date == date


def test_an_anniversary_without_a_count_leaves_the_event_undated() -> None:
    [e] = [e for e in _events("On 5 March, the anniversary of the arrest of Ana Petrova, her family held a vigil.")
           if e.kind == "arrest"]
    assert e.date is None


def test_a_day_of_the_month_is_no_count_of_years() -> None:
    [e] = [e for e in _events("On 26 March, the anniversary of the arrest of Ana Petrova, her family held a vigil.")
           if e.kind == "arrest"]
    assert e.date is None


def test_a_recalled_29_february_keeps_its_month() -> None:
    assert recalled_date("2024-02-29", 1) == "2023-02"
    assert recalled_date("2024-04-26", 12) == "2012-04-26"
    assert recalled_date("2024-04-26", 0) is None


@pytest.mark.parametrize("text,lang", [
    ("L'Union européenne a frappé jeudi six hauts responsables d'un gel de leurs avoirs.", "fr"),
    ("Deux généraux, Ivan Petrov et Oleg Sokolov, sont frappés pour la répression des manifestants.", "fr"),
    ("Ivan Petrov was struck with an asset freeze on Monday.", "en"),
])
def test_struck_by_a_sanction_is_no_attack(text: str, lang: str) -> None:
    assert "attack" not in _kinds(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Le journaliste Ivan Petrov a été frappé par des policiers lundi.", "fr"),
    ("The journalist Ivan Petrov was struck by police officers on Monday.", "en"),
])
def test_struck_by_police_is_an_attack(text: str, lang: str) -> None:
    [e] = [e for e in _events(text, lang) if e.kind == "attack"]
    assert {p.name for p in e.subjects} == {"Ivan Petrov"}


@pytest.mark.parametrize("text,lang", [
    ("Chantal Morel, who led opinion polls, was arrested in June.", "en"),
    ("The party was kept off the ballot by the commission.", "en"),
    ("Le chef de l'administration présidentielle, Igor Sokolov, a été nommé en mai.", "fr"),
])
def test_a_poll_a_ballot_paper_or_an_adjective_is_no_election(text: str, lang: str) -> None:
    assert "election" not in _kinds(text, lang)


def test_a_story_told_then_restated_in_a_call_is_one_event() -> None:
    text = ("The activist Pavel Orlov was shot dead by police on 4 May 2020. Two years on, his family "
            "called for a new inquiry into the killing of Pavel Orlov.")
    killings = [e for e in _events(text) if e.kind == "killing"]
    assert len(killings) == 1 and killings[0].date == "2020-05-04"


@pytest.mark.parametrize("text,lang", [
    ("Police released the activist Ana Petrova on 3 May. This release came three weeks after the "
     "election of 12 April.", "en"),
    ("Les policiers ont libéré la militante Ana Petrova le 3 février 2021. Cette libération est "
     "intervenue trois semaines après l'élection du 12 janvier.", "fr"),
    ("ប៉ូលិសបានដោះលែងលោក សុខ ម៉ៅ កាលពីថ្ងៃទី៣ ខែឧសភា។ ការដោះលែងនេះកើតឡើងបីសប្តាហ៍ក្រោយការបោះឆ្នោតថ្ងៃទី១២ ខែមេសា។",
     "km"),
])
def test_this_release_is_the_release_told_before(text: str, lang: str) -> None:
    releases = [e for e in _events(text, lang) if e.kind == "release"]
    assert len(releases) == 1 and releases[0].date.endswith(("05-03", "02-03"))


def test_a_relative_that_before_a_verb_is_no_anaphor() -> None:
    [e] = [e for e in _events("The officers that arrested Ana Petrova on 3 May were never named.") if e.kind == "arrest"]
    assert e.date == "2022-05-03"


@pytest.mark.parametrize("text,lang,kind", [
    ("Nobody has been tried over the death of the forest ranger.", "en", "trial"),
    ("Beaucoup n'avaient fait l'objet d'aucune inculpation avant leur départ.", "fr", "charge"),
])
def test_a_negated_event_with_nobody_named_is_kept_as_negated(text: str, lang: str, kind: str) -> None:
    assert any(e.negated for e in _events(text, lang) if e.kind == kind)


def test_a_negative_subject_negates_its_verb() -> None:
    [e] = [e for e in _events("No one has been charged over the beating of the reporter.") if e.kind == "charge"]
    assert e.negated
    [a] = [e for e in _events("Police arrested the activist and nobody knows where he is.") if e.kind == "arrest"]
    assert not a.negated

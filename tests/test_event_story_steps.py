"""Events whose subject or date the report gives by reference: bare proceedings nouns take the
report's accused, coordinated dates are one act each, "ever since" dates a detention by its
arrest, a clause's date is that clause's act's, a diplomat's expulsion is no exile.
Sentences written for these tests (not from the dev corpus)."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def events(text: str, lang: str = "en", date: str = "2024-03-01") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def of_kind(evs: list[EventFact], kind: str) -> list[EventFact]:
    return [e for e in evs if e.kind == kind]


def names(e: EventFact) -> set[str]:
    return {p.name for p in e.subjects}


def test_bare_trial_noun_is_the_accused_s_trial_en() -> None:
    evs = events("Maria Kovalenko was arrested in October 2021. On Tuesday a court sentenced Maria Kovalenko "
                 "to eleven years in prison. The trial was held behind closed doors.")
    trials = of_kind(evs, "trial")
    assert trials and names(trials[0]) == {"Maria Kovalenko"}


def test_bare_trial_noun_is_the_accused_s_trial_fr() -> None:
    evs = events("Leila Ahmadi a été arrêtée en octobre 2022. Leila Ahmadi a été condamnée samedi à six ans "
                 "de prison. Le procès s'est tenu à huis clos.", "fr")
    trials = of_kind(evs, "trial")
    assert trials and names(trials[0]) == {"Leila Ahmadi"}


def test_no_accused_when_two_people_underwent_as_many_acts() -> None:
    evs = events("Anna Petrova was arrested in May. Olga Ivanova was arrested in June. "
                 "The trial was held behind closed doors.")
    assert not [e for e in of_kind(evs, "trial") if e.subjects]


def test_a_verb_with_no_subject_is_not_the_accused_s_act() -> None:
    evs = events("Jimmy Tan was arrested in 2020. Jimmy Tan was convicted in 2023. "
                 "No defendant prosecuted under the security law has been acquitted.")
    assert not [e for e in of_kind(evs, "trial") if "Jimmy Tan" in names(e)]


def test_two_poisonings_in_two_years_are_two_attacks_on_the_survivor() -> None:
    evs = events("Pavel Orlov survived two poisonings, in 2015 and 2017.")
    attacks = of_kind(evs, "attack")
    assert sorted(e.date or "" for e in attacks) == ["2015", "2017"]
    assert all(names(e) == {"Pavel Orlov"} for e in attacks)


def test_deux_tentatives_en_deux_ans_fr() -> None:
    evs = events("Le journaliste Mamadou Diallo a survécu à deux tentatives d'assassinat, en 2016 et en 2019.", "fr")
    attacks = of_kind(evs, "attack")
    assert sorted(e.date or "" for e in attacks) == ["2016", "2019"]
    assert all(names(e) == {"Mamadou Diallo"} for e in attacks)


def test_a_range_is_one_act() -> None:
    evs = events("Security forces attacked protesters in Karakol between 2015 and 2017.")
    assert len(of_kind(evs, "attack")) <= 1


@pytest.mark.parametrize("text,lang,kind", [
    ("The foreign ministry expelled a Lithuanian diplomat on 3 May 2023.", "en", "exile"),
    ("Le gouvernement a expulsé l'ambassadeur de France le 3 mai 2023.", "fr", "exile"),
])
def test_expelling_a_diplomat_is_no_exile(text: str, lang: str, kind: str) -> None:
    assert not of_kind(events(text, lang), kind)


def test_expelling_a_journalist_is_still_exile() -> None:
    assert of_kind(events("The authorities expelled journalist Tomas Berg on 3 May 2023."), "exile")


def test_the_law_s_signing_date_is_not_the_prosecution_s() -> None:
    evs = events("The law on foreign agents, signed by President Pavel Marin on 14 July 2022, "
                 "has been used to prosecute dozens of journalists.")
    laws = of_kind(evs, "legislation")
    assert laws and laws[0].date == "2022-07-14"
    assert all(e.date is None for e in of_kind(evs, "trial"))


def test_detention_ever_since_dates_from_the_arrest() -> None:
    evs = events("Maria Kovalenko was arrested in October 2021 at the border. She has been in detention ever since.")
    det = of_kind(evs, "detention")
    assert det and det[0].date == "2021-10"


def test_detention_depuis_fr() -> None:
    evs = events("Leila Ahmadi a été arrêtée en octobre 2022 lors d'une manifestation. "
                 "Elle est détenue depuis à la prison d'Evin.", "fr")
    det = of_kind(evs, "detention")
    assert det and det[0].date == "2022-10"


def test_press_release_is_no_release() -> None:
    assert not of_kind(events("Press release -- 9 June 2022. The ministry condemns the verdict."), "release")


def test_a_toll_over_two_years_is_not_split() -> None:
    evs = events("In 2014 and 2017, security forces killed more than 160 protesters.")
    assert len(of_kind(evs, "killing")) == 1


def test_a_named_person_arrested_in_two_years_is_two_arrests() -> None:
    evs = events("Opposition leader Ana Duarte was arrested in 2015 and again in 2018.")
    assert sorted(e.date or "" for e in of_kind(evs, "arrest")) == ["2015", "2018"]


def test_the_hearing_is_the_accused_s_when_pronouns_tell_the_acts() -> None:
    evs = events("Le militant Karim Benali a été condamné lundi à trois ans de prison. "
                 "Il avait été arrêté le 12 février 2022 à son domicile. L'audience a duré moins d'une heure.", "fr")
    trials = of_kind(evs, "trial")
    assert trials and names(trials[0]) == {"Karim Benali"}


def test_new_sentences_generalise() -> None:
    """Sentences not used while building the mechanisms."""
    evs = events("Blogger Dmitri Sokolov was detained on 2 March 2020 in Almaty. He was charged with inciting "
                 "discord a week later. The trial opened in camera in June 2020.")
    assert [names(e) for e in of_kind(evs, "trial")] == [{"Dmitri Sokolov"}]
    evs = events("Rights lawyer Wang Jun suffered three assaults, in 2016, 2018 and 2021.")
    assert sorted(e.date or "" for e in of_kind(evs, "attack")) == ["2016", "2018", "2021"]
    assert not of_kind(events("The government expelled the Dutch envoy and two diplomats of the embassy in May 2021."),
                       "exile")
    laws = of_kind(events("Le décret, signé par le président le 3 avril 2019, interdit les rassemblements.", "fr"),
                   "legislation")
    assert laws and laws[0].date == "2019-04-03"


def test_the_police_is_never_the_victim_of_its_arrest() -> None:
    evs = events("Police arrested between 30 and 40 protesters in 2019 and 2020.")
    assert not [p for e in evs for p in e.subjects if p.name.casefold() == "police"]
    killed = of_kind(events("A police officer was killed in the clashes on 3 May 2021."), "killing")
    assert killed and names(killed[0]) == {"A police officer"}


def test_expelling_an_ambassador_written_with_an_elided_article_is_no_exile() -> None:
    from sanctionwatch.extract.facts import EventFact, extract_facts_from_text

    facts = extract_facts_from_text("Minsk a annoncé l'expulsion de l'ambassadeur de Pologne, accusé d'ingérence.",
                                    "fr", "2021-06-01")
    assert not [f for f in facts if isinstance(f, EventFact) and f.kind == "exile"]


def test_designees_before_the_first_reason_are_accused_not_the_victim_named_in_it() -> None:
    from sanctionwatch.extract.facts import EventFact, extract_facts_from_text

    facts = extract_facts_from_text(
        "Canada imposed sanctions on four police commanders, holding them responsible for the death of Lina Ortiz "
        "and for violence against students.", "en", "2021-06-01")
    perpetrators = {a.name for f in facts if isinstance(f, EventFact) for a in f.actors if a.role == "perpetrator"}
    assert "Lina Ortiz" not in perpetrators

"""One event per real act, on our own sentences: a sentence that tells several acts with
their own dates gives each act its date; what someone asks for (a release demanded) is no
event of the report."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str = "en", date: str | None = "2022-03-09") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def _dates(text: str, lang: str = "en", date: str | None = "2022-03-09") -> dict[str, str | None]:
    return {e.kind: e.date for e in _events(text, lang, date)}


def test_each_coordinated_act_takes_the_date_the_parse_hangs_on_it() -> None:
    dates = _dates("The blogger Anton Sidorenko was arrested in March 2019 and given five years "
                   "in October 2020, before he walked free in June 2021.")
    assert dates["arrest"] == "2019-03"
    assert dates["conviction"] == "2020-10"


def test_acts_sharing_one_date_keep_it() -> None:
    dates = _dates("Police arrested and charged the activist Lina Moreau on Monday.")
    assert dates.get("arrest") == "2022-03-07"
    assert dates.get("charge") == "2022-03-07"


@pytest.mark.parametrize("text,lang", [
    ("The opposition demanded the immediate release of Anton Sidorenko.", "en"),
    ("The assembly repeated its demand that all detained journalists be released without conditions.", "en"),
    ("The resolution urges the government to release the jailed editor Lina Moreau.", "en"),
    ("Nous demandons la libération immédiate de Lina Moreau.", "fr"),
    ("Le syndicat a réclamé sa libération.", "fr"),
])
def test_a_release_asked_for_is_no_reported_event(text: str, lang: str) -> None:
    """What someone asks for has not happened: at most a called-for (hypothetical) event,
    which analysts see as a call (the events table's `called_for` status)."""
    assert all(e.hypothetical for e in _events(text, lang) if e.kind == "release")


def test_a_release_that_happened_is_still_an_event() -> None:
    [e] = [e for e in _events("The editor Lina Moreau was released on Friday after the court dropped the case.")
           if e.kind == "release"]
    assert e.date == "2022-03-04" and not e.hypothetical


@pytest.mark.parametrize("text,lang", [
    ("The appeals court acquitted the journalist Lina Moreau on Thursday.", "en"),
    ("Two of the defendants were acquitted.", "en"),
    ("La cour d'appel a acquitté la journaliste Lina Moreau jeudi.", "fr"),
    ("Le tribunal correctionnel a relaxé les deux militants.", "fr"),
])
def test_an_acquittal_is_a_conviction_that_did_not_happen(text: str, lang: str) -> None:
    [e] = [e for e in _events(text, lang) if e.kind == "conviction"]
    assert e.negated
    assert not any(p.role in ("victim", "perpetrator") for p in (*e.subjects, *e.actors))
    assert "release" not in {e.kind for e in _events(text, lang)}


def test_a_fine_is_a_conviction() -> None:
    [e] = [e for e in _events("The publishing company and its printing arm were fined on Monday.")
           if e.kind == "conviction"]
    assert not e.negated and e.date == "2022-03-07"


@pytest.mark.parametrize("text,lang,year", [
    ("Officials were listed under the Anti-Corruption Sanctions Act of 2019.", "en", "2019"),
    ("Les mesures reposent sur la loi de 2017 relative aux sanctions.", "fr", "2017"),
])
def test_a_law_named_with_its_year_is_that_year_s_legislation(text: str, lang: str, year: str) -> None:
    [e] = [e for e in _events(text, lang) if e.kind == "legislation"]
    assert e.date == year


def test_a_sanctions_regime_created_in_a_month_is_legislation_of_that_month() -> None:
    [e] = [e for e in _events("On Monday the bloc used its sanctions regime, created in November, for the first time.")
           if e.kind == "legislation"]
    assert e.date == "2021-11"


def test_a_new_visa_policy_is_legislation() -> None:
    assert "legislation" in {e.kind for e in _events("The State Department announced a new visa policy on Friday.")}


def _view(fid: str, doc: str, kind: str, date: str | None, subject: str | None = None):
    import json

    from sanctionwatch.model import Evidence, Statement
    from sanctionwatch.report.facts import FactView

    ev = (Evidence(doc, 0, 5, 0, 5, "quote", "test", 1.0, "en"),)
    sts = [Statement(fid, "Event", "sw:kind", kind, evidence=ev)]
    fields = {"sw:kind": [kind]}
    if date:
        sts.append(Statement(fid, "Event", "sw:date", date, evidence=ev))
        fields["sw:date"] = [date]
    people = {"sw:subject": [{"name": subject}]} if subject else {}
    if subject:
        sts.append(Statement(fid, "Event", "sw:subject", json.dumps({"name": subject}), evidence=ev))
    return FactView(fid, "Event", fields=fields, participants=people, statements=sts)


def test_events_that_name_nobody_merge_across_reports_only_on_the_same_date() -> None:
    from sanctionwatch.report.facts import merge_same_facts

    views = [_view("a", "doc1", "trial", "2024-05-29"), _view("b", "doc2", "trial", "2024-05-30"),
             _view("c", "doc3", "legislation", "2020"), _view("d", "doc4", "legislation", "2020-06-30"),
             _view("e", "doc5", "election", "2020-08-09"), _view("f", "doc6", "election", "2020-08-09"),
             _view("g", "doc7", "repression", None), _view("h", "doc8", "repression", None)]
    merged = merge_same_facts(views)
    assert sorted(len(v.merged or [v.id]) for v in merged) == [1, 1, 1, 1, 1, 1, 2]


def test_events_of_one_person_still_merge_across_reports_on_near_dates() -> None:
    from sanctionwatch.report.facts import merge_same_facts

    views = [_view("a", "doc1", "arrest", "2020-09-02", "Lina Moreau"),
             _view("b", "doc2", "arrest", "2020-09-03", "Lina Moreau")]
    assert len(merge_same_facts(views)) == 1


def test_companies_held_or_controlled_are_no_detention() -> None:
    text = "Le Conseil étudie des mesures contre les entreprises détenues ou contrôlées par l'armée."
    assert "detention" not in {e.kind for e in _events(text, "fr")}


def test_stopped_at_passport_control_is_an_arrest() -> None:
    [e] = [e for e in _events("The activist Anton Sidorenko was stopped at passport control on Sunday.")
           if e.kind == "arrest"]
    assert e.date == "2022-03-06"


def test_one_verdict_told_of_a_group_and_part_of_it_is_one_conviction() -> None:
    convictions = [e for e in _events(
        "Twelve members of the farmers' union were found guilty on Tuesday of incitement, and four of them "
        "were also convicted of defamation.") if e.kind == "conviction"]
    assert len(convictions) == 1 and convictions[0].date == "2022-03-08"


def test_two_named_people_arrested_in_two_clauses_stay_two_arrests() -> None:
    arrests = [e for e in _events(
        "Lina Moreau was taken into custody outside the court, while Anton Sidorenko had been "
        "arrested at his home an hour earlier.") if e.kind == "arrest"]
    assert len(arrests) == 2


def test_a_date_placed_by_a_time_noun_is_the_act_s_own() -> None:
    [e] = [e for e in _events("Soldiers detained the mayor Lina Moreau in the early hours of 1 February.")
           if e.kind == "arrest"]
    assert e.date == "2022-02-01"


def test_an_act_named_in_full_and_by_surname_is_one_event() -> None:
    text = ("The blogger Anton Sidorenko was arrested in Minsk on 3 February. "
            "Rights groups said Sidorenko's arrest was meant to silence the opposition.")
    arrests = [e for e in _events(text) if e.kind == "arrest"]
    assert len(arrests) == 1 and arrests[0].date == "2022-02-03"


@pytest.mark.parametrize("text,lang,charged", [
    ("Prosecutors accused the editor Lina Moreau of tax evasion on Monday.", "en", True),
    ("The rights group accused the army of torturing detainees on Monday.", "en", False),
    ("Le parquet a accusé le journaliste Anton Sidorenko de trahison lundi.", "fr", True),
    ("L'ONG accuse la junte de crimes de guerre depuis lundi.", "fr", False),
])
def test_an_accusation_is_a_charge_only_from_who_can_charge(text: str, lang: str, charged: bool) -> None:
    assert ("charge" in {e.kind for e in _events(text, lang)}) == charged


@pytest.mark.parametrize("text,lang", [
    ("The ruling Freedom Party took 98 of the 120 seats in parliament.", "en"),
    ("Le Parti de la liberté a remporté 98 des 120 sièges du Parlement.", "fr"),
])
def test_a_party_taking_seats_is_an_election_it_took_part_in(text: str, lang: str) -> None:
    [e] = [e for e in _events(text, lang) if e.kind == "election"]
    assert e.subjects and all(p.role == "participant" for p in e.subjects)


def test_a_massacre_is_a_killing_and_the_prosecution_as_a_party_is_no_trial() -> None:
    kinds = {e.kind for e in _events("Soldiers carried out the massacre of twelve villagers in September 2017.")}
    assert "killing" in kinds
    text = "The court sentenced six men, two of whom gave evidence for the prosecution."
    assert "trial" not in {e.kind for e in _events(text)}


def test_two_laws_of_one_year_that_name_nobody_stay_two_acts() -> None:
    text = ("Britain relies on the Sanctions Regulations of 2020. "
            "The bloc set up a comparable regime in 2020.")
    laws = [e for e in _events(text) if e.kind == "legislation"]
    assert len(laws) == 2 and len({e.key() for e in laws}) == 2

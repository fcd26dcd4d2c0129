"""English events whose subject is written away from the trigger's usual slots, on sentences
written for these tests (not from the dev corpus): a verdict told as "found X guilty" (the
person is the subject of a small clause, and "found X not guilty" is an acquittal); a list after
a colon that spells out the verb's counted object ("took two passengers off it: A, …, and B"),
which the parser may hang on the subject as its apposition; a suspended sentence in a sentence
about "he"; two legal acts signed in one sentence."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, date: str | None = "2024-03-01") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "en", date) if isinstance(f, EventFact)]


def _of(events: list[EventFact], kind: str) -> list[EventFact]:
    return [e for e in events if e.kind == kind]


def _roles(e: EventFact) -> dict[str, str]:
    return {p.name: p.role for p in (*e.subjects, *e.actors) if not p.is_class}


# --- "found X guilty" ---------------------------------------------------------------------------


def test_found_guilty_with_the_name_between_convicts_that_person() -> None:
    [c] = _of(_events("A district court in Gomel had found Ales Bialiatski guilty on 3 February of smuggling."),
              "conviction")
    assert _roles(c)["Ales Bialiatski"] == "victim"
    assert not c.negated


def test_found_not_guilty_is_an_acquittal_not_a_conviction() -> None:
    [c] = _of(_events("The judge found Ales Bialiatski not guilty of smuggling."), "conviction")
    assert c.negated
    assert _roles(c).get("Ales Bialiatski") != "victim"


def test_found_both_guilty_stands_for_the_two_named_before() -> None:
    events = _events("Police arrested Olga Petrova and Ivan Sokolov on 4 May. On 9 May a military court "
                     "found both guilty of incitement.")
    [c] = [e for e in _of(events, "conviction") if e.date == "2024-05-09"]
    assert {p.name for p in c.subjects if not p.is_class} == {"Olga Petrova", "Ivan Sokolov"}
    assert all(p.role == "victim" for p in c.subjects)


def test_found_that_x_was_guilty_convicts_x_not_the_judges() -> None:
    [c] = _of(_events("Judges in Gomel found that Ales Bialiatski was guilty of smuggling."), "conviction")
    assert _roles(c).get("Ales Bialiatski") == "victim"
    assert "victim" not in {p.role for p in c.subjects if p.is_class}


def test_found_guilty_of_genocide_makes_no_victim_of_the_accused() -> None:
    for text in ("A UN fact-finding mission found General Tun Aung guilty of genocide.",
                 "General Tun Aung was found guilty of war crimes by a tribunal in The Hague."):
        [c] = _of(_events(text), "conviction")
        assert all(p.role != "victim" for p in c.subjects), text


def test_a_finding_with_no_verdict_word_is_no_conviction() -> None:
    assert _of(_events("Investigators found Ales Bialiatski at home on 3 February."), "conviction") == []


# --- a list after a colon -----------------------------------------------------------------------


def test_list_after_colon_names_who_was_taken_off_not_who_took_them() -> None:
    [a] = _of(_events("Once the bus had stopped, soldiers took two students off it: Tomás Rivera, 22, a former "
                      "editor of the campus paper, and his friend Lucía Gómez, a Chilean citizen."), "arrest")
    roles = _roles(a)
    assert roles.get("Tomás Rivera") == "victim" and roles.get("Lucía Gómez") == "victim"
    assert "perpetrator" not in {roles.get("Tomás Rivera"), roles.get("Lucía Gómez")}


def test_names_after_a_colon_behind_a_named_object_never_act() -> None:
    [a] = _of(_events("Soldiers arrested Kem Sokha at dawn: Sam Rainsy, 60, and Mu Sochua."), "arrest")
    roles = _roles(a)
    assert roles.get("Kem Sokha") == "victim"
    assert roles.get("Sam Rainsy") != "perpetrator" and roles.get("Mu Sochua") != "perpetrator"


def test_counted_activists_spelt_out_after_a_colon() -> None:
    [a] = _of(_events("Police detained three activists on Monday: Tomás Rivera, Lucía Gómez and Pablo Ortiz."),
              "arrest")
    assert {"Tomás Rivera", "Lucía Gómez", "Pablo Ortiz"} <= {p.name for p in a.subjects}
    assert _roles(a)["Tomás Rivera"] == "victim"


def test_a_clause_after_the_colon_is_no_list_of_victims() -> None:
    [a] = _of(_events("Police detained two activists on Monday: Tomás Rivera and Lucía Gómez condemned the "
                      "arrests."), "arrest")
    assert {p.name for p in a.subjects if not p.is_class} == set()


def test_a_list_that_does_not_match_the_count_is_left_alone() -> None:
    [a] = _of(_events("Police detained three activists on Monday: Tomás Rivera was among them."), "arrest")
    assert {p.name for p in a.subjects if not p.is_class} == set()


# --- a suspended sentence about "he" ------------------------------------------------------------


def test_a_suspended_sentence_in_a_sentence_about_he_is_his() -> None:
    events = _events("Police detained the blogger Tomás Rivera on 4 May. On 9 May a judge ruled that he had "
                     "violated a suspended sentence handed down in 2019.")
    [c] = _of(events, "conviction")
    assert c.date == "2019"
    assert {p.name for p in c.subjects} == {"Tomás Rivera"}


# --- two legal acts in one sentence -------------------------------------------------------------


def test_two_instruments_signed_in_one_sentence_are_two_acts() -> None:
    events = _of(_events("The president signed that decree on 2 March 2023, the same day he signed the Media "
                         "Freedom Act into law."), "legislation")
    assert len(events) == 2
    assert {e.date for e in events} == {"2023-03-02"}


# --- what a coordinator says of the second act --------------------------------------------------


def test_pushed_out_of_the_country_rather_than_is_an_exile_that_did_not_happen() -> None:
    events = _events("The activist Olga Petrova was detained last month after she burned her passport at the "
                     "border rather than be pushed out of her own country.")
    [e] = _of(events, "exile")
    assert e.negated
    assert {p.name for p in e.subjects} == {"Olga Petrova"}
    [a] = _of(events, "arrest")
    assert not a.negated


def test_border_guards_pushing_a_journalist_out_is_an_exile() -> None:
    [e] = _of(_events("Border guards pushed the journalist Olga Petrova out of the country on 3 May."), "exile")
    assert not e.negated
    assert _roles(e)["Olga Petrova"] == "victim"


def test_nor_negates_the_second_act_and_and_does_not() -> None:
    events = _events("Olga Petrova was not charged nor detained.")
    assert all(e.negated for e in events) and {e.kind for e in events} == {"charge", "arrest"}
    [a] = _of(_events("Olga Petrova was questioned and detained on 3 May."), "arrest")
    assert not a.negated


def test_an_instrument_beside_another_act_is_that_act_s_own() -> None:
    events = _of(_events("The security law that the junta imposed in 2021, together with the cyber legislation "
                         "later enacted by parliament, silenced the press."), "legislation")
    assert len(events) == 2
    [imposed] = [e for e in events if e.date == "2021"]
    assert not imposed.subjects
    assert {p.name for e in events for p in e.subjects} == {"the cyber legislation"}


# --- "the newspaper" ----------------------------------------------------------------------------


def test_the_newspaper_is_the_one_paper_named_before() -> None:
    events = _events("The publisher Tomás Rivera founded the independent weekly Tiempo Libre in 2001. On "
                     "Tuesday police raided the newspaper's offices in Managua.")
    [r] = _of(events, "repression")
    assert {p.name: p.role for p in r.subjects} == {"Tiempo Libre": "victim"}


def test_the_newspaper_with_two_papers_before_stays_a_description() -> None:
    events = _events("Tomás Rivera founded the weekly Tiempo Libre, and his brother ran the daily El Nuevo "
                     "Diario. On Tuesday police raided the newspaper's offices in Managua.")
    [r] = _of(events, "repression")
    assert all(p.is_class for p in r.subjects)


def test_the_newspaper_is_no_party_named_before() -> None:
    events = _events("The opposition party Fuerza Nueva held a rally. On Tuesday police raided the newspaper's "
                     "offices in Managua.")
    [r] = _of(events, "repression")
    assert "Fuerza Nueva" not in {p.name for p in r.subjects}

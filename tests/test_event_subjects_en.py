"""Whom an English event happened to, on sentences written for these tests (not from the dev
corpus): a detention told by who held the person ("held by police"), an arrest told as
"picked up the activist X", a political ban in a sentence about "she", a participle ordered
by a judge ("ordered him held"), the elliptic "as were Y", a court that is never its own
defendant, a name hung on a dateline's date, a pronoun that never stands for the dead, names
the name finder missed but an act hit, and a proceedings noun in a sentence about "he"."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, date: str | None = "2023-06-14") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "en", date) if isinstance(f, EventFact)]


def _of(events: list[EventFact], kind: str) -> list[EventFact]:
    return [e for e in events if e.kind == kind]


def _names(e: EventFact) -> set[str]:
    return {p.name for p in e.subjects}


# --- triggers read with their argument ----------------------------------------------------------


def test_held_by_the_police_is_a_detention_of_the_subject() -> None:
    [d] = _of(_events("Opposition lawmaker Juan Pérez was held by police at the airport on 3 May."), "detention")
    assert _names(d) == {"Juan Pérez"}
    assert {p.name: p.role for p in d.actors} == {"police": "perpetrator"}


def test_picked_up_an_activist_is_an_arrest_but_picking_up_momentum_is_not() -> None:
    [a] = _of(_events("Soldiers picked up the student leader Tomás Rivera outside the university."), "arrest")
    assert "Tomás Rivera" in _names(a)
    assert _events("The campaign picked up momentum in May.") == []
    assert _events("The reporter picked up her award in Oslo.") == []


def test_barred_from_any_political_activity_takes_the_pronouns_person() -> None:
    events = _events("Police detained Grace Banda in March. She is still barred from any political activity.")
    [ban] = _of(events, "political_ban")
    assert _names(ban) == {"Grace Banda"}


def test_a_participle_ordered_by_a_judge_is_the_detention_of_its_subject() -> None:
    events = _events("Police arrested the novelist Ivan Petrov on 4 May. The next day a judge ordered him held for "
                     "two months.")
    [d] = _of(events, "detention")
    assert _names(d) == {"Ivan Petrov"}
    assert not any("judge" in n for n in _names(d))


def test_held_without_an_order_is_no_detention() -> None:
    assert _of(_events("Talks were held in Geneva on Monday."), "detention") == []
    assert _of(_events("The prisoners held in Evin were moved to another wing."), "detention") == []


# --- several undergoers ---------------------------------------------------------------------------


def test_as_were_adds_the_elliptic_clauses_subject() -> None:
    [a] = _of(_events("The journalist Anna Ivanova was detained on Monday, as were two of her colleagues."), "arrest")
    assert "Anna Ivanova" in _names(a) and any("colleagues" in n for n in _names(a))


def test_as_was_expected_adds_nobody() -> None:
    [a] = _of(_events("The activist Anna Ivanova was detained, as was expected."), "arrest")
    assert _names(a) == {"Anna Ivanova"}


# --- who is never the undergoer -----------------------------------------------------------------


def test_a_court_in_a_headline_is_not_the_one_jailed() -> None:
    events = _events("Regional Court, Grodno — Ales Kovalenko jailed for ten years.")
    assert events and all(not any("Court" in n for n in _names(e)) for e in events)


def test_the_bench_of_the_case_is_not_sentenced_but_counted_judges_may_be_detained() -> None:
    events = _events("The court jailed the publisher Wen Li for nine years. In their sentencing remarks the judges "
                     "said they had weighed his age.")
    assert all("the judges" not in _names(e) for e in events)
    [a] = _of(_events("Two judges were detained in the purge."), "arrest")
    assert _names(a) == {"Two judges"}


def test_a_pronoun_after_a_killing_does_not_stand_for_the_dead() -> None:
    events = _events("Police arrested the activist Tendai Moyo on 2 May. Days later the journalist Peter Banda was "
                     "shot dead by unknown gunmen. Charged with incitement in June, he was released on bail in July.")
    for kind in ("charge", "release"):
        [e] = _of(events, kind)
        assert _names(e) == {"Tendai Moyo"}, kind


# --- names a reading finds ----------------------------------------------------------------------


def test_a_name_hung_on_a_datelines_date_is_the_subject() -> None:
    [a] = _of(_events("Kampala, 20 November 2020 — Opposition candidate Robert Ssentongo, known as Bobi Star, was "
                      "arrested by police on 18 November.", "2020-11-20"), "arrest")
    assert any("Robert Ssentongo" in n for n in _names(a))


def test_all_three_are_the_three_named_in_the_acts_before() -> None:
    events = _events("Police arrested Ana Rocha on 2 June. Officers detained Luis Ortega days later. Marta Solís, an "
                     "opposition leader, was held by police on 8 June. All three were later convicted of treason.")
    [c] = _of(events, "conviction")
    assert _names(c) == {"Ana Rocha", "Luis Ortega", "Marta Solís"}


def test_a_proceedings_noun_in_a_sentence_about_he_is_his() -> None:
    events = _events("Police detained the blogger Ivan Petrov in May. In July a district court ruled that he had "
                     "violated the terms of his parole; the time under house arrest was not counted.")
    [h] = _of(events, "house_arrest")
    assert _names(h) == {"Ivan Petrov"}


def test_a_speaker_pronoun_gives_no_subject_to_the_proceedings_he_speaks_of() -> None:
    events = _events("Police arrested the blogger Ivan Petrov in May. He said the trial would be a farce.")
    assert all("Ivan Petrov" not in _names(e) for e in _of(events, "trial"))


# --- sentences told by the one sentenced ---------------------------------------------------------


def test_received_n_years_as_did_y_convicts_both() -> None:
    events = _events("Pavel Sevruk, the centre's deputy head, received eight years, as did the lawyer Ihar Borys.")
    [c] = _of(events, "conviction")
    assert {"Pavel Sevruk", "Ihar Borys"} <= _names(c)


def test_receiving_funding_for_years_is_no_sentence() -> None:
    assert _of(_events("The NGO received funding for two years from the EU."), "conviction") == []


def test_held_pending_trial_holds_the_person_not_the_trial() -> None:
    events = _events("Police picked up the opposition lawmaker Job Mutasa on 14 June. A magistrate ordered him held "
                     "pending trial.")
    [d] = _of(events, "detention")
    assert any(n.endswith("Job Mutasa") for n in _names(d))
    assert not any("trial" in n for n in _names(d))


# --- "also" -------------------------------------------------------------------------------------


def test_an_act_told_with_also_happened_on_the_same_acts_day() -> None:
    events = _events("Police arrested the editor Lin Wei on 4 May. Two of his colleagues were also taken into "
                     "custody. He was also charged with sedition.")
    arrests = _of(events, "arrest")
    assert [a.date for a in arrests] == ["2023-05-04", "2023-05-04"]
    [c] = _of(events, "charge")
    assert c.date is None  # another kind lends no day

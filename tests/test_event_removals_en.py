"""English events said without the usual verbs (sentences written for these tests, not from the
dev corpus): arrests told as a removal, a located accusation, a penalty someone could face, a
raid on premises, a state named by its adjective, and no agent read off a copula or a speaker."""
from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "en", "2024-05-01") if isinstance(f, EventFact)]


def _kinds_of(text: str, name: str) -> set[str]:
    return {e.kind for e in _events(text) if any(name in p.name for p in e.subjects)}


def test_hauled_off_and_dragged_out_are_arrests() -> None:
    assert "arrest" in _kinds_of("Militia members hauled off the teacher Amara Bello outside her school on Friday.",
                                 "Amara Bello")
    assert "arrest" in _kinds_of("Soldiers dragged the student leader Tomas Rivas out of his car in Masaya.",
                                 "Tomas Rivas")


def test_taken_off_a_plane_is_an_arrest() -> None:
    assert "arrest" in _kinds_of("Border guards took the journalist Ivan Petrov off the train at Brest.", "Ivan Petrov")


def test_an_accusation_located_in_a_country_is_a_charge() -> None:
    assert "charge" in _kinds_of("Lena Sorokina is accused in Russia of treason.", "Lena Sorokina")


def test_an_accusation_by_a_state_stays_a_claim() -> None:
    assert "charge" not in _kinds_of("Omar Diallo is accused by Mali of spying.", "Omar Diallo")


def test_a_penalty_someone_could_face_is_a_hypothetical_conviction() -> None:
    conv = [e for e in _events("Her lawyer said Nadia Karimi could face the death penalty.") if e.kind == "conviction"]
    assert conv and all(e.hypothetical for e in conv)
    assert any("Nadia Karimi" in p.name for e in conv for p in e.subjects)


def test_a_coordinated_verb_keeps_the_passive_subject_not_the_speaker() -> None:
    text = "Pavel Lund was arrested in May. He is accused of fraud and could face charges, his wife said."
    for e in _events(text):
        assert not any("wife" in p.name for p in e.subjects)


def test_officers_entering_a_newsroom_is_repression() -> None:
    assert any(e.kind == "repression" for e in _events(
        "Dozens of officers entered the offices of the Daily Monitor and seized reporters' laptops."))


def test_a_national_adjective_on_the_act_names_the_state() -> None:
    reps = [e for e in _events("The report condemned Iranian repression of women protesters.") if e.kind == "repression"]
    assert reps and any(a.name == "Iran" and a.role == "perpetrator" for e in reps for a in e.actors)


def test_an_adjective_on_the_victim_names_no_state() -> None:
    for e in _events("The Russian journalist's arrest was condemned by the union."):
        assert not any(a.name == "Russia" for a in e.actors)


def test_the_subject_of_a_copula_is_no_agent_of_the_act() -> None:
    text = "Kofi Mensah collapsed in March after what doctors later said was a poisoning."
    for e in _events(text):
        assert not any("Mensah" in a.name for a in e.actors)


def test_the_owner_of_searched_premises_underwent_the_raid() -> None:
    reps = [e for e in _events("Police officers searched the home of the lawyer Hana Novak in Brno.")
            if e.kind == "repression"]
    assert reps and any("Hana Novak" in p.name for e in reps for p in e.subjects)
    assert not any(p.name.endswith("home") for e in reps for p in e.subjects)


def test_a_possessive_owner_loses_its_marker() -> None:
    reps = [e for e in _events("Officers entered the station's newsroom and seized its archive.") if e.kind == "repression"]
    assert reps and all(not p.name.endswith("'s") for e in reps for p in e.subjects)

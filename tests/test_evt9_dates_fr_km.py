"""Event dates counted from an earlier act, opening participial clauses, reasons that lend no
victim, and full names written again in Khmer text (sentences written for these tests)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str, date: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def _one(events: list[EventFact], kind: str) -> EventFact:
    found = [e for e in events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.date) for e in events]
    return found[0]


def test_two_days_later_counts_from_the_day_the_sentence_before_wrote() -> None:
    evs = _events("Le 12 juin 2023, la police a arrêté l'avocate Maria Lopez à Caracas. "
                  "Deux jours plus tard, elle a été inculpée de terrorisme.", "fr", "2023-06-30")
    assert _one(evs, "arrest").date == "2023-06-12"
    assert _one(evs, "charge").date == "2023-06-14"


def test_the_next_day_after_a_sequence_word_dates_the_next_act_not_this_one() -> None:
    evs = _events("Le mardi 7 mars, le militant Pavel Orlov a refusé de signer. Placé sous contrôle "
                  "judiciaire depuis mai 2021, il a été conduit à la prison de Jodino puis, dès le "
                  "lendemain, condamné à six ans de prison.", "fr", "2023-03-20")
    detention = _one(evs, "detention")
    assert detention.date != "2021-05" and detention.date != "2023-03-08"
    assert _one(evs, "conviction").date == "2023-03-08"


def test_an_opening_participle_keeps_its_own_date() -> None:
    evs = _events("Arrêté à Minsk en mai 2021, le journaliste Ivan Petrov a été transféré le "
                  "3 mars 2022 à la prison de Jodino.", "fr", "2022-03-10")
    assert _one(evs, "arrest").date == "2021-05"
    assert _one(evs, "detention").date == "2022-03-03"


def test_a_day_count_coordinated_with_another_shares_its_complement() -> None:
    from sanctionwatch.extract.temporal import find_dates
    from sanctionwatch.lang import load_pack

    got = find_dates("Le 2 juin, la veille et le lendemain du vote, la police a patrouillé.", load_pack("fr"), "2022-06-01")
    assert [d.value for d in got] == ["2022-06-02"]


def test_the_people_sanctioned_for_a_crackdown_are_not_its_victims() -> None:
    evs = _events("Deux généraux, Ivan Petrov et Oleg Sidorov, sont visés pour la répression de "
                  "l'armée contre les manifestants.", "fr", "2022-03-10")
    for e in evs:
        assert not {p.name for p in e.subjects} & {"Ivan Petrov", "Oleg Sidorov"}, e


def test_release_from_cells_and_systematic_violence() -> None:
    evs = _events("Le régime a fait sortir de leurs cellules 40 détenus politiques le 3 juin 2022.", "fr", "2022-06-10")
    assert _one(evs, "release").date == "2022-06-03"
    evs = _events("L'ONU dénonce les violences systématiques de la police contre les Mapuche.", "fr", "2022-06-10")
    assert _one(evs, "repression").actors


def test_a_full_name_written_again_bare_in_khmer_text_is_that_person() -> None:
    text = ("បញ្ជីនោះរួមមាន អ្នកឧកញ៉ា John Doerr ប្រធានក្រុមហ៊ុនមួយ។ "
            "អាជ្ញាធរអាមេរិកបានចោទប្រកាន់ John Doerr នៅតុលាការសហព័ន្ធ ពីបទលាងប្រាក់។")
    charge = _one(_events(text, "km", "2025-10-15"), "charge")
    assert [p.name for p in charge.subjects] == ["John Doerr"]

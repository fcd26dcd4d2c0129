"""Measure status on phrasings nobody tuned for: a political agreement is announced, a measure
said to be possible is threatened, the act demanded as the price of consent ("refused … until")
is called for, a refusal to approve or to lift is no act, and a relative clause keeps its own
status. Sentences written for these tests (other countries than the dev corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _statuses(text: str, lang: str = "en") -> list[str]:
    return sorted({f.status for f in extract_facts_from_text(text, lang, "2024-05-10") if isinstance(f, MeasureFact)})


def test_a_political_agreement_to_impose_is_announced() -> None:
    assert _statuses("Britain and Canada reached a political agreement to freeze the assets of two Sudanese "
                     "RSF commanders.") == ["announced"]
    assert _statuses("The Council agreed to impose sanctions on three Venezuelan judges, diplomats said.") == [
        "announced"]


def test_french_political_agreement_is_announced() -> None:
    assert _statuses("Les Vingt-Sept ont donné leur accord politique à un gel des avoirs de cinq responsables "
                     "nicaraguayens.", "fr") == ["announced"]
    assert _statuses("Les Vingt-Sept se sont mis d'accord pour geler les avoirs de Vakhtang Gomelauri.",
                     "fr") == ["announced"]


def test_a_measure_said_to_be_possible_is_threatened() -> None:
    assert _statuses("New EU sanctions against Georgian officials are possible, the European Commission "
                     "said.") == ["threatened"]
    assert _statuses("De nouvelles sanctions de l'UE contre des responsables géorgiens sont envisageables, "
                     "a indiqué la Commission européenne.", "fr") == ["threatened"]


def test_the_act_demanded_until_consent_is_called_for() -> None:
    assert _statuses("Slovakia refused to back the package until the EU imposed a visa ban on Vakhtang "
                     "Gomelauri.") == ["called_for"]
    assert _statuses("Chypre a refusé d'approuver le paquet tant que l'Union européenne ne sanctionnait pas "
                     "la Turquie.", "fr") == ["called_for"]


def test_a_refusal_to_approve_or_to_lift_is_no_act() -> None:
    assert _statuses("La Hongrie a refusé d'approuver les sanctions de l'UE contre le patriarche Kirill.", "fr") == []
    assert _statuses("Le Royaume-Uni a refusé de lever les sanctions contre le général Abdel Rahim Dagalo.",
                     "fr") == []
    assert "imposed" not in _statuses("Hungary blocked the new sanctions package until the Commission "
                                      "released frozen funds.")


def test_a_relative_clause_keeps_its_own_status() -> None:
    assert _statuses("The United Kingdom, which froze the assets of Sudanese general Abdel Rahim Dagalo in "
                     "2023, is expected to widen its list.") == ["imposed"]
    assert _statuses("The US Treasury, which froze the assets of General Ali Kosh in 2017, is expected to "
                     "review the case.") == ["imposed"]


def test_a_welcomed_call_stays_a_call() -> None:
    assert _statuses("Human Rights Watch welcomed a call by the European Parliament for an asset freeze on "
                     "Gomelauri.") == ["called_for"]


def test_a_reported_refusal_is_not_read_as_a_threat_through_a_misparsed_relative() -> None:
    # "said the same day that it would not send …" parsed as a relative on "day": still reported speech
    assert _statuses("The US State Department said the same day that it was deeply troubled by the party's "
                     "exclusion and that it would not send official observers to the election.") == []


def test_an_agreement_in_an_inserted_relative_does_not_reach_the_main_verb() -> None:
    # "agreed to" closes the relative clause: the freeze of the main clause is done, not announced
    assert _statuses("The sanctions, which the EU agreed to in March, froze the assets of General Ali "
                     "Kosh.") == ["imposed"]

"""French extraction on reports nobody tuned for: sentences written for this test, about events
outside the dev corpus, in the wordings real outlets use."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, date: str = "2024-05-01") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "fr", date) if isinstance(f, EventFact)]


@pytest.mark.parametrize("text", [
    "Un tribunal de Moscou a condamné lundi l'opposant Vladimir Kara-Murza à 25 ans de prison.",
    "Le gouvernement n'exclut pas de sanctionner les juges qui ont condamné l'opposant "
    "Vladimir Kara-Murza à 25 ans de prison.",
])
def test_a_compound_tense_sentence_with_its_penalty_is_a_conviction(text: str) -> None:
    convictions = [e for e in _events(text) if e.kind == "conviction"]
    assert convictions
    assert any(s.name == "Vladimir Kara-Murza" for s in convictions[0].subjects)


def test_a_court_sentencing_to_life_is_a_conviction() -> None:
    text = "La cour condamne l'ancien président à la réclusion à perpétuité."
    assert any(e.kind == "conviction" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Le ministre a condamné les violences à Bamako.",
    "Le ministre condamne les violences à Bamako.",
])
def test_condemning_something_somewhere_is_no_conviction(text: str) -> None:
    assert not any(e.kind == "conviction" for e in _events(text))


def test_a_sentence_run_on_by_the_segmenter_keeps_its_own_issuer() -> None:
    text = ("CONAKRY, 12 septembre (AFP) - Les autorités guinéennes ont arrêté dimanche l'opposant "
            "Foniké Menguè, coordinateur du Front national pour la défense de la Constitution. "
            "Human Rights Watch demande aux États-Unis d'imposer des sanctions ciblées aux responsables "
            "de la junte. Le mois dernier, l'Union africaine a suspendu la Guinée de ses instances. "
            "Washington a interdit de séjour trois officiers burundais, dont le général Gervais Ndirakobuca.")
    bans = [f for f in extract_facts_from_text(text, "fr", "2024-09-12")
            if not isinstance(f, EventFact) and f.kind == "visa_restriction"]
    assert bans and bans[0].issuer is not None and bans[0].issuer.name == "United States"
    assert [t.name for t in bans[0].targets] == ["Gervais Ndirakobuca"]


@pytest.mark.parametrize(("text", "target"), [
    ("HRW appelle les États-Unis à imposer des sanctions à Assimi Goïta.", "Assimi Goïta"),
    ("Human Rights Watch demande aux États-Unis d'imposer des sanctions ciblées aux responsables "
     "de la junte.", "responsables de la junte"),
])
def test_the_recipient_of_a_measure_asked_for_is_its_target(text: str, target: str) -> None:
    calls = [f for f in extract_facts_from_text(text, "fr", "2024-05-01")
             if not isinstance(f, EventFact) and f.status == "called_for"]
    assert calls and [t.name for t in calls[0].targets] == [target]
    assert all(t.name not in ("HRW", "Human Rights Watch", "États-Unis") for t in calls[0].targets)

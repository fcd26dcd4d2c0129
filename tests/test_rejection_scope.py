"""A verb that rejects an act ("ruled out the idea of …", « a écarté l'idée de … ») negates
everything it governs, however deep: the trade scheme named three phrases below it is not
withdrawn. A refusal in a clause beside the act (a relative about the speaker) does not."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact
from textmentions import text_facts


def _measures(text: str) -> list[MeasureFact]:
    return [f for f in text_facts(text, "2021-03-22") if isinstance(f, MeasureFact)]


def test_a_rejected_trade_withdrawal_is_no_measure_in_english() -> None:
    text = ("Laos: the European Union sanctions two generals\n\n"
            "The EU foreign policy chief had then ruled out the idea of withdrawing from the country "
            "the trade preferences of the Everything but Arms scheme, saying it would mostly hurt "
            "garment workers.\n")
    kinds = {f.kind for f in _measures(text)}
    assert "targeted_measures" in kinds  # the headline's sanctions stay
    assert "trade_preference_withdrawal" not in kinds


def test_a_rejected_trade_withdrawal_is_no_measure_in_french() -> None:
    text = ("Laos : l'Union européenne sanctionne deux généraux\n\n"
            "La commissaire européenne au commerce avait alors écarté l'idée de suspendre pour le pays "
            "les préférences commerciales du régime « Tout sauf les armes », jugeant qu'elle frapperait "
            "d'abord les ouvrières.\n")
    measures = _measures(text)
    assert measures  # the headline's sanctions stay
    assert all(f.kind != "trade_preference_withdrawal" for f in measures)


def test_rejection_reaches_only_what_it_governs() -> None:
    from sanctionwatch.extract.facts import extract_facts_from_text

    text = ("A spokesman, who refused to give his name, said the EU Council froze the assets of "
            "General Paul Martin on Monday.")
    facts = [f for f in extract_facts_from_text(text, "en", "2021-03-22") if isinstance(f, MeasureFact)]
    assert [(f.kind, f.status) for f in facts] == [("asset_freeze", "imposed")]

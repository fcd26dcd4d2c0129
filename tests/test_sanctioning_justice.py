"""A sanctioning authority that also prosecutes the people it designates enforces the law: in
its judicial acts it is no perpetrator and the accused no victim. A repressive body that is not
the report's sanctioning authority keeps its perpetrator role."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, date: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "en", date) if isinstance(f, EventFact)]


def test_the_sanctioning_state_prosecuting_its_designee_is_no_perpetrator() -> None:
    text = ("On 3 March 2024 the US Department of the Treasury designated the Ruby Crown Group and its owner, "
            "Lin Hao, for running scam compounds. On the same day US prosecutors charged Lin Hao in a New York "
            "federal court with wire fraud.")
    [charge] = [e for e in _events(text, "2024-03-04") if e.kind == "charge"]
    assert charge.actors and all(p.role != "perpetrator" for p in charge.actors)
    assert [p.name for p in charge.subjects] == ["Lin Hao"] and all(p.role != "victim" for p in charge.subjects)


def test_a_repressive_body_beside_a_sanction_keeps_its_role() -> None:
    text = ("On 3 March 2024 the Treasury designated General Paul Okello. "
            "Ugandan police arrested the opposition leader Bobi Wine on Tuesday.")
    [arrest] = [e for e in _events(text, "2024-03-07") if e.kind == "arrest"]
    assert [(p.name, p.role) for p in arrest.actors] == [("Ugandan police", "perpetrator")]
    assert [(p.name, p.role) for p in arrest.subjects] == [("Bobi Wine", "victim")]

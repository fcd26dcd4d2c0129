"""A coercive act told of a counted class whose sentence ends with a colon names its people in
the list items after it ("The court sentenced five activists:" then "- A: four years;"): the
person each item opens with is a victim, at most as many as the class counts, read through the
ingest path (the mention stage's sentences: one per item)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact
from textmentions import text_facts


def _events(text: str) -> list[EventFact]:
    return [f for f in text_facts(text, "2024-05-02") if isinstance(f, EventFact)]


TEXT = """HARARE, 2 May 2024 — The magistrates' court in Harare on Tuesday sentenced three activists of the opposition youth league for taking part in a protest:

- Tendai Moyo, the league's secretary: four years;
- Rutendo Chikore, a student leader: three years;
- Farai Ndlovu, a trade unionist: two years.

Their lawyer, Beatrice Mtetwa, said they would appeal."""


def test_the_items_after_a_colon_name_the_class() -> None:
    [conviction] = [e for e in _events(TEXT) if e.kind == "conviction"]
    victims = {p.name for p in conviction.subjects if p.role == "victim" and not p.is_class}
    # (the small English model does not tag every name: "Farai Ndlovu" is read only when it is)
    assert {"Tendai Moyo", "Rutendo Chikore"} <= victims <= {"Tendai Moyo", "Rutendo Chikore", "Farai Ndlovu"}
    assert "Beatrice Mtetwa" not in victims  # the lawyer after the list is no member of it


def test_no_colon_no_list() -> None:
    text = TEXT.replace("in a protest:", "in a protest.")
    [conviction] = [e for e in _events(text) if e.kind == "conviction"]
    assert not any(not p.is_class and p.role == "victim" for p in conviction.subjects)

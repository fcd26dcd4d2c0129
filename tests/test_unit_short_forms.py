"""A short form of a body the knowledge base lists ("the Treasury") is that body when the
report names one of its units (OFAC), wherever the short form is written; it stays another
body's name next to a capitalised word ("HM Treasury")."""

from __future__ import annotations

from textmentions import text_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in text_mentions(text) if m.label == "ORG"]


def test_the_short_form_is_the_body_whose_unit_the_report_names() -> None:
    names = _names("The Treasury said on Friday that its Office of Foreign Assets Control had listed "
                   "four Zimbabwean generals.")
    assert ("Treasury", "US Department of the Treasury") in names


def test_a_capitalised_neighbour_makes_it_another_body() -> None:
    names = _names("HM Treasury froze the assets of two generals; the Office of Foreign Assets Control "
                   "followed a week later.")
    assert all(name != "US Department of the Treasury" for _text, name in names)


def test_no_unit_no_reading() -> None:
    assert ("Treasury", "US Department of the Treasury") not in _names(
        "The Treasury said on Friday that it would review the budget.")

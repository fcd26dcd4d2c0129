"""Possessive clitics are pack data: English writes "'s" after the owner, French none."""

from sanctionwatch.extract.facts import extract_facts_from_text
from sanctionwatch.extract.possessives import clitic_at, owned_word
from sanctionwatch.lang import load_pack


def test_english_owner_and_owned_word() -> None:
    en = load_pack("en")
    assert owned_word("Vladimir Putin", "'s envoy to the region", en) == "envoy"
    assert owned_word("Vladimir Putin’s", " envoy to the region", en) == "envoy"  # clitic kept in the name
    assert owned_word("Vladimir Putin", ", the president", en) is None
    assert clitic_at("’s assets", en) == "'s"


def test_a_language_without_clitics_has_no_owner() -> None:
    fr = load_pack("fr")
    assert owned_word("Vladimir Poutine", "'s envoy", fr) is None
    assert clitic_at("'s", fr) == ""


def test_held_at_an_airport_is_an_arrest_but_a_summit_held_at_a_border_is_not() -> None:
    held = extract_facts_from_text("The blogger Ana Petrova was held at Vnukovo airport for six hours on Monday.",
                                   "en", "2020-01-01")
    assert [e.kind for e in held if getattr(e, "kind", "") == "arrest"] == ["arrest"]
    summit = extract_facts_from_text("The summit was held at the border town of Narva on Monday.", "en", "2020-01-01")
    assert not [e for e in summit if getattr(e, "kind", "") == "arrest"]

"""Countries and capitals that act are governments (metonyms), read from the parse with the
pack's markers: each place coordinated with one that acts, a place after an agent or target
marker; not a place after a marker that also locates ("the attack on Kyiv")."""

from __future__ import annotations

from textmentions import text_mentions


def _orgs(text: str) -> set[str]:
    return {m.name for m in text_mentions(text) if m.label == "ORG"}


def test_coordinated_capitals_act_together() -> None:
    orgs = _orgs("Washington, London and Ottawa announced new sanctions against Minsk on Monday.")
    assert {"Washington", "London", "Ottawa", "Minsk"} <= orgs


def test_a_capital_after_a_french_target_marker_is_its_government() -> None:
    assert "Minsk" in _orgs("Washington a annoncé de nouvelles sanctions contre Minsk lundi.")


def test_a_place_after_a_spatial_preposition_stays_a_place() -> None:
    assert "Kyiv" not in _orgs("Russia's strike on Kyiv killed ten people on Tuesday.")
    assert "Kharkiv" not in _orgs("Une frappe sur Kharkiv a tué dix personnes mardi.")

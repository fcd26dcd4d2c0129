"""« leurs éventuels avoirs » is "whatever assets they hold": the adjective qualifies the assets,
not the freeze, so it makes no threat of an imposed freeze (a threat adjective of one of the
pack's `asset_nouns` qualifies the assets); « d'éventuelles sanctions » (possible sanctions) is still a threat."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _statuses(text: str) -> dict[str, str]:
    return {f.kind: f.status for f in extract_facts_from_text(text, "fr", "2021-03-22")
            if isinstance(f, MeasureFact)}


def test_whatever_assets_they_hold_are_frozen_now() -> None:
    got = _statuses("Lundi, le Conseil de l'UE a sanctionné trois généraux : ils ne pourront plus entrer "
                    "dans l'Union, et leurs éventuels avoirs sur son territoire sont gelés.")
    assert got and "threatened" not in got.values()


def test_possible_sanctions_stay_a_threat() -> None:
    got = _statuses("Le Conseil de l'UE a évoqué d'éventuelles sanctions contre le général Paul Diallo.")
    assert got.get("sanctions") == "threatened" or got.get("targeted_measures") == "threatened"

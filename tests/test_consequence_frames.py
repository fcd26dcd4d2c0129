"""A measure said by its consequence, read as a frame from the language pack (a verb of
preventing, the act prevented, what it is done to: "kept the officials from moving their
funds", « interdit d'accéder à leurs avoirs »), not one trigger per wording. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.lang import load_pack


def _consequences(text: str, lang: str) -> list[str]:
    pack = load_pack(lang)
    return [m.group() for t in pack.measure_triggers if t.kind == "asset_freeze" and t.form == "consequence"
            for m in t.pattern.finditer(text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The order keeps the three commanders from quietly drawing on the reserves held abroad."),
    ("en", "The ministers are barred from transferring any assets out of the country."),
    ("en", "Washington also denied the firm access to its accounts at American banks."),
    ("fr", "Les deux généraux sont désormais empêchés de retirer leurs fonds déposés à l'étranger."),
    ("fr", "Le Conseil a restreint l'accès des dirigeants à leurs avoirs."),
    ("fr", "Il est interdit de fournir des fonds à ces entités."),
])
def test_the_consequence_frame_reads_many_wordings(lang: str, text: str) -> None:
    assert _consequences(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police prevented the protesters from using the main square."),
    ("en", "The court barred the journalist from leaving the country."),
    ("fr", "La police a empêché les manifestants d'accéder à la place."),
])
def test_preventing_something_else_is_no_freeze(lang: str, text: str) -> None:
    assert not _consequences(text, lang)


def test_a_frame_gives_an_asset_freeze() -> None:
    facts = extract_facts_from_text(
        "On Monday the Treasury barred the two colonels from moving any funds held in the United States.",
        "en", "2023-05-08")
    kinds = {f.kind for f in facts if isinstance(f, MeasureFact)}
    assert "asset_freeze" in kinds

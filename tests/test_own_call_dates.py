"""A call the report makes itself, in the first person and the present ("We urge …", « Nous
demandons … »), is dated by the report, not by the act told just before it; a first-person call
told in the past keeps the passage's date."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _calls(text: str, lang: str) -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, "2022-05-12")
            if isinstance(f, MeasureFact) and f.status == "called_for"]


def test_our_present_call_takes_the_report_date_in_english() -> None:
    text = ("On Monday, a student leader called for sanctions against Ivan Petrov. "
            "We urge the European Union to freeze the assets of the officials who ordered the shootings.")
    calls = {f.kind: f.date for f in _calls(text, "en")}
    assert calls["sanctions"] == "2022-05-09"  # Monday before the report
    assert calls["asset_freeze"] == "2022-05-12"


def test_our_present_call_takes_the_report_date_in_french() -> None:
    text = ("Mardi, une ONG locale a réclamé des sanctions contre le général Omar Diallo. "
            "Nous demandons au Conseil de l'Union européenne le gel des avoirs de ces responsables.")
    calls = {f.kind: f.date for f in _calls(text, "fr")}
    assert calls["sanctions"] == "2022-05-10"
    assert calls["asset_freeze"] == "2022-05-12"


def test_a_past_first_person_call_keeps_the_passage_date() -> None:
    text = ("On Monday, a student leader called for sanctions against Ivan Petrov. "
            "We have long called on the European Union to freeze the assets of the officials responsible.")
    calls = {f.kind: f.date for f in _calls(text, "en")}
    assert calls["asset_freeze"] != "2022-05-12"

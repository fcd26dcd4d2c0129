"""One event per real act, on our own sentences: a sentence that tells several acts with
their own dates gives each act its date; what someone asks for (a release demanded) is no
event of the report."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str = "en", date: str | None = "2022-03-09") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def _dates(text: str, lang: str = "en", date: str | None = "2022-03-09") -> dict[str, str | None]:
    return {e.kind: e.date for e in _events(text, lang, date)}


def test_each_coordinated_act_takes_the_date_the_parse_hangs_on_it() -> None:
    dates = _dates("The blogger Anton Sidorenko was arrested in March 2019 and given five years "
                   "in October 2020, before he walked free in June 2021.")
    assert dates["arrest"] == "2019-03"
    assert dates["conviction"] == "2020-10"


def test_acts_sharing_one_date_keep_it() -> None:
    dates = _dates("Police arrested and charged the activist Lina Moreau on Monday.")
    assert dates.get("arrest") == "2022-03-07"
    assert dates.get("charge") == "2022-03-07"


@pytest.mark.parametrize("text,lang", [
    ("The opposition demanded the immediate release of Anton Sidorenko.", "en"),
    ("The assembly repeated its demand that all detained journalists be released without conditions.", "en"),
    ("The resolution urges the government to release the jailed editor Lina Moreau.", "en"),
    ("Nous demandons la libération immédiate de Lina Moreau.", "fr"),
    ("Le syndicat a réclamé sa libération.", "fr"),
])
def test_a_release_asked_for_is_no_event(text: str, lang: str) -> None:
    assert "release" not in {e.kind for e in _events(text, lang)}


def test_a_release_that_happened_is_still_an_event() -> None:
    [e] = [e for e in _events("The editor Lina Moreau was released on Friday after the court dropped the case.")
           if e.kind == "release"]
    assert e.date == "2022-03-04" and not e.hypothetical

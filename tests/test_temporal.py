"""Date expressions: absolute and relative, three languages, never today's date."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.temporal import find_dates, normalise_date_words, parse_date
from sanctionwatch.lang import load_pack


def _values(text: str, lang: str, ref: str | None = None) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in find_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("Washington, DC December 6, 2017", "en", None, [("2017-12-06", "day")]),
        ("whereas on 3 September 2017, Kem Sokha was arrested", "en", None, [("2017-09-03", "day")]),
        ("dissolved in November 2017", "en", None, [("2017-11", "month")]),
        ("free and fair elections in 2018", "en", None, [("2018", "year")]),
        ("dissous le 16 novembre 2017", "fr", None, [("2017-11-16", "day")]),
        ("Le 29 Juillet 2018 : HUN Sen", "fr", None, [("2018-07-29", "day")]),
        ("ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨", "km", None, [("2018-07-29", "day")]),
        ("កាលពីថ្ងៃសៅរ៍ ទី១២ ខែសីហា ឆ្នាំ២០១៧។", "km", None, [("2017-08-12", "day")]),
        ("កាលពីថ្ងៃទី២៥ កុម្ភៈ ២០១៨ នៅ", "km", None, [("2018-02-25", "day")]),
    ],
)
def test_absolute_dates(text: str, lang: str, ref: str | None, expected: list) -> None:
    assert _values(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("William A. Heidt on Tuesday urged Cambodia", "en", "2018-11-21", [("2018-11-20", "day")]),
        ("Last February, at the EU Foreign Affairs Council", "en", "2018-09-13", [("2018-02", "month")]),
        ("At the general election in July, the ruling party won", "en", "2018-09-13", [("2018-07", "month")]),
        ("in December, the court ruled", "en", "2018-01-15", [("2017-12", "month")]),
        ("yesterday the court ruled", "en", "2018-03-01", [("2018-02-28", "day")]),
        ("la semaine dernière", "fr", "2018-09-13", [("2018-W36", "week")]),
        ("est incarcéré depuis le 3 septembre", "fr", "2018-07-30", [("2017-09-03", "day")]),
        ("As the White House stated in a November 16, press statement", "en", "2017-12-06", [("2017-11-16", "day")]),
    ],
)
def test_relative_dates_resolve_against_the_document_date(text, lang, ref, expected) -> None:
    assert _values(text, lang, ref) == expected


def test_relative_dates_stay_unresolved_without_a_document_date() -> None:
    assert _values("on Tuesday", "en") == [(None, "day")]
    assert _values("Last February", "en") == [(None, "month")]
    assert parse_date("yesterday", "en") is None
    assert parse_date("la semaine dernière", "fr") is None


def test_modal_may_and_reference_numbers_are_not_dates() -> None:
    text = "the Council may consider (2018/2842(RSP)), Regulation (EU) No 978/2012, EUR 410 million"
    assert _values(text, "en") == []


def test_parse_date_single_expressions() -> None:
    assert parse_date("ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨", "km") == ("2018-07-29", "day")
    assert parse_date("14 Mar 2018", "en") == ("2018-03-14", "day")
    assert parse_date("la semaine dernière", "fr", "2018-09-13") == ("2018-W36", "week")
    assert normalise_date_words("ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨", load_pack("km")) == "29 7 2018"


def test_a_date_counted_from_is_the_start_of_a_state() -> None:
    from sanctionwatch.extract.temporal import counted_from

    for text, lang in [("The two ministers have been under an asset freeze since April 2019.", "en"),
                       ("Leurs avoirs sont gelés depuis le 2 avril.", "fr"),
                       ("ទ្រព្យសម្បត្តិរបស់គាត់ត្រូវបានបង្កកតាំងពីខែមេសា ឆ្នាំ២០១៩។", "km")]:
        pack = load_pack(lang)
        [d] = find_dates(text, pack, "2020-01-10")
        assert counted_from(text, d, pack), text
    pack = load_pack("en")
    text = "The Treasury froze his assets on 2 April 2019."
    [d] = find_dates(text, pack, "2020-01-10")
    assert not counted_from(text, d, pack)


def test_date_words_come_from_the_language_packs() -> None:
    # the rules are built from every pack's words: a French month in an English report is read
    assert [d.value for d in find_dates("The decree of 3 mars 2021 was published.", load_pack("en"))] == ["2021-03-03"]
    # the text's pack says how its own words read: English writes months capitalised
    assert find_dates("They may 2 ways.", load_pack("en"), "2021-06-01") == []
    assert [d.value for d in find_dates("ថ្ងៃព្រហស្បតិ៍ម្សិលមិញ", load_pack("km"), "2021-06-04")] == ["2021-06-03"]


def test_the_next_day_counts_from_the_date_written_before_it() -> None:
    en = find_dates("On 4 March the court convicted him, and the next day the Treasury froze his assets.",
                    load_pack("en"), "2022-06-01")
    assert [(d.text, d.value) for d in en] == [("4 March", "2022-03-04"), ("the next day", "2022-03-05")]
    fr = find_dates("Le 30 avril 2021, il a été arrêté ; le lendemain, ses comptes ont été bloqués.", load_pack("fr"))
    assert [d.value for d in fr] == ["2021-04-30", "2021-05-01"]
    # a day counted from an event, or from nothing written: no date
    assert [d.value for d in find_dates("Le 30 avril, la veille et le lendemain du scrutin.", load_pack("fr"),
                                        "2021-06-01")] == ["2021-04-30"]
    assert find_dates("The next day the Treasury froze his assets.", load_pack("en"), "2022-06-01") == []


def test_which_weekday_the_word_beside_it_says() -> None:
    """A Thursday report: "next"/« prochain » look forward, "last"/« dernier » back before the day."""
    from sanctionwatch.extract.temporal import find_dates

    ref = "2019-03-14"
    assert [d.value for d in find_dates("The EU will decide next Monday.", "en", ref)] == ["2019-03-18"]
    assert [d.value for d in find_dates("Le Conseil se prononcera mardi prochain.", "fr", ref)] == ["2019-03-19"]
    assert [d.value for d in find_dates("Last Thursday, the ministry said.", "en", ref)] == ["2019-03-07"]
    assert [d.value for d in find_dates("Jeudi dernier, Ottawa a gelé les avoirs.", "fr", ref)] == ["2019-03-07"]
    assert [d.value for d in find_dates("Le Canada a annoncé ce jeudi des sanctions.", "fr", ref)] == ["2019-03-14"]


def test_relative_days_and_months_of_the_packs() -> None:
    from sanctionwatch.extract.temporal import find_dates

    ref = "2019-03-14"
    assert [d.value for d in find_dates("Il a été arrêté avant-hier.", "fr", ref)] == ["2019-03-12"]
    assert [(d.value, d.precision) for d in find_dates("Canada acted earlier this month.", "en", ref)] == [
        ("2019-03", "month")]

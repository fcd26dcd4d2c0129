"""A page's own date, as pages write it: labels, times, wire leads, figures, short forms."""

import pytest

from sanctionwatch.sources.dateline import find_publication_date

PAGES = [
    ("Publié le 14/03/2019 à 08h40\nLe Conseil a adopté", "2019-03-14"),
    ("Mis à jour le 15 mars 2019 à 11:02\nBruxelles", "2019-03-15"),
    ("OTTAWA, 14 mars 2019 (AFP) - Le Canada a imposé des sanctions", "2019-03-14"),
    ("Par Marie Curtil, le 14.03.2019\nLe Canada", "2019-03-14"),
    ("Updated Mar. 14, 2019 6:05 p.m. ET\nCanada imposed", "2019-03-14"),
    ("March 14, 2019 / 6:05 PM / Updated 5 years ago\nCanada", "2019-03-14"),
    ("Posted on 2019-03-14 by newsdesk\nCanada", "2019-03-14"),
    ("By Tom Ward | Thursday 14 March 2019 18.05 GMT\nCanada", "2019-03-14"),
    ("jeu. 14 mars 2019 à 18:05\nLe Canada", "2019-03-14"),
    ("Thu 14 Mar 2019 18.05 GMT\nCanada", "2019-03-14"),
    ("Tribune publiée le jeudi 14 mars 2019\nLe Canada", "2019-03-14"),
]


@pytest.mark.parametrize("text,expected", PAGES)
def test_page_dates(text: str, expected: str) -> None:
    assert find_publication_date(text) == expected


def test_figures_that_read_both_ways_give_no_date() -> None:
    assert find_publication_date("Date: 04/03/2019\nCanada imposed sanctions.") is None


def test_a_headline_with_a_date_is_no_dateline() -> None:
    assert find_publication_date("Court jails activist Ana Lee on 12 March 2018\nThe court ruled.") is None
    assert find_publication_date("The EU adopted sanctions on 22 January 2018 against seven officials.") is None

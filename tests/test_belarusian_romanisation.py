"""Belarusian names are written two ways in the press and on lists: from Russian (Alexander
Barsukov, Vadim Ipatov, Yuri Karayev) and by Belarusian romanisation (BARSUKOU, Alyaksandr;
IPATAU, Vadzim; KARAEU, Yuriy) — ў as u, akanye (-au for -ов), дз for a soft д. The
transliteration rules (data/translit_rules.json) give both one key, so the SDN entry is found
for the name a report uses; a different surname stays apart."""

from __future__ import annotations

import pytest

from sanctionwatch.names.parts import parse_name
from sanctionwatch.names.translit import latin_variants_key
from sanctionwatch.screen.name_score import name_similarity


def _score(a: str, b: str) -> float:
    return name_similarity(parse_name(a, "Person"), parse_name(b, "Person"))


@pytest.mark.parametrize(("russian", "belarusian"), [
    ("barsukov", "barsukou"), ("ipatov", "ipatau"), ("karayev", "karaeu"), ("dmitry", "dzmitry"),
    ("vadim", "vadzim"), ("sergeyev", "sergeev"), ("lukashenko", "lukashenka"),
])
def test_one_key_for_both_romanisations(russian: str, belarusian: str) -> None:
    assert latin_variants_key(russian) == latin_variants_key(belarusian)


@pytest.mark.parametrize(("report", "listed"), [
    ("Alexander Barsukov", "BARSUKOU, Alyaksandr Pyatrovich"),
    ("Vadim Ipatov", "IPATAU, Vadzim Dzmitrievich"),
    ("Yuri Karayev", "KARAEU, Yuriy Khadzymuratavich"),
    ("Dmitry Volkov", "Dzmitry Volkau"),
])
def test_a_report_name_meets_its_belarusian_listing(report: str, listed: str) -> None:
    assert _score(report, listed) >= 0.7


@pytest.mark.parametrize(("report", "listed"), [
    ("Alexander Barsukov", "Alexander Borisov"),
    ("Yuri Karayev", "Yuri Karaganov"),
    ("Dzmitry Volkau", "Dmitry Vorobyov"),
])
def test_other_surnames_stay_apart(report: str, listed: str) -> None:
    assert _score(report, listed) < 0.7

"""Khmer names written without spaces, with zero-width spaces or with glued honorifics.

The Khmer ↔ Latin set (tests/fixtures/khmer_latin_pairs.csv: public figures, glued honorifics,
relatives and a wife's compound name as negatives) is scored as written and with every space
removed from the Khmer side: the scores must be the same, and F1 at 0.7 at least 0.95 both ways.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sanctionwatch.names.khmer_segment import khmer_syllables, split_khmer_name
from sanctionwatch.names.parts import parse_name
from sanctionwatch.screen.index import NameIndex
from sanctionwatch.screen.matcher import THRESHOLD, match_names

PAIRS = Path(__file__).parent / "fixtures" / "khmer_latin_pairs.csv"


def _rows() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _f1(rows: list[dict[str, str]], khmer) -> tuple[float, list]:  # noqa: ANN001
    tp = fp = fn = 0
    wrong = []
    for row in rows:
        result = match_names(khmer(row["khmer"]), row["latin"])
        truth = row["is_match"] == "true"
        tp += truth and result.match
        fp += result.match and not truth
        fn += truth and not result.match
        if truth != result.match:
            wrong.append((row["khmer"], row["latin"], result.score))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall), wrong


@pytest.mark.parametrize(("label", "khmer"), [("as written", lambda k: k), ("no spaces", lambda k: k.replace(" ", "")),
                                             ("zero-width spaces", lambda k: k.replace(" ", "\u200b"))])
def test_khmer_latin_f1_with_and_without_spaces(label: str, khmer) -> None:  # noqa: ANN001
    f1, wrong = _f1(_rows(), khmer)
    assert f1 >= 0.95, (label, f1, wrong)


def test_no_space_names_score_as_spaced_ones() -> None:
    differ = []
    for row in _rows():
        spaced = match_names(row["khmer"], row["latin"]).score
        joined = match_names(row["khmer"].replace(" ", ""), row["latin"]).score
        if spaced != joined:
            differ.append((row["khmer"], row["latin"], spaced, joined))
    assert not differ


@pytest.mark.parametrize(("text", "parts"), [
    ("ហ៊ុនសែន", ["ហ៊ុន", "សែន"]),
    ("ហ៊ុន\u200bសែន", ["ហ៊ុន", "សែន"]),
    ("លោកកឹមសុខា", ["កឹម", "សុខា"]),
    ("សម្តេចតេជោហ៊ុនសែន", ["ហ៊ុន", "សែន"]),
    ("ឯ.ឧ.ប្រាក់សុខុន", ["ប្រាក់", "សុខុន"]),
    ("លោកស្រីម៉ួរសុខហួរ", ["ម៉ួរ", "សុខហួរ"]),
    ("ឧកញ៉ាលីយ៉ុងផាត់", ["លី", "យ៉ុងផាត់"]),
    ("រ៉ុងឈុន", ["រ៉ុង", "ឈុន"]),  # a family name the lexicon lacks: the first syllable
    ("ហ៊ីង ប៊ុនហៀង", ["ហ៊ីង", "ប៊ុនហៀង"]),  # spaced by the writer: kept as written
    ("ប៉ាសុជាតិវង្ស", ["ប៉ា", "សុជាតិវង្ស"]),  # a family-name syllable inside a given name
    ("កាំងហ្គេកអ៊ាវ", ["កាំង", "ហ្គេកអ៊ាវ"]),
    ("សុខា", ["សុខា"]),  # a lone given name stays whole
    ("ប៊ុនរ៉ានីហ៊ុនសែន", ["ប៊ុន", "រ៉ានី", "ហ៊ុន", "សែន"]),  # a wife's name, then her husband's
    ("លោកជំទាវ ប៊ុន រ៉ានី ហ៊ុនសែន", ["ប៊ុន", "រ៉ានី", "ហ៊ុន", "សែន"]),
    ("Hun Sen", ["Hun", "Sen"]),
])
def test_split_khmer_name(text: str, parts: list[str]) -> None:
    assert split_khmer_name(text) == parts


def test_syllables_give_the_word_back() -> None:
    for row in _rows():
        for word in split_khmer_name(row["khmer"].replace(" ", "")):
            assert "".join(khmer_syllables(word)) == word


def test_screen_finds_a_name_written_without_spaces() -> None:
    """The issue's case: `screen "ហ៊ុនសែន"` found nothing, even at 0.3."""
    index = NameIndex()
    index.add("hun-sen", "Person", ["HUN Sen"])
    index.add("hun-sen-km", "Person", ["ហ៊ុន សែន"])
    index.add("hun-manet", "Person", ["Hun Manet", "ហ៊ុន ម៉ាណែត"])
    index.add("bun-rany", "Person", ["Bun Rany"])
    hits = index.search("ហ៊ុនសែន")
    assert [h.entity_id for h in hits if h.result.match] == ["hun-sen-km", "hun-sen"]
    assert parse_name("ហ៊ុនសែន").key == parse_name("ហ៊ុន សែន").key


@pytest.mark.parametrize(("a", "b"), [
    ("ហ៊ុនសែន", "ហ៊ុនម៉ាណែត"),  # father and son
    ("ហ៊ុនម៉ាណែត", "ហ៊ុនម៉ានិត"),  # brothers
    ("ហ៊ុនម៉ាណែត", "Hun Manith"),
    ("ប៊ុនរ៉ានីហ៊ុនសែន", "ហ៊ុន សែន"),  # the wife's compound name is not the husband
    ("ប៊ុនរ៉ានីហ៊ុនសែន", "Bun Rany"),  # nor the wife alone
    ("Bun Rany Hun Sen", "Hun Sen"),
])
def test_relatives_stay_apart(a: str, b: str) -> None:
    assert match_names(a, b).score < THRESHOLD


def test_same_person_score_for_resolution() -> None:
    from sanctionwatch.screen.people import SAME_PERSON, same_person_score

    assert same_person_score("ហ៊ុនសែន", "HUN Sen") >= SAME_PERSON
    assert same_person_score("លោកកឹមសុខា", "Kem Sokha") >= SAME_PERSON
    assert same_person_score("ហ៊ុនសែន", "Hun Manet") < SAME_PERSON
    assert same_person_score("Bun Rany Hun Sen", "ហ៊ុន សែន") < SAME_PERSON
    assert same_person_score("", "Hun Sen") == 0.0

"""The Khmer ↔ Latin evaluation set: Cambodian public figures, Khmer spelling vs the press's.

tests/fixtures/khmer_latin_pairs.csv has the pairs (with hard negatives: same family name,
another person; a misspelt Khmer name). bench/screening.py reports P/R/F1 on it; this guards it.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sanctionwatch.screen.matcher import match_names

PAIRS = Path(__file__).parent / "fixtures" / "khmer_latin_pairs.csv"


def _rows() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_set_is_large_and_balanced_enough() -> None:
    rows = _rows()
    assert len(rows) >= 80
    assert {r["is_match"] for r in rows} == {"true", "false"}
    assert sum(r["is_match"] == "false" for r in rows) >= 25


def test_khmer_latin_f1_at_threshold() -> None:
    tp = fp = fn = 0
    wrong = []
    for row in _rows():
        result = match_names(row["khmer"], row["latin"])
        truth = row["is_match"] == "true"
        tp += truth and result.match
        fp += result.match and not truth
        fn += truth and not result.match
        if truth != result.match:
            wrong.append((row["khmer"], row["latin"], result.score))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9, (f1, wrong)


FOREIGN = Path(__file__).parent / "fixtures" / "khmer_foreign_names.csv"


def test_foreign_names_in_khmer_script_match_their_latin_spelling() -> None:
    """Khmer script writes a foreign name by ear: a final cluster cut (ត្រាំ Trump), no `r` before
    a consonant (វ្លាឌីមៀ Vladimir), other vowels (បៃដិន Biden), ជ for `j` (ចាស្ទីន Justin)."""
    with FOREIGN.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 15
    missed = [(r["khmer"], r["latin"], match_names(r["khmer"], r["latin"]).score) for r in rows
              if not match_names(r["khmer"], r["latin"]).match]
    assert not missed


def test_sounding_alike_is_no_licence_for_cambodian_names() -> None:
    """The foreign reading needs three consonants in order, or a Latin spelling Khmer cannot
    write: a short Cambodian name with another vowel stays another name, and two n's a vowel
    apart are two sounds (Potanin is not Putin)."""
    assert not match_names("ជា ស៊ុម", "Chea Sim").match
    assert not match_names("ប៉ុល ពត", "Paul Ford").match
    assert match_names("វ្លាឌីមៀ ពូទីន", "Vladimir Potanin").score < match_names("វ្លាឌីមៀ ពូទីន", "Vladimir Putin").score - 0.1
    assert match_names("ហ៊ុន សែន", "Hunt Sen").score < 0.9


def test_a_cambodian_name_is_not_read_by_ear() -> None:
    """With a Khmer family name (កឹម) the name is Cambodian: សុវណ្ណ is Sovann, and `Savin`, the
    same consonants with other vowels, gains nothing from the foreign reading."""
    assert match_names("កឹម សុវណ្ណ", "Kem Savin").score < 0.9 <= match_names("កឹម សុវណ្ណ", "Kem Sovann").score

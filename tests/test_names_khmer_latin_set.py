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

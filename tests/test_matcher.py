"""The screening matcher: cross-script matches, orders, non-matches, bad input, calibration."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.matcher import THRESHOLD, match, match_names
from sanctionwatch.screen.query import Record


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("Hun Sen", "ហ៊ុន សែន"), ("HUN Sen", "Hun Sen"), ("Sen Hun", "Hun Sen"),
        ("Sophan Seng", "សេង សុភ័ណ"), ("Kem Sokha", "កឹម សុខា"), ("Koem Sokha", "កឹម សុខា"),
        ("Sam Rainsy", "សម-រង្សុី"), ("Hing Bun Hieng", "ហ៊ីង ប៊ុនហៀង"), ("Bun Heang Hing", "ហ៊ីង ប៊ុនហៀង"),
        ("Samdech Hun Sen", "Hun Sen"), ("Putin, Vladimir", "Vladimir Putin"),
        ("Сергей Лавров", "Sergei Lavrov"), ("Tep Nytha", "ទេព នីថា"),
    ],
)
def test_same_person_matches(query: str, candidate: str) -> None:
    result = match_names(query, candidate)
    assert result.match and result.score >= THRESHOLD, result.explanations["name"]["detail"]


@pytest.mark.parametrize(
    ("query", "candidate"),
    [("Kem Sokha", "Kem Sophea"), ("Hun Manet", "Hun Sen"), ("Kem Sokha", "ហ៊ុន សែន"), ("Hun Sen", "Hun")],
)
def test_different_people_do_not_match(query: str, candidate: str) -> None:
    assert not match_names(query, candidate).match


def test_scores_rank_and_do_not_saturate() -> None:
    exact = match_names("Hun Sen", "Hun Sen").score
    khmer = match_names("Hun Sen", "ហ៊ុន សែន").score
    misspelt = match_names("ហ៊ុន សេន", "ហ៊ុន សែន").score  # one Khmer vowel sign changed
    assert exact == 1.0
    assert THRESHOLD <= misspelt < 1.0
    assert THRESHOLD <= khmer < 1.0
    assert match_names("Sen Hun", "Hun Sen").score < 1.0


def test_explanations_are_yente_shaped() -> None:
    result = match_names("Hun Sen", "ហ៊ុន សែន")
    name = result.explanations["name"]
    assert {"score", "weight", "detail"} <= set(name)
    assert "romanised-from-Khmer" in name["detail"]
    assert {p["how"] for p in name["pairs"]} == {"romanised-from-Khmer"}


def test_other_properties_lower_the_score() -> None:
    base = match(Record.make("Hun Sen", birth_date="1952-08-05"), Record.make("Hun Sen", birth_date="1952")).score
    wrong_date = match(Record.make("Hun Sen", birth_date="1952-08-05"), Record.make("Hun Sen", birth_date="1975")).score
    wrong_gender = match(Record.make("Hun Sen", gender="male"), Record.make("Hun Sen", gender="female")).score
    assert base == 1.0 and wrong_date < THRESHOLD and wrong_gender < base
    org = match(Record.make("Hun Sen"), Record.make("Hun Sen", "Organization"))
    assert org.score == 0.0 and not org.match


def test_organisations() -> None:
    assert match_names("Siemens AG", "Siemens Aktiengesellschaft", "Company").match
    assert match_names("PLA", "People's Liberation Army", "Organization").match
    assert not match_names("Deutsche Bank AG", "Volkswagen AG", "Company").match


@pytest.mark.parametrize("bad", ["", "   ", "...", "Hun\x00Sen", "x" * 10_000, "Сергейسن", None])
def test_bad_input_raises_invalid_query(bad: object) -> None:
    with pytest.raises(InvalidQuery):
        match_names(bad, "Hun Sen")  # type: ignore[arg-type]
    assert issubclass(InvalidQuery, ValueError)


def test_unknown_schema_is_invalid() -> None:
    with pytest.raises(InvalidQuery):
        Record.make("Hun Sen", "Dragon")


def test_name_bench_f1(data_dir: Path) -> None:
    rows = list(csv.DictReader((data_dir / "name_bench" / "cases.csv").open(encoding="utf-8")))
    tp = fp = fn = 0
    for row in rows:
        hit = match_names(row["name1"], row["name2"], row["schema"]).match
        truth = row["is_match"] == "true"
        tp += hit and truth
        fp += hit and not truth
        fn += truth and not hit
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.89, f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"

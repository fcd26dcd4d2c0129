"""Score a query against a candidate: names first, then the facts that confirm or contradict.

The result is shaped like yente's: a `score` in [0, 1], `match` (score ≥ threshold), and
`explanations` mapping each feature to {"score", "weight", "detail"}. The name score is the
best over all (query name × candidate name) pairs; birth date, gender and country can only
lower it (a date contradiction is strong evidence of a different person, agreement adds little
because many people share a name *and* a birth year), except that a full birth-date agreement
lifts a borderline name a little. Person vs Organization is a non-match whatever the names.

THRESHOLD = 0.7: scores are calibrated on OpenSanctions' name_bench so that 0.7 separates
"same name, spelling variants" from "different name" in every script; a romanised Khmer match
(`ហ៊ុន សែន` vs `Hun Sen`) scores 0.95 like a transliterated Cyrillic one, and only identical
normalised names reach 1.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.names.parts import ParsedName, parse_name
from sanctionwatch.screen.name_score import NameScore, compare_names
from sanctionwatch.screen.query import Record, compatible, name_kind

THRESHOLD = 0.7
DATE_CONFLICT_FACTOR = 0.6
YEAR_NEAR_FACTOR = 0.9
DATE_MATCH_BONUS = 0.03
GENDER_CONFLICT_FACTOR = 0.8
COUNTRY_CONFLICT_FACTOR = 0.95


@dataclass
class MatchResult:
    """Outcome of one comparison; `explanations` maps feature → {"score", "weight", "detail"}."""

    score: float
    match: bool
    explanations: dict[str, dict[str, Any]] = field(default_factory=dict)
    threshold: float = THRESHOLD


@dataclass(frozen=True)
class Prepared:
    """A record with its names parsed once, for comparing against many others."""

    record: Record
    names: tuple[ParsedName, ...]


def prepare(record: Record) -> Prepared:
    kind = name_kind(record.schema)
    return Prepared(record, tuple(parse_name(n, kind) for n in record.names))


def best_name_score(query: Prepared, candidate: Prepared) -> NameScore:
    best: NameScore | None = None
    for qn in query.names:
        for cn in candidate.names:
            result = compare_names(qn, cn)
            if best is None or result.score > best.score:
                best = result
                if best.score >= 1.0:
                    return best
    assert best is not None
    return best


def _date_feature(q: Record, c: Record) -> tuple[float, float, str]:
    """(factor, bonus, detail) from birth dates given as YYYY, YYYY-MM or YYYY-MM-DD."""
    if not q.birth_dates or not c.birth_dates:
        return 1.0, 0.0, "no birth date on one side"
    best = (DATE_CONFLICT_FACTOR, 0.0, "birth dates differ")
    for qd in q.birth_dates:
        for cd in c.birth_dates:
            n = min(len(qd), len(cd))
            if qd[:n] == cd[:n]:
                if n >= 10:
                    return 1.0, DATE_MATCH_BONUS, f"same birth date {qd[:10]}"
                best = max(best, (1.0, 0.0, f"birth dates agree to {qd[:n]}"))
            elif qd[:4].isdigit() and cd[:4].isdigit() and abs(int(qd[:4]) - int(cd[:4])) <= 1:
                best = max(best, (YEAR_NEAR_FACTOR, 0.0, f"birth years {qd[:4]}/{cd[:4]} one apart"))
    return best


def _gender_feature(q: Record, c: Record) -> tuple[float, str]:
    if not q.gender or not c.gender:
        return 1.0, "gender unknown on one side"
    if q.gender[:1] == c.gender[:1]:
        return 1.0, f"both {q.gender}"
    return GENDER_CONFLICT_FACTOR, f"gender {q.gender} vs {c.gender}"


def _country_feature(q: Record, c: Record) -> tuple[float, str]:
    if not q.countries or not c.countries:
        return 1.0, "country unknown on one side"
    if set(q.countries) & set(c.countries):
        return 1.0, "a country in common"
    return COUNTRY_CONFLICT_FACTOR, f"countries {sorted(q.countries)} vs {sorted(c.countries)}"


def score_prepared(query: Prepared, candidate: Prepared, threshold: float = THRESHOLD) -> MatchResult:
    """Compare two prepared records (see `match`)."""
    q, c = query.record, candidate.record
    if not compatible(q.schema, c.schema):
        return MatchResult(0.0, False, {
            "schema": {"score": 0.0, "weight": 1.0, "detail": f"{q.schema} cannot be {c.schema}"},
        }, threshold)
    names = best_name_score(query, candidate)
    explanations: dict[str, dict[str, Any]] = {
        "name": {
            "score": round(names.score, 4), "weight": 1.0, "detail": names.detail(),
            "pairs": [vars(p) for p in names.pairs],
        },
    }
    score = names.score
    date_factor, date_bonus, date_detail = _date_feature(q, c)
    gender_factor, gender_detail = _gender_feature(q, c)
    country_factor, country_detail = _country_feature(q, c)
    score = score * date_factor * gender_factor * country_factor
    if date_bonus and score < 0.99:
        score = min(0.99, score + date_bonus)
    explanations["birth_date"] = {"score": date_factor, "weight": round(date_bonus, 3), "detail": date_detail}
    explanations["gender"] = {"score": gender_factor, "weight": 1.0, "detail": gender_detail}
    explanations["country"] = {"score": country_factor, "weight": 1.0, "detail": country_detail}
    score = round(max(0.0, min(1.0, score)), 4)
    return MatchResult(score, score >= threshold, explanations, threshold)


def match(query: Record, candidate: Record, threshold: float = THRESHOLD) -> MatchResult:
    """Score `candidate` against `query`: deterministic, in [0, 1], with explanations.

    Factors below 1 in the explanations multiply the name score; `weight` of `birth_date` is
    the bonus for an exact date agreement.
    """
    return score_prepared(prepare(query), prepare(candidate), threshold)


def match_names(query: str, candidate: str, schema: str = "Person", threshold: float = THRESHOLD) -> MatchResult:
    """Convenience: compare two bare names (validated; may raise InvalidQuery)."""
    return match(Record.make(query, schema), Record.make(candidate, schema), threshold)

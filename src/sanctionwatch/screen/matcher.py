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

from dataclasses import dataclass
from typing import Any

from sanctionwatch.names.parts import ParsedName, parse_name
from sanctionwatch.screen.name_score import NameScore, compare_names, name_similarity
from sanctionwatch.screen.query import Record, compatible, name_kind

THRESHOLD = 0.7
DATE_CONFLICT_FACTOR = 0.6
YEAR_NEAR_FACTOR = 0.9
DATE_MATCH_BONUS = 0.03
GENDER_CONFLICT_FACTOR = 0.8
COUNTRY_CONFLICT_FACTOR = 0.95


class MatchResult:
    """Outcome of one comparison; `explanations` maps feature → {"score", "weight", "detail"}.

    The explanations of a comparison are built when first read, not when scored: a screening
    query scores dozens of candidates and returns a few, and writing out which parts paired
    with which costs as much as the scoring. Reading them gives the same dict either way.
    """

    __slots__ = ("_explanations", "_source", "match", "score", "threshold")

    def __init__(
        self, score: float, match: bool, explanations: dict[str, dict[str, Any]] | None = None,
        threshold: float = THRESHOLD, source: _Explain | None = None,
    ) -> None:
        self.score = score
        self.match = match
        self.threshold = threshold
        self._explanations = explanations if explanations is not None or source is not None else {}
        self._source = source

    @property
    def explanations(self) -> dict[str, dict[str, Any]]:
        if self._explanations is None:
            assert self._source is not None
            self._explanations = _explain(self._source)
            self._source = None
        return self._explanations

    @explanations.setter
    def explanations(self, value: dict[str, dict[str, Any]]) -> None:
        self._explanations, self._source = value, None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MatchResult):
            return NotImplemented
        return (self.score, self.match, self.threshold, self.explanations) == (
            other.score, other.match, other.threshold, other.explanations)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return (f"MatchResult(score={self.score!r}, match={self.match!r}, "
                f"explanations={self.explanations!r}, threshold={self.threshold!r})")

    def __getstate__(self) -> tuple[float, bool, dict[str, dict[str, Any]], float]:
        return (self.score, self.match, self.explanations, self.threshold)

    def __setstate__(self, state: tuple[float, bool, dict[str, dict[str, Any]], float]) -> None:
        self.score, self.match, self._explanations, self.threshold = state
        self._source = None


_Explain = tuple[ParsedName, ParsedName, tuple[float, float, str], tuple[float, str], tuple[float, str]]


def _explain(source: _Explain) -> dict[str, dict[str, Any]]:
    """The explanations of a comparison from the best name pair and the fact features."""
    query, candidate, (date_factor, date_bonus, date_detail), gender, country = source
    names = compare_names(query, candidate)
    return {
        "name": {
            "score": round(names.score, 4), "weight": 1.0, "detail": names.detail(),
            "pairs": [p.as_dict() for p in names.pairs],
        },
        "birth_date": {"score": date_factor, "weight": round(date_bonus, 3), "detail": date_detail},
        "gender": {"score": gender[0], "weight": 1.0, "detail": gender[1]},
        "country": {"score": country[0], "weight": 1.0, "detail": country[1]},
    }


@dataclass(frozen=True)
class Prepared:
    """A record with its names parsed once, for comparing against many others."""

    record: Record
    names: tuple[ParsedName, ...]


def prepare(record: Record) -> Prepared:
    kind = name_kind(record.schema)
    return Prepared(record, tuple(parse_name(n, kind) for n in record.names))


def best_name_score(query: Prepared, candidate: Prepared) -> NameScore:
    """The best-scoring pair of names, explained (see `compare_names`)."""
    score, qn, cn = _best_names(query, candidate)
    return compare_names(qn, cn)


def _best_names(query: Prepared, candidate: Prepared) -> tuple[float, ParsedName, ParsedName]:
    """(score, query name, candidate name) of the best-scoring pair; the first best on ties."""
    best = -1.0
    best_q = best_c = None
    for qn in query.names:
        for cn in candidate.names:
            score = name_similarity(qn, cn)
            if score > best:
                best, best_q, best_c = score, qn, cn
                if score >= 1.0:
                    return score, qn, cn
    assert best_q is not None and best_c is not None
    return best, best_q, best_c


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


_NO_DATES = (1.0, 0.0, "no birth date on one side")
_NO_GENDER = (1.0, "gender unknown on one side")
_NO_COUNTRY = (1.0, "country unknown on one side")


def score_prepared(query: Prepared, candidate: Prepared, threshold: float = THRESHOLD) -> MatchResult:
    """Compare two prepared records (see `match`)."""
    q, c = query.record, candidate.record
    if q.schema != c.schema and not compatible(q.schema, c.schema):
        return MatchResult(0.0, False, {
            "schema": {"score": 0.0, "weight": 1.0, "detail": f"{q.schema} cannot be {c.schema}"},
        }, threshold)
    if len(query.names) == 1 and len(candidate.names) == 1:
        qn, cn = query.names[0], candidate.names[0]
        score = name_similarity(qn, cn)
    else:
        score, qn, cn = _best_names(query, candidate)
    date = _date_feature(q, c) if q.birth_dates and c.birth_dates else _NO_DATES
    gender = _gender_feature(q, c) if q.gender and c.gender else _NO_GENDER
    country = _country_feature(q, c) if q.countries and c.countries else _NO_COUNTRY
    if date is not _NO_DATES or gender is not _NO_GENDER or country is not _NO_COUNTRY:
        date_factor, date_bonus, _ = date
        score = score * date_factor * gender[0] * country[0]
        if date_bonus and score < 0.99:
            score = min(0.99, score + date_bonus)
    score = round(score, 4)  # in [0, 1]: the name score is, factors are ≤ 1, the bonus stops at 0.99
    return MatchResult(score, score >= threshold, None, threshold, (qn, cn, date, gender, country))


def match(query: Record, candidate: Record, threshold: float = THRESHOLD) -> MatchResult:
    """Score `candidate` against `query`: deterministic, in [0, 1], with explanations.

    Factors below 1 in the explanations multiply the name score; `weight` of `birth_date` is
    the bonus for an exact date agreement.
    """
    return score_prepared(prepare(query), prepare(candidate), threshold)


def match_names(
    query: str | None, candidate: str | None, schema: str = "Person", threshold: float = THRESHOLD,
) -> MatchResult:
    """Convenience: compare two bare names (validated; may raise InvalidQuery)."""
    return match(Record.make(query, schema), Record.make(candidate, schema), threshold)

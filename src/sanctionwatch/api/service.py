"""Screening requests answered without the web framework: what the routers call.

Kept free of FastAPI so the same logic (query → matcher arguments, per-request deadline,
result shaping) can be tested and reused directly; the routers only parse, authorise and
serialise. The matching itself is `Screener.match`/`Screener.search` in `screening.py`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sanctionwatch.api.models import printable
from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screening import ALL, MATCHABLE, Screener

NAME_PROPS = ("name", "alias", "firstName", "lastName")
# candidates the index scores per query, relative to an ordinary query (limit 5 → 40)
_BASE_CANDIDATES = 40


@dataclass(frozen=True)
class MatchParams:
    limit: int
    threshold: float
    cutoff: float


def strings(props: Mapping[str, list[Any]], *names: str) -> list[str]:
    """The values of `names` in order; a non-string value is a query the user must fix."""
    values: list[str] = []
    for name in names:
        for value in props.get(name) or []:
            if not isinstance(value, str):
                raise InvalidQuery(f"property {name!r} must hold strings")
            values.append(value)
    return values


def query_names(props: Mapping[str, list[Any]]) -> list[str]:
    """Names to screen: name and alias, plus firstName/middleName/lastName joined as one."""
    if props.get("firstName") or props.get("lastName"):
        full = " ".join(strings(props, "firstName", "middleName", "lastName"))
        names = strings(props, "name", "alias") + ([full] if full.strip() else [])
    else:
        names = strings(props, *NAME_PROPS)
    if not names:
        raise InvalidQuery("no name in properties (name, alias, firstName/lastName)")
    return names


def check_schema(schema: str) -> str:
    """The schema the matcher compares as (`Thing` is screened as a person)."""
    if schema not in MATCHABLE and schema not in ("Thing", "LegalEntity"):
        raise InvalidQuery(f"schema {schema!r} cannot be matched")
    return "Person" if schema == "Thing" else schema


def per_query_limit(limit: int, queries: int, max_limit: int, max_results: int) -> int:
    """`limit` clamped to the ceiling, and to a share of the per-response result cap."""
    return max(1, min(limit, max_limit, max_results // max(queries, 1)))


def match_cost(queries: int, limit: int) -> int:
    """Work of a /match request in ordinary queries (one name, limit 5 ≈ 1)."""
    return queries * max(1, -(-limit * 3 // _BASE_CANDIDATES))


def result(entity: dict, score: float | None = None, match: bool | None = None,
           explanations: dict | None = None) -> dict:
    """An entity (and, for a match, its score) in yente's shape."""
    out = {
        "id": entity["id"], "caption": entity.get("caption") or entity["id"],
        "schema": entity["schema"], "properties": entity.get("properties", {}),
        "datasets": entity.get("datasets", []), "referents": entity.get("referents", []),
        "target": bool(entity.get("target", False)),
        "first_seen": None, "last_seen": None, "last_change": None,
    }
    if score is not None:
        out["score"] = round(score, 4)
        out["match"] = bool(match)
        out["explanations"] = {
            feature: {"score": float(f.get("score", 0.0)), "weight": f.get("weight"),
                      "detail": f.get("detail")}
            for feature, f in (explanations or {}).items()
        }
    return out


def match_one(screener: Screener, dataset: str, schema: str, props: Mapping[str, list[Any]],
              params: MatchParams) -> list[dict]:
    """Scored results for one query (InvalidQuery when it cannot be screened)."""
    birth = strings(props, "birthDate")
    countries = strings(props, "nationality", "country", "citizenship")
    gender = strings(props, "gender")
    hits = screener.match(dataset, check_schema(schema), query_names(props),
                          birth_date=birth[0] if birth else None, country=countries or None,
                          gender=gender[0] if gender else None, limit=params.limit,
                          threshold=params.threshold, cutoff=params.cutoff)
    return [result(h.entity, h.result.score, h.result.match, h.result.explanations) for h in hits]


def check_dataset(screener: Screener, dataset: str) -> None:
    if dataset != ALL and dataset not in screener.indexes:
        known = ", ".join([ALL, *screener.datasets()])
        raise LookupError(f"unknown dataset {printable(dataset)!r}; known: {known}")


def match_queries(screener: Screener, dataset: str, queries: Mapping[str, tuple[str, dict]],
                  params: MatchParams, deadline: float,
                  pause: Callable[[float], None] | None = None) -> dict[str, dict]:
    """Answer each query in order until `deadline` (time.monotonic); later ones get 504.

    Every query is checked before any is scored, so a bad one is a 400 for the whole request
    and costs nothing. The first query always runs; a query not started before the deadline
    answers `status: 504` with no results, so a client learns which ones to send again.
    `pause(seconds the query took)` is called between queries (a large request uses it to let
    single-name lookups have the interpreter).
    """
    for key, (schema, props) in queries.items():
        try:
            check_schema(schema)
            query_names(props)
            strings(props, "birthDate", "nationality", "country", "citizenship", "gender")
        except InvalidQuery as exc:
            raise InvalidQuery(f"query {key!r}: {exc}") from exc
    responses: dict[str, dict] = {}
    took = 0.0
    for n, (key, (schema, props)) in enumerate(queries.items()):
        echo = {"schema": schema, "properties": props}
        if n and time.monotonic() > deadline:
            responses[key] = {"status": 504, "results": [], "total": {"value": 0, "relation": "eq"},
                              "query": echo, "error": "the request's time budget ran out before this query"}
            continue
        if n and pause is not None:
            pause(took)
        begun = time.monotonic()
        try:
            results = match_one(screener, dataset, schema, props, params)
            took = time.monotonic() - begun
        except InvalidQuery as exc:
            raise InvalidQuery(f"query {key!r}: {exc}") from exc
        responses[key] = {"status": 200, "results": results,
                          "total": {"value": len(results), "relation": "eq"}, "query": echo}
    return responses


def search_cost(limit: int, offset: int) -> int:
    """Work of a /search request in ordinary queries: it ranks offset + limit hits per schema."""
    return max(1, -(-(offset + limit) * 3 // _BASE_CANDIDATES))


def search(screener: Screener, dataset: str, q: str, schema: str | None, limit: int,
           offset: int, pause: Callable[[float], None] | None = None) -> dict:
    """Name search in yente's shape (LookupError for an unknown dataset).

    `pause(seconds since the last pause)` is called every few dozen candidates of a deep
    search, as between the queries of a large /match.
    """
    step = None
    if pause is not None:
        last = time.monotonic()

        def step() -> None:
            nonlocal last
            pause(time.monotonic() - last)
            last = time.monotonic()

    entities, total = screener.search(dataset, q, schema=schema, limit=limit, offset=offset, pause=step)
    return {"results": [result(e) for e in entities], "total": {"value": total, "relation": "eq"},
            "limit": limit, "offset": offset, "facets": {}}

"""Request and response bodies, typed, shaped like yente's so that its clients parse them.

Strings that arrive in a request are checked here once (no lone surrogates, no NUL, a length
cap, a cap on values and properties), so that every route and the matcher behind them only
ever see text that can be encoded, logged and echoed back. Property values are strings or
scalars, never nested structures: the query is echoed in the response, and a value nested a
thousand levels deep would otherwise be echoed too.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_VALUE_CHARS = 2_000
MAX_VALUES = 100
MAX_PROPERTIES = 50
MAX_KEY_CHARS = 200

Scalar = str | int | float | bool | None
Responses = dict[int | str, dict[str, Any]]
"""The error answers a route declares in its OpenAPI description (status → model)."""


def text_problem(value: str, max_chars: int = MAX_VALUE_CHARS) -> str | None:
    """Why `value` cannot be accepted as text, or None when it can."""
    if len(value) > max_chars:
        return f"too long ({len(value)} characters; at most {max_chars})"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains a lone surrogate (not valid Unicode text)"
    if "\x00" in value:
        return "contains a NUL control character"
    return None


def _checked(value: str, what: str, max_chars: int = MAX_VALUE_CHARS) -> str:
    problem = text_problem(value, max_chars)
    if problem:
        raise ValueError(f"{what} {problem}")
    return value


class EntityExample(BaseModel):
    """One query: an FtM-shaped example entity (`schema` and `properties`)."""

    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field("Person", alias="schema", max_length=100)
    properties: dict[str, str | list[Scalar]] = Field(default_factory=dict)

    @field_validator("schema_", mode="before")
    @classmethod
    def _schema_text(cls, value: object) -> object:
        return _checked(value, "schema") if isinstance(value, str) else value

    @field_validator("properties")
    @classmethod
    def _properties_text(cls, value: dict[str, str | list[Scalar]]) -> dict[str, list[Scalar]]:
        if len(value) > MAX_PROPERTIES:
            raise ValueError(f"too many properties: {len(value)} (at most {MAX_PROPERTIES})")
        out: dict[str, list[Scalar]] = {}
        for prop, values in value.items():
            _checked(prop, "a property name", MAX_KEY_CHARS)
            items: list[Scalar] = [values] if isinstance(values, str) else values
            if len(items) > MAX_VALUES:
                raise ValueError(f"property {prop!r} has {len(items)} values (at most {MAX_VALUES})")
            for item in items:
                if isinstance(item, str):
                    _checked(item, f"a value of property {prop!r} is")
            out[prop] = items
        return out


class MatchRequest(BaseModel):
    """The body of POST /match/{dataset}: queries by key (yente's `EntityMatchQuery`)."""

    queries: dict[str, EntityExample]
    weights: dict[str, float] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)

    @field_validator("queries")
    @classmethod
    def _query_keys(cls, value: dict[str, EntityExample]) -> dict[str, EntityExample]:
        for key in value:
            _checked(key, "a query key is", MAX_KEY_CHARS)
        return value


class Feature(BaseModel):
    """How one feature (name, birth_date, …) contributed to a score."""

    model_config = ConfigDict(extra="allow")

    score: float
    weight: float | None = None
    detail: Any = None


class Total(BaseModel):
    value: int
    relation: Literal["eq", "gte"] = "eq"


class Entity(BaseModel):
    """An entity as yente returns it."""

    model_config = ConfigDict(populate_by_name=True)

    id: str
    caption: str
    schema_: str = Field(alias="schema")
    properties: dict[str, list[Any]] = Field(default_factory=dict)
    datasets: list[str] = Field(default_factory=list)
    referents: list[str] = Field(default_factory=list)
    target: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None


class ScoredEntity(Entity):
    """A match result: the entity, its score, the match flag and per-feature explanations."""

    score: float
    match: bool
    explanations: dict[str, Feature] = Field(default_factory=dict)


class QueryEcho(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field(alias="schema")
    properties: dict[str, list[Scalar]]


class EntityMatches(BaseModel):
    """The answer to one query: `status` 200, or 504 when the request's time ran out first."""

    status: int = 200
    results: list[ScoredEntity]
    total: Total
    query: QueryEcho
    error: str | None = None


class MatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    limit: int


class SearchResponse(BaseModel):
    results: list[Entity]
    total: Total
    limit: int
    offset: int
    facets: dict[str, Any] = Field(default_factory=dict)


class StatusResponse(BaseModel):
    status: str


class Algorithm(BaseModel):
    name: str
    description: str


class AlgorithmsResponse(BaseModel):
    algorithms: list[Algorithm]
    default: str
    best: str


class DatasetInfo(BaseModel):
    name: str
    title: str
    entity_count: int


class CatalogResponse(BaseModel):
    datasets: list[DatasetInfo]
    current: list[str]
    outdated: list[str]
    index_stale: bool


class ErrorResponse(BaseModel):
    detail: str


def printable(value: str, max_chars: int = 100) -> str:
    """`value` safe to echo in an error message: cut short, lone surrogates escaped."""
    cut = value if len(value) <= max_chars else value[:max_chars] + "…"
    return cut.encode("utf-8", "backslashreplace").decode("utf-8")

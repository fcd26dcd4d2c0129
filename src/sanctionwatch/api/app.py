"""The HTTP API, shaped like yente's so that existing clients (yente-client) work unchanged.

    POST /match/{dataset}   queries by key → scored, explained results
    GET  /search/{dataset}  name search
    GET  /entities/{id}     one entity
    GET  /algorithms, /catalog, /healthz, /readyz

The registry's dataset is `default`; imported lists keep their names (`us_ofac_sdn`, …) and
`all` covers everything. Bad input gets a 4xx with a reason, never a 500.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sanctionwatch import __version__
from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.matcher import THRESHOLD
from sanctionwatch.screening import ALGORITHM, ALL, MATCHABLE, Screener
from sanctionwatch.store import open_store

MAX_QUERIES = 100
MAX_LIMIT = 500


class EntityQuery(BaseModel):
    """One query: an FtM-shaped example entity."""

    schema_: str = Field("Person", alias="schema")
    properties: dict[str, list[Any]] = Field(default_factory=dict)
    model_config = {"populate_by_name": True}


class MatchRequest(BaseModel):
    queries: dict[str, EntityQuery]
    weights: dict[str, float] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)


class ReadyState:
    def __init__(self) -> None:
        self.ready = threading.Event()
        self.screener: Screener | None = None
        self.error: str | None = None


def _result(entity: dict, score: float | None = None, match: bool | None = None,
            explanations: dict | None = None) -> dict:
    out = {
        "id": entity["id"], "caption": entity.get("caption") or entity["id"], "schema": entity["schema"],
        "properties": entity.get("properties", {}), "datasets": entity.get("datasets", []),
        "referents": entity.get("referents", []), "target": bool(entity.get("target", False)),
        "first_seen": None, "last_seen": None, "last_change": None,
    }
    if score is not None:
        out["score"] = round(score, 4)
        out["match"] = bool(match)
        out["explanations"] = {
            feature: {"score": float(f.get("score", 0.0)), "weight": f.get("weight"), "detail": f.get("detail")}
            for feature, f in (explanations or {}).items()
        }
    return out


def _first(props: dict[str, list[Any]], *names: str) -> list[str]:
    values: list[str] = []
    for name in names:
        for value in props.get(name) or []:
            if not isinstance(value, str):
                raise InvalidQuery(f"property {name!r} must hold strings")
            values.append(value)
    return values


def create_app(db: str | None = None, screener: Screener | None = None) -> FastAPI:
    """The FastAPI application over the store at `db` (or a ready Screener, for tests)."""
    state = ReadyState()
    app = FastAPI(title="sanctionwatch", version=__version__,
                  description="Screening over a sourced registry and official lists, yente-compatible.")

    def load() -> None:
        try:
            state.screener = screener or Screener(open_store(db)).refresh()
        except Exception as exc:  # reported by /healthz; the server stays up to say why
            state.error = f"{type(exc).__name__}: {exc}"
        finally:
            state.ready.set()

    if screener is not None:
        state.screener = screener
        state.ready.set()
    else:
        threading.Thread(target=load, daemon=True).start()

    def ready() -> Screener:
        if state.screener is None:
            raise HTTPException(503, detail=state.error or "index is loading")
        return state.screener

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        reasons = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse(status_code=400, content={"detail": f"invalid request: {reasons}"})

    @app.get("/healthz")
    def healthz() -> dict:
        if state.screener is None:
            raise HTTPException(503, detail=state.error or "index is loading")
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> dict:
        return healthz()

    @app.get("/algorithms")
    def algorithms() -> dict:
        return {"algorithms": [{"name": ALGORITHM, "description": "sanctionwatch cross-script name matcher "
                                "(Khmer romanisation, name parts, birth date, gender, country)"}],
                "default": ALGORITHM, "best": ALGORITHM}

    @app.get("/catalog")
    def catalog() -> dict:
        s = ready()
        return {"datasets": [{"name": d, "title": d, "entity_count": s.stats[d]["entities"]}
                             for d in s.datasets()], "current": s.datasets(), "outdated": [], "index_stale": False}

    @app.post("/match/{dataset}")
    def match(
        body: MatchRequest,
        dataset: str = Path(..., description="`default` (the registry), a list name, or `all`"),
        limit: int = Query(5, ge=1, le=MAX_LIMIT),
        threshold: float = Query(THRESHOLD, ge=0.0, le=1.0),
        cutoff: float = Query(0.5, ge=0.0, le=1.0),
        algorithm: str = Query(ALGORITHM),
    ) -> dict:
        s = ready()
        if dataset != ALL and dataset not in s.indexes:
            raise HTTPException(404, detail=f"unknown dataset {dataset!r}; known: {', '.join([ALL, *s.datasets()])}")
        if len(body.queries) > MAX_QUERIES:
            raise HTTPException(400, detail=f"too many queries: {len(body.queries)} (at most {MAX_QUERIES})")
        if not body.queries:
            raise HTTPException(400, detail="no queries")
        responses = {}
        for key, query in body.queries.items():
            schema = query.schema_
            if schema not in MATCHABLE and schema not in ("Thing", "LegalEntity"):
                raise HTTPException(400, detail=f"query {key!r}: schema {schema!r} cannot be matched")
            try:
                names = _first(query.properties, "name", "alias", "firstName", "lastName") or []
                if query.properties.get("firstName") or query.properties.get("lastName"):
                    full = " ".join(_first(query.properties, "firstName", "middleName", "lastName"))
                    names = _first(query.properties, "name", "alias") + ([full] if full.strip() else [])
                if not names:
                    raise InvalidQuery("no name in properties (name, alias, firstName/lastName)")
                birth = _first(query.properties, "birthDate")
                countries = _first(query.properties, "nationality", "country", "citizenship")
                gender = _first(query.properties, "gender")
                hits = s.match(dataset, "Person" if schema == "Thing" else schema, names,
                               birth_date=birth[0] if birth else None, country=countries or None,
                               gender=gender[0] if gender else None, limit=limit, threshold=threshold,
                               cutoff=cutoff)
            except InvalidQuery as exc:
                raise HTTPException(400, detail=f"query {key!r}: {exc}") from exc
            results = [_result(h.entity, h.result.score, h.result.match, h.result.explanations) for h in hits]
            responses[key] = {"status": 200, "results": results,
                              "total": {"value": len(results), "relation": "eq"},
                              "query": {"schema": schema, "properties": query.properties}}
        return {"responses": responses, "limit": limit}

    @app.get("/search/{dataset}")
    def search(
        dataset: str,
        q: str = Query(..., min_length=1, max_length=1000),
        limit: int = Query(10, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0, le=10_000),
        schema: str | None = Query(None),
    ) -> dict:
        s = ready()
        try:
            entities, total = s.search(dataset, q, schema=schema, limit=limit, offset=offset)
        except LookupError as exc:
            raise HTTPException(404, detail=str(exc)) from exc
        except InvalidQuery as exc:
            raise HTTPException(400, detail=str(exc)) from exc
        return {"results": [_result(e) for e in entities], "total": {"value": total, "relation": "eq"},
                "limit": limit, "offset": offset, "facets": {}}

    @app.get("/entities/{entity_id}")
    def entity(entity_id: str, nested: bool = True) -> dict:
        s = ready()
        found = s.get(entity_id)
        if found is None:
            raise HTTPException(404, detail=f"no entity {entity_id!r}")
        return _result(found)

    return app

"""GET /search/{dataset}: name search, weaker hits included."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from sanctionwatch.api import service
from sanctionwatch.api.models import ErrorResponse, Responses, SearchResponse, text_problem
from sanctionwatch.api.routers.heavy import HEAVY_COST, compute, json_response
from sanctionwatch.api.state import ReadyScreener, api_state, client_id, started

router = APIRouter(tags=["search"])
ERRORS: Responses = {400: {"model": ErrorResponse}, 404: {"model": ErrorResponse},
          429: {"model": ErrorResponse}, 503: {"model": ErrorResponse}}


@router.get("/search/{dataset}", response_model=SearchResponse, responses=ERRORS)
async def search(
    request: Request,
    s: ReadyScreener,
    dataset: str = Path(..., max_length=100),
    q: str = Query(..., min_length=1, max_length=1000),
    limit: int = Query(10, ge=1, description="clamped to the server's ceiling"),
    offset: int = Query(0, ge=0, le=10_000),
    schema: str | None = Query(None, max_length=100),
) -> Response:
    api = api_state(request)
    problem = text_problem(q)
    if problem:
        raise HTTPException(400, detail=f"q {problem}")
    applied = min(limit, api.settings.max_limit)
    try:
        service.check_dataset(s, dataset)
    except LookupError as exc:
        raise HTTPException(404, detail=str(exc)) from exc
    cost = service.search_cost(applied, offset)
    api.buckets.charge(client_id(request), cost - 1)
    deadline = started(request) + api.settings.time_budget
    indexes = len(s.indexes) if dataset == "all" else 1
    pause = api.yield_to_light if cost * indexes > HEAVY_COST else None
    work = json_response(SearchResponse, lambda: service.search(s, dataset, q, schema, applied, offset, pause))
    return await compute(api, cost * indexes, deadline, work)

"""POST /match/{dataset}: screen up to `max_queries` example entities, yente's way."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from sanctionwatch.api import service
from sanctionwatch.api.models import ErrorResponse, MatchRequest, MatchResponse, Responses
from sanctionwatch.api.routers.heavy import HEAVY_COST, compute, json_response
from sanctionwatch.api.state import ReadyScreener, api_state, client_id, started
from sanctionwatch.screen.matcher import THRESHOLD
from sanctionwatch.screening import ALGORITHM

router = APIRouter(tags=["matching"])
ERRORS: Responses = {400: {"model": ErrorResponse}, 404: {"model": ErrorResponse},
          429: {"model": ErrorResponse}, 503: {"model": ErrorResponse}}


@router.post("/match/{dataset}", response_model=MatchResponse, responses=ERRORS)
async def match(
    request: Request,
    s: ReadyScreener,
    body: MatchRequest,
    dataset: str = Path(..., max_length=100, description="`default` (the registry), a list name, or `all`"),
    limit: int = Query(5, ge=1, description="results per query; above the server's ceiling it is clamped "
                                            "(the response's `limit` says what was applied)"),
    threshold: float = Query(THRESHOLD, ge=0.0, le=1.0, description="score from which `match` is true"),
    cutoff: float = Query(0.5, ge=0.0, le=1.0, description="results scoring below this are left out"),
    algorithm: str = Query(ALGORITHM, max_length=100),
) -> Response:
    """Score each query against `dataset`; queries not reached within the time budget say 504."""
    api = api_state(request)
    limits = api.settings
    count = len(body.queries)
    if not count:
        raise HTTPException(400, detail="no queries")
    if count > limits.max_queries:
        raise HTTPException(400, detail=f"too many queries: {count} (at most {limits.max_queries})")
    try:
        service.check_dataset(s, dataset)
    except LookupError as exc:
        raise HTTPException(404, detail=str(exc)) from exc
    applied = service.per_query_limit(limit, count, limits.max_limit, limits.max_results)
    cost = service.match_cost(count, applied)
    api.buckets.charge(client_id(request), cost - 1)  # the guard took one token already
    deadline = started(request) + limits.time_budget
    queries = {key: (q.schema_, q.properties) for key, q in body.queries.items()}
    params = service.MatchParams(limit=applied, threshold=threshold, cutoff=cutoff)
    indexes = len(s.indexes) if dataset == "all" else 1
    heavy = cost * indexes > HEAVY_COST
    pause = api.yield_to_light if heavy else None
    work = json_response(MatchResponse, lambda: {
        "responses": service.match_queries(s, dataset, queries, params, deadline, pause),
        "limit": applied})
    return await compute(api, cost * indexes, deadline, work)

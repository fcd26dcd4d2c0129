"""Health, readiness, algorithms and the dataset catalog."""

from __future__ import annotations

from fastapi import APIRouter

from sanctionwatch.api.models import (
    Algorithm,
    AlgorithmsResponse,
    CatalogResponse,
    DatasetInfo,
    ErrorResponse,
    Responses,
    StatusResponse,
)
from sanctionwatch.api.state import ReadyScreener
from sanctionwatch.screening import ALGORITHM

router = APIRouter(tags=["system"])
LOADING: Responses = {503: {"model": ErrorResponse, "description": "the index is loading (or failed to)"}}


@router.get("/healthz", response_model=StatusResponse, responses=LOADING)
def healthz(_: ReadyScreener) -> StatusResponse:
    """200 once the index is loaded; 503 with the reason before that or if loading failed."""
    return StatusResponse(status="ok")


@router.get("/readyz", response_model=StatusResponse, responses=LOADING)
def readyz(_: ReadyScreener) -> StatusResponse:
    return StatusResponse(status="ok")


@router.get("/algorithms", response_model=AlgorithmsResponse)
def algorithms() -> AlgorithmsResponse:
    description = ("sanctionwatch cross-script name matcher "
                   "(Khmer romanisation, name parts, birth date, gender, country)")
    return AlgorithmsResponse(algorithms=[Algorithm(name=ALGORITHM, description=description)],
                              default=ALGORITHM, best=ALGORITHM)


@router.get("/catalog", response_model=CatalogResponse, responses=LOADING)
def catalog(s: ReadyScreener) -> CatalogResponse:
    datasets = [DatasetInfo(name=d, title=d, entity_count=s.stats[d]["entities"]) for d in s.datasets()]
    return CatalogResponse(datasets=datasets, current=s.datasets(), outdated=[], index_stale=False)

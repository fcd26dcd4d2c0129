"""GET /entities/{id}: one entity by id."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path

from sanctionwatch.api.models import Entity, ErrorResponse, Responses, printable
from sanctionwatch.api.service import result
from sanctionwatch.api.state import ReadyScreener

router = APIRouter(tags=["entities"])
NOT_FOUND: Responses = {404: {"model": ErrorResponse}}


@router.get("/entities/{entity_id}", response_model=Entity, responses=NOT_FOUND)
def entity(s: ReadyScreener, entity_id: str = Path(..., max_length=500),
           nested: bool = True) -> Entity:
    found = s.get(entity_id)
    if found is None:
        raise HTTPException(404, detail=f"no entity {printable(entity_id)!r}")
    return Entity.model_validate(result(found))

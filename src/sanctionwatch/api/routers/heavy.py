"""The slot that large requests take in turn, so they queue behind each other.

A 100-query batch is fine; four of them at once used to take every core and push single-name
lookups to seconds. Requests whose work (in ordinary queries, see `service.match_cost`) is
above HEAVY_COST compute `heavy_concurrency` at a time; ordinary ones never wait for the slot.
Waiting happens on the event loop, not on a worker thread, so queued batches cannot use up the
thread pool that single lookups run on. A request that cannot get the slot within its time
budget is a 503 with Retry-After.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import anyio
from fastapi import HTTPException, Response
from pydantic import BaseModel

from sanctionwatch.api.state import ApiState

HEAVY_COST = 20
T = TypeVar("T")


def json_response(model: type[BaseModel], work: Callable[[], dict]) -> Callable[[], Response]:
    """`work`, then its result checked against `model` and encoded, all on the worker thread.

    FastAPI would otherwise validate and encode an async route's return value on the event
    loop, where a 1,000-result response stalls every other request for tens of milliseconds.
    """

    def run() -> Response:
        body = model.model_validate(work()).model_dump_json(by_alias=True)
        return Response(content=body, media_type="application/json")

    return run


async def compute(api: ApiState, cost: int, deadline: float, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread, after taking the heavy slot if `cost` calls for it.

    Every request counts towards the check of the matcher caches' ceiling (`caches.py`).
    """
    api.caches.note_request()
    if cost <= HEAVY_COST:
        api.light_started()
        try:
            return await anyio.to_thread.run_sync(work)
        finally:
            api.light_finished()
    semaphore = api.heavy_slot()
    try:
        with anyio.fail_after(max(0.0, deadline - time.monotonic())):
            await semaphore.acquire()
    except TimeoutError as exc:
        raise HTTPException(503, detail="the server is busy with other large requests; retry later",
                            headers={"Retry-After": "1"}) from exc
    try:
        return await anyio.to_thread.run_sync(work)
    finally:
        semaphore.release()

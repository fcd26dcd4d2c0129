"""What the routes share: the screener (loaded in the background), the settings, the limiters.

The index loads on a thread so that the server answers /healthz at once (503 "index is
loading", then 200); every route that needs the screener asks `screener()`, which is a 503
until it is there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Annotated

import anyio
from fastapi import Depends, HTTPException, Request

from sanctionwatch.api.caches import CacheBudget
from sanctionwatch.api.ratelimit import TokenBuckets
from sanctionwatch.api.settings import ApiSettings
from sanctionwatch.screening import Screener

YIELD_MAX = 0.05
# longest a large request waits, between two of its steps, for ordinary requests to finish
LIGHT_WAIT_MAX = 0.25


class ApiState:
    """One per app: `app.state.api`."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.ready = threading.Event()
        self.screener: Screener | None = None
        self.error: str | None = None
        self.buckets = TokenBuckets(settings.rate_limit, settings.rate_burst)
        self.caches = CacheBudget(settings.cache_entries)
        self._heavy: anyio.Semaphore | None = None
        self.light_in_flight = 0  # ordinary requests computing now (changed on the event loop)
        self._light_idle = threading.Event()  # set while no ordinary request computes
        self._light_idle.set()

    def load(self, make: Callable[[], Screener]) -> None:
        """Build the screener with `make`, keeping the error for /healthz if it fails."""
        try:
            self.screener = make()
        except Exception as exc:  # reported by /healthz; the server stays up to say why
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.ready.set()

    def load_in_background(self, make: Callable[[], Screener]) -> None:
        threading.Thread(target=self.load, args=(make,), name="sw-index-load", daemon=True).start()

    def heavy_slot(self) -> anyio.Semaphore:
        """The semaphore of large requests (made on first use, inside the event loop)."""
        if self._heavy is None:
            self._heavy = anyio.Semaphore(self.settings.heavy_concurrency)
        return self._heavy

    def light_started(self) -> None:
        """An ordinary request begins computing (called on the event loop)."""
        self.light_in_flight += 1
        self._light_idle.clear()

    def light_finished(self) -> None:
        self.light_in_flight -= 1
        if not self.light_in_flight:
            self._light_idle.set()

    def yield_to_light(self, took: float) -> None:
        """Between two steps of a large request: step aside so ordinary requests get the CPU.

        Threads share one interpreter lock, and a lookup that arrives while a batch computes
        gets half of it at best (a /search, which scores more candidates than a /match, was
        the first to miss its p99 under abuse). A large request therefore sleeps as long as
        its last step took (it runs at half speed at most, within its time budget, and the
        event loop gets its turn), then waits until no ordinary request is computing, for
        LIGHT_WAIT_MAX at most so that a steady stream of lookups slows batches but cannot
        stall them: an ordinary request shares the interpreter with a batch for one step at
        most (a few milliseconds), not for the whole batch.
        """
        time.sleep(min(took, YIELD_MAX))
        if self.light_in_flight:
            self._light_idle.wait(LIGHT_WAIT_MAX)

    def require_screener(self) -> Screener:
        if self.screener is None:
            raise HTTPException(503, detail=self.error or "index is loading",
                                headers={"Retry-After": "5"})
        return self.screener


def api_state(request: Request) -> ApiState:
    return request.app.state.api


async def screener(request: Request) -> Screener:
    """Dependency: the ready screener, or a 503 while the index loads."""
    return api_state(request).require_screener()


def client_id(request: Request) -> str:
    """Who is asking, as set by the guard middleware (`key:…` or `ip:…`)."""
    return str(request.scope.get("state", {}).get("client_id", "ip:-"))


def started(request: Request) -> float:
    """When the request arrived (time.monotonic), for the time budget."""
    return float(request.scope.get("state", {}).get("started", 0.0))


ReadyScreener = Annotated[Screener, Depends(screener)]

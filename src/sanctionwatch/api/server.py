"""Running the app under uvicorn with logs that keep screened names out.

uvicorn's own access log prints the request line, query string included (`GET /search/all?q=
<the name screened>`), which a bank or a visa office may not keep; it is switched off and
`middleware.AccessLog` writes one line per request instead, through the logger set up here.
`limit_concurrency` answers 503 beyond that many open connections instead of queueing without
bound. The interpreter's thread switch interval is lowered from 5 ms to 1 ms: a request passes
between the event loop and a worker thread several times, and beside a thread computing a
batch each hand-over used to wait up to the full interval (ordinary p50 doubled under load).

Full garbage collections are made rare (`tune_gc`): after the index is loaded (and frozen out of
the collector's sight, `Screener.refresh`), what survives long is the matcher's memo caches,
which hold no reference cycles; each full collection still walked them all, a pause of every
thread of about 240 ms of CPU, five times in 4,000 screenings (the slowest query took 738 ms).
With full collections after 1,000 middle-generation ones instead of 10, none happened in the
same 4,000 (slowest 110 ms); the young generations are collected as before, so the cycles a
request leaves behind (frames, futures) are still freed within a few requests.

glibc gives each thread that allocates its own malloc arena (up to 8 per core), and memory
freed in one arena is not reused by another: with the worker threads of a busy server the RSS
kept rising for 20,000 requests (487 → 779 MB) where two arenas level off (466 → 566 MB, see
bench/RESULTS.md). `limit_malloc_arenas` sets that cap before any thread starts, unless
MALLOC_ARENA_MAX is set already.
"""

from __future__ import annotations

import copy
import ctypes
import gc
import os
import sys
from typing import Any

from fastapi import FastAPI

MAX_CONNECTIONS = 256
SWITCH_INTERVAL = 0.001
KEEP_ALIVE_SECONDS = 5


GC_THRESHOLDS = (700, 10, 1000)  # Python's defaults but the last: full collections 100x rarer
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas (call before starting threads); False where not glibc."""
    if os.environ.get("MALLOC_ARENA_MAX") or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # musl or another C library: nothing to cap
        return False


def tune_gc(thresholds: tuple[int, int, int] = GC_THRESHOLDS) -> None:
    """Make full collections rare in a server process (see the module docstring)."""
    gc.set_threshold(*thresholds)


def log_config() -> dict[str, Any]:
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["plain"] = {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    config["handlers"]["plain"] = {"class": "logging.StreamHandler", "formatter": "plain",
                                   "stream": "ext://sys.stderr"}
    for name in ("sanctionwatch.access", "sanctionwatch.api"):
        config["loggers"][name] = {"handlers": ["plain"], "level": "INFO", "propagate": False}
    return config


def run(app: FastAPI, host: str, port: int) -> None:
    import uvicorn

    sys.setswitchinterval(SWITCH_INTERVAL)
    tune_gc()
    uvicorn.run(app, host=host, port=port, log_config=log_config(), access_log=False,
                limit_concurrency=MAX_CONNECTIONS, timeout_keep_alive=KEEP_ALIVE_SECONDS)

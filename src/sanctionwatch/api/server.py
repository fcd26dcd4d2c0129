"""Running the app under uvicorn with logs that keep screened names out.

uvicorn's own access log prints the request line, query string included (`GET /search/all?q=
<the name screened>`), which a bank or a visa office may not keep; it is switched off and
`middleware.AccessLog` writes one line per request instead, through the logger set up here.
`limit_concurrency` answers 503 beyond that many open connections instead of queueing without
bound. The interpreter's thread switch interval is lowered from 5 ms to 1 ms: a request passes
between the event loop and a worker thread several times, and beside a thread computing a
batch each hand-over used to wait up to the full interval (ordinary p50 doubled under load).
"""

from __future__ import annotations

import copy
import sys
from typing import Any

from fastapi import FastAPI

MAX_CONNECTIONS = 256
SWITCH_INTERVAL = 0.001
KEEP_ALIVE_SECONDS = 5


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
    uvicorn.run(app, host=host, port=port, log_config=log_config(), access_log=False,
                limit_concurrency=MAX_CONNECTIONS, timeout_keep_alive=KEEP_ALIVE_SECONDS)

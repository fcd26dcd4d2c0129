"""The HTTP API, shaped like yente's so that existing clients (yente-client) work unchanged.

    POST /match/{dataset}   queries by key → scored, explained results
    GET  /search/{dataset}  name search
    GET  /entities/{id}     one entity
    GET  /algorithms, /catalog, /healthz, /readyz, /docs (offline Swagger UI)

The registry's dataset is `default`; imported lists keep their names (`us_ofac_sdn`, …) and
`all` covers everything. Bad input gets a 4xx with a reason, never a 500. The routes live in
`routers/`, the logic they call in `service.py`, the limits in `settings.py` and the guards
that apply them to every request in `middleware.py`.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from sanctionwatch import __version__
from sanctionwatch.api import docs, errors
from sanctionwatch.api.middleware import AccessLog, BodyLimit, Guard
from sanctionwatch.api.routers import entities, match, search, system
from sanctionwatch.api.settings import ApiSettings
from sanctionwatch.api.state import ApiState
from sanctionwatch.screening import Screener
from sanctionwatch.store import open_store


def create_app(db: str | None = None, screener: Screener | None = None,
               settings: ApiSettings | None = None) -> FastAPI:
    """The app over the store at `db` (indexed in the background), or a ready Screener."""
    settings = settings or ApiSettings()
    app = FastAPI(title="sanctionwatch", version=__version__, docs_url=None, redoc_url=None,
                  description="Screening over a sourced registry and official lists, yente-compatible.")
    state = app.state.api = ApiState(settings)
    if screener is not None:
        state.load(lambda: screener)
    else:
        state.load_in_background(lambda: Screener(open_store(db)).refresh())
    for module in (match, search, entities, system):
        app.include_router(module.router)
    errors.install(app)
    docs.install(app)
    # added innermost first: the access log sees every answer, including the guards' refusals
    app.add_middleware(Guard, keys=settings.api_keys, buckets=state.buckets)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "X-API-Key"])
    app.add_middleware(AccessLog, enabled=settings.access_log)
    return app

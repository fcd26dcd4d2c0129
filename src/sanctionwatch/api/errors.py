"""How errors become responses: a reason a user can act on, never a traceback or a 500 for bad input.

Validation errors become 400 (yente's clients expect 400 for a bad query; FastAPI's default is
422) with every reason joined in one `detail` string, without echoing the rejected input. A
query the matcher cannot use (`InvalidQuery`) is a 400.
Anything else is a bug: a 500 whose body says only that, logged with its traceback but without
the request's content.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from sanctionwatch.screen.errors import InvalidQuery

log = logging.getLogger("sanctionwatch.api")


def _location(loc: tuple | list) -> str:
    parts = []
    for part in loc:
        text = str(part)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        parts.append(text[:80])
    return ".".join(parts)


def _message(msg: str) -> str:
    return msg.encode("utf-8", "backslashreplace").decode("utf-8")


async def invalid_request(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    reasons = "; ".join(f"{_location(e.get('loc', ()))}: {_message(str(e.get('msg', '')))}"
                        for e in exc.errors()[:10])
    return JSONResponse(status_code=400, content={"detail": f"invalid request: {reasons}"})


async def invalid_query(_: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=400, content={"detail": _message(str(exc))})


async def internal(request: Request, exc: Exception) -> JSONResponse:
    log.error("internal error on %s %s", request.method, request.url.path,
              exc_info=(type(exc), exc, exc.__traceback__))
    return JSONResponse(status_code=500, content={"detail": "internal error"})


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(InvalidQuery, invalid_query)
    app.add_exception_handler(Exception, internal)

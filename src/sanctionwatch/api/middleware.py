"""ASGI middleware that guards every request before a route runs.

Order, outermost first: `AccessLog` (one line per request, no query string, no body),
CORS (only when origins are configured), `BodyLimit` (413 before the body is read when
Content-Length is too big, and while it streams in otherwise), `Guard` (API key, then the
client's token bucket: 401 / 429 with Retry-After). They are plain ASGI classes, not
`BaseHTTPMiddleware`, so a refused request costs no task and a body is never buffered twice.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException

from sanctionwatch.api.ratelimit import TokenBuckets, retry_after
from sanctionwatch.api.settings import key_digest

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

access_logger = logging.getLogger("sanctionwatch.access")

# answered without a key and outside the rate limit: health checks and the documentation
OPEN_PATHS = ("/healthz", "/readyz", "/docs", "/openapi.json", "/static/docs/")


def is_open(path: str) -> bool:
    return any(path == p or (p.endswith("/") and path.startswith(p)) for p in OPEN_PATHS)


def _state(scope: Scope) -> dict[str, Any]:
    return scope.setdefault("state", {})


async def send_error(send: Send, status: int, detail: str,
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value
    return None


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a streamed body passes the limit.

    An HTTPException so that FastAPI's body parsing lets it through as a 413 instead of
    wrapping it in a 400 "error parsing the body".
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=f"request body larger than {limit} bytes")


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await send_error(send, 400, "invalid Content-Length")
                return
            if declared > self.max_bytes:
                await send_error(send, 413, f"request body larger than {self.max_bytes} bytes "
                                            f"(Content-Length {declared})")
                return
        received = 0
        started = False

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watch)
        except BodyTooLarge as exc:
            if started:
                raise
            await send_error(send, 413, str(exc.detail))


def presented_key(scope: Scope) -> str | None:
    """The API key in `Authorization: Bearer …` / `ApiKey …` (yente's clients) or X-API-Key."""
    raw = _header(scope, b"authorization")
    if raw is not None:
        scheme, _, value = raw.decode("latin-1").strip().partition(" ")
        if scheme.lower() in ("bearer", "apikey") and value.strip():
            return value.strip()
        return None
    raw = _header(scope, b"x-api-key")
    return raw.decode("latin-1").strip() if raw else None


class Guard:
    """Names the client (`key:<id>` or `ip:<address>`), checks its key and its rate."""

    def __init__(self, app: ASGIApp, keys: dict[str, str], buckets: TokenBuckets) -> None:
        self.app = app
        self.keys = keys
        self.buckets = buckets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = _state(scope)
        client = scope.get("client")
        state["client_id"] = f"ip:{client[0] if client else '-'}"
        open_path = is_open(scope.get("path", ""))
        key = presented_key(scope)
        if key is not None and self.keys:
            kid = self.keys.get(key_digest(key))
            if kid is not None:
                state["client_id"] = f"key:{kid}"
            elif not open_path:
                await send_error(send, 401, "invalid API key",
                                 [(b"www-authenticate", b'Bearer realm="sanctionwatch"')])
                return
        elif self.keys and not open_path:
            await send_error(send, 401, "an API key is required (Authorization: Bearer KEY)",
                             [(b"www-authenticate", b'Bearer realm="sanctionwatch"')])
            return
        if not open_path and scope.get("method") != "OPTIONS":
            wait = self.buckets.take(state["client_id"])
            if wait > 0:
                await send_error(send, 429, f"rate limit: {self.buckets.rate:g} queries a second "
                                            f"(burst {self.buckets.burst:g}); retry later",
                                 [(b"retry-after", retry_after(wait).encode())])
                return
        await self.app(scope, receive, send)


class AccessLog:
    """One line per request: method, path (never the query string), status, ms, client.

    Screened names travel in query strings (`/search?q=`) and bodies, so neither is logged;
    the client is named by its key's id or address, never by the key.
    """

    def __init__(self, app: ASGIApp, enabled: bool = True) -> None:
        self.app = app
        self.enabled = enabled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.monotonic()
        _state(scope)["started"] = start
        status = 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if self.enabled and access_logger.isEnabledFor(logging.INFO):
                path = scope.get("path", "")
                if len(path) > 200:
                    path = path[:200] + "…"
                access_logger.info(
                    "%s %s %d %.1fms %s", scope.get("method", "-"),
                    path.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace"),
                    status, (time.monotonic() - start) * 1000, _state(scope).get("client_id", "-"))

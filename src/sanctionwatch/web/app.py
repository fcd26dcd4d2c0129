"""The workbench application: security headers, sessions, templates, and the routers.

Every response forbids inline script and anything from another origin (Content Security
Policy), so text from documents, even `<script>` or `onerror=`, can only ever be shown; the
templates escape everything they print. A request's user comes from the session cookie; pages
need a login, changes need a role and the session's CSRF token.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.datastructures import UploadFile

from sanctionwatch.services.search import SnapshotCache
from sanctionwatch.store import SqlStore
from sanctionwatch.web.auth import COOKIE, Throttle, User, current_user, same_token

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}


class Workbench:
    """What every route needs: the store, its snapshot cache, templates, the login throttle."""

    def __init__(self, store: SqlStore, secure_cookies: bool = False) -> None:
        self.store = store
        self.cache = SnapshotCache(store)
        self.throttle = Throttle()
        self.secure_cookies = secure_cookies
        self.env = Environment(loader=PackageLoader("sanctionwatch.web", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.filters["q"] = lambda s: quote(str(s), safe="")
        self._screener = None
        self._screener_lock = threading.Lock()

    def render(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        user: User | None = request.state.user
        html = self.env.get_template(template).render(
            request=request, user=user, csrf=user.csrf if user else "", path=request.url.path,
            msg=request.query_params.get("msg", ""), **context)
        return HTMLResponse(html, status_code=status_code)

    def rebuild(self) -> None:
        """Build the new read model right after a change, so the page the analyst is sent back
        to (and everyone else's next page) does not pay for it."""
        from sanctionwatch.services.review import review_queue

        snap = self.cache.get()
        for part in ("facts", "topics", "_indexes"):
            getattr(snap, part)
        kinds = ("role", "measure", "event", "merge", "link")
        snap.remember(f"queue:{','.join(kinds)}", lambda: review_queue(snap, kinds))
        if self._screener is not None:
            self.screener()  # the registry's screening index too, if screening has been used

    def screener(self):  # noqa: ANN201 - a Screener
        """Built on first use (or at start, `warm`); after an analyst's change only the registry's
        index is refreshed, and every index only when a list release was imported."""
        from sanctionwatch.screening import Screener

        with self._screener_lock:
            generation = self.store.curation.generation()
            if self._screener is None or self._screener[0][3] != generation[3]:
                self._screener = (generation, Screener(self.store).refresh())
            elif self._screener[0] != generation:
                self._screener = (generation, self._screener[1].refresh_registry())
            return self._screener[1]


def bench(request: Request) -> Workbench:
    return request.app.state.bench


def viewer(request: Request) -> User:
    """The logged-in user for a page; a visitor is sent to the login page."""
    user = request.state.user
    if user is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(303, headers={"Location": f"/login?next={quote(target, safe='')}"})
    return user


Form = dict[str, str | UploadFile]  # a posted form's fields: text, or a file for a file input


def text_field(form: Form, name: str) -> str | None:
    """A text field of the form; None when it is missing or a file was posted under its name."""
    value = form.get(name)
    return value if isinstance(value, str) else None


async def changer(request: Request, role: str = "analyst") -> tuple[User, Form]:
    """The user and form of a POST that changes something: a session with `role` or more and
    the session's CSRF token in the form, else 403 (whatever the page offered)."""
    user = request.state.user
    form = dict(await request.form())
    if user is None:
        raise HTTPException(403, "log in first")
    if not same_token(text_field(form, "csrf"), user.csrf):
        raise HTTPException(403, "the form's CSRF token is missing or wrong; reload the page")
    if not user.can(role):
        raise HTTPException(403, f"{user.name} is a {user.role}: only an {role} may do this")
    return user, form


def local_path(target: str | None, default: str = "/") -> str:
    """A redirect target on this site only (never `//elsewhere` or a full URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def back(request: Request, target: str | None, msg: str = "") -> RedirectResponse:
    """After a change: rebuild the read model, then send the analyst back with a message."""
    bench(request).rebuild()
    url = local_path(target)
    if msg:
        url += ("&" if "?" in url else "?") + "msg=" + quote(msg, safe="")
    return RedirectResponse(url, status_code=303)


def create_app(store: SqlStore, secure_cookies: bool = False, warm: bool = False) -> FastAPI:
    """The workbench over `store`; `warm` builds the screening indexes in the background at once
    (else the first screening does, which takes seconds with a large list imported)."""
    from sanctionwatch.web import actions, exports, pages

    app = FastAPI(title="sanctionwatch workbench", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.bench = Workbench(store, secure_cookies)
    if warm:
        threading.Thread(target=app.state.bench.screener, name="warm-screener", daemon=True).start()

    @app.middleware("http")
    async def session_and_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        request.state.user = current_user(store, request.cookies.get(COOKIE))
        response = await call_next(request)
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        if request.state.user is not None:
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):  # noqa: ANN202
        if exc.status_code in (301, 302, 303, 307) and exc.headers and "Location" in exc.headers:
            return RedirectResponse(exc.headers["Location"], status_code=exc.status_code)
        return app.state.bench.render(request, "error.html", status_code=exc.status_code,
                                      status=exc.status_code, detail=exc.detail)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (pages, actions, exports):
        app.include_router(module.router)
    return app

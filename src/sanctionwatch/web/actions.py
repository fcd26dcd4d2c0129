"""Pages that change something: log in and out, decide, edit, add, merge and split.

Each handler checks the session, the role and the CSRF token (`changer`), calls the same
service function the command line does, and answers with a redirect back and a message; a
decision someone else made first answers 409 with their name.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from sanctionwatch.services import curation
from sanctionwatch.services.curation import AlreadyDecided, HandFact, NoSuchEntity
from sanctionwatch.web.app import Form, back, bench, changer, local_path, text_field
from sanctionwatch.web.auth import (
    COOKIE,
    LOGIN_COOKIE,
    SESSION_HOURS,
    login,
    same_token,
    token_hash,
)

router = APIRouter()


@router.get("/login")
def login_page(request: Request, next: str = "/"):  # noqa: A002 - the usual parameter name
    token = secrets.token_urlsafe(24)
    response = bench(request).render(request, "login.html", login_csrf=token, next=local_path(next))
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=bench(request).secure_cookies)
    return response


@router.post("/login")
async def do_login(request: Request):
    wb = bench(request)
    form = dict(await request.form())
    target = local_path(str(form.get("next") or "/"))
    if not same_token(text_field(form, "csrf"), request.cookies.get(LOGIN_COOKIE)):
        raise HTTPException(403, "the login form expired; reload the page")
    name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
    client = f"ip:{request.client.host if request.client else '?'}"
    wait = wb.throttle.blocked(f"user:{name}", client)
    if wait:
        return wb.render(request, "login.html", status_code=429, login_csrf=form["csrf"], next=target,
                         error=f"too many failed attempts; try again in {int(wait) + 1} s")
    done = login(wb.store, name, password)
    if done is None:
        wb.throttle.failed(f"user:{name}", client)
        return wb.render(request, "login.html", status_code=401, login_csrf=form["csrf"], next=target,
                         error="wrong name or password")
    wb.throttle.succeeded(f"user:{name}")
    token, _ = done
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, token, max_age=SESSION_HOURS * 3600, httponly=True, samesite="strict",
                        secure=wb.secure_cookies, path="/")
    response.delete_cookie(LOGIN_COOKIE, httponly=True, samesite="strict")
    return response


@router.post("/logout")
async def do_logout(request: Request):
    await changer(request, "viewer")
    bench(request).store.accounts.close_session(token_hash(request.cookies.get(COOKIE, "")))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _conflict(request: Request, exc: AlreadyDecided, target: str):  # noqa: ANN202
    return bench(request).render(request, "error.html", status_code=409, status=409, detail=str(exc), back=target)


@router.post("/decide")
async def decide(request: Request):
    """One decision from the queue or an entity page: a role, a measure or event, or a pair."""
    user, form = await changer(request)
    wb = bench(request)
    kind, key, decision = form.get("kind", ""), str(form.get("key", "")), str(form.get("decision", ""))
    comment, target = str(form.get("comment", "")), str(form.get("next") or "/queue")
    try:
        if kind in ("merge", "cross-script"):
            left, _, right = key.partition("|")
            done = curation.decide_pair(wb.store, left, right, decision, user.name, comment)
            msg = f"{decision}: {'merged' if done.same else 'kept apart'}"
        elif kind == "link":
            registry_id, _, list_id = key.partition("|")
            curation.decide_link(wb.store, registry_id, list_id, decision, user.name, comment, once=True)
            msg = f"link {decision}"
        elif kind == "role":
            curation.decide_statements(wb.store, f"role {key}", [key], decision, user.name, comment)
            msg = f"role {decision}ed" if decision != "unsure" else "role marked unsure"
        elif kind in ("measure", "event"):
            fact = wb.cache.get().fact_home.get(key)
            if fact is None:
                raise HTTPException(404, f"no {kind} {key}")
            if decision == "edit":
                changes = {p: str(form.get("new_" + p.split(":")[1], "")) for p in ("sw:kind", "sw:status", "sw:date")}
                changes["target"] = str(form.get("new_target", ""))
                added = curation.edit_fact(wb.store, fact, changes, user.name, comment)
                msg = f"{kind} edited ({len(added)} field(s))" if added else "nothing changed"
            else:
                curation.decide_statements(wb.store, f"{kind} {fact.id}", curation.fact_statement_ids(fact),
                                           decision, user.name, comment)
                msg = f"{kind} {decision}"
        else:
            raise HTTPException(400, f"unknown kind {kind!r}")
    except AlreadyDecided as exc:
        return _conflict(request, exc, target)
    except (ValueError, LookupError) as exc:
        raise HTTPException(400, str(exc)) from exc
    return back(request, target, msg)


@router.post("/facts")
async def add_fact(request: Request):
    """A measure or event read by hand: the quote is the text the analyst selected."""
    user, form = await changer(request)
    wb = bench(request)
    doc_id = str(form.get("doc", ""))
    try:
        start, end = _offset(form, "start"), _offset(form, "end")
    except ValueError as exc:
        raise HTTPException(400, "select the quote in the text first") from exc
    doc = wb.store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    start, end = _locate(doc.text, str(form.get("quote", "")), start, end)
    fact = HandFact(str(form.get("schema", "Sanction")), doc_id, start, end, str(form.get("kind", "")),
                    str(form.get("status", "")), str(form.get("date", "")), str(form.get("issuer", "")),
                    str(form.get("target", "")))
    try:
        fid = curation.add_fact(wb.store, fact, user.name, str(form.get("comment", "")))
    except NoSuchEntity as exc:
        raise HTTPException(400, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return back(request, f"/document/{doc_id}?s={start}&e={end}#q", f"added {fid}")


def _offset(form: Form, name: str) -> int:
    """A character offset the document page's selection script posted; -1 when there is none.
    ValueError when it is not a number (or a file was posted under its name)."""
    value = form.get(name, "-1")
    if not isinstance(value, str):
        raise ValueError(f"{name}: a file, not an offset")
    return int(value)


def _locate(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """The selection's offsets, checked against its text: a browser that counted characters
    differently (line ends) is corrected to the nearest occurrence of the quote."""
    if not quote or text[start:end] == quote:
        return start, end
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    if not found:
        raise HTTPException(400, "the selected quote is not in the document's text")
    best = min(found, key=lambda i: abs(i - start))
    return best, best + len(quote)


@router.post("/merge")
async def merge(request: Request):
    user, form = await changer(request)
    action = form.get("action")
    if action not in ("merge", "split"):
        raise HTTPException(400, "action must be merge or split")
    left, right = str(form.get("left", "")).strip(), str(form.get("right", "")).strip()
    try:
        done = curation.judge(bench(request).store, left, right, "positive" if action == "merge" else "negative",
                              user.name, str(form.get("reason", "")))
    except NoSuchEntity as exc:
        return bench(request).render(request, "merge.html", status_code=400, left=left, right=right, error=str(exc))
    return back(request, f"/merge?left={done.left}&right={done.right}",
                f"{action}: {done.left} {'=' if done.same else '≠'} {done.right}")


@router.post("/xref")
async def xref_decide(request: Request):
    """Accept or reject a link between a registry entity and a list entry (also one found by hand)."""
    from sanctionwatch.xref import decide as decide_link

    user, form = await changer(request)
    wb = bench(request)
    registry_id, list_id = str(form.get("registry_id", "")), str(form.get("list_id", "")).strip()
    decision = str(form.get("decision", ""))
    if decision not in ("accept", "reject", "unsure"):
        raise HTTPException(400, "decision must be accept, reject or unsure")
    if wb.store.xref.candidate(registry_id, list_id) is None:
        listed = next((e for e in wb.store.lists.current_entities() if e["id"] == list_id), None)
        if listed is None:
            raise HTTPException(400, f"no list entry {list_id!r}")
        wb.store.xref.add_candidates([{"registry_id": registry_id, "list_id": list_id,
                                       "dataset": (listed.get("datasets") or ["?"])[0], "score": 1.0,
                                       "explanations": '{"by hand": true}'}])
    try:
        decide_link(wb.store, registry_id, list_id, decision, user.name, str(form.get("comment", "")))
    except (LookupError, ValueError) as exc:
        raise HTTPException(400, str(exc)) from exc
    return back(request, str(form.get("next") or f"/entity/{registry_id}"), f"link {decision}ed")


@router.post("/admin/users")
async def add_user(request: Request):
    """An admin creates an account (as `sanctionwatch user add` does); audited under their name."""
    from sanctionwatch.errors import StoreError
    from sanctionwatch.web.auth import hash_password

    user, form = await changer(request, "admin")
    try:
        bench(request).store.accounts.add_user(str(form.get("name", "")).strip(), str(form.get("role", "")),
                                               hash_password(str(form.get("password", ""))), author=user.name)
    except (StoreError, ValueError) as exc:
        raise HTTPException(400, str(exc)) from exc
    return back(request, "/admin/users", f"user {form.get('name')} created")

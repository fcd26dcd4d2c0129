"""Pages that read: search, entity, document, review queue, measures and gaps, releases, audit,
and the JSON the timeline and network pictures are drawn from."""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from sanctionwatch.names.script import main_script
from sanctionwatch.report.entities import NAME_PROPS
from sanctionwatch.report.show import merge_reasons
from sanctionwatch.services.review import fact_title, review_queue
from sanctionwatch.web.app import bench, viewer

router = APIRouter(dependencies=[Depends(viewer)])
"""Every page here needs a login (a visitor is sent to the login page)."""


@router.get("/")
def search(request: Request, q: str = "", schema: str = "", role: str = "", topic: str = "", country: str = ""):
    snap = bench(request).cache.get()
    hits = snap.search(q, schema, role, topic, country)
    return bench(request).render(request, "search.html", q=q, hits=hits, snap=snap, filters=snap.filter_values(),
                                 chosen={"schema": schema, "role": role, "topic": topic, "country": country})


def _names_by_language(view) -> list[dict]:  # noqa: ANN001 - an EntityView
    groups: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for st in view.statements:
        if st.prop not in NAME_PROPS:
            continue
        for ev in st.evidence:
            script = main_script(st.value)
            groups[(ev.lang or st.lang or "?", script)][st.value] += 1
    return [{"lang": lang, "script": script, "names": sorted(names.items(), key=lambda nc: (-nc[1], nc[0]))}
            for (lang, script), names in sorted(groups.items())]


@router.get("/entity/{entity_id}")
def entity(request: Request, entity_id: str):
    wb = bench(request)
    snap = wb.cache.get()
    view = snap.by_id.get(snap.canonical(entity_id))
    if view is None:
        raise HTTPException(404, f"no entity {entity_id}")
    if view.id != entity_id:
        return wb.render(request, "moved.html", target=f"/entity/{view.id}")
    status = wb.store.curation.statement_status(st.id for st in view.statements if st.prop == "sw:role")
    roles = []
    for st in view.statements:
        if st.prop == "sw:role":
            role, fid = st.value.split("|", 1)
            fact = snap.fact_home.get(fid)
            roles.append({"id": st.id, "role": role, "fact": fact, "title": fact_title(fact) if fact else fid,
                          "evidence": st.evidence, "status": status.get(st.id, "proposed")})
    roles.sort(key=lambda r: (r["role"], r["title"]))
    candidates = [c for c in wb.store.xref.candidates() if snap.canonical(c["registry_id"]) == view.id]
    listed = wb.store.lists.captions(c["list_id"] for c in candidates)
    return wb.render(request, "entity.html", view=view, snap=snap, names=_names_by_language(view),
                     merges=merge_reasons(wb.store, view), roles=roles, facts=snap.facts_of(view.id),
                     positions=view.values("position"), candidates=candidates, listed=listed,
                     topics=snap.topics.get(view.id, []), docs=snap.documents)


@router.get("/document/{doc_id}")
def document(request: Request, doc_id: str, s: int | None = None, e: int | None = None):
    wb = bench(request)
    doc = wb.store.document(doc_id)
    meta = wb.cache.get().documents.get(doc_id)
    if doc is None or meta is None:
        raise HTTPException(404, f"no document {doc_id}")
    text = doc.text
    if s is not None and e is not None and 0 <= s < e <= len(text):
        parts = (text[:s], text[s:e], text[e:])
    else:
        parts = (text, "", "")
    url = meta.get("source_url") or ""
    return wb.render(request, "document.html", doc=doc, meta=meta, parts=parts, start=s, end=e,
                     source_url=url if url.startswith(("http://", "https://")) else "",
                     kinds=_kinds(wb.cache.get()))


def _kinds(snap) -> dict[str, list[str]]:  # noqa: ANN001
    out: dict[str, set[str]] = {"Sanction": set(), "Event": set(), "status": set()}
    for f in snap.facts:
        out[f.schema].add(f.kind)
        if f.status:
            out["status"].add(f.status)
    out["status"] |= {"imposed", "announced", "threatened", "called_for", "lifted"}
    return {k: sorted(v) for k, v in out.items()}


@router.get("/queue")
def queue(request: Request, kind: str = "", limit: int = 100):
    wb = bench(request)
    snap = wb.cache.get()
    every = ("role", "measure", "event", "merge", "link")
    kinds = (kind,) if kind in every else every
    items = snap.remember(f"queue:{','.join(kinds)}", lambda: review_queue(snap, kinds))
    return wb.render(request, "queue.html", items=items[: max(1, min(limit, 1000))], total=len(items), kind=kind,
                     kinds=_kinds(snap))


@router.get("/merge")
def merge_page(request: Request, left: str = "", right: str = ""):
    return bench(request).render(request, "merge.html", left=left, right=right)


@router.get("/measures")
def measures(request: Request, status: str = "", kind: str = "", q: str = ""):
    from sanctionwatch.web.exports import gap_rows, measure_rows

    wb = bench(request)
    snap = wb.cache.get()
    rows = measure_rows(snap, status, kind, q)
    return wb.render(request, "measures.html", rows=rows, gaps=snap.remember("gaps", lambda: gap_rows(wb.store)), status=status, kind=kind, q=q,
                     kinds=_kinds(snap))


@router.get("/screen")
def screen_page(request: Request):
    return bench(request).render(request, "screen.html", results=None, names="", datasets=[])


@router.get("/releases")
def releases(request: Request, old: str = "", new: str = "", schema: str = "", field: str = "", program: str = ""):
    from sanctionwatch.lists.diff_view import field_rows
    from sanctionwatch.services.releases import release_diff

    wb = bench(request)
    rows: list[dict] = []
    error = ""
    summary: dict[str, int] = {}
    if old and new:
        try:
            changes = release_diff(wb.store, old, new, schema or None, field or None, program or None)
            rows = field_rows(changes)
            for c in changes:
                summary[c["change"]] = summary.get(c["change"], 0) + 1
        except LookupError as exc:
            error = str(exc)
    return wb.render(request, "releases.html", releases=wb.store.lists.releases(), old=old, new=new, schema=schema,
                     field=field, program=program, rows=rows[:500], total=len(rows), error=error, summary=summary)


@router.get("/audit")
def audit(request: Request, author: str = "", action: str = "", q: str = ""):
    from sanctionwatch.services.audit import audit_rows

    wb = bench(request)
    everything = wb.store.audit_log()
    authors = sorted({r["author"] for r in everything})
    actions = sorted({r["action"] for r in everything})
    rows = list(reversed(audit_rows(wb.store, author, action, q)[-1000:]))
    return wb.render(request, "audit.html", rows=rows, authors=authors, actions=actions, author=author,
                     action=action, q=q)


def _party_nodes(fact) -> list[tuple[str, dict]]:  # noqa: ANN001
    return [(slot.split(":", 1)[1], p) for slot, people in sorted(fact.participants.items()) for p in people]


@router.get("/api/entity/{entity_id}/timeline.json")
def timeline(request: Request, entity_id: str):
    snap = bench(request).cache.get()
    return JSONResponse([
        {"id": f.id, "date": f.date, "type": "measure" if f.schema == "Sanction" else "event", "kind": f.kind,
         "status": f.status, "role": role, "title": fact_title(f)}
        for role, f in snap.facts_of(snap.canonical(entity_id)) if f.date])


@router.get("/api/entity/{entity_id}/network.json")
def network(request: Request, entity_id: str):
    """The entity, its measures and events, and everyone else named in them."""
    snap = bench(request).cache.get()
    eid = snap.canonical(entity_id)
    view = snap.by_id.get(eid)
    if view is None:
        raise HTTPException(404, f"no entity {entity_id}")
    nodes = {eid: {"id": eid, "label": view.caption, "type": view.schema, "main": True}}
    edges = []
    for _, fact in snap.facts_of(eid)[:40]:
        nodes[fact.id] = {"id": fact.id, "label": f"{fact.kind} {fact.date or ''}".strip(),
                          "type": "measure" if fact.schema == "Sanction" else "event"}
        for role, p in _party_nodes(fact):
            pid = p.get("entity_id")
            if not pid or pid not in snap.by_id:
                continue
            nodes.setdefault(pid, {"id": pid, "label": snap.by_id[pid].caption, "type": snap.by_id[pid].schema})
            edges.append({"source": pid, "target": fact.id, "role": role})
    return JSONResponse({"nodes": list(nodes.values()), "edges": edges})


@router.get("/api/timeline.json")
def measures_timeline(request: Request):
    snap = bench(request).cache.get()
    return JSONResponse([{"id": f.id, "date": f.date, "type": "measure", "kind": f.kind, "status": f.status,
                          "title": fact_title(f)} for f in snap.facts if f.schema == "Sanction" and f.date])


@router.get("/admin/users")
def users(request: Request):
    user = request.state.user
    if not user.can("admin"):
        raise HTTPException(403, "only an admin manages accounts")
    from sanctionwatch.store.accounts import ROLES

    return bench(request).render(request, "users.html", users=bench(request).store.accounts.users(), roles=ROLES)

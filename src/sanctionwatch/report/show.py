"""Render one entity for the terminal (`sanctionwatch show`) and as JSON."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sanctionwatch.report.entities import EntityView
from sanctionwatch.sources.page_meta import public_url
from sanctionwatch.store.sql import SqlStore


def merge_reasons(store: SqlStore, view: EntityView) -> list[dict]:
    members = set(view.referents) | {view.id}
    return [
        {"left": j.left_id, "right": j.right_id, "judgement": j.judgement, "origin": j.origin,
         "reason": j.reason, "author": j.author}
        for j in store.judgements()
        if j.left_id in members or j.right_id in members
    ]


def entity_json(store: SqlStore, view: EntityView) -> dict:
    docs = {d["id"]: d for d in store.documents()}
    sources = []
    for st in sorted(view.statements, key=lambda s: (s.prop, s.value)):
        for ev in st.evidence:
            doc = docs.get(ev.doc_id, {})
            sources.append({
                "prop": st.prop, "value": st.value, "document": ev.doc_id, "path": doc.get("path"),
                "title": doc.get("title"), "url": public_url(doc.get("source_url")),
                "published": doc.get("published"), "start": ev.start, "end": ev.end,
                "quote_start": ev.quote_start, "quote_end": ev.quote_end, "quote": ev.quote,
                "language": ev.lang, "extractor": ev.extractor, "confidence": ev.confidence,
            })
    return {
        "id": view.id, "schema": view.schema, "caption": view.caption, "names": view.names,
        "positions": view.values("position"), "languages": view.languages,
        "referents": view.referents, "merges": merge_reasons(store, view), "sources": sources,
    }


def render_entity(console: Console, store: SqlStore, view: EntityView) -> None:
    data = entity_json(store, view)
    console.print(f"[bold]{escape(view.caption)}[/bold]  [dim]{view.schema} · {view.id}[/dim]")
    counts = view.name_counts
    console.print("names: " + " · ".join(f"{escape(n)} ({counts[n]})" for n in view.names))
    if data["positions"]:
        console.print("positions: " + "; ".join(escape(p) for p in data["positions"]))
    if data["merges"]:
        console.print("merged because:")
        for m in data["merges"]:
            console.print(f"  • {escape(m['reason'])} [dim]({m['origin']}, {m['author']})[/dim]")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for s in data["sources"]:
        if s["prop"] in ("name", "weakAlias", "alias", "position"):
            by_doc[s["document"]].append(s)
    table = Table(title=f"{len(by_doc)} source documents", show_lines=False)
    table.add_column("document")
    table.add_column("lang")
    table.add_column("as written")
    table.add_column("sentence")
    for doc_id, items in sorted(by_doc.items(), key=lambda kv: (kv[1][0]["published"] or "", kv[0])):
        seen = set()
        for s in sorted(items, key=lambda s: s["quote_start"]):
            if (s["quote_start"], s["value"]) in seen:
                continue
            seen.add((s["quote_start"], s["value"]))
            label = f"{s['url'] or (s['path'] or doc_id).rsplit('/', 1)[-1]}\n{s['published'] or ''}"
            table.add_row(escape(label), s["language"] or "", escape(s["value"]), escape(s["quote"][:300]))
    console.print(table)


class NoSuchEntity(LookupError):
    """Nothing matches a name or id exactly; `suggestions` holds the closest entities."""

    def __init__(self, query: str, suggestions: list[EntityView]) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = "; did you mean " + ", ".join(f"{v.caption!r} ({v.id})" for v in suggestions[:5]) + "?" if suggestions else ""
        super().__init__(f"no entity named {query!r}{hint}")


def closest_entities(store: SqlStore, query: str, limit: int = 5, min_score: float = 0.5) -> list[EntityView]:
    """The entities whose names are closest to `query` in any script or spelling (the screening
    matcher over every name, so `Hun Senn` suggests Hun Sen and `ហ៊ុនសែន` finds ហ៊ុន សែន)."""
    from sanctionwatch.report.entities import entity_views
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.screen.index import NameIndex

    views = entity_views(store)
    by_id = {v.id: v for v in views}
    scored: dict[str, float] = {}
    for schema in ("Person", "Organization"):
        index = NameIndex(candidates=50)
        for v in views:
            if (v.schema == "Person") == (schema == "Person") and v.names:
                try:
                    index.add(v.id, schema, v.names)
                except InvalidQuery:
                    continue
        if not len(index):
            continue
        try:
            hits = index.search([query], schema, limit=limit, min_score=min_score)
        except InvalidQuery:
            continue
        for h in hits:
            scored[h.entity_id] = max(scored.get(h.entity_id, 0.0), h.score)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
    return [by_id[i] for i, _ in ranked[:limit] if i in by_id]


def resolve_reference(store: SqlStore, reference: str) -> str:
    """The canonical entity id a command argument names: an entity or mention id, or a name in
    any script or spelling. Raises NoSuchEntity (with the closest entities) when nothing fits,
    and when a name fits several entities equally (listing them)."""
    from sanctionwatch.report.entities import find_entities

    mapping = store.canonical_map()
    if reference in mapping:
        return mapping[reference]
    if reference in set(mapping.values()):
        return reference
    found = find_entities(store, reference)
    if found:
        exact = [v for v in found if _names_match(v, reference)]
        if len(exact) == 1 or (len(exact) > 1 and len(exact[0].documents) > len(exact[1].documents)):
            return exact[0].id
        if not exact and len(found) == 1:
            return found[0].id
        raise NoSuchEntity(reference, exact or found)
    raise NoSuchEntity(reference, closest_entities(store, reference))


def _names_match(view: EntityView, reference: str) -> bool:
    from sanctionwatch.resolve.keys import name_key

    keys = {name_key(n, view.schema) for n in view.names}
    return name_key(reference, view.schema) in keys or view.id == reference

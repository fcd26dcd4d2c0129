"""Render one entity for the terminal (`sanctionwatch show`) and as JSON."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sanctionwatch.report.entities import EntityView
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
            label = f"{(s['path'] or doc_id).rsplit('/', 1)[-1]}\n{s['published'] or ''}"
            table.add_row(escape(label), s["language"] or "", escape(s["value"]), escape(s["quote"][:300]))
    console.print(table)

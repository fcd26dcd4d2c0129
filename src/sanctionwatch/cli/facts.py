"""Reading the registry's facts: `measures` (imposed or only called for) and `events` (a timeline)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, JsonOption, console, print_json_lines, store_for
from sanctionwatch.store.sql import SqlStore

app = typer.Typer()


def _paths(store: SqlStore) -> dict[str, str]:
    return {d["id"]: d["path"] for d in store.documents()}


def _cites(store: SqlStore) -> dict[str, dict]:
    from sanctionwatch.report.cite import citations

    documents: list[Mapping[str, Any]] = list(store.documents())
    return citations(documents)


def _party(p: dict | None) -> str:
    if not p:
        return "-"
    return p.get("name") or p.get("description") or "?"


@app.command()
def measures(
    db: DbOption = None,
    as_json: JsonOption = False,
    status: Annotated[str | None, typer.Option(help="Only imposed, announced, threatened, called_for or lifted.")] = None,
) -> None:
    """Measures: date, issuer, kind, status, targets, number of sources."""
    from sanctionwatch.report.facts import fact_views

    store = store_for(db)
    views = [v for v in fact_views(store, "Sanction") if status is None or v.status == status]
    if as_json:
        paths, cites = _paths(store), _cites(store)
        print_json_lines(v.to_json(paths, cites) for v in views)
        return
    table = Table(title=f"{len(views)} measures")
    for col in ("date", "issuer", "kind", "status", "targets", "#sources"):
        table.add_column(col, no_wrap=col == "status")
    for v in views:
        d = v.to_json()
        shown = (v.status or "-").replace("_", " ")  # only `imposed` is in force: the others stand out
        table.add_row(v.date or "-", _party(d["issuer"]), v.kind, shown if v.status == "imposed" else f"[bold]{shown}[/bold]",
                      "; ".join(_party(t) for t in d["targets"])[:120] or "-", str(len(v.documents)))
    console.print(table)


@app.command()
def events(
    db: DbOption = None,
    from_: Annotated[str | None, typer.Option("--from", help="Earliest date (ISO: 2017, 2017-09, 2017-09-03).")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Latest date (ISO).")] = None,
    as_json: JsonOption = False,
    status: Annotated[str | None, typer.Option(
        help="Only reported, denied, called_for, threatened, scheduled or hypothetical.")] = None,
) -> None:
    """Timeline of events: date, kind, status (reported, or only called for …), actors, subjects, sources."""
    from sanctionwatch.report.facts import fact_views, in_range

    store = store_for(db)
    views = [v for v in fact_views(store, "Event") if (from_ is None and to is None) or in_range(v, from_, to)]
    if status:
        views = [v for v in views if v.event_status == status]
    if as_json:
        paths, cites = _paths(store), _cites(store)
        print_json_lines(v.to_json(paths, cites) for v in views)
        return
    table = Table(title=f"{len(views)} events")
    for col in ("date", "kind", "status", "actors", "subjects", "#sources", "languages"):
        table.add_column(col, no_wrap=col == "status")
    for v in views:
        d = v.to_json()
        status_text = v.event_status.replace("_", " ")
        table.add_row(v.date or "-", v.kind, status_text if v.event_status == "reported" else f"[bold]{status_text}[/bold]",
                      "; ".join(_party(a) for a in d["actors"])[:60] or "-",
                      "; ".join(_party(s) for s in d["subjects"])[:80] or "-", str(len(v.documents)),
                      " ".join(sorted({s["language"] or "?" for s in d["sources"]})))
    console.print(table)

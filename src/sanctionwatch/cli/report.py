"""Reports over the registry: `export` (FtM, CSV, statements), `dossier` (one entity, every claim
quoted) and `gaps` (who is implicated but not designated)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, console, err, fail, print_json_lines, store_for

app = typer.Typer()


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="ftm (FollowTheMoney JSON lines), csv (one row per entity) or statements.")] = "ftm",
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
) -> None:
    """Export the registry: FollowTheMoney entities, one JSON per line, with their evidence."""
    from sanctionwatch.report.export import dumps, iter_ftm, statement_json

    if format not in ("ftm", "csv", "statements"):
        fail(f"unknown format {format!r}; use ftm, csv or statements")
    store = store_for(db)
    handle = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        if format == "ftm":
            for entity in iter_ftm(store):
                handle.write(dumps(entity) + "\n")
        elif format == "csv":
            from sanctionwatch.release import entities_csv

            handle.write(entities_csv([e for e in iter_ftm(store, include_documents=False)
                                       if e["schema"] not in ("Event", "Sanction")]))
        else:
            mapping = store.canonical_map()
            for st in store.statements():
                handle.write(dumps(statement_json(st, mapping.get(st.entity_id, st.entity_id))) + "\n")
    finally:
        if out:
            handle.close()


@app.command()
def dossier(
    name: Annotated[str, typer.Argument(help="A name in any script or spelling, or an entity id.")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
) -> None:
    """A per-entity dossier: identity, roles with evidence, events and measures, every claim quoted."""
    from sanctionwatch.report.dossier import build_dossier, render_html, render_markdown
    from sanctionwatch.report.entities import find_entities

    if format not in ("md", "html", "json"):
        fail(f"unknown format {format!r}; use md, html or json")
    store = store_for(db)
    found = find_entities(store, name)
    if not found:
        err.print(f"no entity named {name!r}; try `sanctionwatch entities`")
        raise typer.Exit(1)
    data = build_dossier(store, found[0])
    if format == "json":
        print(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2))
    elif format == "html":
        sys.stdout.write(render_html(data))
    else:
        sys.stdout.write(render_markdown(data))


@app.command()
def gaps(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Implicated people (perpetrators, targets of imposed or called-for measures), what reports
    say was done against them, and their list candidates: who is not designated yet."""
    from sanctionwatch.report.gaps import gap_report

    rows = gap_report(store_for(db))
    if as_json:
        print_json_lines(rows)
        return
    table = Table(title=f"{len(rows)} implicated people")
    for col in ("name", "implicated by", "measures naming them", "list candidates", "status"):
        table.add_column(col)
    for r in rows:
        why = "; ".join(dict.fromkeys(f"{i['role']} {i['kind']}" + (f" ({i['status']})" if i["status"] else "")
                                      for i in r["implicated_by"]))
        done = "; ".join(dict.fromkeys(m["label"] + (f" by {m['issuer']}" if m["issuer"] else "") for m in r["measures"]))
        links = [f"{c['list_id']} {c['caption']} {c['score']:.2f} {'/'.join(c['programId'])}" for c in r["candidates"]]
        more = f" (+{len(links) - 1})" if len(links) > 1 else ""
        table.add_row(r["caption"], why, done or "-", (links[0] + more) if links else "-", r["status"])
    console.print(table)

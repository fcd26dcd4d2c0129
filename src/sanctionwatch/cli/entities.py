"""Reading the registry's entities: `entities` lists them, `show` opens one."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, console, err, print_json_lines, store_for

app = typer.Typer()


@app.command()
def entities(
    db: DbOption = None,
    schema: Annotated[str | None, typer.Option(help="Only this FtM schema (Person, Organization, PublicBody).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines: id, schema, names, roles.")] = False,
    limit: Annotated[int, typer.Option(help="Rows to show in the table (0 = all).")] = 0,
) -> None:
    """List entities: name, other names, languages, number of source documents."""
    from sanctionwatch.report.entities import ENTITY_SCHEMATA, entity_views
    from sanctionwatch.report.roles import entity_roles

    store = store_for(db)
    schemata = (schema,) if schema else ENTITY_SCHEMATA
    views = sorted(entity_views(store, schemata), key=lambda v: (-len(v.documents), v.caption, v.id))
    if schema:
        views = [v for v in views if v.schema == schema]
    roles = entity_roles(store)
    if as_json:
        from sanctionwatch.report.facts import fact_views
        from sanctionwatch.report.topics import entity_topics

        facts = {f.id: f for f in fact_views(store)}
        print_json_lines({"id": v.id, "schema": v.schema, "caption": v.caption, "names": v.names,
                          "languages": v.languages, "sources": len(v.documents),
                          "roles": roles.get(v.id, {}), "topics": sorted(entity_topics(v, facts))} for v in views)
        return
    table = Table(title=f"{len(views)} entities")
    for col in ("name", "schema", "other names", "languages", "#sources", "id"):
        table.add_column(col)
    for v in views[: limit or None]:
        others = [n for n in v.names if n != v.caption]
        table.add_row(v.caption, v.schema, ", ".join(others[:6]) + (" …" if len(others) > 6 else ""),
                      " ".join(v.languages), str(len(v.documents)), v.id)
    console.print(table)


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="A name in any script or spelling, or an entity id.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One entity: every name form, why its mentions were merged, every source sentence."""
    from sanctionwatch.report.entities import find_entities
    from sanctionwatch.report.show import entity_json, render_entity

    store = store_for(db)
    found = find_entities(store, name)
    if not found:
        from sanctionwatch.report.show import closest_entities

        close = closest_entities(store, name)
        hint = ("; did you mean " + ", ".join(f"{v.caption!r} ({v.id})" for v in close) + "?") if close else ""
        err.print(f"no entity named {name!r} in {store.safe_url}{hint}; try `sanctionwatch entities`")
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(entity_json(store, found[0]), ensure_ascii=False, sort_keys=True, indent=2))
        return
    render_entity(console, store, found[0])
    if len(found) > 1:
        console.print(f"[dim]also matching: {', '.join(f'{v.caption} ({v.id})' for v in found[1:6])}[/dim]")

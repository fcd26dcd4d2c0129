"""Links between the registry and official lists: `xref` proposes them, `decide` judges one."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import (
    DbOption,
    console,
    print_json_lines,
    run_service,
    store_for,
)

app = typer.Typer()


@app.command()
def xref(
    db: DbOption = None,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Lowest score kept as a candidate.")] = 0.7,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Match registry entities against imported lists; list candidate links awaiting a decision."""
    from sanctionwatch.screening import Screener
    from sanctionwatch.xref import candidates, find_candidates

    store = store_for(db)
    find_candidates(store, Screener(store).refresh(), threshold)
    rows = candidates(store)
    if as_json:
        print_json_lines(rows, default=str)
        return
    table = Table(title=f"{len(rows)} candidate links")
    for col in ("registry", "list entity", "dataset", "score", "status", "decided by", "why"):
        table.add_column(col)
    for r in rows:
        why = json.loads(r["explanations"]).get("name", {}).get("detail", "")
        table.add_row(r["registry_id"], r["list_id"], r["dataset"], f"{r['score']:.3f}", r["status"],
                      r["decided_by"] or "-", why[:80])
    console.print(table)


@app.command()
def decide(
    registry_id: Annotated[str, typer.Argument(help="Registry entity id (from `xref`) or its name.")],
    list_id: Annotated[str, typer.Argument(help="List entity id (from `xref`).")],
    decision: Annotated[str, typer.Argument(help="accept, reject or unsure.")],
    author: Annotated[str, typer.Option(help="Who decides (recorded and audited).")] = "analyst",
    reason: Annotated[str, typer.Option(help="Why (recorded).")] = "",
    db: DbOption = None,
) -> None:
    """Record a judgement on a candidate link; only accepted links merge entities."""
    from sanctionwatch.services.curation import decide_link

    row = run_service(decide_link, store_for(db), registry_id, list_id, decision, author, reason)
    console.print(f"{row['registry_id']} → {row['list_id']}: {row['status']} by {row['decided_by']}")

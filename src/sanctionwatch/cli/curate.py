"""Curation: analysts merge, split, accept and reject, see what is pending and who changed what.

Every change goes through `services.curation` (the workbench calls the same functions) and is
audited."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sanctionwatch.cli.common import (
    AuthorOption,
    DbOption,
    console,
    fail,
    print_json_lines,
    run_service,
    store_for,
)

app = typer.Typer()


def _judge(db: str | None, left: str, right: str, judgement: str, author: str, reason: str) -> None:
    from sanctionwatch.services.curation import judge

    done = run_service(judge, store_for(db), left, right, judgement, author, reason)
    console.print(f"{judgement}: {done.left} {'=' if done.same else '≠'} {done.right} (by {author})")


@app.command()
def merge(left: Annotated[str, typer.Argument(help="An entity id or a name.")],
          right: Annotated[str, typer.Argument(help="An entity id or a name.")], author: AuthorOption = "analyst",
          reason: Annotated[str, typer.Option()] = "", db: DbOption = None) -> None:
    """Declare two entities (or mention ids) the same; the resolver will keep them together."""
    _judge(db, left, right, "positive", author, reason)


@app.command()
def split(left: Annotated[str, typer.Argument(help="An entity or mention id, or a name.")],
          right: Annotated[str, typer.Argument(help="An entity or mention id, or a name.")], author: AuthorOption = "analyst",
          reason: Annotated[str, typer.Option()] = "", db: DbOption = None) -> None:
    """Declare two mention ids different people or bodies; no rule may merge them again."""
    _judge(db, left, right, "negative", author, reason)


@app.command()
def review(
    statement_id: Annotated[str, typer.Argument(help="A statement id (from `show --json` or `export`).")],
    decision: Annotated[str, typer.Argument(help="accept or reject.")],
    document: Annotated[str | None, typer.Option(help="Only the evidence from this document.")] = None,
    author: AuthorOption = "analyst",
    reason: Annotated[str, typer.Option()] = "",
    db: DbOption = None,
) -> None:
    """Accept or reject a statement's evidence; a fully rejected statement leaves the registry."""
    from sanctionwatch.services.curation import review_statement

    changed = run_service(review_statement, store_for(db), statement_id, decision, author, reason, document)
    if not changed:
        fail(f"no evidence for statement {statement_id!r}")
    status = {"accept": "accepted", "reject": "rejected"}[decision]
    console.print(f"{status}: {changed} piece(s) of evidence for {statement_id} (by {author})")


@app.command()
def audit(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="The stored rows, one JSON object per line.")] = False,
    author: Annotated[str | None, typer.Option(help="Only changes by this author.")] = None,
    action: Annotated[str | None, typer.Option(
        help="Only this action: merge, split, unsure, accept, reject, add, judgement, statement, …")] = None,
    since: Annotated[str | None, typer.Option(help="Only changes at or after this ISO date or time.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only changes touching this entity (a name or an id).")] = None,
) -> None:
    """Every analyst change, oldest first: who, when, what (in words)."""
    from sanctionwatch.services.audit import audit_rows

    rows = run_service(audit_rows, store_for(db), author or "", action or "", since=since or "", entity=entity or "")
    if as_json:
        keep = ("seq", "at", "author", "action", "detail")
        print_json_lines({k: r[k] for k in keep} for r in rows)
        return
    table = Table(title=f"{len(rows)} changes", show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("when", no_wrap=True)
    table.add_column("who")
    table.add_column("action")
    table.add_column("what", overflow="fold")
    for r in rows:
        table.add_row(str(r["seq"]), r["at"].replace("T", " ").removesuffix("Z")[:16], r["author"], r["kind"],
                      escape(r["what"]))
    console.print(table)


@app.command()
def proposals(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Pending judgements: pairs the resolver found plausible but would not merge on its own
    (a spelling variant without shared context, a family name shared by several people).
    Decide each with `merge` or `split`."""
    from sanctionwatch.services.curation import merge_proposals

    rows = merge_proposals(store_for(db))
    if as_json:
        print_json_lines(rows)
        return
    table = Table(title=f"{len(rows)} pending proposals (decide with `merge` or `split`)")
    for col in ("left", "right", "why"):
        table.add_column(col)
    for r in rows:
        table.add_row(f"{r['left_name']}\n[dim]{r['left']}[/dim]", f"{r['right_name']}\n[dim]{r['right']}[/dim]", r["reason"])
    console.print(table)

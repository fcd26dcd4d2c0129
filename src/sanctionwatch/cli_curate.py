"""Curation: analysts merge, split, accept and reject; every change is audited."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from sanctionwatch.cli import DbOption, _store, app, console, err

AuthorOption = Annotated[str, typer.Option(help="Who makes this change (recorded in the audit log).")]


def resolve_or_exit(store, reference: str) -> str:
    """An entity id from an id or a name; on no (or an ambiguous) match, print the closest
    entities and exit with status 2."""
    from sanctionwatch.report.show import NoSuchEntity, resolve_reference

    try:
        return resolve_reference(store, reference)
    except NoSuchEntity as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _judge(db: str | None, left: str, right: str, judgement: str, author: str, reason: str) -> None:
    from sanctionwatch.report.show import NoSuchEntity
    from sanctionwatch.services.curation import judge

    try:
        done = judge(_store(db), left, right, judgement, author, reason)
    except NoSuchEntity as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
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

    try:
        changed = review_statement(_store(db), statement_id, decision, author, reason, document)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not changed:
        err.print(f"[red]error:[/red] no evidence for statement {statement_id!r}")
        raise typer.Exit(2)
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
    from sanctionwatch.report.audit import audit_entries
    from sanctionwatch.report.show import NoSuchEntity

    try:
        rows = audit_entries(_store(db), author, action, since, entity)
    except (ValueError, NoSuchEntity) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        keep = ("seq", "at", "author", "action", "detail")
        for r in rows:
            print(json.dumps({k: r[k] for k in keep}, ensure_ascii=False, sort_keys=True))
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

    rows = merge_proposals(_store(db))
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title=f"{len(rows)} pending proposals (decide with `merge` or `split`)")
    for col in ("left", "right", "why"):
        table.add_column(col)
    for r in rows:
        table.add_row(f"{r['left_name']}\n[dim]{r['left']}[/dim]", f"{r['right_name']}\n[dim]{r['right']}[/dim]", r["reason"])
    console.print(table)

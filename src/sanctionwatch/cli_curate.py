"""Curation: analysts merge, split, accept and reject; every change is audited."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli import DbOption, _store, app, console, err

AuthorOption = Annotated[str, typer.Option(help="Who makes this change (recorded in the audit log).")]


def _judge(db: str | None, left: str, right: str, judgement: str, author: str, reason: str) -> None:
    from sanctionwatch.resolve.run import refresh_resolution
    from sanctionwatch.store import Judgement

    store = _store(db)
    mapping = store.canonical_map()
    known = set(mapping) | set(mapping.values())
    missing = [i for i in (left, right) if i not in known]
    if missing:
        err.print(f"[red]error:[/red] unknown entity id(s): {', '.join(missing)}; see `sanctionwatch entities --json`")
        raise typer.Exit(2)
    store.add_judgement(Judgement(left, right, judgement, "analyst", reason or judgement, author))
    refresh_resolution(store)
    after = store.canonical_map()
    same = after.get(left, left) == after.get(right, right)
    console.print(f"{judgement}: {left} {'=' if same else '≠'} {right} (by {author})")


@app.command()
def merge(left: str, right: str, author: AuthorOption = "analyst",
          reason: Annotated[str, typer.Option()] = "", db: DbOption = None) -> None:
    """Declare two entities (or mention ids) the same; the resolver will keep them together."""
    _judge(db, left, right, "positive", author, reason)


@app.command()
def split(left: str, right: str, author: AuthorOption = "analyst",
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
    status = {"accept": "accepted", "reject": "rejected"}.get(decision)
    if status is None:
        err.print("[red]error:[/red] decision must be accept or reject")
        raise typer.Exit(2)
    changed = _store(db).set_evidence_status(statement_id, status, author, reason, document)
    if not changed:
        err.print(f"[red]error:[/red] no evidence for statement {statement_id!r}")
        raise typer.Exit(2)
    console.print(f"{status}: {changed} piece(s) of evidence for {statement_id} (by {author})")


@app.command()
def audit(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every analyst change, oldest first."""
    rows = _store(db).audit_log()
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title=f"{len(rows)} changes")
    for col in ("#", "at", "author", "action", "detail"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r["seq"]), r["at"], r["author"], r["action"], r["detail"][:100])
    console.print(table)

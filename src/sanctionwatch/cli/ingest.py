"""Building the registry: `ingest` reads reports, `documents` lists what was read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from sanctionwatch.cli.common import DbOption, console, err, fail, store_for
from sanctionwatch.config import Limits

app = typer.Typer()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .htm .pdf).")],
    db: DbOption = None,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse files larger than this (bytes).")] = None,
    executor: Annotated[str, typer.Option(help="local, or ray for distributed ingest.")] = "local",
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Read symlinks that lead outside the folders given.")] = False,
) -> None:
    """Ingest reports: extract people and organisations with the sentence each came from."""
    from sanctionwatch.pipeline import EXECUTORS
    from sanctionwatch.pipeline import ingest as run_ingest
    from sanctionwatch.sources.files import display_name

    if executor not in EXECUTORS:
        fail(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    store = store_for(db, create=True)
    with Progress(
        TextColumn("[bold]ingest[/bold]"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("", total=None)

        def on_total(n: int) -> None:
            progress.update(task, total=n)

        def on_progress(path: Path, status: str) -> None:
            progress.update(task, advance=1, description=f"{display_name(path.name)}: {status}")

        report = run_ingest(paths, store, Limits.from_env(max_bytes, follow_symlinks), executor, on_progress, on_total)
    for error in report.errors:  # one unwrapped line each, so that grep and people can read it
        typer.echo(f"skipped {error}", err=True)
    for warning in report.warnings:  # a bad sidecar: the document was ingested without it
        typer.echo(f"warning {warning}", err=True)
    table = Table(title="ingest summary", show_header=False)
    counts = store.counts()
    langs = ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(counts.items()) if k.startswith("lang:"))
    for label, value in [
        ("files seen", report.files),
        ("documents ingested", report.ingested),
        ("already stored (skipped)", report.already_stored),
        ("stored documents given a new address/title/date", report.provenance_updated),
        ("files refused", len(report.errors)),
        ("paragraphs", report.paragraphs),
        ("duplicate paragraphs (extra sources)", report.duplicate_paragraphs),
        ("boilerplate lines dropped", report.boilerplate_lines),
        ("languages (this run)", ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items())) or "-"),
        ("store: documents / entities", f"{counts['documents']} / {counts['entities']}"),
        ("store: statements / evidence", f"{counts['statements']} / {counts['evidence']}"),
        ("store: paragraph languages", langs or "-"),
    ]:
        table.add_row(label, str(value))
    console.print(table)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def documents(db: DbOption = None) -> None:
    """List stored documents: id (for `add --doc`), title, public address (else path), date."""
    store = store_for(db)
    table = Table(title="documents")
    for col in ("id", "title", "address or path", "published", "type", "size"):
        table.add_column(col, overflow="fold")
    for d in store.documents():
        table.add_row(d["id"], d["title"] or "-", d.get("source_url") or d["path"], d["published"] or "-",
                      d["media_type"], f"{d['size']:,}")
    console.print(table)

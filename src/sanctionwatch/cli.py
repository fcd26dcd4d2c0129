"""The `sanctionwatch` command line: build (ingest), use (entities, show, export) and more.

Every command takes `--db` (or $SANCTIONWATCH_DB): a SQLite file by default, a PostgreSQL
URL for a shared server. Errors are one line naming the file or the problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from sanctionwatch.config import ENV_DB, Limits, missing_sqlite_file
from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.store import open_store

app = typer.Typer(
    help="sanctionwatch: a sourced registry of who did what to whom, and name screening over it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"Store: a SQLite path or URL, or postgresql://… (default ${ENV_DB} or ./sanctionwatch.db)."),
]


def _store(db: str | None, create: bool = False):
    """Open the store; only commands that write new data (`create`) may start a new SQLite file:
    a read command given a mistyped path refuses instead of showing an empty registry."""
    missing = None if create else missing_sqlite_file(db)
    if missing is not None:
        err.print(f"[red]error:[/red] no store at {missing}: the file does not exist. Check --db "
                  f"(or ${ENV_DB}); `sanctionwatch ingest` or `import` creates a store.")
        raise typer.Exit(2)
    try:
        return open_store(db)
    except SanctionwatchError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    import sanctionwatch
    import sanctionwatch.screen as screen

    try:
        number = version("sanctionwatch")
    except PackageNotFoundError:  # running from a source tree
        number = sanctionwatch.__version__
    typer.echo(f"sanctionwatch {number} (matcher: {screen.MATCHER_BUILD})")
    raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and which matcher build runs.")] = False,
) -> None:
    """sanctionwatch: a sourced registry of who did what to whom, and name screening over it."""


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
        err.print(f"[red]error:[/red] unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
        raise typer.Exit(2)
    store = _store(db, create=True)
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
def entities(
    db: DbOption = None,
    schema: Annotated[str | None, typer.Option(help="Only this FtM schema (Person, Organization, PublicBody).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines: id, schema, names, roles.")] = False,
    limit: Annotated[int, typer.Option(help="Rows to show in the table (0 = all).")] = 0,
) -> None:
    """List entities: name, other names, languages, number of source documents."""
    from sanctionwatch.report.entities import ENTITY_SCHEMATA, entity_views
    from sanctionwatch.report.roles import entity_roles

    store = _store(db)
    schemata = (schema,) if schema else ENTITY_SCHEMATA
    views = sorted(entity_views(store, schemata), key=lambda v: (-len(v.documents), v.caption, v.id))
    if schema:
        views = [v for v in views if v.schema == schema]
    roles = entity_roles(store)
    if as_json:
        from sanctionwatch.report.facts import fact_views
        from sanctionwatch.report.topics import entity_topics

        facts = {f.id: f for f in fact_views(store)}
        for v in views:
            print(json.dumps({"id": v.id, "schema": v.schema, "caption": v.caption, "names": v.names,
                              "languages": v.languages, "sources": len(v.documents),
                              "roles": roles.get(v.id, {}), "topics": sorted(entity_topics(v, facts))},
                             ensure_ascii=False, sort_keys=True))
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

    store = _store(db)
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


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="ftm (FollowTheMoney JSON lines), csv (one row per entity) or statements.")] = "ftm",
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
) -> None:
    """Export the registry: FollowTheMoney entities, one JSON per line, with their evidence."""
    from sanctionwatch.report.export import dumps, iter_ftm, statement_json

    store = _store(db)
    handle = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        if format == "ftm":
            for entity in iter_ftm(store):
                handle.write(dumps(entity) + "\n")
        elif format == "csv":
            from sanctionwatch.release import entities_csv

            handle.write(entities_csv([e for e in iter_ftm(store, include_documents=False)
                                       if e["schema"] not in ("Event", "Sanction")]))
        elif format == "statements":
            mapping = store.canonical_map()
            for st in store.statements():
                handle.write(dumps(statement_json(st, mapping.get(st.entity_id, st.entity_id))) + "\n")
        else:
            err.print(f"[red]error:[/red] unknown format {format!r}; use ftm, csv or statements")
            raise typer.Exit(2)
    finally:
        if out:
            handle.close()


def _paths(store) -> dict[str, str]:
    return {d["id"]: d["path"] for d in store.documents()}


def _cites(store) -> dict[str, dict]:
    from sanctionwatch.report.cite import citations

    return citations(store.documents())


def _party(p: dict | None) -> str:
    if not p:
        return "-"
    return p.get("name") or p.get("description") or "?"


@app.command()
def measures(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines (see README for the fields).")] = False,
    status: Annotated[str | None, typer.Option(help="Only imposed, announced, threatened, called_for or lifted.")] = None,
) -> None:
    """Measures: date, issuer, kind, status, targets, number of sources."""
    from sanctionwatch.report.facts import fact_views

    store = _store(db)
    views = [v for v in fact_views(store, "Sanction") if status is None or v.status == status]
    if as_json:
        paths, cites = _paths(store), _cites(store)
        for v in views:
            print(json.dumps(v.to_json(paths, cites), ensure_ascii=False, sort_keys=True))
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
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines (see README for the fields).")] = False,
    status: Annotated[str | None, typer.Option(
        help="Only reported, denied, called_for, threatened, scheduled or hypothetical.")] = None,
) -> None:
    """Timeline of events: date, kind, status (reported, or only called for …), actors, subjects, sources."""
    from sanctionwatch.report.facts import fact_views, in_range

    store = _store(db)
    views = [v for v in fact_views(store, "Event") if (from_ is None and to is None) or in_range(v, from_, to)]
    if status:
        views = [v for v in views if v.event_status == status]
    if as_json:
        paths, cites = _paths(store), _cites(store)
        for v in views:
            print(json.dumps(v.to_json(paths, cites), ensure_ascii=False, sort_keys=True))
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
        err.print(f"[red]error:[/red] unknown format {format!r}; use md, html or json")
        raise typer.Exit(2)
    store = _store(db)
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
def documents(db: DbOption = None) -> None:
    """List stored documents: id (for `add --doc`), title, public address (else path), date."""
    store = _store(db)
    table = Table(title="documents")
    for col in ("id", "title", "address or path", "published", "type", "size"):
        table.add_column(col, overflow="fold")
    for d in store.documents():
        table.add_row(d["id"], d["title"] or "-", d.get("source_url") or d["path"], d["published"] or "-",
                      d["media_type"], f"{d['size']:,}")
    console.print(table)


def main() -> None:
    try:
        app()
    except SanctionwatchError as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(2)


# The other command groups register themselves on `app` (they import it from here).
from sanctionwatch import cli_add, cli_curate, cli_lists, cli_screen, cli_web  # noqa: E402, F401

if __name__ == "__main__":  # `python -m sanctionwatch.cli`: run the module others registered on
    from sanctionwatch.cli import main as _main

    _main()

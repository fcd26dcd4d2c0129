"""Official lists and external datasets: `import`, `load`, `lists` (releases) and `diff`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, console, fail, print_json_lines, store_for
from sanctionwatch.lists.formats import Reader
from sanctionwatch.store.sql import SqlStore

app = typer.Typer()

DEFAULT_DATASETS = {"ofac-csv": "us_ofac_sdn", "un-xml": "un_sc_sanctions", "ftm-json": "external"}


def _import(store: SqlStore, fmt: str, path: Path, dataset: str, reader: Reader) -> None:
    from sanctionwatch.lists.diff import diff_entities, summarize
    from sanctionwatch.store.lists import latest_release, release_entities, store_release

    errors: list = []
    result = reader(path, errors.append)
    for error in result.errors if not errors else errors:
        typer.echo(f"{error}", err=True)
    absent = result.meta.extra.get("absent") or []
    if absent:
        unloaded = ", ".join(result.meta.extra.get("unloaded") or []) or "-"
        typer.echo(f"warning: {path}: {' and '.join(absent)} not found; this release has none of "
                   f"what they hold ({unloaded}). Diffs do not count those values as removed.",
                   err=True)
    previous = latest_release(store, dataset)
    changes = None
    if previous is not None:
        changes = diff_entities(release_entities(store, previous["id"]), result.entities,
                                unloaded_old=_unloaded(previous),
                                unloaded_new=result.meta.extra.get("unloaded") or ())
    rid, created = store_release(store, dataset, fmt, str(path), result.meta.files, result.entities,
                                 result.meta.to_dict(), changes)
    table = Table(title=f"import {dataset}", show_header=False)
    table.add_row("release", rid + ("" if created else "  (already imported: nothing changed)"))
    table.add_row("entities", ", ".join(f"{k} {v}" for k, v in sorted(result.meta.schemata.items())))
    table.add_row("rows with problems", str(len(result.errors)))
    if created and changes is not None:
        counts = summarize(changes)
        table.add_row("changes since previous release",
                      ", ".join(f"{k} {sum(v.values())}" for k, v in sorted(counts.items())) or "none")
    console.print(table)


def _unloaded(release: dict | None) -> list[str]:
    """Properties a stored release could not load (a companion file was absent)."""
    from sanctionwatch.services.releases import unloaded

    return unloaded(release)


@app.command("import")
def import_list(
    path: Annotated[Path, typer.Argument(help="The list: a directory (ofac-csv) or a file (un-xml).")],
    format: Annotated[str, typer.Option("--format", help="ofac-csv or un-xml.")],
    dataset: Annotated[str | None, typer.Option(help="Dataset name (default: us_ofac_sdn, un_sc_sanctions).")] = None,
    db: DbOption = None,
) -> None:
    """Import an official sanctions list as a new release (the same file again is a no-op)."""
    from sanctionwatch.lists.formats import get_format

    try:
        fmt = get_format(format)
    except ValueError as exc:
        fail(f"{exc}")
    if not path.exists():
        fail(f"{path}: no such file or folder")
    try:
        _import(store_for(db, create=True), format, path, dataset or DEFAULT_DATASETS[format], fmt.read)
    except (OSError, ValueError) as exc:
        fail(f"{path}: {exc}", 1)


@app.command()
def load(
    path: Annotated[Path, typer.Argument(help="FollowTheMoney entities, one JSON per line.")],
    dataset: Annotated[str, typer.Option(help="Dataset name for these entities.")] = "external",
    db: DbOption = None,
) -> None:
    """Load FtM entities (e.g. OpenSanctions data) so that screening covers them."""
    from sanctionwatch.lists.load_ftm import read_ftm_json

    if not path.is_file():
        fail(f"{path}: no such file")
    _import(store_for(db, create=True), "ftm-json", path, dataset, read_ftm_json)


@app.command()
def lists(db: DbOption = None) -> None:
    """Imported list releases."""
    from sanctionwatch.store.lists import releases

    table = Table(title="releases")
    for col in ("dataset", "#", "release", "format", "list date", "imported", "path"):
        table.add_column(col)
    for r in releases(store_for(db)):
        table.add_row(r["dataset"], str(r["seq"]), r["id"], r["format"], r["list_date"] or "-",
                      r["imported_at"], r["path"])
    console.print(table)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="A release: DATASET@N, a release id, registry@N (or N).")],
    new: Annotated[str, typer.Argument(help="The newer release, same forms.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per change, with every changed field's "
                                          "old, new, added and removed values.")] = False,
    schema: Annotated[str | None, typer.Option(help="Only entities of this schema (Person, Vessel…).")] = None,
    field: Annotated[str | None, typer.Option(help="Only changes of this property (alias, address…).")] = None,
    program: Annotated[str | None, typer.Option(help="Only entities under this programme (code or part of its name).")] = None,
) -> None:
    """Added, removed and changed entities between two releases, field by field (before → after)."""
    from sanctionwatch.lists.diff_view import field_rows
    from sanctionwatch.services.releases import release_diff

    try:
        changes = release_diff(store_for(db), old, new, schema, field, program)
    except LookupError as exc:
        fail(f"{exc}")
    if as_json:
        print_json_lines({"change": c["change"], "id": c["id"], "schema": c.get("schema"),
                          "names": c.get("names", []), "properties": c.get("properties", {})} for c in changes)
        return
    table = Table(title=f"{old} → {new}: {len(changes)} changes")
    for col in ("change", "id", "schema", "names", "field", "before", "after"):
        table.add_column(col)
    for row in field_rows(changes):
        table.add_row(row["change"], row["id"], row["schema"] or "", "; ".join(row["names"])[:60],
                      row["field"], "; ".join(row["before"])[:80] or "-", "; ".join(row["after"])[:80] or "-")
    console.print(table)

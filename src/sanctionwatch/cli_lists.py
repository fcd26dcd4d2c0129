"""CLI commands for official lists and external datasets: import, load, diff, lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli import DbOption, _store, app, console, err

DEFAULT_DATASETS = {"ofac-csv": "us_ofac_sdn", "un-xml": "un_sc_sanctions", "ftm-json": "external"}


def _import(store, fmt: str, path: Path, dataset: str, reader) -> None:
    from sanctionwatch.lists.diff import diff_entities, summarize
    from sanctionwatch.store.lists import latest_release, release_entities, store_release

    errors = []
    result = reader(path, errors.append)
    for error in result.errors if not errors else errors:
        typer.echo(f"{error}", err=True)
    previous = latest_release(store, dataset)
    changes = None
    if previous is not None:
        changes = diff_entities(release_entities(store, previous["id"]), result.entities)
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
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not path.exists():
        err.print(f"[red]error:[/red] {path}: no such file or folder")
        raise typer.Exit(2)
    try:
        _import(_store(db), format, path, dataset or DEFAULT_DATASETS[format], fmt.read)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {path}: {exc}")
        raise typer.Exit(1) from exc


@app.command()
def load(
    path: Annotated[Path, typer.Argument(help="FollowTheMoney entities, one JSON per line.")],
    dataset: Annotated[str, typer.Option(help="Dataset name for these entities.")] = "external",
    db: DbOption = None,
) -> None:
    """Load FtM entities (e.g. OpenSanctions data) so that screening covers them."""
    from sanctionwatch.lists.load_ftm import read_ftm_json

    if not path.is_file():
        err.print(f"[red]error:[/red] {path}: no such file")
        raise typer.Exit(2)
    _import(_store(db), "ftm-json", path, dataset, read_ftm_json)


@app.command()
def lists(db: DbOption = None) -> None:
    """Imported list releases."""
    from sanctionwatch.store.lists import releases

    table = Table(title="releases")
    for col in ("dataset", "#", "release", "format", "list date", "imported", "path"):
        table.add_column(col)
    for r in releases(_store(db)):
        table.add_row(r["dataset"], str(r["seq"]), r["id"], r["format"], r["list_date"] or "-",
                      r["imported_at"], r["path"])
    console.print(table)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="A release: DATASET@N, a release id, registry@N (or N).")],
    new: Annotated[str, typer.Argument(help="The newer release, same forms.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per change: change, id, names.")] = False,
) -> None:
    """Added, removed and changed entities between two releases of a list or of the registry."""
    from sanctionwatch.lists.diff import diff_entities
    from sanctionwatch.release import load_release_entities

    store = _store(db)
    try:
        before, after = load_release_entities(store, old), load_release_entities(store, new)
    except LookupError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    changes = diff_entities(before, after)
    if as_json:
        for c in changes:
            print(json.dumps({"change": c["change"], "id": c["id"], "schema": c.get("schema"),
                              "names": c.get("names", []),
                              "properties": sorted(c.get("properties", {}))}, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title=f"{old} → {new}: {len(changes)} changes")
    for col in ("change", "id", "schema", "names", "properties"):
        table.add_column(col)
    for c in changes:
        table.add_row(c["change"], c["id"], c.get("schema") or "", "; ".join(c.get("names", []))[:80],
                      ", ".join(sorted(c.get("properties", {})))[:60])
    console.print(table)


@app.command()
def release(
    db: DbOption = None,
    out: Annotated[Path, typer.Option(help="Folder for the release files (vN/ inside).")] = Path("releases"),
    author: Annotated[str, typer.Option(help="Who makes this release (audited).")] = "sanctionwatch",
) -> None:
    """Freeze the registry as a numbered version: FtM JSON lines, CSV, manifest with checksum."""
    from sanctionwatch.release import make_release

    manifest = make_release(_store(db), out, author)
    state = "new" if manifest["created"] else "unchanged since"
    console.print(f"registry v{manifest['version']} ({state}) → {manifest['path']}: {manifest['entities']} entities, "
                  f"sha256 {manifest['checksum']['sha256'][:16]}…")

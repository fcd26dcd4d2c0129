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
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not path.exists():
        err.print(f"[red]error:[/red] {path}: no such file or folder")
        raise typer.Exit(2)
    try:
        _import(_store(db, create=True), format, path, dataset or DEFAULT_DATASETS[format], fmt.read)
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
    _import(_store(db, create=True), "ftm-json", path, dataset, read_ftm_json)


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
        changes = release_diff(_store(db), old, new, schema, field, program)
    except LookupError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        for c in changes:
            print(json.dumps({"change": c["change"], "id": c["id"], "schema": c.get("schema"),
                              "names": c.get("names", []), "properties": c.get("properties", {})},
                             ensure_ascii=False, sort_keys=True))
        return
    table = Table(title=f"{old} → {new}: {len(changes)} changes")
    for col in ("change", "id", "schema", "names", "field", "before", "after"):
        table.add_column(col)
    for row in field_rows(changes):
        table.add_row(row["change"], row["id"], row["schema"] or "", "; ".join(row["names"])[:60],
                      row["field"], "; ".join(row["before"])[:80] or "-", "; ".join(row["after"])[:80] or "-")
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


@app.command()
def xref(
    db: DbOption = None,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Lowest score kept as a candidate.")] = 0.7,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Match registry entities against imported lists; list candidate links awaiting a decision."""
    from sanctionwatch.screening import Screener
    from sanctionwatch.xref import candidates, find_candidates

    store = _store(db)
    find_candidates(store, Screener(store).refresh(), threshold)
    rows = candidates(store)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str))
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
    from sanctionwatch.cli_curate import resolve_or_exit
    from sanctionwatch.xref import decide as record

    store = _store(db)
    if registry_id not in store.canonical_map():
        registry_id = resolve_or_exit(store, registry_id)  # a name: the entity it names
    try:
        row = record(store, registry_id, list_id, decision, author, reason)
    except (LookupError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"{row['registry_id']} → {row['list_id']}: {row['status']} by {row['decided_by']}")


@app.command()
def gaps(db: DbOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Implicated people (perpetrators, targets of imposed or called-for measures), what reports
    say was done against them, and their list candidates: who is not designated yet."""
    from sanctionwatch.report.gaps import gap_report

    rows = gap_report(_store(db))
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, sort_keys=True))
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

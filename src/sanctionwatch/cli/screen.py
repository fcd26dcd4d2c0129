"""Screening: `screen` (one name or a CSV batch) and `serve` (the yente-compatible HTTP API)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from sanctionwatch.api.settings import (
    CACHE_ENTRIES,
    MAX_BODY_BYTES,
    MAX_LIMIT,
    MAX_QUERIES,
    RATE_BURST,
    RATE_LIMIT,
    TIME_BUDGET,
    ApiSettings,
    load_api_keys,
)
from sanctionwatch.cli.common import DbOption, console, err, fail, print_json_lines, store_for
from sanctionwatch.csvsafe import safe_dict, unescape_cell
from sanctionwatch.services.screening import OUT_COLUMNS

MAX_BATCH = 1_000_000
app = typer.Typer()


def _screener(db: str | None):
    from sanctionwatch.screening import Screener

    return Screener(store_for(db)).refresh()


def _detail(explanations: dict) -> str:
    from sanctionwatch.services.screening import detail

    return detail(explanations)


@app.command()
def screen(
    name: Annotated[str | None, typer.Argument(help="A name in any script or spelling.")] = None,
    db: DbOption = None,
    dataset: Annotated[str, typer.Option(help="default (the registry), a list dataset, or all.")] = "all",
    schema: Annotated[str, typer.Option(help="Person, Organization, Company, Vessel…")] = "Person",
    birth_date: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. kh.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 5,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0)] = 0.7,
    batch: Annotated[Path | None, typer.Option(help="CSV with a `name` column (optional: id, schema, birth_date, country, gender).")] = None,
    out: Annotated[Path | None, typer.Option(help="CSV of hits for --batch; an existing file is resumed.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Screen a name (or a CSV batch) against the registry and imported lists: scored, explained hits."""
    from sanctionwatch.screen.errors import InvalidQuery

    if batch is not None:
        if out is None:
            fail("--batch needs --out FILE.csv")
        _screen_batch(db, batch, out, dataset, limit, threshold)
        return
    if name is None:
        fail("give a NAME or --batch FILE.csv")
    screener = _screener(db)
    try:
        hits = screener.match(dataset, schema, [name], birth_date=birth_date, country=[country] if country else None,
                              limit=limit, threshold=threshold)
    except (InvalidQuery, LookupError) as exc:
        fail(f"{exc}")
    if as_json:
        print_json_lines({"id": h.entity["id"], "caption": h.entity.get("caption"), "schema": h.entity["schema"],
                          "datasets": h.entity.get("datasets", []), "score": h.result.score,
                          "match": h.result.match, "explanations": h.result.explanations} for h in hits)
        return
    table = Table(title=f"{name!r}: {sum(h.result.match for h in hits)} match(es) at {threshold}")
    for col in ("score", "match", "name", "schema", "dataset", "why"):
        table.add_column(col)
    for h in hits:
        table.add_row(f"{h.result.score:.3f}", "yes" if h.result.match else "no", h.entity.get("caption", h.entity["id"]),
                      h.entity["schema"], ", ".join(h.entity.get("datasets", [])), _detail(h.result.explanations))
    console.print(table)


def _screen_batch(db: str | None, batch: Path, out: Path, dataset: str, limit: int, threshold: float) -> None:
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.services.screening import screen_row

    try:
        with batch.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        fail(f"{batch}: cannot read the CSV ({exc})")
    if not rows or "name" not in rows[0]:
        fail(f"{batch}: needs a header with a `name` column")
    if len(rows) > MAX_BATCH:
        fail(f"{batch}: {len(rows):,} rows, over the limit of {MAX_BATCH:,}; split the file")
    done: set[str] = set()
    if out.exists():
        with out.open(encoding="utf-8", newline="") as handle:
            done = {unescape_cell(r["row"]) for r in csv.DictReader(handle)}
    screener = _screener(db)
    new_file = not out.exists()
    problems = 0
    with out.open("a", encoding="utf-8", newline="") as handle, Progress(
        TextColumn("[bold]screen[/bold]"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        writer = csv.DictWriter(handle, fieldnames=OUT_COLUMNS)
        if new_file:
            writer.writeheader()
        task = progress.add_task("", total=len(rows))
        for number, row in enumerate(rows, start=2):  # line 1 is the header
            key = (row.get("id") or "").strip() or str(number)
            progress.advance(task)
            if key in done:
                continue
            try:
                out_rows = screen_row(screener, key, row, dataset, limit, threshold)
            except (InvalidQuery, LookupError) as exc:
                typer.echo(f"{batch}:{number}: {exc}", err=True)
                problems += 1
                writer.writerow(safe_dict({"row": key, "query": row.get("name"), "rank": 0,
                                           "detail": f"error: {exc}"}))
                continue
            writer.writerows(out_rows)
            handle.flush()
    console.print(f"screened {len(rows) - len(done)} rows ({len(done)} already done), {problems} with problems → {out}")


def _setting(name: str, help: str) -> Any:
    """An option of the API's limits, which the environment may set too (SANCTIONWATCH_API_<NAME>):
    one spelling for every limit, so that a new one cannot get a different variable name."""
    return typer.Option(envvar=f"SANCTIONWATCH_API_{name}", help=help)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    api_key_file: Annotated[Path | None, typer.Option(
        envvar="SANCTIONWATCH_API_KEY_FILE",
        help="Require an API key: one per line (or sha256:<hex>); sent as Authorization: Bearer/ApiKey.")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        help="Allow browser calls from this origin (repeatable); no CORS headers without it.")] = None,
    max_body_bytes: Annotated[int, _setting("MAX_BODY_BYTES", "Larger request bodies get 413.")] = MAX_BODY_BYTES,
    max_queries: Annotated[int, _setting("MAX_QUERIES", "Queries per /match request.")] = MAX_QUERIES,
    max_limit: Annotated[int, _setting("MAX_LIMIT", "Ceiling of `limit` (larger values are clamped).")] = MAX_LIMIT,
    time_budget: Annotated[float, _setting("TIME_BUDGET", "Seconds one request may compute.")] = TIME_BUDGET,
    rate_limit: Annotated[float, _setting("RATE_LIMIT", "Queries a second per client (key or IP); 0 = off.")] = RATE_LIMIT,
    rate_burst: Annotated[float, _setting("RATE_BURST", "Queries a client may send at once.")] = RATE_BURST,
    cache_entries: Annotated[int, _setting("CACHE_ENTRIES", "Ceiling of the matcher's memo caches, in entries "
                                                            "(memory levels off); 0 = none.")] = CACHE_ENTRIES,
    access_log: Annotated[bool, typer.Option(help="Log method, path (no query string), status, "
                                                  "time and client per request.")] = True,
) -> None:
    """Start the yente-compatible HTTP API (GET /healthz answers 200 once the index is ready)."""
    from sanctionwatch.api.server import limit_malloc_arenas, run

    limit_malloc_arenas()  # before the index-loading and worker threads exist
    from sanctionwatch.api.app import create_app

    try:
        settings = ApiSettings(
            max_body_bytes=max_body_bytes, max_queries=max_queries, max_limit=max_limit,
            time_budget=time_budget, rate_limit=rate_limit, rate_burst=rate_burst,
            api_keys=load_api_keys(api_key_file) if api_key_file else {},
            cors_origins=tuple(cors_origin or ()), access_log=access_log, cache_entries=cache_entries)
    except (OSError, ValueError) as exc:
        fail(f"{exc}")
    store_for(db)  # fail fast with a clear message if the store cannot be opened
    run(create_app(db, settings=settings), host=host, port=port)

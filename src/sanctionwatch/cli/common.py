"""What every command shares: the consoles, the `--db` option, opening the store, one-line errors.

The noun modules import from here and never from each other or from the package, so the
command modules form a tree with no cycle: `cli/__init__.py` imports them and mounts their
sub-apps, nothing imports `cli/__init__.py` back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from sanctionwatch.config import ENV_DB, missing_sqlite_file
from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.store import open_store
from sanctionwatch.store.sql import SqlStore

console = Console()
err = Console(stderr=True)
T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"Store: a SQLite path or URL, or postgresql://… (default ${ENV_DB} or ./sanctionwatch.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON lines (see README for the fields).")]
AuthorOption = Annotated[str, typer.Option(help="Who makes this change (recorded in the audit log).")]
ReasonOption = Annotated[str, typer.Option(help="Why (recorded in the audit log).")]


def fail(message: str, code: int = 2, markup: bool = True) -> NoReturn:
    """One error line on standard error, then exit with `code` (2: the input cannot be used)."""
    text = message if markup else escape(message)
    err.print(f"[red]error:[/red] {text}", highlight=False)
    raise typer.Exit(code)


def store_for(db: str | None, create: bool = False) -> SqlStore:
    """Open the store; only commands that write new data (`create`) may start a new SQLite file:
    a read command given a mistyped path refuses instead of showing an empty registry."""
    missing = None if create else missing_sqlite_file(db)
    if missing is not None:
        fail(f"no store at {missing}: the file does not exist. Check --db (or ${ENV_DB}); "
             "`sanctionwatch ingest` or `import` creates a store.")
    try:
        return open_store(db)
    except SanctionwatchError as exc:
        fail(str(exc), markup=False)


def run_service(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A service call whose refusal (a value that cannot be used, an unknown entity) is one error
    line and exit status 2, not a traceback."""
    from sanctionwatch.report.show import NoSuchEntity
    from sanctionwatch.services.curation import CurationError

    try:
        return call(*args, **kwargs)
    except (CurationError, NoSuchEntity, LookupError, ValueError) as exc:
        fail(str(exc), markup=False)


def print_json_lines(rows: Iterable[dict], default: Callable[[Any], Any] | None = None) -> None:
    """One JSON object per line, keys sorted, text as written (not \\u-escaped)."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, sort_keys=True, default=default))

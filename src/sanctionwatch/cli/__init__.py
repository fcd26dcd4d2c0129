"""The `sanctionwatch` command line: build (ingest), use (entities, show, export) and more.

Every command takes `--db` (or $SANCTIONWATCH_DB): a SQLite file by default, a PostgreSQL
URL for a shared server. Errors are one line naming the file or the problem.

One module per noun holds its commands on its own Typer app; this module mounts them on the
root app (their commands keep their top-level names) and is imported by none of them. What
they share (options, the store, error lines) is in `common.py`; what they do is in
`services/` and `report/`, which the API and the workbench call too.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from sanctionwatch.cli import (
    add,
    curate,
    entities,
    facts,
    ingest,
    lists,
    release,
    report,
    screen,
    web,
    xref,
)
from sanctionwatch.cli.common import err
from sanctionwatch.errors import SanctionwatchError

__all__ = ["app", "main"]

app = typer.Typer(
    help="sanctionwatch: a sourced registry of who did what to whom, and name screening over it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    import sanctionwatch
    import sanctionwatch.screen as matcher

    try:
        number = version("sanctionwatch")
    except PackageNotFoundError:  # running from a source tree
        number = sanctionwatch.__version__
    typer.echo(f"sanctionwatch {number} (matcher: {matcher.MATCHER_BUILD})")
    raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and which matcher build runs.")] = False,
) -> None:
    """sanctionwatch: a sourced registry of who did what to whom, and name screening over it."""


# the order of the help text: build, read, curate, lists, screen, serve
for _noun in (ingest, entities, facts, report, curate, add, lists, xref, release, screen, web):
    app.add_typer(_noun.app)


def main() -> None:
    try:
        app()
    except SanctionwatchError as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(2)

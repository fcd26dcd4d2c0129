"""`release`: freeze the registry as a numbered, checksummed version."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, console, store_for

app = typer.Typer()


@app.command()
def release(
    db: DbOption = None,
    out: Annotated[Path, typer.Option(help="Folder for the release files (vN/ inside).")] = Path("releases"),
    author: Annotated[str, typer.Option(help="Who makes this release (audited).")] = "sanctionwatch",
) -> None:
    """Freeze the registry as a numbered version: FtM JSON lines, CSV, manifest with checksum."""
    from sanctionwatch.release import make_release

    manifest = make_release(store_for(db), out, author)
    state = "new" if manifest["created"] else "unchanged since"
    console.print(f"registry v{manifest['version']} ({state}) → {manifest['path']}: {manifest['entities']} entities, "
                  f"sha256 {manifest['checksum']['sha256'][:16]}…")

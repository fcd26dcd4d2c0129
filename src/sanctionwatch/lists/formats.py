"""Registry of official-list formats: the name a user types → the reader for it.

`sanctionwatch import --format ofac-csv DIR` looks the format up here, so adding a list means
adding one entry, and the CLI's help can list what is supported without importing every reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sanctionwatch.lists.ofac_csv import iter_ofac_csv, read_ofac_csv
from sanctionwatch.lists.result import EntityDict, ImportLog, ImportResult, RowError
from sanctionwatch.lists.un_xml import iter_un_xml, read_un_xml

Reader = Callable[[Path, Callable[[RowError], None] | None], ImportResult]
Streamer = Callable[[Path, ImportLog | None], Iterator[EntityDict]]


@dataclass(frozen=True)
class ListFormat:
    """One supported format: its reader (all in memory) and streamer (entity by entity)."""

    name: str
    description: str
    takes: str  # "directory" or "file": what the path argument must be
    read: Reader
    stream: Streamer


FORMATS: dict[str, ListFormat] = {
    "ofac-csv": ListFormat(
        "ofac-csv",
        "US OFAC SDN list, legacy CSV set (sdn.csv + optional alt.csv, add.csv)",
        "directory",
        read_ofac_csv,
        iter_ofac_csv,
    ),
    "un-xml": ListFormat(
        "un-xml",
        "UN Security Council consolidated list, XML",
        "file",
        read_un_xml,
        iter_un_xml,
    ),
}


def get_format(name: str) -> ListFormat:
    """The format called `name`; ValueError listing the known names otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown list format {name!r} (known: {known})") from None


def read_list(
    name: str, path: Path, on_error: Callable[[RowError], None] | None = None
) -> ImportResult:
    """Import `path` with the format called `name` (what the CLI calls)."""
    return get_format(name).read(Path(path), on_error)

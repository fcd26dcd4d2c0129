"""What an official-list import returns: entities, row errors and metadata about the release.

Importers never stop on a bad row: a list with 15,000 records and one broken line must still
be screened against. Each problem becomes a `RowError` (file, line, reason) that the caller can
print, count or fail on, and the metadata says exactly which bytes were read (sha256), so two
imports can be compared and a release can be cited.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.errors import SourceError

EntityDict = dict[str, Any]
"""A FollowTheMoney entity as a plain dict: {"id", "schema", "properties": {prop: [values]}}."""


class ListFormatError(SourceError, ValueError):
    """A list file that cannot be imported at all (missing, empty, not XML, no sdn.csv).

    A SourceError (it names the file) and a ValueError, so callers that catch either, such
    as the CLI, report it as one line instead of a traceback.
    """


@dataclass(frozen=True)
class RowError:
    """A problem with one record of a source file.

    skipped: True when the record was left out; False when it was imported anyway (a
    recovered encoding or quoting problem) and the error is a warning about its values.
    """

    file: str
    line: int
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        what = "record skipped" if self.skipped else "warning"
        return f"{self.file}:{self.line}: {self.reason} ({what})"


@dataclass
class ImportMeta:
    """Facts about the release that was read, for provenance and for diffing releases.

    files: file name → sha256 of its bytes; rows: file name → data records read (blank lines
    and end-of-file markers excluded, broken records included); list_date: ISO date of the
    release when the format carries one (UN: `dateGenerated`; OFAC's legacy CSV has none).
    schemata: entities emitted per schema; dropped: values FollowTheMoney refused, per property
    (e.g. a `nationality` that is no country), so silent losses are at least counted.
    """

    source: str
    format: str
    path: str
    files: dict[str, str] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    list_date: str | None = None
    schemata: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready copy (Counters become plain dicts)."""
        return {
            "source": self.source,
            "format": self.format,
            "path": self.path,
            "files": dict(self.files),
            "rows": dict(self.rows),
            "list_date": self.list_date,
            "schemata": dict(self.schemata),
            "dropped": dict(self.dropped),
            **self.extra,
        }


class ImportLog:
    """Collects row errors and metadata while a streaming import runs.

    The streaming readers fill it in as they go, so a caller that consumes entities one by one
    (to a database, to a diff) still gets the errors, through `on_error` as they happen or from
    `errors` at the end.
    """

    def __init__(self, meta: ImportMeta, on_error: Callable[[RowError], None] | None = None):
        self.meta = meta
        self.errors: list[RowError] = []
        self._on_error = on_error

    def error(self, file: str, line: int, reason: str, *, skipped: bool = True) -> None:
        """Record a problem with the record at `file`:`line`."""
        err = RowError(file, line, reason, skipped)
        self.errors.append(err)
        if self._on_error is not None:
            self._on_error(err)

    def emitted(self, entity: EntityDict) -> EntityDict:
        """Count `entity` under its schema and hand it back (for use in a `yield`)."""
        self.meta.schemata[entity["schema"]] += 1
        return entity


@dataclass
class ImportResult:
    """A whole import in memory: entities (FtM dicts), row errors and release metadata."""

    entities: list[EntityDict]
    errors: list[RowError]
    meta: ImportMeta

    def __iter__(self) -> Iterator[EntityDict]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def by_id(self) -> dict[str, EntityDict]:
        """Entities keyed by id (ids are unique within one import)."""
        return {e["id"]: e for e in self.entities}

    def of_schema(self, schema: str) -> list[EntityDict]:
        """Entities of exactly `schema` (no sub-schemata)."""
        return [e for e in self.entities if e["schema"] == schema]

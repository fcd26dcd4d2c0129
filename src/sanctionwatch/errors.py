"""Errors a person can act on: each names the file (or row) and the problem."""

from __future__ import annotations


class SanctionwatchError(Exception):
    """Base class for errors shown to users as one line."""


class SourceError(SanctionwatchError):
    """A file that cannot be ingested: empty, binary, truncated, mis-encoded, too big, unreadable."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple:
        """Pickle as (path, reason): errors travel back from Ray workers in their document's place."""
        return (type(self), (self.path, self.reason))


class StoreError(SanctionwatchError):
    """The store cannot be opened or written (bad URL, server down, wrong schema)."""

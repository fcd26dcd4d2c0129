"""What curation refuses, for every front door: a value that cannot be used (`CurationError`),
a name that fits no entity (`NoSuchEntity`), a proposal someone else decided first
(`AlreadyDecided`). The CLI prints them as one line, the web answers 400 or 409."""

from __future__ import annotations

from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.report.show import NoSuchEntity
from sanctionwatch.store.curation import AlreadyDecided

__all__ = ["AlreadyDecided", "CurationError", "NoSuchEntity"]


class CurationError(SanctionwatchError, ValueError):
    """A change that cannot be made as given: the message says which value and why."""

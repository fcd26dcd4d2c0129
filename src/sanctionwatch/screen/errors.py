"""Errors raised for queries a user can fix."""

from __future__ import annotations

from sanctionwatch.errors import SanctionwatchError


class InvalidQuery(SanctionwatchError, ValueError):
    """A screening query that cannot be scored: empty, too long, control characters, mixed scripts.

    A ValueError so web layers map it to HTTP 400/422 without knowing this project.
    """

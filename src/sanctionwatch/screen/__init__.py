"""Screening: the name matcher (pure functions) and an in-memory/memory-mapped name index."""

from sanctionwatch.screen._compiled import choose_build

# before the first import of the matcher: compiled (mypyc) or, if stale or disabled, the source
MATCHER_BUILD = choose_build()

from sanctionwatch.screen.errors import InvalidQuery  # noqa: E402
from sanctionwatch.screen.index import Hit, NameIndex  # noqa: E402
from sanctionwatch.screen.matcher import THRESHOLD, MatchResult, match, match_names  # noqa: E402
from sanctionwatch.screen.query import Record  # noqa: E402

__all__ = ["MATCHER_BUILD", "THRESHOLD", "Hit", "InvalidQuery", "MatchResult", "NameIndex", "Record", "match", "match_names"]

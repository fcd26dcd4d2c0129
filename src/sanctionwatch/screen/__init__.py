"""Screening: the name matcher (pure functions) and an in-memory/memory-mapped name index."""

from sanctionwatch._compiled import BUILD as MATCHER_BUILD  # "compiled" (mypyc) or "source"
from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.index import Hit, NameIndex
from sanctionwatch.screen.matcher import THRESHOLD, MatchResult, match, match_names
from sanctionwatch.screen.query import Record

__all__ = ["MATCHER_BUILD", "THRESHOLD", "Hit", "InvalidQuery", "MatchResult", "NameIndex", "Record", "match", "match_names"]

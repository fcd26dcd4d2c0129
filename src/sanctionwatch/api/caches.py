"""A ceiling on the matcher's memo caches in a long-running server, so that its memory levels off.

The name functions (`names/`, `screen/`) memoise their results in `functools.lru_cache`s sized
for building an index of a million names: about twenty caches whose bounds add up to some two
million entries. Every new spelling a client screens adds entries, so a server's RSS rose by
about 3 MB per 1,000 requests for as long as any of those caches was still filling, well past
a 20,000-request soak (bench/RESULTS.md): bounded, but only at several hundred MB above the
index. Screening a fresh name gains little from them (1,000 new misspellings took as long right
after clearing every cache as with warm ones), so a server holds them to `max_entries` in all:
every CHECK_EVERY requests it counts their entries and, past the ceiling, clears them all; the
memory they held is reused as they fill again, and RSS stays where the ceiling put it.

Only caches of at least MIN_MAXSIZE entries are counted and cleared: the tiny ones hold
objects that are costly to build and never grow (an ICU transliterator).
`cache_clear` is safe while another thread is inside the cached function.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("sanctionwatch.api")

CHECK_EVERY = 64
MIN_MAXSIZE = 1024
PREFIXES = ("sanctionwatch.names", "sanctionwatch.screen")


def memo_caches(prefixes: tuple[str, ...] = PREFIXES, min_maxsize: int = MIN_MAXSIZE) -> list[Callable[..., Any]]:
    """The lru_cache-wrapped functions of the modules under `prefixes` imported so far."""
    found: dict[int, Callable[..., Any]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(prefixes):
            continue
        for value in list(vars(module).values()):
            if type(value).__name__ == "_lru_cache_wrapper":
                maxsize = value.cache_info().maxsize
                if maxsize is None or maxsize >= min_maxsize:
                    found[id(value)] = value
    return list(found.values())


class CacheBudget:
    """Counts requests; every CHECK_EVERY, clears the memo caches if they hold too much."""

    def __init__(self, max_entries: int, prefixes: tuple[str, ...] = PREFIXES) -> None:
        self.max_entries = max_entries
        self.prefixes = prefixes
        self.clears = 0
        self._requests = 0
        self._modules = -1
        self._caches: list[Callable[..., Any]] = []

    def caches(self) -> list[Callable[..., Any]]:
        if len(sys.modules) != self._modules:  # a module imported since (a script's first query)
            self._modules = len(sys.modules)
            self._caches = memo_caches(self.prefixes)
        return self._caches

    def entries(self) -> int:
        return sum(cache.cache_info().currsize for cache in self.caches())  # type: ignore[attr-defined]

    def note_request(self) -> None:
        """One request computed (called on the event loop, so the count needs no lock)."""
        self._requests += 1
        if self.max_entries and self._requests % CHECK_EVERY == 0:
            self.check()

    def check(self) -> bool:
        """Clear every cache when their entries pass the ceiling; True when it did."""
        entries = self.entries()
        if entries <= self.max_entries:
            return False
        for cache in self.caches():
            cache.cache_clear()  # type: ignore[attr-defined]
        self.clears += 1
        logger.info("matcher caches cleared: %d entries, ceiling %d (clear %d)", entries, self.max_entries,
                    self.clears)
        return True

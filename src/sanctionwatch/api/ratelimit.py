"""Token buckets per client, in queries: the per-client rate limit and its Retry-After.

Each client (an API key's id, else the client's address) has a bucket of `burst` tokens that
refills at `rate` a second. Taking a token is refused when the bucket holds less than one, and
says how long until it will; a request then charges the rest of its cost as debt (a /match
costs one token per query, more with a large `limit`; a /search with a deep offset costs what
ranking that many hits does), so one 100-query request costs as much as 100 one-query requests
without being refused half-way.
Buckets are kept for at most `max_clients` clients (least recently seen dropped first), so a
flood of addresses cannot grow memory; a dropped client starts again with a full bucket.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict


class TokenBuckets:
    def __init__(self, rate: float, burst: float, max_clients: int = 10_000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def _level(self, client: str, now: float) -> float:
        tokens, last = self._buckets.get(client, (self.burst, now))
        return min(self.burst, tokens + (now - last) * self.rate)

    def take(self, client: str, cost: float = 1.0, now: float | None = None) -> float:
        """Take `cost` tokens; 0.0 when allowed, else the seconds to wait (nothing taken)."""
        if not self.enabled:
            return 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            level = self._level(client, now)
            if level < min(cost, self.burst):
                self._store(client, level, now)
                return (min(cost, self.burst) - level) / self.rate
            self._store(client, level - cost, now)
            return 0.0

    def charge(self, client: str, cost: float, now: float | None = None) -> None:
        """Take `cost` tokens even into debt (the work is already accepted).

        The debt is not capped: a request's cost is bounded by validation (queries, limit,
        offset), and a cap would let a client that only sends the largest requests go faster.
        """
        if not self.enabled or cost <= 0:
            return
        now = time.monotonic() if now is None else now
        with self._lock:
            self._store(client, self._level(client, now) - cost, now)

    def _store(self, client: str, tokens: float, now: float) -> None:
        self._buckets[client] = (tokens, now)
        self._buckets.move_to_end(client)
        while len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)

    def __len__(self) -> int:
        return len(self._buckets)


def retry_after(seconds: float) -> str:
    """Retry-After as HTTP wants it: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))

"""The API's limits and options, with defaults that hold a public-facing server together.

Every limit is here so that `serve` options, environment variables and tests set the same
thing, and so that no route invents its own number. The defaults are chosen for one process on
a small machine: a yente client screening one name at a time never meets them; a script sending
100-query batches in a loop is slowed to `rate_limit` queries a second instead of starving
everyone else.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

MAX_BODY_BYTES = 1_048_576
MAX_QUERIES = 100
MAX_LIMIT = 100
MAX_RESULTS = 1_000
TIME_BUDGET = 5.0
RATE_LIMIT = 50.0
RATE_BURST = 200.0
CACHE_ENTRIES = 500_000


@dataclass(frozen=True)
class ApiSettings:
    """Limits of one API process (see the module docstring for why each exists).

    max_body_bytes: request bodies above this are refused with 413 (Content-Length, or counted
        while the body streams in when there is none).
    max_queries: queries in one /match request (more is a 400).
    max_limit: ceiling of `limit` on /match and /search; a larger `limit` is clamped to it and
        the response's `limit` says what was applied.
    max_results: results in one /match response at most; with many queries the per-query limit
        becomes `max_results // queries` (never below 1).
    time_budget: seconds one request may compute; /match queries not started by then answer
        `status: 504` inside a 200 response; a request that cannot start in time is a 503.
    rate_limit / rate_burst: token bucket per client (API key, else IP address), in queries
        per second; a /match request costs one token per query. 0 turns it off.
    heavy_concurrency: requests larger than a few ordinary queries compute this many at a
        time, so that batches queue behind each other, not in front of single-name lookups.
    cache_entries: the matcher's memo caches hold at most about this many entries in all; past
        it they start over, so that the server's memory levels off (`caches.py`); 0 = no ceiling.
    api_keys: sha256 hex digest → key id; empty means no key is required.
    cors_origins: origins allowed by CORS; empty means no CORS headers at all.
    """

    max_body_bytes: int = MAX_BODY_BYTES
    max_queries: int = MAX_QUERIES
    max_limit: int = MAX_LIMIT
    max_results: int = MAX_RESULTS
    time_budget: float = TIME_BUDGET
    rate_limit: float = RATE_LIMIT
    rate_burst: float = RATE_BURST
    heavy_concurrency: int = 1
    cache_entries: int = CACHE_ENTRIES
    api_keys: dict[str, str] = field(default_factory=dict)
    cors_origins: tuple[str, ...] = ()
    access_log: bool = True

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_queries", "max_limit", "max_results", "heavy_concurrency"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.cache_entries < 0:
            raise ValueError("cache_entries must be >= 0")
        if self.time_budget <= 0:
            raise ValueError("time_budget must be positive")
        if self.rate_limit < 0 or (self.rate_limit > 0 and self.rate_burst < 1):
            raise ValueError("rate_limit must be >= 0 and rate_burst >= 1")


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def key_id(digest: str) -> str:
    """What logs name a key by: a short prefix of its hash, never the key itself."""
    return digest[:12]


def load_api_keys(path: str | Path) -> dict[str, str]:
    """Keys from a file: one per line, blank lines and `#` comments skipped.

    A line `sha256:<hex>` holds a key's digest instead of the key, so the file need not keep
    secrets in clear. Returns digest → key id. An empty file is an error: it would otherwise
    turn authentication off without a word.
    """
    keys: dict[str, str] = {}
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("sha256:"):
            digest = line.removeprefix("sha256:").lower()
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise ValueError(f"{path}:{number}: sha256: must be followed by 64 hex digits")
        else:
            if any(c.isspace() for c in line):
                raise ValueError(f"{path}:{number}: a key cannot contain spaces")
            digest = key_digest(line)
        keys[digest] = key_id(digest)
    if not keys:
        raise ValueError(f"{path}: no API key in the file")
    return keys

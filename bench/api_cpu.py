"""CPU per API request kind and garbage-collection pauses, measured in one process (no HTTP).

Usage: python bench/api_cpu.py --db STORE [--queries 350] [--gc-queries 4000]

Thread CPU time, not wall time, so that the figures hold on a machine shared with other work
(bench/api_abuse.py's latencies do not). Queries are real OFAC spellings with one or two letters
changed, as in bench/api_abuse.py.

1. CPU per request: an ordinary /match (one name, limit 5), a /search (limit 10) as the API
   runs it now (`Screener.search`: one pass per index), and the same search done the way it
   was before issue 12's follow-up (one `match` per schema, 60 hits each), kept here as the
   reference.
2. Garbage collection over --gc-queries screenings (9 in 10 /match, 1 in 10 /search), once with
   Python's default thresholds and once with the server's (`api.server.GC_THRESHOLDS`), each in
   a fresh process: collections per generation and the longest pause (CPU).
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_abuse import mutate, names_for_queries  # noqa: E402
from sanctionwatch.api import service  # noqa: E402
from sanctionwatch.screening import Screener  # noqa: E402
from sanctionwatch.store import open_store  # noqa: E402

PARAMS = service.MatchParams(limit=5, threshold=0.7, cutoff=0.5)


def two_pass_search(s: Screener, q: str, limit: int = 10, offset: int = 0) -> list[str]:
    """/search as it was: each schema searched on its own, 50 more hits than shown."""
    found: dict[str, float] = {}
    for schema in ("Person", "Organization"):
        for hit in s.match("all", schema, [q], limit=min(500, offset + limit + 50), cutoff=0.3):
            found[hit.entity["id"]] = max(found.get(hit.entity["id"], 0.0), hit.result.score)
    return sorted(found, key=lambda i: (-found[i], i))[offset:offset + limit]


def cpu(s: Screener, queries: list[str]) -> None:
    kinds = {
        "match (1 name, limit 5)": lambda q: service.match_one(s, "all", "Person", {"name": [q]}, PARAMS),
        "search (limit 10), now": lambda q: s.search("all", q),
        "search (limit 10), two passes as before": lambda q: two_pass_search(s, q),
    }
    for q in queries[:50]:  # warm the caches alike
        for run in kinds.values():
            run(q)
    times: dict[str, list[float]] = {k: [] for k in kinds}
    for q in queries[50:]:
        for kind, run in kinds.items():
            begun = time.thread_time()
            run(q)
            times[kind].append(time.thread_time() - begun)
    for kind, values in times.items():
        values.sort()
        print(f"{kind}: CPU p50 {values[len(values) // 2] * 1000:.1f} ms, p99 "
              f"{values[int(len(values) * 0.99)] * 1000:.1f} ms, mean {sum(values) / len(values) * 1000:.1f} ms "
              f"({len(values)} queries)")


def gc_run(s: Screener, queries: list[str], thresholds: tuple[int, ...]) -> None:
    gc.set_threshold(*thresholds)
    pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    begun = [0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            begun[0] = time.thread_time()
        else:
            pauses[info["generation"]].append(time.thread_time() - begun[0])

    gc.callbacks.append(watch)
    slowest = 0.0
    for n, q in enumerate(queries):
        start = time.thread_time()
        if n % 10:
            service.match_one(s, "all", "Person", {"name": [q]}, PARAMS)
        else:
            s.search("all", q)
        slowest = max(slowest, time.thread_time() - start)
    gc.callbacks.remove(watch)
    print(f"thresholds {thresholds}: " + "; ".join(
        f"gen {g}: {len(p)} collections, longest {max(p, default=0) * 1000:.0f} ms, total {sum(p) * 1000:.0f} ms"
        for g, p in pauses.items()) + f"; slowest screening {slowest * 1000:.0f} ms CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", type=int, default=350)
    parser.add_argument("--gc-queries", type=int, default=4000)
    parser.add_argument("--gc-only", help=argparse.SUPPRESS)  # thresholds, in the child process
    args = parser.parse_args()
    s = Screener(open_store(args.db)).refresh()
    names = names_for_queries()
    rng = random.Random(3)
    if args.gc_only:
        gc_run(s, [mutate(rng, rng.choice(names)) for _ in range(args.gc_queries)],
               tuple(int(x) for x in args.gc_only.split(",")))
        return 0
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    cpu(s, [mutate(rng, rng.choice(names)) for _ in range(args.queries + 50)])
    from sanctionwatch.api.server import GC_THRESHOLDS

    for thresholds in (gc.get_threshold(), GC_THRESHOLDS):
        subprocess.run([sys.executable, __file__, "--db", args.db, "--gc-queries", str(args.gc_queries),
                        "--gc-only", ",".join(map(str, thresholds))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

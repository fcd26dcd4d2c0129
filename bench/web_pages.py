"""Workbench page latency: every main page over the seeds plus the OFAC 2024 list.

Builds a SQLite store (or uses --db, e.g. a PostgreSQL URL of an empty database), ingests
../shared/corpus/seeds, imports ../shared/data/ofac-2024 (ofac-csv), serves the workbench on a
loopback port and times each page through HTTP as a logged-in analyst: the first request
(cold), then --runs more (p50 / p95); then, for a few pages, an analyst's change (a split by
name: judgement, re-resolution, read model rebuilt before the redirect) and the page after it.
Target: under 300 ms per page.

Usage: python bench/web_pages.py [--runs 30] [--db URL] [--data ../shared]
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]


def build(db: str, shared: Path) -> None:
    from sanctionwatch.cli import app

    runner = CliRunner()
    for args in (["ingest", str(shared / "corpus" / "seeds")],
                 ["import", str(shared / "data" / "ofac-2024"), "--format", "ofac-csv"],
                 ["user", "add", "bench", "--role", "analyst", "--password", "bench-password"]):
        started = time.perf_counter()
        result = runner.invoke(app, [*args, "--db", db])
        if result.exit_code != 0:
            sys.exit(f"{' '.join(args)} failed: {result.output}")
        print(f"{args[0]}: {time.perf_counter() - started:.1f} s", file=sys.stderr)


def serve(db: str) -> tuple[str, uvicorn.Server]:
    from sanctionwatch.store import open_store
    from sanctionwatch.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(open_store(db)), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def login(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"csrf": csrf, "name": "bench", "password": "bench-password"})
    return client


def pages(client: httpx.Client) -> dict[str, tuple[str, str, dict | None]]:
    found = client.get("/", params={"q": "Hun Sen"}).text
    entity = re.search(r'href="(/entity/[^"]+)"', found).group(1)
    quote = re.search(r'class="quote" href="([^"]+)"', client.get(entity).text).group(1).replace("&amp;", "&")
    csrf = re.search(r'name="csrf" value="([^"]+)"', found).group(1)
    return {
        "search (all)": ("GET", "/", None),
        "search Hun Sen": ("GET", "/?q=Hun+Sen", None),
        "search ហ៊ុនសែន": ("GET", "/?q=%E1%9E%A0%E1%9F%8A%E1%9E%BB%E1%9E%93%E1%9E%9F%E1%9F%82%E1%9E%93", None),
        "search + filters": ("GET", "/?schema=Person&role=perpetrator", None),
        "entity": ("GET", entity, None),
        "document (quote)": ("GET", quote, None),
        "review queue": ("GET", "/queue", None),
        "measures & gaps": ("GET", "/measures", None),
        "export measures.xlsx": ("GET", "/export/measures.xlsx", None),
        "audit log": ("GET", "/audit", None),
        "releases": ("GET", "/releases", None),
        "screening (3 names)": ("POST", "/screen", {"csrf": csrf, "names": "HUN Sen\nKun Kim\nTry Pheap",
                                                   "dataset": "all", "threshold": "0.7"}),
        "timeline.json": ("GET", entity.replace("/entity/", "/api/entity/") + "/timeline.json", None),
        "network.json": ("GET", entity.replace("/entity/", "/api/entity/") + "/network.json", None),
        "merge form": ("GET", "/merge", None),
    }


def timed(client: httpx.Client, method: str, path: str, form: dict | None) -> float:
    started = time.perf_counter()
    response = client.request(method, path, data=form)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        sys.exit(f"{method} {path}: HTTP {response.status_code}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", help="an empty store URL (default: a new SQLite file)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    db = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='sw-web-bench-')) / 'bench.db'}"
    build(db, args.data)
    base, server = serve(db)
    client = login(base)
    rows = []
    for name, (method, path, form) in pages(client).items():
        cold = timed(client, method, path, form)
        runs = sorted(timed(client, method, path, form) for _ in range(args.runs))
        rows.append((name, cold, statistics.median(runs), runs[max(0, int(len(runs) * 0.95) - 1)]))
    # after each analyst change (a judgement) the read model, and the registry's screening
    # index, are rebuilt by the first request that needs them
    after = {}
    targets = pages(client)
    for name in ("entity", "search Hun Sen", "review queue", "screening (3 names)"):
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/merge").text).group(1)
        started = time.perf_counter()
        client.post("/merge", data={"csrf": csrf, "left": "Hun Sen", "right": "Sam Rainsy",
                                    "action": "split", "reason": f"bench {len(after)}"})
        after[name] = ((time.perf_counter() - started) * 1000, timed(client, *targets[name]))
    print(f"workbench pages over {db.split('://')[0]}: seeds + OFAC 2024, {args.runs} runs each")
    print(f"{'page':24} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, cold, p50, p95 in rows:
        flag = "" if p95 < 300 else "  over 300 ms"
        print(f"{name:24} {cold:8.0f} {p50:8.0f} {p95:8.0f}{flag}")
    print(f"\n{'after a change (split by name)':36} {'POST ms':>8} {'then page ms':>13}")
    for name, (post, ms) in after.items():
        print(f"{name:36} {post:8.0f} {ms:13.0f}")
    server.should_exit = True


if __name__ == "__main__":
    main()

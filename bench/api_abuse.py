"""The screening API under abuse: ordinary latency beside hostile requests, no 500s, RSS over a soak.

Usage: python bench/api_abuse.py [--db PATH] [--hostile 10000] [--soak 20000] [--max-seconds 1200]

Loopback only and bounded: it starts `sanctionwatch serve` on 127.0.0.1 (a free port) as a child
process, sends a fixed number of requests, stops the server and exits; every phase also stops at
`--max-seconds`. Without `--db` it builds a store in a temporary folder: the seed corpus plus the
OFAC 2024 SDN list when ../shared is there, else 5,000 generated people loaded as FtM JSON.

1. baseline: ordinary requests alone (one client, paced), p50/p99.
2. abuse: `--hostile` hostile requests from four threads (100-query /match/all batches with
   limit=500 threshold=0 cutoff=0, 2-3 MB bodies, chunked bodies, lone surrogates, NULs, huge
   and deeply nested values, bad JSON, bad parameters, floods, missing and wrong keys …), and
   four more clients sending only those batches as fast as their rate limit allows, while the
   ordinary client goes on; prints ordinary p50/p99 and the status counts of the hostile ones.
3. soak: `--soak` requests (80% ordinary with ever-new spellings, 20% bad input) from eight
   clients, each under its rate limit; prints the server's RSS every 1,000 requests.

Targets (issue 12): ordinary p99 <= 100 ms during the abuse phase, no 500 among the hostile
requests, RSS levelling off during the soak. The ordinary latencies are printed as the client saw
them and as the server's access log timed them (the difference is time outside the server's
request handling), with the machine's load average at each phase: on a shared machine the
client's figures say more about the other processes than about the server.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HOST = "127.0.0.1"  # never anything else: this benchmark attacks a server
ORDINARY_KEY = "bench-ordinary"
HOSTILE_KEYS = [f"bench-hostile-{n}" for n in range(4)]
BATCH_KEYS = [f"bench-batch-{n}" for n in range(4)]
SOAK_KEYS = [f"bench-soak-{n}" for n in range(8)]
EXPENSIVE = {"batch-100-limit-500-cutoff-0", "search-deep-offset", "flood"}
FIRST = ["Sokha", "Dara", "Vanna", "Rithy", "Chenda", "Bopha", "Sophal", "Kosal", "Malis", "Narin",
         "Ivan", "Olga", "Maria", "Ahmed", "Li", "Hassan", "Elena", "Jorge", "Anna", "Pierre"]
LAST = ["Kem", "Chea", "Sok", "Heng", "Lim", "Ouk", "Prak", "Sam", "Tep", "Yim", "Petrov",
        "Garcia", "Haddad", "Wang", "Novak", "Rossi", "Dubois", "Silva", "Khan", "Meyer"]


# -- the store --------------------------------------------------------------------------------
def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "sanctionwatch", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_store(folder: Path) -> tuple[Path, str]:
    db = folder / "bench.db"
    seeds, ofac = SHARED / "corpus" / "seeds", SHARED / "data" / "ofac-2024"
    if seeds.is_dir() and (ofac / "sdn.csv").is_file():
        _cli("ingest", str(seeds), "--db", str(db))
        _cli("import", str(ofac), "--format", "ofac-csv", "--db", str(db))
        return db, "seed corpus + OFAC 2024 SDN"
    rng = random.Random(7)
    people = folder / "people.ftm.json"
    with people.open("w", encoding="utf-8") as handle:
        for n in range(5000):
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}{rng.randrange(100)}"
            handle.write(json.dumps({"id": f"gen-{n}", "schema": "Person",
                                     "properties": {"name": [name]}}) + "\n")
    _cli("load", str(people), "--dataset", "generated", "--db", str(db))
    return db, "5,000 generated people"


def names_for_queries() -> list[str]:
    """Real list spellings when the shared OFAC file is there, else generated ones."""
    sdn = SHARED / "data" / "ofac-2024" / "sdn.csv"
    if sdn.is_file():
        with sdn.open(encoding="latin-1", newline="") as handle:
            names = [row[1] for row in csv.reader(handle) if len(row) > 2 and row[2].strip() == "individual"]
        if names:
            return names
    return [f"{a} {b}" for a in FIRST for b in LAST]


# -- the server -------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(db: Path, keys: Path, log: Path, extra: list[str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "sanctionwatch", "serve", "--db", str(db), "--host", HOST,
           "--port", str(port), "--api-key-file", str(keys), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"the server did not become ready; see {log}")


# -- requests ---------------------------------------------------------------------------------
Request = tuple[str, str, dict]


def mutate(rng: random.Random, name: str) -> str:
    chars = list(name)
    for _ in range(rng.randint(0, 2)):
        chars[rng.randrange(len(chars))] = rng.choice("aeioukmnrst")
    return "".join(chars)


def ordinary(rng: random.Random, names: list[str]) -> Request:
    """A single-name screening (/match, as yente-client sends it) or, one time in ten, a search."""
    name = mutate(rng, rng.choice(names))
    if rng.random() < 0.9:
        return "POST", "/match/all", {"json": {"queries": {"q": {"schema": "Person", "properties": {"name": [name]}}}}}
    return "GET", "/search/all", {"params": {"q": name, "limit": 10}}


def _raw(text: str) -> dict:
    return {"content": text.encode("utf-8", "surrogatepass"), "headers": {"content-type": "application/json"}}


def _chunks(size: int) -> Callable[[], Iterator[bytes]]:
    def gen() -> Iterator[bytes]:
        yield b'{"queries": {"q": {"schema": "Person", "properties": {"name": ["'
        for _ in range(size // 65536):
            yield b"x" * 65536
        yield b'"]}}}}'
    return gen


def hostile_kinds(names: list[str]) -> dict[str, Callable[[random.Random], Request]]:
    def batch(rng: random.Random) -> Request:
        queries = {f"q{i}": {"schema": "Person", "properties": {"name": [rng.choice(names)]}} for i in range(100)}
        return "POST", "/match/all", {"json": {"queries": queries},
                                      "params": {"limit": 500, "threshold": 0, "cutoff": 0}}

    def query(value: str) -> dict:
        return {"queries": {"q": {"schema": "Person", "properties": {"name": [value]}}}}

    big = json.dumps({"queries": {"q": {"schema": "Person", "properties": {"name": ["A B"]}}},
                      "config": {"pad": "x" * 2_500_000}})
    return {
        "batch-100-limit-500-cutoff-0": batch,
        "body-2.5MB": lambda rng: ("POST", "/match/all", _raw(big)),
        "chunked-3MB": lambda rng: ("POST", "/match/all", {"content": _chunks(3_000_000)(),
                                                          "headers": {"content-type": "application/json"}}),
        "lone-surrogate": lambda rng: ("POST", "/match/all", _raw('{"queries": {"q": {"schema": "Person", "properties": {"name": ["\\udfff"]}}}}')),
        "surrogate-key": lambda rng: ("POST", "/match/all", _raw('{"queries": {"\\ud800": {"schema": "Person", "properties": {"name": ["Hun Sen"]}}}}')),
        "nul": lambda rng: ("POST", "/match/all", {"json": query("Hun\x00Sen")}),
        "huge-string": lambda rng: ("POST", "/match/all", {"json": query("x" * 200_000)}),
        "deep-nesting": lambda rng: ("POST", "/match/all", _raw('{"queries": {"q": {"schema": "Person", "properties": {"name": ' + "[" * 20000 + "]" * 20000 + "}}}}")),
        "bad-json": lambda rng: ("POST", "/match/all", _raw('{"queries": {')),
        "wrong-types": lambda rng: ("POST", "/match/all", {"json": {"queries": [1, 2, 3]}}),
        "101-queries": lambda rng: ("POST", "/match/all", {"json": {"queries": {f"q{i}": query("A B")["queries"]["q"] for i in range(101)}}}),
        "unknown-dataset": lambda rng: ("POST", "/match/nowhere", {"json": query("Hun Sen")}),
        "bad-params": lambda rng: ("POST", "/match/all", {"json": query("Hun Sen"), "params": rng.choice(
            [{"limit": -1}, {"limit": "abc"}, {"threshold": 2}, {"cutoff": "nan"}, {"limit": 10**30}])}),
        "search-surrogate-bytes": lambda rng: ("GET", "/search/all?q=%ED%BF%BF%00", {}),
        "search-huge-q": lambda rng: ("GET", "/search/all", {"params": {"q": "y" * 4000}}),
        "search-deep-offset": lambda rng: ("GET", "/search/all", {"params": {"q": rng.choice(names), "offset": 9999, "limit": 500}}),
        "entity-odd-id": lambda rng: ("GET", "/entities/%ED%BF%BF" + "z" * 600, {}),
        "no-key": lambda rng: ("POST", "/match/all", {"json": query("Hun Sen"), "headers": {"authorization": ""}}),
        "wrong-key": lambda rng: ("POST", "/match/all", {"json": query("Hun Sen"), "headers": {"authorization": "Bearer guess"}}),
        "odd-auth-header": lambda rng: ("GET", "/search/all", {"params": {"q": "Hun Sen"}, "headers": {"authorization": b"Bearer \xff\xfe"}}),
        "unknown-path": lambda rng: ("GET", "/admin/../../etc/passwd", {}),
        "wrong-method": lambda rng: ("DELETE", "/match/all", {}),
        "flood": lambda rng: ("POST", "/match/all", {"json": query(rng.choice(names))}),
    }


# -- clients ----------------------------------------------------------------------------------
class Client:
    """One keep-alive connection with its key; records (status, seconds) per request."""

    def __init__(self, base: str, key: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {key}"})

    def send(self, request: Request) -> tuple[int, float]:
        method, path, kwargs = request
        start = time.perf_counter()
        self.last_size = 0
        try:
            response = self.http.request(method, path, **kwargs)
            self.last_size = len(response.read())
            status = response.status_code
        except httpx.TimeoutException:
            status = -2
        except httpx.HTTPError:  # the server closing the connection on a refused upload
            status = -1
        except (UnicodeError, ValueError):  # a request httpx itself will not send
            status = -3
        return status, time.perf_counter() - start

    def close(self) -> None:
        self.http.close()


Sample = tuple[str, int, float]  # path, status, seconds


def ordinary_loop(base: str, names: list[str], rate: float, stop: threading.Event, deadline: float,
                  out: list[Sample], limit: int | None = None) -> None:
    client, rng = Client(base, ORDINARY_KEY), random.Random(len(out) + int(rate))
    next_at = time.perf_counter()
    while not stop.is_set() and time.monotonic() < deadline and (limit is None or len(out) < limit):
        next_at += 1 / rate
        request = ordinary(rng, names)
        out.append((request[1], *client.send(request)))
        time.sleep(max(0.0, next_at - time.perf_counter()))
    client.close()


def ordinary_process(base: str, names: list[str], rate: float, stop, deadline: float,  # noqa: ANN001
                     limit: int | None, results) -> None:  # noqa: ANN001
    """The ordinary client in a process of its own, so that the hostile threads' work on the
    client side (building megabyte bodies) does not delay it and count as server latency."""
    samples: list[Sample] = []
    ordinary_loop(base, names, rate, stop, deadline, samples, limit)
    results.put(samples)


def run_ordinary(base: str, names: list[str], rate: float, deadline: float,
                 limit: int | None = None) -> tuple[Callable[[], list[Sample]], Callable[[], None]]:
    """Start the ordinary client; returns (collect, stop)."""
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    proc = context.Process(target=ordinary_process, args=(base, names, rate, stop, deadline, limit, results))
    proc.start()

    def collect() -> list[Sample]:
        samples = results.get(timeout=max(60.0, deadline - time.monotonic() + 60))
        proc.join(timeout=30)
        return samples

    return collect, stop.set


def load() -> str:
    """The machine's load average (1, 5, 15 min): the figures mean little on a busy machine."""
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def server_times(log: Path, start: int, end: int, key: str) -> dict[str, list[float]]:
    """path → seconds the server itself took (its access log) for `key`'s 200s in a log span.

    Beside the client's figures: the difference is time spent outside the server's request
    handling (the client process waiting for a core, the loopback, the kernel).
    """
    from sanctionwatch.api.settings import key_digest, key_id

    client = f"key:{key_id(key_digest(key))}"
    with log.open("rb") as handle:
        handle.seek(start)
        text = handle.read(end - start).decode("utf-8", "replace")
    out: dict[str, list[float]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[-1] == client and parts[-3] == "200" and parts[-2].endswith("ms"):
            out.setdefault(parts[-4], []).append(float(parts[-2][:-2]) / 1000)
    return out


def server_lines(label: str, times: dict[str, list[float]]) -> str:
    return "\n".join(f"{label}, {path} (server side): p50 {percentile(v, 50) * 1000:.1f} ms, "
                     f"p99 {percentile(v, 99) * 1000:.1f} ms, max {max(v) * 1000:.1f} ms"
                     for path, v in sorted(times.items()))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def latency_lines(label: str, samples: list[Sample]) -> str:
    lines = []
    for path in sorted({p for p, _, _ in samples}):
        ok = [s for p, status, s in samples if p == path and status == 200]
        codes = Counter(status for p, status, _ in samples if p == path)
        lines.append(f"{label}, {path}: {sum(codes.values())} requests, p50 {percentile(ok, 50) * 1000:.1f} ms, "
                     f"p99 {percentile(ok, 99) * 1000:.1f} ms, max {max(ok, default=0) * 1000:.1f} ms, "
                     f"mean {statistics.fmean(ok) * 1000 if ok else 0:.1f} ms, statuses {dict(sorted(codes.items()))}")
    return "\n".join(lines)


def run_hostile(base: str, kinds: dict[str, Callable[[random.Random], Request]], total: int,
                deadline: float, threads: int = 4,
                ) -> tuple[Counter, dict[str, Counter], dict[str, tuple[int, float]]]:
    """`total` hostile requests, kinds in turn, over `threads` clients with their own keys."""
    plan = [name for _, name in zip(range(total), _cycle(sorted(kinds)), strict=False)]
    statuses: Counter = Counter()
    per_kind: dict[str, Counter] = {k: Counter() for k in kinds}
    worst: dict[str, tuple[int, float]] = {k: (0, 0.0) for k in kinds}  # largest body, slowest
    lock = threading.Lock()

    def worker(n: int) -> None:
        client, rng = Client(base, HOSTILE_KEYS[n % len(HOSTILE_KEYS)]), random.Random(100 + n)
        for kind in plan[n::threads]:
            if time.monotonic() > deadline:
                break
            status, seconds = client.send(kinds[kind](rng))
            size = client.last_size
            if status < 0:  # a refused upload closes the connection: open a new one
                client.close()
                client = Client(base, HOSTILE_KEYS[n % len(HOSTILE_KEYS)])
            with lock:
                statuses[status] += 1
                per_kind[kind][status] += 1
                worst[kind] = (max(worst[kind][0], size), max(worst[kind][1], seconds))
        client.close()

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return statuses, per_kind, worst


def batch_attackers(base: str, kinds: dict[str, Callable[[random.Random], Request]],
                    stop: threading.Event, deadline: float) -> tuple[list[threading.Thread], Counter]:
    """Four clients that only send the worst batch, each as often as its rate limit lets it
    (waiting out Retry-After): the server computes large requests the whole time."""
    statuses: Counter = Counter()
    lock = threading.Lock()

    def worker(key: str, seed: int) -> None:
        client, rng = Client(base, key), random.Random(seed)
        while not stop.is_set() and time.monotonic() < deadline:
            method, path, kwargs = kinds["batch-100-limit-500-cutoff-0"](rng)
            try:
                response = client.http.request(method, path, **kwargs)
            except httpx.HTTPError:
                with lock:
                    statuses[-1] += 1
                continue
            with lock:
                statuses[response.status_code] += 1
            if response.status_code == 429:
                stop.wait(float(response.headers.get("Retry-After", "1")))
        client.close()

    threads = [threading.Thread(target=worker, args=(key, 500 + n)) for n, key in enumerate(BATCH_KEYS)]
    for t in threads:
        t.start()
    return threads, statuses


def _cycle(items: list[str]) -> Iterator[str]:
    while True:
        yield from items


def soak(base: str, pid: int, names: list[str], kinds: dict[str, Callable[[random.Random], Request]],
         total: int, deadline: float) -> tuple[list[tuple[int, float]], Counter]:
    """`total` requests from eight clients; the server's RSS every 1,000."""
    curve = [(0, rss_mb(pid))]
    statuses: Counter = Counter()
    lock = threading.Lock()
    done = 0
    # bad input, not work: a soak client sending batches would spend its rate limit on them
    hostile = sorted(k for k in kinds if k not in EXPENSIVE)

    def worker(n: int) -> None:
        nonlocal done
        client, rng = Client(base, SOAK_KEYS[n]), random.Random(1000 + n)
        next_at = time.perf_counter()
        while time.monotonic() < deadline:
            with lock:
                if done >= total:
                    break
                done += 1
                mark = done
            if rng.random() < 0.2:
                request = kinds[rng.choice(hostile)](rng)
            else:
                request = ordinary(rng, names)
            status, _ = client.send(request)
            if status < 0:
                client.close()
                client = Client(base, SOAK_KEYS[n])
            with lock:
                statuses[status] += 1
                if mark % 1000 == 0:
                    curve.append((mark, rss_mb(pid)))
            next_at += 1 / 45  # under the per-key rate limit (50/s by default)
            time.sleep(max(0.0, next_at - time.perf_counter()))
        client.close()

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(len(SOAK_KEYS))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return curve, statuses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: build one in a temp folder)")
    parser.add_argument("--baseline", type=int, default=300, help="ordinary requests alone")
    parser.add_argument("--hostile", type=int, default=10_000, help="hostile requests")
    parser.add_argument("--soak", type=int, default=20_000, help="requests in the RSS soak")
    parser.add_argument("--ordinary-rate", type=float, default=40.0, help="ordinary requests a second")
    parser.add_argument("--max-seconds", type=float, default=1200.0, help="stop every phase after this")
    parser.add_argument("--serve-arg", action="append", default=[], help="extra `serve` option (repeatable)")
    args = parser.parse_args(argv)
    print("command:", shlex.join([sys.executable, *sys.argv]))
    deadline = time.monotonic() + args.max_seconds
    with tempfile.TemporaryDirectory(prefix="sw-api-abuse-") as tmp:
        folder = Path(tmp)
        if args.db:
            db, what = args.db, f"given store {args.db}"
        else:
            start = time.perf_counter()
            db, what = build_store(folder)
            what += f" (built in {time.perf_counter() - start:.0f} s)"
        keys = folder / "keys"
        keys.write_text("\n".join([ORDINARY_KEY, *HOSTILE_KEYS, *BATCH_KEYS, *SOAK_KEYS]) + "\n", encoding="utf-8")
        log = folder / "server.log"
        proc, base = start_server(db, keys, log, args.serve_arg)
        try:
            names = names_for_queries()
            kinds = hostile_kinds(names)
            catalog = httpx.get(f"{base}/catalog", headers={"Authorization": f"Bearer {ORDINARY_KEY}"}).json()
            print(f"store: {what}; datasets: " + ", ".join(f"{d['name']} {d['entity_count']}" for d in catalog["datasets"]))
            print(f"server pid {proc.pid}, RSS after loading {rss_mb(proc.pid):.0f} MB; "
                  f"matcher: {'pure Python' if os.environ.get('SANCTIONWATCH_PURE_PYTHON') else 'as installed'}")

            print(f"baseline begins: {load()}")
            mark = log.stat().st_size
            collect, _ = run_ordinary(base, names, args.ordinary_rate, deadline, args.baseline)
            print(latency_lines("baseline (ordinary alone)", collect()))
            print(server_lines("baseline (ordinary alone)", server_times(log, mark, log.stat().st_size, ORDINARY_KEY)))
            print(f"abuse begins: {load()}")
            mark = log.stat().st_size

            collect, stop = run_ordinary(base, names, args.ordinary_rate, deadline)
            time.sleep(2)  # the client process starts (imports) before the abuse does
            start = time.perf_counter()
            stop_batches = threading.Event()
            batchers, batch_statuses = batch_attackers(base, kinds, stop_batches, deadline)
            statuses, per_kind, worst = run_hostile(base, kinds, args.hostile, deadline)
            stop()
            stop_batches.set()
            during = collect()
            for t in batchers:
                t.join()
            seconds = time.perf_counter() - start
            print(latency_lines("ordinary during abuse", during))
            print(server_lines("ordinary during abuse", server_times(log, mark, log.stat().st_size, ORDINARY_KEY)))
            print(f"abuse ends: {load()}")
            print(f"hostile: {sum(statuses.values())} requests in {seconds:.1f} s; statuses "
                  f"{dict(sorted(statuses.items()))}; 500: {statuses[500]}; other 5xx: "
                  f"{sum(v for k, v in statuses.items() if 500 < k < 600)}; connection closed: {statuses[-1]}")
            print(f"batch attackers (4 keys, 100 queries limit=500 threshold=0 cutoff=0 on /match/all, "
                  f"as often as allowed): {dict(sorted(batch_statuses.items()))}")
            for kind, counts in sorted(per_kind.items()):
                size, slowest = worst[kind]
                print(f"  {kind:<30} {str(dict(sorted(counts.items()))):<28} largest response "
                      f"{size / 1e6:.2f} MB, slowest {slowest:.2f} s")
            print(f"server RSS after abuse {rss_mb(proc.pid):.0f} MB")

            curve, soak_statuses = soak(base, proc.pid, names, kinds, args.soak, deadline)
            print(f"soak ends: {load()}")
            print(f"soak: {sum(soak_statuses.values())} requests; statuses {dict(sorted(soak_statuses.items()))}")
            print("RSS curve (requests → MB): " + ", ".join(f"{n}: {mb:.0f}" for n, mb in curve))
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
            leaked = [line for line in lines if "q=" in line or "Hun Sen" in line]
            print(f"server log: {len(lines)} lines, {len(leaked)} with a query string or a screened name; "
                  f"tracebacks: {sum('Traceback' in line for line in lines)}; matcher caches cleared "
                  f"{sum('matcher caches cleared' in line for line in lines)} times")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Does the store's content depend on how documents arrived? Real processes, real corpus.

Ingests the same files four ways and compares full dumps (`SqlStore.dump`: every table,
sorted, no timestamps) with a clean run's:

  clean      one `sanctionwatch ingest` of every file
  reversed   reverse order, in three runs
  parallel   two ingest processes at once, each given every other file
  killed     an ingest killed with SIGKILL part-way, then run again

    python bench/store_order.py [--db-url postgresql://127.0.0.1:5432/test] [folders…]

With --db-url (PostgreSQL) each variant gets a schema of its own in that database.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared"))


def _ingest(url: str, files: list[Path]) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen([sys.executable, "-m", "sanctionwatch.cli", "ingest", *map(str, files), "--db", url],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _dump(url: str) -> dict:
    from sanctionwatch.store import open_store

    store = open_store(url)
    try:
        return store.dump()
    finally:
        store.close()


def _difference(a: dict, b: dict) -> str:
    out = []
    for table in sorted(set(a) | set(b)):
        left, right = set(a.get(table, [])), set(b.get(table, []))
        if left != right:
            out.append(f"{table}: {len(left - right)} rows only in the clean run, {len(right - left)} only here")
    return "; ".join(out) or "equal"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[SHARED / "corpus" / "dev" / "docs", SHARED / "corpus" / "seeds"])
    parser.add_argument("--db-url", help="PostgreSQL server database (a schema per variant)")
    parser.add_argument("--variants", default="reversed,parallel,killed",
                        help="comma-separated subset of reversed,parallel,killed")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from sanctionwatch.sources.read import discover

    files, _ = discover(args.folders)
    tmp = Path(tempfile.mkdtemp(prefix="sw-order-"))
    schemas: list[str] = []

    def new_url(name: str) -> str:
        if not args.db_url:
            return f"sqlite:///{tmp / name}.db"
        from sqlalchemy import create_engine, make_url, text

        from sanctionwatch.config import database_url

        server = make_url(database_url(args.db_url))
        schema = f"sw_order_{name}_{uuid.uuid4().hex[:8]}"
        engine = create_engine(server)
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        engine.dispose()
        schemas.append(schema)
        return server.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)

    print(f"{len(files)} files; back end: {'PostgreSQL' if args.db_url else 'SQLite'}")
    started = time.perf_counter()
    clean = new_url("clean")
    _ingest(clean, files).wait()
    clean_seconds = time.perf_counter() - started
    reference = _dump(clean)
    dups = sum(1 for row in reference["sw_paragraphs"] if row[6] is not None)
    print(f"clean: {len(reference['sw_documents'])} documents, {dups} duplicate paragraphs, "
          f"{len(reference['sw_statements'])} statements ({clean_seconds:.0f} s)")
    results = {}
    variants = set(args.variants.split(","))
    if "reversed" in variants:
        url = new_url("reversed")
        backwards = files[::-1]
        third = len(backwards) // 3 + 1
        for start in range(0, len(backwards), third):
            _ingest(url, backwards[start : start + third]).wait()
        results["reversed, in three runs"] = _difference(reference, _dump(url))

    if "parallel" in variants:
        url = new_url("parallel")
        procs = [_ingest(url, files[0::2]), _ingest(url, files[1::2][::-1])]
        codes = [p.wait() for p in procs]
        results[f"two ingests at once (exit {codes})"] = _difference(reference, _dump(url))

    if "killed" in variants:
        from sanctionwatch.store import open_store

        url = new_url("killed")
        proc = _ingest(url, files[::-1])
        watch = open_store(url)
        while watch.document_count() < len(files) // 3 and proc.poll() is None:
            time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored = watch.document_count()
        watch.close()
        _ingest(url, files).wait()
        results[f"killed after {stored} of {len(files)} documents, run again"] = _difference(reference, _dump(url))

    for name, outcome in results.items():
        print(f"{name}: {outcome}")
    if args.db_url and schemas:
        from sqlalchemy import create_engine, text

        from sanctionwatch.config import database_url

        engine = create_engine(database_url(args.db_url))
        with engine.begin() as conn:
            for schema in schemas:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()
    return 0 if all(v == "equal" for v in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())

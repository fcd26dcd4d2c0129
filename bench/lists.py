"""Benchmark the official-list importers and the release diff on the real shared files.

Usage: python bench/lists.py [--data DIR]   (default: ../shared/data beside the checkout)

Prints rows per second for each format (OFAC 2024 full sdn.csv, the OFAC 2021 three-file set,
the UN XML), the diff of OFAC 2021 → 2024, and total seconds. FollowTheMoney builds its
country-name table on first use (~2 s); that one-off cost is timed separately as "warm-up" so
that it is not charged to whichever importer happens to run first.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

from followthemoney import registry

from sanctionwatch.lists.diff import diff_entities, summarize
from sanctionwatch.lists.ofac_csv import read_ofac_csv
from sanctionwatch.lists.result import ImportResult
from sanctionwatch.lists.un_xml import read_un_xml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def _report(label: str, result: ImportResult, seconds: float) -> None:
    rows = sum(result.meta.rows.values())
    print(
        f"{label:<28} {rows:>7} rows  {len(result.entities):>7} entities  "
        f"{len(result.errors):>3} errors  {seconds:6.2f} s  {rows / seconds:>8.0f} rows/s  "
        f"{len(result.entities) / seconds:>8.0f} entities/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / "ofac-2024" / "sdn.csv").is_file():
        print(f"{data}: shared data not found (pass --data)", file=sys.stderr)
        return 2
    print("command:", shlex.join([sys.executable, *sys.argv]))
    total = time.perf_counter()

    start = time.perf_counter()
    registry.country.clean("Kampuchea")  # builds the fuzzy country-name table once
    print(f"{'warm-up (FtM country table)':<28} {time.perf_counter() - start:6.2f} s")

    runs = [
        ("ofac-csv 2024 sdn.csv", lambda: read_ofac_csv(data / "ofac-2024")),
        ("ofac-csv 2021 sdn+alt+add", lambda: read_ofac_csv(data / "ofac-2021")),
        ("un-xml consolidated", lambda: read_un_xml(data / "un" / "UN_consolidated.xml")),
    ]
    results = {}
    for label, run in runs:
        start = time.perf_counter()
        results[label] = run()
        _report(label, results[label], time.perf_counter() - start)

    old = read_ofac_csv(data / "ofac-2021", parts=("sdn",))
    new = results["ofac-csv 2024 sdn.csv"]
    start = time.perf_counter()
    changes = diff_entities(old.entities, new.entities)
    seconds = time.perf_counter() - start
    counts = {kind: sum(by_schema.values()) for kind, by_schema in summarize(changes).items()}
    print(
        f"{'diff ofac 2021→2024 (sdn)':<28} {len(old.entities)}→{len(new.entities)} entities  "
        f"{counts}  {seconds:6.2f} s"
    )
    print(f"total {time.perf_counter() - total:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How many Khmer ↔ Latin person pairs score above the resolver's and the screen's thresholds,
split into pairs of one person and pairs of two people (false merges).

Run:  python bench/cross_script_pairs.py [--data ../shared/data] [--show N]

Khmer names: the Khmer↔Latin test set (tests/fixtures/khmer_latin_pairs.csv), foreign people's
names as Khmer script writes them (tests/fixtures/khmer_foreign_names.csv), and every Khmer
person form of the dev corpus gold (../shared/corpus/dev/gold) and of the seed gold. Latin names:
the same sources' Latin forms, every individual on the OFAC 2024 list (`ofac-2024/sdn.csv`) and
the Latin-script names of the 50,000 synthetic people (`synthetic_people/negatives_global.csv`),
nobody real. Each Khmer name is searched in a name index over the Latin names, the way the
resolver's `cross_script_rule` does; a hit is *one person* when the test set or a gold entity
links the two names, else *two people*. The number of two-people pairs above the resolver's
threshold (CROSS_SCRIPT_MIN) is the figure a change to the comparison must not raise.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared"))
_KHMER = re.compile("[\u1780-\u17ff]")


class _Groups:
    """Union-find over names: two names in one group are one person."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def key(name: str) -> str:
    """Order- and case-free key of a Latin name ('HING, Bun Hieng' = 'Hing Bun Hieng')."""
    return " ".join(sorted(re.sub(r"[^\w\s]", " ", name).casefold().split())) if not _KHMER.search(name) else name


def load(data: Path) -> tuple[set[str], set[str], _Groups]:
    khmer: set[str] = set()
    latin: set[str] = set()
    groups = _Groups()
    with (ROOT / "tests" / "fixtures" / "khmer_latin_pairs.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            khmer.add(row["khmer"])
            latin.add(row["latin"])
            if row["is_match"] == "true":
                groups.union(key(row["khmer"]), key(row["latin"]))
    with (ROOT / "tests" / "fixtures" / "khmer_foreign_names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            khmer.add(row["khmer"])
            latin.add(row["latin"])
            groups.union(key(row["khmer"]), key(row["latin"]))
    golds = sorted((SHARED / "corpus" / "dev" / "gold").glob("*.json"))
    entries = [p for g in golds for p in json.loads(g.read_text(encoding="utf-8")).get("persons", [])]
    seed = ROOT / "tests" / "fixtures" / "seed_entities_gold.json"
    entries += json.loads(seed.read_text(encoding="utf-8")).get("persons", [])
    for person in entries:
        forms = [person["name"], *person.get("forms", [])]
        for form in forms:
            groups.union(key(person["name"]), key(form))
            (khmer if _KHMER.search(form) else latin).add(form) if len(form.split()) > 1 else None
    with (data / "ofac-2024" / "sdn.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.reader(fh):
            if len(row) > 2 and row[2].strip().lower() == "individual":
                latin.add(row[1].strip())
    with (data / "synthetic_people" / "negatives_global.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["full_name"]
            if name.isascii() and len(name.split()) > 1:
                latin.add(name)
    return khmer, latin, groups


def main() -> None:
    from sanctionwatch.resolve.resolver import CROSS_SCRIPT_MIN
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.screen.index import NameIndex
    from sanctionwatch.screen.matcher import THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data")
    parser.add_argument("--show", type=int, default=40, help="list at most this many pairs per kind")
    args = parser.parse_args()
    start = time.time()
    khmer, latin, groups = load(args.data)
    index = NameIndex(candidates=50)
    for n, name in enumerate(sorted(latin)):
        try:
            index.add(f"l{n}", "Person", [name])
        except InvalidQuery:
            continue
    counts: dict[tuple[str, float], int] = defaultdict(int)
    listed: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    for name in sorted(khmer):
        try:
            hits = index.search(name, "Person", limit=10, min_score=THRESHOLD)
        except InvalidQuery:
            continue
        for hit in hits:
            other = hit.names[0]
            same = groups.find(key(name)) == groups.find(key(other))
            kind = "one person" if same else "two people"
            for level in (THRESHOLD, CROSS_SCRIPT_MIN):
                if hit.score >= level:
                    counts[(kind, level)] += 1
            listed[kind].append((hit.score, name, other))
    print(f"Khmer names {len(khmer)}, Latin names {len(latin)}, {time.time() - start:.0f} s")
    for level in (THRESHOLD, CROSS_SCRIPT_MIN):
        print(f"pairs >= {level:.2f}: one person {counts[('one person', level)]}, "
              f"two people {counts[('two people', level)]}")
    for kind in ("two people", "one person"):
        print(f"\n{kind}, best first")
        for score, a, b in sorted(listed[kind], reverse=True)[: args.show]:
            print(f"  {score:.3f}  {a}  ~  {b}")


if __name__ == "__main__":
    main()

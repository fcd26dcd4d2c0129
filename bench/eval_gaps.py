"""End to end: does `gaps` list the people the dev reports say OFAC designated, with their SDN entry?

Run:  PYTHONPATH=src python bench/eval_gaps.py [--docs d12,d15] [--sdn DIR] [--before 2024-05]
      [--db PATH [--reuse]] [--json]

In a fresh SQLite store (a temporary one, or `--db PATH`, which is deleted first), with the
command line a user types (`python -m sanctionwatch …`):

    ingest ../shared/corpus/dev/docs   import ../shared/data/ofac-2024 --format ofac-csv
    xref                               gaps --json

Expected people, from ../shared/corpus/dev/gold (format: the corpus README): every person a
gold measure names as target when its issuer is the US Department of the Treasury, its status
`imposed`, `sdn_designation` is among its kinds, and its date is before `--before`. A gaps row
is a gold person when one of its names equals one of that person's forms (in any report) or
canonical name, compared as bench/eval_facts.py compares names (case, accents, apostrophes).

Printed: the expected people found as implicated with an SDN candidate (and the top candidate),
those found without one, the missing ones with why (no entity for the name, or the entity's
roles: an extraction miss), and every implicated row that the gold makes a victim (a victim in
some report, perpetrator or target in none), a body (a gold organisation) or a person the gold
never implicates (commentator, issuer, participant), and rows the gold does not know. Lines
start with a word to grep: FOUND, NOCAND, MISS, VICTIM, BODY, NOTIMPLICATED, UNKNOWN.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_facts import key  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "corpus" / "dev"
SDN = SHARED / "data" / "ofac-2024"
ISSUER = "US Department of the Treasury"
IMPLICATING = ("perpetrator", "target")


def load_gold(gold_dir: Path, stems: set[str] | None = None) -> list[dict]:
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        if stems is None or path.stem.split("_")[0] in stems:
            out.append(json.loads(path.read_text(encoding="utf-8")))
    return out


def expected_people(golds: list[dict], before: str) -> dict[str, set[str]]:
    """Canonical person name → the reports saying the Treasury designated them before `before`."""
    out: dict[str, set[str]] = defaultdict(set)
    for g in golds:
        persons = {p["name"] for p in g.get("persons", [])}
        for m in g.get("measures", []):
            kinds = {m["kind"], *m.get("also_kinds", [])}
            if (m.get("issuer") == ISSUER and m["status"] == "imposed" and "sdn_designation" in kinds
                    and (m.get("date") or "9999") < before):
                for t in m.get("targets", []):
                    if t in persons:
                        out[t].add(g["doc"])
    return dict(sorted(out.items()))


def gold_index(golds: list[dict]) -> tuple[dict[str, tuple[str, str]], dict[str, dict[str, set[str]]]]:
    """name key → (kind "person"/"org", canonical name); canonical person → role → reports."""
    names: dict[str, tuple[str, str]] = {}
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for g in golds:
        for kind, entries in (("person", g.get("persons", [])), ("org", g.get("organizations", []))):
            for e in entries:
                for form in [e["name"], *e.get("forms", [])]:
                    names.setdefault(key(form), (kind, e["name"]))
                if kind == "person":
                    for r in e.get("roles", []):
                        roles[e["name"]][r].add(g["doc"])
                    roles[e["name"]].setdefault("_", set()).add(g["doc"])
    return names, roles


def gold_of(names: list[str], index: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The gold entry a registry entity is: the one matched by its longest name."""
    hits = [(len(n.split()), index[key(n)]) for n in names if key(n) in index]
    return max(hits, key=lambda h: h[0])[1] if hits else None


def verdict(roles: dict[str, set[str]]) -> str:
    if any(roles.get(r) for r in IMPLICATING):
        return "implicated"
    return "victim" if roles.get("victim") else "other"


def run(cmd: list[str], env: dict[str, str]) -> tuple[str, float]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "sanctionwatch", *cmd], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"`sanctionwatch {' '.join(cmd)}` failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout, time.perf_counter() - start


def pipeline(docs: list[Path], sdn: Path, db: str, reuse: bool = False) -> tuple[list[dict], dict[str, float]]:
    """ingest, import, xref, gaps --json in a fresh store (only gaps with `reuse`); rows and
    seconds per step."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    times: dict[str, float] = {}
    if not reuse:
        Path(db).unlink(missing_ok=True)
        _, times["ingest"] = run(["ingest", *map(str, docs), "--db", db], env)
        _, times["import"] = run(["import", str(sdn), "--format", "ofac-csv", "--db", db], env)
        _, times["xref"] = run(["xref", "--db", db], env)
    out, times["gaps"] = run(["gaps", "--json", "--db", db], env)
    return [json.loads(line) for line in out.splitlines() if line.strip()], times


def diagnose(db: str, wanted: dict[str, list[str]]) -> dict[str, str]:
    """Why each missing person is missing, read from the store: no entity, or its roles."""
    sys.path.insert(0, str(ROOT / "src"))
    from sanctionwatch.report.entities import entity_views
    from sanctionwatch.report.facts import fact_views
    from sanctionwatch.report.implicated import implications, is_person
    from sanctionwatch.report.roles import entity_roles
    from sanctionwatch.store import open_store

    store = open_store(db)
    views = entity_views(store)
    roles = entity_roles(store)
    implicated = implications(store, fact_views(store))
    out = {}
    for name, forms in wanted.items():
        keys = {key(f) for f in forms}
        hits = [v for v in views if keys & {key(n) for n in v.names}]
        if not hits:
            out[name] = "no registry entity with this name (extraction: mention not found)"
            continue
        parts = []
        for v in hits:
            r = roles.get(v.id, {})
            if v.id in implicated and not is_person(v):
                parts.append(f"{v.caption} [{v.schema}] implicated but not read as a person")
            elif not any(r.get(x) for x in IMPLICATING):
                parts.append(f"{v.caption} roles {r or '{}'} (extraction: no target/perpetrator role)")
            else:
                parts.append(f"{v.caption} roles {r}: vetoed (victim in the same report) or fact rejected")
        out[name] = "; ".join(parts)
    return out


def evaluate(rows: list[dict], golds: list[dict], before: str) -> dict:
    index, gold_roles = gold_index(golds)
    expected = expected_people(golds, before)
    found: dict[str, dict] = {}
    wrong: list[tuple[str, dict, str]] = []
    for r in rows:
        g = gold_of(r.get("names") or [r["caption"]], index)
        if g is None:
            wrong.append(("UNKNOWN", r, "not in the gold"))
            continue
        kind, canonical = g
        if kind == "org":
            wrong.append(("BODY", r, f"gold organisation {canonical!r}"))
            continue
        v = verdict(gold_roles[canonical])
        if v == "victim":
            wrong.append(("VICTIM", r, f"gold victim {canonical!r} in {sorted(gold_roles[canonical]['victim'])}"))
        elif v == "other":
            wrong.append(("NOTIMPLICATED", r, f"gold roles of {canonical!r}: "
                          f"{sorted(k for k in gold_roles[canonical] if k != '_') or 'none'}"))
        if canonical in expected:
            found.setdefault(canonical, r)
    with_cand = {n: r for n, r in found.items() if any(c["dataset"] == "us_ofac_sdn" for c in r["candidates"])}
    return {"expected": expected, "found": found, "with_candidate": with_cand, "wrong": wrong,
            "missing": sorted(set(expected) - set(found))}


def _forms(golds: list[dict], name: str) -> list[str]:
    return sorted({f for g in golds for p in g.get("persons", []) if p["name"] == name
                   for f in [p["name"], *p.get("forms", [])]})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--docs", help="comma-separated report prefixes (d12,d15); default all")
    ap.add_argument("--sdn", type=Path, default=SDN, help="OFAC legacy CSV folder")
    ap.add_argument("--before", default="2024-05", help="designations dated before this (ISO prefix)")
    ap.add_argument("--db", help="SQLite path (deleted first); default a temporary file")
    ap.add_argument("--reuse", action="store_true", help="--db already holds ingest+import+xref: only run gaps")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    stems = set(args.docs.split(",")) if args.docs else None
    docs = sorted(p for p in (args.corpus / "docs").iterdir() if stems is None or p.name.split("_")[0] in stems)
    golds = load_gold(args.corpus / "gold", stems)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "gaps.db")
        rows, times = pipeline(docs, args.sdn, db, reuse=bool(args.reuse and args.db and Path(db).exists()))
        result = evaluate(rows, golds, args.before)
        why = diagnose(db, {n: _forms(golds, n) for n in result["missing"]})
    exp, found, cand, wrong = result["expected"], result["found"], result["with_candidate"], result["wrong"]
    victims = [w for w in wrong if w[0] == "VICTIM"]
    bodies = [w for w in wrong if w[0] == "BODY"]
    if args.json:
        print(json.dumps({"expected": len(exp), "found": len(found), "with_sdn_candidate": len(cand),
                          "missing": result["missing"], "victims": len(victims), "bodies": len(bodies),
                          "rows": len(rows), "seconds": {k: round(v, 1) for k, v in times.items()}},
                         ensure_ascii=False, sort_keys=True))
        return
    print(f"reports {len(docs)}   implicated rows {len(rows)}   "
          + "   ".join(f"{k} {v:.1f}s" for k, v in times.items()))
    print(f"expected (gold: designated by the Treasury before {args.before})  {len(exp)}")
    print(f"  implicated with an SDN candidate   {len(cand):3d}   recall {len(cand) / max(1, len(exp)):.3f}")
    print(f"  implicated, no SDN candidate       {len(found) - len(cand):3d}")
    ofac = [n for n, r in found.items() if any(m["label"] == "designated (reported)" and re.search(
        r"treasury|ofac|រតនាគារ", m["issuer"] or "", re.I) for m in r["measures"])]
    print(f"  of the implicated, with a designation by the Treasury/OFAC read: {len(ofac)}")
    print(f"  missing                            {len(result['missing']):3d}")
    print(f"implicated rows that are victims {len(victims)}, bodies {len(bodies)}, "
          f"not implicated in gold {sum(w[0] == 'NOTIMPLICATED' for w in wrong)}, "
          f"unknown to gold {sum(w[0] == 'UNKNOWN' for w in wrong)}")
    print()
    for name in exp:
        r = found.get(name)
        if r is None:
            continue
        sdn = [c for c in r["candidates"] if c["dataset"] == "us_ofac_sdn"]
        if sdn:
            c = sdn[0]
            print(f"FOUND  {name}: {c['list_id']} {c['caption']!r} {c['score']:.2f} "
                  f"{'/'.join(c['programId'])}  [{r['status']}]")
        else:
            print(f"NOCAND {name} ({r['caption']}): [{r['status']}]")
    for name in result["missing"]:
        print(f"MISS   {name} ({', '.join(sorted(exp[name]))}): {why.get(name, '')}")
    for tag, r, reason in wrong:
        print(f"{tag:6s} {r['caption']} ({r['id']}): {reason}; implicated by "
              + "; ".join(f"{i['role']} {i['kind']} ({i['status'] or 'event'}) {i['quote'][:90]!r}"
                          for i in r["implicated_by"][:2]))


if __name__ == "__main__":
    main()

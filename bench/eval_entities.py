"""Entity extraction quality on the five seed documents, against a hand-annotated gold list.

Run:  . .venv/bin/activate && python bench/eval_entities.py [--seeds DIR] [--gold FILE] [--json]

The seeds are ingested into a fresh temporary SQLite store (`sanctionwatch.pipeline.ingest`),
and every canonical Person / Organization / PublicBody entity (`entity_views`) is compared with
tests/fixtures/seed_entities_gold.json:

* an extracted entity matches a gold entity when any of its `names` equals any gold form (or
  the gold name) after normalisation: NFC, Khmer canonical mark order (the pipeline's own
  `normalize_khmer`, so ុី = ៊ី), case-fold, ’ = ', whitespace collapsed, a hyphen next
  to a Khmer letter read as a space (ហ៊ុន-សែន = ហ៊ុន សែន), and the dots of a dotted
  abbreviation dropped (U.S. = US, គ.ជ.ប. = គជប), and a leading article dropped (the, le, la, les,
  l': whether a form starts with one is the sentence's grammar, "L'ambassade de Russie" at the
  start of a sentence, "l'ambassade de Russie" inside one);
* kinds: Person → persons; Organization and PublicBody → organisations;
* precision = extracted entities matching a gold entity of the same kind / all extracted of
  that kind; recall = gold entities matched by an extracted entity of the same kind / all gold;
* merge error = one extracted entity matching two or more different gold entities (any kind);
  split error = one gold entity matched by two or more extracted entities of its kind.

The test tests/test_eval_entities.py imports this module and asserts floors on the figures.

`--dev [DIR]` scores the dev corpus instead (../shared/corpus/dev: docs/ and one gold JSON per
report): the reports' gold persons and organisations are joined by canonical name, figures are
printed overall and per report language, with the misses, false entities, merges, splits and
the people written in Khmer and Latin that are not one entity.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "seed_entities_gold.json"
DEFAULT_SEEDS = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")) / "corpus" / "seeds"
DEFAULT_DEV = DEFAULT_SEEDS.parent / "dev"

KINDS = ("persons", "organizations")
SCHEMA_KIND = {"Person": "persons", "Organization": "organizations", "PublicBody": "organizations"}

_KHMER = "\u1780-\u17ff\u19e0-\u19ff"
_KHMER_HYPHEN = re.compile(f"(?<=[{_KHMER}])\\s*[-\u2010\u2011]\\s*|\\s*[-\u2010\u2011]\\s*(?=[{_KHMER}])")
_SPACES = re.compile(r"\s+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # U.S. = US, គ.ជ.ប. = គជប
_ARTICLE = re.compile(r"^(?:the |le |la |les |l')(?=\w)")  # "L'ambassade de Russie" = "ambassade de Russie"


def norm(name: str) -> str:
    """The comparison key of a name (see the module docstring)."""
    from sanctionwatch.clean.khmer import normalize_khmer

    text = normalize_khmer(unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", name)))
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = _KHMER_HYPHEN.sub(" ", text)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _ARTICLE.sub("", _SPACES.sub(" ", text).strip())
    return text.strip()


@dataclass(frozen=True)
class Extracted:
    id: str
    schema: str
    names: tuple[str, ...]
    by_doc: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (document path stem, names read there)

    @property
    def kind(self) -> str:
        return SCHEMA_KIND[self.schema]

    @property
    def label(self) -> str:
        shown = " | ".join(self.names[:4]) + (f" | …(+{len(self.names) - 4})" if len(self.names) > 4 else "")
        return f"{self.schema}: {shown}"


@dataclass
class KindScore:
    extracted: int = 0
    true_positives: int = 0
    gold: int = 0
    found: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, KindScore]
    merges: list[tuple[str, list[str]]]  # (extracted label, gold names it matches)
    splits: list[tuple[str, list[str]]]  # (gold name, extracted labels matching it)
    matches: dict[str, list[str]]  # gold name -> ids of extracted entities of its kind matching it

    def merge_involving(self, gold_name: str) -> list[tuple[str, list[str]]]:
        return [m for m in self.merges if gold_name in m[1]]


def load_gold(path: Path = DEFAULT_GOLD) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def gold_index(gold: dict) -> dict[str, set[tuple[str, str]]]:
    """Normalised form -> {(kind, gold name)}: a form shared by two gold entities maps to both."""
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for kind in KINDS:
        for entity in gold[kind]:
            for form in [entity["name"], *entity["forms"]]:
                index[norm(form)].add((kind, entity["name"]))
    return index


def ingest_seeds(seeds_dir: Path, db_path: Path | None = None) -> list[Extracted]:
    """Ingest the seeds into a fresh SQLite store and return its Person/Organization/PublicBody entities."""
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.report.entities import entity_views
    from sanctionwatch.store import open_store

    with tempfile.TemporaryDirectory(prefix="eval-entities-") as tmp:
        path = Path(db_path) if db_path else Path(tmp) / "seeds.db"
        if path.exists():
            path.unlink()
        store = open_store(f"sqlite:///{path}")
        report = ingest([Path(seeds_dir)], store)
        if report.errors:
            raise RuntimeError(f"ingest errors: {report.errors}")
        views = entity_views(store, tuple(SCHEMA_KIND))
        stems = {d["id"]: Path(d["path"]).stem for d in store.documents()}
        out = [Extracted(v.id, v.schema, tuple(v.names), _names_by_doc(v, stems))
               for v in views if v.schema in SCHEMA_KIND]
        dispose = getattr(getattr(store, "engine", None), "dispose", None)
        if dispose:
            dispose()
    return out


def _names_by_doc(view, stems: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Which names of an entity were read in which document (for per-language figures)."""
    from sanctionwatch.report.entities import NAME_PROPS

    per: dict[str, set[str]] = defaultdict(set)
    for st in view.statements:
        if st.prop in NAME_PROPS:
            for ev in st.evidence:
                per[stems.get(ev.doc_id, ev.doc_id)].add(st.value)
    return tuple((doc, tuple(sorted(names))) for doc, names in sorted(per.items()))


def load_dev_gold(dev_dir: Path = DEFAULT_DEV) -> tuple[dict, dict[str, dict]]:
    """The dev corpus's per-report gold joined into one gold (canonical names are shared across
    files), plus the per-language golds: language -> gold of the reports in that language."""
    merged: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
    per_lang: dict[str, dict[str, dict[str, dict]]] = defaultdict(lambda: {kind: {} for kind in KINDS})
    for path in sorted((Path(dev_dir) / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        lang = doc.get("language") or "+".join(doc.get("languages") or []) or "?"
        for kind in KINDS:
            for target in (merged, per_lang[lang]):
                for ent in doc.get(kind, []):
                    entry = target[kind].setdefault(ent["name"], {"name": ent["name"], "forms": [],
                                                                  "docs": []})
                    entry["forms"].extend(f for f in ent["forms"] if f not in entry["forms"])
                    entry["docs"].append(path.stem)
    as_gold = lambda g: {kind: list(g[kind].values()) for kind in KINDS}  # noqa: E731
    return as_gold(merged), {lang: as_gold(g) for lang, g in sorted(per_lang.items())}


def restrict(extracted: list[Extracted], docs: set[str]) -> list[Extracted]:
    """The entities as read in `docs` only (names from other documents dropped)."""
    out = []
    for ent in extracted:
        names = sorted({n for doc, ns in ent.by_doc if doc in docs for n in ns})
        if names:
            out.append(Extracted(ent.id, ent.schema, tuple(names)))
    return out


def evaluate(extracted: list[Extracted], gold: dict) -> Evaluation:
    index = gold_index(gold)
    scores = {kind: KindScore(gold=len(gold[kind])) for kind in KINDS}
    matches: dict[str, list[str]] = {e["name"]: [] for kind in KINDS for e in gold[kind]}
    labels: dict[str, list[str]] = defaultdict(list)
    merges = []
    for ent in sorted(extracted, key=lambda e: (e.kind, e.names[0].casefold() if e.names else e.id)):
        score = scores[ent.kind]
        score.extracted += 1
        hits = set().union(*(index.get(norm(n), set()) for n in ent.names)) if ent.names else set()
        same = sorted(name for kind, name in hits if kind == ent.kind)
        if same:
            score.true_positives += 1
            for name in same:
                matches[name].append(ent.id)
                labels[name].append(ent.label)
        else:
            other = sorted(name for _, name in hits)
            reason = f"  [wrong kind: gold {'/'.join(other)}]" if other else ""
            score.false_positives.append(ent.label + reason)
        if len({name for _, name in hits}) > 1:
            merges.append((ent.label, sorted({name for _, name in hits})))
    splits = []
    for kind in KINDS:
        for entity in gold[kind]:
            found = matches[entity["name"]]
            if found:
                scores[kind].found += 1
            else:
                scores[kind].misses.append(entity["name"] + "  [" + " | ".join(entity["forms"][:3]) + "]")
            if len(found) > 1:
                splits.append((entity["name"], labels[entity["name"]]))
    return Evaluation(scores, merges, splits, matches)


def run(seeds_dir: Path = DEFAULT_SEEDS, gold_path: Path = DEFAULT_GOLD,
        db_path: Path | None = None) -> tuple[Evaluation, list[Extracted]]:
    extracted = ingest_seeds(seeds_dir, db_path)
    return evaluate(extracted, load_gold(gold_path)), extracted


def format_report(ev: Evaluation, limit: int | None = None) -> str:
    lines = []
    lines.append(f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}   extracted  TP   gold found")
    for kind in KINDS:
        s = ev.scores[kind]
        lines.append(f"{kind:<14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}   {s.extracted:9d} {s.true_positives:3d}"
                     f"   {s.gold:4d} {s.found:5d}")
    lines.append(f"merge errors: {len(ev.merges)}   split errors: {len(ev.splits)}")

    def section(title: str, items: list[str]) -> None:
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        shown = items if limit is None else items[:limit]
        lines.extend(f"  - {item}" for item in shown)
        if len(shown) < len(items):
            lines.append(f"  … {len(items) - len(shown)} more")

    for kind in KINDS:
        section(f"false positives, {kind}", ev.scores[kind].false_positives)
        section(f"misses, {kind}", ev.scores[kind].misses)
    section("merge errors (one extracted entity, several gold entities)",
            [f"{label}  ->  {', '.join(golds)}" for label, golds in ev.merges])
    section("split errors (one gold entity, several extracted entities)",
            [f"{name}  <-  " + "  ||  ".join(labs) for name, labs in ev.splits])
    return "\n".join(lines)


def as_dict(ev: Evaluation) -> dict:
    return {
        "scores": {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "extracted": s.extracted,
                       "true_positives": s.true_positives, "gold": s.gold, "found": s.found,
                       "false_positives": s.false_positives, "misses": s.misses}
                   for k, s in ev.scores.items()},
        "merges": [{"extracted": label, "gold": golds} for label, golds in ev.merges],
        "splits": [{"gold": name, "extracted": labs} for name, labs in ev.splits],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--db", type=Path, default=None, help="keep the store in this SQLite file (overwritten)")
    parser.add_argument("--limit", type=int, default=None, help="show at most this many items per list")
    parser.add_argument("--json", action="store_true", help="print the figures and lists as JSON")
    parser.add_argument("--dev", nargs="?", type=Path, const=DEFAULT_DEV, default=None,
                        help="score the dev corpus (docs/ + gold/) instead, with per-language figures")
    args = parser.parse_args(argv)
    if args.dev is not None:
        return main_dev(args.dev, args.db, args.limit, args.json)

    command = "python " + " ".join(shlex.quote(a) for a in [os.path.relpath(__file__), *(argv if argv is not None else sys.argv[1:])])
    started = time.perf_counter()
    ev, extracted = run(args.seeds, args.gold, args.db)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({"command": command, "seconds": round(elapsed, 1), **as_dict(ev)}, ensure_ascii=False, indent=1))
        return 0
    print(f"command: {command}")
    print(f"seeds: {args.seeds}  gold: {os.path.relpath(args.gold)}  entities: {len(extracted)}  time: {elapsed:.1f}s")
    print()
    print(format_report(ev, args.limit))
    return 0


def cross_script_splits(ev: Evaluation, gold: dict) -> list[str]:
    """Gold persons written in Khmer and in Latin script that are not one extracted entity."""
    from sanctionwatch.clean.khmer import has_khmer

    out = []
    for ent in gold["persons"]:
        scripts = {has_khmer(f) for f in ent["forms"]}
        if len(scripts) == 2 and len(ev.matches[ent["name"]]) != 1:
            out.append(ent["name"] + f"  ({len(ev.matches[ent['name']])} entities)")
    return out


def main_dev(dev_dir: Path, db_path: Path | None, limit: int | None, as_json: bool) -> int:
    """Ingest the dev corpus and score its entities overall and per report language."""
    started = time.perf_counter()
    gold, per_lang = load_dev_gold(dev_dir)
    extracted = ingest_seeds(Path(dev_dir) / "docs", db_path)
    ev = evaluate(extracted, gold)
    by_lang = {}
    for lang, lgold in per_lang.items():
        docs = {d for kind in KINDS for e in lgold[kind] for d in e["docs"]}
        by_lang[lang] = evaluate(restrict(extracted, docs), lgold)
    crossed = cross_script_splits(ev, gold)
    elapsed = time.perf_counter() - started
    if as_json:
        print(json.dumps({"seconds": round(elapsed, 1), **as_dict(ev), "cross_script_splits": crossed,
                          "languages": {lang: as_dict(e)["scores"] for lang, e in by_lang.items()}},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"dev corpus: {dev_dir}  entities: {len(extracted)}  time: {elapsed:.1f}s")
    for lang, lev in by_lang.items():
        cells = "  ".join(f"{kind} P {s.precision:.3f} R {s.recall:.3f} ({s.found}/{s.gold})"
                          for kind, s in lev.scores.items())
        print(f"  [{lang}] {cells}  splits {len(lev.splits)}")
    print()
    print(format_report(ev, limit))
    print()
    print(f"persons written in Khmer and Latin, not one entity ({len(crossed)})")
    print("\n".join(f"  - {c}" for c in crossed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

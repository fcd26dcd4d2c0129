"""Ingest throughput and peak memory, next to the time spaCy alone takes on the same text.

    python bench/ingest.py [--docs 2000] [--repeat N]

Generates a deterministic corpus (bench/corpus.py: en/fr/km, duplicates, boilerplate), ingests
it into a fresh SQLite store, and runs the same spaCy pipelines alone over the same paragraphs.
Target: the whole pipeline costs at most 1.3× the model alone.

Every figure is given as wall time and as CPU time (user + system of the process, every thread:
the pipeline's background writer counts). On a shared machine the wall time of identical work
moves by ±20 % between runs; the CPU time moves much less.

`--repeat N` measures N times, each side in a fresh Python process (the pipeline's paragraph
cache and parse caches live in the process: a second ingest of the same corpus in one process
would skip the model), alternating which side runs first (model, pipeline, pipeline, model, …)
so that a change of the machine's load falls on both sides alike. It prints every run, then the
median and the minimum of each figure, and the ratios of the medians. The baseline is the same in
both modes: the same spaCy pipelines over the same cleaned Latin paragraphs, every paragraph (and,
on its own line, each distinct paragraph once).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate  # noqa: E402


def _cpu() -> float:
    """User + system CPU seconds of this process so far (all threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load_models() -> None:
    """Both sides start with their models and tables loaded (spaCy, khmer-nltk, countries)."""
    from followthemoney.types import registry

    from sanctionwatch.extract.khmer_names import _segmenter
    from sanctionwatch.extract.nlp import load_pipeline

    load_pipeline("en"), load_pipeline("fr"), _segmenter()("ក", return_tokens=True), registry.country.clean("Laos")


def measure_model(corpus: Path) -> dict[str, float]:
    """spaCy alone: the same pipelines over the same (cleaned) Latin paragraphs, every paragraph,
    then each distinct paragraph once (what the pipeline's paragraph cache does)."""
    from sanctionwatch.clean.document import clean_document
    from sanctionwatch.extract.nlp import load_pipeline
    from sanctionwatch.sources import read_source

    _load_models()
    groups: dict[str, list[str]] = {"en": [], "fr": []}
    for path in sorted(corpus.iterdir()):
        doc, _ = clean_document(read_source(path))
        for p in doc.paragraphs:
            if p.lang != "km":
                groups["fr" if p.lang == "fr" else "en"].append(doc.text[p.start : p.end])
    out: dict[str, float] = {}
    for name, select in (("model", list), ("distinct", lambda texts: sorted(set(texts)))):
        cpu, start = _cpu(), time.perf_counter()
        for lang, texts in groups.items():
            for _ in load_pipeline(lang).pipe(select(texts), batch_size=64):
                pass
        out[f"{name}_wall"], out[f"{name}_cpu"] = time.perf_counter() - start, _cpu() - cpu
    return out


def measure_pipeline(corpus: Path, profile: str | None = None) -> dict[str, float]:
    """The whole pipeline (sources → clean → extract → resolve → store) into a fresh SQLite store."""
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.store import open_store

    _load_models()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        cpu, start = _cpu(), time.perf_counter()
        report = ingest([corpus], store)
        wall, cpu = time.perf_counter() - start, _cpu() - cpu
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
    return {"pipeline_wall": wall, "pipeline_cpu": cpu, "ingested": report.ingested,
            "duplicate_paragraphs": report.duplicate_paragraphs,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(side: str, corpus: Path) -> dict[str, float]:
    """One side measured in a fresh Python process (no cache carried over from another run)."""
    done = subprocess.run([sys.executable, __file__, "--measure", side, "--corpus", str(corpus)],
                          check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ratios(p_wall: float, p_cpu: float, m_wall: float, m_cpu: float, d_wall: float, d_cpu: float) -> list[str]:
    return [f"ratio                {p_wall / m_wall:>10.2f} ×   CPU {p_cpu / m_cpu:6.2f} ×   (target ≤ 1.3)",
            f"ratio vs distinct    {p_wall / d_wall:>10.2f} ×   CPU {p_cpu / d_cpu:6.2f} ×   (overhead beyond the model)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="measure N times, each side in a fresh process, alternating which side runs "
                             "first; report medians and minimums (default 1: one run in this process)")
    parser.add_argument("--profile", metavar="FILE", help="also profile the pipeline run (cProfile) into FILE "
                        "and print its top costs; the timings of a profiled run are not comparable")
    parser.add_argument("--measure", choices=["model", "pipeline"], help=argparse.SUPPRESS)  # a --repeat child
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        figures = measure_model(args.corpus) if args.measure == "model" else measure_pipeline(args.corpus)
        print(json.dumps(figures))
        return
    if args.repeat > 1 and args.profile:
        parser.error("--profile measures one run: use it without --repeat")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        paths = generate(args.docs, corpus)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        runs: list[dict[str, float]] = []
        if args.repeat <= 1:
            runs.append({**measure_model(corpus), **measure_pipeline(corpus, args.profile)})
        else:
            for i in range(args.repeat):
                order = ("model", "pipeline") if i % 2 == 0 else ("pipeline", "model")
                run: dict[str, float] = {}
                for side in order:
                    run.update(_child(side, corpus))
                run["first"] = order[0] == "model"
                runs.append(run)
                print(f"run {i + 1}/{args.repeat} ({order[0]} first): pipeline {run['pipeline_wall']:.1f} s "
                      f"(CPU {run['pipeline_cpu']:.1f}), spaCy alone {run['model_wall']:.1f} s "
                      f"(CPU {run['model_cpu']:.1f}), distinct only {run['distinct_wall']:.1f} s "
                      f"(CPU {run['distinct_cpu']:.1f})", flush=True)

    last = runs[-1]
    repeat = f" --repeat {args.repeat}" if args.repeat > 1 else ""
    print(f"command: python bench/ingest.py --docs {args.docs}{repeat}")
    print(f"documents            {int(last['ingested']):>10,}  ({chars:,} characters)")
    print(f"duplicate paragraphs {int(last['duplicate_paragraphs']):>10,}")
    if len(runs) == 1:
        r = runs[0]
        print(f"pipeline             {r['pipeline_wall']:>10.1f} s   {r['ingested'] / r['pipeline_wall']:8.1f} docs/s"
              f"   CPU {r['pipeline_cpu']:6.1f} s")
        print(f"spaCy alone          {r['model_wall']:>10.1f} s   (same paragraphs, same pipelines)"
              f"   CPU {r['model_cpu']:6.1f} s")
        print(f"spaCy, distinct only {r['distinct_wall']:>10.1f} s   (each distinct paragraph once)"
              f"   CPU {r['distinct_cpu']:6.1f} s")
        for line in _ratios(r["pipeline_wall"], r["pipeline_cpu"], r["model_wall"], r["model_cpu"],
                            r["distinct_wall"], r["distinct_cpu"]):
            print(line)
    else:
        med = {k: statistics.median(r[k] for r in runs) for k in last if k != "first"}
        low = {k: min(r[k] for r in runs) for k in last if k != "first"}
        print(f"{'':21}{'median':>10}   {'min':>7}   {'median CPU':>10}   {'min CPU':>7}   ({len(runs)} runs)")
        for key, label in (("pipeline", "pipeline"), ("model", "spaCy alone"), ("distinct", "spaCy, distinct only")):
            print(f"{label:<21}{med[key + '_wall']:>8.1f} s   {low[key + '_wall']:>5.1f} s   "
                  f"{med[key + '_cpu']:>8.1f} s   {low[key + '_cpu']:>5.1f} s")
        print("ratios of the medians:")
        for line in _ratios(med["pipeline_wall"], med["pipeline_cpu"], med["model_wall"], med["model_cpu"],
                            med["distinct_wall"], med["distinct_cpu"]):
            print(line)
        ratios = sorted(r["pipeline_cpu"] / r["model_cpu"] for r in runs)
        print(f"CPU ratio of each run  {', '.join(f'{x:.2f}' for x in ratios)}")
    print(f"peak memory (RSS)    {max(r['peak_mb'] for r in runs):>10.0f} MB   (the pipeline's process)")
    if args.profile:
        import pstats

        print(f"profile of the pipeline run: {args.profile} (profiled: the figures above are not comparable)")
        pstats.Stats(args.profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()

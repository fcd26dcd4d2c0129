"""Ingest throughput and peak memory, next to the time spaCy alone takes on the same text.

    python bench/ingest.py [--docs 2000]

Generates a deterministic corpus (bench/corpus.py: en/fr/km, duplicates, boilerplate), ingests
it into a fresh SQLite store, and runs the same spaCy pipelines alone over the same paragraphs.
Target: the whole pipeline costs at most 1.3× the model alone.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--profile", metavar="FILE", help="also profile the pipeline run (cProfile) into FILE "
                        "and print its top costs; the timings of a profiled run are not comparable")
    args = parser.parse_args()

    from sanctionwatch.clean.document import clean_document
    from sanctionwatch.extract.nlp import load_pipeline
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.sources import read_source
    from sanctionwatch.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(args.docs, Path(tmp) / "corpus")
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        # Both sides start with their models and tables loaded (spaCy, khmer-nltk, countries).
        from followthemoney.types import registry

        from sanctionwatch.extract.khmer_names import _segmenter

        load_pipeline("en"), load_pipeline("fr"), _segmenter()("ក", return_tokens=True), registry.country.clean("Laos")

        # The model alone: the same pipelines over the same (cleaned) Latin paragraphs.
        groups: dict[str, list[str]] = {"en": [], "fr": []}
        for path in paths:
            doc, _ = clean_document(read_source(path))
            for p in doc.paragraphs:
                if p.lang != "km":
                    groups["fr" if p.lang == "fr" else "en"].append(doc.text[p.start : p.end])
        start = time.perf_counter()
        for lang, texts in groups.items():
            for _ in load_pipeline(lang).pipe(texts, batch_size=64):
                pass
        model_seconds = time.perf_counter() - start
        # …and over each distinct paragraph once (what the pipeline's paragraph cache does).
        start = time.perf_counter()
        for lang, texts in groups.items():
            for _ in load_pipeline(lang).pipe(sorted(set(texts)), batch_size=64):
                pass
        unique_seconds = time.perf_counter() - start

        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        start = time.perf_counter()
        report = ingest([Path(tmp) / "corpus"], store)
        pipeline_seconds = time.perf_counter() - start
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"command: python bench/ingest.py --docs {args.docs}")
    print(f"documents            {report.ingested:>10,}  ({chars:,} characters)")
    print(f"duplicate paragraphs {report.duplicate_paragraphs:>10,}")
    print(f"pipeline             {pipeline_seconds:>10.1f} s   {report.ingested / pipeline_seconds:8.1f} docs/s")
    print(f"spaCy alone          {model_seconds:>10.1f} s   (same paragraphs, same pipelines)")
    print(f"spaCy, distinct only {unique_seconds:>10.1f} s   (each distinct paragraph once)")
    print(f"ratio                {pipeline_seconds / model_seconds:>10.2f} ×   (target ≤ 1.3)")
    print(f"ratio vs distinct    {pipeline_seconds / unique_seconds:>10.2f} ×   (overhead beyond the model)")
    print(f"peak memory (RSS)    {peak_mb:>10.0f} MB")
    if args.profile:
        import pstats

        print(f"profile of the pipeline run: {args.profile} (profiled: the figures above are not comparable)")
        pstats.Stats(args.profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()

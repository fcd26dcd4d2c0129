"""Throughput of the facts stage alone (the pack-driven reader: triggers, parse, slots, document
pass) on seed sentences, and its share of the whole ingest.

Run:  . .venv/bin/activate && python bench/extract.py [--min-sentences 5000] [--seeds DIR]

The share: `sanctionwatch.pipeline.ingest` is timed once on the same corpus into a fresh
SQLite file (models loaded beforehand, so that start-up is not counted), and the facts stage
(`extract_document_facts`, as `facts_stage.fact_statements` calls it) is timed on that
ingest's own sentences and mentions (cleaned and extracted by the pipeline's functions).

Sentences and mentions are built once by the test seed kit (a stand-in for ingest and NER),
outside the timed loop; the seed sentences are repeated until at least --min-sentences have
been processed. The date cache is cleared before every round so that repeated text does not
measure cache hits. `extract_document_facts` is timed per document; it parses the sentences
that hold a trigger with the pack's spaCy pipeline (tagger and NER off), which is included.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the seed kit lives with the tests

from sanctionwatch.extract import temporal  # noqa: E402
from sanctionwatch.extract.facts import extract_document_facts  # noqa: E402
from test_events_seedkit import SEED_DATES, all_seeds, load_seed  # noqa: E402


def clear_caches() -> None:
    """Repeated text must not measure cache hits: dates are cached per sentence."""
    temporal._find_dates_cached.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_seeds = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")) / "corpus" / "seeds"
    parser.add_argument("--seeds", type=Path, default=default_seeds)
    parser.add_argument("--min-sentences", type=int, default=5000)
    args = parser.parse_args()

    docs = []
    for prefix in all_seeds(args.seeds):
        _doc_id, _text, sentences, mentions = load_seed(str(args.seeds), prefix)
        by_sentence = [[m for m in mentions if s.start <= m.start < s.end] for s in sentences]
        docs.append((prefix, sentences, mentions, by_sentence))
    per_round = sum(len(d[1]) for d in docs)
    rounds = max(1, -(-args.min_sentences // per_round))

    def timed(label: str, run) -> None:
        n = facts = 0
        t0 = time.perf_counter()
        for _ in range(rounds):
            clear_caches()
            a, b = run()
            n += a
            facts += b
        dt = time.perf_counter() - t0
        print(f"{label:<34} {n:>6} sentences  {dt:6.2f} s  {n / dt:>8.0f} sentences/s  ({facts} facts)")

    def per_document() -> tuple[int, int]:
        n = f = 0
        for prefix, sentences, mentions, _b in docs:
            f += len(extract_document_facts(sentences, mentions, SEED_DATES[prefix]))
            n += len(sentences)
        return n, f

    print("command: " + " ".join([Path(sys.executable).name, *sys.argv]))
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus; "
          f"{len(docs)} seeds, {per_round} sentences a round, {rounds} rounds, one process")
    timed("extract_document_facts", per_document)
    share(args.seeds, max(3, rounds))


def share(seeds: Path, rounds: int) -> None:
    """The facts stage on the pipeline's own sentences, against one whole ingest."""
    import tempfile

    from sanctionwatch.clean.document import clean_document
    from sanctionwatch.extract.mentions import extract_documents
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.sources.read import discover, read_source
    from sanctionwatch.store import open_store

    files, _errors = discover([seeds])
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"  # load the models on other text: start-up is not ingest
        warm.write_text("Kem Sokha was arrested on 3 September 2017.\nLe CNRP a été dissous.\n"
                        "លោក កឹម សុខា ត្រូវបានចាប់ខ្លួន។\n", encoding="utf-8")
        extract_documents([clean_document(read_source(warm))[0]])
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        report = ingest([seeds], store)
        t_ingest = time.perf_counter() - t0
    docs = [clean_document(read_source(p))[0] for p in files]
    extractions = extract_documents(docs)
    n = sum(len(e.sentences) for e in extractions)
    t0 = time.perf_counter()
    for _ in range(rounds):
        clear_caches()
        for doc, ex in zip(docs, extractions, strict=True):
            extract_document_facts(ex.sentences, ex.mentions, doc.published)
    t_facts = (time.perf_counter() - t0) / rounds
    print(f"{'pipeline sentences, facts stage':<34} {n:>6} sentences  {t_facts:6.2f} s  "
          f"{n / t_facts:>8.0f} sentences/s  (mean of {rounds} rounds)")
    print(f"{'sanctionwatch.pipeline.ingest':<34} {report.ingested:>6} documents  {t_ingest:6.2f} s  "
          f"facts stage = {100 * t_facts / t_ingest:.1f}% of ingest")


if __name__ == "__main__":
    main()

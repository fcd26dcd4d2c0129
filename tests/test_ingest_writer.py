"""Ingest writes behind the extraction (pipeline._WriteBehind) without changing what is stored:
one transaction per document, in input order; a failure on either side stops the run with a
stored prefix, and running again stores every document once."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch import pipeline
from sanctionwatch.errors import StoreError
from sanctionwatch.store import open_store
from sanctionwatch.store.sql import SqlStore

SAMPLE = Path(__file__).resolve().parents[1] / "sample"


def _paths() -> list[Path]:
    return sorted(p for p in SAMPLE.iterdir() if p.is_file())


def test_driver_failure_leaves_a_prefix_and_resumes(store_url: str, monkeypatch) -> None:
    store = open_store(store_url)
    real = pipeline.EXECUTORS["local"]
    given: list[str] = []

    def failing_after_two(paths, limits):  # noqa: ANN001
        for n, item in enumerate(real(paths, limits)):
            if n == 2:
                raise RuntimeError("extraction crashed (simulated)")
            given.append(str(item[0]))
            yield item

    monkeypatch.setitem(pipeline.EXECUTORS, "local", failing_after_two)
    with pytest.raises(RuntimeError):
        pipeline.ingest([SAMPLE], store)
    monkeypatch.undo()
    assert {d["path"] for d in store.documents()} == set(given) and len(given) == 2
    report = pipeline.ingest([SAMPLE], store)
    assert report.already_stored == 2 and report.ingested == len(_paths()) - 2
    assert len(store.documents()) == len(_paths())


def test_store_failure_is_raised_and_nothing_after_it_is_written(tmp_path: Path, monkeypatch) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    real = SqlStore.write_document
    calls: list[str] = []

    def failing_second(self, doc, statements, duplicates=()):  # noqa: ANN001
        calls.append(doc.path)
        if len(calls) == 2:
            raise StoreError("disk full (simulated)")
        return real(self, doc, statements, duplicates)

    monkeypatch.setattr(SqlStore, "write_document", failing_second)
    with pytest.raises(StoreError):
        pipeline.ingest([SAMPLE], store)
    monkeypatch.undo()
    assert [d["path"] for d in store.documents()] == [calls[0]]
    report = pipeline.ingest([SAMPLE], store)
    assert report.ingested == len(_paths()) - 1 and report.already_stored == 1


def test_report_counts_match_the_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    seen: list[tuple[str, str]] = []
    report = pipeline.ingest([SAMPLE], store, on_progress=lambda p, s: seen.append((p.name, s)))
    counts = store.counts()
    assert report.ingested == counts["documents"] == len(_paths())
    assert report.paragraphs == counts["paragraphs"]
    assert report.duplicate_paragraphs == counts["duplicate_paragraphs"]
    assert sorted(name for name, status in seen if status == "ingested") == sorted(p.name for p in _paths())
    again = pipeline.ingest([SAMPLE], store)
    assert again.ingested == 0 and again.already_stored == len(_paths())

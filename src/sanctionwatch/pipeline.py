"""The ingest pipeline: sources → clean → extract → resolve → store.

`process_file` is pure (a path in, a ProcessedDocument or a SourceError out) so that it can
be mapped over files by a local loop or by Ray workers; everything stateful (duplicate
detection across documents, writing, corpus-level resolution) happens in `ingest` on the
driver, one transaction per document, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sanctionwatch.clean.dedup import DuplicateFinder, settle_duplicates
from sanctionwatch.clean.document import clean_document
from sanctionwatch.config import Limits
from sanctionwatch.errors import SourceError
from sanctionwatch.extract.facts_stage import fact_statements
from sanctionwatch.extract.mentions import Extraction, extract_documents
from sanctionwatch.model import Document, Statement
from sanctionwatch.resolve.run import refresh_resolution
from sanctionwatch.resolve.statements import build_statements
from sanctionwatch.sources.files import display_name, read_bounded
from sanctionwatch.sources.page_meta import PageMeta
from sanctionwatch.sources.read import discover, document_id, read_source
from sanctionwatch.sources.sidecar import apply_sidecar, read_sidecar
from sanctionwatch.store.sql import DuplicateLink, SqlStore


@dataclass(frozen=True)
class ProcessedDocument:
    document: Document
    statements: tuple[Statement, ...]
    boilerplate_lines: int
    warnings: tuple[SourceError, ...] = ()  # a sidecar refused: the document was read without it


@dataclass
class IngestReport:
    """What an ingest run did, for the summary line and for tests."""

    files: int = 0
    ingested: int = 0
    already_stored: int = 0
    paragraphs: int = 0
    duplicate_paragraphs: int = 0
    boilerplate_lines: int = 0
    statements: int = 0
    languages: Counter = field(default_factory=Counter)
    errors: list[SourceError] = field(default_factory=list)
    merges: int = 0
    warnings: list[SourceError] = field(default_factory=list)
    provenance_updated: int = 0  # stored documents whose sidecar gave a new address, title or date

    @property
    def ok(self) -> bool:
        """True unless nothing could be ingested (every file failed)."""
        return self.ingested + self.already_stored > 0 or (self.files == 0 and not self.errors)


def process_files(paths: Sequence[str | Path], limits: Limits | None = None) -> list[ProcessedDocument | SourceError]:
    """Read, clean and extract files (batched through the models). Pure: bad input comes back
    as a SourceError in its place, never raised, and nothing is written anywhere. Any exception
    of one document's reading, cleaning or extraction is that document's SourceError only."""
    cleaned: list[tuple[Document, int] | SourceError] = []
    warnings: dict[str, tuple[SourceError, ...]] = {}
    for path in paths:
        try:
            sidecar = read_sidecar(path)
            raw = apply_sidecar(read_source(path, limits), sidecar)
            warnings[raw.id] = sidecar.problems
            cleaned.append(clean_document(raw))
        except SourceError as exc:
            cleaned.append(exc)
        except Exception as exc:  # noqa: BLE001 - isolated per document
            cleaned.append(_failed(path, "cleaning", exc))
    docs = [c[0] for c in cleaned if not isinstance(c, SourceError)]
    extractions: list[Extraction | SourceError]
    try:
        extractions = list(extract_documents(docs))
    except Exception:  # noqa: BLE001 - find the document that fails, keep the others
        extractions = []
        for doc in docs:
            try:
                extractions.extend(extract_documents([doc]))
            except Exception as exc:  # noqa: BLE001
                extractions.append(_failed(doc.path, "extraction", exc))
    out: list[ProcessedDocument | SourceError] = []
    pending = iter(extractions)
    for item in cleaned:
        if isinstance(item, SourceError):
            out.append(item)
            continue
        document, dropped = item
        extraction = next(pending)
        if isinstance(extraction, SourceError):
            out.append(extraction)
            continue
        try:
            statements = build_statements(document, extraction)
            statements.extend(fact_statements(document, extraction))
        except Exception as exc:  # noqa: BLE001
            out.append(_failed(document.path, "extraction", exc))
            continue
        out.append(ProcessedDocument(document, tuple(statements), dropped, warnings.get(document.id, ())))
    return out


def _failed(path: str | Path, stage: str, exc: Exception) -> SourceError:
    """A SourceError for an unexpected failure, naming the stage and the exception."""
    return SourceError(display_name(path), f"{stage} failed ({type(exc).__name__}: {str(exc)[:200]})")


def process_file(path: str | Path, limits: Limits | None = None) -> ProcessedDocument | SourceError:
    """Read, clean and extract one file."""
    return process_files([path], limits)[0]


def quick_id(path: Path, limits: Limits) -> str | None:
    """The document id from the raw bytes, without parsing, to skip stored files early; bounded
    by the size limit like every read."""
    try:
        return document_id(read_bounded(path, limits.max_bytes))
    except SourceError:
        return None  # read_source names the problem when the file is processed


BATCH = 16


def _local_map(paths: list[Path], limits: Limits) -> Iterator[tuple[Path, ProcessedDocument | SourceError]]:
    for i in range(0, len(paths), BATCH):
        chunk = paths[i : i + BATCH]
        yield from zip(chunk, process_files(chunk, limits), strict=True)


def _ray_map(paths: list[Path], limits: Limits) -> Iterator[tuple[Path, ProcessedDocument | SourceError]]:
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise SourceError("ray", "executor 'ray' needs the optional dependency: pip install 'sanctionwatch[scale]'") from exc
    if not ray.is_initialized():
        ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False)
    remote = ray.remote(_process_chunk)
    chunks = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
    refs = [remote.remote([str(p) for p in chunk], limits) for chunk in chunks]
    for chunk, ref in zip(chunks, refs, strict=True):
        done: list[ProcessedDocument | SourceError] = ray.get(ref)
        yield from zip(chunk, done, strict=True)


def _process_chunk(paths: list[str], limits: Limits) -> list[ProcessedDocument | SourceError]:
    """`process_files` with both arguments required: what a ray task runs (ray types a remote
    function by its required parameters)."""
    return process_files(paths, limits)


EXECUTORS: dict[str, Callable[[list[Path], Limits], Iterable[tuple[Path, ProcessedDocument | SourceError]]]] = {
    "local": _local_map,
    "ray": _ray_map,
}


@dataclass
class _Write:
    path: Path
    result: ProcessedDocument
    links: list[DuplicateLink]
    stored: bool = False


class _WriteBehind:
    """Writes documents on one background thread, in the order given, one transaction each.

    The driver reads, cleans, extracts and checks duplicates of the next documents while the
    previous ones are committed (SQLite and PostgreSQL drivers release the GIL while they
    write), so a document's index updates and commit cost no time the models need. Nothing
    changes about what is stored: every document is still written by `SqlStore.write_document`
    in its own transaction, in input order, all before `ingest` returns; after a failed write
    nothing later is written and the error is raised in the driver, and when the driver fails
    the documents it had finished are written first, so an interrupted run leaves a prefix of
    the documents stored, as before, and resumes after it. The queue is bounded (memory stays
    flat).
    """

    def __init__(self, store: SqlStore, depth: int = 2 * BATCH) -> None:
        self._store = store
        self._todo: queue.Queue[_Write | None] = queue.Queue(maxsize=depth)
        self._done: queue.SimpleQueue[_Write] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sanctionwatch-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._todo.get()
            if item is None:
                return
            if self._error is not None:
                continue  # keep draining, so that the driver never blocks on a full queue
            try:
                item.stored = self._store.write_document(item.result.document, item.result.statements,
                                                         item.links)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the driver
                self._error = exc
                continue
            self._done.put(item)

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, item: _Write) -> None:
        self._check()
        self._todo.put(item)

    def written(self) -> Iterator[_Write]:
        """Documents written since the last call, in order."""
        while True:
            try:
                yield self._done.get_nowait()
            except queue.Empty:
                return

    def finish(self) -> None:
        """Wait until every submitted document is written; raise what failed."""
        self.flush()
        self._check()

    def flush(self) -> None:
        """Write what was handed over, then stop the thread. When the driver failed, this is what
        a synchronous run would have stored before failing; the driver's error is the one raised."""
        self._todo.put(None)
        self._thread.join()


def ingest(
    paths: Iterable[str | Path],
    store: SqlStore,
    limits: Limits | None = None,
    executor: str = "local",
    on_progress: Callable[[Path, str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into `store`; returns what happened. Never raises on bad files."""
    limits = limits or Limits.from_env()
    report = IngestReport()
    files, errors = discover(paths, limits.follow_symlinks)
    report.errors.extend(errors)
    report.files = len(files)
    stored = store.document_ids()
    todo: list[Path] = []
    given: dict[str, PageMeta] = {}
    for path in files:
        doc_id = quick_id(path, limits)
        if doc_id is not None and doc_id in stored:
            report.already_stored += 1
            sidecar = read_sidecar(path)  # written after the document was stored: its provenance applies
            report.warnings.extend(w for w in sidecar.problems if str(w) not in {str(x) for x in report.warnings})
            if sidecar.meta != PageMeta():
                given[doc_id] = sidecar.meta
        else:
            todo.append(path)
    if given:
        report.provenance_updated = store.update_provenance(
            {k: {"source_url": m.url, "title": m.title, "published": m.published} for k, m in given.items()})
    if on_total:
        on_total(len(todo))
    # Links between this run's documents only (provisional): settle_duplicates decides over
    # the whole store once they are written, the same whatever order they came in.
    minhashes: dict = {}
    finder = DuplicateFinder(minhashes)
    seen_in_run: set[str] = set()
    ingested_ids: list[str] = []

    def account(item: _Write) -> None:
        doc = item.result.document
        if item.stored:
            ingested_ids.append(doc.id)
            report.ingested += 1
            report.paragraphs += len(doc.paragraphs)
            report.duplicate_paragraphs += len(item.links)
            report.boilerplate_lines += item.result.boilerplate_lines
            report.statements += len(item.result.statements)
            report.languages.update(p.lang for p in doc.paragraphs)
        else:
            report.already_stored += 1
        if on_progress:
            on_progress(item.path, "ingested")

    writer = _WriteBehind(store)
    try:
        for path, result in EXECUTORS[executor](todo, limits):
            for item in writer.written():
                account(item)
            if isinstance(result, SourceError):
                report.errors.append(result)
                if on_progress:
                    on_progress(path, f"skipped: {result.reason}")
                continue
            doc = result.document
            report.warnings.extend(w for w in result.warnings if str(w) not in {str(x) for x in report.warnings})
            if doc.id in seen_in_run:  # the same bytes twice in one run (a copy under another name)
                report.already_stored += 1
                continue
            seen_in_run.add(doc.id)
            links = []
            for p in doc.paragraphs:
                first = finder.add(doc.id, p.index, doc.text[p.start : p.end], p.fingerprint)
                if first is not None and first != (doc.id, p.index):
                    links.append(DuplicateLink(p.index, first[0], first[1]))
            writer.submit(_Write(path, result, links))
        writer.finish()
    except BaseException:
        writer.flush()
        raise
    for item in writer.written():
        account(item)
    settle_duplicates(store, minhashes)
    report.duplicate_paragraphs = store.duplicate_paragraphs(ingested_ids)
    if report.ingested or store.resolution_stale():
        report.merges = refresh_resolution(store)
    return report

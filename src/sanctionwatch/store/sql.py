"""The statement store on SQLAlchemy: a SQLite file by default, PostgreSQL for a shared server.

Every write of a document is one transaction: a crash leaves either the whole document or
nothing, so re-running an interrupted ingest stores every document exactly once. The schema
is made and upgraded by migrations (`migrate.py`), safely when several processes open a new
store at once.

What is stored does not depend on the order documents arrive in (a resumed or a parallel
ingest leaves the same rows as one clean run):

- a statement's `lang` is the one given by the smallest document id that states it
  (`lang_doc`), whichever document was written first;
- duplicate paragraphs are settled over the whole store after each ingest
  (`settle_duplicates`: first copies are decided in (document id, paragraph index) order), and
  an evidence row is a `duplicate` when its quote starts in a duplicate paragraph.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from sanctionwatch.config import database_url
from sanctionwatch.errors import StoreError
from sanctionwatch.model import Document, Evidence, Paragraph, Statement, make_id
from sanctionwatch.store import schema as t
from sanctionwatch.store.base import DuplicateLink, Judgement, ParagraphKey, Store
from sanctionwatch.store.migrate import ensure_schema, is_store


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
    """WAL with synchronous=NORMAL: a commit is durable against a crash of the process (only
    a power loss may lose the last transactions, never corrupt the file). A document's
    statements and evidence touch a few hundred scattered index pages, so the default
    checkpoint (every 1,000 WAL pages, each one an fsync of the WAL and of the database) would
    run every other document; checkpointing every 10,000 pages (40 MB of WAL, trimmed back to
    64 MB at most afterwards) leaves durability as it is and syncs ten times less often. A
    64 MB page cache keeps those indexes in memory instead of re-reading them for each document."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA journal_size_limit=67108864")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MB: the id indexes stay in memory between documents
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


_DOC_COLUMNS = ("id", "path", "media_type", "encoding", "title", "published", "text", "size", "ingested_at", "dataset",
                "source_url")
_PARAGRAPH_COLUMNS = ("doc_id", "idx", "start", "end", "lang", "fingerprint", "duplicate_of_doc", "duplicate_of_idx")
_STATEMENT_COLUMNS = ("id", "entity_id", "schema", "prop", "value", "lang", "dataset", "first_seen", "lang_doc")
_EVIDENCE_COLUMNS = ("id", "statement_id", "doc_id", "start", "end", "quote_start", "quote_end", "quote",
                     "extractor", "confidence", "lang", "status", "duplicate")


def _paragraph_at(spans: list[tuple[int, int, int]], offset: int) -> int | None:
    """The paragraph (index) an evidence quote starting at `offset` belongs to; `spans` are
    (start, end, index) in text order (a quote may start on the blank after a paragraph)."""
    return next((i for s, e, i in spans if s <= offset < e + 1), None)


def _sqlite_file(url) -> Path | None:  # noqa: ANN001 - a sqlalchemy URL
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


class _Outdated(Exception):
    """Documents arrived between computing a settlement and writing it."""


class SqlStore(Store):
    """Statements, evidence, documents and judgements in one relational database."""

    def __init__(self, url: str | None = None) -> None:
        from sanctionwatch.store.accounts import SqlAccounts
        from sanctionwatch.store.curation import SqlCuration
        from sanctionwatch.store.indexes import SqlIndexBlobs
        from sanctionwatch.store.lists import SqlLists
        from sanctionwatch.store.xref import SqlXref

        self.url = database_url(url)
        self._sql_cache: dict[str, tuple[str, tuple[str, ...] | None]] = {}
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            ensure_schema(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open the store at {self.safe_url}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc
        self.lists = SqlLists(self)
        self.xref = SqlXref(self)
        self.indexes = SqlIndexBlobs(self)
        self.accounts = SqlAccounts(self)
        self.curation = SqlCuration(self)

    @staticmethod
    def exists(url: str | None = None) -> bool:
        """True when `url` names an existing store; never creates anything (a mistyped `--db`
        on a read command must not leave an empty store behind)."""
        engine = create_engine(database_url(url))
        try:
            path = _sqlite_file(engine.url)
            if engine.url.get_backend_name() == "sqlite" and path is None:
                return False  # in memory: a new, empty database every time
            if path is not None and not path.is_file():
                return False
            with engine.connect() as conn:
                return is_store(conn)
        except OperationalError as exc:
            message = str(exc)
            if "database" in message and "does not exist" in message:
                return False  # PostgreSQL: no such database
            raise StoreError(f"cannot reach the store at {engine.url.render_as_string(hide_password=True)}: "
                             f"{str(exc).splitlines()[0]}") from exc
        except SQLAlchemyError:
            return False  # not a database file at all
        finally:
            engine.dispose()

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True) if hasattr(self, "engine") else self.url

    @property
    def local_path(self) -> Path | None:
        return _sqlite_file(self.engine.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _upsert(self, table, keys: list[str], update_cols: list[str] | None = None):
        """INSERT … ON CONFLICT DO NOTHING (or DO UPDATE for `update_cols`), per dialect."""
        stmt = (pg_insert if self.dialect == "postgresql" else sqlite_insert)(table)
        if update_cols:
            return stmt.on_conflict_do_update(
                index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in update_cols}
            )
        return stmt.on_conflict_do_nothing(index_elements=keys)

    def _statement_upsert(self):
        """INSERT of a statement; when it exists, the language of the smallest document id wins
        (so `lang` is the same whatever order documents are written in)."""
        stmt = (pg_insert if self.dialect == "postgresql" else sqlite_insert)(t.statements)
        current, new = t.statements.c.lang_doc, stmt.excluded.lang_doc
        if self.dialect == "postgresql":  # byte order, as SQLite and Python compare
            current, new = current.collate("C"), new.collate("C")
        return stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={"lang": stmt.excluded.lang, "lang_doc": stmt.excluded.lang_doc},
            where=or_(t.statements.c.lang_doc.is_(None), new < current),
        )

    def close(self) -> None:
        self.engine.dispose()

    # -- documents -------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def document_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(t.documents.c.id)).scalars())

    def _bulk_sql(self, name: str, make) -> tuple[str, tuple[str, ...] | None]:
        """(SQL, parameter order) of an INSERT over every column of a table, compiled once per
        store for its dialect: rows go straight to the driver's executemany, without building
        and compiling a statement per document. The order is None for a named paramstyle
        (PostgreSQL: rows are passed as dicts)."""
        cached = self._sql_cache.get(name)
        if cached is None:
            stmt = make()
            compiled = stmt.compile(dialect=self.engine.dialect, column_keys=[c.name for c in stmt.table.c])
            order = tuple(compiled.positiontup) if compiled.positiontup else None
            cached = self._sql_cache[name] = (compiled.string, order)
        return cached

    def _executemany(self, conn, name: str, make, columns: tuple[str, ...], rows: list[tuple]) -> None:
        sql, order = self._bulk_sql(name, make)
        if order is None:
            params: list = [dict(zip(columns, row, strict=True)) for row in rows]
        elif order == columns:
            params = rows
        else:
            pos = [columns.index(c) for c in order]
            params = [tuple(row[i] for i in pos) for row in rows]
        conn.exec_driver_sql(sql, params)

    def write_document(
        self,
        doc: Document,
        statements: Iterable[Statement],
        duplicates: Iterable[DuplicateLink] = (),
    ) -> bool:
        """Store a document with its paragraphs, statements and evidence in one transaction.

        Returns False (and writes nothing) when the document is already stored. `duplicates`
        are what the writer knows so far; `settle_duplicates` has the last word.
        """
        dup = {d.index: d for d in duplicates}
        stamp = now()
        stmt_rows: dict[str, tuple] = {}
        ev_rows: dict[str, tuple] = {}
        dup_paragraphs = {p.index for p in doc.paragraphs if p.index in dup}
        spans = [(p.start, p.end, p.index) for p in doc.paragraphs]
        duplicate_at: dict[int, bool] = {}  # quote start -> quoted in a duplicated paragraph
        for st in statements:
            st_id = st.id
            if st_id not in stmt_rows:
                stmt_rows[st_id] = (st_id, st.entity_id, st.schema, st.prop, st.value, st.lang, st.dataset,
                                    stamp, doc.id)
            for ev in st.evidence:
                ev_id = make_id(st_id, ev.id, prefix="ev")
                if ev_id in ev_rows:
                    continue
                qs = ev.quote_start
                duplicate = duplicate_at.get(qs)
                if duplicate is None:
                    duplicate = duplicate_at[qs] = _paragraph_at(spans, qs) in dup_paragraphs
                ev_rows[ev_id] = (ev_id, st_id, ev.doc_id, ev.start, ev.end, qs, ev.quote_end, ev.quote,
                                  ev.extractor, ev.confidence, ev.lang, "proposed", duplicate)
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first()
                if exists:
                    return False
                self._executemany(conn, "documents", lambda: insert(t.documents), _DOC_COLUMNS, [(
                    doc.id, doc.path, doc.media_type, doc.encoding, doc.title, doc.published, doc.text,
                    doc.size, stamp, "default", doc.source_url)])
                if doc.paragraphs:
                    self._executemany(conn, "paragraphs", lambda: insert(t.paragraphs), _PARAGRAPH_COLUMNS, [
                        (doc.id, p.index, p.start, p.end, p.lang, p.fingerprint,
                         dup[p.index].doc_id if p.index in dup else None,
                         dup[p.index].idx if p.index in dup else None)
                        for p in doc.paragraphs
                    ])
                if stmt_rows:
                    self._executemany(conn, "statements", self._statement_upsert,
                                      _STATEMENT_COLUMNS, list(stmt_rows.values()))
                if ev_rows:
                    self._executemany(conn, "evidence", lambda: self._upsert(t.evidence, ["id"]),
                                      _EVIDENCE_COLUMNS, list(ev_rows.values()))
        except OperationalError as exc:
            raise StoreError(f"writing {doc.path} to {self.safe_url} failed: {str(exc).splitlines()[0]}") from exc
        return True

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            paras = conn.execute(
                select(t.paragraphs).where(t.paragraphs.c.doc_id == doc_id).order_by(t.paragraphs.c.idx)
            ).mappings().all()
        return Document(
            id=row["id"], path=row["path"], media_type=row["media_type"], encoding=row["encoding"],
            title=row["title"], published=row["published"], text=row["text"], size=row["size"],
            source_url=row["source_url"],
            paragraphs=tuple(
                Paragraph(p["idx"], p["start"], p["end"], p["lang"], False, p["fingerprint"]) for p in paras
            ),
        )

    def documents(self) -> list[dict]:
        cols = [c for c in t.documents.c if c.name != "text"]
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(*cols).order_by(t.documents.c.path)).mappings()]

    def stored_paragraphs(self) -> Iterator[tuple[str, int, str, str]]:
        """(doc_id, idx, text, fingerprint) of every stored paragraph, in (doc_id, idx) order."""
        with self.engine.connect() as conn:
            yield from self._paragraph_texts(conn, set())

    def _paragraph_texts(self, conn, seen: set[str]) -> Iterator[tuple[str, int, str, str]]:  # noqa: ANN001
        """Paragraphs with their text, read on `conn`; the ids of their documents go to `seen`.
        Paragraph rows come first (one statement: a consistent set of whole documents; a
        document is written with its paragraphs in one transaction), texts after."""
        rows = sorted(conn.execute(  # sorted here: the server's collation may order ids otherwise
            select(t.paragraphs.c.doc_id, t.paragraphs.c.idx, t.paragraphs.c.start,
                   t.paragraphs.c.end, t.paragraphs.c.fingerprint)
        ).all())
        seen.update(r[0] for r in rows)
        texts: dict[str, str] = {}
        ids = sorted(seen)
        for chunk in range(0, len(ids), 500):
            texts.update(conn.execute(select(t.documents.c.id, t.documents.c.text)
                                      .where(t.documents.c.id.in_(ids[chunk : chunk + 500]))).all())
        for doc_id, idx, start, end, fp in rows:
            yield doc_id, idx, texts[doc_id][start:end], fp

    @staticmethod
    def _basis(doc_ids: Iterable[str]) -> str:
        """What a duplicate settlement was computed from: the set of documents with paragraphs."""
        return hashlib.sha1("\n".join(sorted(doc_ids)).encode()).hexdigest()

    def _settled_marker(self, conn) -> str | None:  # noqa: ANN001
        return conn.execute(select(t.meta.c.value).where(t.meta.c.key == "duplicates_settled")).scalar()

    def settle_duplicates(self, find: Callable[[Iterator[tuple[str, int, str, str]]],
                                               dict[ParagraphKey, ParagraphKey]]) -> int:
        """Set duplicate status from `find` over every stored paragraph (see `Store`).

        `find` runs outside any lock; the result is written in one transaction that first takes
        the write lock (by writing the settlement marker: the SQLite file's write lock, a row
        lock on PostgreSQL) and checks that the documents are still those `find` saw. If some
        arrived meanwhile (a parallel ingest), it starts again; the last try computes under the
        lock. So whichever ingest finishes last leaves the status of the full set of documents."""
        attempts = 4
        for attempt in range(attempts):
            with self.engine.connect() as conn:
                doc_ids = set(conn.execute(select(t.paragraphs.c.doc_id).distinct()).scalars())
                if self._settled_marker(conn) == self._basis(doc_ids):
                    return 0
            seen: set[str] = set()
            mapping = None
            if attempt < attempts - 1:
                with self.engine.connect() as conn:
                    mapping = find(self._paragraph_texts(conn, seen))
            try:
                with self.engine.begin() as conn:
                    previous = self._lock_marker(conn, "duplicates_settled")
                    if mapping is None:  # last try: compute while holding the lock
                        mapping = find(self._paragraph_texts(conn, seen))
                    current = set(conn.execute(select(t.paragraphs.c.doc_id).distinct()).scalars())
                    if current != seen:
                        raise _Outdated  # rolls the transaction back
                    changed = self._apply_duplicates(conn, mapping, full=not previous)
                    conn.execute(update(t.meta).where(t.meta.c.key == "duplicates_settled")
                                 .values(value=self._basis(seen)))
                    return changed
            except _Outdated:
                continue
        raise StoreError(f"documents kept arriving while duplicates were settled in {self.safe_url}")

    def _lock_marker(self, conn, key: str) -> str:  # noqa: ANN001
        """Take the store's write lock for this transaction by writing the `key` row of sw_meta
        (unchanged if present); returns its value ("" if new). On SQLite the first write takes
        the file's write lock; on PostgreSQL the row lock queues concurrent settlements."""
        stmt = (pg_insert if self.dialect == "postgresql" else sqlite_insert)(t.meta)
        conn.execute(stmt.values(key=key, value="").on_conflict_do_update(
            index_elements=["key"], set_={"value": t.meta.c.value}))
        return conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).scalar() or ""

    def _apply_duplicates(self, conn, mapping: dict[ParagraphKey, ParagraphKey], full: bool) -> int:  # noqa: ANN001
        """Write the paragraphs whose first copy changed, then the evidence `duplicate` flags of
        their documents (of every document when `full`: the first settlement). Returns rows changed."""
        spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        para_updates = []
        for doc_id, idx, start, end, dup_doc, dup_idx in conn.execute(
            select(t.paragraphs.c.doc_id, t.paragraphs.c.idx, t.paragraphs.c.start, t.paragraphs.c.end,
                   t.paragraphs.c.duplicate_of_doc, t.paragraphs.c.duplicate_of_idx)
            .order_by(t.paragraphs.c.doc_id, t.paragraphs.c.idx)
        ):
            spans[doc_id].append((start, end, idx))
            old = (dup_doc, dup_idx) if dup_doc is not None else None
            new = mapping.get((doc_id, idx))
            if old != new:
                para_updates.append({"k_doc": doc_id, "k_idx": idx, "v_doc": new[0] if new else None,
                                     "v_idx": new[1] if new else None})
        if para_updates:
            conn.execute(update(t.paragraphs)
                         .where(t.paragraphs.c.doc_id == bindparam("k_doc"))
                         .where(t.paragraphs.c.idx == bindparam("k_idx"))
                         .values(duplicate_of_doc=bindparam("v_doc"), duplicate_of_idx=bindparam("v_idx")),
                         para_updates)
        docs = sorted(spans) if full else sorted({u["k_doc"] for u in para_updates})
        ev_updates = []
        for chunk in range(0, len(docs), 200):
            for ev_id, doc_id, qs, flag in conn.execute(
                select(t.evidence.c.id, t.evidence.c.doc_id, t.evidence.c.quote_start, t.evidence.c.duplicate)
                .where(t.evidence.c.doc_id.in_(docs[chunk : chunk + 200]))
            ):
                want = (doc_id, _paragraph_at(spans[doc_id], qs)) in mapping
                if bool(flag) != want:
                    ev_updates.append({"k_id": ev_id, "v_dup": want})
        if ev_updates:
            conn.execute(update(t.evidence).where(t.evidence.c.id == bindparam("k_id"))
                         .values(duplicate=bindparam("v_dup")), ev_updates)
        return len(para_updates) + len(ev_updates)

    def duplicate_paragraphs(self, doc_ids: Iterable[str] | None = None) -> int:
        query = select(func.count()).select_from(t.paragraphs).where(t.paragraphs.c.duplicate_of_doc.is_not(None))
        with self.engine.connect() as conn:
            if doc_ids is None:
                return conn.execute(query).scalar_one()
            ids = sorted(set(doc_ids))
            return sum(conn.execute(query.where(t.paragraphs.c.doc_id.in_(ids[i : i + 500]))).scalar_one()
                       for i in range(0, len(ids), 500))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            out = {
                "documents": conn.execute(select(func.count()).select_from(t.documents)).scalar_one(),
                "paragraphs": conn.execute(select(func.count()).select_from(t.paragraphs)).scalar_one(),
                "duplicate_paragraphs": conn.execute(
                    select(func.count()).select_from(t.paragraphs).where(t.paragraphs.c.duplicate_of_doc.is_not(None))
                ).scalar_one(),
                "statements": conn.execute(select(func.count()).select_from(t.statements)).scalar_one(),
                "evidence": conn.execute(select(func.count()).select_from(t.evidence)).scalar_one(),
            }
            out["entities"] = conn.execute(
                select(func.count(func.distinct(t.canonical.c.canonical_id)))
            ).scalar_one()
            langs = conn.execute(select(t.paragraphs.c.lang, func.count()).group_by(t.paragraphs.c.lang)).all()
        out.update({f"lang:{lang}": n for lang, n in langs})
        return out

    # -- statements ------------------------------------------------------------------------
    def statements(
        self,
        entity_ids: Iterable[str] | None = None,
        schemata: Iterable[str] | None = None,
        with_evidence: bool = True,
        props: Iterable[str] | None = None,
    ) -> list[Statement]:
        """Statements (with their evidence), optionally for some entity ids, schemata or props."""
        query = select(t.statements)
        if entity_ids is not None:
            ids = sorted(set(entity_ids))
            if not ids:
                return []
            query = query.where(t.statements.c.entity_id.in_(ids))
        if schemata is not None:
            query = query.where(t.statements.c.schema.in_(sorted(set(schemata))))
        if props is not None:
            query = query.where(t.statements.c.prop.in_(sorted(set(props))))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(t.statements.c.entity_id, t.statements.c.prop,
                                               t.statements.c.value)).mappings().all()
            evidence: dict[str, list[Evidence]] = defaultdict(list)
            if with_evidence and rows:
                stmt_ids = [r["id"] for r in rows]
                for chunk_start in range(0, len(stmt_ids), 500):
                    chunk = stmt_ids[chunk_start : chunk_start + 500]
                    for ev in conn.execute(
                        select(t.evidence).where(t.evidence.c.statement_id.in_(chunk))
                        .where(t.evidence.c.status != "rejected")
                        .order_by(t.evidence.c.doc_id, t.evidence.c.start, t.evidence.c.id)
                    ).mappings():
                        evidence[ev["statement_id"]].append(Evidence(
                            doc_id=ev["doc_id"], start=ev["start"], end=ev["end"],
                            quote_start=ev["quote_start"], quote_end=ev["quote_end"],
                            quote=ev["quote"], extractor=ev["extractor"],
                            confidence=ev["confidence"], lang=ev["lang"],
                        ))
        # A statement whose every piece of evidence an analyst rejected is no longer a fact.
        return [
            Statement(
                entity_id=r["entity_id"], schema=r["schema"], prop=r["prop"], value=r["value"],
                lang=r["lang"], dataset=r["dataset"], evidence=tuple(evidence.get(r["id"], ())),
            )
            for r in rows
            if not with_evidence or r["id"] in evidence
        ]

    # -- resolution ------------------------------------------------------------------------
    def judgements(self) -> list[Judgement]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.judgements).order_by(t.judgements.c.created_at, t.judgements.c.id)).mappings()
            return [
                Judgement(r["left_id"], r["right_id"], r["judgement"], r["origin"], r["reason"],
                          r["author"], r["created_at"])
                for r in rows
            ]

    def resolution_stale(self) -> bool:
        """True when documents were stored after the last resolution pass (e.g. a crash)."""
        with self.engine.connect() as conn:
            docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
            mark = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "resolved_documents")).scalar()
        return str(docs) != (mark or "0")

    def document_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.documents)).scalar_one()

    def replace_auto_judgements(self, items: Iterable[Judgement], mapping: dict[str, str],
                                basis: int | None = None) -> bool:
        """Swap in the resolver's judgements and the compiled canonical ids, atomically.

        `basis` is how many documents were stored when the resolver started reading (documents
        are only ever added, so a count names a set). With two ingests finishing at once, a
        result computed from fewer documents never replaces one already saved for all of them;
        saved over an older one, it leaves the resolution marked stale. Returns False when the
        result was dropped."""
        stamp = now()
        rows = {
            j.id: {"id": j.id, "left_id": j.left_id, "right_id": j.right_id, "judgement": j.judgement,
                   "origin": "auto", "reason": j.reason, "author": j.author, "created_at": j.created_at or stamp}
            for j in items
        }
        with self.engine.begin() as conn:
            previous = self._lock_marker(conn, "resolved_documents")
            docs = conn.execute(select(func.count()).select_from(t.documents)).scalar_one()
            if basis is not None and basis < docs and previous == str(docs):
                return False
            conn.execute(delete(t.judgements).where(t.judgements.c.origin == "auto"))
            if rows:
                conn.execute(insert(t.judgements), list(rows.values()))
            conn.execute(delete(t.canonical))
            conn.execute(update(t.meta).where(t.meta.c.key == "resolved_documents")
                         .values(value=str(docs if basis is None else min(basis, docs))))
            if mapping:
                conn.execute(insert(t.canonical), [
                    {"entity_id": k, "canonical_id": v} for k, v in sorted(mapping.items())
                ])
        return True

    def add_judgement(self, judgement: Judgement) -> None:
        """Record an analyst's decision (it outranks the resolver's) and audit it."""
        stamp = now()
        row = {"id": judgement.id, "left_id": judgement.left_id, "right_id": judgement.right_id,
               "judgement": judgement.judgement, "origin": judgement.origin, "reason": judgement.reason,
               "author": judgement.author, "created_at": stamp}
        with self.engine.begin() as conn:
            conn.execute(self._upsert(t.judgements, ["id"], ["judgement", "reason", "author", "created_at"]), [row])
            conn.execute(insert(t.audit).values(at=stamp, author=judgement.author, action="judgement",
                                                detail=json.dumps(row, ensure_ascii=False, sort_keys=True)))

    def canonical_map(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(t.canonical.c.entity_id, t.canonical.c.canonical_id)).all())

    def set_evidence_status(self, statement_id: str, status: str, author: str, reason: str = "",
                            doc_id: str | None = None) -> int:
        """Accept or reject the evidence of a statement (all of it, or one document's); audited.

        Returns the number of evidence rows changed; a rejected statement leaves the registry
        but stays in the store, so the decision can be reversed.
        """
        query = update(t.evidence).where(t.evidence.c.statement_id == statement_id)
        if doc_id:
            query = query.where(t.evidence.c.doc_id == doc_id)
        with self.engine.begin() as conn:
            result = conn.execute(query.values(status=status))
            if result.rowcount:
                conn.execute(insert(t.audit).values(
                    at=now(), author=author, action=f"statement:{status}",
                    detail=json.dumps({"statement": statement_id, "document": doc_id, "reason": reason},
                                      ensure_ascii=False, sort_keys=True)))
            return result.rowcount

    def audit_log(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(t.audit).order_by(t.audit.c.seq)).mappings()]

    def add_analyst_statements(self, statements: Iterable[Statement], author: str, action: str,
                               detail: dict) -> int:
        """Statements an analyst states by hand, their evidence accepted, and the audit row saying
        so, in one transaction (all or nothing). Returns how many statements were new."""
        stamp = now()
        stmt_rows: dict[str, tuple] = {}
        ev_rows: dict[str, tuple] = {}
        for st in statements:
            doc = st.evidence[0].doc_id if st.evidence else None
            stmt_rows.setdefault(st.id, (st.id, st.entity_id, st.schema, st.prop, st.value, st.lang, st.dataset,
                                         stamp, doc))
            for ev in st.evidence:
                ev_id = make_id(st.id, ev.id, prefix="ev")
                ev_rows[ev_id] = (ev_id, st.id, ev.doc_id, ev.start, ev.end, ev.quote_start, ev.quote_end,
                                  ev.quote, ev.extractor, ev.confidence, ev.lang, "accepted", False)
        with self.engine.begin() as conn:
            known: set[str] = set()
            ids = sorted(stmt_rows)
            for chunk in range(0, len(ids), 500):
                known.update(conn.execute(select(t.statements.c.id)
                                          .where(t.statements.c.id.in_(ids[chunk : chunk + 500]))).scalars())
            if stmt_rows:
                self._executemany(conn, "statements", self._statement_upsert, _STATEMENT_COLUMNS,
                                  list(stmt_rows.values()))
            if ev_rows:
                self._executemany(conn, "evidence-accepted", lambda: self._upsert(t.evidence, ["id"], ["status"]),
                                  _EVIDENCE_COLUMNS, list(ev_rows.values()))
            conn.execute(insert(t.audit).values(at=stamp, author=author, action=action,
                                                detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))
        return len(set(stmt_rows) - known)

    def update_provenance(self, given: dict[str, dict[str, str | None]]) -> int:
        """Set the `source_url`, `title` and `published` a user gave (a sidecar written after the
        document was stored) where they differ; None leaves a field as it is. Returns documents
        changed. The text, and what was read from it, stay as they are."""
        changed = 0
        with self.engine.begin() as conn:
            for doc_id, fields in sorted(given.items()):
                values = {k: v for k, v in fields.items() if k in ("source_url", "title", "published") and v}
                if not values:
                    continue
                row = conn.execute(select(*(t.documents.c[k] for k in values))
                                   .where(t.documents.c.id == doc_id)).mappings().first()
                if row is None or all(row[k] == v for k, v in values.items()):
                    continue
                conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(**values))
                changed += 1
        return changed

    def statement_rows(self, ids: Iterable[str]) -> dict[str, dict]:
        """Statement id → its entity_id, schema, prop and value (no evidence): what the audit
        log's readable view names."""
        wanted = sorted(set(ids))
        out: dict[str, dict] = {}
        cols = (t.statements.c.id, t.statements.c.entity_id, t.statements.c.schema, t.statements.c.prop,
                t.statements.c.value)
        with self.engine.connect() as conn:
            for chunk in range(0, len(wanted), 500):
                for row in conn.execute(select(*cols).where(t.statements.c.id.in_(wanted[chunk : chunk + 500]))):
                    out[row[0]] = {"entity_id": row[1], "schema": row[2], "prop": row[3], "value": row[4]}
        return out

    def name_rows(self, props: tuple[str, ...] = ("name", "weakAlias", "alias")) -> list[tuple[str, str, str, str]]:
        query = (
            select(t.statements.c.entity_id, t.statements.c.schema, t.statements.c.value, t.evidence.c.doc_id)
            .join(t.evidence, t.evidence.c.statement_id == t.statements.c.id, isouter=True)
            .where(t.statements.c.prop.in_(props))
            .where(t.statements.c.schema != "Document")
            .distinct()
        )
        with self.engine.connect() as conn:
            return sorted((r[0], r[1], r[2], r[3] or "") for r in conn.execute(query).all())

    def dump(self) -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        with self.engine.connect() as conn:
            for table in t.metadata.sorted_tables:
                skip = t.TIMESTAMPS.get(table.name, ())
                cols = [c for c in table.c if c.name not in skip]
                rows = [tuple(r) for r in conn.execute(select(*cols)).all()]
                out[table.name] = sorted(rows, key=lambda row: tuple((v is None, v if v is not None else 0)
                                                                     for v in row))
        return out


def name_rows(store: SqlStore, props: tuple[str, ...] = ("name", "weakAlias", "alias")) -> list[tuple[str, str, str, str]]:
    """(entity_id, schema, name, doc_id) for every name statement: `store.name_rows`."""
    return store.name_rows(props)

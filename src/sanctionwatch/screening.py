"""The screening service: name indexes over the registry and the imported lists.

One `NameIndex` per dataset (`default` is the registry built by ingest; imported lists and
loaded FtM files have their own names), so a query against `default` is never crowded out by
15,000 SDN entries, and `all` merges every dataset's hits. Each index is kept on disk next to a
SQLite store, or in the database itself for PostgreSQL so that several API processes share one
copy; a fingerprint of what it was built from decides when it is stale. The registry's index is
rebuilt incrementally: only entities whose content changed are removed and re-added.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanctionwatch.model import DATASET
from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.index import NameIndex
from sanctionwatch.screen.matcher import THRESHOLD, MatchResult
from sanctionwatch.store.sql import SqlStore

ALL = "all"
ALGORITHM = "sanctionwatch-v1"
MATCHABLE = {"Person", "Organization", "Company", "PublicBody", "LegalEntity", "Vessel", "Airplane"}
NAME_PROPS = ("name", "alias", "previousName")  # FtM: weakAlias is not used for matching
INDEX_PROPS = ("birthDate", "country", "nationality", "gender")


@dataclass
class ScoredHit:
    entity: dict
    result: MatchResult


def entity_hash(entity: dict) -> str:
    return hashlib.sha1(json.dumps(entity, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def registry_entities(store: SqlStore) -> list[dict]:
    """The registry's people and organisations as FtM dicts (without statements)."""
    from sanctionwatch.report.entities import entity_views
    from sanctionwatch.report.export import to_ftm

    out = []
    for view in entity_views(store):
        data = to_ftm(view)
        data.pop("statements", None)
        out.append(data)
    return out


def dataset_entities(store: SqlStore) -> dict[str, list[dict]]:
    """dataset → entities: `default` (the registry) plus each imported list's latest release."""
    datasets: dict[str, list[dict]] = {DATASET: registry_entities(store)}
    for entity in store.lists.current_entities():
        for dataset in entity.get("datasets") or ["external"]:
            if dataset != "registry":
                datasets.setdefault(dataset, []).append(entity)
    return datasets


def _index_record(entity: dict) -> tuple[list[str], dict[str, Any]] | None:
    if entity.get("schema") not in MATCHABLE:
        return None
    props = entity.get("properties", {})
    names = []
    for prop in NAME_PROPS:
        for value in props.get(prop, []):
            if isinstance(value, str) and value.strip() and value not in names:
                names.append(value)
    extra = {p: props[p] for p in INDEX_PROPS if props.get(p)}
    return (names, extra) if names else None


class _Backend:
    """Where indexes are kept: a folder beside a SQLite file, or the store (`store.indexes`)."""

    def __init__(self, store: SqlStore, folder: Path | None) -> None:
        self.store = store
        self.folder = folder

    def load(self, dataset: str) -> tuple[NameIndex, str, dict[str, str]] | None:
        if self.folder is not None:
            path = self.folder / dataset
            state = path / "state.json"
            if not state.exists():
                return None
            meta = json.loads(state.read_text(encoding="utf-8"))
            try:
                return NameIndex.load(path / "index", mmap=False), meta["fingerprint"], meta["hashes"]
            except (OSError, ValueError, KeyError):
                return None
        saved = self.store.indexes.load(dataset)
        if saved is None:
            return None
        fingerprint, hashes, blob = saved
        tmp = Path(tempfile.mkdtemp(prefix="sw-index-"))
        try:
            with tarfile.open(fileobj=io.BytesIO(blob), mode="r") as tar:
                tar.extractall(tmp, filter="data")
            return NameIndex.load(tmp, mmap=False), fingerprint, hashes
        except (OSError, ValueError, tarfile.TarError):
            return None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def save(self, dataset: str, index: NameIndex, fingerprint: str, hashes: dict[str, str]) -> None:
        if self.folder is not None:
            path = self.folder / dataset
            tmp = path.with_name(path.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            index.save(tmp / "index")
            (tmp / "state.json").write_text(json.dumps({"fingerprint": fingerprint, "hashes": hashes}), encoding="utf-8")
            shutil.rmtree(path, ignore_errors=True)
            tmp.rename(path)
            return
        with tempfile.TemporaryDirectory(prefix="sw-index-") as folder:
            index.save(folder)
            buffer = io.BytesIO()
            with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
                tar.add(folder, arcname=".")
        self.store.indexes.save(dataset, fingerprint, hashes, buffer.getvalue())


def default_index_folder(store: SqlStore) -> Path | None:
    """`<db file>.index/` for SQLite; None (kept in the database) for PostgreSQL."""
    if store.dialect != "sqlite":
        return None
    path = store.local_path
    if path is None:  # in memory
        return Path(tempfile.mkdtemp(prefix="sw-index-"))
    return Path(str(path) + ".index")


class Screener:
    """Match and search over every dataset; entities kept in memory for responses."""

    def __init__(self, store: SqlStore, folder: Path | None = None, persist: bool = True) -> None:
        self.store = store
        self.backend = _Backend(store, folder if folder is not None else default_index_folder(store))
        self.persist = persist
        self.indexes: dict[str, NameIndex] = {}
        self.entities: dict[str, dict] = {}
        self.dataset_of: dict[str, str] = {}
        self.stats: dict[str, dict[str, int]] = {}
        self._saver: ThreadPoolExecutor | None = None
        self._saving: Future[None] | None = None

    def refresh(self) -> Screener:
        """(Re)build what changed since the indexes were saved; cheap when nothing did."""
        for dataset, entities in sorted(dataset_entities(self.store).items()):
            self._refresh_dataset(dataset, entities)
        # The indexes and entities live as long as the process: keep them out of the cyclic
        # collector's scans, which otherwise dominate the slowest queries (p99).
        gc.collect()
        gc.freeze()
        return self

    def _refresh_dataset(self, dataset: str, entities: list[dict], save_later: bool = False) -> None:
        hashes = {e["id"]: entity_hash(e) for e in entities}
        fingerprint = hashlib.sha1(json.dumps(sorted(hashes.items())).encode()).hexdigest()
        for e in entities:
            e.setdefault("datasets", [dataset])
            self.entities[e["id"]] = e
            self.dataset_of[e["id"]] = dataset
        saved = self.backend.load(dataset) if self.persist else None
        added = removed = 0
        if saved is not None and saved[1] == fingerprint:
            index = saved[0]
        else:
            index, old = (saved[0], saved[2]) if saved is not None else (NameIndex(), {})
            for entity_id, old_hash in old.items():
                if hashes.get(entity_id) != old_hash and index.remove(entity_id):
                    removed += 1
            for e in entities:
                if old.get(e["id"]) == hashes[e["id"]]:
                    continue
                record = _index_record(e)
                if record is None:
                    continue
                try:
                    index.add(e["id"], e["schema"], record[0], record[1])
                    added += 1
                except InvalidQuery:
                    continue  # a name the matcher cannot use (e.g. only punctuation)
            index.freeze()
            if self.persist and save_later:
                self._save_later(dataset, index, fingerprint, hashes)
            elif self.persist:
                self.backend.save(dataset, index, fingerprint, hashes)
        self.indexes[dataset] = index
        self.stats[dataset] = {"entities": len(index), "added": added, "removed": removed}

    def refresh_registry(self) -> Screener:
        """Rebuild only the registry's index (incrementally): what an analyst's change can move,
        without re-reading every imported list.

        The new index serves at once; writing it back (a tarball into PostgreSQL, a folder beside
        SQLite) happens on one background thread, so the analyst's next screening does not wait
        for it. A later refresh that reads a copy not yet written still ends right: it re-adds
        whatever differs from the hashes saved with that copy.
        """
        self._refresh_dataset(DATASET, registry_entities(self.store), save_later=True)
        return self

    def _save_later(self, dataset: str, index: NameIndex, fingerprint: str, hashes: dict[str, str]) -> None:
        if self._saver is None:
            # Not a daemon: the interpreter waits for a pending write before it exits.
            self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sw-index-save")
        self._saving = self._saver.submit(self.backend.save, dataset, index, fingerprint, hashes)

    def wait_saved(self) -> None:
        """Block until the last background write of an index has finished (tests, shutdown)."""
        if self._saving is not None:
            self._saving.result()

    def datasets(self) -> list[str]:
        return sorted(self.indexes)

    def _indexes_for(self, dataset: str) -> list[NameIndex]:
        if dataset == ALL:
            return [self.indexes[d] for d in sorted(self.indexes)]
        if dataset not in self.indexes:
            raise LookupError(f"unknown dataset {dataset!r}; known: {', '.join([ALL, *self.datasets()])}")
        return [self.indexes[dataset]]

    def match(self, dataset: str, schema: str, names: list[str], birth_date: str | None = None,
              country: list[str] | None = None, gender: str | None = None, limit: int = 5,
              threshold: float = THRESHOLD, cutoff: float = 0.5) -> list[ScoredHit]:
        hits = []
        for index in self._indexes_for(dataset):
            for hit in index.search(names, schema, limit=limit, threshold=threshold, min_score=cutoff,
                                    birth_date=birth_date, country=country, gender=gender):
                hits.append(ScoredHit(self.entities[hit.entity_id], hit.result))
        hits.sort(key=lambda h: (-h.result.score, h.entity["id"]))
        return hits[:limit]

    def search(self, dataset: str, q: str, schema: str | None = None, limit: int = 10,
               offset: int = 0, pause: Callable[[], None] | None = None) -> tuple[list[dict], int]:
        """Name search: every matchable schema (or `schema`), weaker hits included.

        One pass per index for both readings of `q` (`NameIndex.search_any`): a search costs
        about two single-name matches, not the eight it did when each schema was searched on
        its own with 50 extra hits to count. `total` counts the hits found among the
        candidates scored (at least offset + limit when there are that many). `pause` is
        passed on (`NameIndex.search_any`).
        """
        schemata = (schema,) if schema else ("Person", "Organization")
        found: dict[str, float] = {}
        for index in self._indexes_for(dataset):
            for hit in index.search_any(q, schemata, limit=min(500, offset + limit), min_score=0.3,
                                        pause=pause):
                found[hit.entity_id] = max(found.get(hit.entity_id, 0.0), hit.result.score)
        ranked = sorted(found, key=lambda i: (-found[i], i))
        return [self.entities[i] for i in ranked[offset : offset + limit]], len(ranked)

    def get(self, entity_id: str) -> dict | None:
        return self.entities.get(entity_id)

"""Official lists and other external datasets in the store, one release at a time.

Each import of a list is a release (dataset + checksum of the bytes read): importing the same
bytes again is a no-op; a newer release stores its entities and the changes since the previous
one. External entities stay apart from the registry's statements; links to registry entities
are judgements (see xref), so each source keeps its own facts.

`SqlLists` is the store's `lists` sub-interface (`store.lists.releases()`, …). The module-level
functions below are the older spelling of the same calls, kept so callers can move at leisure.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from sanctionwatch.store import schema as t
from sanctionwatch.store.base import ListReleases
from sanctionwatch.store.sql import now

if TYPE_CHECKING:
    from sanctionwatch.store.sql import SqlStore


def release_id(dataset: str, checksum: str) -> str:
    return f"{dataset}@{checksum[:16]}"


def checksum_of(files: dict[str, str]) -> str:
    """One checksum for a release read from several files (name → sha256)."""
    joined = "\n".join(f"{name}:{sha}" for name, sha in sorted(files.items()))
    return hashlib.sha256(joined.encode()).hexdigest()


def caption_of(entity: dict) -> str:
    props = entity.get("properties", {})
    for prop in ("name", "alias", "title", "authority"):
        if props.get(prop):
            return str(props[prop][0])
    return entity.get("caption") or entity["id"]


class SqlLists(ListReleases):
    """Releases, their entities and changes in the store's database."""

    def __init__(self, store: SqlStore) -> None:
        self._engine = store.engine

    def latest_release(self, dataset: str) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(t.releases).where(t.releases.c.dataset == dataset).order_by(t.releases.c.seq.desc())
            ).mappings().first()
        return dict(row) if row else None

    def releases(self, dataset: str | None = None) -> list[dict]:
        query = select(t.releases).order_by(t.releases.c.dataset, t.releases.c.seq)
        if dataset:
            query = query.where(t.releases.c.dataset == dataset)
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def find_release(self, ref: str) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(t.releases).where(t.releases.c.id == ref)).mappings().first()
            if row is None and "@" in ref:
                dataset, seq = ref.rsplit("@", 1)
                if seq.isdigit():
                    row = conn.execute(select(t.releases).where(t.releases.c.dataset == dataset)
                                       .where(t.releases.c.seq == int(seq))).mappings().first()
        if row is not None:
            return dict(row)
        return self.latest_release(ref)

    def release_entities(self, rid: str) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(t.list_entities.c.data).where(t.list_entities.c.release_id == rid)
                                .order_by(t.list_entities.c.entity_id)).scalars()
            return [json.loads(r) for r in rows]

    def current_entity(self, entity_id: str) -> dict | None:
        """One entity of the latest release of any dataset, by id (a primary-key lookup per dataset)."""
        with self._engine.connect() as conn:
            latest = conn.execute(
                select(t.releases.c.dataset, func.max(t.releases.c.seq)).group_by(t.releases.c.dataset)
            ).all()
            for dataset, seq in sorted(latest):
                rid = conn.execute(select(t.releases.c.id).where(t.releases.c.dataset == dataset)
                                   .where(t.releases.c.seq == seq)).scalar_one()
                row = conn.execute(select(t.list_entities.c.data, t.list_entities.c.caption)
                                   .where(t.list_entities.c.release_id == rid)
                                   .where(t.list_entities.c.entity_id == entity_id)).first()
                if row is not None:
                    entity = json.loads(row[0])
                    entity.setdefault("datasets", [dataset])
                    entity.setdefault("caption", row[1])
                    return entity
        return None

    def captions(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """entity id → caption (from its newest release), without reading whole releases."""
        ids = sorted(set(entity_ids))
        out: dict[str, str] = {}
        query = (select(t.list_entities.c.entity_id, t.list_entities.c.caption)
                 .join(t.releases, t.releases.c.id == t.list_entities.c.release_id).order_by(t.releases.c.seq))
        with self._engine.connect() as conn:
            for i in range(0, len(ids), 500):
                out.update(conn.execute(query.where(t.list_entities.c.entity_id.in_(ids[i:i + 500]))).all())
        return out

    def current_entities(self, datasets: Iterable[str] | None = None,
                         mentioning: Iterable[str] | None = None) -> list[dict]:
        wanted = None if datasets is None else set(datasets)
        needles = None if mentioning is None else sorted({json.dumps(m, ensure_ascii=False) for m in mentioning})
        screen = re.compile("|".join(map(re.escape, needles))) if needles else None
        with self._engine.connect() as conn:
            latest = conn.execute(
                select(t.releases.c.dataset, func.max(t.releases.c.seq)).group_by(t.releases.c.dataset)
            ).all()
            ids = []
            for dataset, seq in latest:
                if wanted is None or dataset in wanted:
                    rid = conn.execute(select(t.releases.c.id).where(t.releases.c.dataset == dataset)
                                       .where(t.releases.c.seq == seq)).scalar_one()
                    ids.append(rid)
            out = []
            for rid in sorted(ids):
                for data, dataset, caption in conn.execute(
                    select(t.list_entities.c.data, t.list_entities.c.dataset, t.list_entities.c.caption)
                    .where(t.list_entities.c.release_id == rid).order_by(t.list_entities.c.entity_id)
                ):
                    if needles is not None and (screen is None or not screen.search(data)):
                        continue
                    entity = json.loads(data)
                    entity.setdefault("datasets", [dataset])
                    entity.setdefault("caption", caption)
                    out.append(entity)
            return out

    def store_release(self, dataset: str, fmt: str, path: str, files: dict[str, str],
                      entities: list[dict], meta: dict, changes: list[dict] | None) -> tuple[str, bool]:
        checksum = checksum_of(files)
        rid = release_id(dataset, checksum)
        with self._engine.begin() as conn:
            if conn.execute(select(t.releases.c.id).where(t.releases.c.id == rid)).first():
                return rid, False
            seq = (conn.execute(select(func.max(t.releases.c.seq))
                                .where(t.releases.c.dataset == dataset)).scalar() or 0) + 1
            conn.execute(insert(t.releases).values(
                id=rid, dataset=dataset, seq=seq, format=fmt, path=path, checksum=checksum,
                list_date=meta.get("list_date"), imported_at=now(),
                meta=json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str),
            ))
            rows = {}
            for e in entities:
                rows[e["id"]] = {"release_id": rid, "entity_id": e["id"], "dataset": dataset,
                                 "schema": e["schema"], "caption": caption_of(e),
                                 "data": json.dumps(e, ensure_ascii=False, sort_keys=True)}
            values = list(rows.values())
            for chunk in range(0, len(values), 5000):
                conn.execute(insert(t.list_entities), values[chunk : chunk + 5000])
            if changes:
                conn.execute(insert(t.changes), [
                    {"release_id": rid, "entity_id": c["id"], "change": c["change"],
                     "names": json.dumps(c.get("names", []), ensure_ascii=False),
                     "detail": json.dumps(c, ensure_ascii=False, sort_keys=True, default=str)}
                    for c in changes
                ])
        return rid, True

    def release_changes(self, rid: str) -> list[dict]:
        with self._engine.connect() as conn:
            return [json.loads(r) for r in conn.execute(
                select(t.changes.c.detail).where(t.changes.c.release_id == rid).order_by(t.changes.c.entity_id)
            ).scalars()]


# -- the older spelling: free functions over a store -------------------------------------------
def latest_release(store: SqlStore, dataset: str) -> dict | None:
    return store.lists.latest_release(dataset)


def releases(store: SqlStore, dataset: str | None = None) -> list[dict]:
    return store.lists.releases(dataset)


def find_release(store: SqlStore, ref: str) -> dict | None:
    return store.lists.find_release(ref)


def release_entities(store: SqlStore, rid: str) -> list[dict]:
    return store.lists.release_entities(rid)


def current_entities(store: SqlStore, datasets: Iterable[str] | None = None) -> list[dict]:
    return store.lists.current_entities(datasets)


def store_release(store: SqlStore, dataset: str, fmt: str, path: str, files: dict[str, str],
                  entities: list[dict], meta: dict, changes: list[dict] | None) -> tuple[str, bool]:
    return store.lists.store_release(dataset, fmt, path, files, entities, meta, changes)


def release_changes(store: SqlStore, rid: str) -> list[dict]:
    return store.lists.release_changes(rid)

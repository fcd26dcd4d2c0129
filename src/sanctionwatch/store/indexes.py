"""Saved screening indexes in the database (`sw_index_blobs`), for stores on a server.

Beside a SQLite store the indexes are plain folders (`<db>.index/`); on PostgreSQL they are
kept here so that every API process loads one shared copy. The store's `indexes`
sub-interface; what the archive holds is the screening module's business.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from sanctionwatch.store import schema as t
from sanctionwatch.store.base import IndexBlobs

if TYPE_CHECKING:
    from sanctionwatch.store.sql import SqlStore


class SqlIndexBlobs(IndexBlobs):
    def __init__(self, store: SqlStore) -> None:
        self._engine = store.engine

    def load(self, dataset: str) -> tuple[str, dict[str, str], bytes] | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(t.index_blobs).where(t.index_blobs.c.dataset == dataset)).mappings().first()
        if row is None:
            return None
        return row["fingerprint"], json.loads(row["hashes"]), bytes(row["blob"])

    def save(self, dataset: str, fingerprint: str, hashes: dict[str, str], blob: bytes) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(t.index_blobs).where(t.index_blobs.c.dataset == dataset))
            conn.execute(insert(t.index_blobs).values(dataset=dataset, fingerprint=fingerprint,
                                                      hashes=json.dumps(hashes), blob=blob))

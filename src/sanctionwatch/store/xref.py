"""Candidate links between registry entities and list entities (the `sw_xref` table).

The store's `xref` sub-interface: `sanctionwatch.xref` finds candidates and records decisions
through it, and never sees the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from sanctionwatch.store import schema as t
from sanctionwatch.store.base import XrefLinks
from sanctionwatch.store.sql import now

if TYPE_CHECKING:
    from sanctionwatch.store.sql import SqlStore

_FIELDS = ("registry_id", "list_id", "dataset", "score", "explanations")


class SqlXref(XrefLinks):
    def __init__(self, store: SqlStore) -> None:
        self._engine = store.engine

    def add_candidates(self, found: Iterable[Mapping[str, Any]]) -> int:
        stamp = now()
        with self._engine.begin() as conn:
            known = {(r[0], r[1]) for r in conn.execute(select(t.xref.c.registry_id, t.xref.c.list_id))}
            fresh: dict[tuple[str, str], dict] = {}
            for c in found:
                key = (c["registry_id"], c["list_id"])
                if key not in known and key not in fresh:
                    fresh[key] = {**{f: c[f] for f in _FIELDS}, "status": "pending", "found_at": stamp}
            if fresh:
                conn.execute(insert(t.xref), list(fresh.values()))
        return len(fresh)

    def candidates(self, status: str | None = None) -> list[dict]:
        query = select(t.xref).order_by(t.xref.c.score.desc(), t.xref.c.registry_id, t.xref.c.list_id)
        if status:
            query = query.where(t.xref.c.status == status)
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def candidate(self, registry_id: str, list_id: str) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(t.xref).where(t.xref.c.registry_id == registry_id)
                               .where(t.xref.c.list_id == list_id)).mappings().first()
        return dict(row) if row is not None else None

    def set_status(self, registry_id: str, list_id: str, status: str, author: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(t.xref).where(t.xref.c.registry_id == registry_id)
                         .where(t.xref.c.list_id == list_id)
                         .values(status=status, decided_by=author, decided_at=now()))

    def linked_list_ids(self, registry_ids: Iterable[str]) -> set[str]:
        ids = sorted(set(registry_ids))
        out: set[str] = set()
        with self._engine.connect() as conn:
            for chunk in range(0, len(ids), 500):
                out.update(conn.execute(
                    select(t.xref.c.list_id).where(t.xref.c.status == "accepted")
                    .where(t.xref.c.registry_id.in_(ids[chunk : chunk + 500]))
                ).scalars())
        return out

"""Search and the read model the workbench pages are drawn from.

A `Snapshot` holds entities, facts, roles and documents as they were at one store generation
(`store.curation.generation()`: every write changes it), so a page costs a dictionary lookup and
not a pass over every statement; the next request after a change builds a new one.
Search ranks entities as the command line's `show` finds them: the same name key in any script
first, then the screening matcher's score (so `ហ៊ុនសែន` without a space and `Hun Senn` find Hun
Sen), then a substring of a name.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sanctionwatch.report.entities import EntityView, entity_views
from sanctionwatch.report.facts import FactView, by_member_id, fact_views
from sanctionwatch.report.roles import entity_roles
from sanctionwatch.store import SqlStore

if TYPE_CHECKING:
    from sanctionwatch.screen.index import NameIndex


@dataclass
class Snapshot:
    store: SqlStore
    generation: tuple
    views: list[EntityView] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, store: SqlStore, generation: tuple) -> Snapshot:
        return cls(store, generation, entity_views(store), store.canonical_map())

    memo: dict = field(default_factory=dict)
    """Other views of this generation (the review queue), computed once: `remember`."""

    def remember(self, key: str, compute):  # noqa: ANN001, ANN201 - any value
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def by_id(self) -> dict[str, EntityView]:
        return {v.id: v for v in self.views}

    @cached_property
    def facts(self) -> list[FactView]:
        return fact_views(self.store)

    @cached_property
    def fact_home(self) -> dict[str, FactView]:
        return by_member_id(self.facts)

    @cached_property
    def roles(self) -> dict[str, dict[str, int]]:
        return entity_roles(self.store)

    @cached_property
    def documents(self) -> dict[str, dict]:
        return {d["id"]: d for d in self.store.documents()}

    @cached_property
    def topics(self) -> dict[str, list[str]]:
        from sanctionwatch.report.topics import entity_topics

        facts = {f.id: f for f in self.facts}
        return {v.id: sorted(entity_topics(v, facts)) for v in self.views}

    @cached_property
    def countries(self) -> dict[str, list[str]]:
        return {v.id: v.values("country") for v in self.views}

    @cached_property
    def _indexes(self) -> dict[str, NameIndex]:
        from sanctionwatch.screen.errors import InvalidQuery
        from sanctionwatch.screen.index import NameIndex

        out: dict[str, NameIndex] = {}
        for schema in ("Person", "Organization"):
            index = NameIndex(candidates=50)
            for v in self.views:
                if (v.schema == "Person") == (schema == "Person") and v.names:
                    try:
                        index.add(v.id, schema, v.names)
                    except InvalidQuery:
                        continue
            out[schema] = index
        return out

    def canonical(self, entity_id: str) -> str:
        return self.mapping.get(entity_id, entity_id)

    def matcher_scores(self, query: str) -> dict[str, float]:
        from sanctionwatch.screen.errors import InvalidQuery

        scores: dict[str, float] = {}
        for schema, index in self._indexes.items():
            if not len(index):  # type: ignore[arg-type]
                continue
            try:
                hits = index.search([query], schema, limit=20, min_score=0.5)  # type: ignore[attr-defined]
            except InvalidQuery:
                continue
            for h in hits:
                scores[h.entity_id] = max(scores.get(h.entity_id, 0.0), h.score)
        return scores

    def search(self, query: str = "", schema: str = "", role: str = "", topic: str = "",
               country: str = "", limit: int = 100) -> list[tuple[EntityView, float]]:
        """Entities matching `query` (all when empty) and the filters, best first, with a score
        (1.0 for the same name key, the matcher's score, 0.4 for a substring)."""
        from sanctionwatch.resolve.keys import fold, name_key

        query = query.strip()
        scored: dict[str, float] = {}
        if query:
            qkeys, qfold = {name_key(query, "Person"), name_key(query, "Organization")}, fold(query)
            scored.update(self.matcher_scores(query))
            for v in self.views:
                names = v.names
                if v.id == query or qkeys & {name_key(n, v.schema) for n in names}:
                    scored[v.id] = 1.0
                elif v.id not in scored and qfold and any(qfold in fold(n) for n in names):
                    scored[v.id] = 0.4
        else:
            scored = {v.id: 0.0 for v in self.views}
        out = []
        for eid, score in scored.items():
            hit = self.by_id.get(eid)
            if hit is None or (schema and hit.schema != schema) or (role and not self.roles.get(eid, {}).get(role)):
                continue
            if (topic and topic not in self.topics.get(eid, [])) or (country and country not in self.countries[eid]):
                continue
            out.append((hit, score))
        out.sort(key=lambda vs: (-vs[1], -len(vs[0].documents), vs[0].caption, vs[0].id))
        return out[:limit]

    def facts_of(self, entity_id: str) -> list[tuple[str, FactView]]:
        """(role, fact) for every measure and event the entity has a role in, by date."""
        view = self.by_id.get(entity_id)
        if view is None:
            return []
        out, seen = [], set()
        for st in view.statements:
            if st.prop != "sw:role":
                continue
            role, fid = st.value.split("|", 1)
            fact = self.fact_home.get(fid)
            if fact is not None and (role, fact.id) not in seen:
                seen.add((role, fact.id))
                out.append((role, fact))
        return sorted(out, key=lambda rf: (rf[1].date or "9999", rf[1].id, rf[0]))

    def filter_values(self) -> dict[str, list[str]]:
        values: dict[str, set[str]] = defaultdict(set)
        for v in self.views:
            values["schema"].add(v.schema)
            values["country"].update(self.countries[v.id])
        for r in self.roles.values():
            values["role"].update(r)
        for ts in self.topics.values():
            values["topic"].update(ts)
        return {k: sorted(v) for k, v in values.items()}


class SnapshotCache:
    """One snapshot per store, rebuilt when the store's generation moves (thread-safe)."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._current: Snapshot | None = None

    def get(self) -> Snapshot:
        generation = self.store.curation.generation()
        current = self._current
        if current is not None and current.generation == generation:
            return current
        with self._lock:
            if self._current is None or self._current.generation != generation:
                self._current = Snapshot.build(self.store, generation)
            return self._current

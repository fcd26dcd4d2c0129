"""Canonical entities assembled from statements: what `entities`, `show` and `export` print."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from followthemoney import model

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.model import Statement
from sanctionwatch.store.sql import SqlStore

ENTITY_SCHEMATA = ("Person", "Organization", "PublicBody", "Company", "LegalEntity")
NAME_PROPS = ("name", "alias", "weakAlias")


@dataclass
class EntityView:
    id: str
    schema: str
    referents: list[str]
    statements: list[Statement] = field(default_factory=list)

    def values(self, prop: str) -> list[str]:
        return sorted({s.value for s in self.statements if s.prop == prop})

    @property
    def name_counts(self) -> Counter:
        counts: Counter = Counter()
        for s in self.statements:
            if s.prop in NAME_PROPS:
                counts[s.value] += len(s.evidence)
        return counts

    @property
    def caption(self) -> str:
        """The most-cited full Latin name (what a reader of English or French expects)."""
        full = [
            (n, c) for n, c in self.name_counts.items()
            if any(s.prop == "name" and s.value == n for s in self.statements)
        ] or list(self.name_counts.items())
        if not full:
            return self.id
        latin = [(n, c) for n, c in full if not has_khmer(n)] or full
        def shouting(name: str) -> bool:  # "HUN Sen": a capitalised family name is a convention
            return any(len(t) > 1 and t.isupper() for t in name.split())

        return sorted(latin, key=lambda nc: (shouting(nc[0]), -nc[1], nc[0]))[0][0]

    @property
    def names(self) -> list[str]:
        return [n for n, _ in sorted(self.name_counts.items(), key=lambda nc: (-nc[1], nc[0]))]

    @property
    def documents(self) -> set[str]:
        return {ev.doc_id for s in self.statements for ev in s.evidence}

    @property
    def languages(self) -> list[str]:
        return sorted({ev.lang or s.lang or "" for s in self.statements for ev in s.evidence} - {""})


def _common_schema(schemata: list[str]) -> str:
    result = model.get(schemata[0])
    if result is None:
        return schemata[0]  # not a schema the model knows: nothing to reconcile it with
    for name in schemata[1:]:
        try:
            result = model.common_schema(result, name)
        except Exception:  # incompatible schemata: keep the first, the resolver forbids this
            continue
    return result.name


def entity_views(store: SqlStore, schemata: tuple[str, ...] = ENTITY_SCHEMATA,
                 ids: list[str] | None = None) -> list[EntityView]:
    """Every canonical entity (or those in `ids`), with all statements of its members."""
    mapping = store.canonical_map()
    if ids is not None:
        wanted = set(ids)
        members = [m for m, c in mapping.items() if c in wanted] + [i for i in ids if i not in mapping]
        statements = store.statements(entity_ids=members, schemata=schemata)
    else:
        statements = store.statements(schemata=schemata)
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        grouped[mapping.get(st.entity_id, st.entity_id)].append(st)
    views = []
    for cid, sts in sorted(grouped.items()):
        schema = _common_schema(sorted({s.schema for s in sts}))
        referents = sorted({s.entity_id for s in sts})
        views.append(EntityView(cid, schema, referents, sts))
    return views


def find_entities(store: SqlStore, query: str, schemata: tuple[str, ...] = ENTITY_SCHEMATA) -> list[EntityView]:
    """Entities one of whose names matches `query` (same key, any script), best first."""
    from sanctionwatch.resolve.keys import fold, name_key

    views = entity_views(store, schemata)
    qkey_p, qkey_o, qfold = name_key(query, "Person"), name_key(query, "Organization"), fold(query)
    exact, partial = [], []
    for v in views:
        keys = {name_key(n, v.schema) for n in v.names}
        if qkey_p in keys or qkey_o in keys or v.id == query:
            exact.append(v)
        elif any(qfold in fold(n) for n in v.names):
            partial.append(v)
    order = lambda v: (-len(v.documents), v.id)  # noqa: E731
    return sorted(exact, key=order) + sorted(partial, key=order)

"""Roles of entities (perpetrator, victim, issuer, caller, …) counted from role statements."""

from __future__ import annotations

from collections import Counter, defaultdict

from sanctionwatch.extract.facts_stage import ROLE_PROP
from sanctionwatch.store.sql import SqlStore


def entity_roles(store: SqlStore) -> dict[str, dict[str, int]]:
    """canonical entity id → {role: number of supporting statements}."""
    mapping = store.canonical_map()
    counts: dict[str, Counter] = defaultdict(Counter)
    for st in store.statements(props=[ROLE_PROP]):  # only role statements, not the whole store
        role = st.value.split("|", 1)[0]
        counts[mapping.get(st.entity_id, st.entity_id)][role] += max(1, len(st.evidence))
    return {k: dict(sorted(v.items())) for k, v in counts.items()}

"""Release diffs (lists and the registry), field by field: what `diff` prints and the workbench shows."""

from __future__ import annotations

import json

from sanctionwatch.lists.diff import Change
from sanctionwatch.store import SqlStore


def unloaded(release: dict | None) -> list[str]:
    """Properties a stored release could not load (a companion file was absent)."""
    if not release or not release.get("meta"):
        return []
    try:
        meta = json.loads(release["meta"]) if isinstance(release["meta"], str) else release["meta"]
    except ValueError:
        return []
    return list(meta.get("unloaded") or [])


def release_diff(store: SqlStore, old: str, new: str, schema: str | None = None, field: str | None = None,
                 program: str | None = None) -> list[Change]:
    """Changes from release `old` to `new` (DATASET@N, an id, registry@N or N); LookupError for
    an unknown release. Values a partial release could not load are unknown, not removed."""
    from sanctionwatch.lists.diff import diff_entities
    from sanctionwatch.lists.diff_view import filter_changes, programs_by_entity
    from sanctionwatch.release import load_release_entities
    from sanctionwatch.store.lists import find_release

    before, after = load_release_entities(store, old), load_release_entities(store, new)
    refs = [f"registry@{r}" if r.isdigit() else r for r in (old, new)]
    changes = diff_entities(before, after, unloaded_old=unloaded(find_release(store, refs[0])),
                            unloaded_new=unloaded(find_release(store, refs[1])))
    programs = programs_by_entity(before, after) if program else None
    return filter_changes(changes, schema, field, program, programs)

"""What changed between two releases of a list (or of the registry): added, removed, changed.

Entities are matched by id, which is why importers use the source's permanent record numbers
in ids (ofac-<ent_num>, un-<DATAID>). Property values are compared as sets: FtM properties are
unordered, and a release that only reorders aliases has not changed anyone's listing.

A change record is a plain dict, ready for JSON:
    {"change": "added" | "removed" | "changed", "id": ..., "schema": ...,
     "names": [...],                      # the entity's names, for people reading the diff
     "properties": {prop: {"old": [...], "new": [...], "added": [...], "removed": [...]}},
     "old_schema": ...}                   # only when the schema itself changed
For added and removed entities every property is listed (with "old" or "new" empty). Entities
without names of their own (Sanction, UnknownLink) borrow the names of the entities they point
to, so "Sanction added" reads as a sanction on someone.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from followthemoney import model, registry

Change = dict[str, Any]
_Values = dict[str, frozenset[str]]
_Index = dict[str, tuple[str, Mapping[str, Any]]]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building change records.

    A diff allocates tens of thousands of small acyclic dicts and lists while two imports
    (millions of objects) are alive, so every generation-2 collection rescans those imports:
    measured on OFAC 2021→2024, collections were 60% of the run time. Nothing built here is
    cyclic, so pausing loses nothing; the previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=256)
def _prop_kinds(schema: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name properties, `name` first and weakAlias left out; entity-reference properties)."""
    found = model.get(schema)
    if found is None:
        return ("name",), ()
    others = sorted(
        p.name
        for p in found.properties.values()
        if p.type == registry.name and p.name not in ("name", "weakAlias")
    )
    refs = tuple(sorted(p.name for p in found.properties.values() if p.type == registry.entity))
    return ("name", *others), refs


def _index(entities: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, Mapping[str, Any]]]:
    """id → (schema, properties as given); repeated ids are merged (union of values) as FtM
    would. Values are only turned into sets when an entity may have changed: most of a list
    is unchanged between releases, and set-building everything dominated the run time."""
    index: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for entity in entities:
        entity_id = entity["id"]
        props = entity.get("properties", {})
        if entity_id in index:
            schema, known = index[entity_id]
            merged = {p: list(v) for p, v in known.items()}
            for prop, values in props.items():
                merged[prop] = sorted(set(merged.get(prop, ())) | set(values))
            index[entity_id] = (schema, merged)
        else:
            index[entity_id] = (entity["schema"], props)
    return index


def _sets(props: Mapping[str, Any], ignore: Collection[str]) -> _Values:
    return {p: frozenset(v) for p, v in props.items() if v and p not in ignore}


def _names(entity_id: str, index: _Index, depth: int = 0) -> list[str]:
    """Names of an entity: its own (name first), else those of the entities it references."""
    entry = index.get(entity_id)
    if entry is None:
        return []
    schema, props = entry
    name_props, ref_props = _prop_kinds(schema)
    names: list[str] = []
    for prop in name_props:
        names.extend(props.get(prop, ()))
    if names or depth > 0:
        return names
    for prop in ref_props:
        for ref in props.get(prop, ()):
            names.extend(_names(ref, index, depth + 1))
    return names


def _delta(old: frozenset[str], new: frozenset[str]) -> dict[str, list[str]]:
    if not old:  # added property (or entity): skip the set arithmetic
        values = sorted(new)
        return {"old": [], "new": values, "added": list(values), "removed": []}
    if not new:
        values = sorted(old)
        return {"old": values, "new": [], "added": [], "removed": list(values)}
    return {
        "old": sorted(old),
        "new": sorted(new),
        "added": sorted(new - old),
        "removed": sorted(old - new),
    }


def diff_entities(
    old: Iterable[Mapping[str, Any]],
    new: Iterable[Mapping[str, Any]],
    ignore: Collection[str] = (),
    unloaded_old: Collection[str] = (),
    unloaded_new: Collection[str] = (),
) -> list[Change]:
    """Changes from `old` to `new` (collections of FtM entity dicts), sorted by change and id.

    `ignore`: properties left out of the comparison (e.g. {"notes"} to see only changes in
    names, dates and identifiers, not in OFAC's free-text remarks).
    `unloaded_old` / `unloaded_new`: properties a release could not have read in full because a
    companion file was absent (an OFAC set without alt.csv has no a.k.a. names). Absent is not
    removed: values missing only from the side that did not load them are not changes, while
    values that side does have are still compared (an alias read from sdn.csv can be added).
    """
    with _gc_paused():
        return _diff(old, new, ignore, frozenset(unloaded_old), frozenset(unloaded_new))


def _partial(old_sets: _Values, new_sets: _Values, unloaded_old: frozenset[str],
             unloaded_new: frozenset[str]) -> tuple[_Values, _Values]:
    """Both sides as if the side that did not load a property had the other side's values."""
    old_sets, new_sets = dict(old_sets), dict(new_sets)
    for prop in unloaded_new:
        if prop in old_sets:
            new_sets[prop] = new_sets.get(prop, frozenset()) | old_sets[prop]
    for prop in unloaded_old:
        if prop in new_sets:
            old_sets[prop] = old_sets.get(prop, frozenset()) | new_sets[prop]
    return old_sets, new_sets


def _diff(
    old: Iterable[Mapping[str, Any]], new: Iterable[Mapping[str, Any]], ignore: Collection[str],
    unloaded_old: frozenset[str] = frozenset(), unloaded_new: frozenset[str] = frozenset(),
) -> list[Change]:
    before = _index(old)
    after = _index(new)
    changes: list[Change] = []
    for entity_id, (schema, props) in after.items():
        previous = before.get(entity_id)
        if previous is None:
            changes.append(_record("added", entity_id, schema, {}, _sets(props, ignore), after))
            continue
        old_schema, old_props = previous
        if old_schema == schema and old_props == props:
            continue  # identical as given: the cheap, common case
        old_sets, new_sets = _sets(old_props, ignore), _sets(props, ignore)
        if unloaded_old or unloaded_new:
            old_sets, new_sets = _partial(old_sets, new_sets, unloaded_old, unloaded_new)
        if old_schema == schema and old_sets == new_sets:
            continue  # same values in another order, or differences only in ignored props
        record = _record("changed", entity_id, schema, old_sets, new_sets, after)
        if old_schema != schema:
            record["old_schema"] = old_schema
        changes.append(record)
    for entity_id, (schema, props) in before.items():
        if entity_id not in after:
            changes.append(_record("removed", entity_id, schema, _sets(props, ignore), {}, before))
    order = {"added": 0, "removed": 1, "changed": 2}
    changes.sort(key=lambda c: (order[c["change"]], c["id"]))
    return changes


def _record(
    change: str,
    entity_id: str,
    schema: str,
    old_props: _Values,
    new_props: _Values,
    index: _Index,
) -> Change:
    empty: frozenset[str] = frozenset()
    deltas = {}
    for prop in sorted(old_props.keys() | new_props.keys()):
        old_values, new_values = old_props.get(prop, empty), new_props.get(prop, empty)
        if old_values != new_values:
            deltas[prop] = _delta(old_values, new_values)
    return {
        "change": change,
        "id": entity_id,
        "schema": schema,
        "names": _names(entity_id, index),
        "properties": deltas,
    }


def summarize(changes: Iterable[Change]) -> dict[str, dict[str, int]]:
    """Counts per change kind and schema: {"added": {"Person": 12, ...}, ...}."""
    counts: dict[str, Counter[str]] = {
        "added": Counter(),
        "removed": Counter(),
        "changed": Counter(),
    }
    for change in changes:
        counts[change["change"]][change["schema"]] += 1
    return {kind: dict(counter) for kind, counter in counts.items()}

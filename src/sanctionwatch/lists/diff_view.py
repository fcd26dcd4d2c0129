"""Reading a diff: filters (schema, field, programme) and field-level before/after rows.

`diff_entities` answers "what changed"; an analyst asks "what changed for people under the
GLOMAG programme, in their aliases": these filters narrow the change records without changing
them, and `field_rows` flattens them into one row per changed field with its values before
and after.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sanctionwatch.lists.diff import Change

PROGRAM_PROPS = ("program", "programId")


def programs_by_entity(*releases: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Entity id → programme names and codes (lower case): its own `program`/`programId` and
    those of every Sanction that points at it, in any of the releases given."""
    found: dict[str, set[str]] = defaultdict(set)
    for entities in releases:
        for entity in entities:
            props = entity.get("properties", {})
            values = {v.lower() for p in PROGRAM_PROPS for v in props.get(p, ())}
            if not values:
                continue
            found[entity["id"]] |= values
            for target in props.get("entity", ()):
                found[target] |= values
    return found


def filter_changes(
    changes: Iterable[Change],
    schema: str | None = None,
    field: str | None = None,
    program: str | None = None,
    programs: Mapping[str, set[str]] | None = None,
) -> list[Change]:
    """Changes of this schema, touching this field (only that field kept), under a programme
    whose code equals or whose name contains `program` (case-insensitive)."""
    wanted = program.lower() if program else None
    out: list[Change] = []
    for change in changes:
        if schema and schema not in (change.get("schema"), change.get("old_schema")):
            continue
        if wanted is not None:
            names = (programs or {}).get(change["id"], set())
            if not any(wanted == n or wanted in n for n in names):
                continue
        if field:
            props = change.get("properties", {})
            if field not in props:
                continue
            change = {**change, "properties": {field: props[field]}}
        out.append(change)
    return out


def field_rows(changes: Iterable[Change]) -> list[dict[str, Any]]:
    """One row per changed field: change, id, schema, names, field, before, after."""
    rows = []
    for change in changes:
        for prop, delta in sorted(change.get("properties", {}).items()):
            rows.append({"change": change["change"], "id": change["id"], "schema": change.get("schema"),
                         "names": change.get("names", []), "field": prop,
                         "before": delta.get("old", []), "after": delta.get("new", [])})
    return rows

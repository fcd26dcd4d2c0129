"""The audit log made readable and filterable, the same in the terminal and the workbench."""

from __future__ import annotations

import json

from sanctionwatch.store import SqlStore


def readable(detail: str) -> list[tuple[str, str]]:
    """An audit row's JSON detail as (field, value) pairs a person can read (ids of the row
    itself and empty fields left out)."""
    try:
        data = json.loads(detail)
    except ValueError:
        return [("", detail)]
    if not isinstance(data, dict):
        return [("", str(data))]
    return [(k, ", ".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in sorted(data.items())
            if v not in (None, "", []) and k not in ("id", "created_at")]


def audit_rows(store: SqlStore, author: str = "", action: str = "", text: str = "", since: str = "",
               entity: str = "") -> list[dict]:
    """Audit rows, oldest first, each with `kind`, `what` (in words) and `pairs` (the detail,
    readable); filtered by author, action (exact, its kind such as `merge` or `reject`, or a
    prefix ending in ':' such as 'statement:'), an ISO date or time `since`, an entity (id or
    name: NoSuchEntity when none fits) and text in the detail or the words. The terminal's
    `audit` and the workbench's audit page both list these rows."""
    from sanctionwatch.report.audit import audit_entries

    rows = audit_entries(store, author or None, action or None, since or None, entity or None)
    folded = text.casefold()
    return [{**r, "pairs": readable(r["detail"])} for r in rows
            if not folded or folded in r["detail"].casefold() or folded in r["what"].casefold()]

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


def audit_rows(store: SqlStore, author: str = "", action: str = "", text: str = "") -> list[dict]:
    """Audit rows, oldest first, with `pairs` (readable detail); filtered by author, action
    (exact, or a prefix ending in ':' such as 'statement:') and text in the detail."""
    def wanted(r: dict) -> bool:
        if author and r["author"] != author:
            return False
        if action and r["action"] != action and not (action.endswith(":") and r["action"].startswith(action)):
            return False
        return not text or text.casefold() in r["detail"].casefold()

    return [{**r, "pairs": readable(r["detail"])} for r in store.audit_log() if wanted(r)]

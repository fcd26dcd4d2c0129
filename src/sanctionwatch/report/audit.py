"""The audit log as people read it: who did what, when, to which entity, in words.

The store keeps each change as an action and a JSON detail (ids, reasons); that is the
interface for tools (`audit --json`). An analyst asking "who merged these two, and why?" wants
names instead of ids, a participant's name instead of its JSON, and the whole reason, never a
line cut in the middle of a word. Filters (author, action, since, entity) work on both views.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from sanctionwatch.store.sql import SqlStore

JUDGEMENT_VERBS = {"positive": "same entity", "negative": "different entities", "unsure": "unsure whether the same"}
STATUS_VERBS = {"statement:accepted": "accepted", "statement:rejected": "rejected", "statement:unsure": "marked unsure",
                "statement:add": "added"}
NAME_PROPS = ("name", "alias", "weakAlias")
_SINCE = re.compile(r"^\d{4}(-\d\d(-\d\d([T ]\d\d(:\d\d(:\d\d)?)?Z?)?)?)?$")


def _detail(row: dict) -> dict:
    try:
        data = json.loads(row.get("detail") or "{}")
    except ValueError:
        return {"text": row.get("detail") or ""}
    return data if isinstance(data, dict) else {"value": data}


def _statement_ids(detail: dict) -> list[str]:
    ids = detail.get("statements") or []
    if detail.get("statement"):
        ids = [detail["statement"], *ids]
    return [i for i in ids if isinstance(i, str)]


def _entity_ids(detail: dict, statements: dict[str, dict]) -> set[str]:
    """Every registry or list id a change touched."""
    ids = {detail.get(k) for k in ("left_id", "right_id", "registry_id", "list_id", "entity", "fact")}
    ids.update(detail.get("entities") or [])
    for sid in _statement_ids(detail):
        st = statements.get(sid)
        if st:
            ids.add(st["entity_id"])
            if st["value"].startswith("{"):
                ids.add(_party(st["value"]).get("entity_id"))
    return {i for i in ids if isinstance(i, str) and i}


def _party(value: str) -> dict:
    try:
        data = json.loads(value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class _Names:
    """Entity id → a name to show (its first name statement), looked up once per id."""

    def __init__(self, store: SqlStore) -> None:
        self._store = store
        self._mapping = store.canonical_map()
        self._cache: dict[str, str] = {}

    def load(self, ids: Iterable[str]) -> None:
        """An id's own name first (two ids merged since still read as the two names judged),
        else a name of the entity it resolves to, else the id itself."""
        wanted = {i for i in ids if i not in self._cache}
        canonical = {self._mapping.get(i, i) for i in wanted}
        members = {m for m, c in self._mapping.items() if c in canonical} | wanted
        own: dict[str, str] = {}
        merged: dict[str, str] = {}
        for st in self._store.statements(entity_ids=sorted(members), props=NAME_PROPS, with_evidence=False):
            own.setdefault(st.entity_id, st.value)
            merged.setdefault(self._mapping.get(st.entity_id, st.entity_id), st.value)
        for i in wanted:
            self._cache[i] = own.get(i) or merged.get(self._mapping.get(i, i)) or i

    def __call__(self, entity_id: str) -> str:
        return self._cache.get(entity_id, entity_id)

    def canonical(self, entity_id: str) -> str:
        return self._mapping.get(entity_id, entity_id)


def _statement_text(st: dict | None, sid: str, names: _Names) -> str:
    if st is None:
        return f"statement {sid}"
    value = st["value"]
    if st["prop"] == "sw:role":
        role, _, fact = value.partition("|")
        return f"{names(st['entity_id'])}: role {role} in {fact}"
    if value.startswith("{"):
        party = _party(value)
        value = party.get("name") or party.get("description") or value
    fact = {"Sanction": "measure", "Event": "event"}.get(st["schema"])
    who = f"{fact} {st['entity_id']}" if fact else names(st["entity_id"])
    return f"{who}: {st['prop'].removeprefix('sw:')} = «{value}»"


def describe(row: dict, detail: dict, statements: dict[str, dict], names: _Names) -> str:
    """One change in words (complete: the table wraps it, nothing is cut)."""
    action = row["action"]
    reason = detail.get("reason") or ""
    if action == "judgement":
        verb = JUDGEMENT_VERBS.get(detail.get("judgement", ""), detail.get("judgement", "judged"))
        reason = "" if reason == detail.get("judgement") else reason  # the default reason says nothing more
        text = f"{verb}: {names(detail.get('left_id', '?'))} and {names(detail.get('right_id', '?'))}"
        reason = detail.get("what") or reason
    elif detail.get("what"):
        text = f"{STATUS_VERBS.get(action, action)} {detail['what']}"
        if detail.get("quote"):
            text += f", quoting «{detail['quote']}»"
    elif action.startswith("statement:"):
        sids = _statement_ids(detail)
        text = f"{STATUS_VERBS.get(action, action)} " + "; ".join(
            _statement_text(statements.get(s), s, names) for s in sids)
        if detail.get("document"):
            text += f" (evidence in {detail['document']} only)"
    else:
        text = "; ".join(f"{k}: {v}" for k, v in sorted(detail.items()) if k != "reason")
    return f"{text} — {reason}" if reason and reason not in text else text


def kind_of(action: str, detail: dict) -> str:
    """A short name for the action: merge, split, unsure, accept, reject, add, link, …"""
    if action == "judgement":
        if detail.get("judgement") == "positive" and str(detail.get("reason", "")).startswith(("link asserted", "xref ")):
            return "link"  # services.curation.links and xref decisions say so in their reason
        return {"positive": "merge", "negative": "split", "unsure": "unsure"}.get(detail.get("judgement", ""), "judgement")
    return {"statement:accepted": "accept", "statement:rejected": "reject", "statement:unsure": "unsure",
            "statement:add": "add"}.get(action, action)


def audit_entries(store: SqlStore, author: str | None = None, action: str | None = None,
                  since: str | None = None, entity: str | None = None) -> list[dict]:
    """Audit rows (oldest first) matching every filter given, each with `kind`, `what` (words)
    and `entities` (ids touched). `action` matches the stored action or its kind (`merge`,
    `reject`, `add`, `statement`); `since` is an ISO date or time; `entity` an entity id or name."""
    if since and not _SINCE.match(since):
        raise ValueError(f"--since {since!r} is not an ISO date or time (2026-12-06, 2026-12-06T08:00)")
    rows = store.audit_log()
    if author:
        rows = [r for r in rows if r["author"] == author]
    if since:
        rows = [r for r in rows if r["at"].replace("T", " ") >= since.replace("T", " ")]
    details = [_detail(r) for r in rows]
    statements = store.statement_rows({s for d in details for s in _statement_ids(d)})
    names = _Names(store)
    target = None
    if entity:
        from sanctionwatch.report.show import resolve_reference

        target = resolve_reference(store, entity)  # NoSuchEntity names the closest ones
    out = []
    for row, detail in zip(rows, details, strict=True):
        kind = kind_of(row["action"], detail)
        if action and action not in (kind, row["action"]) and not row["action"].startswith(
                action if action.endswith(":") else action + ":"):
            continue
        touched = _entity_ids(detail, statements)
        if target is not None and target not in {names.canonical(i) for i in touched}:
            continue
        out.append({**row, "kind": kind, "entities": sorted(touched), "_detail": detail})
    names.load(i for r in out for i in r["entities"])
    for r in out:
        r["what"] = describe(r, r.pop("_detail"), statements, names)
    return out

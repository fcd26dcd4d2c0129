"""Events and measures read back from the store, as the views and JSON lines users get.

The JSON shapes are a stable interface (documented in the README): other tools and our own
evaluation read them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from sanctionwatch.model import Statement
from sanctionwatch.store.sql import SqlStore

PRECISION = {"day": 3, "month": 2, "year": 1}


@dataclass
class FactView:
    id: str
    schema: str  # Event | Sanction
    fields: dict[str, list[str]] = field(default_factory=dict)
    participants: dict[str, list[dict]] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)

    def first(self, prop: str) -> str | None:
        values = self.fields.get(prop) or []
        return values[0] if values else None

    @property
    def kind(self) -> str:
        return self.first("sw:kind") or "?"

    @property
    def status(self) -> str | None:
        return self.first("sw:status")

    @property
    def dates(self) -> list[str]:
        return sorted(set(self.fields.get("sw:date", [])))

    @property
    def date(self) -> str | None:
        """The most precise date read; others (conflicting claims) stay in `dates`."""
        return max(self.dates, key=lambda d: (len(d), d), default=None)

    @property
    def sources(self) -> list[dict]:
        seen: dict[tuple[str, int], dict] = {}
        for st in self.statements:
            for ev in st.evidence:
                seen.setdefault((ev.doc_id, ev.quote_start), {
                    "document": ev.doc_id, "quote": ev.quote, "language": ev.lang,
                    "quote_start": ev.quote_start, "quote_end": ev.quote_end,
                })
        return [seen[k] for k in sorted(seen)]

    @property
    def documents(self) -> set[str]:
        return {s["document"] for s in self.sources}

    def people(self, slot: str) -> list[dict]:
        return self.participants.get(slot, [])

    def to_json(self, paths: dict[str, str] | None = None) -> dict:
        paths = paths or {}

        def party(p: dict) -> dict:
            out = {"name": p["name"]}
            if p.get("entity_id"):
                out["entity_id"] = p["entity_id"]
            if p.get("description"):
                out["description"] = p["description"]
            return out

        sources = [
            {"document": s["document"], "path": paths.get(s["document"]), "quote": s["quote"],
             "language": s["language"]}
            for s in self.sources
        ]
        data: dict = {"id": self.id, "kind": self.kind, "date": self.date, "dates": self.dates,
                      "plover": self.first("sw:plover"), "cameo": self.first("sw:cameo"), "sources": sources}
        if self.schema == "Sanction":
            issuers = [party(p) for p in self.people("sw:issuer")]
            data.update({
                "status": self.status, "issuer": issuers[0] if issuers else None,
                "targets": [party(p) for p in self.people("sw:target")],
                "callers": [party(p) for p in self.people("sw:caller")],
                "legal_basis": self.first("sw:legal_basis"),
            })
        else:
            data.update({
                "actors": [party(p) for p in self.people("sw:actor")],
                "subjects": [party(p) for p in self.people("sw:subject")],
                "place": self.first("sw:place"), "duration": self.first("sw:duration"),
                "hypothetical": self.first("sw:hypothetical") == "true",
                "negated": self.first("sw:negated") == "true",
            })
        return data


PARTICIPANT_PROPS = ("sw:issuer", "sw:target", "sw:caller", "sw:actor", "sw:subject", "sw:commentator")


def fact_views(store: SqlStore, schema: str | None = None, ids: list[str] | None = None) -> list[FactView]:
    """Events and/or measures with participants resolved to canonical entity ids."""
    mapping = store.canonical_map()
    schemata = [schema] if schema else ["Event", "Sanction"]
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for st in store.statements(entity_ids=ids, schemata=schemata):
        grouped[st.entity_id].append(st)
    views = []
    for fid, sts in sorted(grouped.items()):
        view = FactView(fid, sts[0].schema, statements=sts)
        for st in sts:
            if st.prop in PARTICIPANT_PROPS:
                p = json.loads(st.value)
                if p.get("entity_id"):
                    p["entity_id"] = mapping.get(p["entity_id"], p["entity_id"])
                bucket = view.participants.setdefault(st.prop, [])
                if p not in bucket:
                    bucket.append(p)
            else:
                view.fields.setdefault(st.prop, [])
                if st.value not in view.fields[st.prop]:
                    view.fields[st.prop].append(st.value)
        views.append(view)
    return sorted(views, key=lambda v: (v.date or "9999", v.kind, v.id))


def in_range(view: FactView, start: str | None, end: str | None) -> bool:
    date = view.date
    if date is None:
        return start is None and end is None
    return (start is None or date >= start[: len(date)]) and (end is None or date[: len(end)] <= end)

"""Events and measures read back from the store, as the views and JSON lines users get.

The JSON shapes are a stable interface (documented in the README): other tools and our own
evaluation read them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
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
    merged: list[str] = field(default_factory=list)

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
    def event_status(self) -> str:
        """Whether an event happened as the sources tell it: `reported`, `denied`, or why it is
        only hypothetical (`called_for`, `threatened`, `scheduled`; `hypothetical` when a store
        written before modalities were kept does not say)."""
        if self.first("sw:negated") == "true":
            return "denied"
        if self.first("sw:hypothetical") == "true":
            return self.first("sw:modality") or "hypothetical"
        return "reported"

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

    def to_json(self, paths: Mapping[str, str | None] | None = None, cites: dict[str, dict] | None = None) -> dict:
        """The stable JSON shape; with `cites` (report.cite) each source also carries the
        document's `title`, `url` and `published`."""
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
        if cites is not None:
            for s in sources:
                c = cites.get(s["document"], {})
                s.update({k: c.get(k) for k in ("title", "url", "published")})
        data: dict = {"id": self.id, "merged": self.merged or [self.id], "kind": self.kind, "date": self.date, "dates": self.dates,
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
                "status": self.event_status,
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
    return sorted(merge_same_facts(views), key=lambda v: (v.date or "9999", v.kind, v.id))


def _party_key(p: dict) -> str:
    return p.get("entity_id") or " ".join((p.get("description") or p.get("name") or "").casefold().split())


def signature(view: FactView) -> tuple:
    """What identifies a fact across documents once names are resolved to entities.

    Extraction keys facts by the names as written; after resolution `CNRP`, `Cambodia
    National Rescue Party` and `គណបក្សសង្គ្រោះជាតិ` are one entity, so their events are one.
    """
    if view.schema == "Sanction":
        issuers = frozenset(_party_key(p) for p in view.people("sw:issuer"))
        targets = frozenset(_party_key(p) for p in view.people("sw:target"))
        # an act its report told apart from another of the same parties (`sw:told_at`) stays apart
        return ("Sanction", view.kind, view.status, issuers, targets, view.first("sw:told_at"))
    subjects = frozenset(_party_key(p) for p in view.people("sw:subject"))
    return ("Event", view.kind, subjects, view.first("sw:negated"), view.first("sw:hypothetical"))


def _near(x: str, y: str) -> bool:
    """Prefix-equal (2017-11 and 2017-11-16), or full dates a day apart: "the night of
    2 September" and "3 September" are one arrest with conflicting dates, kept side by side."""
    if x.startswith(y) or y.startswith(x):
        return True
    if len(x) == len(y) == 10:
        from datetime import date

        try:
            return abs((date.fromisoformat(x) - date.fromisoformat(y)).days) <= 1
        except ValueError:
            return False
    return False


def _compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    return any(_near(x, y) for x in a for y in b)


def _same_date(a: list[str], b: list[str]) -> bool:
    """One date both give, finer than a year: "in 2020" is too little to tell two laws apart."""
    return any(len(d) >= 7 for d in set(a) & set(b))


def merge_same_facts(views: list[FactView]) -> list[FactView]:
    """One view per fact: same signature and compatible dates (or one dated group and undated
    mentions of a fact that has a subject or target). Conflicting dates stay visible."""
    groups: dict[tuple, list[FactView]] = {}
    for v in views:
        groups.setdefault(signature(v), []).append(v)
    merged: list[FactView] = []
    for sig, members in groups.items():
        clusters: list[list[FactView]] = []
        undated = [v for v in members if not v.dates]
        has_party = bool(sig[3] if sig[0] == "Sanction" else sig[2])
        # an event that names nobody is known only by its date: "a trial that opened on 29 May"
        # in one report and "prosecuted … on 30 May" in another, or the laws of 2020 two
        # reports recall, are not one act unless they give the same month or day
        anonymous = sig[0] == "Event" and not has_party
        same = _same_date if anonymous else _compatible
        # most precise first, so that a bare year joins only a cluster it cannot confuse
        for v in sorted((v for v in members if v.dates), key=lambda v: (-max(len(d) for d in v.dates), v.id)):
            homes = [c for c in clusters if all(same(v.dates, o.dates) for o in c)]
            if len(homes) == 1:
                homes[0].append(v)
            else:
                clusters.append([v])
        if undated and (len(clusters) == 1 and has_party):
            clusters[0].extend(undated)
        elif undated and anonymous:  # nobody and no date: each report's own mention
            by_docs: dict[frozenset[str], list[FactView]] = {}
            for v in undated:
                by_docs.setdefault(frozenset(v.documents), []).append(v)
            clusters.extend(by_docs[k] for k in sorted(by_docs, key=sorted))
        elif undated:
            clusters.append(undated)
        for cluster in clusters:
            merged.append(_union(cluster))
    return merged


def _union(cluster: list[FactView]) -> FactView:
    cluster = sorted(cluster, key=lambda v: v.id)
    out = FactView(cluster[0].id, cluster[0].schema)
    for v in cluster:
        out.statements.extend(v.statements)
        for prop, values in v.fields.items():
            bucket = out.fields.setdefault(prop, [])
            bucket.extend(x for x in values if x not in bucket)
        for prop, people in v.participants.items():
            present = out.participants.setdefault(prop, [])
            present.extend(p for p in people if p not in present)
    out.merged = [v.id for v in cluster]
    return out


def in_range(view: FactView, start: str | None, end: str | None) -> bool:
    date = view.date
    if date is None:
        return start is None and end is None
    return (start is None or date >= start[: len(date)]) and (end is None or date[: len(end)] <= end)


def by_member_id(facts: Iterable[FactView]) -> dict[str, FactView]:
    """Fact id as extracted (also in `sw:role` statements) → the merged view holding it."""
    return {member: f for f in facts for member in (f.merged or [f.id])}

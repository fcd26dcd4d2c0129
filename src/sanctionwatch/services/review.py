"""The review queue: what the machine proposed and no analyst has decided, most consequential first.

Consequence decides the order: a perpetrator or target role names someone as responsible or
as a measure's subject, a designation puts them on a list, so those come before a pending merge,
and merges before a victim or commentator role or an event. Within a weight, the least
confident reading first (it most needs a person).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sanctionwatch.report.facts import FactView
from sanctionwatch.services.curation import fact_statement_ids, merge_proposals
from sanctionwatch.services.search import Snapshot
from sanctionwatch.store.curation import OPEN

ROLE_WEIGHT = {"perpetrator": 100, "target": 95, "issuer": 60, "caller": 55}
DESIGNATION_KINDS = ("designation", "asset_freeze", "sanction", "visa_ban", "visa_restriction", "travel_ban")


@dataclass
class Item:
    kind: str  # role | measure | event | merge | cross-script | link
    key: str  # what the decision form posts back
    title: str
    detail: str
    weight: int
    confidence: float = 1.0
    status: str = "proposed"
    quote: str = ""
    doc_id: str = ""
    quote_start: int = 0
    quote_end: int = 0
    entity_id: str = ""
    fact: FactView | None = None
    extra: dict = field(default_factory=dict)


def measure_weight(fact: FactView) -> int:
    designation = fact.status == "imposed" and any(k in fact.kind for k in DESIGNATION_KINDS)
    return 90 if designation else 70 if fact.status == "imposed" else 65


def _party(p: dict) -> str:
    return p.get("name") or p.get("description") or "?"


def fact_title(fact: FactView) -> str:
    if fact.schema == "Sanction":
        issuer = ", ".join(_party(p) for p in fact.people("sw:issuer")) or "?"
        targets = ", ".join(_party(p) for p in fact.people("sw:target")) or "-"
        return f"{fact.kind} ({fact.status or '?'}) by {issuer} against {targets}"
    actors = ", ".join(_party(p) for p in fact.people("sw:actor")) or "-"
    subjects = ", ".join(_party(p) for p in fact.people("sw:subject")) or "-"
    return f"{fact.kind}: {actors} → {subjects}"


def review_queue(snapshot: Snapshot, kinds: tuple[str, ...] = ("role", "measure", "event", "merge", "link")) -> list[Item]:
    store = snapshot.store
    status = store.curation.statement_status()
    items: list[Item] = []
    if "role" in kinds:
        for view in snapshot.views:
            for st in view.statements:
                if st.prop != "sw:role" or status.get(st.id) not in OPEN or not st.evidence:
                    continue
                role, fid = st.value.split("|", 1)
                fact = snapshot.fact_home.get(fid)
                ev = st.evidence[0]
                items.append(Item(
                    "role", st.id, f"{view.caption}: {role}", fact_title(fact) if fact else fid,
                    ROLE_WEIGHT.get(role, 30), min(e.confidence for e in st.evidence), status[st.id],
                    ev.quote, ev.doc_id, ev.quote_start, ev.quote_end, view.id, fact))
    for fact in snapshot.facts:
        wanted = "measure" if fact.schema == "Sanction" else "event"
        if wanted not in kinds:
            continue
        open_ids = [i for i in fact_statement_ids(fact) if status.get(i) in OPEN]
        if not open_ids:
            continue
        src = fact.sources[0] if fact.sources else {}
        items.append(Item(
            wanted, fact.id, fact_title(fact), f"{fact.date or 'undated'} · {len(fact.documents)} source(s)",
            measure_weight(fact) if wanted == "measure" else 20,
            min((ev.confidence for st in fact.statements for ev in st.evidence), default=1.0),
            "unsure" if all(status.get(i) == "unsure" for i in open_ids) else "proposed",
            src.get("quote", ""), src.get("document", ""), src.get("quote_start", 0), src.get("quote_end", 0),
            fact=fact))
    if "merge" in kinds:
        for p in merge_proposals(store, snapshot.views):
            items.append(Item(p["kind"], f"{p['left']}|{p['right']}", f"{p['left_name']} = {p['right_name']} ?",
                              p["reason"], 80 if p["kind"] == "cross-script" else 75, extra=p))
    if "link" in kinds:
        pending = [c for c in store.xref.candidates("pending") if snapshot.canonical(c["registry_id"]) in snapshot.by_id]
        names = store.lists.captions(c["list_id"] for c in pending)
        for c in pending:
            view = snapshot.by_id[snapshot.canonical(c["registry_id"])]
            items.append(Item("link", f"{c['registry_id']}|{c['list_id']}",
                              f"{view.caption} = {names.get(c['list_id'], c['list_id'])} ({c['dataset']}) ?",
                              f"list match, score {c['score']:.2f}", 85, c["score"], entity_id=view.id, extra=c))
    items.sort(key=lambda i: (-i.weight, i.confidence, i.title, i.key))
    return items

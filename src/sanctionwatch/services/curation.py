"""Curation: merge, split, review and add facts, the same for the command line and the workbench.

Every change is a judgement or a statement with its author, never an edit in place: a merge is a
positive judgement, a split a negative one, a rejected fact keeps its rows with its evidence
marked rejected, an edited field is a new statement beside the rejected old one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.extract.facts_stage import ROLE_PROP
from sanctionwatch.model import Evidence, Statement, make_id
from sanctionwatch.report.entities import EntityView, entity_views
from sanctionwatch.report.facts import FactView, fact_views
from sanctionwatch.report.show import NoSuchEntity, resolve_reference
from sanctionwatch.store import Judgement, SqlStore
from sanctionwatch.store.curation import AlreadyDecided

__all__ = ["AlreadyDecided", "NoSuchEntity"]

DECISIONS = {"accept": "accepted", "reject": "rejected", "unsure": "unsure"}
PAIR_DECISIONS = {"accept": "positive", "reject": "negative", "unsure": "unsure"}
CROSS_SCRIPT_MIN = 0.75
"""A Khmer-only person this close to a Latin name is worth an analyst's look (the resolver
merges on its own only from 0.9 with a clear margin)."""


def entity_id_for(store: SqlStore, reference: str) -> str:
    """An entity or mention id as given, else the entity a name (any script) names."""
    mapping = store.canonical_map()
    if reference in mapping or reference in set(mapping.values()):
        return reference
    return resolve_reference(store, reference)


@dataclass(frozen=True)
class PairResult:
    left: str
    right: str
    judgement: str
    same: bool


def judge(store: SqlStore, left: str, right: str, judgement: str, author: str, reason: str = "",
          once: bool = False) -> PairResult:
    """Record that two entities (ids or names) are the same (`positive`), different (`negative`)
    or unclear, then re-run resolution. `once`: refuse when an analyst already decided the pair."""
    from sanctionwatch.resolve.run import refresh_resolution

    left, right = entity_id_for(store, left), entity_id_for(store, right)
    item = Judgement(left, right, judgement, "analyst", reason or judgement, author)
    if once:
        store.curation.add_judgement_once(item, f"the pair {left} / {right}")
    else:
        store.add_judgement(item)
    refresh_resolution(store)
    after = store.canonical_map()
    return PairResult(left, right, judgement, after.get(left, left) == after.get(right, right))


def review_statement(store: SqlStore, statement_id: str, decision: str, author: str, reason: str = "",
                     document: str | None = None) -> int:
    """The command line's `review`: set a statement's evidence (of one document) accepted or
    rejected whatever it was; returns the rows changed (0: no such statement)."""
    status = DECISIONS.get(decision)
    if status is None or status == "unsure":
        raise ValueError("decision must be accept or reject")
    return store.set_evidence_status(statement_id, status, author, reason, document)


def decide_statements(store: SqlStore, what: str, statement_ids: list[str], decision: str, author: str,
                      reason: str = "") -> int:
    """The workbench's decision on open evidence; AlreadyDecided when someone was first."""
    status = DECISIONS.get(decision)
    if status is None:
        raise ValueError(f"unknown decision {decision!r}")
    return store.curation.decide_statements(what, statement_ids, status, author, reason)


def fact_statement_ids(fact: FactView) -> list[str]:
    return sorted({st.id for st in fact.statements})


def merge_proposals(store: SqlStore, views: list[EntityView] | None = None) -> list[dict]:
    """Pending pairs: the resolver's unsure judgements, and Khmer-only people whose romanised
    name is close to a Latin-named person (cross-script pairs it would not merge on its own),
    unless an analyst already judged the pair or the two are one entity by now."""
    mapping = store.canonical_map()
    judgements = store.judgements()
    decided = {frozenset((j.left_id, j.right_id)) for j in judgements if j.origin == "analyst"}
    views = views if views is not None else entity_views(store)
    by_id = {v.id: v for v in views}

    def canon(i: str) -> str:
        return mapping.get(i, i)

    def caption(i: str) -> str:
        view = by_id.get(canon(i))
        return view.caption if view else i

    rows, seen = [], set(decided)
    for j in judgements:
        key = frozenset((j.left_id, j.right_id))
        if j.origin != "auto" or j.judgement != "unsure" or key in seen or canon(j.left_id) == canon(j.right_id):
            continue
        seen.add(key)
        rows.append({"kind": "merge", "left": j.left_id, "left_name": caption(j.left_id), "right": j.right_id,
                     "right_name": caption(j.right_id), "reason": j.reason})
    for left, right, score, detail in _cross_script_pairs(views):
        if frozenset((left, right)) in seen:
            continue
        seen.add(frozenset((left, right)))
        rows.append({"kind": "cross-script", "left": left, "left_name": caption(left), "right": right,
                     "right_name": caption(right),
                     "reason": f"romanised Khmer name is close (score {score:.2f}): {detail}"})
    return rows


def _cross_script_pairs(views: list[EntityView]) -> list[tuple[str, str, float, str]]:
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.screen.index import NameIndex

    people = [v for v in views if v.schema == "Person"]
    index = NameIndex(candidates=20)
    for v in people:
        latin = [n for n in v.names if not has_khmer(n) and len(n.split()) > 1]
        if latin:
            try:
                index.add(v.id, "Person", latin)
            except InvalidQuery:
                continue
    out = []
    if not len(index):
        return out
    for v in people:
        if not v.names or not all(has_khmer(n) for n in v.names):
            continue
        try:
            hits = index.search(v.names, "Person", limit=1, min_score=CROSS_SCRIPT_MIN)
        except InvalidQuery:
            continue
        for h in hits:
            detail = h.result.explanations.get("name", {}).get("detail", "")
            out.append((h.entity_id, v.id, h.score, detail))
    return out


def decide_pair(store: SqlStore, left: str, right: str, decision: str, author: str, reason: str = "") -> PairResult:
    """Accept (merge), reject (keep apart) or mark unsure a proposed pair, first come first served."""
    judgement = PAIR_DECISIONS.get(decision)
    if judgement is None:
        raise ValueError(f"unknown decision {decision!r}")
    return judge(store, left, right, judgement, author, reason, once=True)


def edit_fact(store: SqlStore, fact: FactView, changes: dict[str, str], author: str, reason: str = "") -> list[str]:
    """Change a measure's or event's kind, status, date or target (subject): the new value is a
    statement by the analyst (quoting the fact's first source), the old one has its evidence
    rejected, so both stay in the store and the audit log says who changed what."""
    quote = _by(_first_evidence(fact), author)
    new, old = [], []
    for prop, value in changes.items():
        value = value.strip()
        if prop not in ("sw:kind", "sw:status", "sw:date") or not value or value in fact.fields.get(prop, []):
            continue
        old += [st.id for st in fact.statements if st.prop == prop]
        new.append(Statement(fact.id, fact.schema, prop, value, quote.lang, evidence=(quote,)))
    target = (changes.get("target") or "").strip()
    if target:
        replaced = _replace_target(store, fact, target, quote)
        if replaced is not None:
            old += replaced[0]
            new += replaced[1]
    if not new:
        return []
    if old:
        store.curation.decide_statements(f"{fact.schema} {fact.id}: replaced fields", old, "rejected", author, reason)
    return store.curation.add_statements(new, author, f"edit {fact.schema} {fact.id}", reason)


def _replace_target(store: SqlStore, fact: FactView, reference: str,
                    quote: Evidence) -> tuple[list[str], list[Statement]] | None:
    """The statements that make `reference` the fact's only target (measures) or subject
    (events), and the ids of those that named the old ones (slot and role statements)."""
    prop, role = ("sw:target", "target") if fact.schema == "Sanction" else ("sw:subject", "victim")
    eid = entity_id_for(store, reference)
    view = next(iter(entity_views(store, ids=[eid])), None)
    if view is None:
        raise NoSuchEntity(reference, [])
    mapping = store.canonical_map()
    current = [st for st in fact.statements if st.prop == prop]
    parties = {mapping.get(p, p) for p in (json.loads(st.value).get("entity_id") for st in current) if p}
    if parties == {view.id} and len(current) == 1:
        return None
    members = set(fact.merged or [fact.id])
    old = [st.id for st in current]
    old += [st.id for st in store.statements(props=[ROLE_PROP])
            if st.value.split("|", 1)[-1] in members and mapping.get(st.entity_id, st.entity_id) in parties
            and st.value.split("|", 1)[0] in ("target", "victim", "participant")]
    party = {"name": view.caption, "role": role, "entity_id": eid}
    return old, [
        Statement(fact.id, fact.schema, prop, json.dumps(party, ensure_ascii=False, sort_keys=True), quote.lang,
                  evidence=(quote,)),
        Statement(eid, view.schema, ROLE_PROP, f"{role}|{fact.id}", quote.lang, evidence=(quote,)),
    ]


def _first_evidence(fact: FactView) -> Evidence:
    return min((ev for st in fact.statements for ev in st.evidence), key=lambda e: (e.doc_id, e.quote_start))


def _by(ev: Evidence, author: str) -> Evidence:
    return Evidence(ev.doc_id, ev.start, ev.end, ev.quote_start, ev.quote_end, ev.quote,
                    f"analyst:{author}", 1.0, ev.lang)


@dataclass(frozen=True)
class HandFact:
    """A measure or event an analyst read in a document: the quote is their text selection."""

    schema: str  # Sanction | Event
    doc_id: str
    quote_start: int
    quote_end: int
    kind: str
    status: str = ""  # measures: imposed, called_for, …
    date: str = ""
    issuer: str = ""  # measures: issuer; events: actor (a name or id)
    target: str = ""  # measures: target; events: subject


def add_fact(store: SqlStore, fact: HandFact, author: str, reason: str = "") -> str:
    """Store a hand-made measure or event with its participants' roles; returns the fact id."""
    doc = store.document(fact.doc_id)
    if doc is None:
        raise ValueError(f"no document {fact.doc_id!r}")
    if not (0 <= fact.quote_start < fact.quote_end <= len(doc.text)):
        raise ValueError("the quote is outside the document's text")
    if fact.schema not in ("Sanction", "Event") or not fact.kind.strip():
        raise ValueError("a fact needs a type (measure or event) and a kind")
    quote = doc.text[fact.quote_start:fact.quote_end]
    lang = next((p.lang for p in doc.paragraphs if p.start <= fact.quote_start < p.end), None)
    ev = Evidence(doc.id, fact.quote_start, fact.quote_end, fact.quote_start, fact.quote_end, quote,
                  f"analyst:{author}", 1.0, lang)
    fid = make_id("analyst", fact.schema, fact.kind, fact.status, fact.date, fact.issuer, fact.target,
                  doc.id, str(fact.quote_start), prefix="ms" if fact.schema == "Sanction" else "ev", length=24)
    fields = [("sw:kind", fact.kind.strip()), ("sw:status", fact.status.strip() if fact.schema == "Sanction" else ""),
              ("sw:date", fact.date.strip())]
    out = [Statement(fid, fact.schema, p, v, lang, evidence=(ev,)) for p, v in fields if v]
    slots = (("sw:issuer", "issuer", fact.issuer), ("sw:target", "target", fact.target)) if fact.schema == "Sanction" \
        else (("sw:actor", "perpetrator", fact.issuer), ("sw:subject", "victim", fact.target))
    views: dict[str, EntityView] = {}
    for prop, role, reference in slots:
        if not reference.strip():
            continue
        eid = entity_id_for(store, reference.strip())
        view = views.get(eid) or next(iter(entity_views(store, ids=[eid])), None)
        if view is None:
            raise NoSuchEntity(reference, [])
        views[eid] = view
        party = {"name": view.caption, "role": role, "entity_id": eid}
        out.append(Statement(fid, fact.schema, prop, json.dumps(party, ensure_ascii=False, sort_keys=True), lang,
                             evidence=(ev,)))
        out.append(Statement(eid, view.schema, ROLE_PROP, f"{role}|{fid}", lang, evidence=(ev,)))
    store.curation.add_statements(out, author, f"add {fact.schema} {fid}", reason)
    return fid


def fact_by_id(store: SqlStore, fact_id: str) -> FactView | None:
    return next((f for f in fact_views(store) if fact_id in (f.merged or [f.id])), None)


def decide_link(store: SqlStore, registry_id: str, list_id: str, decision: str, author: str, reason: str = "",
                once: bool = False) -> dict:
    """Accept, reject or mark unsure a candidate link registry entity → list entry (`xref`);
    `once`: refuse when an analyst already decided it (the review queue's first-come rule)."""
    from sanctionwatch.xref import decide

    row = store.xref.candidate(registry_id, list_id)
    if once and row is not None and row["status"] not in ("pending", "unsure"):
        raise AlreadyDecided(f"the link {registry_id} → {list_id}", row["decided_by"] or "someone", row["status"])
    return decide(store, registry_id, list_id, decision, author, reason)

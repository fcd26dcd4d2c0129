"""Judging what the machine stated: accept, reject or mark unsure a statement's evidence, and
edit a measure's or event's fields.

Nothing is edited in place: a rejected statement keeps its rows with its evidence marked
rejected, and an edited field is a new statement by the analyst beside the rejected old one,
so the audit log can say who changed what from what.
"""

from __future__ import annotations

import json

from sanctionwatch.extract.facts_stage import ROLE_PROP
from sanctionwatch.model import Evidence, Statement
from sanctionwatch.report.entities import entity_views
from sanctionwatch.report.facts import FactView, fact_views
from sanctionwatch.services.curation.errors import CurationError, NoSuchEntity
from sanctionwatch.services.curation.judgements import entity_id_for
from sanctionwatch.store import SqlStore

DECISIONS = {"accept": "accepted", "reject": "rejected", "unsure": "unsure"}


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


def fact_by_id(store: SqlStore, fact_id: str) -> FactView | None:
    return next((f for f in fact_views(store) if fact_id in (f.merged or [f.id])), None)


def edit_fact(store: SqlStore, fact: FactView, changes: dict[str, str], author: str, reason: str = "") -> list[str]:
    """Change a measure's or event's kind, status, date or target (subject): the new value is a
    statement by the analyst (quoting the fact's first source), the old one has its evidence
    rejected, so both stay in the store and the audit log says who changed what."""
    _check_fields(fact.schema, changes)
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
    ids = sorted({st.id for st in new})
    store.add_analyst_statements(new, author, "statement:add", {
        "what": f"edit {fact.schema} {fact.id}", "fact": fact.id, "statements": ids, "reason": reason})
    return ids


def _check_fields(schema: str, changes: dict[str, str]) -> None:
    """An edited kind or status must be one the rest of the system knows (the same words a fact
    added by hand may use), or the fact would fall out of every filter and topic."""
    from sanctionwatch.extract.vocab import EVENT_KINDS, MEASURE_KINDS, STATUSES

    kinds = MEASURE_KINDS if schema == "Sanction" else EVENT_KINDS
    kind = (changes.get("sw:kind") or "").strip()
    if kind and kind not in kinds:
        raise CurationError(f"unknown kind {kind!r}; use one of {', '.join(kinds)}")
    status = (changes.get("sw:status") or "").strip()
    if status and schema == "Sanction" and status not in STATUSES:
        raise CurationError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")


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

"""Who the evidence implicates, and by which facts: the first half of the gap report.

A person is implicated when a source sentence, read as a fact that still stands (no analyst
rejected its evidence), makes them

- the perpetrator of a reported coercive event (not denied, not hypothetical), or
- the named target of a measure that an authority imposed or announced, or that someone
  called for (or any measure whose sentence accuses its targets of abuse or corruption).

A participant a fact names without an entity (filled by reference: "both men", "he", a short
form) is the registry person of that name in the same document, when exactly one bears it.
Nothing else implicates: a commentator, an issuer, a caller, a participant or a victim is
not implicated, and neither is a court, an authority, a government, a country or any other
body (the report is about people; a body cannot be designated as a person). A document that
shows someone as the victim of a coercive act does not implicate them as well: the extractor
guards against this inside a document, and this module does not undo the guard by adding up
roles from it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sanctionwatch.extract.facts_stage import ROLE_PROP
from sanctionwatch.extract.vocab import EVENT_KINDS
from sanctionwatch.kb.actors import country_code, government_of, load_kb, metonym
from sanctionwatch.lang import PackError, load_pack
from sanctionwatch.model import Statement
from sanctionwatch.report.entities import NAME_PROPS, EntityView, entity_views
from sanctionwatch.report.facts import PARTICIPANT_PROPS, FactView, by_member_id
from sanctionwatch.resolve.keys import name_key
from sanctionwatch.store.sql import SqlStore

IMPLICATING_STATUSES = ("imposed", "announced", "called_for")
IMPLICATED_SCHEMATA = ("Person",)
ROLE_SLOTS = {"target": ("sw:target",), "perpetrator": ("sw:actor",), "victim": ("sw:subject",)}


@dataclass(frozen=True)
class Implication:
    """One fact that implicates an entity, with the documents and sentence that say so."""

    role: str  # "perpetrator" | "target"
    fact_id: str
    fact_type: str  # "event" | "measure"
    kind: str
    status: str | None  # measures only
    documents: tuple[str, ...]
    quote: str

    def to_json(self) -> dict:
        return {"role": self.role, "fact": self.fact_id, "type": self.fact_type, "kind": self.kind,
                "status": self.status, "documents": list(self.documents), "quote": self.quote}


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", name)}


def names_in_slot(fact: FactView, entity_id: str, role: str) -> bool:
    """The fact (as it stands after curation) still names the entity in that role, and not only
    as the namesake of the measure's legal basis (the Global Magnitsky Act targets nobody
    called Magnitsky)."""
    slots, as_role = ROLE_SLOTS.get(role, PARTICIPANT_PROPS), role
    if fact.schema == "Sanction" and role == "perpetrator":
        slots, as_role = ("sw:target",), "target"  # a target the sentence accuses of abuse
    named = [p for slot in slots for p in fact.people(slot)
             if p.get("entity_id") == entity_id and p.get("role", as_role) == as_role]
    return any(not _namesake(fact, p.get("name", "")) for p in named)


def _namesake(fact: FactView, name: str) -> bool:
    """`name` is only the namesake of the fact's legal basis ("Magnitsky" in "Global Magnitsky")."""
    law = _words(" ".join(fact.fields.get("sw:legal_basis", [])))
    return bool(law and _words(name) and _words(name) <= law)


def implicates(fact: FactView, role: str) -> bool:
    """Does holding `role` in `fact` implicate? (see the module docstring)"""
    if fact.schema == "Sanction":  # a listed person the text accuses is a perpetrator whatever the status
        return role == "perpetrator" or (role == "target" and fact.status in IMPLICATING_STATUSES)
    kind = EVENT_KINDS.get(fact.kind)
    return (role == "perpetrator" and kind is not None and kind.coercive
            and fact.first("sw:hypothetical") != "true" and fact.first("sw:negated") != "true")


def is_body(name: str) -> bool:
    """Is `name` a body rather than a person: a body the knowledge base knows, a country, a
    capital standing for its government, "X government", or a name carrying a body word of
    any language pack's base ("Supreme Court", « tribunal », តុលាការ)?"""
    from sanctionwatch.extract.roles import gazetteer_lookup

    entry = gazetteer_lookup(name)
    if entry is not None and entry.schema != "Person":
        return True
    if metonym(name) or country_code(name) or government_of(name):
        return True
    words = _words(name)
    folded = " ".join(name.casefold().split())
    for lang, bodies in sorted(load_kb().body_words.items()):
        unspaced = not _spaced(lang)
        for body in bodies:
            parts = body.casefold().split()
            if (len(parts) == 1 and parts[0] in words) or (len(parts) > 1 and body.casefold() in folded):
                return True
            if unspaced and name.strip().startswith(body):  # no space after a body word to split on
                return True
    return False


def _spaced(lang: str) -> bool:
    """Does the language write spaces between words (its pack's `spaced`; true without a pack)?"""
    try:
        return load_pack(lang).spaced
    except PackError:
        return True


def is_person(view: EntityView) -> bool:
    return view.schema in IMPLICATED_SCHEMATA and not is_body(view.caption)


def implications(store: SqlStore, facts: list[FactView]) -> dict[str, list[Implication]]:
    """canonical entity id → the facts that implicate it (any schema; filter with `is_person`)."""
    # the store leaves out rejected evidence, and a statement with none left
    people = entity_views(store, IMPLICATED_SCHEMATA)
    return implied(store.statements(props=[ROLE_PROP]), facts, store.canonical_map(), people)


def _named_only(facts: list[FactView], people: Sequence[EntityView]) -> Iterator[tuple[str, str, FactView, set[str], str]]:
    """(entity, role, fact, documents, quote) for participants a fact names without an entity
    (filled by reference: "both men", "he", a short form), when exactly one person of the
    registry bears that name in the same document."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for v in people:
        for st in v.statements:
            if st.prop in NAME_PROPS:
                for ev in st.evidence:
                    index[(ev.doc_id, name_key(st.value, "Person"))].add(v.id)
    for fact in facts:
        for role, slot in (("target", "sw:target"), ("perpetrator", "sw:actor")):
            if not implicates(fact, role):
                continue
            for st in fact.statements:
                p = json.loads(st.value) if st.prop == slot else {}
                if not p.get("name") or p.get("entity_id") or p.get("description") or p.get("role", role) != role:
                    continue
                if _namesake(fact, p["name"]):
                    continue
                docs = {ev.doc_id for ev in st.evidence}
                ids = set().union(*(index.get((d, name_key(p["name"], "Person")), set()) for d in docs))
                if len(ids) == 1:
                    yield ids.pop(), role, fact, docs, st.evidence[0].quote if st.evidence else ""


def implied(role_statements: Iterable[Statement], facts: list[FactView], mapping: dict[str, str],
            people: Sequence[EntityView] = ()) -> dict[str, list[Implication]]:
    """`implications` from role statements ("victim|<fact id>"), the facts as they stand and
    the registry's people (for participants a fact names without an entity)."""
    home = by_member_id(facts)
    found: dict[str, list[tuple[str, FactView, set[str], str]]] = defaultdict(list)
    victim_docs: dict[str, set[str]] = defaultdict(set)
    for eid, role, fact, docs, quote in _named_only(facts, people):
        found[eid].append((role, fact, docs, quote))
    for st in role_statements:
        eid = mapping.get(st.entity_id, st.entity_id)
        role, _, fid = st.value.partition("|")
        current = home.get(fid)
        if current is None or not names_in_slot(current, eid, role):
            continue  # the fact or this participant was rejected by an analyst
        docs = {ev.doc_id for ev in st.evidence}
        if role == "victim":
            victim_docs[eid] |= docs
        elif implicates(current, role):
            found[eid].append((role, current, docs, st.evidence[0].quote if st.evidence else ""))
    out: dict[str, list[Implication]] = {}
    for eid, items in sorted(found.items()):
        merged: dict[tuple[str, str], Implication] = {}
        for role, fact, docs, quote in items:
            docs = docs - victim_docs[eid]
            if not docs:
                continue
            key = (role, fact.id)
            old = merged.get(key)
            all_docs = tuple(sorted(set(docs) | set(old.documents if old else ())))
            merged[key] = Implication(role, fact.id, "measure" if fact.schema == "Sanction" else "event",
                                      fact.kind, fact.status if fact.schema == "Sanction" else None,
                                      all_docs, old.quote if old else quote)
        if merged:
            out[eid] = sorted(merged.values(), key=lambda i: (i.role, i.fact_id))
    return out

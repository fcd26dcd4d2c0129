"""Corpus-level resolution: which mention-level ids are one person or organisation.

Every merge is a judgement with a reason a person can check ("gazetteer lists both forms",
"short form 'Sokha' of 'Kem Sokha' in the same document", "acronym CNRP = initials of …").
Wrong merges are worse than missed ones, so each rule demands a unique candidate, and an
analyst's negative judgement always wins over the resolver.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.lang import all_words
from sanctionwatch.resolve.keys import fold, name_key
from sanctionwatch.store.sql import Judgement

PERSONISH = {"Person"}
ORGISH = {"Organization", "PublicBody", "Company", "LegalEntity"}
_STOP = all_words("acronym_skip_words")  # no letter of an acronym: "Ministry of the Interior" -> MI


@dataclass
class EntityNames:
    """What the resolver knows of one mention-level id."""

    id: str
    schema: str
    names: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    sentences: set[tuple[str, int]] = field(default_factory=set)  # (doc id, quote start)
    countries: set[str] = field(default_factory=set)  # countries its documents name


def family(schema: str) -> str:
    return "Person" if schema in PERSONISH else "Organization"


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-’']+", name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _gazetteer_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    gazetteer = load_gazetteer()
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    from sanctionwatch.kb import is_generic_body, load_kb

    kb = load_kb()
    for e in entities:
        for name in sorted(e.names):
            known = gazetteer.find(name)
            if known is not None and family(e.schema) != "Person" and is_generic_body(name):
                # "National Assembly": the base's entry is one country's; the text's is that
                # country's only when its document is about that country. An international
                # body whose own name is no kind of body (សភាអឺរ៉ុប is the European Parliament,
                # though សភា "parliament" opens it) has one holder and needs no country.
                actor = kb.actor(known.key)
                if actor is None or (actor.country is None and is_generic_body(actor.name)):
                    continue
                if actor.country is not None and actor.country not in e.countries:
                    continue
            if known is not None and (known.label == "PER") == (family(e.schema) == "Person"):
                groups[known.key].append((e.id, name))
                break
    for key, members in sorted(groups.items()):
        anchor_id, anchor_name = members[0]
        for other_id, other_name in members[1:]:
            if other_id != anchor_id:
                yield anchor_id, other_id, f"gazetteer '{key}' lists both '{anchor_name}' and '{other_name}'"


def _short_form_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    by_doc: dict[str, list[EntityNames]] = defaultdict(list)
    for e in entities:
        if family(e.schema) == "Person":
            for doc in e.docs:
                by_doc[doc].append(e)
    for e in entities:
        if family(e.schema) != "Person" or len(e.docs) != 1:
            continue
        names = sorted(e.names)
        if not names or any(len(n.split()) != 1 or has_khmer(n) for n in names):
            continue
        token = fold(names[0])
        doc = next(iter(e.docs))
        full = sorted(
            {(o.id, sorted(o.names)[0]) for o in by_doc[doc]
             if o.id != e.id and any((token in name_key(n, "Person").split() or token in fold(n).split())
                                     and len(n.split()) > 1 for n in o.names)}  # "al-Asiri", "Kara-Murza": whole
        )
        if len({fid for fid, _ in full}) == 1:
            fid, fname = full[0]
            yield fid, e.id, f"short form '{names[0]}' of '{fname}' in the same document ({doc})"


def _initial_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """'R. Tillerson' / 'Rex W. Tillerson' → 'Rex Tillerson' when exactly one full name fits."""
    people = [e for e in entities if family(e.schema) == "Person"]
    full: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in people:
        for n in e.names:
            toks = n.replace(".", ". ").split()
            if len(toks) >= 2 and not has_khmer(n) and all(len(t.strip(".")) > 1 for t in toks):
                full[fold(toks[-1])].append((e.id, n))
    for e in people:
        for n in sorted(e.names):
            toks = n.replace(".", ". ").split()
            if len(toks) < 2 or has_khmer(n) or all(len(t.strip(".")) > 1 for t in toks) and len(toks) == 2:
                continue
            first, last = fold(toks[0]).strip("."), fold(toks[-1])
            fits = sorted({
                (fid, fn) for fid, fn in full.get(last, [])
                if fid != e.id and fold(fn.split()[0]).startswith(first)
            })
            if len({fid for fid, _ in fits}) == 1:
                yield fits[0][0], e.id, f"'{n}' abbreviates '{fits[0][1]}' (same family name, compatible given name)"
                break


def _acronym_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    orgs = [e for e in entities if family(e.schema) == "Organization"]
    long_by_initials: dict[str, list[EntityNames]] = defaultdict(list)
    for e in orgs:
        for n in e.names:
            if len(n.split()) >= 2 and not has_khmer(n):
                long_by_initials[initials(n)].append(e)
    for e in orgs:
        acronyms = sorted(n for n in e.names if n.isupper() and 2 <= len(n) <= 8 and " " not in n)
        for acronym in acronyms:
            fits = {o.id: o for o in long_by_initials.get(acronym.replace(".", ""), []) if o.id != e.id and o.docs & e.docs}
            if len(fits) == 1:
                other = next(iter(fits.values()))
                yield other.id, e.id, (f"acronym '{acronym}' = initials of '{sorted(other.names)[0]}' "
                                       "in the same document")
                break


RULES: list[Callable[[list[EntityNames]], Iterable[tuple[str, str, str]]]] = [
    _gazetteer_rule, _short_form_rule, _initial_rule, _acronym_rule,
]


def register_rule(rule: Callable[[list[EntityNames]], Iterable[tuple[str, str, str]]]) -> None:
    """Add a resolution rule (e.g. cross-script name matching) to the registry."""
    if rule not in RULES:
        RULES.append(rule)


class _UnionFind:
    def __init__(self, ids: Iterable[str], negatives: set[frozenset[str]]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: {i} for i in ids}
        self.negatives = negatives

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if any(frozenset((x, y)) in self.negatives for x in self.members[ra] for y in self.members[rb]):
            return False
        keep, drop = sorted((ra, rb))
        self.parent[drop] = keep
        self.members[keep] |= self.members.pop(drop)
        return True


def resolve(entities: list[EntityNames], decided: list[Judgement]) -> tuple[list[Judgement], dict[str, str]]:
    """Resolver judgements and the compiled mapping id → canonical id (the smallest member id).

    Analyst judgements (`decided`) come first: positives merge, negatives forbid a merge.
    """
    entities = sorted(entities, key=lambda e: e.id)
    ids = [e.id for e in entities]
    known = set(ids)
    for j in decided:
        known |= {j.left_id, j.right_id}
    negatives = {frozenset((j.left_id, j.right_id)) for j in decided if j.judgement == "negative"}
    uf = _UnionFind(sorted(known), negatives)
    for j in decided:
        if j.judgement == "positive":
            uf.union(j.left_id, j.right_id)
    schema_of = {e.id: family(e.schema) for e in entities}
    auto: list[Judgement] = []
    for rule in RULES:
        for left, right, reason in rule(entities):
            if schema_of.get(left) != schema_of.get(right) or uf.find(left) == uf.find(right):
                continue  # first reason wins: a later rule re-finding a merge adds nothing
            if uf.union(left, right):
                auto.append(Judgement(left, right, "positive", "auto", reason, author=f"resolver:{rule.__name__.strip('_')}"))
    mapping = {i: uf.find(i) for i in sorted(known)}
    auto.extend(_pending(entities, uf, decided))
    return auto, mapping


def _pending(entities: list[EntityNames], uf: _UnionFind, decided: list[Judgement]) -> list[Judgement]:
    """Plausible pairs no rule merged: stored as `unsure` resolver judgements (proposals) for an
    analyst, unless the two are already one entity or an analyst already judged the pair."""
    from sanctionwatch.resolve.variants import proposals

    judged = {frozenset((j.left_id, j.right_id)) for j in decided}
    out: dict[frozenset[str], Judgement] = {}
    for pair in proposals(entities):
        key = frozenset((pair.left, pair.right))
        if uf.find(pair.left) == uf.find(pair.right) or key in judged or key in out:
            continue
        if pair.partial and len(uf.members.get(uf.find(pair.right), ())) > 1:
            continue  # the short form was already read as someone's (in its own document)
        out[key] = Judgement(pair.left, pair.right, "unsure", "auto", pair.reason, author="resolver:proposal")
    return list(out.values())


CROSS_SCRIPT_MIN = 0.9
CROSS_SCRIPT_MARGIN = 0.1
# a Khmer name and a Latin name written in one document (a Khmer report quoting an English
# source), or each in reports naming one same known person (a foreign leader's visit, written
# in Khmer beside ហ៊ុន ម៉ាណែត and in English beside Hun Manet): context enough for a name heard
# rather than spelt (0.85–0.9); two people of one family stay apart by the margin and by the
# matcher's given-name comparison
CROSS_SCRIPT_SAME_DOC_MIN = 0.85


def cross_script_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """A Khmer-script name ↔ the one Latin name its romanisation matches (ហ៊ុន សែន ↔ Hun Sen).

    Needs a score of at least 0.9 (0.85 when both are written in one document, or each beside
    one same person the gazetteer knows) and a clear
    margin over the next Latin candidate: two Latin people whose names both fit are left
    apart, for an analyst to decide. Candidates
    come from a name index over the Latin names, so the cost grows with the number of Khmer
    names, not with their product.
    """
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.screen.index import NameIndex

    people = [e for e in entities if family(e.schema) == "Person"]
    docs_of = {e.id: e.docs for e in people}
    known_with = _known_company(people)
    index = NameIndex(candidates=50)
    for e in people:
        latin = sorted(n for n in e.names if not has_khmer(n) and len(n.split()) > 1)
        if latin:
            try:
                index.add(e.id, "Person", latin)
            except InvalidQuery:
                continue
    if not len(index):
        return
    for e in people:
        khmer = sorted(n for n in e.names if has_khmer(n))
        if not khmer or any(not has_khmer(n) for n in e.names):
            continue
        try:
            hits = [h for h in index.search(khmer, "Person", limit=5, min_score=0.0) if h.entity_id != e.id]
        except InvalidQuery:
            continue
        if not hits:
            continue
        best = hits[0]
        shared = docs_of.get(best.entity_id, set()) & e.docs
        common = sorted(known_with.get(best.entity_id, set()) & known_with.get(e.id, set()))
        if best.score < (CROSS_SCRIPT_SAME_DOC_MIN if shared or common else CROSS_SCRIPT_MIN):
            continue
        if len(hits) > 1 and best.score - hits[1].score < CROSS_SCRIPT_MARGIN:
            continue
        detail = best.result.explanations.get("name", {}).get("detail", "")
        where = ""
        if best.score < CROSS_SCRIPT_MIN:
            where = ", both in one document" if shared else f", both named with '{common[0]}'"
        yield best.entity_id, e.id, (f"romanised Khmer name matches (score {best.score:.2f}, no close rival"
                                     f"{where}): {detail}")


RULES.append(cross_script_rule)


def _known_company(people: list[EntityNames]) -> dict[str, set[str]]:
    """Entity id → the gazetteer's people named in its documents (but not itself), by key:
    context that holds across scripts, since the gazetteer knows each in every script."""
    gazetteer = load_gazetteer()
    key_of: dict[str, str] = {}
    for e in people:
        for name in sorted(e.names):
            known = gazetteer.find(name)
            if known is not None and known.label == "PER":
                key_of[e.id] = known.key
                break
    by_doc: dict[str, set[str]] = defaultdict(set)
    for e in people:
        if e.id in key_of:
            for doc in e.docs:
                by_doc[doc].add(key_of[e.id])
    out: dict[str, set[str]] = {}
    for e in people:
        company = set().union(*(by_doc[d] for d in e.docs)) if e.docs else set()
        company.discard(key_of.get(e.id, ""))
        out[e.id] = company
    return out


def _variant_rules() -> None:
    from sanctionwatch.resolve.variants import (
        generic_body_rule,
        partial_name_rule,
        shared_name_rule,
        variant_rule,
    )

    RULES.insert(RULES.index(_initial_rule) + 1, variant_rule)
    RULES.insert(RULES.index(variant_rule) + 1, shared_name_rule)
    RULES.append(partial_name_rule)
    RULES.append(generic_body_rule)


_variant_rules()

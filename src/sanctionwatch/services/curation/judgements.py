"""Whether two entities are one: merge, split, mark unsure, and the pairs awaiting a decision.

A merge is a positive judgement and a split a negative one, each with its author; resolution
runs again at once, so the next page or command sees the result. The review queue's proposals
are the resolver's unsure pairs and cross-script pairs it would not merge on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.report.entities import EntityView, entity_views
from sanctionwatch.report.show import resolve_reference
from sanctionwatch.store import Judgement, SqlStore

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
    out: list[tuple[str, str, float, str]] = []
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

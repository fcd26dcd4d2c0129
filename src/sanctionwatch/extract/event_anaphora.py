"""Events told again by a demonstrative: "the Appeal Court upheld that sentence", "the Supreme
Court kept the same sentence". Word order finds no person in such a clause; the act it points
back to has them. A slot "patient:event@<offset>" (extract.word_order) takes the subjects of
the nearest earlier event of the same kind that names any, within one story
(`SAME_ACT_DISTANCE`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact

SAME_ACT_DISTANCE = 1500
"""Characters back the act pointed to may be told: the same passage."""


def same_act_subjects(facts: Sequence[Fact]) -> list[Fact]:
    """Events whose object points back to an earlier act get that act's subjects."""
    out: list[Fact] = []
    for f in facts:
        slots = [u for u in f.unresolved if u.startswith("patient:event@")] if isinstance(f, EventFact) else []
        if not slots or not isinstance(f, EventFact) or f.subjects:
            out.append(f)
            continue
        earlier = [g for g in out if isinstance(g, EventFact) and g.kind == f.kind and g.subjects
                   and 0 <= f.quote_start - g.quote_start <= SAME_ACT_DISTANCE and _at(g) < _at(f)]
        if not earlier:
            out.append(f)
            continue
        source = max(earlier, key=_at)
        taken = {p.name for p in f.actors}
        subjects = tuple(replace(p, start=None, end=None) for p in source.subjects if p.name not in taken)
        out.append(replace(f, subjects=subjects, unresolved=tuple(u for u in f.unresolved if u not in slots)))
    return out


def _at(f: Fact) -> tuple[int, int]:
    return f.quote_start, f.trigger_start or 0

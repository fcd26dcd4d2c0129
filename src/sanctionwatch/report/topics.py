"""FtM topics (sanction, poi, role.pep, role.act) from roles with their evidence.

Topics follow from the roles an entity holds in events and measures, each backed by a
sentence; never from being mentioned next to a word like "treason".
"""

from __future__ import annotations

from collections import defaultdict

from sanctionwatch.extract.roles import RoleEvidence, standing_topics
from sanctionwatch.model import Statement
from sanctionwatch.report.entities import EntityView
from sanctionwatch.report.facts import FactView, by_member_id

PEP_WORDS = ("prime minister", "minister", "president", "senator", "governor", "ambassador", "general",
             "premier ministre", "ministre", "président", "នាយករដ្ឋមន្ត្រី", "រដ្ឋមន្ត្រី")


def entity_topics(view: EntityView, facts: dict[str, FactView]) -> dict[str, list[Statement]]:
    """topic → the statements (roles, positions) it rests on."""
    support: dict[str, list[Statement]] = defaultdict(list)
    home = by_member_id(facts.values())
    for st in view.statements:
        if st.prop == "position" and any(w in st.value.lower() for w in PEP_WORDS):
            support["role.pep"].append(st)
        if st.prop != "sw:role":
            continue
        role, fid = st.value.split("|", 1)
        fact = home.get(fid)
        if fact is None:
            continue
        description = None
        for slot in fact.participants.values():
            for p in slot:
                if p.get("entity_id") == view.id and p.get("description"):
                    description = p["description"]
        evidence = RoleEvidence(
            name=view.caption, role=role, fact_type="measure" if fact.schema == "Sanction" else "event",
            kind=fact.kind, status=fact.status, hypothetical=fact.first("sw:hypothetical") == "true",
            negated=fact.first("sw:negated") == "true", described=False, description=description,
            fact_key=fact.id, confidence=min((ev.confidence for ev in st.evidence), default=0.0),
        )
        for topic in standing_topics([evidence]):
            support[topic].append(st)
    return dict(sorted(support.items()))


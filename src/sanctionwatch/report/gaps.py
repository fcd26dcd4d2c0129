"""The gap report: who is implicated by the evidence, what was asked for, who already acted.

An entity appears here only through a perpetrator role read in a source sentence (never
through co-occurrence), with the measures that name it and any designation on an imported
list it has been linked to by an analyst.
"""

from __future__ import annotations

from sanctionwatch.report.entities import entity_views
from sanctionwatch.report.facts import fact_views
from sanctionwatch.report.roles import entity_roles
from sanctionwatch.store.sql import SqlStore

IMPLICATING_ROLES = ("perpetrator",)


def gap_report(store: SqlStore) -> list[dict]:
    from sanctionwatch.xref import candidates, designations, linked_list_ids

    roles = entity_roles(store)
    implicated = {eid for eid, r in roles.items() if any(r.get(role) for role in IMPLICATING_ROLES)}
    if not implicated:
        return []
    views = {v.id: v for v in entity_views(store, ids=sorted(implicated))}
    measures = fact_views(store, "Sanction")
    pending = candidates(store)
    rows = []
    for eid in sorted(implicated, key=lambda i: (-(roles[i].get("perpetrator", 0)), i)):
        view = views.get(eid)
        if view is None:
            continue
        named = [m for m in measures if any(t.get("entity_id") == eid for t in m.people("sw:target"))]
        linked = linked_list_ids(store, {eid})
        listed = designations(store, linked) if linked else []
        rows.append({
            "id": eid, "caption": view.caption, "schema": view.schema, "roles": roles[eid],
            "measures": [{"id": m.id, "kind": m.kind, "status": m.status, "date": m.date,
                          "issuer": (m.people("sw:issuer") or [{}])[0].get("name")} for m in named],
            "designated": bool(listed), "designations": listed,
            "candidates": [c["list_id"] for c in pending if c["registry_id"] == eid and c["status"] in ("pending", "unsure")],
        })
    return rows

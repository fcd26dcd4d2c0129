"""The gap report: who the evidence implicates, what was done or asked against them, and
whether an official list already holds them.

One row per implicated person (`report.implicated` says who and by which facts). Each row
carries

- `measures`: every measure the reports name them as target of, labelled by what the report
  says: an imposed designation-type measure is "designated (reported)" (who imposed it is
  the measure's issuer, e.g. OFAC), a call is "called for", and so on;
- `candidates`: the `xref` links from them to list entries that no analyst rejected, best
  score first, with the entry's dataset, caption, program and listing date ("listed" once an
  analyst accepted the link, "list candidate" while it waits);
- `designated`: a report says an authority imposed a designation on them, or an analyst
  accepted a link to a list entry that carries a sanction;
- `status`: the one-line summary a reader scans for gaps ("not designated, called for").

Rows that are gaps (implicated, neither designated nor on a list) come first.
"""

from __future__ import annotations

from sanctionwatch.report.entities import entity_views
from sanctionwatch.report.facts import FactView, fact_views
from sanctionwatch.report.implicated import implications, is_person, names_in_slot
from sanctionwatch.report.roles import entity_roles
from sanctionwatch.store.sql import SqlStore

DESIGNATION_KINDS = ("sdn_designation", "asset_freeze", "targeted_measures", "sanctions")
SHOWN_CANDIDATE_STATUSES = ("pending", "unsure", "accepted")


def measure_label(kind: str, status: str | None) -> str:
    """What a report says was done: "designated (reported)", "visa_restriction called for"."""
    if status == "imposed" and kind in DESIGNATION_KINDS:
        return "designated (reported)"
    if status == "imposed":
        return f"{kind} (reported)"
    return f"{kind} {(status or 'reported').replace('_', ' ')}"


def _measure_row(m: FactView) -> dict:
    issuer = (m.people("sw:issuer") or [{}])[0].get("name")
    return {"id": m.id, "kind": m.kind, "status": m.status, "date": m.date, "issuer": issuer,
            "label": measure_label(m.kind, m.status), "documents": sorted(m.documents)}


def _candidates(store: SqlStore) -> dict[str, list[dict]]:
    """canonical registry id → its candidate links that are not rejected, best first, with
    what the list says about each entry."""
    from sanctionwatch.xref import candidates, list_entries

    mapping = store.canonical_map()
    rows = [c for c in candidates(store) if c["status"] in SHOWN_CANDIDATE_STATUSES]
    entries = list_entries(store, {c["list_id"] for c in rows})
    out: dict[str, list[dict]] = {}
    for c in rows:
        entry = entries.get(c["list_id"], {})
        sanctions = entry.get("sanctions", [])
        out.setdefault(mapping.get(c["registry_id"], c["registry_id"]), []).append({
            "list_id": c["list_id"], "dataset": c["dataset"], "score": c["score"], "status": c["status"],
            "caption": entry.get("caption", c["list_id"]),
            "program": sorted({p for s in sanctions for p in s["program"]}),
            "programId": sorted({p for s in sanctions for p in s["programId"]}),
            "listingDate": sorted({d for s in sanctions for d in s["listingDate"]}),
            "label": "listed" if c["status"] == "accepted" else "list candidate",
        })
    for links in out.values():
        links.sort(key=lambda c: (c["status"] != "accepted", -c["score"], c["list_id"]))
    return out


def _status(measures: list[dict], links: list[dict]) -> str:
    """One line: "designated (reported); list candidate (1.00)", "not designated; called for"."""
    parts = []
    if any(m["label"] == "designated (reported)" for m in measures):
        parts.append("designated (reported)")
    if any(c["status"] == "accepted" for c in links):
        parts.append("listed")
    elif links:
        parts.append(f"list candidate ({links[0]['score']:.2f})")
    if not parts:
        parts.append("not designated")
    if any(m["status"] == "called_for" for m in measures):
        parts.append("called for")
    return "; ".join(parts)


def gap_report(store: SqlStore) -> list[dict]:
    facts = fact_views(store)
    found = implications(store, facts)
    if not found:
        return []
    views = {v.id: v for v in entity_views(store, ids=sorted(found))}
    measures = [f for f in facts if f.schema == "Sanction"]
    links = _candidates(store)
    roles = entity_roles(store)
    rows = []
    for eid, why in found.items():
        view = views.get(eid)
        if view is None or not is_person(view):
            continue
        named = [_measure_row(m) for m in measures if names_in_slot(m, eid, "target")]
        mine = links.get(eid, [])
        listed = [c for c in mine if c["status"] == "accepted" and c["program"]]
        reported = any(m["label"] == "designated (reported)" for m in named)
        rows.append({
            "id": eid, "caption": view.caption, "names": view.names, "schema": view.schema,
            "roles": roles.get(eid, {}),
            "implicated_by": [i.to_json() for i in why],
            "measures": named, "candidates": mine,
            "reported_designated": reported, "listed": bool(listed), "designated": reported or bool(listed),
            "designations": listed, "status": _status(named, mine),
        })
    return sorted(rows, key=lambda r: (r["designated"] or r["listed"], bool(r["candidates"]),
                                       -len(r["implicated_by"]), r["caption"], r["id"]))

"""Cross-reference: are the people our reports implicate already on an official list?

Every registry person and organisation is screened against the imported lists; candidates at
or above the threshold wait for an analyst's decision (accept / reject / unsure), recorded
with who decided and when, and never applied silently. Accepting links the two entities (an
analyst judgement, so the registry entity and the list entity resolve to one canonical id)
while each keeps its own statements. Organisations of two different countries are never
proposed (`screen.bodies`): every state has a `Ministry of Defence`.
"""

from __future__ import annotations

import json

from sanctionwatch.model import DATASET
from sanctionwatch.resolve.run import refresh_resolution
from sanctionwatch.screen.bodies import different_bodies
from sanctionwatch.screening import Screener
from sanctionwatch.store import Judgement, SqlStore

DECISIONS = {"accept": "accepted", "reject": "rejected", "unsure": "unsure"}


def _countries(entity: dict) -> set[str]:
    props = entity.get("properties", {})
    return {c.lower() for prop in ("country", "jurisdiction", "mainCountry") for c in props.get(prop, []) if c}


def _other_country(registry: dict, listed: dict) -> bool:
    """Both sides say which country they belong to, and no country is shared."""
    mine, theirs = _countries(registry), _countries(listed)
    return bool(mine and theirs and not mine & theirs)


def find_candidates(store: SqlStore, screener: Screener, threshold: float = 0.7, limit: int = 3) -> list[dict]:
    """Screen the registry against every other dataset; store new candidates as pending."""
    lists = [d for d in screener.datasets() if d != DATASET]
    found: list[dict] = []
    for entity in sorted(screener.indexes[DATASET]._slot_of) if DATASET in screener.indexes else []:
        data = screener.get(entity)
        if data is None or data["schema"] not in ("Person", "Organization", "PublicBody", "Company"):
            continue
        names = [n for n in data["properties"].get("name", []) if n.strip()]
        schema = "Person" if data["schema"] == "Person" else "Organization"
        if schema == "Organization":
            # an acronym is a weak identifier across lists (CPP: Cambodian People's Party, or the
            # Communist Party of the Philippines); screen the full names when there are some
            full = [n for n in names if not (n.replace(".", "").isupper() and " " not in n and len(n) <= 8)]
            names = full or names
        for dataset in lists:
            try:
                hits = screener.match(dataset, schema, names, limit=limit, threshold=threshold, cutoff=threshold)
            except Exception:  # a name the matcher refuses is simply not screened
                continue
            for hit in hits:
                if different_bodies(data, hit.entity):
                    continue  # organisations of two different countries (`Ministry of Defence`)
                if schema == "Organization" and _other_country(data, hit.entity):
                    continue  # bodies of two different countries are never one body
                if hit.result.score >= threshold:
                    found.append({"registry_id": entity, "list_id": hit.entity["id"], "dataset": dataset,
                                  "score": round(hit.result.score, 4),
                                  "explanations": json.dumps(hit.result.explanations, ensure_ascii=False, sort_keys=True)})
    store.xref.add_candidates(found)
    return found


def candidates(store: SqlStore, status: str | None = None) -> list[dict]:
    return store.xref.candidates(status)


def decide(store: SqlStore, registry_id: str, list_id: str, decision: str, author: str, reason: str = "") -> dict:
    """Record an analyst's decision on a candidate link (audited); accepting links the entities."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
    status = DECISIONS[decision]
    row = store.xref.candidate(registry_id, list_id)
    if row is None:
        raise LookupError(f"no candidate link {registry_id} → {list_id}; run `sanctionwatch xref` first")
    store.xref.set_status(registry_id, list_id, status, author)
    judgement = {"accepted": "positive", "rejected": "negative", "unsure": "unsure"}[status]
    store.add_judgement(Judgement(registry_id, list_id, judgement, "analyst",
                                  reason or f"xref {decision} (score {row['score']})", author))
    refresh_resolution(store)
    return {**row, "status": status, "decided_by": author}


def designations(store: SqlStore, list_ids: set[str]) -> list[dict]:
    """Sanction entities of imported lists that designate any of `list_ids`."""
    out = []
    for e in store.lists.current_entities():
        if e["schema"] == "Sanction" and set(e["properties"].get("entity", [])) & list_ids:
            p = e["properties"]
            out.append({"id": e["id"], "dataset": (e.get("datasets") or [""])[0], "entity": p.get("entity", []),
                        "authority": p.get("authority", []), "program": p.get("program", []) or p.get("programId", []),
                        "listingDate": p.get("listingDate", []), "startDate": p.get("startDate", [])})
    return out


def linked_list_ids(store: SqlStore, registry_ids: set[str]) -> set[str]:
    return store.xref.linked_list_ids(registry_ids)


def list_entries(store: SqlStore, list_ids: set[str]) -> dict[str, dict]:
    """What the current list releases say about `list_ids`: caption, dataset and every
    Sanction entry (program, program id, listing date) that designates each of them."""
    if not list_ids:
        return {}
    out: dict[str, dict] = {}
    for e in store.lists.current_entities(mentioning=list_ids):
        p = e.get("properties", {})
        if e["id"] in list_ids:
            entry = out.setdefault(e["id"], {"sanctions": []})
            entry.update({"caption": e.get("caption") or e["id"], "schema": e["schema"],
                          "dataset": (e.get("datasets") or [""])[0]})
        if e["schema"] == "Sanction":
            for target in set(p.get("entity", [])) & list_ids:
                out.setdefault(target, {"sanctions": []})["sanctions"].append({
                    "id": e["id"], "authority": p.get("authority", []), "program": p.get("program", []),
                    "programId": p.get("programId", []),
                    "listingDate": p.get("listingDate", []) or p.get("startDate", [])})
    for entry in out.values():
        entry["sanctions"].sort(key=lambda s: s["id"])
    return out

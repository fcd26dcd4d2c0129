"""Links between a registry entity and an official list entry: deciding the ones `xref`
proposed, and asserting the ones it did not.

An analyst often knows more than the matcher (a transliteration it misses, a designation under
a former name). Asserting a link records it exactly as an accepted candidate would be (the
`sw_xref` row, an analyst judgement, audited), with score 0 and an explanation saying it was
asserted, not found, so nobody mistakes it for a match score. The command line (`decide`,
`link`) and the workbench (review queue, entity page) call these functions.
"""

from __future__ import annotations

import json

from sanctionwatch.services.curation.errors import AlreadyDecided, CurationError
from sanctionwatch.store.sql import SqlStore


def list_entry(store: SqlStore, list_id: str) -> dict:
    """The current list entity with id `list_id` (in any imported dataset)."""
    entry = store.lists.current_entity(list_id)
    if entry is None:
        raise CurationError(f"no list entry {list_id!r} in the imported lists; see `sanctionwatch lists` "
                            "and the ids in `sanctionwatch screen`")
    return entry


def assert_link(store: SqlStore, entity: str, list_id: str, author: str, reason: str = "") -> dict:
    """Link registry `entity` (an id or a name) to list entry `list_id`; returns the xref row."""
    from sanctionwatch.report.show import resolve_reference
    from sanctionwatch.xref import decide

    author = author.strip()
    if not author:
        raise CurationError("an author is required (who asserts this link)")
    registry_id = resolve_reference(store, entity)  # NoSuchEntity names the closest entities
    entry = list_entry(store, list_id)
    if store.xref.candidate(registry_id, list_id) is None:
        dataset = (entry.get("datasets") or ["?"])[0]
        store.xref.add_candidates([{
            "registry_id": registry_id, "list_id": list_id, "dataset": dataset, "score": 0.0,
            "explanations": json.dumps({"analyst": {"score": 1.0, "weight": 0.0,
                                                    "detail": f"asserted by {author}, not proposed by xref"}},
                                       ensure_ascii=False, sort_keys=True),
        }])
    why = f"link asserted by {author}" + (f": {reason}" if reason else "")
    row = decide(store, registry_id, list_id, "accept", author, why)
    return {**row, "caption": entry.get("caption") or list_id}


def decide_link(store: SqlStore, registry_id: str, list_id: str, decision: str, author: str, reason: str = "",
                once: bool = False) -> dict:
    """Accept, reject or mark unsure a candidate link registry entity (an id, or a name) → list
    entry (`xref`); accepting a link `xref` never proposed asserts it (`assert_link`). `once`:
    refuse when an analyst already decided it (the review queue's first-come rule)."""
    from sanctionwatch.services.curation.judgements import entity_id_for
    from sanctionwatch.xref import decide

    registry_id = entity_id_for(store, registry_id)  # NoSuchEntity names the closest entities
    row = store.xref.candidate(registry_id, list_id)
    if row is None:
        if decision != "accept":
            raise CurationError(f"no proposed link {registry_id} → {list_id} to {decision}")
        return assert_link(store, registry_id, list_id, author, reason)
    if once and row["status"] not in ("pending", "unsure"):
        raise AlreadyDecided(f"the link {registry_id} → {list_id}", row["decided_by"] or "someone", row["status"])
    return decide(store, registry_id, list_id, decision, author, reason)

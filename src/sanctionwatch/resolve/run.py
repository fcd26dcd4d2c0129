"""Run the resolver over the whole store and save its judgements and canonical ids."""

from __future__ import annotations

from sanctionwatch.resolve.resolver import EntityNames, resolve
from sanctionwatch.store.sql import SqlStore, name_rows


def refresh_resolution(store: SqlStore) -> int:
    """Recompute resolver judgements (analysts' stay) and canonical ids. Returns merges made."""
    entities: dict[str, EntityNames] = {}
    basis = store.document_count()  # before reading: a parallel ingest's result may be fresher
    for entity_id, schema, name, doc_id in name_rows(store):
        e = entities.setdefault(entity_id, EntityNames(entity_id, schema))
        e.names.add(name)
        if doc_id:
            e.docs.add(doc_id)
    decided = [j for j in store.judgements() if j.origin == "analyst"]
    auto, mapping = resolve(list(entities.values()), decided)
    store.replace_auto_judgements(auto, mapping, basis)
    return len(auto)

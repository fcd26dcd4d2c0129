"""Run the resolver over the whole store and save its judgements and canonical ids."""

from __future__ import annotations

from sqlalchemy import select

from sanctionwatch.resolve.resolver import EntityNames, resolve
from sanctionwatch.store import schema as t
from sanctionwatch.store.sql import SqlStore, name_rows


def _person_sentences(store: SqlStore) -> list[tuple[str, str, int]]:
    """(entity id, document, sentence start) of every person name read: two spellings in one
    sentence are two people, whatever their names' likeness."""
    query = (
        select(t.statements.c.entity_id, t.evidence.c.doc_id, t.evidence.c.quote_start)
        .join(t.evidence, t.evidence.c.statement_id == t.statements.c.id)
        .where(t.statements.c.prop.in_(("name", "weakAlias", "alias")))
        .where(t.statements.c.schema == "Person")
        .distinct()
    )
    with store.engine.connect() as conn:
        return sorted((r[0], r[1], r[2]) for r in conn.execute(query).all())


def refresh_resolution(store: SqlStore) -> int:
    """Recompute resolver judgements (analysts' stay) and canonical ids. Returns merges made."""
    entities: dict[str, EntityNames] = {}
    basis = store.document_count()  # before reading: a parallel ingest's result may be fresher
    for entity_id, schema, name, doc_id in name_rows(store):
        e = entities.setdefault(entity_id, EntityNames(entity_id, schema))
        e.names.add(name)
        if doc_id:
            e.docs.add(doc_id)
    for entity_id, doc_id, start in _person_sentences(store):
        if entity_id in entities:
            entities[entity_id].sentences.add((doc_id, start))
    doc_countries: dict[str, set[str]] = {}
    for st in store.statements(schemata=["Document"], props=["detectedCountry"], with_evidence=False):
        doc_countries.setdefault(st.entity_id, set()).add(st.value)
    for e in entities.values():
        for doc in e.docs:
            e.countries |= doc_countries.get(doc, set())
    decided = [j for j in store.judgements() if j.origin == "analyst"]
    auto, mapping = resolve(list(entities.values()), decided)
    store.replace_auto_judgements(auto, mapping, basis)
    return sum(1 for j in auto if j.judgement == "positive")

"""Export FollowTheMoney entities as JSON lines, each value traceable to its statements.

Each line is an FtM 4 entity (`id`, `schema`, `properties`) as OpenSanctions publishes them,
plus `caption`, `datasets`, `referents` (the mention-level ids merged into it) and
`statements`: every (prop, value) with the evidence it was read from (document, spans,
quote, extractor, confidence). FtM readers ignore the extra keys.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from followthemoney import model

from sanctionwatch.model import DATASET, Statement
from sanctionwatch.report.entities import EntityView, entity_views
from sanctionwatch.store.sql import SqlStore


def statement_json(st: Statement, canonical_id: str, value: str | None = None) -> dict:
    """A statement in FtM's statement shape plus its evidence; `value` is the FtM-cleaned
    value when cleaning changed it (the text as read stays in `original_value`)."""
    return {
        "id": st.id,
        "entity_id": st.entity_id,
        "canonical_id": canonical_id,
        "schema": st.schema,
        "prop": st.prop,
        "value": value if value is not None else st.value,
        "original_value": st.value if value is not None and value != st.value else None,
        "lang": st.lang,
        "dataset": st.dataset,
        "evidence": [
            {
                "document": ev.doc_id, "start": ev.start, "end": ev.end,
                "quote_start": ev.quote_start, "quote_end": ev.quote_end, "quote": ev.quote,
                "extractor": ev.extractor, "confidence": ev.confidence, "lang": ev.lang,
            }
            for ev in st.evidence
        ],
    }


def to_ftm(view: EntityView) -> dict:
    """An FtM entity dict for `view`; values FtM cannot hold for the schema are left out."""
    proxy = model.make_entity(view.schema)
    proxy.id = view.id
    kept: list[tuple[Statement, str]] = []
    for st in sorted(view.statements, key=lambda s: (s.prop, s.value)):
        prop = proxy.schema.get(st.prop)
        if prop is None:
            continue
        cleaned = prop.type.clean(st.value, proxy=proxy)
        if cleaned is None:
            continue
        proxy.unsafe_add(prop, cleaned, cleaned=True)
        kept.append((st, cleaned))
    data = proxy.to_dict()
    data["caption"] = view.caption if view.schema != "Document" else (proxy.first("title") or view.id)
    data["datasets"] = [DATASET]
    data["referents"] = [r for r in view.referents if r != view.id]
    data["statements"] = [statement_json(st, view.id, value) for st, value in kept]
    return data


def document_views(store: SqlStore) -> list[EntityView]:
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for st in store.statements(schemata=["Document"]):
        grouped[st.entity_id].append(st)
    return [EntityView(doc_id, "Document", [doc_id], sts) for doc_id, sts in sorted(grouped.items())]


def iter_ftm(store: SqlStore, include_documents: bool = True) -> Iterator[dict]:
    for view in entity_views(store):
        yield to_ftm(view)
    if include_documents:
        for view in document_views(store):
            yield to_ftm(view)


def dumps(entity: dict) -> str:
    return json.dumps(entity, ensure_ascii=False, sort_keys=True)

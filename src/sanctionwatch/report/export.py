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
from dataclasses import replace

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


def to_ftm(view: EntityView, topics: dict[str, list[Statement]] | None = None) -> dict:
    """An FtM entity dict for `view`; values FtM cannot hold for the schema are left out.

    `topics`: topic → the role statements it rests on (see report.topics)."""
    proxy = model.make_entity(view.schema)
    proxy.id = view.id
    kept: list[tuple[Statement, str]] = []
    topic_prop = proxy.schema.get("topics")
    for topic, sources in sorted((topics or {}).items()):
        if topic_prop is not None:
            proxy.unsafe_add(topic_prop, topic, cleaned=True)
            kept.extend((replace(st, prop="topics", value=topic), topic) for st in sources)
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
    from sanctionwatch.report.facts import fact_views
    from sanctionwatch.report.topics import entity_topics

    facts = {f.id: f for f in fact_views(store)}
    for view in entity_views(store):
        yield to_ftm(view, entity_topics(view, facts))
    mapping = store.canonical_map()
    for fact in facts.values():
        yield fact_to_ftm(fact, mapping)
    if include_documents:
        for view in document_views(store):
            yield to_ftm(view)


def dumps(entity: dict) -> str:
    return json.dumps(entity, ensure_ascii=False, sort_keys=True)


def _fact_values(view) -> list[tuple[str, str, list[Statement]]]:
    """(FtM property, value, statements it comes from) for an event or a measure."""
    by_prop: dict[str, list[Statement]] = defaultdict(list)
    for st in view.statements:
        by_prop[st.prop].append(st)
    out: list[tuple[str, str, list[Statement]]] = []

    def add(prop: str, value: str | None, sources: list[Statement]) -> None:
        if value and sources:
            out.append((prop, value, sources))

    for st in by_prop.get("sw:date", []):
        add("date", st.value, [st])
    for st in by_prop.get("sw:kind", []):
        add("keywords", st.value, [st])
    for st in by_prop.get("sw:plover", []):
        add("keywords", f"PLOVER:{st.value}", [st])
    participants = {
        "Sanction": {"sw:target": "entity", "sw:issuer": "authority"},
        "Event": {"sw:subject": "involved", "sw:actor": "organizer"},
    }[view.schema]
    for slot, prop in participants.items():
        for st in by_prop.get(slot, []):
            data = json.loads(st.value)
            if prop in ("entity", "involved", "organizer"):
                add(prop, data.get("entity_id"), [st])
                if not data.get("entity_id"):
                    add("summary" if view.schema == "Event" else "reason", data.get("description") or data.get("name"), [st])
            else:
                add(prop, data.get("name"), [st])
    if view.schema == "Sanction":
        for st in by_prop.get("sw:status", []):
            add("status", st.value, [st])
        for st in by_prop.get("sw:kind", []):
            add("program", st.value.replace("_", " "), [st])
        for st in by_prop.get("sw:legal_basis", []):
            add("provisions", st.value, [st])
    else:
        for st in by_prop.get("sw:place", []):
            add("location", st.value, [st])
    docs = sorted({ev.doc_id for st in view.statements for ev in st.evidence})
    for doc_id in docs:
        add("proof", doc_id, [st for st in view.statements if any(ev.doc_id == doc_id for ev in st.evidence)][:1])
    return out


def fact_to_ftm(view, mapping: dict[str, str]) -> dict:
    """An FtM Event or Sanction for an event or measure; participants point to canonical ids."""
    proxy = model.make_entity(view.schema)
    proxy.id = view.id
    kept: list[tuple[Statement, str, str]] = []
    for prop_name, value, sources in _fact_values(view):
        if prop_name in ("entity", "involved", "organizer"):
            value = mapping.get(value, value)
        prop = proxy.schema.get(prop_name)
        if prop is None:
            continue
        cleaned = prop.type.clean(value, proxy=proxy)
        if cleaned is None:
            continue
        proxy.unsafe_add(prop, cleaned, cleaned=True)
        kept.extend((st, prop_name, cleaned) for st in sources)
    kind = view.kind.replace("_", " ")
    names = [p.get("name") for slot in ("sw:subject", "sw:target") for p in view.people(slot)]
    summary = f"{kind}: {', '.join(n for n in names if n)}"[:500] if names else kind
    summary_prop = proxy.schema.get("summary")  # Event and Sanction both have one
    if summary_prop is not None:
        proxy.unsafe_add(summary_prop, summary, cleaned=True)
    kept.extend((st, "summary", summary) for st in view.statements
                if st.prop in ("sw:kind", "sw:subject", "sw:target"))
    data = proxy.to_dict()
    data["caption"] = f"{kind} ({view.date or 'undated'})"
    data["datasets"] = [DATASET]
    data["referents"] = [m for m in view.merged if m != view.id]
    statements = []
    for st, prop_name, value in kept:
        item = statement_json(st, view.id, value)
        item["prop"] = prop_name
        item["original_prop"] = st.prop
        statements.append(item)
    data["statements"] = statements
    return data

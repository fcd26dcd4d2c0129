"""Statements from an extraction: every value tied to the sentence it was read in."""

from __future__ import annotations

from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.extract.mentions import Extraction, country_code, extractor_name
from sanctionwatch.model import Document, Evidence, Mention, Statement
from sanctionwatch.resolve.keys import is_short_form, mention_entity_id

LANG3 = {"en": "eng", "fr": "fra", "km": "khm"}


def schema_of(mention: Mention) -> str:
    """Person, Organization, or PublicBody when the gazetteer knows it is a state body."""
    if mention.label == "PER":
        return "Person"
    known = load_gazetteer().find(mention.name)
    return known.schema if known is not None and known.schema != "Person" else "Organization"


def _carried_country(m: Mention) -> str | None:
    """The country a body's name carries (kb), or the one a metonym stands for."""
    from sanctionwatch.kb import body_country, government_of, metonym

    code = government_of(m.name) or body_country(m.name)
    if code is None:
        actor = metonym(m.name)
        code = actor.country if actor is not None else None
    return code


def _declared_owner(m: Mention, main_of: dict[int, int], by_start: dict[int, Mention]) -> Mention:
    """The mention whose entity an alias belongs to (following "X (Y)" links to the first name)."""
    seen = {m.start}
    while m.start in main_of and main_of[m.start] in by_start and main_of[m.start] not in seen:
        seen.add(main_of[m.start])
        m = by_start[main_of[m.start]]
    return m


def evidence_for(doc: Document, mention: Mention) -> Evidence:
    return Evidence(
        doc_id=doc.id, start=mention.start, end=mention.end,
        quote_start=mention.sentence_start, quote_end=mention.sentence_end,
        quote=doc.text[mention.sentence_start : mention.sentence_end],
        extractor=mention.extractor, confidence=mention.confidence, lang=mention.lang,
    )


def build_statements(doc: Document, extraction: Extraction) -> list[Statement]:
    """Name, position and mention statements for people and organisations, and the
    document's own metadata (as an FtM Document entity) with the text that shows it."""
    out: list[Statement] = []
    titles = dict(extraction.titles)
    by_start = {m.start: m for m in extraction.mentions}
    main_of = dict(extraction.aliases)
    for m in extraction.mentions:
        ev = evidence_for(doc, m)
        if m.label in ("PER", "ORG"):
            owner = _declared_owner(m, main_of, by_start)
            schema = schema_of(owner)
            entity_id = mention_entity_id(owner.name, schema, doc.id)
            prop = "weakAlias" if is_short_form(m.name, schema) else "name"
            if owner is not m:
                prop = "alias"  # the text declares it another name of `owner`
            # a known actor's short form (« l'Union ») is recorded as written, an alias of the actor
            value = m.text if "known-short-form" in m.extractor else m.name
            out.append(Statement(entity_id, schema, prop, value, m.lang, evidence=(ev,)))
            if schema != "Person":
                code = _carried_country(m)
                if code:
                    out.append(Statement(entity_id, schema, "country", code, m.lang, evidence=(ev,)))
            if m.start in titles and schema == "Person":
                out.append(Statement(entity_id, schema, "position", titles[m.start], m.lang, evidence=(ev,)))
            mentioned = "peopleMentioned" if schema == "Person" else "companiesMentioned"
            out.append(Statement(doc.id, "Document", mentioned, m.name, m.lang, evidence=(ev,)))
        elif m.label == "GPE":
            code = country_code(m.name)
            if code:
                out.append(Statement(doc.id, "Document", "detectedCountry", code, None, evidence=(ev,)))
    if doc.paragraphs:
        first = doc.paragraphs[0]
        head = Evidence(doc.id, first.start, first.end, first.start, first.end,
                        doc.text[first.start : first.end], extractor_name("document"), 1.0, first.lang)
        out.append(Statement(doc.id, "Document", "title", doc.title, None, evidence=(head,)))
        out.append(Statement(doc.id, "Document", "fileName", doc.path.rsplit("/", 1)[-1], None, evidence=(head,)))
        if doc.source_url:  # where readers find it (canonical link, og:url or the user's sidecar)
            out.append(Statement(doc.id, "Document", "sourceUrl", doc.source_url, None, evidence=(head,)))
        for lang in sorted({p.lang for p in doc.paragraphs}):
            para = next(p for p in doc.paragraphs if p.lang == lang)
            ev = Evidence(doc.id, para.start, para.end, para.start, para.end, doc.text[para.start : para.end],
                          extractor_name("langid"), 0.9, lang)
            out.append(Statement(doc.id, "Document", "language", LANG3.get(lang, lang), None, evidence=(ev,)))
        if doc.published:
            line = _dateline_span(doc)
            ev = Evidence(doc.id, line[0], line[1], line[0], line[1], doc.text[line[0] : line[1]],
                          extractor_name("dateline"), 0.9, None)
            out.append(Statement(doc.id, "Document", "publishedAt", doc.published, None, evidence=(ev,)))
    return out


def _dateline_span(doc: Document) -> tuple[int, int]:
    from sanctionwatch.sources.dateline import find_publication_date

    for p in doc.paragraphs[:60]:
        if find_publication_date(doc.text[p.start : p.end], max_lines=1) == doc.published:
            return p.start, p.end
    first = doc.paragraphs[0]
    return first.start, first.end

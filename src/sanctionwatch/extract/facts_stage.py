"""Events and measures as statements, so they live in the same store as names.

An event becomes an FtM `Event` entity and a measure an FtM `Sanction` entity whose id is the
fact's key: the same fact read in two documents (or a repeated paragraph) is one entity with
two pieces of evidence. Their fields are statements in the `sw:` namespace (kind, status,
date, participants as JSON), mapped onto FtM properties on export. Each participant that is a
named person or organisation also gets an `sw:role` statement ("victim|<fact id>") on its own
entity: roles follow from these, with their evidence, never from co-occurrence.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant, extract_document_facts
from sanctionwatch.extract.mentions import extractor_name
from sanctionwatch.model import Document, Evidence, Mention, Statement
from sanctionwatch.resolve.keys import mention_entity_id
from sanctionwatch.resolve.statements import schema_of

ENTITY_SCHEMATA = {"Person", "Organization", "PublicBody", "Company", "LegalEntity"}
ROLE_PROP = "sw:role"
EXTRACTOR = extractor_name("facts")


@dataclass(frozen=True)
class Resolved:
    """A participant tied to a mention-level entity: its id, schema and the name as written."""

    entity_id: str
    schema: str
    name: str


def _script(text: str) -> str:
    """The Unicode script of the first letter ("LATIN", "KHMER"), "" without one."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


def resolve_participant(p: Participant, doc: Document, mentions: list[Mention]) -> Resolved | None:
    """The entity a named participant is: the mention at its span when there is one (so the
    name is what the text wrote, e.g. "Department of the Treasury", not a gazetteer label),
    else its canonical name from the extractor's gazetteer. None for a described class, or for
    a participant the sentence does not name (no span): it stays in the fact, not in the registry."""
    if p.is_class or p.entity_hint not in ENTITY_SCHEMATA:
        return None
    if p.start is not None and p.end is not None:
        for m in mentions:
            if m.label in ("PER", "ORG") and m.start < p.end and p.start < m.end:
                schema = schema_of(m)
                # a unit the reader named without its owner ("X's Special Operations Directorate")
                name = p.name if p.role == "target" and m.start < p.start and m.name.endswith(p.name) else m.name
                return Resolved(mention_entity_id(name, schema, doc.id), schema, name)
        # no tagged name at the span: only a body the knowledge base knows becomes an entity
        # ("the Council" read as an issuer); a capitalised word alone ("Justice") does not
        from sanctionwatch.extract.roles import gazetteer_lookup

        written = " ".join(doc.text[p.start:p.end].split())
        if p.role == "perpetrator" and p.entity_hint == "PublicBody" and written == p.name:
            # a body that acted, named by what it is ("police", "a district court"): the
            # sentence reader took it only from the knowledge base's body words
            return Resolved(mention_entity_id(p.name, "PublicBody", doc.id), "PublicBody", p.name)
        if gazetteer_lookup(p.name) is None:
            return None
        schema = "Person" if p.entity_hint == "Person" else p.entity_hint
        # the words at the span when they are a known alias in another script ("តុលាការកំពូល"
        # for the Supreme Court): the entity is the one the report names, under the name it
        # writes; in the label's own script the label ("the Commission" is the European
        # Commission, one entity with every other report's)
        written = " ".join(doc.text[p.start:p.end].split())
        other = written and _script(written) != _script(p.name)
        name = written if other and gazetteer_lookup(written) is not None else p.name
        return Resolved(mention_entity_id(name, schema, doc.id), schema, name)
    if p.role in ("target", "perpetrator", "victim") and (p.antecedent is not None or (
            p.role == "victim" and p.name and p.entity_hint in ("Person", "Organization", "PublicBody", "Company"))):
        # a target, perpetrator or victim filled by reference ("all four", "he", "both men"): the
        # entity of the mention it refers to (the resolvers carry its span; the story reader of
        # event subjects gives the name the document writes), so the role has a statement an
        # analyst can reject (its evidence is the fact's sentence)
        if p.antecedent is not None:
            a_start, a_end = p.antecedent
            named = [m for m in mentions if m.label in ("PER", "ORG") and m.start < a_end and a_start < m.end]
        else:
            named = [m for m in mentions if m.label in ("PER", "ORG") and m.name == p.name][-1:]
        if named:
            schema = schema_of(named[0])
            return Resolved(mention_entity_id(named[0].name, schema, doc.id), schema, named[0].name)
    return None  # inferred from context (a heading, a default issuer): named in the fact only


def participant_json(p: Participant, resolved: Resolved | None) -> str:
    data = {"name": p.name, "role": p.role}
    if resolved:
        data["entity_id"] = resolved.entity_id
    if p.description:
        data["description"] = p.description
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _evidence(doc: Document, fact: EventFact | MeasureFact, start: int | None, end: int | None,
              confidence: float) -> Evidence:
    qs, qe = fact.quote_start, fact.quote_end
    if start is None or end is None or not (qs <= start < end <= qe):
        if fact.trigger_start is not None and fact.trigger_end is not None:
            start, end = fact.trigger_start, fact.trigger_end
        else:
            start, end = qs, qe
        if not (qs <= start < end <= qe):
            start, end = qs, qe
    return Evidence(doc.id, start, end, qs, qe, doc.text[qs:qe], EXTRACTOR, round(confidence, 3), fact.lang or None)


def _fields(fact: EventFact | MeasureFact) -> list[tuple[str, str]]:
    fields = [("sw:kind", fact.kind), ("sw:plover", fact.codes[0]), ("sw:cameo", fact.codes[1])]
    if fact.date:
        fields += [("sw:date", fact.date), ("sw:date_precision", fact.date_precision or "")]
    if isinstance(fact, MeasureFact):
        fields.append(("sw:status", fact.status))
        if fact.legal_basis:
            fields.append(("sw:legal_basis", fact.legal_basis))
        if fact.told_at is not None:  # an act its report tells apart from one of the same key
            fields.append(("sw:told_at", str(fact.told_at)))
    else:
        if fact.place:
            fields.append(("sw:place", fact.place))
        if fact.duration:
            fields.append(("sw:duration", fact.duration))
        if fact.negated:
            fields.append(("sw:negated", "true"))
        if fact.hypothetical:
            fields.append(("sw:hypothetical", "true"))
            if fact.modality:
                fields.append(("sw:modality", fact.modality))
    return [(k, v) for k, v in fields if v]


def _slots(fact: EventFact | MeasureFact) -> list[tuple[str, Participant]]:
    if isinstance(fact, MeasureFact):
        issuer = [("sw:issuer", fact.issuer)] if fact.issuer else []
        return issuer + [("sw:target", p) for p in fact.targets] + [("sw:caller", p) for p in fact.callers] + [
            ("sw:commentator", p) for p in fact.commentators]
    return ([("sw:actor", p) for p in fact.actors] + [("sw:subject", p) for p in fact.subjects]
            + [("sw:commentator", p) for p in fact.commentators])


def fact_statements(doc: Document, extraction) -> list[Statement]:
    """Statements for every event and measure read in `doc`."""
    mentions = list(extraction.mentions)
    facts = extract_document_facts(extraction.sentences, mentions, doc.published)
    out: list[Statement] = []
    for fact in facts:
        schema = "Sanction" if isinstance(fact, MeasureFact) else "Event"
        fid = fact.key()
        quote_ev = _evidence(doc, fact, fact.trigger_start, fact.trigger_end, fact.confidence)
        for prop, value in _fields(fact):
            out.append(Statement(fid, schema, prop, value, fact.lang or None, evidence=(quote_ev,)))
        for prop, p in _slots(fact):
            ev = _evidence(doc, fact, p.start, p.end, fact.confidence)
            resolved = resolve_participant(p, doc, mentions)
            out.append(Statement(fid, schema, prop, participant_json(p, resolved), fact.lang or None, evidence=(ev,)))
            if resolved:
                out.append(Statement(resolved.entity_id, resolved.schema, ROLE_PROP, f"{p.role}|{fid}",
                                     fact.lang or None, evidence=(ev,)))
                if isinstance(fact, MeasureFact) and p.role == "target" and (
                        (fact.accused and resolved.schema == "Person") or p.norm() in fact.accused_targets):
                    # listed "for serious human rights abuse": the text accuses the person
                    out.append(Statement(resolved.entity_id, resolved.schema, ROLE_PROP, f"perpetrator|{fid}",
                                         fact.lang or None, evidence=(ev,)))
                prop_name = "weakAlias" if len(resolved.name.split()) == 1 and resolved.schema == "Person" else "name"
                out.append(Statement(resolved.entity_id, resolved.schema, prop_name, resolved.name,
                                     fact.lang or None, evidence=(ev,)))
    return out

"""Facts an analyst adds by hand: a measure, an event or a role, each resting on a quote.

No extractor reads everything, and a researcher who sees a measure the machine missed must be
able to state it without inventing a source: every fact added here quotes the document it was
read in (the quote must be found in the stored text, so `document.text[start:end] == quote`
holds as for machine evidence), is written as ordinary statements whose evidence names the
analyst (extractor `analyst:<author>`, status accepted) and is audited in the same transaction.
The command line (`sanctionwatch add …`, a quote given as text) and the workbench (`/facts`, a
quote given as the offsets of the analyst's selection) call these functions with plain values
and get the same checks, ids and audit rows; nothing here prints or parses options.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sanctionwatch.extract.facts_stage import ROLE_PROP
from sanctionwatch.extract.vocab import EVENT_KINDS, MEASURE_KINDS, ROLES, STATUSES
from sanctionwatch.model import Document, Evidence, Statement, make_id
from sanctionwatch.services.curation.errors import CurationError
from sanctionwatch.sources.page_meta import iso_date
from sanctionwatch.store.sql import SqlStore

Quote = str | tuple[int, int]
"""The text that states a fact, or its (start, end) offsets in the document's text."""

EVENT_STATUSES = ("reported", "denied", "called_for", "threatened", "scheduled")
"""How an event added by hand stands: it happened, it is denied, or it is only hypothetical."""

ROLE_SLOTS: dict[str, tuple[str, str]] = {
    # role → (fact schema, slot property); commentators fit both kinds of fact
    "issuer": ("Sanction", "sw:issuer"), "target": ("Sanction", "sw:target"), "caller": ("Sanction", "sw:caller"),
    "perpetrator": ("Event", "sw:actor"), "authority": ("Event", "sw:actor"), "victim": ("Event", "sw:subject"),
    "participant": ("Event", "sw:subject"), "commentator": ("", "sw:commentator"),
}
NAME_PROPS = ("name", "alias", "weakAlias")


@dataclass(frozen=True)
class Party:
    """A participant as the analyst named it; `entity_id` when the registry knows it."""

    name: str
    entity_id: str | None = None
    schema: str | None = None


@dataclass(frozen=True)
class Added:
    """What was stored: the fact, its statements, and names the registry does not know."""

    fact_id: str
    statements: list[str]
    named_only: list[str] = field(default_factory=list)


def document_for(store: SqlStore, reference: str) -> Document:
    """A stored document by id, by path, or by a file name only one stored document has."""
    doc = store.document(reference)
    if doc is not None:
        return doc
    rows = store.documents()
    hits = [d for d in rows if d["path"] == reference] or [
        d for d in rows if d["path"].rsplit("/", 1)[-1] == reference.rsplit("/", 1)[-1]]
    if len(hits) == 1:
        found = store.document(hits[0]["id"])
        if found is not None:
            return found
    if hits:
        raise CurationError(f"{len(hits)} documents are named {reference!r}; give the id "
                            f"({', '.join(h['id'] for h in hits[:5])})")
    raise CurationError(f"no document {reference!r} in the store; see `sanctionwatch documents`")


def find_quote(doc: Document, quote: Quote) -> tuple[int, int]:
    """The span of `quote` in the document's text: exactly, else with any run of whitespace
    (a quote copied from a page whose lines were wrapped) standing for any other. Offsets (a
    selection in the workbench) are checked to lie in the text and to hold more than space."""
    if isinstance(quote, tuple):
        start, end = quote
        if not (0 <= start < end <= len(doc.text)) or not doc.text[start:end].strip():
            raise CurationError(f"the quote ({start}–{end}) is not a passage of {doc.path} ({doc.id})")
        return start, end
    words = quote.split()
    if not words:
        raise CurationError("the quote is empty")
    start = doc.text.find(quote.strip())
    if start >= 0:
        return start, start + len(quote.strip())
    match = re.search(r"\s+".join(re.escape(w) for w in words), doc.text)
    if match is None:
        raise CurationError(f"the quote is not in {doc.path} ({doc.id}): «{quote[:80]}»; quote the "
                            "document's text exactly")
    return match.start(), match.end()


def party_for(store: SqlStore, name: str) -> Party:
    """The registry entity a name or id refers to; a name it does not know stays a name in the
    fact (no entity is invented); a name that fits several entities equally is an error."""
    from sanctionwatch.report.entities import find_entities
    from sanctionwatch.report.show import NoSuchEntity, resolve_reference

    name = " ".join(name.split())
    if not name:
        raise CurationError("a participant's name is empty")
    mapping = store.canonical_map()
    if name not in mapping and name not in set(mapping.values()) and not find_entities(store, name):
        return Party(name)
    try:
        entity_id = resolve_reference(store, name)
    except NoSuchEntity as exc:
        raise CurationError(str(exc).replace("no entity named", "more than one entity fits")) from exc
    members = sorted(m for m, c in mapping.items() if c == entity_id) or [entity_id]
    names = store.statements(entity_ids=members, props=NAME_PROPS, with_evidence=False)
    schema = names[0].schema if names else "LegalEntity"
    shown = name if name not in mapping and name != entity_id else (names[0].value if names else name)
    return Party(shown, entity_id, schema)


def _evidence(doc: Document, span: tuple[int, int], author: str, value: str | None = None) -> Evidence:
    """Evidence quoting `span`; the value span is where `value` is written inside it, if it is."""
    qs, qe = span
    start, end = qs, qe
    if value:
        at = doc.text.find(value, qs, qe)
        if at >= 0:
            start, end = at, at + len(value)
    lang = next((p.lang for p in doc.paragraphs if p.start <= qs < p.end), None)
    return Evidence(doc.id, start, end, qs, qe, doc.text[qs:qe], f"analyst:{author}", 1.0, lang)


def _date(value: str | None) -> list[tuple[str, str]]:
    if not value:
        return []
    date = iso_date(value)
    if date is None:
        raise CurationError(f"date {value!r} is not ISO 8601 (2017, 2017-09 or 2017-09-03)")
    return [("sw:date", date), ("sw:date_precision", {4: "year", 7: "month"}.get(len(date), "day"))]


def _participants(fid: str, schema: str, slots: list[tuple[str, str, Party]], doc: Document,
                  span: tuple[int, int], author: str) -> list[Statement]:
    """Slot statements on the fact, and a role statement on each participant the registry knows."""
    out = []
    for prop, role, party in slots:
        ev = _evidence(doc, span, author, party.name)
        data = {"name": party.name, "role": role, **({"entity_id": party.entity_id} if party.entity_id else {})}
        out.append(Statement(fid, schema, prop, json.dumps(data, ensure_ascii=False, sort_keys=True), ev.lang,
                             evidence=(ev,)))
        if party.entity_id:
            out.append(Statement(party.entity_id, party.schema or "LegalEntity", ROLE_PROP, f"{role}|{fid}",
                                 ev.lang, evidence=(ev,)))
    return out


def _store(store: SqlStore, fid: str, statements: list[Statement], slots: list[tuple[str, str, Party]],
           doc: Document, span: tuple[int, int], what: str, author: str, reason: str) -> Added:
    detail = {"what": what, "fact": fid, "document": doc.id, "quote": doc.text[span[0]:span[1]],
              "statements": sorted({st.id for st in statements}),
              "entities": sorted({p.entity_id for _, _, p in slots if p.entity_id}), "reason": reason}
    store.add_analyst_statements(statements, author, "statement:add", detail)
    return Added(fid, sorted({st.id for st in statements}), [p.name for _, _, p in slots if not p.entity_id])


def _check_author(author: str) -> str:
    author = author.strip()
    if not author:
        raise CurationError("an author is required (who states this fact)")
    return author


Slot = tuple[str, str, Party]
"""A fact's slot: the statement property, the participant's role, the participant."""
_FACT_SCHEMA = {"measure": ("Sanction", "ms"), "event": ("Event", "ev")}


def _add_fact(store: SqlStore, document: str, quote: Quote, noun: str, kind: str, status: str,
              fields: list[tuple[str, str]], slots_of: Callable[[], list[Slot]],
              what_of: Callable[[list[Slot]], str], author: str, reason: str) -> Added:
    """What adding a measure and adding an event share: the quote found in the document, the
    participants looked up (after the document, so a wrong document is the error reported),
    the fact's id from what it says, its fields and slots as statements, stored with the
    analyst's reason."""
    schema, prefix = _FACT_SCHEMA[noun]
    doc = document_for(store, document)
    span = find_quote(doc, quote)
    slots = slots_of()
    keys = sorted(p.entity_id or p.name.casefold() for _, _, p in slots)
    fid = make_id("analyst", noun, kind, status, "|".join(keys), doc.id, str(span[0]), prefix=prefix, length=24)
    ev = _evidence(doc, span, author)
    statements = [Statement(fid, schema, p, v, ev.lang, evidence=(ev,)) for p, v in fields if v]
    statements += _participants(fid, schema, slots, doc, span, author)
    return _store(store, fid, statements, slots, doc, span, what_of(slots), author, reason)


def add_measure(store: SqlStore, document: str, quote: Quote, kind: str, status: str, author: str,
                issuer: str | None = None, targets: tuple[str, ...] = (), callers: tuple[str, ...] = (),
                date: str | None = None, legal_basis: str | None = None, reason: str = "") -> Added:
    """A measure read in `document` at `quote`, with its status, issuer, targets and callers."""
    author = _check_author(author)
    if kind not in MEASURE_KINDS:
        raise CurationError(f"unknown measure kind {kind!r}; use one of {', '.join(MEASURE_KINDS)}")
    if status not in STATUSES:
        raise CurationError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    if not targets and not issuer:
        raise CurationError("a measure needs an issuer or at least one target")
    fields = [("sw:kind", kind), ("sw:status", status), ("sw:plover", MEASURE_KINDS[kind].plover),
              ("sw:cameo", MEASURE_KINDS[kind].cameo), *_date(date),
              *([("sw:legal_basis", legal_basis.strip())] if legal_basis and legal_basis.strip() else [])]

    def slots() -> list[Slot]:
        return ([("sw:issuer", "issuer", party_for(store, issuer))] if issuer else []) + [
            ("sw:target", "target", party_for(store, t)) for t in targets] + [
            ("sw:caller", "caller", party_for(store, c)) for c in callers]

    def what(slots: list[Slot]) -> str:
        who = f" by {slots[0][2].name}" if issuer else ""
        against = ", ".join(p.name for prop, _, p in slots if prop == "sw:target")
        return f"measure {kind} ({status.replace('_', ' ')}){who}" + (f" against {against}" if against else "")

    return _add_fact(store, document, quote, "measure", kind, status, fields, slots, what, author, reason)


def add_event(store: SqlStore, document: str, quote: Quote, kind: str, author: str, status: str = "reported",
              actors: tuple[str, ...] = (), subjects: tuple[str, ...] = (), date: str | None = None,
              place: str | None = None, reason: str = "") -> Added:
    """An event read in `document` at `quote`: who did it (actors) to whom (subjects), and whether
    it happened (`reported`), is denied, or is only called for, threatened or scheduled."""
    author = _check_author(author)
    if kind not in EVENT_KINDS:
        raise CurationError(f"unknown event kind {kind!r}; use one of {', '.join(EVENT_KINDS)}")
    if status not in EVENT_STATUSES:
        raise CurationError(f"unknown event status {status!r}; use one of {', '.join(EVENT_STATUSES)}")
    if not actors and not subjects:
        raise CurationError("an event needs at least one actor or subject")
    coercive = EVENT_KINDS[kind].coercive
    hypothetical = status not in ("reported", "denied")
    fields = [("sw:kind", kind), ("sw:plover", EVENT_KINDS[kind].plover), ("sw:cameo", EVENT_KINDS[kind].cameo),
              *_date(date), ("sw:place", (place or "").strip()), ("sw:negated", "true" if status == "denied" else ""),
              ("sw:hypothetical", "true" if hypothetical else ""), ("sw:modality", status if hypothetical else "")]

    def slots() -> list[Slot]:
        return [("sw:actor", "perpetrator" if coercive else "participant", party_for(store, a)) for a in actors] + [
            ("sw:subject", "victim" if coercive else "participant", party_for(store, s)) for s in subjects]

    def what(slots: list[Slot]) -> str:
        return f"event {kind} ({status.replace('_', ' ')}): {', '.join(p.name for _, _, p in slots)}"

    return _add_fact(store, document, quote, "event", kind, status, fields, slots, what, author, reason)


def add_role(store: SqlStore, document: str, quote: Quote, fact_id: str, role: str, entity: str, author: str,
             reason: str = "") -> Added:
    """`entity` has `role` in an existing measure or event (an issuer the machine missed, a victim
    it did not see), quoting the sentence that says so."""
    author = _check_author(author)
    if role not in ROLES or role not in ROLE_SLOTS:
        raise CurationError(f"unknown role {role!r}; use one of {', '.join(r for r in ROLES if r in ROLE_SLOTS)}")
    fact = store.statements(entity_ids=[fact_id], props=["sw:kind"], with_evidence=False)
    if not fact or fact[0].schema not in ("Sanction", "Event"):
        raise CurationError(f"no measure or event {fact_id!r}; see `sanctionwatch measures --json` or `events --json`")
    schema = fact[0].schema
    wanted, prop = ROLE_SLOTS[role]
    if wanted and wanted != schema:
        raise CurationError(f"role {role!r} belongs to {'a measure' if wanted == 'Sanction' else 'an event'}; "
                            f"{fact_id} is {'a measure' if schema == 'Sanction' else 'an event'}")
    doc = document_for(store, document)
    span = find_quote(doc, quote)
    slots = [(prop, role, party_for(store, entity))]
    statements = _participants(fact_id, schema, slots, doc, span, author)
    what = f"role {role} of {slots[0][2].name} in {'measure' if schema == 'Sanction' else 'event'} {fact_id}"
    return _store(store, fact_id, statements, slots, doc, span, what, author, reason)

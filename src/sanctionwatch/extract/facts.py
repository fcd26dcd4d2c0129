"""Facts read from one sentence: events (who did what to whom) and measures (who imposed,
threatened or called for which restriction on whom), plus the stage's entry points.

Why frozen dataclasses with a `key()`: the same fact is reported by several documents (the
6 December 2017 US visa statement is quoted in two seeds, a House resolution paragraph is
repeated); the statement store merges them by key while keeping each quote as evidence. Keys
are built from what identifies the fact, never from where it was read:

- EventFact.key: kind, the sorted normalised names of its subjects (victims/patients), its date
  (at its own precision, "" if unknown) and its modality (negated, hypothetical). Actors are
  left out on purpose: one report says "the government's arrest of Kem Sokha", another "Kem
  Sokha was arrested" -- same arrest.
- MeasureFact.key: kind, status, issuer name ("" if unknown) and the sorted normalised target
  names. The date is an attribute, not identity (the same announcement is dated by one source
  and not by another); a threat and an imposition of the same measure are different facts.

Entry points: `extract_facts` (one sentence, mentions from NER), `extract_facts_from_text`
(a bare sentence: gazetteers find issuers and actors), `extract_document_facts` (all sentences
of a document: adds the few links that need the previous sentence or a heading).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from sanctionwatch.model import Mention, Sentence, make_id


@dataclass(frozen=True)
class Participant:
    """A named entity or a described class (entity_hint None) in one role of one fact.

    name: canonical name for entities; normalised phrase for classes ("individuals involved
    in undermining democracy in Cambodia"). description: appositive or the class phrase as
    written. start/end: offsets in the document text (None when inferred from context).
    """

    name: str
    role: str
    entity_hint: str | None
    description: str | None
    start: int | None
    end: int | None

    @property
    def is_class(self) -> bool:
        return self.entity_hint is None

    def norm(self) -> str:
        """Name for keys: case-folded, single-spaced."""
        return " ".join(self.name.casefold().split())


@dataclass(frozen=True)
class EventFact:
    """Something that happened (or is demanded / denied) to someone."""

    kind: str
    date: str | None
    date_precision: str | None
    place: str | None
    actors: tuple[Participant, ...]
    subjects: tuple[Participant, ...]
    quote_start: int
    quote_end: int
    trigger: str
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    doc_id: str = ""
    lang: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    duration: str | None = None  # ISO 8601 duration: "P5Y" for a five-year ban
    commentators: tuple[Participant, ...] = ()
    unresolved: tuple[str, ...] = ()  # slots filled by a pronoun: ("agent:he",)

    fact_type = "event"

    @property
    def codes(self) -> tuple[str, str]:
        """(PLOVER, CAMEO) codes of the kind."""
        from sanctionwatch.extract.vocab import EVENT_KINDS

        k = EVENT_KINDS[self.kind]
        return k.plover, k.cameo

    def participants(self) -> tuple[Participant, ...]:
        return self.actors + self.subjects + self.commentators

    def key(self) -> str:
        subjects = sorted({p.norm() for p in self.subjects})
        return make_id("event", self.kind, "|".join(subjects), self.date or "",
                       str(self.negated), str(self.hypothetical), prefix="ev", length=24)


@dataclass(frozen=True)
class MeasureFact:
    """A restrictive measure with its status, issuer, targets and callers."""

    kind: str
    status: str
    issuer: Participant | None
    targets: tuple[Participant, ...]
    callers: tuple[Participant, ...]
    date: str | None
    date_precision: str | None
    legal_basis: str | None
    quote_start: int
    quote_end: int
    trigger: str
    confidence: float
    doc_id: str = ""
    lang: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    commentators: tuple[Participant, ...] = ()
    unresolved: tuple[str, ...] = ()  # ("issuer:we",) or ("issuer:missing",)

    fact_type = "measure"

    @property
    def codes(self) -> tuple[str, str]:
        from sanctionwatch.extract.vocab import MEASURE_KINDS

        k = MEASURE_KINDS[self.kind]
        return k.plover, k.cameo

    def participants(self) -> tuple[Participant, ...]:
        issuer = (self.issuer,) if self.issuer else ()
        return issuer + self.targets + self.callers + self.commentators

    def key(self) -> str:
        targets = sorted({p.norm() for p in self.targets})
        issuer = self.issuer.norm() if self.issuer else ""
        return make_id("measure", self.kind, self.status, issuer, "|".join(targets),
                       prefix="ms", length=24)


Fact = EventFact | MeasureFact


def fact_to_dict(fact: Fact) -> dict[str, object]:
    """A JSON-ready dict of a fact, with its type, key and codes."""
    d = asdict(fact)
    d["type"] = fact.fact_type
    d["key"] = fact.key()
    d["plover"], d["cameo"] = fact.codes
    return d


def dumps(facts: Sequence[Fact]) -> str:
    """Facts serialised deterministically (sorted keys, no whitespace variance)."""
    return json.dumps([fact_to_dict(f) for f in facts], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


def sort_facts(facts: Sequence[Fact]) -> list[Fact]:
    """Document order, then type, kind and key: one stable order for every run."""
    return sorted(facts, key=lambda f: (f.quote_start, f.trigger_start or 0, f.fact_type,
                                        f.kind, f.key(), f.quote_end))


def group_by_key(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    """Facts sharing a key (the same fact read in several places), keys sorted."""
    groups: dict[str, list[Fact]] = {}
    for f in sort_facts(facts):
        groups.setdefault(f.key(), []).append(f)
    return dict(sorted(groups.items()))


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def extract_facts(
    sentence: Sentence, mentions: Sequence[Mention], doc_date: str | None
) -> list[Fact]:
    """Events and measures of one sentence (pure, deterministic).

    Facts whose issuer could not be found in the sentence and whose status would need one
    (imposed, announced) are dropped here; `extract_document_facts` can still recover them
    from the previous sentence or the statement's heading.
    """
    return [f for f in _extract_raw(sentence, mentions, doc_date) if _complete(f)]


def extract_facts_from_text(
    text: str, lang: str, doc_date: str | None = None, doc_id: str = "", offset: int = 0
) -> list[Fact]:
    """Facts of a bare sentence: issuers, Cambodian actors and victim classes come from the
    gazetteers in `vocab` instead of NER mentions."""
    sentence = Sentence(doc_id=doc_id, paragraph=0, start=offset, end=offset + len(text),
                        text=text, lang=lang)
    return extract_facts(sentence, (), doc_date)


def _extract_raw(sentence: Sentence, mentions: Sequence[Mention], doc_date: str | None) -> list[Fact]:
    # Local imports: events/measures import this module's dataclasses.
    from sanctionwatch.extract import events, measures
    from sanctionwatch.extract.roles import find_candidates

    inside = [m for m in mentions if m.start >= sentence.start and m.end <= sentence.end]
    cands = find_candidates(sentence, inside)
    evs = events.extract_events(sentence, cands, doc_date)
    mss = measures.extract_measures(sentence, cands, doc_date)
    return sort_facts([*evs, *mss])


def _complete(fact: Fact) -> bool:
    if isinstance(fact, MeasureFact):
        return not (fact.issuer is None and fact.status in ("imposed", "announced", "lifted"))
    return True


def extract_document_facts(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    doc_date: str | None,
) -> list[Fact]:
    """All facts of one document, with the cross-sentence links a press statement needs.

    Links (all within the document, all lowering confidence): an issuer or caller given by a
    statement heading ("Department Spokesperson", "Speech by HR/VP Mogherini", "The European
    Parliament,", numbered clauses of a US congressional resolution); a measure date from its
    statement's dateline or section heading, which is also the reference for relative dates
    ("today") inside that statement; "X will also be subject to <same measure>" merged into the
    previous sentence's measure; list items under a "call upon ... to:" header; pronoun agents
    ("He has ... jailed") resolved to the previous sentence's first person.
    """
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    contexts = _contexts(ordered, mentions, doc_date)
    per_sentence = [_extract_raw(s, mentions, ctx.dateline or doc_date)
                    for s, ctx in zip(ordered, contexts, strict=True)]
    linked = _link_document(ordered, per_sentence, contexts, mentions)
    return sort_facts([f for f in linked if _complete(f)])


# --------------------------------------------------------------------------------------------
# Document pass
# --------------------------------------------------------------------------------------------

_SPEAKER_LINE = re.compile(r"department spokesperson|^press statement$|^speech by|^statement by|"
                           r"^communiqué (?:de|du)|^(?:eu|uk|germany)\s*:\s*statement|statement by", re.I)
_DATELINE_BLOCK = re.compile(r"^(?:press statement|washington.*|.*spokesperson|.*secretary of state)$", re.I)
_DATELINE_CONTEXT = re.compile(r"press statement|spokesperson|washington|statement|communiqué", re.I)
_RESOLUTION_HEAD = re.compile(r"^(?:the\s+)?(european parliament|governing council of the inter-parliamentary union)\s*,?\s*$", re.I)
_NUMBERED = re.compile(r"^\s*(?:\(\d+\)|\d+\.)\s+[a-z]", re.I)
_ALSO = re.compile(r"\balso\b|\baussi\b|\bthose individuals\b|\bces personnes\b", re.I)
_CALL_HEADER = re.compile(r"(?:call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ)[^.]*[:៖]\s*$", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[\d០-៩]{1,2}\s*[-.)–]|\(\d+\)|[•*–-])")
_PERSON_PRONOUNS = ("he", "she", "il", "elle", "គាត់")


@dataclass(frozen=True)
class _Context:
    """What the document says around a sentence: who speaks, under which date, in which list."""

    speaker: Participant | None
    dateline: str | None
    resolution: Participant | None
    header: tuple[int, tuple[Participant, ...], Participant | None] | None


def _header_callers(sent: Sentence, mentions: Sequence[Mention]) -> tuple[Participant, ...]:
    """The subject of a 'call upon ... to:' header: a named head before the call verb."""
    from sanctionwatch.extract.roles import find_candidates, is_modifier

    cue = re.search(r"call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ", sent.text, re.I)
    for c in find_candidates(sent, mentions):
        if cue and c.end <= cue.start() and c.is_named and not is_modifier(sent.text, c):
            return (Participant(c.name, "caller", c.schema, None, sent.start + c.start,
                                sent.start + c.end),)
    return ()


def _header_addressee(sent: Sentence, mentions: Sequence[Mention]) -> Participant | None:
    """Who a 'call upon the Government of Canada to:' header asks: the would-be issuer."""
    from sanctionwatch.extract.roles import find_candidates

    cue = re.search(r"call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ", sent.text, re.I)
    for c in find_candidates(sent, mentions):
        if cue and c.start >= cue.end() and c.issuer:
            return Participant(c.name, "issuer", c.schema, None, sent.start + c.start,
                               sent.start + c.end)
    return None


def _date_only(s: Sentence) -> str | None:
    """The value of a sentence that is nothing but a full date (a dateline or a post footer)."""
    from sanctionwatch.extract.temporal import find_dates

    text = s.text.strip()
    if len(text) > 40:
        return None
    found = [d for d in find_dates(text, s.lang, None) if d.precision == "day" and d.value]
    if found and found[0].end - found[0].start >= len(text) - 2:
        return found[0].value
    return None


def _heading_like(text: str) -> bool:
    return len(text) <= 140 and not re.search(r"[.!?។”\",;]$", text)


def _heading_date(s: Sentence, doc_date: str | None) -> str | None:
    """A heading that carries a full date ("Conclusions du Conseil ... du 26 Février 2018").
    Not a list item, not a "having regard to ... of 1948" recital, and (when the document
    date is known) within three years of it."""
    from sanctionwatch.extract.temporal import find_dates

    text = s.text.strip()
    if not _heading_like(text) or _date_only(s) or _LIST_ITEM.match(text):
        return None
    found = [d for d in find_dates(text, s.lang, None) if d.precision == "day" and d.value]
    if not found:
        return None
    value = found[-1].value or ""
    if doc_date and abs(int(value[:4]) - int(doc_date[:4])) > 3:
        return None
    return value


def _speaker(s: Sentence, mentions: Sequence[Mention]) -> Participant | None:
    from sanctionwatch.extract.roles import find_candidates

    text = s.text.strip()
    if re.search(r"department spokesperson|u\.s\. department of state", text, re.I):
        return Participant("US Department of State", "issuer", "PublicBody", None, None, None)
    if not _SPEAKER_LINE.search(text) or not _heading_like(text):
        return None
    cands = [c for c in find_candidates(s, mentions) if c.is_named]
    by = re.search(r"\b(?:by|de|du)\s", text)
    after_by = [c for c in cands if by and c.start >= by.end()]
    for c in after_by + [c for c in cands if c.kind == "institution"]:
        return Participant(c.name, "issuer", c.schema, None, None, None)
    return None


def _contexts(sentences: Sequence[Sentence], mentions: Sequence[Mention],
              doc_date: str | None) -> list[_Context]:
    """One pass over the document: which speaker, dateline, resolution and call header hold
    at each sentence. A post-footer date ends everything; a new heading ends a dateline."""

    speaker: Participant | None = None
    dateline: str | None = None
    dateline_at = -1  # index of the sentence that set it
    resolution: Participant | None = None
    header: tuple[int, tuple[Participant, ...]] | None = None
    out: list[_Context] = []
    for i, sent in enumerate(sentences):
        text = sent.text.strip()
        only = _date_only(sent)
        if only:
            recent = " ".join(x.text for x in sentences[max(0, i - 4):i])
            if _DATELINE_CONTEXT.search(recent):
                dateline, dateline_at = only, i
            else:  # a blog post's footer date: whatever context we had is over
                speaker, dateline, resolution, header = None, None, None, None
        elif dateline is not None and (
                i - dateline_at > 40 or _NUMBERED.match(text)
                or (_heading_like(text) and i - dateline_at > 3 and not _DATELINE_BLOCK.match(text))):
            dateline = None  # a new heading or a numbered list: another text begins
        heading = _heading_date(sent, doc_date)
        if heading:
            dateline, dateline_at = heading, i
        sp = _speaker(sent, mentions)
        if sp is not None:
            speaker = sp
        rm = _RESOLUTION_HEAD.match(text)
        if rm:
            name = "European Parliament" if "parliament" in rm.group(1).lower() else "Inter-Parliamentary Union"
            resolution = Participant(name, "caller", "PublicBody", "resolution", None, None)
        if re.match(r"^\s*\(\d+\)\s", text) and resolution is None:
            window = " ".join(x.text for x in sentences[max(0, i - 12):i + 12])
            if re.search(r"\(\d+\) urges the President", window):
                resolution = Participant("US Congress", "caller", "PublicBody",
                                         "inferred: numbered clauses of a congressional resolution",
                                         None, None)
        if _CALL_HEADER.search(text):
            header = (i, _header_callers(sent, mentions), _header_addressee(sent, mentions))
        out.append(_Context(speaker, dateline, resolution, header))
    return out


def _link_document(
    sentences: Sequence[Sentence], per_sentence: list[list[Fact]], contexts: list[_Context],
    mentions: Sequence[Mention],
) -> list[Fact]:
    from sanctionwatch.extract.roles import find_candidates, slot_role

    out: list[list[Fact]] = []
    for i, (sent, facts, ctx) in enumerate(zip(sentences, per_sentence, contexts, strict=True)):
        text = sent.text.strip()
        prev_sent = sentences[i - 1] if i else None
        linked: list[Fact] = []
        for f in facts:
            if isinstance(f, MeasureFact):
                g = _link_measure(f, text, ctx, i)
                prev = out[-1] if out else []
                if (g.status == "announced" and prev_sent is not None
                        and prev_sent.paragraph == sent.paragraph
                        and any(isinstance(p, MeasureFact) and p.status == "threatened" for p in prev)):
                    g = replace(g, status="threatened")  # "If not, they shall cut ... Moreover, they will ..."
                merged = _merge_also(g, sent, text, prev, prev_sent)
                if merged is not None:
                    out[-1] = merged
                    continue
                linked.append(g)
            else:
                linked.append(_link_event(f, sent, prev_sent, out[-1] if out else [], mentions,
                                          find_candidates, slot_role))
        out.append(linked)
    return [f for fs in out for f in fs]


def _link_measure(f: MeasureFact, text: str, ctx: _Context, i: int) -> MeasureFact:
    speaker, dateline, resolution, header = ctx.speaker, ctx.dateline, ctx.resolution, ctx.header
    unresolved = list(f.unresolved)
    changes: dict[str, object] = {}
    conf = f.confidence
    if f.issuer is None and speaker is not None and any(
            u in ("issuer:we", "issuer:nous", "issuer:យើង") for u in unresolved):
        changes["issuer"] = replace(speaker, role="issuer")
        unresolved = [u for u in unresolved if not u.startswith("issuer:")]
        conf -= 0.05
    if f.status == "called_for" and not f.callers:
        caller = None
        if resolution is not None and _NUMBERED.match(text):
            caller = resolution
        elif speaker is not None and any(u.startswith("caller:") and u != "caller:missing" for u in unresolved):
            caller = replace(speaker, role="caller")
        elif header is not None and i - header[0] <= 8 and header[1] and _LIST_ITEM.match(text):
            changes["callers"] = header[1]
        if caller is not None:
            changes["callers"] = (replace(caller, role="caller"),)
        if "callers" in changes:
            unresolved = [u for u in unresolved if not u.startswith("caller:")]
            conf -= 0.1
    if f.status in ("imposed", "announced") and f.issuer is None and "issuer" not in changes:
        if header is not None and i - header[0] <= 8 and _LIST_ITEM.match(text):
            changes["status"] = "called_for"
            changes["callers"] = header[1]
            unresolved = [u for u in unresolved if not u.startswith("issuer:")]
    if (header is not None and i - header[0] <= 8 and _LIST_ITEM.match(text)
            and (changes.get("status") or f.status) == "called_for" and f.issuer is None and header[2]):
        changes["issuer"] = header[2]
    if f.date is None and dateline is not None:
        changes["date"], changes["date_precision"] = dateline, "day"
        conf -= 0.05
    if not changes:
        return f
    return replace(f, unresolved=tuple(unresolved), confidence=round(max(conf, 0.3), 2), **changes)


def _merge_also(f: MeasureFact, sent: Sentence, text: str, prev_facts: list[Fact],
                prev_sent: Sentence | None) -> list[Fact] | None:
    """'Family members of those individuals will also be subject to visa restrictions': the
    previous sentence's measure gains the targets and the quote grows to cover both."""
    if f.issuer is not None or prev_sent is None or prev_sent.paragraph != sent.paragraph:
        return None
    if not _ALSO.search(text):
        return None
    for j in range(len(prev_facts) - 1, -1, -1):
        p = prev_facts[j]
        if isinstance(p, MeasureFact) and p.kind == f.kind and p.issuer is not None:
            targets = tuple(sorted({t.norm(): t for t in (*p.targets, *f.targets)}.values(),
                                   key=lambda t: (t.start or 0, t.name)))
            merged = replace(p, targets=targets, quote_end=max(p.quote_end, f.quote_end))
            return [*prev_facts[:j], merged, *prev_facts[j + 1:]]
    return None


def _link_event(f: Fact, sent: Sentence, prev_sent: Sentence | None, prev_facts: list[Fact],
                mentions: Sequence[Mention], find_candidates, slot_role) -> Fact:  # noqa: ANN001
    """Resolve 'He has ... jailed X' / 'It also banned ...' from the previous sentence."""
    if not isinstance(f, EventFact) or prev_sent is None or prev_sent.paragraph != sent.paragraph:
        return f
    agents = [u.split(":", 1)[1] for u in f.unresolved if u.startswith("agent:")]
    if not agents:
        return f
    pron = agents[0]
    role = slot_role("agent", f.kind)
    victims = {p.norm() for p in f.subjects}
    new_actor: Participant | None = None
    date = None
    if pron in _PERSON_PRONOUNS:
        for c in find_candidates(prev_sent, mentions):
            if c.schema == "Person" and c.start < 60:
                new_actor = Participant(c.name, role, c.schema, None, prev_sent.start + c.start,
                                        prev_sent.start + c.end)
                break
    elif pron in ("it", "they"):
        for p in reversed(prev_facts):
            if isinstance(p, EventFact) and p.actors:
                new_actor = replace(p.actors[0], role=role)
                if _ALSO.search(sent.text):
                    date = (p.date, p.date_precision)
                break
    if new_actor is None or new_actor.norm() in victims:
        return f
    changes: dict[str, object] = {
        "actors": (*f.actors, new_actor),
        "unresolved": tuple(u for u in f.unresolved if not u.startswith("agent:")),
        "confidence": round(max(f.confidence - 0.1, 0.3), 2),
    }
    if date and f.date is None and date[0]:
        changes["date"], changes["date_precision"] = date
    return replace(f, **changes)


__all__ = [
    "EventFact", "Fact", "MeasureFact", "Participant", "dumps", "extract_document_facts",
    "extract_facts", "extract_facts_from_text", "fact_to_dict", "group_by_key", "sort_facts",
]

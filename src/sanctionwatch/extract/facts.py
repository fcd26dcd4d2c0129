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
from bisect import bisect_left, bisect_right
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
    consequence: bool = False  # read from what it does ("property … blocked"), not named

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

    if not (events.find_triggers(sentence.text, sentence.lang)
            or measures.find_triggers(sentence.text, sentence.lang)):
        return []  # most sentences: no trigger, no need to look for participants
    inside = [m for m in mentions if m.start >= sentence.start and m.end <= sentence.end]
    cands = find_candidates(sentence, inside)
    evs = events.extract_events(sentence, cands, doc_date)
    mss = measures.extract_measures(sentence, cands, doc_date)
    return sort_facts([*evs, *mss])


def _complete(fact: Fact, final: bool = False) -> bool:
    """Imposed / announced / lifted measures need an issuer; an event needs someone in it (an
    election, or a dated amendment of a law, needs only its date; an unresolved pronoun may
    still be resolved)."""
    if isinstance(fact, MeasureFact):
        return not (fact.issuer is None and fact.status in ("imposed", "announced", "lifted"))
    if fact.kind == "legislation" and fact.date is not None:
        return True  # "the law was amended in February 2017": dated, nobody named
    return bool(fact.actors or fact.subjects or fact.kind == "election" or (fact.unresolved and not final))


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
    from sanctionwatch.extract.acts import read_document

    return read_document(sentences, mentions, doc_date)


def _legacy_document_facts(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    doc_date: str | None,
) -> list[Fact]:
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    contexts = _contexts(ordered, mentions, doc_date)
    by_start = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in by_start]
    per_sentence = [_extract_raw(s, by_start[bisect_left(starts, s.start):bisect_right(starts, s.end)],
                                 ctx.dateline or ctx.report_date or doc_date)
                    for s, ctx in zip(ordered, contexts, strict=True)]
    linked = _link_document(ordered, per_sentence, contexts, mentions)
    return sort_facts(_merge_translations([f for f in linked if _complete(f, final=True)]))


def _merge_translations(facts: list[Fact]) -> list[Fact]:
    """A bilingual statement tells one measure twice: 'the EU imposed sanctions on two
    Cambodian officials' and its Khmer version. When a document holds exactly one such
    measure (same kind, status and issuer) in Khmer and exactly one in English or French, and
    the Khmer one names no target of its own (only a described class, or none), and their
    dates do not disagree, the Khmer reading takes the other's targets: one fact, two quotes.
    Anything less certain (two candidates on either side, a named Khmer target) is left apart."""
    if not any(isinstance(f, MeasureFact) and f.lang == "km" for f in facts):
        return facts
    groups: dict[tuple[str, str, str], tuple[list[int], list[int]]] = {}
    for i, f in enumerate(facts):
        if isinstance(f, MeasureFact) and f.issuer is not None:
            km, other = groups.setdefault((f.kind, f.status, f.issuer.norm()), ([], []))
            (km if f.lang == "km" else other).append(i)
    out = list(facts)
    for km, other in groups.values():
        if not km or not other:
            continue
        km_keys = {facts[i].key() for i in km}
        other_keys = {facts[i].key() for i in other}
        if len(km_keys) != 1 or len(other_keys) != 1:
            continue
        src = facts[other[0]]
        assert isinstance(src, MeasureFact)
        if not all(t.is_class for i in km for t in facts[i].targets):  # type: ignore[union-attr]
            continue
        dates = {facts[i].date for i in (*km, *other)} - {None}
        if len(dates) > 1:
            continue
        for i in km:
            f = facts[i]
            assert isinstance(f, MeasureFact)
            out[i] = replace(f, targets=src.targets, date=f.date or src.date,
                             date_precision=f.date_precision or src.date_precision)
    return out


# --------------------------------------------------------------------------------------------
# Document pass
# --------------------------------------------------------------------------------------------

_SPEAKER_LINE = re.compile(r"department spokesperson|^press statement$|^speech by|^statement by|"
                           r"^communiqué (?:de|du)|^(?:eu|uk|germany)\s*:\s*statement|statement by", re.I)
_DATELINE_BLOCK = re.compile(r"^(?:press statement|washington.*|.*spokesperson|.*secretary of state)$", re.I)
_STATEMENT_LINE = re.compile(r"^\s*(?:press (?:statement|release)|communiqué de presse|statement by\b.*|"
                             r".*\bspokes(?:person|man|woman)|washington\b.*|(?:office of )?the spokes.*)\s*$", re.I)
_DATELINE_CONTEXT = re.compile(r"press statement|spokesperson|washington|statement|communiqué", re.I)
_RESOLUTION_HEAD = re.compile(r"^(?:the\s+)?(european parliament|governing council of the inter-parliamentary union)\s*,?\s*$", re.I)
_NUMBERED = re.compile(r"^\s*(?:\(\d+\)|\d+\.)\s+[a-z]", re.I)
_ALSO = re.compile(r"\balso\b|\baussi\b|\bthose individuals\b|\bces personnes\b", re.I)
_CALL_HEADER = re.compile(r"(?:call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ)[^.]*[:៖]\s*$", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[\d០-៩]{1,2}\s*[-.)–]|\(\d+\)|[•*–-])")
_PERSON_PRONOUNS = ("he", "she", "il", "elle", "គាត់")


@dataclass(frozen=True)
class _Context:
    """What the document says around a sentence: who speaks, under which date, in which list.

    dateline: the date of the statement or section the sentence is in (a press statement's
    dateline, a dated heading). report_date: the date of the post or article it belongs to
    (a blog post's footer date, a date line at the top of an article, or the document date
    when the text dates nothing itself). item / numbered: the sentence is a list item or a
    numbered clause, its marker possibly split off as the previous sentence ("10." / "Calls
    on the EEAS ...")."""

    speaker: Participant | None
    dateline: str | None
    resolution: Participant | None
    header: tuple[int, tuple[Participant, ...], Participant | None] | None
    report_date: str | None = None
    item: bool = False
    numbered: bool = False


def _header_callers(sent: Sentence, mentions: Sequence[Mention]) -> tuple[Participant, ...]:
    """The subject of a 'call upon ... to:' header: a named head before the call verb."""
    from sanctionwatch.extract.roles import find_candidates, is_modifier

    cue = re.search(r"call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ", sent.text, re.I)
    petition = re.search(r"ចុះហត្ថលេខា|undersigned|soussignés|pétition|petition|signataires", sent.text, re.I)
    for c in find_candidates(sent, mentions):
        if petition:
            break
        if cue and c.end <= cue.start() and c.is_named and not is_modifier(sent.text, c):
            return (Participant(c.name, "caller", c.schema, None, sent.start + c.start,
                                sent.start + c.end),)
    # "We, the undersigned, citizens and permanent residents of Canada, call upon ...": a petition
    pm = re.search(r"\b(?:we|nous),?\s+(?:the undersigned|soussignés)\s*,\s*([^,]{3,80}?),?\s+(?:call|demand|ask|demandons)",
                   sent.text, re.I)
    if pm:
        phrase = pm.group(1)
        return (Participant(phrase, "caller", None, None, sent.start + pm.start(1), sent.start + pm.end(1)),)
    if petition:
        return (Participant("petitioners", "caller", None, None, None, None),)
    return ()


def _header_addressee(sent: Sentence, mentions: Sequence[Mention]) -> Participant | None:
    """Who a 'call upon the Government of Canada to:' header asks: the would-be issuer."""
    from sanctionwatch.extract.roles import find_candidates

    cue = re.search(r"call upon|call on|calls on|demander|ទាមទារ|អំពាវនាវ", sent.text, re.I)
    for c in find_candidates(sent, mentions):
        if cue and c.start >= cue.end() and c.issuer:
            name = "European Union" if c.name in _eu_bodies() else c.name
            return Participant(name, "issuer", c.schema, None, sent.start + c.start,
                               sent.start + c.end)
    return None


def _eu_bodies() -> frozenset[str]:
    from sanctionwatch.extract.vocab import INSTITUTIONS

    return frozenset(e.name for e in INSTITUTIONS if e.parent == "European Union")


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
    onlies = [_date_only(x) for x in sentences]
    in_statement = [bool(onlies[i]) and any(_heading_like(x.text.strip()) and _STATEMENT_LINE.search(x.text)
                                            for x in sentences[max(0, i - 4):i])
                    for i in range(len(sentences))]
    reports = _report_dates(sentences, onlies, in_statement, doc_date)
    for i, sent in enumerate(sentences):
        text = sent.text.strip()
        only = onlies[i]
        marker = i > 0 and sentences[i - 1].paragraph == sent.paragraph and bool(
            _BARE_MARKER.match(sentences[i - 1].text))
        numbered = bool(_NUMBERED.match(text)) or (marker and bool(re.match(r"\s*[a-z]", text, re.I))
                                                    and bool(re.match(r"\s*(?:\(\d+\)|\d+\.)", sentences[i - 1].text)))
        item = bool(_LIST_ITEM.match(text)) or marker
        if only:
            if in_statement[i]:
                dateline, dateline_at = only, i
            elif reports[i] is not None and i < 3 and reports[0] == only:
                pass  # the article's own date line at the top
            else:  # a blog post's footer date: whatever context we had is over
                speaker, dateline, resolution, header = None, None, None, None
        elif dateline is not None and (
                i - dateline_at > 40 or numbered
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
            resolution = Participant(name, "caller", "PublicBody", None, None, None)
        if re.match(r"^\s*\(\d+\)\s", text) and resolution is None:
            window = " ".join(x.text for x in sentences[max(0, i - 12):i + 12])
            if re.search(r"\(\d+\) urges the President", window):
                resolution = Participant("US Congress", "caller", "PublicBody", None, None, None)
        if _CALL_HEADER.search(text):
            header = (i, _header_callers(sent, mentions), _header_addressee(sent, mentions))
        out.append(_Context(speaker, dateline, resolution, header, reports[i], item, numbered))
    return out


_BARE_MARKER = re.compile(r"^\s*(?:\(\d+\)|[\d០-៩]{1,2}\s*[-.)–]?)\s*$")


def _report_dates(sentences: Sequence[Sentence], onlies: list[str | None], in_statement: list[bool],
                  doc_date: str | None) -> list[str | None]:
    """The date of the post or article each sentence belongs to.

    A page of blog posts dates each post by a footer line ("07 Dec 2017") after it: every
    sentence takes the next footer's date (none after the last one). A single date line in
    the first three sentences dates the whole article. Otherwise the document date counts
    only if the text does not carry it itself (then it dates one section, which the dateline
    and heading contexts already handle)."""
    from sanctionwatch.extract.temporal import find_dates

    n = len(sentences)
    loose = [i for i in range(n) if onlies[i] and not in_statement[i]]
    if len(loose) == 1 and loose[0] < 3:
        return [onlies[loose[0]]] * n
    if loose:
        out: list[str | None] = [None] * n
        nxt: str | None = None
        for i in range(n - 1, -1, -1):
            if onlies[i] and not in_statement[i]:
                nxt = onlies[i]
            out[i] = nxt
        return out
    if doc_date is None or len(doc_date) != 10:
        return [None] * n
    for x in sentences:
        if re.search(r"\d", x.text) and any(d.value == doc_date for d in find_dates(x.text, x.lang, None)):
            return [None] * n
    return [doc_date] * n


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
    flat = _fold_headlines(sentences, contexts, [(i, f) for i, fs in enumerate(out) for f in fs])
    return [_dated_by_report(f, sentences[i], contexts[i]) for i, f in flat]


_PAST = re.compile(
    r"\b(?:has|have|had|a|ont|avait|avaient)\s+(?:(?:already|also|recently|reportedly|déjà|aussi|"
    r"\w+ly)\s+)?(?:been\s+)?\w+(?:ed|en|wn|é|ée|és|u|is)\b|"
    r"\b(?:threatened|warned|suspended|imposed|declined|decided|adopted|froze|banned|restricted|"
    r"withdrew|announced|agreed|urged|called|asked|demanded|stated|said|considered|hinted)\b|បាន", re.I)


_LONG_AGO = re.compile(r"\b(?:had|avait|avaient|already|déjà|previously|earlier|last year|l[’']an dernier|"
                       r"in the past)\b", re.I)


def _dated_by_report(f: Fact, sent: Sentence, ctx: _Context) -> Fact:
    """An undated measure stated in the present ("calls on", "restricts", "warns", "to
    review") is dated by the post or article that states it; a past one ("has threatened",
    "suspended") stays undated: the report does not say when it happened."""
    if not isinstance(f, MeasureFact) or f.date is not None or ctx.report_date is None:
        return f
    left = sent.text[:max(0, (f.trigger_end or sent.start) - sent.start)]
    if f.status in ("imposed", "lifted"):  # news reports a decision just taken in the perfect
        if _LONG_AGO.search(left):
            return f
    elif _PAST.search(left):
        return f
    return replace(f, date=ctx.report_date, date_precision="day",
                   confidence=round(max(f.confidence - 0.05, 0.3), 2))


def _issuer_family(name: str) -> set[str]:
    from sanctionwatch.extract.vocab import INSTITUTIONS

    parents = {e.name: e.parent for e in INSTITUTIONS}
    out = {name}
    if parents.get(name):
        out.add(parents[name] or "")
    return out


def _fold_headlines(sentences: Sequence[Sentence], contexts: list[_Context],
                    flat: list[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """Headlines that retell a dated measure of the same post ("US restricts visas for
    Cambodians ..." under the State Department's statement of 6 December 2017) are more
    evidence for it, not new facts: a headline whose targets are only described classes (or
    none) becomes that measure read in the headline (same key); one that names its targets
    keeps them and takes the measure's date."""
    dated = [(j, g) for j, g in flat if isinstance(g, MeasureFact) and g.date and g.issuer is not None]
    if not dated:
        return flat
    out: list[tuple[int, Fact]] = []
    for i, f in flat:
        text = sentences[i].text.strip()
        if not (isinstance(f, MeasureFact) and f.date is None and f.issuer is not None
                and f.status in ("imposed", "announced", "threatened") and _heading_like(text)):
            out.append((i, f))
            continue
        fam = _issuer_family(f.issuer.name)
        best: tuple[int, int, MeasureFact] | None = None
        for j, g in dated:
            assert isinstance(g, MeasureFact) and g.issuer is not None
            same_post = (contexts[j].report_date == contexts[i].report_date and contexts[i].report_date
                         and abs(i - j) <= 60) or abs(i - j) <= 25
            statuses = {f.status, g.status}
            if (not same_post or g.kind != f.kind or not (fam & _issuer_family(g.issuer.name))
                    or not (len(statuses) == 1 or statuses == {"imposed", "announced"})):
                continue
            rank = (int(_heading_like(sentences[j].text.strip())), abs(i - j))
            if best is None or rank < best[:2]:
                best = (*rank, g)
        if best is None:
            out.append((i, f))
            continue
        g = best[2]
        if all(t.is_class for t in f.targets):
            f = replace(g, quote_start=f.quote_start, quote_end=f.quote_end, trigger=f.trigger,
                        trigger_start=f.trigger_start, trigger_end=f.trigger_end, lang=f.lang,
                        doc_id=f.doc_id, commentators=f.commentators,
                        confidence=round(max(min(f.confidence, g.confidence) - 0.05, 0.3), 2))
        else:
            f = replace(f, date=g.date, date_precision=g.date_precision)
        out.append((i, f))
    return out


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
        if resolution is not None and ctx.numbered:
            caller = resolution
        elif speaker is not None and any(u.startswith("caller:") and u != "caller:missing" for u in unresolved):
            caller = replace(speaker, role="caller")
        elif header is not None and i - header[0] <= 8 and header[1] and ctx.item:
            changes["callers"] = header[1]
        if caller is not None:
            changes["callers"] = (replace(caller, role="caller"),)
        if "callers" in changes:
            unresolved = [u for u in unresolved if not u.startswith("caller:")]
            conf -= 0.1
    if f.status in ("imposed", "announced") and f.issuer is None and "issuer" not in changes:
        if header is not None and i - header[0] <= 8 and ctx.item:
            changes["status"] = "called_for"
            changes["callers"] = header[1]
            unresolved = [u for u in unresolved if not u.startswith("issuer:")]
    if (header is not None and i - header[0] <= 8 and ctx.item
            and (changes.get("status") or f.status) == "called_for" and f.issuer is None and header[2]):
        changes["issuer"] = header[2]
    if f.date is None and dateline is not None:
        changes["date"], changes["date_precision"] = dateline, "day"
        conf -= 0.05
    issuer = changes.get("issuer", f.issuer)
    callers = changes.get("callers", f.callers)
    if isinstance(issuer, Participant) and any(c.norm() == issuer.norm() for c in callers):  # type: ignore[union-attr]
        changes["callers"] = tuple(c for c in callers if c.norm() != issuer.norm())  # type: ignore[union-attr]
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


_POSSESSIVES = ("patient:his", "patient:her", "patient:son", "patient:sa", "patient:he", "patient:she",
                "patient:il", "patient:elle")


def _link_possessive(f: EventFact, prev_facts: list[Fact]) -> EventFact:
    """A possessive patient ("his release") is the one person who was the victim of an event
    in the previous sentence; with none, or with two, it stays unresolved (and the fact,
    having nobody in it, is dropped)."""
    if f.subjects or not any(u in _POSSESSIVES for u in f.unresolved):
        return f
    people = {p.norm(): p for g in prev_facts if isinstance(g, EventFact) for p in g.subjects
              if p.role == "victim" and p.entity_hint == "Person"}
    if len(people) != 1:
        return f
    [p] = people.values()
    role = "victim" if f.kind == "release" or _coercive(f.kind) else "participant"
    return replace(f, subjects=(replace(p, role=role),),
                   unresolved=tuple(u for u in f.unresolved if u not in _POSSESSIVES),
                   confidence=round(max(f.confidence - 0.1 + 0.15, 0.3), 2))


def _coercive(kind: str) -> bool:
    from sanctionwatch.extract.vocab import EVENT_KINDS

    return EVENT_KINDS[kind].coercive


def _link_event(f: Fact, sent: Sentence, prev_sent: Sentence | None, prev_facts: list[Fact],
                mentions: Sequence[Mention], find_candidates, slot_role) -> Fact:  # noqa: ANN001
    """Resolve 'He has ... jailed X' / 'It also banned ...' from the previous sentence, and
    'called for his immediate release' from the previous sentence's one victim."""
    if not isinstance(f, EventFact) or prev_sent is None:
        return f
    f = _link_possessive(f, prev_facts)
    if prev_sent.paragraph != sent.paragraph:
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

"""A document's events and measures: every sentence read with its language pack, then the
links that need the rest of the document.

- Reference: a slot filled by a pronoun ("he", "ils", "both men") takes the nearest compatible
  antecedent named earlier in the document; the fact keeps the sentence as evidence.
- Issuers: an imposed measure whose sentence names no issuer ("three further properties are
  designated") takes the issuer of the nearest earlier measure in the same document.
- One fact per act: a headline and the body, or a consequence ("property … blocked") and the
  designation it follows from, are one measure when kind (or implied kind), status and issuer
  agree and their dates do not disagree. Two acts with different dates stay apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from sanctionwatch.extract import vocab
from sanctionwatch.extract.accusations import accused_elsewhere
from sanctionwatch.extract.accused_references import accused_mentions
from sanctionwatch.extract.also_dates import also_dates
from sanctionwatch.extract.antecedents import (
    Story,
    build_story,
    group_antecedents,
    name_described_undergoers,
    person_antecedent,
    told_victims,
    word_gender,
)
from sanctionwatch.extract.coordinated_dates import coordinated_dates
from sanctionwatch.extract.demands import as_demanded, demand_items
from sanctionwatch.extract.descriptions import named_class_subjects
from sanctionwatch.extract.destinations import carry_destinations
from sanctionwatch.extract.elaborate import (
    counted_classes,
    elaborate_classes,
    elaborate_events,
    resolve_class_anaphors,
)
from sanctionwatch.extract.event_anaphora import same_act_subjects
from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant, sort_facts
from sanctionwatch.extract.hits import FREED_KINDS, PRONOUN_GROUPS
from sanctionwatch.extract.measure_anaphora import resolve_measure_anaphors, resolve_regime_uses
from sanctionwatch.extract.possessives import owned_word
from sanctionwatch.extract.pronoun_steps import pronoun_steps
from sanctionwatch.extract.reading import HINTS, find_hits, read_sentence
from sanctionwatch.extract.report_accused import mark_report_steps, report_accused, report_slots
from sanctionwatch.extract.short_names import short_forms
from sanctionwatch.extract.since_dates import since_dates
from sanctionwatch.extract.succession import called_to_follow, successive_acts
from sanctionwatch.extract.syntax import parse_sentences
from sanctionwatch.extract.temporal import date_line, dates_written_before, sentence_day, story_year
from sanctionwatch.lang import LanguagePack, PackError, load_pack
from sanctionwatch.model import Mention, Sentence
from sanctionwatch.sources.dateline import dateline_lead

Fact = EventFact | MeasureFact

IMPLIED: dict[str, frozenset[str]] = {
    "sdn_designation": frozenset({"asset_freeze", "sanctions"}),
    "targeted_measures": frozenset({"asset_freeze", "visa_restriction", "sanctions"}),
    "asset_freeze": frozenset({"sanctions"}),
    "visa_restriction": frozenset({"sanctions"}),
}
"""Kinds that one act of the key kind also is: a designation blocks property; EU restrictive
measures are a travel ban and an asset freeze; each is a sanction."""


def _pack(lang: str) -> LanguagePack | None:
    try:
        return load_pack(lang)
    except PackError:
        return None


def _agent_is_patient() -> frozenset[str]:
    return frozenset(k for k, v in vocab.EVENT_KINDS.items() if v.agent_is_subject)


def _coercive() -> dict[str, bool]:
    return {k: v.coercive for k, v in vocab.EVENT_KINDS.items()}


def read_document(sentences: Sequence[Sentence], mentions: Sequence[Mention],
                  doc_date: str | None) -> list[Fact]:
    """All events and measures of one document (pure and deterministic)."""
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    by_pack: dict[str, list[Sentence]] = {}
    for s in ordered:
        pack = _pack(s.lang)
        if pack is not None and find_hits(s, pack):
            by_pack.setdefault(s.lang, []).append(s)
    facts: list[Fact] = []
    paragraphs: dict[int, list[Sentence]] = {}
    for s in ordered:
        paragraphs.setdefault(s.paragraph, []).append(s)
    coercive, ap = _coercive(), _agent_is_patient()
    measured = [s for s in ordered if (p := _pack(s.lang)) is not None and any(h.measure for h in find_hits(s, p))]
    ms = sorted([*mentions, *short_forms(ordered, mentions, measured)], key=lambda m: (m.start, m.end))
    packs = {lang: p for lang in {s.lang for s in ordered} if (p := _pack(lang)) is not None}
    demands = demand_items(ordered, packs, ms)
    written = dates_written_before(ordered, doc_date)
    for lang, sents in sorted(by_pack.items()):
        pack = load_pack(lang)
        parses = parse_sentences([s.text for s in sents], [s.start for s in sents], pack.code if pack.parser else None,
                                 [s.context for s in sents])
        for s, parse in zip(sents, parses, strict=True):
            inside = [m for m in ms if s.start <= m.start and m.end <= s.end]
            read = read_sentence(s, parse, pack, inside, doc_date, coercive, ap,
                                 _story_year(s, paragraphs.get(s.paragraph, []), doc_date), written[s.start])
            if s.start in demands:  # "3. freeze the assets of …" under "we call on X to:"
                read = [as_demanded(f, demands[s.start]) if isinstance(f, MeasureFact) else f for f in read]
            facts += read
    facts = resolve_regime_uses(sort_facts(facts))  # « le Conseil l'a appliqué … »: a listing under it
    facts = _created_instruments(facts)  # "set up its sanctions framework": a law, not a listing
    facts = resolve_measure_anaphors(sort_facts(facts))  # "this ban had been imposed in 2021"
    ms = sorted([*ms, *accused_mentions(ordered, ms, facts, _pack)], key=lambda m: (m.start, m.end))
    between = _text_between(ordered)
    facts = [_resolve_references(f, ms, between, counts=False) for f in facts]
    facts = [_short_form_targets(f, ms) for f in facts]
    facts = [_short_form_issuer(_canonical_bodies(f), ms) for f in facts]
    facts = _carry_issuers(facts)
    facts = [_callers_polity(f) for f in facts]  # "MEPs called for …": the EU would act
    facts = coordinated_dates(facts, ordered, _pack, doc_date)  # "in 2015 and 2017": two acts
    facts = mark_report_steps(facts, ordered, _pack)  # "the trial was held behind closed doors"
    facts = pronoun_steps(facts, ordered, ms, _pack)  # "ruled that he had broken … a suspended sentence"
    facts = [f for f in facts if _complete(f) and not _issued_by_non_authority(f)]
    facts = _sanctioning_justice(_authorities_are_not_victims(_diplomatic_expulsions(facts)))
    facts = _victims_are_not_targets(facts)
    facts = elaborate_classes(facts, ordered, ms)
    facts = successive_acts(facts, ordered, ms, doc_date)
    facts = called_to_follow(facts, ordered, ms, doc_date)  # "called on X to follow suit"
    facts = resolve_class_anaphors(facts, "count")  # "barred all four": the four just listed
    facts = resolve_class_anaphors(facts, "these")
    speakers = {p.name for f in facts for p in (*f.commentators, *(f.callers if isinstance(f, MeasureFact) else ()))}
    # "he", "the two", "the opposition politician", "the two reporters, A and B": who they are
    facts = _victims_are_not_targets(_resolve_in_story(facts, ordered, ms, between, speakers))
    facts = name_described_undergoers(facts, ordered, _pack)  # "Navalny … was stopped at passport control"
    facts = same_act_subjects(sort_facts(facts))  # "upheld that sentence": the sentenced one
    facts = report_accused(facts, _complete)  # … was the trial of the report's accused
    facts = since_dates(facts, ordered, _pack)  # "in detention ever since": since the arrest
    facts = also_dates(sort_facts(facts), ordered, _pack)  # "were also taken into custody": that day
    facts = elaborate_events(facts, ordered, ms, frozenset(k for k, c in coercive.items() if c) | FREED_KINDS)
    if any(isinstance(f, EventFact) and any(u.startswith(GROUP_SLOTS) for u in f.unresolved) for f in facts):
        # « … 222 détenus … Parmi eux figuraient A, B et C … la cour les privait de leurs
        # droits »: the group a pronoun stands for may be the members a list named after it
        facts = _resolve_in_story(facts, ordered, ms, between, speakers)
    facts = [_refine_kind(f) if isinstance(f, MeasureFact) else f for f in facts]
    facts = _delegated_issuers(_one_statement(facts), ms)
    same_day = _same_day_sentences(ordered)
    undated = any(isinstance(f, MeasureFact) and f.date is None and not f.standing for f in facts)
    facts = _dates_carry(facts, same_day, _sentence_days(ordered, ms, doc_date) if undated else [],
                         frozenset(s.start for s in ordered if not _ends_a_sentence(s.text)),
                         _named_days(ordered, same_day, doc_date))
    facts = carry_destinations(facts)  # "the licences" after "the moratorium on exports to X"
    facts = sort_facts(_authorities_are_not_targets(_merge_acts(_authorities_are_not_targets(facts), doc_date,
                                                               frozenset(same_day))))
    facts = _keys_apart(facts)
    packs = {lang: p for lang in {s.lang for s in ordered} if (p := _pack(lang)) is not None}
    return accused_elsewhere(facts, ordered, ms, packs)


INSTRUMENT_EVENT = "legislation"


def _created_instruments(facts: list[Fact]) -> list[Fact]:
    """A measure word among the words of a legislation event ("set up its sanctions framework",
    « le régime de sanctions a été établi », "adopted a sanctions regime") names the instrument
    the act creates, not a measure taken on anyone: the legislation event tells it. A measure
    the sentence tells outside those words ("signed a law imposing sanctions on X") stays, and
    so does one with a date of its own, the use of the instrument ("on Tuesday the EU used its
    sanctions regime, created in December, for the first time"), and a rule announced for who
    may be refused ("unveiled a new visa policy"), which is no imposition told as a law."""
    laws = [(f.trigger_start, f.trigger_end, f.date) for f in facts
            if isinstance(f, EventFact) and f.kind == INSTRUMENT_EVENT and not f.negated
            and f.trigger_start is not None and f.trigger_end is not None]
    if not laws:
        return facts
    return [f for f in facts if not (
        isinstance(f, MeasureFact) and f.status == "imposed" and f.trigger_start is not None
        and f.trigger_end is not None and any(a < f.trigger_end and f.trigger_start < b and _dates_agree(f.date, when) for a, b, when in laws))]


GROUP_SLOTS = ("patient:plural@", "patient:both@", "patient:count")
"""Slots of a group reference ("they", « les », "both") an event may still wait with."""


def _resolve_in_story(facts: list[Fact], ordered: Sequence[Sentence], mentions: Sequence[Mention],
                      between: Callable[[int, int], str], speakers: set[str]) -> list[Fact]:
    """The second reading of references, with the story the document tells: in document
    order, so that who an event's pronoun or description stands for counts as its victim
    for the next one. An event that is still about nobody and tells no date says nothing
    and is dropped."""
    if not any(f.unresolved or any(p.is_class for p in f.participants()) for f in facts):
        # nothing refers back: no story to read (most reports name everyone they speak of)
        return [f for f in facts if not isinstance(f, EventFact) or _complete(replace(f, unresolved=report_slots(f)))]
    story = build_story(facts, ordered, mentions, between, _pack)
    out: list[Fact] = []
    for f in facts:
        g = named_class_subjects(f, mentions, between, _pack(f.lang or ""),
                                 partial(_described_person, story), speakers)
        g = _resolve_references(g, mentions, between, speakers=speakers, story=story)
        if isinstance(g, EventFact) and g is not f:
            story = told_victims(story, g)
        if not isinstance(g, EventFact) or _complete(replace(g, unresolved=report_slots(g))):
            out.append(g)
    return out


def _described_person(story: Story, at: int, taken: set[str]) -> str | None:
    """The one person a description ("the opposition politician") at `at` stands for."""
    return person_antecedent(story, at, None, taken)


def _story_year(sentence: Sentence, paragraph: Sequence[Sentence], doc_date: str | None) -> int | None:
    """The year the sentence's passage tells of, when it is not the report's: the last date
    written in full in the sentences of its paragraph before it."""
    before = [s.text for s in paragraph if s.end <= sentence.start]
    year = story_year(before, sentence.lang)
    if year is None or not doc_date or year >= int(doc_date[:4]):
        return None  # the report's own year, or a term that ends after it: the report's time
    return year


def _issued_by_non_authority(fact: Fact) -> bool:
    """A party, a newspaper or a person the knowledge base knows as no authority does not
    impose measures: what it "does not recognise" is an opinion, not a measure."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    if not isinstance(fact, MeasureFact) or fact.issuer is None:
        return False
    entry = gazetteer_lookup(fact.issuer.name)
    return entry is not None and not entry.issuer


def _sanctioning_justice(facts: list[Fact]) -> list[Fact]:
    """A sanctioning authority the knowledge base knows (an issuer: a treasury, a foreign
    ministry, the EU's Council) that imposes or announces a measure in the report, acting in a judicial act
    (`vocab.JUDICIAL_KINDS`: "US authorities charged the scam boss in New York"), enforces the
    law against the accused: it takes part in that act, it does not perpetrate it, and the accused
    does not suffer it as a victim of repression. Precision over
    recall: a state that both sanctions and represses in one report loses the perpetrator role
    for its judicial acts only. A body the base does not know as a sanctioning authority (a
    national security police freezing a newspaper's assets) keeps it."""
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.extract.vocab import JUDICIAL_KINDS

    def sanctioner(name: str) -> bool:  # the base knows it as one that issues sanctions
        entry = authority_entry(name)
        return entry is not None and entry.issuer

    acting = {n for f in facts if isinstance(f, MeasureFact) and f.issuer is not None
              and f.status in ("imposed", "announced") and sanctioner(f.issuer.name)
              for n in _with_parents(f.issuer.name) | {f.issuer.name}}
    if not acting:
        return facts

    def sanctioning(p: Participant) -> bool:
        return not p.is_class and bool(({p.name} | _with_parents(p.name)) & acting)

    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in JUDICIAL_KINDS and any(sanctioning(p) for p in f.actors):
            # the prosecuted man is the accused of that act, no victim of it
            f = replace(f, actors=tuple(replace(p, role="participant") if p.role == "perpetrator" and sanctioning(p)
                                        else p for p in f.actors),
                        subjects=tuple(replace(p, role="participant") if p.role == "victim" else p for p in f.subjects))
        out.append(f)
    return out


def _authorities_are_not_victims(facts: list[Fact]) -> list[Fact]:
    """A sanctioning authority read as who underwent a coercive act ("Washington and London hit
    X in a sweeping crackdown", « l'Union européenne a frappé six responsables … d'un gel »,
    "Beijing's assault on rights") is a misreading of who acts: an authority the knowledge base
    knows, or one that issues a measure in the same report, is never a victim, nor is a state
    (country or capital) read beside one ("Washington and London hit …"). An event whose
    only subjects were such authorities was read from a metaphor and is dropped. A body written
    by the pack's word for it alone ("Police arrested and charged X" misparsed) is no victim
    either; its act keeps its date."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    issuers = {f.issuer.norm() for f in facts if isinstance(f, MeasureFact) and f.issuer is not None}

    def authority(p: Participant) -> bool:
        if p.is_class or p.role != "victim":
            return False
        entry = gazetteer_lookup(p.name)
        return p.norm() in issuers or (entry is not None and entry.issuer and entry.schema != "Person")

    def state(p: Participant) -> bool:  # "London" beside "Washington": a state acting with it
        from sanctionwatch.kb import capital_code, country_code, metonym

        return not p.is_class and p.role == "victim" and bool(country_code(p.name) or capital_code(p.name) or metonym(p.name))

    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and any(authority(p) for p in f.subjects):
            kept = tuple(p for p in f.subjects if not authority(p) and not state(p))
            if not kept:
                continue
            f = replace(f, subjects=kept)
        if isinstance(f, EventFact) and (pack := _pack(f.lang)) is not None \
                and any(p.role == "victim" and _body_word(p, pack) for p in f.subjects):
            # "Police arrested and charged X" misparsed: the police act; the act keeps its date
            f = replace(f, subjects=tuple(p for p in f.subjects if not (p.role == "victim" and _body_word(p, pack))))
        out.append(f)
    return out


def _body_word(p: Participant, pack: LanguagePack) -> bool:
    """Is the participant written as nothing but one of the pack's `national_body_nouns` or
    `government_words`, after a determiner ("Police", "the army", « la police », "the
    government", រដ្ឋាភិបាល)? Such a body is who acts in a
    coercive event, never who undergoes it ("a police officer" or "three soldiers" are persons)."""
    words = p.name.casefold().replace("’", "'").split()
    if words and (pack.has("determiners", words[0]) or pack.has("definite_articles", words[0])):
        words = words[1:]
    if len(words) == 1 and "'" in words[0]:
        words = [words[0].split("'", 1)[1]]  # « l'armée »
    return len(words) == 1 and (pack.has("national_body_nouns", words[0]) or pack.has("government_words", words[0]))


def _diplomatic_expulsions(facts: list[Fact]) -> list[Fact]:
    """A government expelling a foreign diplomat ("expelled a Lithuanian diplomat", « a expulsé
    le nonce ») performs a diplomatic act between states: nobody is exiled, and the ministry
    that did it is no perpetrator of a coercive act. An exile whose subjects are all described
    by the pack's `diplomatic_nouns` is no event of this registry."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind == "exile" and f.subjects:
            pack = _pack(f.lang)
            nouns = tuple(pack.words.get("diplomatic_nouns", ())) if pack is not None else ()
            if nouns and all(_described_by(p, nouns) for p in f.subjects):
                continue
        out.append(f)
    return out


def _described_by(p: Participant, nouns: tuple[str, ...]) -> bool:
    """Does the participant's name or description hold one of the nouns as a word?"""
    text = " ".join(x for x in (p.name, p.description or "") if x).casefold().replace("’", "'")
    words = re.split(r"[\s,;:()«»\"']+", text)  # « l'ambassadeur »: the elided article is no part of the noun
    return any((n in words) if " " not in n else (n in text) for n in nouns)


def _victims_are_not_targets(facts: list[Fact]) -> list[Fact]:
    """Someone the document shows as the victim of a coercive act (arrested, dissolved, freed)
    is never read as the target of a measure in that document: the worst error this registry
    can make is to list a victim beside those responsible."""
    victims = {p.norm() for f in facts if isinstance(f, EventFact) for p in f.subjects
               if p.role == "victim" and not p.is_class}
    if not victims:
        return facts
    return [replace(f, targets=tuple(p for p in f.targets if p.is_class or p.norm() not in victims))
            if isinstance(f, MeasureFact) else f for f in facts]


STATEMENT_STATUSES = ("announced", "threatened")
"""Statuses of a measure told as what someone says will or may be done: a statement's."""


def _one_statement(facts: list[Fact]) -> list[Fact]:
    """One sentence that tells what a government will or may do, once through its country and
    once through the body that speaks ("the United States will end its support to the
    commission, and the White House warned of further steps"): both are that body's statement,
    so the measure the country is said to take is announced or threatened by the body -- when
    exactly one body of that government is the named issuer of another announced or
    threatened measure of the same sentence, and that body does not administer other kinds
    only (a treasury's warning does not make the country's visa bans its own)."""
    from sanctionwatch.extract.reading import _government_of
    from sanctionwatch.extract.roles import authority_entry

    said = [f for f in facts if isinstance(f, MeasureFact) and f.status in STATEMENT_STATUSES
            and f.issuer is not None]
    if len(said) < 2:
        return facts
    out: list[Fact] = []
    for f in facts:
        entry = authority_entry(f.issuer.name) if isinstance(f, MeasureFact) and f.issuer is not None else None
        if isinstance(f, MeasureFact) and f.issuer is not None and f in said and entry is not None \
                and entry.schema == "Country":
            bodies = {g.issuer.name: g.issuer for g in said if g is not f and g.quote_start == f.quote_start
                      and g.issuer is not None and g.issuer.start is not None
                      for e in [authority_entry(g.issuer.name)] if e is not None and e.issuer
                      and e.schema not in ("Country", "Person") and _government_of(g.issuer.name) == entry.name
                      and (not e.administers or f.kind in e.administers)}
            if len(bodies) == 1:
                f = replace(f, issuer=next(iter(bodies.values())))
        out.append(f)
    return out


def _delegated_issuers(facts: list[Fact], mentions: Sequence[Mention]) -> list[Fact]:
    """"Washington barred four generals from entering" in a report that names the State
    Department: the government acts through the department the knowledge base says
    administers that kind of measure (visas: State; blocking: the Treasury), when the document
    names exactly one such department of that government; an office (an embassy) acts for the
    department above it that administers the kind."""
    from sanctionwatch.extract.roles import authority_entry, gazetteer_lookup

    named = {e.name: e for m in mentions if m.label in ("ORG", "GPE")
             for e in [gazetteer_lookup(m.name)] if e is not None}
    # a department the report names as the issuer of another act ("when Treasury blacklisted …"
    # read from the knowledge base where the name finder saw no name) is named too
    named.update({e.name: e for f in facts if isinstance(f, MeasureFact) and f.issuer is not None
                  for e in [authority_entry(f.issuer.name)] if e is not None and e.schema != "Country"})
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, MeasureFact) and f.issuer is not None:
            issuer = f.issuer
            gov = authority_entry(issuer.name)
            above = authority_entry(gov.parent) if gov is not None and gov.parent else None
            if (gov is not None and f.kind not in gov.administers and above is not None
                    and above.schema != "Country" and f.kind in above.administers):
                # an office acts for the department above it that administers the kind (an
                # embassy stops issuing visas for the State Department)
                f = replace(f, issuer=replace(issuer, name=above.name, entity_hint=above.schema))
            elif gov is not None and not gov.administers:
                deps = [e for e in named.values() if e.parent == gov.name and f.kind in e.administers]
                listed = [e for e in named.values() if e.parent == gov.name and e.instrument]
                if len(deps) == 1:
                    f = replace(f, issuer=replace(issuer, name=deps[0].name, entity_hint=deps[0].schema))
                elif (not deps and len(listed) == 1 and gov.schema == "Country" and not f.closure and not f.consequence
                      and f.kind in ("sanctions", "targeted_measures")
                      and any(not p.is_class and p.entity_hint in ("Person", "Organization") for p in f.targets)):
                    # "the US blacklisted the army chief" in a report that names the Treasury: the
                    # government lists people through the one department whose instrument that is
                    f = replace(f, kind=listed[0].instrument or f.kind,
                                issuer=replace(issuer, name=listed[0].name, entity_hint=listed[0].schema))
        out.append(f)
    return out


DATE_CARRY = 600
"""How far (characters) a measure whose sentence gives no date takes the date of the act just
told: "On Tuesday the US designated X. … Britain froze Y's property." is one day's news."""


SAME_DAY_CARRY = 4000
"""How far back "the same day" (the pack's `same_day` cue) reaches for the act whose day it is."""


def _same_day_sentences(sentences: Sequence[Sentence]) -> dict[int, int]:
    """Starts of the sentences dated by reference to the act told before them ("On the same
    day", « Le même jour »), each with the start of its paragraph: their acts take that act's
    date, whatever lies between."""
    para_start: dict[int, int] = {}
    for s in sentences:
        para_start[s.paragraph] = min(para_start.get(s.paragraph, s.start), s.start)
    out = {}
    for s in sentences:
        pack = _pack(s.lang)
        cue = pack.cue("same_day") if pack is not None else None
        if cue is not None and cue.search(s.text) is not None:
            out[s.start] = para_start[s.paragraph]
    return out


def _named_days(sentences: Sequence[Sentence], same_day: dict[int, int], doc_date: str | None,
                ) -> dict[int, tuple[str, str | None]]:
    """The day a "that same day" sentence points to when the sentence right before it in its
    paragraph writes one ("… the measures imposed on 14 October. On that day OFAC designated
    …"): the last calendar day written there, whichever act (if any) it dated."""
    from sanctionwatch.extract.temporal import find_dates

    out: dict[int, tuple[str, str | None]] = {}
    ordered = sorted(sentences, key=lambda s: s.start)
    for prev, s in zip(ordered, ordered[1:], strict=False):
        if s.start not in same_day or prev.paragraph != s.paragraph:
            continue
        days = [d for d in find_dates(prev.text, prev.lang, doc_date)  # written: its day in figures
                if d.value and d.precision == "day" and any(c.isdigit() for c in prev.text[d.start:d.end])]
        if days and days[-1].value is not None:
            out[s.start] = (days[-1].value, days[-1].precision)
    return out


SentenceDay = tuple[int, int, str, str, frozenset[str]]
"""A sentence that names one day: start, end, the day, its precision, the authorities it names."""


def _callers_polity(fact: Fact) -> Fact:
    """A call addressed to nobody by a body of a polity asks that polity to act: when members
    of a parliament call for suspending trade preferences, the union or state the parliament
    belongs to (its parent in the knowledge base) would take the measure. Only a caller the
    base knows with a parent; an NGO, a person or an unknown body leaves the issuer empty."""
    from sanctionwatch.extract.roles import authority_entry

    if not isinstance(fact, MeasureFact) or fact.status != "called_for" or fact.issuer is not None:
        return fact
    parents = set()
    for c in fact.callers:
        entry = authority_entry(c.name)
        if entry is None or not entry.parent:
            return fact
        parents.add(entry.parent)
    if len(parents) != 1:
        return fact
    return replace(fact, issuer=Participant(parents.pop(), "issuer", "PublicBody", None, None, None))


def _with_parents(name: str) -> set[str]:
    """An authority and the bodies above it in the knowledge base (OFAC: the Treasury, the
    United States), as the base names them; empty when the base does not know it."""
    from sanctionwatch.extract.roles import authority_entry

    out: set[str] = set()
    entry = authority_entry(name)
    while entry is not None and entry.name not in out:
        out.add(entry.name)
        entry = authority_entry(entry.parent) if entry.parent else None
    return out


def _sentence_days(sentences: Sequence[Sentence], mentions: Sequence[Mention],
                   doc_date: str | None) -> list[SentenceDay]:
    """The sentences that name one day (`temporal.sentence_day`), with the authorities they
    name (and those above them): whose news that day is."""
    from sanctionwatch.extract.roles import find_institutions

    out = []
    for s in sentences:
        day = sentence_day(s.text, s.lang, doc_date, dateline_lead(s.text))
        if day is None:
            continue
        inside = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        names = {m.name for m in inside if m.label in ("ORG", "GPE")}
        names |= {name for _a, _b, name, _schema in find_institutions(s.text)}
        authorities = frozenset(n for name in names for n in _with_parents(name))
        if not authorities and date_line(s.text, s.lang, doc_date):
            authorities = frozenset({DATE_LINE_MARK})  # "@desk · 26 Feb 2021": the post's day
        elif not authorities and not inside and _ends_a_sentence(s.text):
            # "The warning came true last Wednesday.": a day and no name, the news the next
            # sentence tells (taken only right before it, when it tells no act of its own)
            authorities = frozenset({BARE_DAY_MARK})
        out.append((s.start, s.end, *day, authorities))
    return out


def _ends_a_sentence(text: str) -> bool:
    """Does `text` end as a sentence of prose does (a full stop, a question or exclamation
    mark, the pack-independent end marks of the scripts read)? Titles and headlines do not."""
    return bool(re.search(r"[.!?។…][\s\"'»”’)\]]*$", text.strip()))


DATE_LINE_MARK = "\x00date line"
SAME_SENTENCE_STATUSES = frozenset({"imposed", "announced", "threatened"})
"""Statuses of acts that one sentence tells on one day (a call is dated by whoever makes it)."""
BARE_DAY_MARK = "\x00bare day"
BARE_DAY_GAP = 3
"""Most characters between a sentence naming only a day and the next sentence it dates."""


def _acting(f: MeasureFact) -> set[str]:
    """The authorities who act or ask in a measure, with the bodies above them."""
    names = ([f.issuer.name] if f.issuer is not None else []) + [p.name for p in f.callers]
    return {n for name in names for n in _with_parents(name)}


def _dates_carry(facts: list[Fact], same_day: dict[int, int] | None = None,
                 days: Sequence[SentenceDay] = (), headlines: frozenset[int] = frozenset(),
                 named: dict[int, tuple[str, str | None]] | None = None) -> list[Fact]:
    """Undated measures take the date of the act just told (same status, DATE_CARRY), or of
    a sentence just before that names one day and the same authority ("The US and Britain on
    Tuesday moved against X. In Washington, the Treasury blacklisted …"), whichever is told
    last; "the same day" the day of the act before. A headline (`headlines`: sentence starts)
    takes no date line's day: it tells the body's act, whose day the body gives."""
    same_day, named = same_day or {}, named or {}
    acts_told = {f.quote_start for f in facts}
    out: list[Fact] = []
    last: MeasureFact | None = None  # the last dated act the passage tells
    told: MeasureFact | None = None  # the last dated act named at all, a recalled one included
    before: tuple[int, MeasureFact | None, MeasureFact | None] = (-1, None, None)  # as the sentence began
    for f in sort_facts(facts):
        if isinstance(f, MeasureFact):
            if f.quote_start != before[0]:
                before = (f.quote_start, told, last)
            _, told0, last0 = before
            if (f.quote_start in same_day and f.date is not None and told0 is not None and told0.recalled
                    and told0.date == f.date and told0.quote_start < same_day[f.quote_start]
                    and last0 is not None and last0.date and 0 <= _gap(last0, f) <= SAME_DAY_CARRY):
                # its sentence read "the same day" as the day last written, a recalled act's
                # in the paragraph before: the day of the act the passage tells (below)
                f = replace(f, date=last0.date, date_precision=last0.date_precision)
            if f.date is None and not f.standing and f.quote_start in named:
                f = replace(f, date=named[f.quote_start][0], date_precision=named[f.quote_start][1])
            elif f.date is None and not f.standing:  # a measure still in force keeps no passage's date
                day = told
                if day is not None and day.recalled and f.quote_start in same_day \
                        and day.quote_start < same_day[f.quote_start]:
                    # past the paragraph that recalls an earlier act, "the same day" is the
                    # day of the act the passage tells (« Ces inscriptions s'ajoutent à
                    # l'interdiction décidée le 4 juin. ¶ Les Européens n'ont pas agi seuls.
                    # Le même jour, … »)
                    day = last
                if f.quote_start in same_day and day is not None and day.date and 0 <= _gap(day, f) <= SAME_DAY_CARRY:
                    # "On that day, OFAC designated …" after "the measures Washington imposed on
                    # 14 October": the day just named, a recalled act's included
                    f = replace(f, date=day.date, date_precision=day.date_precision)
                else:
                    told_day = [d for d in days if d[1] <= f.quote_start and f.quote_start - d[1] <= DATE_CARRY
                                and (last is None or d[0] > last.quote_start)
                                # a day before the last act told is a flashback ("since protests
                                # broke out on 18 April"), not the news of the sentences after it
                                and (last is None or not last.date or d[2] >= last.date[:len(d[2])])
                                and ((DATE_LINE_MARK in d[4] and f.quote_start not in headlines)
                                     or (BARE_DAY_MARK in d[4] and f.quote_start not in headlines
                                         and f.quote_start - d[1] <= BARE_DAY_GAP
                                         and d[0] not in acts_told)
                                     or d[4] & _acting(f))]
                    if told_day:
                        f = replace(f, date=told_day[-1][2], date_precision=told_day[-1][3])
                    elif (last is not None and last.date and 0 <= _gap(last, f) <= DATE_CARRY
                            and (f.status == last.status or (_gap(last, f) == 0 and f.status in SAME_SENTENCE_STATUSES
                                                             and last.status in SAME_SENTENCE_STATUSES))):
                        # "… will stop its support, and the White House warned of further steps":
                        # what one sentence announces and threatens is that day's news
                        f = replace(f, date=last.date, date_precision=last.date_precision)
            if f.date:
                told = f
                if not f.recalled:  # a recalled act's date is not the passage's
                    last = f
        out.append(f)
    return out


def _gap(before: MeasureFact, f: MeasureFact) -> int:
    """Characters from the end of `before` to `f`; 0 for two acts of one sentence."""
    return 0 if f.quote_start == before.quote_start else f.quote_start - before.quote_end


PERSONAL_KINDS = frozenset({"visa_restriction", "asset_freeze", "sdn_designation", "targeted_measures"})
"""Measures that list people and companies: no sanctioning authority is ever their target
(a country can be the target of an arms embargo or a trade measure, not of a visa ban)."""


def _authorities_are_not_targets(facts: list[Fact]) -> list[Fact]:
    """"Washington", "the EU", "the State Department" read as the target of a designation
    ("entry into the United States", « les entreprises de l'UE ») are where the measure
    applies or who imposes it: a body the knowledge base knows as a sanctioning authority, or
    a country, is no target of a personal measure."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    def authority(p: Participant) -> bool:
        if p.is_class:
            return False
        if p.entity_hint == "Country":  # "Burma": where the people are, not who is listed
            return True
        entry = gazetteer_lookup(p.name)
        return entry is not None and entry.issuer and entry.schema != "Person"

    def body(p: Participant) -> bool:  # "subject to EU and UK sanctions": the EU imposes, a country may be hit
        entry = None if p.is_class or p.entity_hint == "Country" else gazetteer_lookup(p.name)
        return entry is not None and entry.issuer and entry.schema not in ("Person", "Country")

    return [replace(f, targets=tuple(p for p in f.targets if not (authority(p) if f.kind in PERSONAL_KINDS else body(p))))
            if isinstance(f, MeasureFact) else f for f in facts]


# --------------------------------------------------------------------------------------------
# Known bodies
# --------------------------------------------------------------------------------------------


def _canonical(p: Participant) -> Participant:
    """An issuer or caller the actor knowledge base knows, under its canonical name, so that
    "the State Department", "Department of State" and "le département d'État" are one issuer
    (the span keeps what the text wrote)."""
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(p.name)
    if entry is None:
        from sanctionwatch.kb.actors import issuing_body_of

        body = issuing_body_of(p.name)  # "FinCEN": a unit acts for the department it belongs to
        entry = authority_entry(body.name) if body is not None else None
    if entry is None or entry.schema == "Person":
        return p
    return replace(p, name=entry.name, entity_hint=entry.schema)


def _canonical_bodies(fact: Fact) -> Fact:
    if isinstance(fact, MeasureFact):
        return replace(fact, issuer=_canonical(fact.issuer) if fact.issuer else None,
                       callers=tuple(_canonical(c) for c in fact.callers))
    return fact


MIN_SHORT_FORM = 4
"""Letters a body's short form needs ("Union", "Council"): shorter words are too common."""


def _head_word(name: str) -> str:
    """The noun a body's name is built on: the first word when a lower-case word follows it
    ("Council of the European Union", « Union européenne »), else the last ("European Union")."""
    words = name.split()
    if not words:
        return ""
    return (words[0] if any(w[:1].islower() for w in words[1:]) else words[-1]).casefold()


def _short_form_issuer(fact: Fact, mentions: Sequence[Mention]) -> Fact:
    """An issuer written as one word of a body named in full earlier in the report ("l'Union"
    after « l'Union européenne », "the Council" after "the Council of the EU"): that body, when
    exactly one authority the knowledge base knows, named before, has the word in its name."""
    from sanctionwatch.extract.roles import authority_entry

    if not isinstance(fact, MeasureFact) or fact.issuer is None or fact.issuer.start is None:
        return fact
    words = fact.issuer.name.split()
    if len(words) != 1 or len(words[0]) < MIN_SHORT_FORM or not words[0][:1].isupper() \
            or authority_entry(fact.issuer.name) is not None:
        return fact
    word = words[0].casefold()
    bodies = {e.name: e for m in mentions if m.end <= fact.issuer.start and m.label in ("ORG", "GPE")
              for e in [authority_entry(m.name)] if e is not None and e.issuer and e.schema != "Person"
              and word in (_head_word(m.name), _head_word(e.name))}
    if len(bodies) != 1:
        return fact
    body = next(iter(bodies.values()))
    return replace(fact, issuer=replace(fact.issuer, name=body.name, entity_hint=body.schema))


# --------------------------------------------------------------------------------------------
# Reference
# --------------------------------------------------------------------------------------------


def _antecedents(offset: int, mentions: Sequence[Mention], label: str, n: int,
                 exclude: set[str]) -> list[Mention]:
    out: list[Mention] = []
    names: set[str] = set()
    for m in reversed(mentions):
        if m.end > offset or m.label != label or m.name in exclude or m.name in names:
            continue
        out.append(m)
        names.add(m.name)
        if len(out) == n:
            break
    return out


def _last_institution(offset: int, mentions: Sequence[Mention]) -> Mention | None:
    """The nearest institution named before `offset` that the knowledge base knows as one
    that can act (a ministry, a council, a government)."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    for m in reversed(mentions):
        if m.end <= offset and m.label in ("ORG", "GPE"):
            entry = gazetteer_lookup(m.name)
            if entry is not None and entry.issuer and entry.schema != "Person":
                return m
    return None


def _last_government(offset: int, mentions: Sequence[Mention]) -> str | None:
    """The government a description ("the administration", « le gouvernement ») stands for: the
    country of the nearest authority named before it that the knowledge base places in a
    country (the country itself, one of its departments, its capital) or of a head of state or
    government it knows. An alliance ("the EU") has no government: none then."""
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.kb.actors import leader, load_kb

    countries = {a.name: a for a in load_kb().actors if a.kind == "country"}
    by_code = {a.country: a for a in countries.values()}
    for m in reversed(mentions):
        if m.end > offset or m.label not in ("ORG", "GPE", "PER"):
            continue
        if m.label == "PER":
            person = leader(m.name)
            if person is not None and person.country in by_code:
                government = authority_entry(by_code[person.country].name)
                return government.name if government is not None else None
            continue
        entry = authority_entry(m.name)
        if entry is None or not entry.issuer or entry.schema == "Person":
            continue
        top = entry
        for _ in range(4):  # a department's government: the parent chain up to a country
            if top.schema == "Country" or not top.parent:
                break
            up = authority_entry(top.parent)
            if up is None:
                break
            top = up
        return top.name if top.schema == "Country" else None
    return None


LEADER_DISTANCE = 2000
"""How far back "the president" reaches for the head of state or government it stands for."""


def _last_leader(offset: int, mentions: Sequence[Mention], between: Callable[[int, int], str] | None,
                 pack: LanguagePack | None) -> Mention | None:
    """The person a bare leader's title ("the president", « le président ») stands for: the
    nearest person named before it in the passage whom the knowledge base knows as a head of
    state or government, or whom the text titles as one (`extract.leaders`)."""
    from sanctionwatch.extract.leaders import is_leader
    from sanctionwatch.kb.actors import leader

    for m in reversed(mentions):
        if m.end > offset or m.label != "PER":
            continue
        if offset - m.end > LEADER_DISTANCE:
            return None
        before = between(max(0, m.start - 40), m.start) if between is not None else ""
        if leader(m.name) is not None or (pack is not None and is_leader(m.name, before, pack)):
            return m
    return None


REFERENCE_DISTANCE = 300
COUNTED_DISTANCE = 1500
"""How far back "all four" may reach for the four people it counts."""


def _last_body(offset: int, mentions: Sequence[Mention]) -> Mention | None:
    """The nearest organisation or country named before `offset`, in the same passage."""
    for m in reversed(mentions):
        if m.end <= offset and m.label in ("ORG", "GPE"):
            return m if offset - m.end <= REFERENCE_DISTANCE else None
    return None
"""A pronoun target ("lui interdire …") takes a name from the same or the previous sentence only."""


def _authority(name: str) -> bool:
    """Does the knowledge base know `name` as a body or government that can impose measures?"""
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(name)
    return entry is not None and entry.issuer and entry.schema != "Person"


def _short_form_targets(fact: Fact, mentions: Sequence[Mention]) -> Fact:
    """A target written as a bare family name the name finder did not tag ("Murillo herself
    has been under US sanctions") is the one person of the report whose full name ends so:
    the phrase must be that name with at most pronouns and determiners around it, and exactly
    one person named earlier in the report may carry it."""
    if not isinstance(fact, MeasureFact) or not any(p.is_class for p in fact.targets):
        return fact
    pack = _pack(fact.lang or "")
    if pack is None:
        return fact
    groups = ("determiners", *(f"pronouns_{g}" for g in PRONOUN_GROUPS))
    have = {p.norm() for p in fact.targets if not p.is_class}
    out: list[Participant] = []
    for p in fact.targets:
        words = (p.description or p.name).split()
        caps = [w for w in words if w[:1].isupper()]
        rest = [w for w in words if not w[:1].isupper()]
        if not p.is_class or len(caps) != 1 or any(not any(pack.has(g, w) for g in groups) for w in rest):
            out.append(p)
            continue
        at = p.start if p.start is not None else fact.quote_start
        people = {m.name for m in mentions if m.label == "PER" and m.end <= at and len(m.name.split()) >= 2
                  and m.name.split()[-1].casefold() == caps[0].casefold()}
        if len(people) != 1 or next(iter(people)).casefold() in have:
            out.append(p)
            continue
        name = next(iter(people))
        out.append(Participant(name, p.role, "Person", None, p.start, p.end))
    return replace(fact, targets=tuple(out))


def _text_between(ordered: Sequence[Sentence]) -> Callable[[int, int], str]:
    """The document's text between two offsets, from its sentences (gaps as spaces)."""
    def between(lo: int, hi: int) -> str:
        return " ".join(s.text[max(lo, s.start) - s.start:min(hi, s.end) - s.start]
                        for s in ordered if s.end > lo and s.start < hi)
    return between


def _another_group_between(fact: Fact, found: list[Mention], offset: int, between: Callable[[int, int], str]) -> bool:
    """Is a counted group of another size named between the names and a plural pronoun ("Min
    Aung Hlaing had ordered the release of the seven soldiers … Sentenced to ten years, they
    …")? Then "they" are that group, not the names before it."""
    pack = _pack(fact.lang or "")
    if pack is None or not found:
        return False
    need = counted_classes(between(max(m.end for m in found), offset), pack)
    return need.PER > 0 and need.PER != len(found)


def _women(mentions: Sequence[Mention], between: Callable[[int, int], str] | None,
           pack: LanguagePack | None) -> set[str]:
    """Names the report titles as a woman's somewhere ("អ្នកស្រី ទេព វន្នី", "Mrs X"): a
    title of the pack's `pronouns_female` or `titles_female` right before one of its mentions."""
    if between is None or pack is None:
        return set()
    titles = tuple(pack.words.get("pronouns_female", ())) + tuple(pack.words.get("titles_female", ()))
    if not titles:
        return set()
    out: set[str] = set()
    for m in mentions:
        if m.label != "PER" or m.name in out:
            continue
        before = between(max(0, m.start - 16), m.start).rstrip().rstrip(".").casefold()
        if any(before.endswith(t) and (not pack.spaced or before[:-len(t)][-1:] in ("", " "))
               for t in titles) or any(m.name.casefold().startswith(t) for t in titles):
            out.add(m.name)
    return out


def _owns_title(m: Mention, between: Callable[[int, int], str], pack: LanguagePack | None) -> bool:
    """Is the name the owner of another person's title ("Sergei Menyailo, Vladimir Putin's
    envoy", "the president's spokesman")? It describes that person; a pronoun that stands for
    the people a measure hits never stands for it. Owning assets is no title ("X's assets")."""
    owned = owned_word(between(m.start, m.end), between(m.end, m.end + 40), pack)
    return owned is not None and pack is not None and owned[:1].islower() and not pack.has("asset_nouns", owned.strip(",.;:"))


def _event_patients(fact: EventFact, word: str, offset: int, story: Story, present: set[str],
                    between: Callable[[int, int], str] | None) -> list[str]:
    """Who a pronoun or group word that underwent an event stands for (see
    `extract.antecedents`): one person for "he", « elle »; a group for "they", "both", "all
    four"."""
    pack = _pack(fact.lang or "")
    if word == "person":
        said = between(offset, offset + 24).split()[:1] if between is not None else []
        one = person_antecedent(story, offset, word_gender(said[0], pack) if said else None, present)
        return [one] if one is not None else []
    if word in ("plural", "both") or (word.startswith("count") and word[5:].isdigit()):
        n = None if word == "plural" else 2 if word == "both" else int(word[5:])
        return group_antecedents(story, offset, n, present)
    return []


def _resolve_references(fact: Fact, mentions: Sequence[Mention],
                        between: Callable[[int, int], str] | None = None, counts: bool = True,
                        speakers: frozenset[str] | set[str] = frozenset(), story: Story | None = None) -> Fact:
    """Pronoun and counted slots filled from the names before them; a counted target ("all
    four") waits (`counts` False) for the list of a measure before it, and is never one of
    the report's quoted speakers or callers. Who underwent an event waits for the `story`
    (every fact read), and is read by `extract.antecedents`."""
    if not fact.unresolved:
        return fact
    present = {p.name for p in fact.participants()}
    filled: dict[str, list[Participant]] = {}
    left = []
    for item in fact.unresolved:
        slot, rest = item.split(":", 1)
        word, at = rest.rsplit("@", 1)
        offset = int(at)
        if slot == "agent" and word == "commander" and isinstance(fact, EventFact):
            # "under his command": the possessive of a command stands for the one person
            # named last before it in the passage -- no one the act befell, no quoted speaker
            # of another sentence
            commander = [m for m in _antecedents(offset, mentions, "PER", 1, present)
                         if offset - m.end <= REFERENCE_DISTANCE]
            if commander:
                filled.setdefault("agent", []).append(
                    Participant(commander[0].name, "agent", "Person", None, None, None,
                                (commander[0].start, commander[0].end)))
            else:
                left.append(item)
            continue
        if slot == "agent" or (slot == "target" and word.startswith("count") and not counts):
            left.append(item)  # an accusation never rests on a pronoun
            continue
        if isinstance(fact, EventFact) and slot == "patient" and word.startswith("this="):
            # "this radio": the last body named before with that kind's word
            body = _named_body_of_kind(offset, mentions, word[len("this="):], between)
            if body is not None:
                filled.setdefault(slot, []).append(
                    Participant(body.name, slot, HINTS.get(body.label, "Organization"), None, None, None,
                                (body.start, body.end)))
            else:
                left.append(item)
            continue
        if isinstance(fact, EventFact) and slot == "patient" and word not in ("female", "accused"):
            names = _event_patients(fact, word, offset, story, present, between) if story is not None else None
            if names:
                filled.setdefault(slot, []).extend(
                    Participant(n, slot, "Person", None, None, None) for n in names)
            else:
                left.append(item)
            continue
        if slot == "issuer" and word == "government":  # "urged the administration to …"
            gov = _last_government(offset, mentions)
            if gov is not None:
                filled.setdefault("issuer", []).append(Participant(gov, "issuer", "Country", None, None, None))
            else:
                left.append(item)
            continue
        if slot == "issuer" and word == "leader":  # "called on the president to …"
            head = _last_leader(offset, mentions, between, _pack(fact.lang or ""))
            if head is not None:
                filled.setdefault("issuer", []).append(
                    Participant(head.name, "issuer", "Person", None, None, None, (head.start, head.end)))
            else:
                left.append(item)
            continue
        if slot == "issuer":  # "we suspended", "Canada said it may …": the body just named
            body = _last_institution(offset, mentions) if word == "self" else _last_body(offset, mentions)
            if body is not None and word != "self" and not _authority(body.name):
                body = None  # "Pour la MOGE, cela signifie le gel de ses fonds": a company imposes nothing
            if body is not None:
                issuer_fill = Participant(body.name, "issuer", "Organization", None, None, None)
                filled.setdefault("issuer", []).append(issuer_fill)
                continue
        pool = mentions
        if slot == "target" and between is not None:  # "A, Vladimir Putin's envoy": A is listed, not Putin
            pool = [m for m in mentions if not _owns_title(m, between, _pack(fact.lang or ""))]
        if word == "person":  # the pack's pronoun group (extract.reading.PRONOUN_GROUPS)
            found = _antecedents(offset, pool, "PER", 1, present)
        elif word == "accused":  # "the suspect": the person extract.accused_references put there
            found = [m for m in mentions if m.start == offset and m.label == "PER" and m.name not in present][:1]
        elif word == "female":  # « អ្នកស្រី »: the nearest name the report titles as a woman's
            women = _women(mentions, between, _pack(fact.lang or ""))
            found = _antecedents(offset, [m for m in mentions if m.name in women], "PER", 1, present)
        elif word in ("plural", "both"):
            found = _antecedents(offset, pool, "PER", 2, present)
            if word == "plural" and between is not None and _another_group_between(fact, found, offset, between):
                found = []
        elif word.startswith("count") and word[5:].isdigit():  # "all four": exactly that many
            n = int(word[5:])
            found = _antecedents(offset, pool, "PER", n, present | (set(speakers) if slot == "target" else set()))
            found = found if len(found) == n and offset - found[-1].end <= COUNTED_DISTANCE else []
        else:
            found = []
        found = [m for m in found if offset - m.end <= REFERENCE_DISTANCE or slot != "target"
                 or word.startswith("count")]
        if not found:
            left.append(item)
            continue
        filled.setdefault(slot, []).extend(
            Participant(m.name, slot, HINTS.get(m.label, "Organization"), None, None, None, (m.start, m.end))
            for m in found)
    if isinstance(fact, MeasureFact):
        targets = fact.targets + tuple(replace(p, role="target") for p in filled.get("target", []))
        issuer = fact.issuer or next(iter(filled.get("issuer", [])), None)
        return replace(fact, targets=targets, issuer=issuer, unresolved=tuple(left))
    coercive = vocab.EVENT_KINDS[fact.kind].coercive
    # two references to one person ("he … his sentence") fill one place, not two
    subjects = fact.subjects + tuple(replace(p, role="victim" if coercive else "participant")
                                     for p in _once(filled.get("patient", []), fact.subjects))
    actors = fact.actors + tuple(replace(p, role="perpetrator" if coercive else "participant")
                                 for p in _once(filled.get("agent", []), fact.actors))
    return replace(fact, subjects=subjects, actors=actors, unresolved=tuple(left))


KIND_REACH = 3
"""Characters between a kind's word and the name it precedes ("វិទ្យុ VOD", radio VOD)."""


def _named_body_of_kind(offset: int, mentions: Sequence[Mention], noun: str,
                        between: Callable[[int, int], str] | None) -> Mention | None:
    """The last organisation named before `offset` whose name begins with the kind's word
    ("វិទ្យុអាស៊ីសេរី", Radio Free Asia) or that the word stands right before ("វិទ្យុ VOD"),
    within the reference distance."""
    for m in reversed(mentions):
        if m.end > offset or m.label != "ORG":
            continue
        if offset - m.end > REFERENCE_DISTANCE * 4:
            break
        before = between(max(0, m.start - len(noun) - KIND_REACH), m.start).strip() if between is not None else ""
        if m.name.startswith(noun) or before.endswith(noun):
            return m
    return None


def _once(found: list[Participant], had: Sequence[Participant]) -> list[Participant]:
    """The participants of `found` whose name neither `had` nor an earlier one of them holds."""
    seen = {p.name for p in had}
    out = []
    for p in found:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


# --------------------------------------------------------------------------------------------
# Issuers and completeness
# --------------------------------------------------------------------------------------------


CARRY_DISTANCE = 600
"""How far (characters) an issuer carries to a measure whose sentence names none: the same or
the next sentences of one passage, not the rest of the report."""


def _carry_issuers(facts: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    last: MeasureFact | None = None
    for f in facts:
        if isinstance(f, MeasureFact):
            if f.issuer is None and f.status in ("imposed", "announced", "lifted", "threatened"):
                default = vocab.KIND_DEFAULT_ISSUER.get(f.kind)
                # the kind's usual issuer only for an act that names whom or when: "A 7031(c)
                # designation is a visa measure" talks about the kind
                own = bool(f.targets or f.date or f.unresolved)
                near = last is not None and (f.standing or f.quote_start - last.quote_end < CARRY_DISTANCE)
                ahead = _next_issued(facts, f) if last is None and own else None
                if last is not None and last.issuer is not None and near and _can_impose(last.issuer.name, f.kind):
                    f = replace(f, issuer=replace(last.issuer, start=None, end=None), confidence=f.confidence * 0.8)
                elif ahead is not None and ahead.issuer is not None and _can_impose(ahead.issuer.name, f.kind):
                    # a headline before its report ("Designation of Army Commander …"): the act
                    # the report opens with, by whoever the report says acted
                    f = replace(f, issuer=replace(ahead.issuer, start=None, end=None), confidence=f.confidence * 0.8)
                elif own and default is not None:
                    f = replace(f, issuer=Participant(default, "issuer", "PublicBody", None, None, None))
            if f.issuer is not None and f.issuer.start is not None:
                last = f
            f = _refine_kind(f)
        out.append(f)
    return out


def _next_issued(facts: list[Fact], f: MeasureFact) -> MeasureFact | None:
    """The first measure after `f` within CARRY_DISTANCE whose own sentence names its issuer."""
    for g in facts:
        if isinstance(g, MeasureFact) and g.quote_start >= f.quote_end and g.issuer is not None \
                and g.issuer.start is not None and g.quote_start - f.quote_end < CARRY_DISTANCE:
            return g
    return None


def _can_impose(issuer: str, kind: str) -> bool:
    """May the act just told lend its issuer to a measure of `kind`? Not when the knowledge base
    says that body administers other kinds and another body administers this one: "The
    listings were part of a wider package" after a visa ban by the State Department is the
    Treasury's designation told again, not the State Department's."""
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(issuer)
    if entry is None or not entry.administers or kind in entry.administers:
        return True
    # a department that administers other kinds lends itself only to a generic act ("the
    # sanctions"), never to an instrument nobody said it holds (the Treasury suspends no
    # export licences)
    return kind in ("sanctions", "targeted_measures")


def _refine_kind(f: MeasureFact) -> MeasureFact:
    """A generic "sanctions" on people by an authority with one instrument for them is that
    instrument (the knowledge base's `instrument`: the Treasury's sanctions are SDN
    designations, the EU's are restrictive measures); so are its measures against a class of
    companies or entities, which it lists the same way. Sanctions on a country or a sector, or
    with no target named, stay generic."""
    from sanctionwatch.extract.roles import authority_entry

    if f.issuer is None or f.kind not in ("sanctions", "targeted_measures") or f.closure or f.consequence:
        # an airspace closed to a country's airlines is no listing of the airlines, nor a bank
        # cut off from a financial system (what the act does, not which instrument it is)
        return f
    for kind, issuer in vocab.KIND_DEFAULT_ISSUER.items():
        if vocab.issuer_is(f.issuer.name, issuer):
            return replace(f, kind=kind)
    entry = authority_entry(f.issuer.name)
    regime = _own_regime(entry)
    if f.kind == "targeted_measures" and regime is not None and regime != f.kind:
        # "Washington added X to its list": the EU's instrument is not what an authority with a
        # listing regime of its own (the US, whose Treasury keeps the SDN list) lists people by
        return replace(f, kind=regime)
    pack = _pack(f.lang or "")
    people = [p for p in f.targets if p.entity_hint in ("Person", "Organization") or (
        p.is_class and pack is not None and any(
            pack.has("person_class_nouns", w) or pack.has("org_class_nouns", w)
            for w in (p.description or p.name).split()))]
    if entry is not None and entry.instrument and people and f.kind != entry.instrument:
        return replace(f, kind=entry.instrument)
    return f


def _has_instrument(entry: vocab.GazetteerEntry | None, kind: str) -> bool:
    """Does the knowledge-base entry, or one of its parents, name `kind` as its instrument?"""
    from sanctionwatch.extract.roles import authority_entry

    seen: set[str] = set()
    while entry is not None and entry.name not in seen:
        if entry.instrument == kind:
            return True
        seen.add(entry.name)
        entry = authority_entry(entry.parent) if entry.parent else None
    return False


REGIME_KINDS = frozenset({"sdn_designation", "targeted_measures"})
"""Measure kinds named after one authority's listing regime (OFAC's list, the EU's restrictive
measures)."""


def _own_regime(entry: vocab.GazetteerEntry | None) -> str | None:
    """The listing regime of an authority in the knowledge base: its own instrument or a
    parent's, else the one regime its own bodies keep (the United States: the Treasury's SDN
    list). None when the base names none, or several."""
    from sanctionwatch.extract.roles import authority_entry

    seen: set[str] = set()
    node = entry
    while node is not None and node.name not in seen:
        if node.instrument in REGIME_KINDS:
            return node.instrument
        seen.add(node.name)
        node = authority_entry(node.parent) if node.parent else None
    if entry is None:
        return None
    kept = {b.instrument for b in vocab.INSTITUTIONS if b.parent == entry.name and b.instrument in REGIME_KINDS}
    return next(iter(kept)) if len(kept) == 1 else None


def _complete(fact: Fact) -> bool:
    if isinstance(fact, MeasureFact):  # nobody with the power to act: no measure, no target
        return not (fact.issuer is None and fact.status in ("imposed", "announced", "lifted", "threatened"))
    if fact.kind in ("election", "legislation") or fact.negated:
        return True  # "no one has been tried over his death" says something with nobody in it
    # a pronoun waiting for the story ("Should she be convicted …") may yet name who
    return bool(fact.actors or fact.subjects or fact.date or any(u.startswith("patient:") for u in fact.unresolved))


# --------------------------------------------------------------------------------------------
# One fact per act
# --------------------------------------------------------------------------------------------


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _issuers_agree(a: Participant | None, b: Participant | None) -> bool:
    """One issuer, or a body and the union or country it belongs to ("the Council" and "the EU",
    "America" and "the Treasury" telling one act): the knowledge base's parent. Two
    governments never agree."""
    if a is None or b is None or a.norm() == b.norm():
        return True
    from sanctionwatch.extract.roles import authority_entry

    ea, eb = authority_entry(a.name), authority_entry(b.name)
    if ea is None or eb is None or (ea.schema == "Country" and eb.schema == "Country"):
        return False
    # a body and its union, or a country and one of its own bodies (a headline's "America
    # sanctions X" over the body's "the Treasury designated X")
    return ea.parent == eb.name or eb.parent == ea.name


def _period(date: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date at its precision ("2019", "2019-12", "2019-12-10")."""
    try:
        parts = [int(x) for x in date.split("-")[:3]]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        day = dt.date(*parts)
        return day, day
    except ValueError:
        return None


NEWS_WINDOW = 62
"""Days around the report's own date within which an act told without a date may be the act a
dated sentence tells: "Treasury sanctioned X" in a report of October is not the same act as
"Treasury, in September 2024, sanctioned Y" a year before."""


def _news_of(date: str | None, doc_date: str | None) -> bool:
    """Can a dated act be the report's undated news? Yes unless both dates are known and the
    act's period lies wholly outside NEWS_WINDOW days of the report's date."""
    if date is None or doc_date is None:
        return True
    act, ref = _period(date), _period(doc_date)
    if act is None or ref is None:
        return True
    window = dt.timedelta(days=NEWS_WINDOW)
    return act[1] >= ref[0] - window and act[0] <= ref[1] + window


def _told_date(f: MeasureFact) -> str | None:
    """The date the text gives the act: not the report's own date lent to a demand its sentence
    does not date (a headline's call is the body's call of the day before)."""
    return None if f.report_dated else f.date


def _absorbs(big: MeasureFact, small: MeasureFact, doc_date: str | None = None) -> bool:
    if big.status != small.status or not _issuers_agree(big.issuer, small.issuer):
        return False
    if big.quote_start == small.quote_start and big.recalled != small.recalled:
        return False  # « ces inscriptions s'ajoutent à l'interdiction décidée le 4 juin »: two acts
    if (big.issuer is None or small.issuer is None) and abs(big.quote_start - small.quote_start) > CARRY_DISTANCE:
        return False
    if not _dates_agree(_told_date(big), _told_date(small)):
        return False
    if (big.date is None) != (small.date is None) and big.quote_start != small.quote_start \
            and not _news_of(big.date or small.date, doc_date):
        return False  # an earlier act recalled with its own date is not the report's news
    if _other_authorities(big, small):
        return False  # "X was in addition designated under E.O. 13382": a second listing
    if small.kind == big.kind:
        return not _separate_demands(big, small) and not _other_round(big, small)
    # another kind is the same act only when it says what that act does ("property … is
    # blocked" after a designation), is read from the same sentence, or restates it for the
    # same people a few sentences on ("Their assets are frozen", « Il leur est interdit
    # d'entrer … », a headline's "sanctions" over the body's restrictive measures)
    if small.kind not in IMPLIED.get(big.kind, frozenset()):
        return False
    if small.quote_start == big.quote_start and big.date and small.date and big.date != small.date:
        return False  # « sanctionnent depuis 2018 …, dont les avoirs sont gelés depuis novembre 2018 »: two acts
    if _separate_demands(big, small):
        return False
    if small.quote_start == big.quote_start and _other_people(big, small):
        return False  # "designated seven entities and expanded the sanctions on Russia": two acts
    named_big = {p.norm() for p in big.targets if not p.is_class}
    named_small = {p.norm() for p in small.targets if not p.is_class}
    own_names = named_small - named_big
    if small.consequence and small.quote_start != big.quote_start and own_names and \
            small.legal_basis and small.legal_basis != big.legal_basis:
        # "FinCEN finalised a rule under section 311 that cuts Huione off from the US financial
        # system", a sentence after a designation of others: a consequence under an instrument
        # of its own, for people of its own, is another act, not what the designation does
        return False
    if small.consequence or small.quote_start == big.quote_start:
        return True
    if _bare_mention(small) and big.issuer is not None and small.issuer is not None:
        return True  # "Until now London only applied sanctions …": the report's act named again
    # (an authority's act told again without names, "The designations were made under E.O.
    # 13818", takes them; a call names its own people)
    told_again = not named_big and big.status != "called_for" and big.issuer is not None and small.issuer is not None
    # a headline's people all named again by the body, which names more ("… sanction six
    # Kremlin insiders" over "froze the assets of A, B, … and a research institute"): one act
    fuller = bool(named_big) and named_big <= named_small
    return (not own_names or told_again or fuller) and abs(small.quote_start - big.quote_start) <= RESTATE_DISTANCE


def _bare_mention(f: MeasureFact) -> bool:
    """A generic measure (the kind every other kind implies, "sanctions") told with no target,
    no date and no numbered legal basis: it names no act of its own, and the same issuer's act
    of a kind that implies it, anywhere in the report, is what it speaks of."""
    return (f.kind == GENERIC_KIND and not f.targets and f.date is None and not _numbers(f.legal_basis)
            and f.demand_verb is None)


GENERIC_KIND = "sanctions"


def _alongside(a: MeasureFact, b: MeasureFact, alongside: frozenset[int]) -> bool:
    """Two acts of one day: a sentence that tells its act as happening "on the same day" as
    the act of another sentence, and names people that act does not name ("On the same day,
    FinCEN finalised a rule that cuts Huione Group off …" after "OFAC blacklisted 146 people
    …"), tells a second act, not what the first does."""
    if a.quote_start == b.quote_start:
        return False
    names = {f.quote_start: {p.norm() for p in f.targets if not p.is_class} for f in (a, b)}
    return any(names[f.quote_start] - names[g.quote_start] for f, g in ((a, b), (b, a)) if f.quote_start in alongside)


def _numbers(basis: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"\d{3,}", basis or ""))


def _other_authorities(a: MeasureFact, b: MeasureFact) -> bool:
    """Two acts, each under a numbered authority of its own ("designated pursuant to E.O.
    13661" … "was in addition designated under E.O. 13382"): a listing under another order
    is another act, even of the same day, issuer and people. A basis without a number
    ("Global Magnitsky") or an act told without one says nothing either way."""
    na, nb = _numbers(a.legal_basis), _numbers(b.legal_basis)
    return bool(na and nb and not na & nb)


def _other_people(a: MeasureFact, b: MeasureFact) -> bool:
    """Two measures of one sentence that each name their own people, none in common ("designated
    seven Russian entities, among them the FSB, and expanded the sanctions on Russia"): the
    acts of two verbs, not one act and what it does. An act and its consequence name the
    same people or leave them to the act ("froze their assets")."""
    na = {p.norm() for p in a.targets if not p.is_class}
    nb = {p.norm() for p in b.targets if not p.is_class}
    if na or nb:
        return bool(na and nb and not na & nb)
    # no names on either side: the classes each act is told of ("froze the assets of senior
    # officers and shut its airspace to the country's airlines")
    ca, cb = {p.norm() for p in a.targets}, {p.norm() for p in b.targets}
    return bool(ca and cb and not ca & cb)


def _other_round(a: MeasureFact, b: MeasureFact) -> bool:
    """Two acts of one kind told in two sentences, each with a date of its own that is not the
    other's ("in 2020 …" and "on 2 October 2020 …") and each naming its own people, none in
    common: two rounds of listings, not one told twice. One act told twice names someone in
    both tellings, or gives one date, or leaves one telling undated."""
    da, db = _told_date(a), _told_date(b)
    return (a.quote_start != b.quote_start and da is not None and db is not None and da != db
            and _other_people(a, b) and any(not p.is_class for p in a.targets)
            and any(not p.is_class for p in b.targets))


def _separate_demands(a: MeasureFact, b: MeasureFact) -> bool:
    """Two measures one sentence demands, each the act of a verb of its own ("asked the Council
    to blacklist X, to prepare sanctions and to shut its airspace"): two demands, not one act
    told twice. An asset freeze and a travel ban asked together stay one set of targeted
    measures (`_pair_in_sentence`). Demands of two sentences, one addressed to a body and the
    other to nobody named ("demanded sanctions against X" … "asked the Council to prepare
    sanctions"), are two demands too."""
    if a.status != "called_for" or b.status != "called_for":
        return False
    if a.quote_start != b.quote_start:
        return (a.issuer is None) != (b.issuer is None)
    return (a.demand_verb is not None and b.demand_verb is not None and a.demand_verb != b.demand_verb
            and {a.kind, b.kind} != PAIRED)


RESTATE_DISTANCE = 900
"""How far (characters) a measure of an implied kind may stand from the act it restates."""


def _union(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> tuple[Participant, ...]:
    seen = {p.norm() for p in a}
    added: list[Participant] = []
    for p in b:
        if p.norm() not in seen:
            seen.add(p.norm())
            added.append(p)
    return a + tuple(added)


def _specific(a: Participant | None, b: Participant | None) -> Participant | None:
    """Of two agreeing issuers, the body rather than the union it belongs to (the Council,
    not the EU, adopted the listing a headline credits to "the EU")."""
    if a is None or b is None:
        return a or b
    from sanctionwatch.extract.roles import authority_entry

    ea = authority_entry(a.name)
    eb = authority_entry(b.name)
    return b if ea is not None and eb is not None and eb.parent == ea.name else a


def _merge_into(big: MeasureFact, small: MeasureFact) -> MeasureFact:
    return replace(
        big, accused=big.accused or small.accused,
        accused_targets=tuple(sorted(set(big.accused_targets) | set(small.accused_targets))), targets=_union(big.targets, small.targets), callers=_union(big.callers, small.callers),
        issuer=_specific(big.issuer, small.issuer),
        date=_told_date(big) or _told_date(small) or big.date or small.date,
        date_precision=(big.date_precision if _told_date(big) else small.date_precision if _told_date(small)
                        else big.date_precision or small.date_precision),
        report_dated=big.report_dated and small.report_dated,
        legal_basis=big.legal_basis or small.legal_basis,
        commentators=_union(big.commentators, small.commentators),
    )


def _rank(kind: str) -> int:
    return -len(IMPLIED.get(kind, ()))


PAIRED = frozenset({"asset_freeze", "visa_restriction"})


def _pair_in_sentence(measures: list[MeasureFact]) -> list[MeasureFact]:
    """A travel ban and an asset freeze imposed in one sentence by one issuer on the same
    people ("decided the asset freeze and travel ban of 40 people") are one act of targeted
    measures (refined to the issuer's instrument, e.g. an SDN designation)."""
    out: list[MeasureFact] = []
    used: set[int] = set()
    for i, a in enumerate(measures):
        if i in used:
            continue
        for j in range(i + 1, len(measures)):
            b = measures[j]
            if (j not in used and {a.kind, b.kind} == PAIRED and a.quote_start == b.quote_start
                    and a.status == b.status and a.issuer is not None and b.issuer is not None
                    and _issuers_agree(a.issuer, b.issuer) and _dates_agree(a.date, b.date)):
                a = _refine_kind(_outside_regime(replace(_merge_into(a, b), kind="targeted_measures")))
                used.add(j)
                break
        out.append(a)
    return out


def _outside_regime(f: MeasureFact) -> MeasureFact:
    """"Targeted (restrictive) measures" is the instrument of the bodies whose knowledge-base
    entry, or a parent's, names it (the EU's). A freeze and a visa ban together by an authority
    the base knows without that instrument (a national government) stay what they are: an
    asset freeze, the visa ban merged into it. An authority the base does not know keeps the
    pair as targeted measures."""
    from sanctionwatch.extract.roles import authority_entry

    if f.kind != "targeted_measures" or f.issuer is None:
        return f
    entry = authority_entry(f.issuer.name)
    if entry is None or _has_instrument(entry, "targeted_measures"):
        return f
    return replace(f, kind="asset_freeze")


def _told_again(measures: list[MeasureFact]) -> list[MeasureFact]:
    """A measure named again as the subject of what is said of it ("the penalties would
    involve …", "the sanctions need not be permanent"), with no people or date of its own, is
    the act of its kind told before it in the report, whatever the speaker or the modality of
    the remark: it adds nothing. Without such an act before it, it stays."""
    out = []
    for f in measures:
        if f.mention and any(g.quote_start < f.quote_start and not g.mention
                             and (g.kind == f.kind or f.kind in IMPLIED.get(g.kind, frozenset()))
                             for g in measures):
            continue
        out.append(f)
    return out


def _merge_acts(facts: list[Fact], doc_date: str | None = None, alongside: frozenset[int] = frozenset(),
                ) -> list[Fact]:
    """One fact per act. `alongside`: starts of the sentences that tell their act as another
    one of the same day ("On the same day, FinCEN cut X off …")."""
    measures = _pair_in_sentence(_told_again([f for f in facts if isinstance(f, MeasureFact)]))
    events = [f for f in facts if isinstance(f, EventFact)]
    merged: list[MeasureFact] = []
    for f in sorted(measures, key=lambda m: (_rank(m.kind), m.quote_start, m.trigger_start or 0)):
        for i, g in enumerate(merged):
            if _absorbs(g, f, doc_date) and not _alongside(g, f, alongside):
                merged[i] = _named_in_full(_merge_into(g, f), g, f)
                break
        else:
            merged.append(f)
    return [*merged, *_merge_events(events)]


def _keys_apart(facts: list[Fact]) -> list[Fact]:
    """Measures the document keeps as two acts have two keys: a key names an act by kind,
    status, issuer, targets and date, which two demands of one sentence without named targets
    ("asked the Council to prepare sanctions and to shut its airspace") may share. Each act after
    the first of such a group is keyed by where it is told as well, so that the store does not
    fold it into the first."""
    seen: set[str] = set()
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, MeasureFact):
            k = f.key()
            if k in seen:
                f = replace(f, told_at=f.trigger_start if f.trigger_start is not None else f.quote_start)
            seen.add(k)
        out.append(f)
    return out


def _named_in_full(m: MeasureFact, a: MeasureFact, b: MeasureFact) -> MeasureFact:
    """One act told twice, once by a counted class and no names ("asset freeze on two Cambodian
    generals", a headline) and once by names that cover the count (the body naming both): the
    class says no more than the names and goes. A class with more members than names ("six
    Kremlin insiders" and five names) stays, and so does a class an act names its own members
    of (`elaborate_classes`)."""
    pack = _pack(m.lang or "")
    if pack is None:
        return m
    drop: set[str] = set()
    for side, other in ((a, b), (b, a)):
        if any(not p.is_class for p in side.targets):
            continue
        people = sum(1 for p in other.targets if not p.is_class and p.entity_hint == "Person")
        orgs = sum(1 for p in other.targets if not p.is_class and p.entity_hint not in ("Person", "Country"))
        for p in side.targets:
            need = counted_classes(p.description or p.name, pack)
            if need.open() and need.PER <= people and need.ORG <= orgs:
                drop.add(p.norm())
    return replace(m, targets=tuple(p for p in m.targets if not (p.is_class and p.norm() in drop))) if drop else m


def _merge_events(events: list[EventFact]) -> list[EventFact]:
    """Same kind, same subjects (or one side without), dates that agree, same sentence or
    headline-and-body: one event."""
    out: list[EventFact] = []
    for e in _own_instruments(events):
        for i, g in enumerate(out):
            # one sentence telling one act of a group described, not named ("ten members were
            # found guilty …, and three of them were also convicted of …"): one event, its dates
            # agreeing; named people of two clauses ("A was taken into custody, while B had
            # been detained elsewhere") stay two acts
            same_subjects = ({p.norm() for p in e.subjects} == {p.norm() for p in g.subjects}
                             or _same_people(e, g)
                             or e.quote_start == g.quote_start and not (_named(e) and _named(g))
                             and not _two_instruments(e, g))
            if (g.kind == e.kind and same_subjects and _dates_agree(g.date, e.date)
                    and g.hypothetical == e.hypothetical and g.negated == e.negated
                    and not _too_little_to_tell(g, e)):
                out[i] = replace(g, subjects=_union(g.subjects, e.subjects), actors=_union(g.actors, e.actors),
                                 date=g.date or e.date, date_precision=g.date_precision or e.date_precision)
                break
        else:
            out.append(e)
    return _restated(out)


def _own_instruments(events: list[EventFact]) -> list[EventFact]:
    """An act of an instrument kind whose subject is written where another act of that kind
    is told in the same sentence ("the law Beijing imposed in 2020, together with the Y
    legislation later enacted": Y is the second act's instrument, read as the first's through
    "together with") does not have that subject: the instrument is the other act's."""
    from sanctionwatch.extract.vocab import INSTRUMENT_KINDS

    def overlaps(p: Participant, lo: int | None, hi: int | None) -> bool:
        return None not in (p.start, p.end, lo, hi) and p.start < hi and lo < p.end  # type: ignore[operator]

    out: list[EventFact] = []
    for e in events:
        if e.kind in INSTRUMENT_KINDS and e.subjects:
            others = [g for g in events if g is not e and g.kind == e.kind and g.quote_start == e.quote_start
                      and not overlaps(Participant("", "", None, None, g.trigger_start, g.trigger_end),
                                       e.trigger_start, e.trigger_end)]
            kept = tuple(p for p in e.subjects
                         if overlaps(p, e.trigger_start, e.trigger_end)
                         or not any(overlaps(p, g.trigger_start, g.trigger_end) for g in others))
            if kept != e.subjects:
                e = replace(e, subjects=kept)
        out.append(e)
    return out


def _two_instruments(a: EventFact, b: EventFact) -> bool:
    """Two acts of a kind whose subject is the instrument made (`vocab.INSTRUMENT_KINDS`: a law,
    an order) told by two triggers of their own in one sentence, one naming its instrument and
    the other not ("signed that order on 14 July, the same day he signed the X Act into law",
    "the law Beijing imposed in 2020, together with the Y legislation later enacted"): two
    instruments, two acts, which the one sentence does not make one."""
    from sanctionwatch.extract.vocab import INSTRUMENT_KINDS

    if a.kind not in INSTRUMENT_KINDS or None in (a.trigger_start, a.trigger_end, b.trigger_start, b.trigger_end):
        return False
    apart = a.trigger_end <= b.trigger_start or b.trigger_end <= a.trigger_start  # type: ignore[operator]
    return apart and bool(a.subjects) != bool(b.subjects)


ONCE_KINDS = frozenset({"killing"})
"""Acts that befall a person once: an undated one of named people is the dated one told."""


def _told_once(e: EventFact, names: list[str], told: list[EventFact]) -> EventFact | None:
    """The dated event of `e`'s kind, told as fact, whose subjects hold each of `e`'s names."""
    if not names or e.hypothetical or e.negated:
        return None
    mine = [_unabbreviated(n) for n in names]
    return next((g for g in told if g is not e and g.kind == e.kind and g.date is not None and _same_names(
        mine, [_unabbreviated(p.norm()) for p in g.subjects])), None)  # « M. X » may be read as a description


def _unabbreviated(name: str) -> str:
    """A name without its abbreviated titles (« M. Khashoggi » -> "Khashoggi")."""
    return " ".join(w for w in name.split() if not w.endswith(".")) or name


def _too_little_to_tell(a: EventFact, b: EventFact) -> bool:
    """Two mentions in different sentences that name nobody and give only a year ("the
    Regulations of 2020", "the EU set up a comparable regime in 2020") say too little to be
    one act: they stay two."""
    return (a.quote_start != b.quote_start and not a.subjects and not b.subjects
            and a.date is not None and b.date is not None and len(a.date) == len(b.date) == 4)


def _named(e: EventFact) -> bool:
    return any(not p.is_class for p in e.subjects)


def _same_people(a: EventFact, b: EventFact) -> bool:
    """The same people named in full and by surname ("the jailing of Aleksey Navalny" in a
    headline, "Navalny's detention" in the body), each side's every name one of the other's."""
    na = [p.norm() for p in a.subjects if not p.is_class]
    nb = [p.norm() for p in b.subjects if not p.is_class]
    return bool(na) and _same_names(na, nb) and _same_names(nb, na)


def _same_names(a: list[str], b: list[str]) -> bool:
    """Each name of `a` is one of `b`, in full or by one of its words ("Orlov", "Pavel Orlov")."""
    return bool(b) and all(any(x == y or x in y.split() or y in x.split() for y in b) for x in a)


def _restated(events: list[EventFact]) -> list[EventFact]:
    """An undated event under a call or a negation whose kind and named subjects are those of an
    event the report tells as fact is that event named again, not a second one: the headline's
    « reopen the inquiry into the murder of X », "no one was tried over the death of X" (the
    negation is the trial's) after the report told how X was killed."""
    events = list(events)  # a told killing may take the perpetrators of its restatement
    told = [e for e in events if not (e.hypothetical or e.negated)]
    out: list[EventFact] = []
    for e in events:
        names = [p.norm() for p in e.subjects if not p.is_class]
        once = _told_once(e, names, told) if e.kind in ONCE_KINDS and e.date is None else None
        if once is not None:
            # "sentenced X for the murder of Y" after the report told how Y was killed: that
            # killing, now with the court's account of who did it
            at = events.index(once)
            events[at] = replace(once, actors=_union(once.actors, e.actors),
                                 subjects=_union(once.subjects, tuple(p for p in e.subjects if not p.is_class)))
            told = [events[at] if g is once else g for g in told]
            out = [events[at] if g is once else g for g in out]
            continue
        if (e.date is None and (e.hypothetical or e.negated) and names
                and any(g.kind == e.kind and _same_names(names, [p.norm() for p in g.subjects if not p.is_class])
                        for g in told)):
            continue
        if (e.date is None and not e.subjects and not e.actors
                and any(g is not e and g.kind == e.kind and g.date is not None for g in told)):
            continue  # "observers to the election", after the report told the election of 23 July
        out.append(e)
    return out

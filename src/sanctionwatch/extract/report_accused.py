"""Proceedings told with no one in them are the proceedings against the report's accused.

A report about one prosecution names its accused, then goes on with the proceedings as
nouns: "The trial was held behind closed doors", "The charge of treason was added later",
« Le procès s'est tenu à huis clos », "the trial itself opened in June". Nothing in such a
sentence names whom the trial is against: the report does, by being about that person. So
a trial, charge, conviction or detention whose sentence names no subject at all (not a
person, not a class, not a pronoun still waiting for the story) is the one of the report's
accused: the one person (or party) who underwent more of the report's judicial acts than
anybody else, named before it. Only a noun ("the trial", « l'audience ») is such a step: a verb
with no subject ("No defendant prosecuted under the law …") speaks of others; and a sentence
with a personal pronoun ("they", « ils ») is about whom the pronoun means. When two are tied, or nobody underwent two such acts, the
report is not about one accused and the event stays as it was (without a subject it keeps
its date, or says nothing). Found by reference to what the report tells, never by a name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.extract.hits import Hit, find_hits
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

PERSONAL_PRONOUNS = ("pronouns_person", "pronouns_plural", "pronouns_male", "pronouns_female")

JUDICIAL = frozenset({"arrest", "detention", "house_arrest", "charge", "trial", "conviction",
                      "party_dissolution"})
"""Acts a person (or a party) undergoes as the accused of a case."""

PROCEEDINGS = frozenset({"trial", "charge", "conviction", "detention", "house_arrest"})
"""Kinds a bare noun of which ("the trial", "the charge") is a step of the report's case."""

MIN_ACTS = 2
"""Judicial acts the accused must have undergone: one arrest named once is no case."""


def _named_victims(f: EventFact) -> list[Participant]:
    return [p for p in f.subjects if p.role == "victim" and not p.is_class
            and p.entity_hint in ("Person", "Organization")]


def _sentence_of(f: EventFact, sentences: Sequence[Sentence]) -> Sentence | None:
    at = f.trigger_start if f.trigger_start is not None else f.quote_start
    return next((s for s in sentences if s.start <= at < s.end), None)


def _noun_written(s: Sentence, h: Hit, pack: LanguagePack) -> bool:
    """Is the hit's text also one of the kind's nouns (« accusation d' » read by the gapped
    pattern « accus* … d' » as well)?"""
    text = s.text[h.start - s.start:h.end - s.start]
    first = text.casefold().replace("’", "'").split()[:1]
    return any(t.form == "noun" and t.kind == h.kind and t.pattern.fullmatch(text)
               for w in first for t in pack.triggers_by_word.get(w, ()))


def _bare_noun(f: EventFact, sentences: Sequence[Sentence], pack_of: Callable[[str], LanguagePack | None]) -> bool:
    """The event is told by a noun of the pack's lexicon, in a sentence with no personal pronoun."""
    s = _sentence_of(f, sentences)
    pack = pack_of(s.lang) if s is not None else None
    if s is None or pack is None:
        return False
    lo = f.trigger_start if f.trigger_start is not None else f.quote_start
    hi = f.trigger_end if f.trigger_end is not None else lo + 1
    hits = [h for h in find_hits(s, pack) if not h.measure and h.kind == f.kind and h.start < hi and lo < h.end]
    if not any(h.form == "noun" or _noun_written(s, h, pack) for h in hits):
        return False
    # a possessive is no subject ("her lawyers said", « selon son avocat »)
    pronouns = {w for g in PERSONAL_PRONOUNS for w in pack.words.get(g, ())} - set(pack.words.get("possessives_person", ()))
    if pack.spaced:
        return not {w.strip(".,;:!?«»\"()'’").casefold() for w in s.text.split()} & pronouns
    return not any(w in s.text for w in pronouns)


def report_accused(facts: Sequence[Fact], sentences: Sequence[Sentence],
                   pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """Subjectless proceedings take the report's accused (see the module)."""
    empty = [f for f in facts if isinstance(f, EventFact) and f.kind in PROCEEDINGS and not f.subjects
             and not f.negated and not any(u.startswith("patient:") for u in f.unresolved)
             and _bare_noun(f, sentences, pack_of)]
    if not empty:
        return list(facts)
    counts: Counter[str] = Counter()
    first: dict[str, Participant] = {}
    at: dict[str, int] = {}
    for f in facts:
        if not isinstance(f, EventFact) or f.kind not in JUDICIAL:
            continue
        for name in dict.fromkeys(p.name for p in _named_victims(f)):
            counts[name] += 1
        for p in _named_victims(f):
            if p.name not in first or (p.start is not None and first[p.name].start is None):
                first[p.name] = p
            at[p.name] = min(at.get(p.name, f.quote_start), f.quote_start)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_ACTS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return list(facts)
    name = ranked[0][0]
    source = first[name]
    span = (source.start, source.end) if source.start is not None and source.end is not None else source.antecedent
    accused = replace(source, role="victim", start=None, end=None, antecedent=span, description=None)
    taken = {id(f) for f in empty}
    out: list[Fact] = []
    for f in facts:
        if id(f) in taken and isinstance(f, EventFact) and at[name] <= f.quote_start \
                and name not in {p.name for p in f.actors}:
            f = replace(f, subjects=(accused,))
        out.append(f)
    return out

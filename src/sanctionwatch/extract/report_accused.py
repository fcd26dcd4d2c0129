"""Proceedings told with no one in them are the proceedings against the report's accused.

A report about one prosecution names its accused, then goes on with the proceedings as
nouns: "The trial was held behind closed doors", "The charge of treason was added later",
« Le procès s'est tenu à huis clos », "the trial itself opened in June". Nothing in such a
sentence names whom the trial is against: the report does, by being about that person. So
a trial, charge, conviction or detention whose sentence names no subject at all (not a
person, not a class, not a pronoun still waiting for the story) is the one of the report's
accused: who underwent the report's first judicial act (its lead) and at least one more,
when the last judicial act told before the noun is theirs too (the passage is still about
them). Only a noun ("the trial", « l'audience ») is such a step: a verb with no subject ("No
defendant prosecuted under the law …") speaks of others; and a sentence with a personal
pronoun ("they", « ils ») is about whom the pronoun means. When the lead's persons underwent
nothing else, the report is not about one accused and the event stays as it was (without a
subject it keeps its date, or says nothing). Found by reference to what the report tells,
never by a name.

Two steps, because who underwent the report's acts is known only once its pronouns are read:
`mark_report_steps` gives such an event a waiting slot ("patient:report@<offset>") before
events that name nobody are dropped, and `report_accused` fills it after the story is read
("He was arrested in February. … L'audience a duré moins d'une heure" counts the arrest).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.extract.hits import Hit, find_hits
from sanctionwatch.extract.modality import all_at
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


def noun_written(s: Sentence, h: Hit, pack: LanguagePack) -> bool:
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
    if not any(h.form == "noun" or noun_written(s, h, pack) or _proceedings_noun(s, h, pack) for h in hits):
        return False
    # a possessive is no subject ("her lawyers said", « selon son avocat »)
    pronouns = {w for g in PERSONAL_PRONOUNS for w in pack.words.get(g, ())} - set(pack.words.get("possessives_person", ()))
    if pack.spaced:
        return not {w.strip(".,;:!?«»\"()'’").casefold() for w in s.text.split()} & pronouns
    return not any(_pronoun_at(s.text, k, w, pack) for w in pronouns for k in all_at(s.text, w))


def _proceedings_noun(s: Sentence, h: Hit, pack: LanguagePack) -> bool:
    """Is the hit one of the pack's `proceedings_nouns`: in a language whose lexicon does not
    tell nouns from verbs (Khmer), the words that name a step of a case as a thing
    ("សវនាការ", the hearing)?"""
    return pack.has("proceedings_nouns", s.text[h.start - s.start:h.end - s.start])


def _pronoun_at(text: str, k: int, word: str, pack: LanguagePack) -> bool:
    """Is `word` at `k` a pronoun rather than the title it also is, set apart before the name
    it honours ("លោកស្រី Anne-Marie Lim", "លោក លិម គិមយ៉ា")?"""
    titles = [t for t in pack.words.get("titles", ()) if text.startswith(t, k) and len(t) >= len(word)]
    if not titles:
        return True
    longest = max(titles, key=len)  # "លោក" begins "លោកស្រី"
    return not text[k + len(longest):k + len(longest) + 1].isspace()


REPORT_SLOT = "patient:report@"
"""The slot a bare proceedings noun waits with until the whole story is read."""


def report_slots(f: Fact) -> tuple[str, ...]:
    """The fact's slots that wait for the report's accused (kept while pronouns are read)."""
    return tuple(u for u in f.unresolved if u.startswith(REPORT_SLOT))


def mark_report_steps(facts: Sequence[Fact], sentences: Sequence[Sentence],
                      pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """Subjectless proceedings nouns wait for the report's accused: the persons a pronoun
    stands for are known only once the story is read (`report_accused`)."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in PROCEEDINGS and not f.subjects and not f.negated \
                and not any(u.startswith("patient:") for u in f.unresolved) and _bare_noun(f, sentences, pack_of):
            at = f.trigger_start if f.trigger_start is not None else f.quote_start
            f = replace(f, unresolved=(*f.unresolved, f"{REPORT_SLOT}{at}"))
        out.append(f)
    return out


def _canonical(counts: Counter[str]) -> dict[str, str]:
    """A short name that ends one longer counted name ("Rivas", "Juan Carlos Rivas") is it."""
    out: dict[str, str] = {}
    for n in counts:
        longer = [m for m in counts if m != n and m.casefold().endswith(" " + n.casefold())]
        out[n] = longer[0] if len(longer) == 1 else n
    return out


def report_accused(facts: Sequence[Fact], complete: Callable[[Fact], bool]) -> list[Fact]:
    """Proceedings waiting for the report's accused take them (see the module); those that
    then still name nobody and tell no date say nothing and are dropped (`complete`)."""
    if not any(isinstance(f, EventFact) and report_slots(f) for f in facts):
        return list(facts)
    judicial = sorted((f for f in facts if isinstance(f, EventFact) and f.kind in JUDICIAL and _named_victims(f)),
                      key=lambda f: (f.quote_start, f.trigger_start or 0))
    canon = _canonical(Counter({p.name for f in judicial for p in _named_victims(f)}))
    counts: Counter[str] = Counter()
    for j in judicial:
        counts.update({canon[p.name] for p in _named_victims(j)})
    # the report's accused: who underwent its first judicial act (its lead) and another one
    lead = [p for p in _named_victims(judicial[0]) if counts[canon[p.name]] >= MIN_ACTS] if judicial else []
    accused = {canon[p.name]: replace(p, role="victim", start=None, end=None, description=None,
                                      antecedent=(p.start, p.end) if p.start is not None and p.end is not None
                                      else p.antecedent) for p in lead}
    out: list[Fact] = []
    for f in facts:
        slots = report_slots(f)
        if slots and isinstance(f, EventFact):
            f = replace(f, unresolved=tuple(u for u in f.unresolved if u not in slots))
            before = [g for g in judicial if g.quote_start < f.quote_start]
            # the passage is still about them: the last judicial act told before names them
            last = {canon[p.name] for p in _named_victims(before[-1])} if before else set()
            who = [p for n, p in accused.items() if n in last and n not in {a.name for a in f.actors}]
            if who and not f.subjects:
                f = replace(f, subjects=tuple(who))
            if not complete(f):
                continue
        out.append(f)
    return out

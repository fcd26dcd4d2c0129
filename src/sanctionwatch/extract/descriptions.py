"""Definite descriptions that stand for a person named just before.

A report names a person once and then calls them by what they are: "Alexei Navalny returned
on Sunday … the opposition politician was detained at the airport", « l'opposant a été
interpellé ». An event whose subject is such a phrase happened to that person, not to a
class of people. The phrase qualifies when it is a definite determiner (pack
`definite_determiners`), at most a few modifiers, and a head noun that describes one person
(pack `person_description_nouns`, or an age noun ending in one of `age_noun_suffixes`:
"the 76-year-old"). It takes the nearest person named before it in the same passage
(`DESCRIPTION_DISTANCE`), never a quoted speaker nor a party the event already has (the
perpetrator of an act is never its victim).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention

DESCRIPTION_DISTANCE = 300
"""Characters back a description may reach: the same or the previous sentence."""

MAX_WORDS = 4
"""Determiner, up to two modifiers and the head: "the young opposition activist"."""


def _head_describes_person(word: str, pack: LanguagePack) -> bool:
    w = word.casefold().strip(".,;:")
    return pack.has("person_description_nouns", w) or any(
        w.endswith(s) and len(w) > len(s) for s in pack.words.get("age_noun_suffixes", ()))


def _definite_description(phrase: str, pack: LanguagePack) -> bool:
    """Is `phrase` "the <modifiers> <person noun>" (one person, definite)?"""
    words = phrase.split()
    if not words or len(words) > MAX_WORDS:
        return False
    first = words[0].casefold()
    elided = next((d for d in pack.words.get("definite_determiners", ()) if d[-1:] in "'’"
                   and first.startswith(d) and len(first) > len(d)), None)
    if elided is not None:  # « l'opposant »: the determiner is glued to the noun
        words = [elided, words[0][len(elided):], *words[1:]]
    elif not pack.has("definite_determiners", first):
        return False
    if len(words) < 2 or any(any(c.isdigit() for c in w) and not _head_describes_person(w, pack)
                             for w in words[1:]):
        return False
    if any(w[:1].isupper() for w in words[1:-1]):
        return False  # "the Reuters reporter", "the Apple Daily founder": a name's own noun
    return _head_describes_person(words[-1], pack)


def _antecedent(at: int, mentions: Sequence[Mention], exclude: set[str]) -> Mention | None:
    """The nearest person named before `at` within the passage, unless it is excluded."""
    for m in reversed(mentions):
        if m.label != "PER" or m.end > at:
            continue
        if at - m.end > DESCRIPTION_DISTANCE:
            return None
        return None if m.name in exclude else m
    return None


def described_subjects(facts: Sequence[Fact], mentions: Sequence[Mention],
                       pack_of: Callable[[str], LanguagePack | None],
                       speakers: frozenset[str] | set[str] = frozenset()) -> list[Fact]:
    """Events whose subject is a definite description of one person get that person."""
    out: list[Fact] = []
    for f in facts:
        pack = pack_of(f.lang or "") if isinstance(f, EventFact) else None
        if pack is None or not isinstance(f, EventFact) or not any(p.is_class for p in f.subjects):
            out.append(f)
            continue
        taken = {p.name for p in (*f.actors, *f.commentators)} | set(speakers)
        subjects: list[Participant] = []
        for p in f.subjects:
            m = (_antecedent(p.start, mentions, taken) if p.is_class and p.start is not None
                 and _definite_description(p.description or p.name, pack) else None)
            if m is None:
                subjects.append(p)
            elif all(q.name != m.name for q in (*subjects, *f.subjects)):
                subjects.append(Participant(m.name, p.role, "Person", None, p.start, p.end))
        out.append(replace(f, subjects=tuple(subjects)))
    return out


APPOSITION_CLOSERS = (",", ")", ":", ";", "—", "–", "-")
"""What ends an apposition of names ("the two reporters, A and B, were …")."""


def _apposed(p: Participant, mentions: Sequence[Mention], between: Callable[[int, int], str],
             pack: LanguagePack) -> list[Mention]:
    """Persons named in apposition right after a class phrase: "The two reporters who broke
    the story, A and B, spent …": a comma, the names joined by commas or a coordination word,
    and a closing comma (or bracket, colon, dash)."""
    if p.end is None:
        return []
    end = p.end
    names: list[Mention] = []
    for m in mentions:
        if m.start < end:
            continue
        gap = between(end, m.start)
        words = [w for w in gap.replace(",", " , ").replace("(", " ( ").split()]
        if not names:
            ok = words in (([","], ["("]))
        else:
            ok = bool(words) and len(gap) <= 6 and all(w == "," or pack.has("coordination_words", w) for w in words)
        if not ok or m.label != "PER":
            break
        names.append(m)
        end = m.end
    if not names:
        return []
    closer = between(end, end + 3).strip()[:1]
    return names if closer in APPOSITION_CLOSERS else []


def apposed_subjects(facts: Sequence[Fact], mentions: Sequence[Mention],
                     between: Callable[[int, int], str],
                     pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """An event subject written as a class phrase with the names in apposition after it
    (the parser often hangs the names elsewhere) is those persons."""
    ordered = sorted((m for m in mentions if m.label in ("PER", "ORG", "GPE")), key=lambda m: (m.start, m.end))
    out: list[Fact] = []
    for f in facts:
        pack = pack_of(f.lang or "") if isinstance(f, EventFact) else None
        if pack is None or not isinstance(f, EventFact) or not any(p.is_class for p in f.subjects):
            out.append(f)
            continue
        taken = {p.name for p in f.actors}
        subjects: list[Participant] = []
        for p in f.subjects:
            names = [m for m in _apposed(p, ordered, between, pack) if m.name not in taken] if p.is_class else []
            if not names:
                subjects.append(p)
                continue
            have = {q.name for q in (*subjects, *f.subjects)}
            subjects += [Participant(m.name, p.role, "Person", None, m.start, m.end)
                         for m in names if m.name not in have]
        out.append(replace(f, subjects=tuple(subjects)))
    return out

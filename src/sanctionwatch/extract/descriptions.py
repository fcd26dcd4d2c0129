"""Definite descriptions that stand for a person named just before.

A report names a person once and then calls them by what they are: "Alexei Navalny returned
on Sunday … the opposition politician was detained at the airport", « l'opposant a été
interpellé ». An event whose subject is such a phrase happened to that person, not to a
class of people. The phrase qualifies when it is a definite determiner (pack
`definite_determiners`), at most a few modifiers, and a head noun that describes one person
(pack `person_description_nouns`, or an age noun ending in one of `age_noun_suffixes`:
"the 76-year-old"). Who it is the caller's resolver says (`extract.antecedents`: a person
named in the passage just before, never a quoted speaker nor a party the event already has
-- the perpetrator of an act is never its victim).

A class phrase with the names in apposition after it ("the two reporters, A and B, were …")
is those persons. Both readings are one pass over an event's class subjects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention

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


ORG_DESCRIPTION_GROUPS = ("media_description_nouns",)
"""Pack word groups of nouns that describe one kind of organisation ("the newspaper", "the
paper", "the tabloid"): a definite description by one of them stands for the one organisation
of that kind named just before (`_described_org`)."""

ORG_WINDOW = 400
"""Characters back a description of an organisation reaches for its name."""

ORG_NOUN_REACH = 3
"""Words before an organisation's name that may describe it ("the pro-democracy tabloid X")."""


def _org_group(phrase: str, pack: LanguagePack) -> str | None:
    """The description group of a definite organisation description ("the newspaper"):
    a definite determiner and the group's noun, nothing else."""
    words = phrase.casefold().replace("’", "'").split()
    if len(words) < 2 or not pack.has("definite_determiners", words[0]):
        return None
    head = " ".join(words[1:])
    return next((g for g in ORG_DESCRIPTION_GROUPS if pack.has(g, head)), None)


def _described_org(p: Participant, mentions: Sequence[Mention], between: Callable[[int, int], str],
                   pack: LanguagePack) -> Mention | None:
    """The one organisation a definite description at `p` stands for ("the newspaper's
    headquarters" after "the pro-democracy tabloid Apple Daily"): of the organisations named in
    the passage before it, those the text calls by a noun of the description's group (written
    just before the name, or the name's own last word: "the Cambodia Daily"); exactly one, or
    none is meant for sure."""
    group = _org_group(p.description or p.name, pack) if p.start is not None else None
    if group is None or p.start is None:
        return None
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "ORG" or m.end > p.start or p.start - m.start > ORG_WINDOW:
            continue
        before = between(max(0, m.start - 60), m.start).casefold().replace("’", "'").split()[-ORG_NOUN_REACH:]
        own = m.text.casefold().split()[-1:]
        if any(pack.has(group, w.strip(",;:()")) for w in [*before, *own]):
            found.setdefault(m.name, m)
    return next(iter(found.values())) if len(found) == 1 else None


def named_class_subjects(f: Fact, mentions: Sequence[Mention], between: Callable[[int, int], str],
                         pack: LanguagePack | None, who: Callable[[int, set[str]], str | None],
                         speakers: frozenset[str] | set[str] = frozenset()) -> Fact:
    """An event's class subjects that name persons: the names in apposition after the phrase
    ("the two reporters, A and B"), else the one person a definite description stands for
    (`who(offset, excluded names)`: "the opposition politician")."""
    if pack is None or not isinstance(f, EventFact) or not any(p.is_class for p in f.subjects):
        return f
    ordered = sorted((m for m in mentions if m.label in ("PER", "ORG", "GPE")), key=lambda m: (m.start, m.end))
    actors = {p.name for p in f.actors}
    taken = actors | {p.name for p in f.commentators} | set(speakers)
    subjects: list[Participant] = []
    for p in f.subjects:
        have = {q.name for q in (*subjects, *f.subjects)}
        names = [m for m in _apposed(p, ordered, between, pack) if m.name not in actors] if p.is_class else []
        if names:
            subjects += [Participant(m.name, p.role, "Person", None, m.start, m.end)
                         for m in names if m.name not in have]
            continue
        org = _described_org(p, ordered, between, pack) if p.is_class else None
        if org is not None and org.name not in actors:  # "the newspaper's headquarters were raided"
            if org.name not in have:
                subjects.append(Participant(org.name, p.role, "Organization", None, None, None))
            continue
        one = (who(p.start, taken) if p.is_class and p.start is not None
               and _definite_description(p.description or p.name, pack) else None)
        if one is None:
            subjects.append(p)
        elif one not in have:
            subjects.append(Participant(one, p.role, "Person", None, None, None))
    return replace(f, subjects=tuple(subjects))

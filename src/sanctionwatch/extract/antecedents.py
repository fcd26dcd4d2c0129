"""Who a pronoun, "both", "the two" or a description that underwent an event stands for.

A report names a person once and then goes on with "he", « elle », "the two", "both
defendants", "the opposition politician". The event told with such a word happened to a
person named before it, and it must be the right one: a victim put in the wrong fact is
worse than an empty slot. So the reading is careful:

- Candidates are the persons named in full in the few sentences before the word
  (`WINDOW`; a lone word the name finder cut from a longer name is none). A name that
  speaks, calls, issues, is listed or acts in that passage (a commentator, a perpetrator,
  a target) is none unless it also underwent an act there, nor is one the fact holds.
- A gendered word ("he", « elle »; the pack's `pronouns_male` / `pronouns_female`) takes only
  a person of that gender where the report tells it: a title before the name (`titles_male`
  / `titles_female`: "Mr", « Mme »), or a sentence where that person is the only one named
  and every gendered pronoun is of one gender ("X denies that he …").
- One person left is the antecedent. Of several, the one who underwent the last act told
  before it, when that act names only one of them; otherwise the slot stays empty.
- A group of a known number ("both", "the two", "all four") is the named victims of the
  acts told last before it, gathered back until that many; "they" is the victims of the
  last act when it has several; else the candidates when exactly that many are left.
- Names are one person when one is the end of a longer one named first ("Suu Kyi").
- A lone word is a candidate when an act told before the reference hit it (the report reads
  it as a person: "Navalny … was stopped at passport control"), even where the name finder
  marked no person there; a person killed before the reference is none while anyone else
  may be meant (the dead are not arrested, charged or freed afterwards).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.extract.hits import FREED_KINDS
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

KILLING_KINDS = frozenset({"killing"})
"""Acts after which their subject undergoes nothing more."""

WINDOW = 400
"""Characters back a reference reaches for a name: its sentence and the one or two before."""

STORY_WINDOW = 1200
"""Characters back the acts told before a reference count as what the passage is about."""


@dataclass(frozen=True)
class Story:
    """What a document tells before any point: its persons, their genders, who underwent
    which act, and where a name speaks or acts rather than undergoes."""

    persons: tuple[Mention, ...]
    gender: dict[str, str]
    victims: tuple[tuple[int, tuple[str, ...]], ...]  # (offset of the act, named persons it hit)
    acting: tuple[tuple[int, int, str], ...]  # (quote start, quote end, name) of speakers and agents
    dead: tuple[tuple[int, str], ...] = ()  # (offset of the killing, name) of persons killed


def _word_set(text: str) -> set[str]:
    return {w.strip(".,;:!?«»\"()—–'’").casefold() for w in text.replace("’", "'").split()}


def _titled(m: Mention, text_before: str, pack: LanguagePack) -> str | None:
    """The gender a title before the name (or written in it) gives: "Mr X", « Mme X »; or a
    kinship word set before it ("his sister, Mona X", « sa sœur Mona X »: the word names the
    person the name then gives)."""
    before = text_before.rstrip().casefold()
    kin_before = before.rstrip(",").rstrip()
    written = m.text.casefold()
    for gender in ("male", "female"):
        for t in pack.words.get(f"titles_{gender}", ()):
            if (before.endswith(t) and before[:-len(t)][-1:] in ("", " ", "(", ",")) or written.startswith(t + " "):
                return gender
        for t in pack.words.get(f"kin_{gender}", ()):
            if kin_before.endswith(t) and kin_before[:-len(t)][-1:] in ("", " ", "'", "’"):
                return gender
    return None


KIN_REACH = 18
"""Characters before a name a title or kinship word is looked for in ("his granddaughter, ")."""


def _genders(sentences: Sequence[Sentence], persons: Sequence[Mention], between: Callable[[int, int], str],
             pack_of: Callable[[str], LanguagePack | None]) -> dict[str, str]:
    """Each person's gender where the report tells it; a person told both ways has none."""
    told: dict[str, set[str]] = {}
    for m in persons:
        pack = pack_of(m.lang)
        g = _titled(m, between(max(0, m.start - KIN_REACH), m.start), pack) if pack is not None else None
        if g is not None:
            told.setdefault(m.name, set()).add(g)
    for s in sentences:
        pack = pack_of(s.lang)
        names = {m.name for m in persons if s.start <= m.start < s.end}
        if pack is None or len(names) != 1:
            continue
        # a possessive is often another's ("his sister, Mona X" is no man): only the other
        # pronouns tell the one name's gender
        words = _word_set(s.text) - set(pack.words.get("possessives_person", ()))
        said = {g for g in ("male", "female") if words & set(pack.words.get(f"pronouns_{g}", ()))}
        if len(said) == 1:
            told.setdefault(next(iter(names)), set()).update(said)
    return {n: next(iter(g)) for n, g in told.items() if len(g) == 1}


def _same_person(persons: Sequence[Mention]) -> dict[str, str]:
    """A name that is the end of one longer name named before it ("Suu Kyi" after "Aung San
    Suu Kyi") is that person; the longer name is kept. A short name two longer names end with
    is left alone."""
    full: dict[str, set[str]] = {}
    for m in persons:
        words = m.name.split()
        for other in {x.name for x in persons if x.start < m.start}:
            ow = other.split()
            if len(ow) > len(words) and ow[-len(words):] == words:
                full.setdefault(m.name, set()).add(other)
    return {short: next(iter(longs)) for short, longs in full.items() if len(longs) == 1}


SPEECH_GAP = 24
"""Characters between a name and the speech verb after it ("X, the minister, said" is not)."""


def _speakers(sentences: Sequence[Sentence], persons: Sequence[Mention],
              pack_of: Callable[[str], LanguagePack | None]) -> list[tuple[int, int, str]]:
    """Persons a sentence quotes: the pack's `speech` cue right after the name ("X said",
    "X, who denies it,"), or one of its `speech_sources` right before it ("according to X",
    « selon X »)."""
    out = []
    for s in sentences:
        pack = pack_of(s.lang)
        cue = pack.cue("speech") if pack is not None else None
        if pack is None or cue is None:
            continue
        starts = [s.start + c.start() for c in cue.finditer(s.text)]
        sources = tuple(pack.words.get("speech_sources", ()))
        for m in persons:
            if not s.start <= m.start < s.end:
                continue
            before = s.text[:m.start - s.start].rstrip().casefold().replace("’", "'")
            if any(0 <= a - m.end <= SPEECH_GAP for a in starts) or (sources and (
                    before.endswith(sources) or _source_described(before, sources))):
                out.append((s.start, s.end, m.name))
    return out


DESCRIBED_SOURCE = 40
"""Characters of the description between a source word and the name it gives (« selon son
avocat, X »)."""


def _source_described(before: str, sources: tuple[str, ...]) -> bool:
    """Does the text before a name end with a source word, a short description and a comma
    ("according to her lawyer, X", « selon son avocat, X »)? Then the name is the source."""
    if not before.endswith(","):
        return False
    clause = before[:-1]
    cut = max(clause.rfind(c) for c in ",;:.«»()")
    tail = clause[cut + 1:].strip()
    return len(tail) <= DESCRIBED_SOURCE and any(tail.startswith(src + " ") for src in sources)


def _undergone(f: EventFact) -> list[Participant]:
    """The persons an event names as having undergone it: its victims, and whoever is freed
    or pardoned (the victim of what came before); a meeting's or an election's participants
    are not what a later "he" is about."""
    return [p for p in f.subjects if p.entity_hint == "Person" and (p.role == "victim" or f.kind in FREED_KINDS)]


PERSON_ACTS = frozenset({"arrest", "detention", "house_arrest", "charge", "trial", "conviction", "release",
                         "pardon", "exile", "political_ban"})
"""Acts done to persons: a name that undergoes one is a person's."""

NAME_WORDS = 4
"""Words at most of a name read as a person's from an act alone."""


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and w[1:2].islower() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _proper(name: str, sentences: Sequence[Sentence], pack: LanguagePack | None) -> str | None:
    """The name a described undergoer is written as, or None: its last capitalised words
    ("the opposition lawmaker Job Sikhala" → "Job Sikhala"), none of them one of the pack's
    class or determiner words; a lone word only when the whole description is that word and
    it is also written capitalised inside a sentence somewhere in the report (not just as a
    sentence's first word, "Demonstrators …")."""
    words = name.split()
    if pack is None:
        return None
    run: list[str] = []
    for w in reversed(words):
        if not _capitalised(w):
            break
        run.insert(0, w)
    groups = ("person_class_nouns", "org_class_nouns", "force_words", "member_nouns", "determiners",
              "person_description_nouns", "titles")
    while run and any(pack.has(g, run[0]) for g in groups):
        run = run[1:]  # "Opposition activist Job Mutasa": the name after the description
    if not run or len(run) > NAME_WORDS or any(pack.has(g, w) for g in groups for w in run):
        return None
    if len(run) > 1:
        return " ".join(run)
    if len(words) > 1:
        return None
    inside = re.compile(rf"[a-z,;] +{re.escape(run[0])}\b")
    return run[0] if any(inside.search(s.text) for s in sentences) else None


def _persons_undergone(f: EventFact, sentences: Sequence[Sentence],
                       pack_of: Callable[[str], LanguagePack | None]) -> list[Participant]:
    """`_undergone`, and the described undergoers of an act done to persons written as a name."""
    named = _undergone(f)
    if f.kind not in PERSON_ACTS:
        return named
    out = list(named)
    for p in f.subjects:
        if p.is_class and (p.role == "victim" or f.kind in FREED_KINDS) \
                and (written := _proper(p.name, sentences, pack_of(f.lang))) is not None:
            start = p.end - len(written) if p.end is not None and written != p.name else p.start
            out.append(replace(p, name=written, entity_hint="Person", description=None, start=start))
    return out


def _named_undergoers(facts: Sequence[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                      between: Callable[[int, int], str],
                      pack_of: Callable[[str], LanguagePack | None]) -> list[Mention]:
    """Persons an act done to persons names as having undergone it where the name finder
    marked no person ("Navalny flew home and was stopped at passport control", "police
    arrested the presidential hopeful Cristiana Chamorro": the act's reading found the name,
    the finder did not): a person mention at the name, so that a later "he" or "all three"
    finds them."""
    taken = [(m.start, m.end) for m in mentions if m.label == "PER"]
    out: dict[tuple[int, int], Mention] = {}
    for f in facts:
        if not isinstance(f, EventFact) or f.kind not in PERSON_ACTS:
            continue
        for p in _persons_undergone(f, sentences, pack_of):
            if p.start is None or p.end is None or any(a < p.end and p.start < b for a, b in taken):
                continue
            out[(p.start, p.end)] = Mention(f.doc_id, p.start, p.end, between(p.start, p.end), p.name, "PER",
                                            f.lang, f.quote_start, f.quote_end, "event-subject", 0.6)
    return list(out.values())


def _killed(facts: Sequence[Fact]) -> tuple[tuple[int, str], ...]:
    """Who a killing told in the report hit, with where it is told."""
    return tuple(sorted((f.quote_start, p.name) for f in facts if isinstance(f, EventFact) and f.kind in KILLING_KINDS
                        and not f.negated and not f.hypothetical for p in f.subjects if not p.is_class))


def build_story(facts: Sequence[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                between: Callable[[int, int], str], pack_of: Callable[[str], LanguagePack | None]) -> Story:
    persons = tuple(sorted((m for m in (*mentions, *_named_undergoers(facts, sentences, mentions, between, pack_of)) if m.label == "PER"),
                           key=lambda m: (m.start, m.end)))
    same = _same_person(persons)
    persons = tuple(replace(m, name=same.get(m.name, m.name)) for m in persons)
    victims = []
    acting = _speakers(sentences, persons, pack_of)
    for f in facts:
        if isinstance(f, EventFact):
            named = tuple(same.get(p.name, p.name) for p in _persons_undergone(f, sentences, pack_of))
            if named:
                victims.append((f.quote_start, named))
            agents = (*(p for p in f.actors if p.role == "perpetrator"), *f.commentators)
        else:  # who imposes, calls, comments or is listed is no victim
            agents = (*f.callers, *f.commentators, *f.targets, *((f.issuer,) if f.issuer is not None else ()))
        acting += [(f.quote_start, f.quote_end, same.get(p.name, p.name)) for p in agents if not p.is_class]
    return Story(persons, _genders(sentences, persons, between, pack_of), tuple(sorted(victims)),
                 tuple(sorted(acting)), _killed(facts))


def told_victims(story: Story, f: EventFact) -> Story:
    """The story with the named persons an event just resolved as having undergone it."""
    named = tuple(p.name for p in _undergone(f))
    if not named:
        return story
    return Story(story.persons, story.gender, tuple(sorted((*story.victims, (f.quote_start, named)))), story.acting,
                 story.dead)


def word_gender(word: str, pack: LanguagePack | None) -> str | None:
    """"he" → male, « elle », the object « la » → female, "they" or a description → None (the
    pack's lists `pronouns_<gender>` and `clitics_<gender>`)."""
    w = word.casefold().strip(".,;:!?'’")
    if pack is None:
        return None
    return next((g for g in ("male", "female") if pack.has(f"pronouns_{g}", w) or pack.has(f"clitics_{g}", w)), None)


def _candidates(story: Story, offset: int, gender: str | None, exclude: set[str]) -> list[str]:
    """Persons named in the window before `offset` who may be meant, nearest first."""
    lo = offset - WINDOW
    recent = _recent_victims(story, offset)
    undergone = {n for at, names in story.victims if at <= offset for n in names}
    acting = {name for qs, qe, name in story.acting if qe > lo and qs < offset} - recent
    out: list[str] = []
    for m in reversed(story.persons):
        if m.end > offset:
            continue
        if m.end < lo:
            break
        if m.name in out or m.name in exclude or m.name in acting or (len(m.name.split()) < 2 and m.name not in undergone):
            continue  # a lone word ("Alexei" cut from a longer name) names nobody for sure, unless an act hit it
        if gender is not None and story.gender.get(m.name, gender) != gender:
            continue
        out.append(m.name)
    return out


def _recent_victims(story: Story, offset: int) -> set[str]:
    return {n for at, names in story.victims if offset - STORY_WINDOW <= at <= offset for n in names}


def person_antecedent(story: Story, offset: int, gender: str | None, exclude: set[str]) -> str | None:
    """The one person a singular reference at `offset` stands for, or None when unsure: the
    only candidate (those of the other gender are none); else the one who underwent the
    last act told before it that any candidate underwent (the person the passage is
    about); else the only candidate the report gives the reference's gender."""
    cands = _candidates(story, offset, gender, exclude)
    alive = [c for c in cands if not any(at < offset and n == c for at, n in story.dead)]
    cands = alive or cands
    if len(cands) == 1:
        held = _held_focus(story, offset, gender)
        if held is not None and held != cands[0] and not any(
                cands[0] in names for at, names in story.victims if at <= offset):
            # « … dans l'affaire Yves Rocher. … il s'est effondré »: the only name left in the
            # window underwent nothing the story tells, while one person underwent the acts
            # told just before: the passage is about that person
            return held
        return cands[0]
    focus = _focus(story, offset, cands)
    if focus is not None:
        return focus
    known = [c for c in cands if gender is not None and story.gender.get(c) == gender]
    return known[0] if len(known) == 1 else None


def _held_focus(story: Story, offset: int, gender: str | None) -> str | None:
    """The one person who underwent every one of the last acts told before `offset` (at least
    two, within the story window), when they name no one else: who the passage is about."""
    acts = [names for at, names in story.victims if at <= offset and offset - at <= STORY_WINDOW][-3:]
    people = {n for names in acts for n in names}
    if len(acts) < 2 or len(people) != 1:
        return None
    (one,) = people
    return one if gender is None or story.gender.get(one, gender) == gender else None


def _focus(story: Story, offset: int, cands: list[str]) -> str | None:
    """The only candidate who underwent the last act told before `offset` that any of them
    underwent; None when that act names several of them, or none did."""
    for at, names in reversed(story.victims):
        if at > offset:
            continue
        if offset - at > STORY_WINDOW:
            break
        hit = [n for n in dict.fromkeys(names) if n in cands]
        if hit:
            return hit[0] if len(hit) == 1 else None
    return None


def group_antecedents(story: Story, offset: int, n: int | None, exclude: set[str]) -> list[str]:
    """The persons a group reference stands for: exactly `n` of them ("both", "all four"), or
    two or more (`n` None: "they"). Of a known number, the victims of the acts told last
    before it, gathered back act by act until that many ("X got 11 years; Y was given ten.
    The court convicted both"); of an unknown one, the victims of the last act if several.
    Else the candidates of the window when exactly `n` (or two) are left."""
    people: list[str] = []
    for at, names in reversed(story.victims):
        if at > offset or set(names) & exclude:
            continue  # the fact's own subjects, or a later act
        if offset - at > STORY_WINDOW:
            break
        people += [x for x in dict.fromkeys(names) if x not in people]
        if n is None:
            if len(people) >= 2:
                return people
            break
        if len(people) >= n:
            return people if len(people) == n else []
    cands = _candidates(story, offset, None, exclude)
    return cands if len(cands) == (n if n is not None else 2) else []


def name_described_undergoers(facts: Sequence[Fact], sentences: Sequence[Sentence],
                              pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """An act done to persons whose undergoer the name finder left as a description written
    as a name ("Navalny … was stopped at passport control", "arrested the presidential hopeful
    Cristiana Chamorro") names that person (`_proper`): the same reading the story gives a
    later "he"."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in PERSON_ACTS and any(p.is_class for p in f.subjects):
            found = {(p.name, p.start): p for p in _persons_undergone(f, sentences, pack_of) if p not in f.subjects}
            subjects: list[Participant] = []
            for p in f.subjects:
                named = next((q for q in found.values() if p.is_class and q.end == p.end and q.end is not None), None)
                subjects.append(named if named is not None else p)
            keep = {(p.name, p.start, p.end) for p in subjects}
            if len(keep) == len(subjects):
                f = replace(f, subjects=tuple(subjects))
        out.append(f)
    return out

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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.extract.hits import FREED_KINDS
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

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


def build_story(facts: Sequence[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                between: Callable[[int, int], str], pack_of: Callable[[str], LanguagePack | None]) -> Story:
    persons = tuple(sorted((m for m in mentions if m.label == "PER"), key=lambda m: (m.start, m.end)))
    same = _same_person(persons)
    persons = tuple(replace(m, name=same.get(m.name, m.name)) for m in persons)
    victims = []
    acting = _speakers(sentences, persons, pack_of)
    for f in facts:
        if isinstance(f, EventFact):
            named = tuple(same.get(p.name, p.name) for p in _undergone(f))
            if named:
                victims.append((f.quote_start, named))
            agents = (*(p for p in f.actors if p.role == "perpetrator"), *f.commentators)
        else:  # who imposes, calls, comments or is listed is no victim
            agents = (*f.callers, *f.commentators, *f.targets, *((f.issuer,) if f.issuer is not None else ()))
        acting += [(f.quote_start, f.quote_end, same.get(p.name, p.name)) for p in agents if not p.is_class]
    return Story(persons, _genders(sentences, persons, between, pack_of), tuple(sorted(victims)),
                 tuple(sorted(acting)))


def told_victims(story: Story, f: EventFact) -> Story:
    """The story with the named persons an event just resolved as having undergone it."""
    named = tuple(p.name for p in _undergone(f))
    if not named:
        return story
    return Story(story.persons, story.gender, tuple(sorted((*story.victims, (f.quote_start, named)))), story.acting)


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
    acting = {name for qs, qe, name in story.acting if qe > lo and qs < offset} - recent
    out: list[str] = []
    for m in reversed(story.persons):
        if m.end > offset:
            continue
        if m.end < lo:
            break
        if m.name in out or m.name in exclude or m.name in acting or len(m.name.split()) < 2:
            continue  # a lone word ("Alexei" cut from a longer name) names nobody for sure
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
    if len(cands) == 1:
        return cands[0]
    focus = _focus(story, offset, cands)
    if focus is not None:
        return focus
    known = [c for c in cands if gender is not None and story.gender.get(c) == gender]
    return known[0] if len(known) == 1 else None


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

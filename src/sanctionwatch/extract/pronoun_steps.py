"""Proceedings told as nouns in a sentence about "he" or "she" are that person's.

"On 2 February a court ruled that he had broken the terms of a suspended sentence handed down
in 2014 … two years and eight months once time under house arrest is deducted": the sentence
and the house arrest name nobody, but the sentence is about the one person its pronoun stands
for. `report_accused` reads such nouns when the sentence has no pronoun at all; here the
pronoun says whose they are. So a subjectless proceedings noun (the pack's noun triggers of
`PROCEEDINGS`) waits for the person of the one singular personal pronoun written before it in
its sentence ("patient:person@<offset>", read with the story by `extract.antecedents`), when:

- the sentence names no person (a name there may be whose the act is, or another's);
- the sentence's personal pronouns (possessives aside) are all of one person ("he … he";
  "he … she" or "they" are several candidates), none of them a speaker ("he said the trial was unfair": what a
  speaker says of a trial is no trial of the speaker): no speech cue right after it;
- the noun is no measure's and the event is not negated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact
from sanctionwatch.extract.hits import find_hits
from sanctionwatch.extract.report_accused import PROCEEDINGS, noun_written
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

STEP_KINDS = PROCEEDINGS | {"conviction"}
"""Kinds whose bare noun is a step of someone's case."""

SPEECH_REACH = 24
"""Characters after the pronoun a speech verb makes it a speaker ("he told reporters")."""


def _pronouns(s: Sentence, pack: LanguagePack) -> list[tuple[int, str]]:
    """(offset, gender) of the sentence's personal pronouns, possessives left out: "male",
    "female", "" for one of no gender, "plural" for a plural one."""
    own = set(pack.words.get("possessives_person", ()))
    groups = (("male", "pronouns_male"), ("female", "pronouns_female"), ("", "pronouns_person"),
              ("plural", "pronouns_plural"))
    out = []
    for m in re.finditer(r"[^\W\d_]+", s.text):
        w = m.group().casefold()
        g = next((g for g, group in groups if w not in own and pack.has(group, w)), None)
        if g is not None:
            out.append((s.start + m.start(), g))
    return out


def _one_person(found: list[tuple[int, str]]) -> bool:
    """Do the pronouns speak of one person ("he … he", not "he … she", not "they")?"""
    genders = {g for _, g in found}
    return bool(found) and "plural" not in genders and len(genders - {""}) <= 1


def _speaks(s: Sentence, at: int, pack: LanguagePack) -> bool:
    cue = pack.cue("speech")
    if cue is None:
        return False
    rel = at - s.start
    return any(0 <= c.start() - rel <= SPEECH_REACH for c in cue.finditer(s.text))


def _noun(f: EventFact, s: Sentence, pack: LanguagePack) -> bool:
    lo = f.trigger_start if f.trigger_start is not None else f.quote_start
    hi = f.trigger_end if f.trigger_end is not None else lo + 1
    hits = [h for h in find_hits(s, pack) if not h.measure and h.kind == f.kind and h.start < hi and lo < h.end]
    return any(h.form == "noun" or noun_written(s, h, pack) for h in hits)


def pronoun_steps(facts: Sequence[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                  pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """Subjectless proceedings nouns of a sentence about one "he" or "she" wait for that
    person (see the module)."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in STEP_KINDS and not f.subjects and not f.negated \
                and not any(u.startswith("patient:") for u in f.unresolved):
            at = f.trigger_start if f.trigger_start is not None else f.quote_start
            s = next((x for x in sentences if x.start <= at < x.end), None)
            pack = pack_of(s.lang) if s is not None else None
            if s is not None and pack is not None and pack.spaced \
                    and not any(m.label == "PER" and s.start <= m.start < s.end for m in mentions):
                found = _pronouns(s, pack)
                if _one_person(found) and found[0][0] < at \
                        and not any(_speaks(s, k, pack) for k, _ in found) and _noun(f, s, pack):
                    f = replace(f, unresolved=(*f.unresolved, f"patient:person@{found[0][0]}"))
        out.append(f)
    return out

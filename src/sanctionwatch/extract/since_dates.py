"""A state told as lasting "ever since" began with the act told before it.

"Kovalenko was arrested in October 2021. She has been in detention ever since", « Elle est
détenue depuis », "He has been held in pre-trial detention since then": the sentence writes
no date, yet it tells one — the detention began with the arrest (or the detention) of the
same person told before. An undated detention or house arrest whose sentence holds one of
the pack's `since_anaphors` takes the date of the nearest earlier arrest, detention or house
arrest that shares a subject with it, within the same story (`SINCE_DISTANCE`). One its own
sentence tells needs no such word: "still behind bars is X, who was detained last month".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, Participant
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

LASTING = frozenset({"detention", "house_arrest"})
"""States a sentence may say have lasted since an act."""

BEGINNINGS = {"detention": frozenset({"arrest", "detention"}),
              "house_arrest": frozenset({"arrest", "detention", "house_arrest"})}
"""Acts each state begins with: a detention in prison never began with a house arrest (« Assigné
à résidence depuis août 2022, il a été conduit à la prison » tells a new act, not a state
lasting since August 2022)."""

SINCE_DISTANCE = 2500
"""Characters back the act it began with may be told: the report's story."""


def _says_since(s: Sentence, pack: LanguagePack) -> bool:
    text = " " + " ".join(s.text.casefold().replace("’", "'").split()) + " "
    for phrase in pack.words.get("since_anaphors", ()):
        i = text.find(phrase)
        if i >= 0 and (not pack.spaced or (not text[i - 1].isalnum() and not text[i + len(phrase)].isalnum())):
            return True
    return False


def _same(a: Participant, b: Participant) -> bool:
    """One person, even written short the second time ("Kovalenko" after "Maria Kovalenko")."""
    if a.is_class or b.is_class:
        return False
    x, y = a.norm(), b.norm()
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def since_dates(facts: Sequence[Fact], sentences: Sequence[Sentence],
                pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """Undated lasting states told "ever since" take the date of the act they began with."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in LASTING and f.date is None and f.subjects and not f.negated:
            at = f.trigger_start if f.trigger_start is not None else f.quote_start
            s = next((x for x in sentences if x.start <= at < x.end), None)
            pack = pack_of(s.lang) if s is not None else None
            if s is not None and pack is not None:
                began = [g for g in facts if isinstance(g, EventFact) and g.kind in BEGINNINGS[f.kind] and g.date
                         and g is not f and 0 <= s.start - g.quote_start <= SINCE_DISTANCE
                         and any(_same(p, q) for p in f.subjects for q in g.subjects)]
                here = [g for g in began if s.start <= g.quote_start < s.end]
                began = here or (began if _says_since(s, pack) else [])
                if began:
                    g = max(began, key=lambda g: (g.quote_start, g.trigger_start or 0))
                    f = replace(f, date=g.date, date_precision=g.date_precision)
        out.append(f)
    return out

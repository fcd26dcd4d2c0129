"""Nouns that stand for the accused person named before them.

A report names the one accused once and then calls them what they are: "the court convicted
X … a day later police arrested the suspect … he was charged with murder". In a language
read without a parser the noun (pack `pronouns_accused`: "ជនសង្ស័យ", the suspect;
"ជនជាប់ចោទ", the accused) is a pronoun of its own kind: it takes the nearest person named
before it who is not the victim of a violent act in the report (the victim of a murder is
never "the suspect"), nor one of its speakers. Each such noun becomes a mention of that
person at the noun's place, so that a later "he" finds the suspect and not the victim named
in between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract import vocab
from sanctionwatch.extract.facts import EventFact, Fact
from sanctionwatch.extract.modality import all_at
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

ACCUSED_DISTANCE = 2000
"""Characters back the accused may be named: the report's story, not another one."""

VIOLENT = frozenset(k for k, v in vocab.EVENT_KINDS.items() if v.plover == "ASSAULT")
"""Kinds whose subjects suffered violence: never "the suspect"."""


def _not_accused(facts: Sequence[Fact]) -> set[str]:
    out: set[str] = set()
    for f in facts:
        out |= {p.name for p in f.commentators}
        if isinstance(f, EventFact) and f.kind in VIOLENT:
            out |= {p.name for p in f.subjects}
    return out


def accused_mentions(sentences: Sequence[Sentence], mentions: Sequence[Mention], facts: Sequence[Fact],
                     pack_of: Callable[[str], LanguagePack | None]) -> list[Mention]:
    """A PER mention, named for the accused it stands for, at each accused noun."""
    excluded = _not_accused(facts)
    people = sorted((m for m in mentions if m.label == "PER"), key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    for s in sentences:
        pack = pack_of(s.lang)
        words = pack.words.get("pronouns_accused", frozenset()) if pack is not None else frozenset()
        spots = sorted({(k, k + len(w)) for w in words for k in all_at(s.text, w)})
        for a, b in spots:
            at = s.start + a
            if any(m.start <= at < m.end for m in people):
                continue  # inside a name
            known = [m for m in [*people, *out] if m.end <= at and at - m.end <= ACCUSED_DISTANCE
                     and m.name not in excluded]
            if not known:
                continue
            m = max(known, key=lambda m: (m.end, m.start))
            out.append(replace(m, start=at, end=s.start + b, text=s.text[a:b],
                               sentence_start=s.start, sentence_end=s.end))
    return out

"""Where a sentence states an act: the language pack's triggers found in it (longest first, one
hit per span) and the clause each hit stands in (bounded by the pack's clause markers)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.lang import LanguagePack, first_words_in
from sanctionwatch.model import Sentence

HINTS = {"PER": "Person", "ORG": "Organization", "GPE": "Country"}
PRONOUN_GROUPS = ("person", "plural", "self", "thing")
"""The pack's pronoun groups (`pronouns_<group>`), named in unresolved slots ("target:person@12")."""
FREED_KINDS = frozenset({"release", "pardon"})
"""Whoever is freed or pardoned was the victim of the detention or sentence before it."""
NAMED_TARGET_KINDS_ONLY = frozenset({"visa_restriction", "asset_freeze", "sdn_designation"})
"""Measures aimed at persons and entities: a country is never their target."""


@dataclass(frozen=True)
class Hit:
    """A trigger found in a sentence (document offsets)."""

    kind: str
    form: str
    start: int
    end: int
    measure: bool
    gapped: bool = False


def _longest(hits: list[Hit]) -> list[Hit]:
    """The longest hits that do not overlap; of two with the same span, the negative one ("found
    X not guilty" is read both by "found … guilty" and by "found … not guilty")."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.form != "negative")):
        if not any(h.start < o.end and o.start < h.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def find_hits(sentence: Sentence, pack: LanguagePack) -> list[Hit]:
    """Measure and event triggers, longest first; a measure and an event may share words."""
    return list(_find_hits(sentence.text, sentence.start, pack))


@lru_cache(maxsize=4096)
def _find_hits(text: str, off: int, pack: LanguagePack) -> tuple[Hit, ...]:
    # every first word that starts where the screen matched ("interdire" also holds "interdi*")
    words = first_words_in(text, pack.trigger_screen, pack.first_word_lengths, pack.triggers_by_word)
    if not words:
        return ()
    candidates = [t for w in sorted(words) for t in pack.triggers_by_word[w]]
    measures = [Hit(t.kind, t.form, off + m.start(), off + m.end(), True, t.gapped)
                for t in candidates if t.measure for m in t.pattern.finditer(text)]
    events = [Hit(t.kind, t.form, off + m.start(), off + m.end(), False, t.gapped)
              for t in candidates if not t.measure for m in t.pattern.finditer(text)]
    vetoed = [(off + m.start(), off + m.end()) for m in pack.exclude.finditer(text)]
    hits = [h for h in _longest(measures) + _longest(events)
            if not any(a <= h.start < b for a, b in vetoed)]  # "judges designated to hear the case"
    return tuple(sorted(hits, key=lambda h: (h.start, not h.measure)))



def clause_start(sentence: Sentence, pack: LanguagePack, offset: int) -> int:
    rel = offset - sentence.start
    lo = 0
    for m in pack.clause_break.finditer(sentence.text):
        if m.end() <= rel:
            lo = m.end()
    return sentence.start + lo


def clause_end(sentence: Sentence, pack: LanguagePack, offset: int) -> int:
    rel = offset - sentence.start
    for m in pack.clause_break.finditer(sentence.text):
        if m.start() >= rel:
            return sentence.start + m.start()
    return sentence.end

"""Whom a report accuses: the targets of a measure that the text holds responsible for abuse
or corruption, read in the measure's own sentence or in another one.

Why beside the measure readers: a listing and its reason are often two sentences. "Four
officials are now barred …: A; B; C; D. The Council holds them responsible for the arbitrary
arrest …", « Parmi elles figurent X et Y. Ces huit personnes sont tenues pour responsables de
graves violations … », "Six … were directly involved in the coup: A, B, …". The README's rule is
that a target the text accuses is also a perpetrator; a target only listed (for the post it
holds, for owning a company) is not. Only people: a company designated beside its owner "for
their role in" abuse is the means, and the reports hold the owner responsible. So an
accusation counts for a person named as a target when

- the accusing sentence names it (not as the one who speaks), or
- the accusing sentence points back with a plural pronoun or a counted or demonstrative class
  ("them", "these eight people", « ces personnes ») right after a measure: then the people
  that measure names.

Accusation is read with the pack's `accusation` cue and its reason markers followed by an abuse
noun (`accusation_markers`, `accusation_nouns`). Victims never get here: a victim is never
a target (`acts._victims_are_not_targets`), so this only ever adds to targets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, MeasureFact
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

Fact = EventFact | MeasureFact

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

ANAPHOR_DISTANCE = 400
"""How far (characters) after a measure's sentence "them" may still point at its targets."""


def accuses(text: str, pack: LanguagePack, lo: int = 0) -> bool:
    """Does `text` (from `lo` on) give abuse or corruption as someone's doing: the pack's
    accusation cue ("responsible for", « tenus pour responsables »), or a reason marker closely
    followed by an abuse noun ("over the crackdown", « en raison de la répression »)?"""
    cue = pack.cue("accusation")
    if cue is not None and cue.search(text, lo) is not None:
        return True
    words = [_unelided(w.casefold()) for w in _WORD.findall(text[lo:])]
    for i, w in enumerate(words):
        if pack.has("accusation_markers", w) and any(pack.has("accusation_nouns", x) for x in words[i + 1:i + 13]):
            return True
    return False


def _unelided(word: str) -> str:
    """A word without the article glued to it by an apostrophe (« l'assassinat » → assassinat),
    so that the noun after it is compared, not the pair."""
    w = word.replace("’", "'")
    return w.split("'", 1)[1] if 0 < w.find("'") < 3 else word


def _refers_back(text: str, pack: LanguagePack) -> bool:
    """A plural pronoun or a definite class ("these eight people", « ces personnes », "the
    four") that can only stand for people named before the sentence."""
    words = [w.casefold() for w in _WORD.findall(text.replace("’", "'"))]
    if any(pack.has("pronouns_plural", w) for w in words):
        return True
    for i, w in enumerate(words):
        if not pack.has("definite_words", w):
            continue
        nxt = words[i + 1:i + 3]
        if nxt and (pack.has("person_class_nouns", nxt[0]) or (
                nxt[0] in pack.duration_numbers and len(nxt) > 1 and pack.has("person_class_nouns", nxt[1]))):
            return True
    return False


PRONOUN_REACH = 25
"""How many characters may stand between a person pronoun and the accusation that follows it
("il est jugé responsable": five; "he was held responsible for": ten)."""


def _accused_pronoun(text: str, pack: LanguagePack) -> int | None:
    """The offset of a person pronoun right before the pack's accusation cue, the one the
    sentence holds responsible ("He is responsible for the crackdown", « il est jugé
    responsable »), else None. A pronoun further off may be a speaker ("he said the army was
    responsible") and is not read."""
    cue = pack.cue("accusation")
    hit = cue.search(text) if cue is not None else None
    if hit is None:
        return None
    for w in _WORD.finditer(text, max(0, hit.start() - PRONOUN_REACH), hit.start()):
        if pack.has("pronouns_person", w.group()) and hit.start() - w.end() <= PRONOUN_REACH:
            between = text[w.end():hit.start()]
            if not any(ch in between for ch in ",;:"):
                return w.start()
    return None


def _speaks(sentence: Sentence, m: Mention, pack: LanguagePack) -> bool:
    """Is the name the one who speaks ("X said the army was responsible …", "according to
    X")? A speaker who accuses is not accused."""
    cue = pack.cue("speech")
    if cue is None:
        return False
    after = sentence.text[m.end - sentence.start:m.end - sentence.start + 30]
    before = sentence.text[max(0, m.start - sentence.start - 20):m.start - sentence.start]
    hit = cue.search(after)
    return (hit is not None and not after[:hit.start()].strip(" ,").count(" ") > 2) or cue.search(before) is not None


def accused_elsewhere(facts: list[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                      packs: dict[str, LanguagePack]) -> list[Fact]:
    """Measures with the names of the targets that another sentence accuses
    (`MeasureFact.accused_targets`)."""
    measures = [(i, f) for i, f in enumerate(facts) if isinstance(f, MeasureFact)
                and any(not p.is_class for p in f.targets)]
    if not measures:
        return facts
    extra: dict[int, set[str]] = {}
    for s in sentences:
        pack = packs.get(s.lang)
        if pack is None or not accuses(s.text, pack):
            continue
        named = {" ".join(m.name.casefold().split()) for m in mentions
                 if s.start <= m.start and m.end <= s.end and m.label in ("PER", "ORG") and not _speaks(s, m, pack)}
        for i, f in measures:
            hit = {p.norm() for p in f.targets if p.entity_hint == "Person" and p.norm() in named}
            if hit:
                extra.setdefault(i, set()).update(hit)
        own = any(f.quote_start < s.end and s.start < f.quote_end for f in facts if isinstance(f, MeasureFact))
        if not own and (at := _accused_pronoun(s.text, pack)) is not None:
            # "He is held responsible for …", « il est jugé responsable … »: the last person
            # named as a target before it, with no other person named in between
            last = [(p.start, i, p) for i, f in measures for p in f.targets if p.entity_hint == "Person"
                    and not p.is_class and p.start is not None and p.end is not None
                    and 0 <= s.start + at - p.end <= ANAPHOR_DISTANCE]
            if last:
                start, _i, p = max(last, key=lambda x: x[0])
                assert p.end is not None
                if not any(m.label == "PER" and p.end <= m.start and m.end <= s.start + at for m in mentions):
                    for i, q in ((i, q) for st, i, q in last if st == start):  # each measure naming them
                        extra.setdefault(i, set()).add(q.norm())
        if not own and _refers_back(s.text, pack):  # a measure's own sentence: "them" is its targets
            before = [(i, f) for i, f in measures if f.quote_end <= s.start and s.start - f.quote_end <= ANAPHOR_DISTANCE]
            if before:
                i, f = max(before, key=lambda x: x[1].quote_end)
                extra.setdefault(i, set()).update(p.norm() for p in f.targets if p.entity_hint == "Person")
    out = list(facts)
    for i, names in extra.items():
        m = out[i]
        assert isinstance(m, MeasureFact)
        out[i] = replace(m, accused_targets=tuple(sorted(set(m.accused_targets) | names)))
    return out


REASON_REACH = 12
"""How many words before an abuse noun a measure's reason marker may stand ("designated X for
his role in the violent suppression of …": six words)."""


def first_reason_marker(text: str, pack: LanguagePack, start: int, end: int) -> int | None:
    """The offset of the first reason marker between `start` and `end` ("designated X for the
    death of Y and for violence against Z": the first "for" ends who is accused)."""
    return next((w.start() for w in _WORD.finditer(text, start, end)
                 if pack.has("accusation_markers", _unelided(w.group().casefold()))), None)


def reason_marker(text: str, pack: LanguagePack, measure_end: int, act_start: int) -> int | None:
    """The offset in `text` of the reason marker ("for", "over", « pour », "involved") that
    makes the act starting at `act_start` the reason of a measure ending at `measure_end`
    ("The Treasury designated X for his role in the crackdown on protesters", "Y was
    sanctioned over the killing of …", « visés pour l'arrestation de … »), None when no marker
    stands between them within `REASON_REACH` words.

    Why: the act a measure is imposed for is the target's doing. Read alone, the noun
    ("crackdown", "killings") takes the measure's object as who underwent it, and the
    accused became a victim (then no longer a target). Who the sentence names before the
    marker is the one accused; who it names after ("the crackdown on protesters", "over
    Navalny's poisoning") underwent the act."""
    if measure_end > act_start:
        return None
    words = list(_WORD.finditer(text, measure_end, act_start))[-REASON_REACH:]
    for w in reversed(words):
        if pack.has("accusation_markers", _unelided(w.group().casefold())):
            return w.start()
    return None

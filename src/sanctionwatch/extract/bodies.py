"""Bodies a report names by what they are, not by a name: "police", "a Moscow district court",
"national security police", « l'armée birmane ».

Why: the agent of an arrest, a conviction or a crackdown is very often a body written as a
common noun ("police detained him", "a special court found both guilty"). The name tagger does
not tag such phrases, so the act lost its perpetrator. A phrase counts only as the agent of an
event (never as a patient, where "the court" could be what a measure hits), and only when its
head is one of the knowledge base's body words (`kb.body_words`, per language): a state body
that can hold, try or repress someone. A bare government word ("the authorities", "the
regime") is left to the readers that find whose government it is, and a bare noun names a
body only where a country has one of it ("police", "the army"; not "the court").

Armed men are written the same way: "security forces opened fire", « des militaires ont tué »,
"Burmese troops", « les forces de l'ordre ». The pack's `force_nouns` (troops, soldiers,
« militaires ») name the state's armed men even bare; its `force_heads` ("forces", "guards")
only with a word that says which ("security forces", "Iranian forces"), and its `force_tails`
are the fixed complements that make such a head a body (« forces de l'ordre », « de sécurité »).
"""

from __future__ import annotations

from functools import lru_cache

from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack

REACH = 3
"""How many words before or after its head a body's name may run ("Moscow district court")."""


def _bare(word: str) -> str:
    """The word without an article glued to it (« l'armée » → armée), case-folded."""
    w = word.casefold().replace("’", "'")
    return w.split("'", 1)[1] if 0 < w.find("'") < 3 else w


@lru_cache(maxsize=8)
def _head_words(lang: str) -> frozenset[str]:
    from sanctionwatch.kb.actors import body_words

    return frozenset(w for w in body_words(lang) if " " not in w)


@lru_cache(maxsize=8)
def _government_words(lang: str) -> frozenset[str]:
    """The pack's `government_words` ("government", "authorities", « régime »)."""
    from sanctionwatch.lang import load_pack

    return load_pack(lang).words.get("government_words", frozenset())


def _tail_end(parse: Parse, hi: int, inside: set[int], pack: LanguagePack) -> int:
    """The last token of a pack `force_tails` complement right after `hi` (« forces | de
    l'ordre »), else `hi`: the longest such complement written in the phrase."""
    tails = pack.words.get("force_tails", frozenset())
    if not tails:
        return hi
    text, prev, best = "", parse.toks[hi].end, hi
    for j in range(hi + 1, min(hi + 7, len(parse.toks))):
        if j not in inside:
            break
        t = parse.toks[j]
        text += (" " if t.start > prev and text else "") + t.text.casefold().replace("’", "'")
        prev = t.end
        if text in tails:
            best = j
    return best


def body_by_noun(parse: Parse, toks: list[int], head: int, pack: LanguagePack) -> tuple[str, int, int] | None:
    """(name, start, end) of the body the phrase at `head` names by its kind, else None: the
    head and the words bound to it on either side (adjectives, a place, "district"), without
    determiners, numbers, prepositions or what follows them (but with a `force_tails` complement)."""
    word = _bare(parse.toks[head].text)
    force = pack.has("force_nouns", word) or pack.has("force_heads", word)
    if (word not in _head_words(pack.code) and not force) or not parse.toks[head].text[:1].isalpha():
        return None
    inside = set(toks)

    def bound(j: int) -> bool:
        t = parse.toks[j]
        return (j in inside and t.text[:1].isalpha() and not pack.has("determiners", t.text)
                and t.rel not in ("prep", "pobj", "clause", "conj", "appos", "poss")
                and not pack.has("anaphoric_adjectives", t.text)
                and not any(pack.has(f"pronouns_{g}", t.text) for g in ("person", "plural", "thing")))

    lo = head
    while lo - 1 >= 0 and head - (lo - 1) <= REACH and bound(lo - 1):
        lo -= 1
    hi = head
    while hi + 1 < len(parse.toks) and (hi + 1) - head <= REACH and bound(hi + 1) and parse.toks[hi + 1].head in range(lo, hi + 2):
        hi += 1
    if force:
        tail = _tail_end(parse, hi, inside, pack)
        while tail > hi and tail + 1 < len(parse.toks) and bound(tail + 1) and parse.toks[tail + 1].head in range(hi, tail + 1):
            tail += 1  # « les forces de sécurité maliennes »
        hi = tail
    if lo == hi == head and pack.has("force_nouns", word):
        pass  # "soldiers", « des militaires »: the state's armed men, whoever's
    elif lo == hi == head and (word in _government_words(pack.code) or not pack.has("national_body_nouns", word)):
        # "the authorities": whose, is for the government readers to say; "the court",
        # "prosecutors": a country has many, the bare noun does not say which -- but it has
        # one police and one army (the pack's `national_body_nouns`)
        return None
    written = parse.toks[lo].text.replace("’", "'")
    cut = written.find("'") + 1 if 0 < written.find("'") < 3 else 0  # « l'armée »: the noun
    name = written[cut:] + "".join(
        (" " if parse.toks[j].start > parse.toks[j - 1].end else "") + parse.toks[j].text for j in range(lo + 1, hi + 1))
    return name, parse.toks[lo].start + cut, parse.toks[hi].end

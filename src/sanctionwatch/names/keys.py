"""Short keys that are equal for spelling variants of a name part, for candidate generation.

An index cannot compare a query with a million names; it looks up names that share a key with
the query and scores only those. Keys must be *equal* for the variants we want to find
(Kem/Koem/Kim, Mohammed/Muhammad, Hieng/Heang, Sokh/Sok) and rare enough to stay selective:
a consonant skeleton with phonetically close letters folded together (the vowel classes are
the main thing romanisations disagree about), plus the first and last letters of the form for
typos that change a consonant.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGRAPHS = [
    ("tch", "c"), ("sch", "s"), ("chh", "c"), ("ch", "c"), ("sh", "s"), ("zh", "j"), ("kh", "k"),
    ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("ng", "n"), ("nh", "n"),
    ("ny", "n"), ("gn", "n"), ("qu", "k"), ("ts", "s"), ("tz", "s"), ("dz", "j"), ("dj", "j"),
    ("ks", "x"), ("cs", "x"), ("x", "x"),
]
_LETTERS = str.maketrans({
    "c": "k", "q": "k", "g": "k", "z": "s", "w": "v", "b": "p", "d": "t", "j": "y", "x": "s",
})
_VOWELS = re.compile(r"[aeiouyh]")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def skeleton(form: str) -> str:
    """Folded consonant skeleton of an ASCII form: `sokha`→`sk`, `muhammad`→`mmt`→`mt`.

    The first letter is kept as a class even when it is a vowel, so `Ieng` and `Eng` share
    `ayn`-like keys but `Ouk` and `Kuo` do not collide.
    """
    if not form:
        return ""
    text = form
    for src, dst in _DIGRAPHS:
        text = text.replace(src, dst)
    text = text.translate(_LETTERS)
    head = "a" if text[0] in "aeiouyh" else ""
    body = _VOWELS.sub("", text)
    body = _DOUBLE.sub(r"\1", body)
    return head + body


@lru_cache(maxsize=262144)
def ordered_skeleton(form: str) -> str:
    """`skeleton`, but two equal consonants are one only when they are written side by side:
    `Potanin` is `ptnn`, not `Putin`'s `ptn` (a vowel between them makes them two sounds)."""
    if not form:
        return ""
    text = _DOUBLE.sub(r"\1", form)
    for src, dst in _DIGRAPHS:
        text = text.replace(src, dst)
    text = _DOUBLE.sub(r"\1", text.translate(_LETTERS))
    head = "a" if text[0] in "aeiouyh" else ""
    return head + _VOWELS.sub("", text)


_VOWEL_RUN = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=262144)
def vowel_key(form: str) -> str:
    """The form with phonetic digraphs folded and each vowel run written `a`.

    Equal keys mean the spellings differ only in vowel letters at the same places
    (`Hieng`/`Heang`, `Mohammed`/`Muhammad`, `Hussein`/`Husayn`), the commonest disagreement
    between romanisations, while `Sean`/`Susan` or `Tina`/`Taneja` stay apart.
    """
    text = form
    for src, dst in _DIGRAPHS:
        text = text.replace(src, dst)
    text = text.translate(_LETTERS)
    return _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", text))


def part_keys(form: str) -> list[str]:
    """Index keys of one name part's ASCII form."""
    if not form:
        return []
    if form.isdigit():
        return ["d:" + form]
    keys = ["s:" + skeleton(form)]
    if len(form) >= 5:
        keys.append("p:" + form[:4])
        keys.append("e:" + form[-4:])
    elif len(form) >= 2:
        keys.append("w:" + form)
    return keys

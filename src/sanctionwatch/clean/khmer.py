"""Khmer text normalisation that never deletes a vowel sign or a coeng.

Scraped Khmer arrives with zero-width spaces used as word breaks, subscripts and vowel signs
typed in the wrong order, and look-alike sequences (ុី for ៊ី, ្រ before another subscript).
Two spellings of one name must become one string, but a misspelt name must stay misspelt:
so we only reorder and substitute canonically equivalent sequences, and never drop marks.
"""

from __future__ import annotations

import re

KHMER_RANGE = "\u1780-\u17ff\u19e0-\u19ff"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
COENG = "\u17d2"
RO = "\u179a"
# Dependent vowel signs U+17B6..U+17C5 and the signs that follow them.
_VOWEL = "[\u17b6-\u17c5]"
_SHIFTER = "[\u17c9\u17ca]"  # muusikatoan ៉, triisap ៊
_CONSONANT = "[\u1780-\u17a2]"

# vowel + coeng + consonant → coeng + consonant + vowel (the subscript belongs to the cluster)
_VOWEL_BEFORE_COENG = re.compile(f"({_VOWEL}+)({COENG}{_CONSONANT})")
# vowel + register shifter → shifter + vowel (the shifter modifies the consonant)
_VOWEL_BEFORE_SHIFTER = re.compile(f"({_VOWEL}+)({_SHIFTER})")
# bantoc or nikahit typed before the vowel sign they follow
_SIGN_BEFORE_VOWEL = re.compile(f"([\u17c6\u17cb])({_VOWEL})")
# coeng ro is written last among subscripts: ន្រ្ត → ន្ត្រ
_RO_FIRST = re.compile(f"({COENG}{RO})({COENG}[\u1780-\u1799\u179b-\u17a2])")
# u-sign typed for triisap before an upper vowel (ស៊ី typed as សុី): identical on screen
_U_UPPER = re.compile("\u17bb([\u17b7-\u17ba])")
# doubled identical marks from sloppy typing collapse to one (a mark, not a letter)
_DOUBLE_MARK = re.compile("([\u17b6-\u17d1\u17d3\u17dd])\\1+")
# deprecated code points → the letters they stand for (U+17B4/5 are invisible)
_EQUIVALENT = str.maketrans({"\u17a3": "\u17a2", "\u17a4": "\u17a2\u17b6", "\u17b4": "", "\u17b5": ""})


def has_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def normalize_khmer(text: str) -> str:
    """Canonical Khmer: zero-width characters removed, marks in canonical order, deprecated
    code points replaced. Digits are left alone (documents keep them as written)."""
    text = _ZERO_WIDTH.sub("", text)
    if not has_khmer(text):
        return text
    text = text.translate(_EQUIVALENT)
    text = _U_UPPER.sub("\u17ca\\1", text)
    text = _VOWEL_BEFORE_COENG.sub(r"\2\1", text)
    text = _VOWEL_BEFORE_SHIFTER.sub(r"\2\1", text)
    text = _SIGN_BEFORE_VOWEL.sub(r"\2\1", text)
    text = _RO_FIRST.sub(r"\2\1", text)
    return _DOUBLE_MARK.sub(r"\1", text)

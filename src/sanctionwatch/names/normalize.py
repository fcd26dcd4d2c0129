"""Name normalisation for comparison keys, safe for Khmer.

Why not `rigour`/`normality`: their name normalisers delete combining marks, and Khmer vowel
signs and the coeng are combining marks (`ហ៊ុន សែន` → `ហន សែន`), which destroys the name.
Here Khmer keeps every mark: we only remove zero-width characters and fix the orderings that
typists and fonts produce for the *same* visual syllable, so that two spellings of one name
become one string while a misspelt name stays misspelt. Latin text is casefolded and
accent-stripped for comparison keys only; callers keep the original for display.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

COENG = "\u17d2"
RO = "\u179a"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_KH_VOWEL = "[\u17b6-\u17c5]"
_KH_SHIFTER = "[\u17c9\u17ca]"  # muusikatoan ៉ and triisap ៊
_KH_CONSONANT = "[\u1780-\u17a2]"
# vowel typed before the subscript it sits under: the subscript belongs to the onset cluster
_VOWEL_BEFORE_COENG = re.compile(f"({_KH_VOWEL}+)({COENG}{_KH_CONSONANT})")
# vowel typed before a register shifter: the shifter modifies the consonant, so it comes first
_VOWEL_BEFORE_SHIFTER = re.compile(f"({_KH_VOWEL}+)({_KH_SHIFTER})")
# coeng-ro is stored after any other subscript (ន្រ្ត → ន្ត្រ): both render the same
_RO_FIRST = re.compile(f"({COENG}{RO})({COENG}[\u1780-\u1799\u179b-\u17a2])")
# u-sign + ii typed in place of triisap + ii (ស៊ី typed as សុី): identical on screen
_U_II = re.compile("\u17bb([\u17b7-\u17ba])")
# bantoc or nikahit typed before the vowel sign they follow
_SIGN_BEFORE_VOWEL = re.compile(f"([\u17c6\u17cb])({_KH_VOWEL})")
_DOUBLE_MARK = re.compile("([\u17b6-\u17d1\u17d3\u17dd])\\1+")
# Khmer hyphen-like joiners and the word-separators that sit between name parts
_SEPARATORS = re.compile("[\\-\u2010-\u2015\u2212_/·・\u30fb\u00b7\u17d4\u17d5\u17d6]+")
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# Unicode "Cc" except tab/newline: never part of a name
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
# The same letter in a spelling-equivalent code point (stored by some fonts and keyboards)
_KHMER_EQUIV = str.maketrans({"\u17a3": "\u17a2", "\u17a4": "\u17a2\u17b6", "\u17b4": "", "\u17b5": ""})


def is_khmer_char(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def has_khmer(text: str) -> bool:
    return any(is_khmer_char(ch) for ch in text)


def has_control(text: str) -> bool:
    """True when `text` carries control characters (other than whitespace)."""
    return _CONTROL.search(text) is not None


def normalize_khmer(text: str) -> str:
    """Canonical Khmer order and code points; every vowel sign and coeng is kept."""
    text = _ZERO_WIDTH.sub("", text).translate(_KHMER_EQUIV).translate(_KHMER_DIGITS)
    text = _U_II.sub("\u17ca\\1", text)
    text = _VOWEL_BEFORE_COENG.sub(r"\2\1", text)
    text = _VOWEL_BEFORE_SHIFTER.sub(r"\2\1", text)
    text = _SIGN_BEFORE_VOWEL.sub(r"\2\1", text)
    text = _RO_FIRST.sub(r"\2\1", text)
    return _DOUBLE_MARK.sub(r"\1", text)


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """NFC, no zero-width or control characters, one space between parts.

    Hyphens and middle dots between parts become spaces (`សម-រង្សុី`, `バラク・オバマ`), because
    writers use them interchangeably with a space. Case and accents are kept: this is the
    display-grade form. Use `fold` for comparison keys.
    """
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    if has_khmer(text):
        text = normalize_khmer(text)
    else:
        text = _ZERO_WIDTH.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Casefolded, accents stripped (é→e, ß→ss, ø→o); non-Latin letters are left alone.

    Only combining marks of Latin/Greek/Cyrillic letters are dropped: Khmer and Indic vowel
    signs are letters of the word, not accents.
    """
    text = text.casefold()
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and "\u0300" <= ch <= "\u036f":
            continue
        out.append(_LATIN_EXTRA.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


_LATIN_EXTRA = {
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
    "ħ": "h", "ŧ": "t", "ŋ": "ng", "ʿ": "", "ʾ": "", "ʻ": "", "ʼ": "", "’": "", "'": "", "`": "",
    "‘": "", "ǝ": "e", "ə": "e",
}

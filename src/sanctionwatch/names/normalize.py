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

from sanctionwatch.clean.khmer import normalize_khmer as normalize_khmer_text

# Khmer hyphen-like joiners and the word-separators that sit between name parts
_SEPARATORS = re.compile("[\\-\u2010-\u2015\u2212_/·・\u30fb\u00b7\u17d4\u17d5\u17d6]+")
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# Unicode "Cc" except tab/newline: never part of a name
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def is_khmer_char(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def has_khmer(text: str) -> bool:
    return any(is_khmer_char(ch) for ch in text)


def has_control(text: str) -> bool:
    """True when `text` carries control characters (other than whitespace)."""
    return _CONTROL.search(text) is not None


def normalize_khmer(text: str) -> str:
    """The documents' Khmer normalisation (clean.khmer: canonical order, every vowel sign and
    coeng kept) plus Khmer digits as ASCII, since a name's digits are compared, not read."""
    return normalize_khmer_text(text).translate(_KHMER_DIGITS)


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """NFC, no zero-width or control characters, one space between parts.

    A zero-width space becomes a space: Khmer writers use it between the parts of a name.

    Hyphens and middle dots between parts become spaces (`សម-រង្សុី`, `バラク・オバマ`), because
    writers use them interchangeably with a space. Case and accents are kept: this is the
    display-grade form. Use `fold` for comparison keys.
    """
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    # a zero-width space is how Khmer marks a word break: in a name it separates two parts
    # (the other zero-width characters join or format letters and are dropped)
    text = text.replace("\u200b", " ")
    text = normalize_khmer(text)  # outside Khmer this only drops zero-width characters
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

"""Which writing system a name is in, because comparison rules differ by script.

Logographic and syllabic scripts (Han, Kana, Hangul) write one syllable per character, so a
changed character is a changed name part; alphabetic scripts tolerate an edit or two.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LATIN = "Latin"
KHMER = "Khmer"
HAN = "Han"
OTHER = "Other"
CJK_SCRIPTS = frozenset({"Han", "Hangul", "Kana"})

_RANGES: list[tuple[int, int, str]] = [
    (0x0041, 0x024F, "Latin"), (0x1E00, 0x1EFF, "Latin"), (0x0370, 0x03FF, "Greek"),
    (0x1F00, 0x1FFF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0DFF, "Indic"), (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"), (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"), (0x1200, 0x139F, "Ethiopic"), (0x1780, 0x17FF, "Khmer"),
    (0x19E0, 0x19FF, "Khmer"), (0x3040, 0x30FF, "Kana"), (0x3130, 0x318F, "Hangul"),
    (0x3005, 0x3007, "Han"), (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"),
    (0xF900, 0xFAFF, "Han"), (0x20000, 0x2FFFF, "Han"),
]


def char_script(ch: str) -> str | None:
    """The script of one letter, or None for digits, punctuation and marks."""
    cp = ord(ch)
    for lo, hi, name in _RANGES:
        if lo <= cp <= hi:
            if name == "Latin" and not ch.isalpha():
                return None
            if name not in ("Khmer", "Thai", "Lao", "Myanmar", "Devanagari", "Bengali", "Indic") and unicodedata.combining(ch):
                return None
            return name
    return OTHER if ch.isalpha() else None


@lru_cache(maxsize=65536)
def scripts_of(text: str) -> frozenset[str]:
    """All scripts whose letters appear in `text`."""
    return frozenset(s for s in map(char_script, text) if s is not None)


def main_script(text: str) -> str:
    """The one script of a name: Latin when no letter is found, Han for mixed Han/Kana."""
    scripts = scripts_of(text)
    if not scripts:
        return LATIN
    if len(scripts) == 1:
        return next(iter(scripts))
    if scripts <= CJK_SCRIPTS:
        return "Kana" if "Kana" in scripts else "Han"
    non_latin = scripts - {LATIN}
    if len(non_latin) == 1:
        return next(iter(non_latin))
    return "Mixed"

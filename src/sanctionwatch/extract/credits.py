"""Photographers named in photo credits: "(AP Photo/Heng Sinith)", "AFP PHOTO / TANG CHHIN SOTHY",
"(ទុំ ម្លិះ/VOA)". NER misses them (glued to the agency by a slash) though they are people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|EPA|VOA|RFA|Getty Images|Xinhua)"
_LATIN = r"([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,3})"
_KHMER = r"([\u1780-\u17dd]+(?:\s[\u1780-\u17dd]+){1,2})"
_PATTERNS = [
    re.compile(rf"\(?{_AGENCY}\s+(?:Photo|PHOTO)\s*/\s*{_LATIN}\s*\)?"),
    re.compile(rf"\({_KHMER}\s*/\s*{_AGENCY}\)"),
    re.compile(rf"\({_LATIN}\s*/\s*{_AGENCY}\)"),
]


@dataclass(frozen=True)
class Credit:
    start: int
    end: int
    name: str


def find_credits(text: str) -> list[Credit]:
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append(Credit(match.start(1), match.end(1), match.group(1)))
    return sorted(found, key=lambda c: c.start)


_AGENCY_ONLY = re.compile(rf"\(\s*{_AGENCY}\s*\)|^[\s\-–—]*{_AGENCY}[\s.]*$", re.MULTILINE)
"""An agency credited, not acting: "(AFP)" after a dateline, a sign-off line "-- AFP"."""
SHORT_LINE = 60


@lru_cache(maxsize=1)
def _byline_re() -> re.Pattern[str] | None:
    from sanctionwatch.lang import available_languages, word_lists

    markers = sorted({m for code in available_languages()
                      for m in word_lists(code, "names.json").get("byline_markers", ())}, key=len, reverse=True)
    if not markers:
        return None
    alt = "|".join(re.escape(m) for m in markers)
    # "(Reporting by X; Editing by Y)" anywhere; a short line "Avec AFP", "Reporting by X"
    return re.compile(rf"\((?:{alt})\s[^()\n]*\)|^[ \t]*(?:{alt})\s[^\n.]{{1,{SHORT_LINE}}}$", re.MULTILINE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that credit the report's makers (a news agency after a dateline or on a
    sign-off line, a byline of reporters and editors, the pack's `byline_markers`): who is
    named there wrote or sent the report and is no actor of the story, whereas "told Reuters"
    in a sentence stays a mention."""
    spans = [(m.start(), m.end()) for m in _AGENCY_ONLY.finditer(text)]
    byline = _byline_re()
    if byline is not None:
        spans += [(m.start(), m.end()) for m in byline.finditer(text)]
    return sorted(spans)

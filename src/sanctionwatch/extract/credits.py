"""Photographers named in photo credits: "(AP Photo/Heng Sinith)", "AFP PHOTO / TANG CHHIN SOTHY",
"(ទុំ ម្លិះ/VOA)". NER misses them (glued to the agency by a slash) though they are people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

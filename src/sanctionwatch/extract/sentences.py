"""Sentence splitting for Khmer (spaCy's parser splits English and French).

Khmer ends sentences with ។ (khan) or ៕ (bariyosan); scraped text also uses ! ? and lists.
"""

from __future__ import annotations

import re

_KHMER_END = re.compile(r"[^។៕!?]+[។៕!?]*")


def split_khmer(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for match in _KHMER_END.finditer(text):
        start, end = match.span()
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if end - trail > start + lead:
            spans.append((start + lead, end - trail))
    return spans

"""Cut normalised text into paragraphs and build the stored document text.

Scraped pages put one paragraph per line; PDFs and e-mails hard-wrap lines inside a paragraph.
A line is joined to the next only when it clearly continues there (no closing punctuation and
the next line starts in lower case), so headlines and list items stay separate paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanctionwatch.clean.boilerplate import is_boilerplate

_TERMINAL = re.compile(r"[.!?។៕:;\"”’»)\]]$")
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    start: int
    end: int


def _continues(line: str, following: str) -> bool:
    return bool(line) and not _TERMINAL.search(line) and following[:1].islower()


def split_paragraphs(text: str) -> tuple[str, list[Block], int]:
    """Return (document text, paragraph blocks in it, number of boilerplate lines dropped)."""
    paragraphs: list[str] = []
    dropped = 0
    current: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if is_boilerplate(line):
            dropped += 1
            continue
        if current and not _continues(current[-1], line):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    blocks: list[Block] = []
    offset = 0
    for paragraph in paragraphs:
        blocks.append(Block(offset, offset + len(paragraph)))
        offset += len(paragraph) + len(SEPARATOR)
    return SEPARATOR.join(paragraphs), blocks, dropped

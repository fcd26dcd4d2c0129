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


def _wrap_width(text: str) -> int:
    """The width a hard-wrapped text (PDF) wraps at: the longest lines are full lines."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def split_paragraphs(text: str, hard_wrapped: bool = False) -> tuple[str, list[Block], int]:
    """Return (document text, paragraph blocks in it, number of boilerplate lines dropped).

    `hard_wrapped` (PDF text layers): a line that fills most of the wrap width and does not end
    a sentence continues on the next line even when that line starts with a capital.
    """
    paragraphs: list[str] = []
    dropped = 0
    current: list[str] = []
    width = _wrap_width(text) if hard_wrapped else 0
    for line in text.split("\n"):
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if is_boilerplate(line):
            dropped += 1
            continue
        wrapped = bool(width) and len(current[-1] if current else "") >= 0.75 * width and not _TERMINAL.search(
            current[-1] if current else ".")
        if current and not (wrapped or _continues(current[-1], line)):
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

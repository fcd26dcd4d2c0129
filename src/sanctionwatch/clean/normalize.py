"""Unicode normalisation of a whole document, before anything measures offsets in it."""

from __future__ import annotations

import re
import unicodedata

from sanctionwatch.clean.khmer import normalize_khmer

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # icon-font glyphs from scraped pages


def normalize_text(text: str) -> str:
    """NFC, Khmer canonical order, one kind of newline and space, no control characters.

    Line structure is kept: paragraphs are cut from it afterwards.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    text = _PRIVATE_USE.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    text = normalize_khmer(text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))

"""Mojibake: text that decodes cleanly but was already decoded with the wrong code page.

A file can be valid UTF-8 and still be garbage: someone opened UTF-8 as Windows-1252 and saved
it again (`Ã©` for `é`, `áž€` for Khmer `ក`), or opened KOI8-R as Latin-1 (`ëÏÍÉÔÅÔ` for
`Комитет`). Nothing in the bytes is invalid, so only the text can tell; two signals, both
independent of the language:

- **round trip**: the non-ASCII runs, turned back into bytes with a common 8-bit code page,
  are valid multi-byte UTF-8. Real text in that code page almost never is (a UTF-8 lead byte
  must be followed by continuation bytes, 0x80-0xBF, which are symbols in those pages).
- **scrambled letters**: words made mostly of Latin-1 accented letters, or with the letter case
  flipping inside the word (`ëÏÍ`), or more case-inverted words (`кОМИТЕТ`) than capitalised
  ones: a code page of another script read as this one (KOI8-R puts lower case where
  Windows-1251 and Latin-1 put upper case).
"""

from __future__ import annotations

import re

# non-ASCII characters of the Latin-1 range and of Windows-1252/1251's 0x80-0xFF
_RUN = re.compile(r"[\u0080-\u00ff\u0100-\u02ff\u0400-\u04ff\u2010-\u203a\u20ac\u2116\u2122]+")
_UTF8_MULTI = re.compile(rb"^(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+$")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _inverse(codepage: str) -> dict[str, int]:
    """Character → byte for 0x80-0xFF of `codepage`; bytes it leaves undefined map to the C1
    control of the same number, as Windows' own conversion and most editors do, and so does
    every other Latin-1 character (UTF-8 read as ISO-8859-1 shows C1 controls)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode(codepage)] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    for byte in range(0x80, 0x100):  # read as Latin-1 (ISO-8859-1) instead
        table.setdefault(chr(byte), byte)
    return table


_LABELS = {"cp1252": "Windows-1252/Latin-1", "cp1251": "Windows-1251"}
_PAGES = {page: _inverse(page) for page in ("cp1252", "cp1251")}


def _round_trips(text: str) -> tuple[int, int, str]:
    """(runs that turn back into UTF-8, non-ASCII runs, code page) for the page that explains
    the most runs."""
    runs = _RUN.findall(text)
    best = (0, len(runs), "")
    for page, table in _PAGES.items():
        hits = 0
        for run in runs:
            raw = bytes(table.get(ch, 0) for ch in run)
            if 0 not in raw and _UTF8_MULTI.match(raw):
                hits += 1
        if hits > best[0]:
            best = (hits, len(runs), page)
    return best


def _scrambled(word: str) -> bool:
    accented = sum(1 for ch in word if "\u00c0" <= ch <= "\u00ff" and ch not in "\u00d7\u00f7")
    if accented >= 3 and accented >= 0.6 * len(word):
        return True
    flips = sum(1 for a, b in zip(word, word[1:], strict=False) if a.islower() and b.isupper())
    return flips >= 2


def _inverted(word: str) -> bool:
    """`кОМИТЕТ`: a capitalised word with its case inverted."""
    return word[0].islower() and word[1:].isupper()


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def mojibake_reason(text: str) -> str | None:
    """Why `text` looks like mojibake, or None when it reads as ordinary text."""
    hits, runs, page = _round_trips(text)
    if hits >= 2 and hits >= 0.3 * runs:
        return (f"mojibake: {hits} of {runs} non-ASCII passages are UTF-8 read as {_LABELS[page]} "
                "and saved again")
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if len(words) < 3:
        return None
    bad = [w for w in words if _scrambled(w)]
    if len(bad) >= 3 and len(bad) >= 0.2 * len(words):
        return (f"mojibake: {len(bad)} of {len(words)} non-ASCII words have scrambled letters "
                f"(e.g. {bad[0]!r}): a code page read as another")
    # a code page that swaps the cases (KOI8-R read as Windows-1251): every capitalised word
    # comes out as `xYYYY`, which ordinary text has far fewer of than `Xyyyy`
    inverted = [w for w in words if _inverted(w)]
    if len(inverted) >= 2 and len(inverted) > sum(1 for w in words if _capitalised(w)):
        return (f"mojibake: {len(inverted)} words with their letter case inverted (e.g. "
                f"{inverted[0]!r}): a code page read as another")
    return None

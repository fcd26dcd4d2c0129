"""Events told again. Anniversaries: « ថ្ងៃនេះ ជាខួបគម្រប់ ១២ឆ្នាំ នៃការបាញ់សម្លាប់ … », "the tenth anniversary of the
killing of …", « le dixième anniversaire de l'assassinat de … » restate an event told long ago.

The date written near such a phrase is the day of the commemoration, not of the event: an event
dated that way would be a second, wrongly dated copy of the event the report tells elsewhere. The
event is moved back by the count of years the phrase gives (12 years before 26 April 2024 is
26 April 2012), or left undated, so that it merges with the event as told (acts._merge_events).
An event noun under a demonstrative ("this arrest", « cette arrestation », « ការដោះលែងនេះ ») names
an event already told: a date near it is the date of something else said of it.
"""

from __future__ import annotations

import datetime as dt
import re

from sanctionwatch.extract.hits import Hit
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_NUMBER = re.compile(r"(\d{1,3})\s*([^\s\d.,;:!?។]*)")  # a number and the word glued or next to it
BEFORE = 24  # characters before the cue where its count may stand ("the 12th anniversary")
BETWEEN_WORDS = 6  # words (or, unspaced, 8 characters each) from the cue to the trigger


def anniversary_years(sentence: Sentence, pack: LanguagePack, hit: Hit) -> int | None:
    """0 when the event `hit` is the one an anniversary phrase recalls (no count of years),
    the count of years when the phrase gives it, None when no anniversary governs `hit`."""
    cue = pack.cue("anniversary")
    if cue is None:
        return None
    text, rel = sentence.text, hit.start - sentence.start
    for m in cue.finditer(text):
        if m.end() > rel:
            break
        between = text[m.end():rel]
        near = len(between.split()) <= BETWEEN_WORDS if pack.spaced else len(between) <= 8 * BETWEEN_WORDS
        if not near or any(c in between for c in ".;:!?។"):
            continue
        window = text[max(0, m.start() - BEFORE):rel].translate(_DIGITS)
        # a count of years ("12 years", « ១២ឆ្នាំ ») or an ordinal ("12th", « 12e »), not a day
        counts = [int(n.group(1)) for n in _NUMBER.finditer(window) if _counts_years(pack, n.group(2))]
        return counts[-1] if counts and 0 < counts[-1] < 200 else 0
    return None


def _counts_years(pack: LanguagePack, word: str) -> bool:
    word = word.casefold()
    return pack.duration_units.get(word) == "Y" or pack.has("ordinal_suffixes", word) or (
        not pack.spaced and any(word.startswith(u) for u, v in pack.duration_units.items() if v == "Y"))


def recalled_date(date: str | None, years: int) -> str | None:
    """The event's date `years` before the commemoration's; None without a count."""
    if date is None or years <= 0:
        return None
    year, rest = date[:4], date[4:]
    if not year.isdigit():
        return None
    moved = f"{int(year) - years:04d}{rest}"
    try:
        if len(moved) == 10:
            dt.date.fromisoformat(moved)
    except ValueError:  # 29 February of a year that has none
        return moved[:7]
    return moved


def anaphoric(sentence: Sentence, pack: LanguagePack, hit: Hit, parse: Parse | None = None,
              anchor: int | None = None) -> bool:
    """Is the event noun `hit` under a demonstrative ("this release", « ការដោះលែងនេះ »)? With a
    parse, the demonstrative must be the trigger's own determiner, right before it ("the police
    that arrested him" is no anaphor)."""
    text, lo, hi = sentence.text, hit.start - sentence.start, hit.end - sentence.start
    if pack.spaced:
        before = text[:lo].split()
        if not before or not pack.has("event_anaphors", before[-1]):
            return False
        if parse is None or not parse.parsed or anchor is None:
            return hit.form == "noun"
        return any(pack.has("event_anaphors", parse.toks[j].text) and parse.toks[j].end <= hit.start
                   for j in parse.children(anchor, "aux"))
    nominal = any(text[:lo].endswith(n) for n in pack.words.get("nominalizers", ()))
    return nominal and any(text[hi:].lstrip().startswith(a) for a in pack.words.get("event_anaphors", ()))

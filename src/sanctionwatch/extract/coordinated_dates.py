"""Acts told once with several dates are several acts: "He survived two poisonings, in 2015
and 2017", « deux tentatives d'assassinat, en 2016 et en 2019 », "arrested in 2015 and again
in 2018". The sentence reader dates an event by the one date nearest its trigger; the dates
coordinated with that one (nothing but commas, the pack's `coordination_words` and its
`date_list_words` between them: "in", "and", "again", « en », « et ») each date an act of
their own, so the event is told once per date. A range ("between 2015 and 2017", « du 3 au 5
mai », the pack's `date_range_words` before the first date) is one span, not two acts. An act
told by a noun is several only when it is counted as many as the dates ("two poisonings"):
« la disparition, en 1999 et 2000, de quatre personnes » is one wave told over two years, and so is a verb's act on a class ("killed 160 protesters in 2014 and 2017").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact
from sanctionwatch.extract.hits import find_hits
from sanctionwatch.extract.report_accused import noun_written
from sanctionwatch.extract.temporal import DateExpr, find_dates
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

PUNCTUATION = ".,;:()«»\"'’"


def _joined(gap: str, pack: LanguagePack) -> bool:
    """Is the text between two dates nothing but a coordination ("and", ", in", « et en »)?"""
    words = [w.strip(PUNCTUATION).casefold() for w in gap.split()]
    words = [w for w in words if w]
    joiners = set(pack.words.get("coordination_words", ())) | set(pack.words.get("date_list_words", ()))
    return all(w in joiners for w in words) and (bool(words) or "," in gap)


def _run(dates: list[DateExpr], i: int, text: str, pack: LanguagePack) -> list[DateExpr]:
    """The dates coordinated with dates[i], in order."""
    lo = hi = i
    while lo > 0 and _joined(text[dates[lo - 1].end:dates[lo].start], pack):
        lo -= 1
    while hi + 1 < len(dates) and _joined(text[dates[hi].end:dates[hi + 1].start], pack):
        hi += 1
    run = dates[lo:hi + 1]
    before = text[:run[0].start].split()
    ranges = set(pack.words.get("date_range_words", ()))
    if before and before[-1].strip(PUNCTUATION).casefold() in ranges:
        return []  # "between 2015 and 2017": one span
    if any(d.value is None for d in run) or len({d.value for d in run}) != len(run):
        return []
    return run


def _counted(f: EventFact, s: Sentence, pack: LanguagePack, n: int) -> bool:
    """Is the event told by a noun counted `n` ("two poisonings", « deux tentatives »), or by a
    verb about named persons only?"""
    assert f.trigger_start is not None
    end = f.trigger_end if f.trigger_end is not None else f.trigger_start + 1
    hits = [h for h in find_hits(s, pack) if not h.measure and h.start < end and f.trigger_start < h.end]
    if not any(h.form == "noun" or noun_written(s, h, pack) for h in hits):
        # "He was arrested in 2015 and 2017" is two arrests; "security forces killed more than
        # 160 protesters in 2014 and 2017" one toll told over two years
        return bool(f.subjects) and not any(p.is_class for p in f.subjects)
    before = s.text[:f.trigger_start - s.start].split()
    word = before[-1].strip(PUNCTUATION).casefold() if before else ""
    return (int(word) if word.isdigit() else pack.duration_numbers.get(word)) == n


def coordinated_dates(facts: Sequence[Fact], sentences: Sequence[Sentence],
                      pack_of: Callable[[str], LanguagePack | None], doc_date: str | None) -> list[Fact]:
    """Each dated event whose date is one of several coordinated dates, told once per date."""
    out: list[Fact] = []
    for f in facts:
        if not isinstance(f, EventFact) or f.date is None or f.trigger_start is None:
            out.append(f)
            continue
        s = next((x for x in sentences if x.start <= f.trigger_start < x.end), None)
        pack = pack_of(s.lang) if s is not None else None
        if s is None or pack is None or not pack.spaced:
            out.append(f)
            continue
        dates = [d for d in find_dates(s.text, pack, doc_date) if not d.relative]
        at = next((i for i, d in enumerate(dates) if d.value == f.date), None)
        run = _run(dates, at, s.text, pack) if at is not None and len(dates) > 1 else []
        if len(run) < 2 or not _counted(f, s, pack, len(run)):
            out.append(f)
            continue
        out += [replace(f, date=d.value, date_precision=d.precision) for d in run]
    return out

"""Publication date from a document's dateline ("14 Mar 2018", "Washington, DC December 6, 2017").

Only a short line near the top that *is* a date (optionally after a place) counts: a date in
running text is an event date, not the publication date. No date found → None, never a guess.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan janvier janv",
        "february feb fevrier février fevr févr",
        "march mar mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug aout août",
        "september sep sept septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec decembre décembre déc",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num

KHMER_MONTHS = {
    "មករា": 1, "កុម្ភៈ": 2, "មីនា": 3, "មេសា": 4, "ឧសភា": 5, "មិថុនា": 6,
    "កក្កដា": 7, "សីហា": 8, "កញ្ញា": 9, "តុលា": 10, "វិច្ឆិកា": 11, "ធ្នូ": 12,
}
KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_PLACE = r"(?:[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,4}[,\s–-]+)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_DAY_MONTH_YEAR = re.compile(
    rf"^{_PLACE}{_WEEKDAY}(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^{_PLACE}{_WEEKDAY}(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)$")
_KHMER = re.compile(
    # a Khmer place or "published" label may lead ("ភ្នំពេញ ថ្ងៃ…", "ចុះផ្សាយថ្ងៃ…") and a time
    # may follow ("… ម៉ោង ១៧:២០"): the rest of the line is the date
    r"^(?:[\u1780-\u17d2\u17dd()/ ]{0,30}?)(?:ថ្ងៃ[^\s០-៩0-9]*\s*)?(?:ទី)?(?P<d>[០-៩0-9]{1,2})\s*(?:ខែ)?\s*(?P<m>"
    + "|".join(KHMER_MONTHS)
    + r")\s*(?:ឆ្នាំ)?\s*(?P<y>[០-៩0-9]{4})(?:\s*ម៉ោង\s*[០-៩0-9:.]+(?:\s*(?:ព្រឹក|ល្ងាច|រសៀល|យប់))?)?$"
)


_AGENCY_TAIL = re.compile(r"\s*\(\s*[A-Z][\w .&-]{1,20}\)$")


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def parse_dateline(line: str) -> str | None:
    """ISO date if the whole line is a dateline, else None."""
    line = line.strip().strip("–—-•|").strip()
    line = _AGENCY_TAIL.sub("", line)  # "MANAGUA, March 14, 2023 (Reuters)": the wire's name
    if not line or len(line) > 80:
        return None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(line)
        if match:
            month = MONTHS[match["m"].lower().rstrip(".")]
            return _valid(int(match["y"]), month, int(match["d"]))
    match = _ISO.match(line)
    if match:
        return _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _KHMER.match(line)
    if match:
        day = int(match["d"].translate(KHMER_DIGITS))
        year = int(match["y"].translate(KHMER_DIGITS))
        return _valid(year, KHMER_MONTHS[match["m"]], day)
    return None


_SEGMENT = re.compile(r"\s[–—|·•-]\s|\s?[|·•]\s?|៖\s*|:\s")
_KHMER_INSIDE = re.compile(_KHMER.pattern.strip("^$"))


def _segment_date(segment: str) -> str | None:
    """A date that fills a segment of a line, after at most two leading words ("Posted 12
    February 2021", "@desk · 26 Feb 2021", « Publié le 2 août 2021 », "ចុះផ្សាយ ថ្ងៃសុក្រ …")."""
    words = segment.split()
    for k in range(0, min(3, len(words))):
        date = parse_dateline(" ".join(words[k:]))
        if date:
            return date
    match = _KHMER_INSIDE.search(segment)
    if match:
        day = int(match["d"].translate(KHMER_DIGITS))
        year = int(match["y"].translate(KHMER_DIGITS))
        return _valid(year, KHMER_MONTHS[match["m"]], day)
    return None


def find_publication_date(text: str, max_lines: int = 40, top_lines: int = 8) -> str | None:
    """The first dateline among the first `max_lines` non-empty lines of `text`; in the first
    `top_lines`, a date may also fill one segment of a line of page furniture
    ("Communiqué de presse | 2 août 2021 | 11:30", "BRUSSELS, 2 October 2020 - The EU …",
    "ភ្នំពេញ ថ្ងៃទី១៣ ខែកុម្ភៈ ឆ្នាំ២០២៣៖ …"). A date inside running text is an event's, not
    the report's."""
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines:
            break
        # Letterheads put the dateline after a reference: "CL/203 – 22 – Geneva, 18 October 2018".
        # Wire stories open with one: "WASHINGTON, July 5, 2018 — The Treasury …".
        # Khmer datelines separate with "·" and end the place or label with "៖"
        parts = re.split(r"\s[–—|·]\s|៖\s*", line)
        for candidate in (line, parts[-1], parts[0], *parts[1:-1]):
            date = parse_dateline(candidate)
            if date:
                return date
        if seen <= top_lines:
            for segment in _SEGMENT.split(line)[:4]:
                if segment.strip() and len(segment) <= 80:
                    date = _segment_date(segment.strip())
                    if date:
                        return date
    return None


_LEAD = re.compile(r"^\s*(?P<lead>[^\W_][^—–\n]{0,70}?)\s*(?:—|–|--|\s-\s)\s*")
_AGENCY = re.compile(r"\(\s*[A-Z][\w .&-]{1,20}\)")


def dateline_lead(sentence: str) -> int:
    """Length of a wire dateline that opens a sentence ("WASHINGTON —", "PHNOM PENH, July 5
    (Reuters) -", « Paris, 3 mars (AFP) – »), or 0. The place is not a party to what follows:
    a parser reads "WASHINGTON — The Treasury designated …" as Washington designating.

    A lead counts only if it holds a word in capitals, a number or an agency in parentheses
    and all its other words are capitalised (a month name may be lowercase beside a number):
    "Hun Sen — the prime minister — said" is not a dateline."""
    m = _LEAD.match(sentence)
    if m is None:
        return 0
    lead = m.group("lead")
    words = re.findall(r"[^\W\d_]+", _AGENCY.sub(" ", lead))
    marked = bool(_AGENCY.search(lead)) or any(c.isdigit() for c in lead) or any(
        len(w) >= 3 and w.isupper() for w in words)
    lower = [w for w in words if not w[:1].isupper()]
    if not marked or not words or len(words) > 8:
        return 0
    if lower and not (len(lower) == 1 and lower[0].casefold() in MONTHS and any(c.isdigit() for c in lead)):
        return 0
    return m.end()

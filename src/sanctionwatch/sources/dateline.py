"""Publication date from a document's dateline ("14 Mar 2018", "Washington, DC December 6, 2017").

Only a short line near the top that *is* a date (optionally after a place) counts: a date in
running text is an event date, not the publication date. No date found → None, never a guess.
"""

from __future__ import annotations

import re


def _latin_date_words() -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """Month and weekday names (with the short forms pages write) and the labels a page writes
    around its own date, from every language pack whose dates are written in Latin letters
    (a pack whose `dates.json` names a script of its own is read by its own rule below)."""
    from sanctionwatch.lang import available_languages, pack_file

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    labels: set[str] = set()
    for code in available_languages():
        data = pack_file(code, "dates.json")
        if data.get("script"):
            continue
        for key, into in (("months", months), ("month_abbreviations", months),
                          ("weekdays", weekdays), ("weekday_abbreviations", weekdays)):
            table = data.get(key, {})
            if isinstance(table, dict):
                for word, number in table.items():
                    into.setdefault(str(word).casefold(), int(number))
        words = data.get("publication_labels", [])
        if isinstance(words, list):
            labels |= {str(w).casefold() for w in words}
    return months, weekdays, frozenset(labels)


MONTHS, _WEEKDAYS, _LABELS = _latin_date_words()

KHMER_MONTHS = {
    "មករា": 1, "កុម្ភៈ": 2, "មីនា": 3, "មេសា": 4, "ឧសភា": 5, "មិថុនា": 6,
    "កក្កដា": 7, "សីហា": 8, "កញ្ញា": 9, "តុលា": 10, "វិច្ឆិកា": 11, "ធ្នូ": 12,
}
KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")

def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!x)x"


_MONTH_RE = _alternation(MONTHS)
_PLACE = r"(?:(?P<place>[^\W\d_][\w.'-]*(?:[ ,]+[^\W\d_][\w.'-]*){0,4})[,\s–-]+)?"
_WEEKDAY = rf"(?:(?:{_alternation(_WEEKDAYS)})\.?,?\s+)?"
_DMY = rf"(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)"
_MDY = rf"(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
_DAY_MONTH_YEAR = re.compile(rf"^{_PLACE}{_WEEKDAY}{_DMY}$", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"^{_PLACE}{_WEEKDAY}{_MDY}$", re.IGNORECASE)
# dates written with figures: year first (ISO and its variants), or day and month in either
# order — read only when the numbers leave one order possible ("22/01/2018", never "05/03/2018")
_YMD_FIGURES = r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
_DMY_FIGURES = r"(?P<a>\d{1,2})(?P<sep2>[/.-])(?P<b>\d{1,2})(?P=sep2)(?P<y2>(?:19|20)\d\d)"
_INSIDE = re.compile(rf"(?<![\w/.-])(?:{_WEEKDAY}(?:{_DMY}|{_MDY.replace('?P<m>', '?P<m2>').replace('?P<d>', '?P<d2>').replace('?P<y>', '?P<y3>')})"
                     rf"|{_YMD_FIGURES.replace('?P<y>', '?P<y4>').replace('?P<m>', '?P<m4>').replace('?P<d>', '?P<d4>')}"
                     rf"|{_DMY_FIGURES})(?![\w/-]|\.\d)", re.IGNORECASE)
# a time of day and its zone beside a page's date ("3:14 p.m. ET", « à 14h05 », "10.05 GMT")
_TIME = re.compile(r"(?<![\d./])\d{1,2}\s?[:h.]\s?\d{2}(?![./]\d)(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?"
                   r"(?:\s+\(?(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?(?!\w)")
_ISO = re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)$")
_KHMER = re.compile(
    # a Khmer place or "published" label may lead ("ភ្នំពេញ ថ្ងៃ…", "ចុះផ្សាយថ្ងៃ…") and a time
    # may follow ("… ម៉ោង ១៧:២០"): the rest of the line is the date
    r"^(?:[\u1780-\u17d2\u17dd()/ ]{0,30}?)(?:ថ្ងៃ[^\s០-៩0-9]*\s*)?(?:ទី)?(?P<d>[០-៩0-9]{1,2})\s*(?:ខែ)?\s*(?P<m>"
    + "|".join(KHMER_MONTHS)
    + r")\s*(?:ឆ្នាំ)?\s*(?P<y>[០-៩0-9]{4})(?:\s*ម៉ោង\s*[០-៩0-9:.]+(?:\s*(?:ព្រឹក|ល្ងាច|រសៀល|យប់))?)?$"
)


_AGENCY = re.compile(r"\(\s*[A-Z][\w .&-]{1,20}\)")  # "(AFP)", "(Reuters)": the wire's name


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def parse_dateline(line: str) -> str | None:
    """ISO date if the whole line is a dateline, else None."""
    line = line.strip().strip("–—-•|").strip()
    line = _AGENCY.sub(" ", line).strip()  # "MANAGUA, March 14, 2023 (Reuters)": the wire's name
    if not line or len(line) > 80:
        return None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(line)
        if match and match["place"] and not all(w[:1].isupper() for w in re.split(r"[ ,]+", match["place"])):
            match = None  # a place is capitalised: "jails activist Ana Lee on 12 March 2018" is a headline
        if match:
            month = MONTHS[match["m"].lower().rstrip(".")]
            return _valid(int(match["y"]), month, int(match["d"]))
    match = _ISO.match(line)
    if match:
        return _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _INSIDE.fullmatch(line)
    if match and (match["a"] or match["y4"]):
        return _from_match(match)
    match = _KHMER.match(line)
    if match:
        day = int(match["d"].translate(KHMER_DIGITS))
        year = int(match["y"].translate(KHMER_DIGITS))
        return _valid(year, KHMER_MONTHS[match["m"]], day)
    return None


_SEGMENT = re.compile(r"\s[–—|·•/-]\s|\s?[|·•]\s?|៖\s*|:\s")
_KHMER_INSIDE = re.compile(_KHMER.pattern.strip("^$"))


def _from_match(m: re.Match[str]) -> str | None:
    """The ISO date of an `_INSIDE` match; None for figures that could be read both ways."""
    if m["d"]:
        return _valid(int(m["y"]), MONTHS[m["m"].casefold().rstrip(".")], int(m["d"]))
    if m["d2"]:
        return _valid(int(m["y3"]), MONTHS[m["m2"].casefold().rstrip(".")], int(m["d2"]))
    if m["y4"]:
        return _valid(int(m["y4"]), int(m["m4"]), int(m["d4"]))
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b:
        return _valid(int(m["y2"]), b, a)
    if b > 12 >= a:
        return _valid(int(m["y2"]), a, b)
    return _valid(int(m["y2"]), a, b) if a == b else None


def _labelled_date(segment: str) -> str | None:
    """A page's own date among the words it writes around it: labels ("Published on", « Mis
    à jour le », "by" and the author after it, `publication_labels` of the packs), a time of
    day and its zone. Exactly one date, and every other word a label — except at most two
    words before it (a place, a handle, a genre: « Billet ») and an author's name after a label."""
    text = _AGENCY.sub(" ", _TIME.sub(" ", segment))
    found = list(_INSIDE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]

    def words(part: str) -> list[str]:
        return [w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", part)]

    before, after = words(text[:m.start()]), words(text[m.end():])
    if len([w for w in before if w not in _LABELS]) > 2:  # "Billet publié le mercredi 20 janvier 2021"
        return None
    if after and not (after[0] in _LABELS and len(after) <= 4) and not all(w in _LABELS for w in after):
        return None
    return _from_match(m)


def _segment_date(segment: str) -> str | None:
    """A date that fills a segment of a line, after at most two leading words ("Posted 12
    February 2021", "@desk · 26 Feb 2021", « Publié le 2 août 2021 », "ចុះផ្សាយ ថ្ងៃសុក្រ …"),
    or among a page's date labels and a time ("Updated Jan. 22, 2018 3:14 p.m. ET")."""
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
    date = _labelled_date(segment)
    if date:
        return date
    if ", " in segment:  # « Par Jean Dupont, le 22.01.2018 »: the author, then the date
        for piece in segment.split(", "):
            date = _labelled_date(piece)
            if date:
                return date
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
        parts = re.split(r"\s[–—|·/-]\s|៖\s*", line)
        for candidate in (line, parts[-1], parts[0], *parts[1:-1]):
            date = parse_dateline(candidate)  # the wire agency is dropped there
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

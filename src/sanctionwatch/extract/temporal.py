"""Date expressions in English, French and Khmer, with their precision, resolved deterministically.

Why own rules first: the expressions that matter in this corpus are few ("3 September 2017",
"December 6, 2017", "le 16 novembre 2017", "ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨", "in July", "on Tuesday",
"Last February") and regexes give exact offsets, known precision and no dependency on the clock.
`dateparser` is only a fallback for a single expression (`parse_date`), always with
`languages=[...]` and a RELATIVE_BASE taken from the document date; with no document date a
relative expression stays unresolved (never "today").

Values are ISO 8601 at their precision: "2017" (year), "2017-09" (month), "2017-09-03" (day),
"2018-W36" (week).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.extract.spans import Requirement, fold, may_match, requirement_any

KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")

MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
KHMER_MONTHS: dict[str, int] = {
    "មករា": 1, "កុម្ភៈ": 2, "កុម្ភា": 2, "មីនា": 3, "មេសា": 4, "ឧសភា": 5, "មិថុនា": 6,
    "កក្កដា": 7, "សីហា": 8, "កញ្ញា": 9, "តុលា": 10, "វិច្ឆិកា": 11, "ធ្នូ": 12,
}
KHMER_WEEKDAYS: tuple[str, ...] = ("អាទិត្យ", "ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍")
KHMER_WEEKDAY_NUMBERS: dict[str, int] = {
    "ច័ន្ទ": 0, "ចន្ទ": 0, "អង្គារ": 1, "ពុធ": 2, "ព្រហស្បតិ៍": 3, "ព្រហស្បត្តិ៍": 3, "ព្រហស្បតិ": 3,
    "សុក្រ": 4, "សៅរ៍": 5, "សៅរិ៍": 5, "អាទិត្យ": 6,
}
"""Weekday names (and common spellings) as Python weekday numbers (Monday = 0)."""
KHMER_WEEKDAY_WHEN: dict[str, str] = {
    "ម្សិលមិញ": "yesterday", "ម្សិលម្ង៉ៃ": "day_before", "ម្សិលម្ងៃ": "day_before",
    "នេះ": "this_week", "សប្តាហ៍មុន": "last_week", "សប្ដាហ៍មុន": "last_week", "អាទិត្យមុន": "last_week",
    "មុន": "last_week", "សប្តាហ៍ក្រោយ": "next", "សប្ដាហ៍ក្រោយ": "next", "ក្រោយ": "next", "ខាងមុខ": "next",
}
"""What follows a weekday name: ថ្ងៃព្រហស្បតិ៍ម្សិលមិញ (yesterday, Thursday), ថ្ងៃសុក្រនេះ (this
week's Friday, before or after the report), ថ្ងៃពុធសប្តាហ៍មុន (last week's Wednesday)."""
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_KM_MONTH_RE = "|".join(sorted(KHMER_MONTHS, key=len, reverse=True))
_KM_WEEKDAY_RE = "|".join(sorted(KHMER_WEEKDAY_NUMBERS, key=len, reverse=True))
_KM_WHEN_RE = "|".join(sorted(KHMER_WEEKDAY_WHEN, key=len, reverse=True))
_KM_NUMBER_RE = "មួយ|ពីរ|បី|បួន|ប្រាំ|ដប់|ម្ភៃ|សាមសិប|ច្រើន|ប៉ុន្មាន"
_WEEKDAY_RE = "|".join(WEEKDAYS)
_KD = "[0-9០-៩]"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 3 September 2017 / 2 Septembre 2017 / 1er mai 2018 / 26 Feb 2018
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)),
    # December 6, 2017
    ("mdy", re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)),
    # ថ្ងៃសៅរ៍ ទី១២ ខែសីហា ឆ្នាំ២០១៧ / ថ្ងៃទី២៥ កុម្ភៈ ២០១៨ / ២៣ តុលា ១៩៩១
    ("km_dmy", re.compile(
        rf"(?:ថ្ងៃ\s*(?:{_KM_WEEKDAY_RE})?\s*)?(?:ទី\s*)?({_KD}{{1,2}})\s*(?:ខែ\s*)?({_KM_MONTH_RE})"
        rf"\s*(?:ឆ្នាំង?\s*)?({_KD}{{4}})")),
    # ថ្ងៃអង្គារ ទី៣០ ខែកញ្ញា / ទី៧ ខែវិច្ឆិកា / ថ្ងៃទី៧ ខែកុម្ភៈ ឆ្នាំនេះ (no year, or this year)
    ("km_dm", re.compile(
        rf"(?:ថ្ងៃ\s*(?:{_KM_WEEKDAY_RE})?\s*ទី|(?<![0-9០-៩])ទី)\s*({_KD}{{1,2}})\s*(?:ខែ\s*)?({_KM_MONTH_RE})"
        rf"(?:\s*(ឆ្នាំនេះ|ឆ្នាំមុន|ឆ្នាំទៅ))?(?!\s*(?:ឆ្នាំង?\s*)?{_KD})")),
    # November 2017 / juillet 2018
    ("my", re.compile(rf"\b({_MONTH_RE})\.?\s+((?:19|20)\d\d)\b", re.I)),
    # ខែកក្កដា ឆ្នាំ២០១៨
    ("km_my", re.compile(rf"ខែ\s*({_KM_MONTH_RE})\s*(?:ឆ្នាំង?\s*)?({_KD}{{4}})")),
    # November 16 (no year)
    ("md", re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)", re.I)),
    # 16 novembre / le 3 septembre / 28 August (no year)
    ("dm", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+({_MONTH_RE})\b(?!\.?,?\s+\d)", re.I)),
    # in July / last February / en juillet / July's (month of a nearby year)
    ("m", re.compile(
        rf"\b(?:(last|next|this|in|since|early|late|mid-|until|by|en|depuis|de|d[’']|fin|début|pour)\s*)?"
        rf"({_MONTH_RE})\b(?![\w-])", re.I)),
    ("km_m", re.compile(rf"ខែ\s*({_KM_MONTH_RE})")),
    # weekdays: on Tuesday, mardi
    ("weekday", re.compile(rf"\b(?:(?:on|last|ce|mardi dernier)\s+)?({_WEEKDAY_RE})\b", re.I)),
    ("rel", re.compile(
        r"\b(yesterday|today|this morning|last week|last month|last year|this year|"
        r"hier|aujourd[’']hui|ce jour|ce matin|la semaine dernière|le mois dernier|l[’']année dernière|cette année)\b",
        re.I)),
    ("km_weekday", re.compile(rf"ថ្ងៃ\s*({_KM_WEEKDAY_RE})(?:\s*({_KM_WHEN_RE}))?")),
    ("km_rel", re.compile(r"(ម្សិលមិញ|ម្សិលម្ង៉ៃ|ម្សិលម្ងៃ|ថ្ងៃស្អែក|ថ្ងៃនេះ|ឆ្នាំមុន|ឆ្នាំទៅ|ឆ្នាំនេះ|ឆ្នាំក្រោយ|"
                          r"សប្តាហ៍មុន|សប្ដាហ៍មុន|ខែមុន|ខែក្រោយ|ខែនេះ)")),
    # a bare year: 2017 (not part of 2018/2842, No 978/2012, EUR amounts or longer numbers)
    ("y", re.compile(r"(?<![\d/.,-])(?<!No )((?:19[89]|20[0-3])\d)(?![\d/]|\s*\()")),
    ("km_y", re.compile(rf"ឆ្នាំង?\s*({_KD}{{4}})")),
)


_SCREENS: dict[str, Requirement | None] = {name: requirement_any([pat]) for name, pat in _PATTERNS}


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a text: offsets are relative to the text given."""

    start: int
    end: int
    text: str
    value: str | None  # ISO at `precision`, None when relative and no reference date
    precision: str  # "year" | "month" | "week" | "day"
    relative: bool


def khmer_digits(text: str) -> str:
    """Khmer digits to ASCII (same length, so offsets survive)."""
    return text.translate(KHMER_DIGITS)


def normalise_khmer(text: str) -> str:
    """A Khmer date phrase as 'D M YYYY' words dateparser-style rules can read.

    Drops ថ្ងៃទី / ខែ / ឆ្នាំ and weekday names, maps month names to numbers: for
    `ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨` -> `29 7 2018`. Offsets do NOT survive: only for parse_date.
    """
    out = khmer_digits(text)
    for wd in KHMER_WEEKDAYS:
        out = out.replace(wd, " ")
    for token in ("ថ្ងៃទី", "ថ្ងៃ", "ទី", "ខែ", "ឆ្នាំង", "ឆ្នាំ"):
        out = out.replace(token, " ")
    for name, num in sorted(KHMER_MONTHS.items(), key=lambda kv: -len(kv[0])):
        out = out.replace(name, f" {num} ")
    return " ".join(out.split())


def _ref(ref_date: str | None) -> dt.date | None:
    """The reference date (document date) as a date; partial dates use their first day."""
    if not ref_date:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ref_date)
    if not m:
        return None
    return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_year(month: int, ref: dt.date, mode: str) -> int:
    """Year of a bare month name relative to the reference date.

    'last' -> the most recent such month strictly before the reference month; 'next' -> the
    next one; otherwise the reference year, unless the month is more than six months after the
    reference month (then last year: "in December" written in January).
    """
    if mode == "last":
        return ref.year if month < ref.month else ref.year - 1
    if mode == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year - 1 if month > ref.month + 6 else ref.year


def _weekday(wd: int, ref: dt.date) -> dt.date:
    """Most recent such weekday on or before the reference date (news report past events)."""
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def _khmer_weekday(wd: int, when: str, ref: dt.date) -> str:
    """A Khmer weekday against the report's date: yesterday's, the day before's, this week's
    (Monday to Sunday, so "ថ្ងៃសុក្រនេះ" written on a Tuesday is three days later), last week's,
    the next one; bare, the most recent such day."""
    if when == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat()
    if when == "day_before":
        return (ref - dt.timedelta(days=2)).isoformat()
    monday = ref - dt.timedelta(days=ref.weekday())
    if when == "this_week":
        return (monday + dt.timedelta(days=wd)).isoformat()
    if when == "last_week":
        return (monday - dt.timedelta(days=7 - wd)).isoformat()
    if when == "next":
        return (ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)).isoformat()
    return _weekday(wd, ref).isoformat()


def _relative(word: str, ref: dt.date) -> tuple[str, str]:
    w = word.lower().replace("’", "'")
    if w in ("yesterday", "hier", "ម្សិលមិញ"):
        return (ref - dt.timedelta(days=1)).isoformat(), "day"
    if w in ("ម្សិលម្ង៉ៃ", "ម្សិលម្ងៃ"):  # the day before yesterday
        return (ref - dt.timedelta(days=2)).isoformat(), "day"
    if w in ("today", "this morning", "aujourd'hui", "ce jour", "ce matin", "ថ្ងៃនេះ"):
        return ref.isoformat(), "day"
    if w in ("last week", "la semaine dernière", "សប្តាហ៍មុន", "សប្ដាហ៍មុន"):
        y, wk, _ = (ref - dt.timedelta(days=7)).isocalendar()
        return f"{y}-W{wk:02d}", "week"
    if w in ("last month", "le mois dernier", "ខែមុន"):
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year}-{first.month:02d}", "month"
    if w in ("last year", "l'année dernière", "ឆ្នាំមុន", "ឆ្នាំទៅ"):
        return str(ref.year - 1), "year"
    if w == "ថ្ងៃស្អែក":  # tomorrow
        return (ref + dt.timedelta(days=1)).isoformat(), "day"
    if w == "ឆ្នាំក្រោយ":  # next year
        return str(ref.year + 1), "year"
    if w == "ខែនេះ":  # this month
        return f"{ref.year:04d}-{ref.month:02d}", "month"
    if w == "ខែក្រោយ":  # next month
        nxt = (ref.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return f"{nxt.year:04d}-{nxt.month:02d}", "month"
    return str(ref.year), "year"  # this year / cette année / ឆ្នាំនេះ


def _calendar(d: DateExpr) -> bool:
    """A day and month, or a month, written without a year ("on 22 October", « en mars »,
    "ថ្ងៃទី២២ ខែតុលា"): not a weekday nor "yesterday", which count from the report's day."""
    words = set(re.findall(r"[^\W\d_]+", d.text.casefold()))
    return d.relative and d.value is not None and d.precision in ("day", "month") and (
        bool(words & MONTHS.keys()) or any(k in d.text for k in KHMER_MONTHS)) and not (
        words & WEEKDAYS.keys() or any(k in d.text for k in KHMER_WEEKDAY_NUMBERS))


def in_story_year(d: DateExpr, year: int) -> DateExpr:
    """`d` in the year of the passage it continues, when it is a day and month (or a month)
    written without a year: "On 26 April 2012 he was shot. … Two weeks later, on 22 October,
    the court …" is 2012-10-22, not October of the report's year."""
    if not _calendar(d) or d.value is None:
        return d
    value = f"{year:04d}{d.value[4:]}"
    if d.precision == "day" and _day(year, int(value[5:7]), int(value[8:10])) is None:
        return d
    return DateExpr(d.start, d.end, d.text, value, d.precision, d.relative)


def story_year(texts: list[str], lang: str) -> int | None:
    """The year of the last date written in full (day, month and year) in `texts`,
    the sentences of a passage before the one read: the time the passage tells of."""
    for text in reversed(texts):
        full = [d for d in find_dates(text, lang) if not d.relative and d.value and d.precision == "day"]
        if full:
            return int(full[-1].value[:4])  # type: ignore[index]
    return None


def find_dates(text: str, lang: str, ref_date: str | None = None) -> list[DateExpr]:
    """All date expressions in `text`, longest first where they overlap, sorted by offset.

    `lang` only narrows which rules apply (Khmer rules for km, the others for en/fr);
    `ref_date` (ISO, any precision) resolves relative expressions; without it they are
    returned with value None.
    """
    return list(_find_dates_cached(text, lang, ref_date))


@lru_cache(maxsize=4096)
def _find_dates_cached(text: str, lang: str, ref_date: str | None) -> tuple[DateExpr, ...]:
    ref = _ref(ref_date)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for name, matches in _matches(text, lang):
        for m in matches:
            a, b = m.span()
            expr = _interpret(name, m, lang, ref)
            if expr is None or not free(a, b):
                continue
            value, precision, relative = expr
            taken.append((a, b))
            found.append(DateExpr(a, b, text[a:b], value, precision, relative))
    found.sort(key=lambda d: (d.start, -d.end))
    # "le vendredi 4 juin", "on Friday, 4 June": a weekday that names an absolute date written
    # right after it is that date's, not a relative day of its own
    found = [d for i, d in enumerate(found)
             if not (d.relative and d.precision == "day" and not any(c.isdigit() for c in d.text)
                     and i + 1 < len(found) and found[i + 1].precision == "day"
                     and any(c.isdigit() for c in found[i + 1].text)
                     and _WEEKDAY_GAP.fullmatch(text[d.end:found[i + 1].start]))]
    return tuple(found)


_WEEKDAY_GAP = re.compile(r"[\s,]{0,3}(?:the\s+)?")


@lru_cache(maxsize=4096)
def _matches(text: str, lang: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """Every rule's matches in `text`, in rule order: they do not depend on the reference date,
    so a sentence read under several document dates is scanned once."""
    folded = fold(text)
    screened: dict[Requirement | None, bool] = {}
    out: list[tuple[str, tuple[re.Match[str], ...]]] = []
    for name, pat in _PATTERNS:
        if name.startswith("km_") and lang != "km" and not re.search("[\u1780-\u17ff]", text):
            continue
        req = _SCREENS[name]
        ok = screened.get(req)
        if ok is None:
            ok = screened[req] = may_match(req, folded)
        if not ok:
            continue  # none of the words this rule needs (a month name, a year's "19"/"20")
        matches = tuple(pat.finditer(text))
        if matches:
            out.append((name, matches))
    return tuple(out)


def _interpret(
    name: str, m: re.Match[str], lang: str, ref: dt.date | None
) -> tuple[str | None, str, bool] | None:
    """Value, precision and relativeness of one match, or None when it is not a date."""
    g = m.groups()
    if name == "dmy":
        v = _day(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
        return (v, "day", False) if v else None
    if name == "mdy":
        v = _day(int(g[2]), MONTHS[g[0].lower()], int(g[1]))
        return (v, "day", False) if v else None
    if name == "km_dmy":
        v = _day(int(khmer_digits(g[2])), KHMER_MONTHS[g[1]], int(khmer_digits(g[0])))
        return (v, "day", False) if v else None
    if name == "my":
        if g[0].lower() == "may" and not g[0][0].isupper():
            return None
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}", "month", False
    if name == "km_my":
        return f"{int(khmer_digits(g[1])):04d}-{KHMER_MONTHS[g[0]]:02d}", "month", False
    if name in ("md", "dm"):
        month_word, day = (g[0], g[1]) if name == "md" else (g[1], g[0])
        if month_word.lower() in ("may", "mar", "mai") and not month_word[0].isupper():
            return None
        if name == "md" and month_word.lower() in ("mars", "mai", "may") and lang == "en" and month_word != "May":
            return None
        if ref is None:
            return None, "day", True
        month = MONTHS[month_word.lower()]
        year = _month_year(month, ref, "")
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:since|depuis)(?:\s+le)?\s*$", before) and (month, int(day)) > (ref.month, ref.day):
            year -= 1  # "incarcéré depuis le 3 septembre" written in July: last September
        v = _day(year, month, int(day))
        return (v, "day", True) if v else None
    if name in ("m", "km_m"):
        mode_word = (g[0] or "").lower() if name == "m" else ""
        month_word = g[1] if name == "m" else g[0]
        if name == "m":
            low = month_word.lower()
            if low in ("may", "mar", "mai", "mars", "jan", "jun", "jul", "aug", "sep", "oct",
                       "nov", "dec", "feb", "apr", "sept") and not mode_word:
                return None  # modal "may", abbreviations without context
            if lang == "en" and not month_word[0].isupper():
                return None
            if low == "may" and not mode_word:
                return None
            month = MONTHS[low]
        else:
            month = KHMER_MONTHS[month_word]
        if ref is None:
            return None, "month", True
        mode = "last" if mode_word == "last" else "next" if mode_word == "next" else ""
        return f"{_month_year(month, ref, mode):04d}-{month:02d}", "month", True
    if name == "km_dm":
        if ref is None:
            return None, "day", True
        month = KHMER_MONTHS[g[1]]
        year = {"ឆ្នាំនេះ": ref.year, "ឆ្នាំមុន": ref.year - 1, "ឆ្នាំទៅ": ref.year - 1}.get(
            g[2] or "", _month_year(month, ref, ""))
        v = _day(year, month, int(khmer_digits(g[0])))
        return (v, "day", True) if v else None
    if name == "km_weekday":
        if ref is None:
            return None, "day", True
        return _khmer_weekday(KHMER_WEEKDAY_NUMBERS[g[0]], KHMER_WEEKDAY_WHEN.get(g[1] or "", ""), ref), "day", True
    if name == "weekday":
        if ref is None:
            return None, "day", True
        return _weekday(WEEKDAYS[g[0].lower()], ref).isoformat(), "day", True
    if name == "km_rel" and g[0] not in ("ម្សិលមិញ", "ម្សិលម្ង៉ៃ", "ម្សិលម្ងៃ", "ថ្ងៃស្អែក", "ថ្ងៃនេះ"):
        before = m.string[max(0, m.start() - 8):m.start()].rstrip()
        if re.search(rf"(?:{_KD}|{_KM_NUMBER_RE})$", before) or m.string[m.end():m.end() + 2] == "មក":
            return None  # "ពីរខែក្រោយមក", two months later: a span from another date, not next month
    if name in ("rel", "km_rel"):
        if ref is None:
            return None, "day", True
        value, precision = _relative(g[0], ref)
        return value, precision, True
    if name in ("y", "km_y"):
        return str(int(khmer_digits(g[0]))), "year", False
    return None


_DATEPARSER_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}


def parse_date(text: str, lang: str, ref_date: str | None = None) -> tuple[str, str] | None:
    """One date expression -> (ISO value, precision), or None.

    Own rules first (exact, no clock); then dateparser with `languages=[lang]` and the
    reference date as RELATIVE_BASE. Without a reference date, dateparser is only asked when
    the text carries a four-digit year, so its answer cannot depend on today's date.
    """
    src = normalise_khmer(text) if lang == "km" else text
    found = find_dates(src if lang != "km" else text, lang, ref_date)
    whole = [(d.value, d) for d in found if d.value and d.end - d.start >= len(text.strip()) * 0.6]
    if whole:
        value, best = max(whole, key=lambda w: (w[1].end - w[1].start, -w[1].start))
        return value, best.precision
    ref = _ref(ref_date)
    if ref is None and not re.search(r"(?:19|20)\d\d", src):
        return None
    return _dateparser(src, "en" if lang == "km" else lang, ref, lang == "km")


@lru_cache(maxsize=1024)
def _dateparser(
    text: str, lang: str, ref: dt.date | None, day_first: bool = False
) -> tuple[str, str] | None:
    from dateparser.date import DateDataParser

    base = dt.datetime(ref.year, ref.month, ref.day) if ref else dt.datetime(2000, 1, 1)
    settings: dict[str, object] = {
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
    }
    if day_first:
        settings["DATE_ORDER"] = "DMY"  # normalised Khmer dates read "29 7 2018"
    data = DateDataParser(languages=[lang], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    period = _DATEPARSER_PERIODS.get(data.period or "day", "day")
    d = data.date_obj.date()
    if period == "year":
        return str(d.year), "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        y, wk, _ = d.isocalendar()
        return f"{y}-W{wk:02d}", "week"
    return d.isoformat(), "day"

"""Date expressions in the languages of the packs, with their precision, resolved deterministically.

The words are data: each language pack's `dates.json` gives its month and weekday names,
ordinals, the prefixes of a bare month ("last", « fin »), relative expressions ("yesterday":
["day", -1]) and the words that read otherwise in some forms (the modal "may"); a language that
writes dates its own way (Khmer markers and digits) gives its rules too. This module holds the
shapes of dates and how each kind of match resolves against the report's date, and never
branches on a language code: a language is added as a folder.

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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.extract.spans import Requirement, fold, may_match, requirement_any
from sanctionwatch.lang import LanguagePack, PackError, available_languages, load_pack
from sanctionwatch.model import Sentence

_KINDS = ("dmy", "mdy", "my", "md", "dm", "m", "weekday", "rel", "after", "y")
"""Rule kinds, most specific first: where two matches overlap, the earlier kind's is kept."""

DEFAULT_RULES: tuple[tuple[str, str, bool], ...] = (
    # 3 September 2017 / 2 Septembre 2017 / 1er mai 2018 / 26 Feb 2018 / 3 de marzo de 2021
    ("dmy", r"\b(?P<day>\d{1,2})(?:{ordinals})?\s+{link}(?P<month>{months})\.?,?\s+{link}(?P<year>(?:19|20)\d\d)\b", True),
    # December 6, 2017
    ("mdy", r"\b(?P<month>{months})\.?\s+(?P<day>\d{1,2})(?:{ordinals})?,?\s+(?P<year>(?:19|20)\d\d)\b", True),
    # November 2017 / juillet 2018
    ("my", r"\b(?P<month>{months})\.?\s+{link}(?P<year>(?:19|20)\d\d)\b", True),
    # November 16 (no year)
    ("md", r"\b(?P<month>{months})\.?\s+(?P<day>\d{1,2})(?:{ordinals})?\b(?!\s*(?:,\s*)?\d)", True),
    # 16 novembre / le 3 septembre / 28 August (no year)
    ("dm", r"\b(?P<day>\d{1,2})(?:{ordinals})?\s+{link}(?P<month>{months})\b(?!\.?,?\s+\d)", True),
    # in July / last February / en juillet / July's (month of a nearby year)
    ("m", r"\b(?:(?P<mode>{month_prefixes})\s*)?(?P<month>{months})\b(?![\w-])", True),
    # weekdays: on Tuesday, mardi
    ("weekday", r"\b(?:(?P<when>{weekday_when})\s+|(?:{weekday_prefixes})\s+)?(?P<weekday>{weekdays})\b"
                r"(?:\s+(?P<when_after>{weekday_when})\b)?", True),
    ("rel", r"\b(?P<rel>{relative})\b", True),
    # the next day / le lendemain: a day counted from the date written before it (not « le
    # lendemain du scrutin », a day counted from an event)
    ("after", r"\b(?P<after>{days_after})\b(?!\s*(?:{of_words})(?:(?<=['’])|(?![\w])))"
              r"(?!\s+(?:{day_count_links})\s+(?:{days_after}))", True),
    # a bare year: 2017 (not part of 2018/2842, No 978/2012, EUR amounts or longer numbers)
    ("y", r"(?<![\d/.,-])(?<!No )(?P<year>(?:19[89]|20[0-3])\d)(?![\d/]|\s*\()", False),
)
"""The shapes of dates written with words and Arabic digits, for every pack that gives no rules
of its own; {months}, {ordinals} … are filled with the words of all those packs together (a
French month in an English report is still a date). A pack whose language writes dates its own
way (Khmer: ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨) lists `rules` in its dates.json instead."""

_NEVER = "(?!x)x"


def _alt(words: object) -> str:
    """Longest first, so that 'sept' is not read as 'sep'; either apostrophe for "'"."""
    ws = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("'", "['’]") for w in ws) or _NEVER


def _key(word: str) -> str:
    return word.casefold().replace("’", "'")


@dataclass(frozen=True, eq=False)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    screen: Requirement | None


@dataclass(frozen=True, eq=False)
class _Group:
    """The date rules of one or more packs, with the words they were filled from (merged)."""

    codes: frozenset[str]
    rules: tuple[_Rule, ...]
    spaced: bool
    script: re.Pattern[str] | None
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_when: dict[str, str]
    month_modes: dict[str, str]
    year_words: dict[str, int]
    relative: dict[str, tuple[str, int]]
    days_after: dict[str, int]
    lowercase_not_month: dict[str, frozenset[str]]
    bare_not_month: frozenset[str]
    since: re.Pattern[str] | None
    number_before: re.Pattern[str] | None
    span_after: tuple[str, ...]


def _merged(packs: list[LanguagePack], name: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for p in packs:
        value = p.dates.get(name, {})
        if isinstance(value, dict):
            out.update({_key(k): v for k, v in value.items()})
    return out


def _listed(packs: list[LanguagePack], name: str) -> list[str]:
    out: list[str] = []
    for p in packs:
        value = p.dates.get(name, [])
        out.extend(value if isinstance(value, list) else [])
    return out


def _group(packs: list[LanguagePack], templates: list[tuple[str, str, bool]]) -> _Group:
    """Compile `templates` with the words of `packs`."""
    months = {k: int(v) for k, v in _merged(packs, "months").items()}  # type: ignore[call-overload]
    weekdays = {k: int(v) for k, v in _merged(packs, "weekdays").items()}  # type: ignore[call-overload]
    when = {k: str(v) for k, v in _merged(packs, "weekday_when").items()}
    modes = {k: str(v) for k, v in _merged(packs, "month_prefixes").items()}
    year_words = {k: int(v) for k, v in _merged(packs, "year_words").items()}  # type: ignore[call-overload]
    relative = {k: (str(v[0]), int(v[1])) for k, v in _merged(packs, "relative").items()}  # type: ignore[index]
    days_after = {k: int(v) for k, v in _merged(packs, "days_after").items()}  # type: ignore[call-overload]
    digits = "".join(str(p.dates.get("digits", "")) for p in packs)
    links = _listed(packs, "links")
    fill = {
        "months": _alt(months), "weekdays": _alt(weekdays), "weekday_when": _alt(when),
        "month_prefixes": _alt(modes), "year_words": _alt(year_words), "relative": _alt(relative),
        "days_after": _alt(days_after), "of_words": _alt(_listed(packs, "of_words")),
        "day_count_links": _alt(_listed(packs, "day_count_links")),
        "ordinals": _alt(_listed(packs, "ordinals")), "weekday_prefixes": _alt(_listed(packs, "weekday_prefixes")),
        "digit": f"[0-9{digits}]", "link": rf"(?:(?:{_alt(links)})\s+)?" if links else "",
    }
    rules = []
    for kind, template, ignore_case in templates:
        if kind not in _KINDS:
            raise PackError(f"{', '.join(p.code for p in packs)}: dates.json: unknown rule kind {kind!r}")
        body = re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), m.group(0)), template)
        pat = re.compile(body, re.IGNORECASE if ignore_case else 0)
        rules.append(_Rule(kind, pat, requirement_any([pat])))
    lowercase: dict[str, set[str]] = {}
    for p in packs:
        for kind, words in dict(p.dates.get("lowercase_not_month", {})).items():  # type: ignore[call-overload]
            lowercase.setdefault(kind, set()).update(map(_key, words))
    scripts = [str(p.dates["script"]) for p in packs if p.dates.get("script")]
    since = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _listed(packs, "since"))
    numbers = _listed(packs, "number_words")
    return _Group(
        codes=frozenset(p.code for p in packs),
        rules=tuple(rules),
        spaced=all(p.spaced for p in packs),
        script=re.compile("|".join(scripts)) if scripts and len(scripts) == len(packs) else None,
        months=months, weekdays=weekdays, weekday_when=when, month_modes=modes,
        year_words=year_words, relative=relative, days_after=days_after,
        lowercase_not_month={k: frozenset(v) for k, v in lowercase.items()},
        bare_not_month=frozenset(map(_key, _listed(packs, "bare_not_month"))),
        since=re.compile(rf"(?:{since})\s*$") if since else None,
        number_before=re.compile(rf"(?:[0-9{digits}]|{_alt(numbers)})$") if numbers else None,
        span_after=tuple(_listed(packs, "span_after")),
    )


@dataclass(frozen=True, eq=False)
class _DateRules:
    """Every available pack's date rules, in the order they are tried."""

    groups: tuple[_Group, ...]
    ordered: tuple[tuple[_Group, _Rule], ...]
    weekday_gap: re.Pattern[str]


@lru_cache(maxsize=8)
def _date_rules(codes: tuple[str, ...]) -> _DateRules:
    """The rules of the packs `codes`, compiled once per set of packs (a date is read often).
    A pack that cannot be loaded fails where it is used as a text's language, not here: it must
    not stop the dates of every other language being read."""
    packs = [p for p in map(_pack, codes) if p is not None]
    shared = [p for p in packs if "rules" not in p.dates]
    groups = [_group(shared, list(DEFAULT_RULES))] if shared else []
    for p in packs:
        if "rules" in p.dates:
            raw = p.dates["rules"]
            if not isinstance(raw, list):
                raise PackError(f"{p.code}: dates.json: rules must be a list of {{kind, pattern}}")
            groups.append(_group([p], [(str(r["kind"]), str(r["pattern"]), bool(r.get("ignore_case", False)))
                                       for r in raw]))
    ordered = tuple(sorted(((g, r) for g in groups for r in g.rules), key=lambda gr: _KINDS.index(gr[1].kind)))
    articles = _listed(packs, "articles")
    gap = rf"[\s,]{{0,3}}(?:(?:{_alt(articles)})\s+)?" if articles else r"[\s,]{0,3}"
    return _DateRules(tuple(groups), ordered, re.compile(gap, re.IGNORECASE))


def _rules() -> _DateRules:
    return _date_rules(available_languages())


@lru_cache(maxsize=16)
def _since(pack: LanguagePack) -> re.Pattern[str] | None:
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _strings(pack.dates.get("since")))
    edge = r"(?:^|(?<=[\W\d_]))" if pack.spaced else ""  # a word's start, where words are spaced
    return re.compile(rf"{edge}(?:{words})\s*$", re.IGNORECASE) if words else None


def counted_from(text: str, d: DateExpr, pack: LanguagePack) -> bool:
    """Is `d` the start of a state ("subject to sanctions since October 2020", « gelés depuis
    le 3 mars », the pack's `since` words)? Then it dates an earlier act, not the news."""
    pat = _since(pack)
    if pat is None:
        return False
    before = text[max(0, d.start - 24):d.start]
    head = d.text.split()[0] if pack.spaced and d.text.split() else ""
    return pat.search(before) is not None or (bool(head) and pat.fullmatch(head) is not None)


def bounded_by(text: str, d: DateExpr, pack: LanguagePack) -> bool:
    """Is `d` written right after a word of the pack's `bound_markers` ("after 3 May", « jusqu'au
    28 février », "ក្រោយថ្ងៃទី៣"), a determiner or a date preposition of the pack at most
    between? It bounds a time (what came after it, what lasts until it): no act's day."""
    markers = pack.words.get("bound_markers", frozenset())
    if not markers:
        return False
    before = text[max(0, d.start - 30):d.start].casefold().replace("’", "'").rstrip()
    if pack.spaced:
        words = re.findall(r"[^\W\d_]+'?", before)
        if words and (pack.has("determiners", words[-1]) or pack.has("date_prepositions", words[-1])):
            words = words[:-1]
        marks = {m.replace("’", "'") for m in markers}
        return bool(words) and (words[-1] in marks or "".join(words[-2:]) in marks)
    if any(before.endswith(m) for m in markers):
        return True
    for w in pack.words.get("date_prepositions", frozenset()):
        if before.endswith(w):
            before = before[:-len(w)].rstrip()
            break
    return any(before.endswith(m) for m in markers)


def _pack(lang: str | LanguagePack) -> LanguagePack | None:
    if isinstance(lang, LanguagePack):
        return lang
    try:
        return load_pack(lang)
    except PackError:
        return None  # a language without a pack: dates are read with the other packs' rules


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a text: offsets are relative to the text given."""

    start: int
    end: int
    text: str
    value: str | None  # ISO at `precision`, None when relative and no reference date
    precision: str  # "year" | "month" | "week" | "day"
    relative: bool


def normalise_date_words(text: str, pack: LanguagePack) -> str:
    """A date phrase of a pack that writes dates with markers as 'D M YYYY' words
    dateparser-style rules can read.

    Drops the markers (ថ្ងៃទី / ខែ / ឆ្នាំ) and weekday names, maps month names to numbers and
    the pack's digits to ASCII: for `ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨` -> `29 7 2018`. Offsets do NOT
    survive: only for parse_date.
    """
    digits = str(pack.dates.get("digits", ""))
    out = text.translate(str.maketrans(digits, "0123456789")) if len(digits) == 10 else text
    for wd in sorted(dict(pack.dates.get("weekdays", {})), key=len, reverse=True):  # type: ignore[call-overload]
        out = out.replace(wd, " ")
    for token in _strings(pack.dates.get("markers", [])):
        out = out.replace(token, " ")
    months = dict(pack.dates.get("months", {}))  # type: ignore[call-overload]
    for name, num in sorted(months.items(), key=lambda kv: -len(kv[0])):
        out = out.replace(name, f" {num} ")
    return " ".join(out.split())


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


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


def _weekday_of(wd: int, when: str, ref: dt.date) -> str:
    """A weekday against the report's date, as the word after it says (a pack's
    `weekday_when`): yesterday's, the day before's, this week's (Monday to Sunday, so
    "ថ្ងៃសុក្រនេះ" written on a Tuesday is three days later), last week's, the next one ("next
    Monday", « mardi prochain »), the previous one ("last Monday"); bare, the most recent such day."""
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
    if when == "previous":  # "last Monday" written on a Monday: a week before
        return (ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)).isoformat()
    return _weekday(wd, ref).isoformat()


def _relative(unit: str, offset: int, ref: dt.date) -> tuple[str, str, bool]:
    """A relative expression of a pack ("yesterday": ["day", -1]) against the report's date."""
    if unit == "day":
        return (ref + dt.timedelta(days=offset)).isoformat(), "day", True
    if unit == "week":
        y, wk, _ = (ref + dt.timedelta(days=7 * offset)).isocalendar()
        return f"{y}-W{wk:02d}", "week", True
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True
    return str(ref.year + offset), "year", True


def _calendar(d: DateExpr) -> bool:
    """A day and month, or a month, written without a year ("on 22 October", « en mars »,
    "ថ្ងៃទី២២ ខែតុលា"): not a weekday, "yesterday" nor "this year", which count from the
    report's day."""
    if not (d.relative and d.value is not None and d.precision in ("day", "month")):
        return False
    words = set(re.findall(r"[^\W\d_]+", d.text.casefold()))

    def holds(names: dict[str, int], spaced: bool) -> bool:
        return bool(words & names.keys()) if spaced else any(k in d.text for k in names)

    groups = _rules().groups
    # "ថ្ងៃទី៧ ខែកុម្ភៈ ឆ្នាំនេះ" (7 February this year) says its year: the report's
    return any(holds(g.months, g.spaced) for g in groups) and not any(
        holds(g.weekdays, g.spaced) or holds(g.year_words, g.spaced) for g in groups)


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


ANAPHORIC_CUES = (("same_day", "day"), ("same_month", "month"), ("same_year", "year"))
"""The pack cues that date by reference to the date written before ("on the same day",
« de la même année », "នៅថ្ងៃនោះ"), with the unit each keeps of that date."""

_FINENESS = {"year": 0, "month": 1, "week": 1, "day": 2}


def _refer(unit: str, told: Sequence[tuple[str, str]]) -> str | None:
    """The last date told fine enough for `unit`, cut to it ("2019-12" is no "same day")."""
    fit = [v for v, p in told if p != "week" and _FINENESS.get(p, -1) >= _FINENESS[unit]]
    return fit[-1][:{"day": 10, "month": 7, "year": 4}[unit]] if fit else None


def anaphoric_dates(text: str, pack: LanguagePack, earlier: Sequence[tuple[str, str]],
                    own: Sequence[DateExpr] = ()) -> list[DateExpr]:
    """The dates `text` tells by reference to the last one written before: "On the same day" is
    the day last written (not a month: "in December 2019" cannot be a "same day"), "that same
    month" that day's or month's month, « la même année » its year. `earlier`: the (value,
    precision) of the dates written before `text`, in order; `own`: the dates of `text` itself,
    the ones written before the expression coming last. With none fine enough, the expression
    has no value (it still says that the act's date is not another one nearby)."""
    out: list[DateExpr] = []
    for cue_name, unit in ANAPHORIC_CUES:
        cue = pack.cue(cue_name)
        if cue is None:
            continue
        for m in cue.finditer(text):
            # a day written without its year is no antecedent of "the same year": it is what
            # that year completes (« le 29 novembre de la même année »)
            told = [*earlier, *((d.value, d.precision) for d in own if d.value and d.end <= m.start()
                                and not (unit == "year" and _calendar(d)))]
            out.append(DateExpr(m.start(), m.end(), m.group(0), _refer(unit, told), unit, True))
    return sorted(out, key=lambda d: (d.start, -d.end))


def dates_written_before(sentences: Sequence[Sentence], ref_date: str | None) -> dict[int, tuple[tuple[str, str], ...]]:
    """For each sentence (by start), the (value, precision) of the dates written in the
    sentences before it, in order: what "the same day" of that sentence can refer to."""
    out: dict[int, tuple[tuple[str, str], ...]] = {s.start: () for s in sentences}
    # only a sentence that says "the same day" (a pack's anaphoric cue) reads them: none, no work
    last = max((s.start for s in sentences if (p := _pack(s.lang)) is not None and (any(
        (cue := p.cue(name)) is not None and cue.search(s.text) for name, _unit in ANAPHORIC_CUES)
        or _counts_days(s.text, p))), default=-1)
    seen: list[tuple[str, str]] = []
    for s in sorted(sentences, key=lambda x: (x.start, x.end)):
        if s.start > last:
            break
        out[s.start] = tuple(seen)
        pack = _pack(s.lang)
        dates = find_dates(s.text, s.lang, ref_date)
        if pack is not None:
            dates = with_anaphors(dates, s.text, pack, seen)
        seen += [(d.value, d.precision) for d in dates if d.value]
    return out


def sentence_day(text: str, lang: str | LanguagePack, ref_date: str | None, lead: int = 0) -> tuple[str, str] | None:
    """The day a sentence tells of, when it names exactly one ("The US and Britain on Tuesday
    moved against …"): its one date past the dateline `lead`, a day, not the start of a state
    ("since 3 May"). The next sentences, telling the same news without a date, are of that day."""
    pack = _pack(lang)
    dates = [d for d in find_dates(text, lang, ref_date) if d.start >= lead and d.value]
    if len(dates) != 1 or dates[0].precision != "day" or (pack is not None and (
            counted_from(text, dates[0], pack) or bounded_by(text, dates[0], pack))):
        return None
    return dates[0].value, dates[0].precision  # type: ignore[return-value]


DATE_LINE_WORDS = 3
"""Most words besides its date in a date line ("@desk · 26 Feb 2021", "Posted 3 May 2022")."""


def date_line(text: str, lang: str | LanguagePack, ref_date: str | None) -> bool:
    """Is `text` a date line, a post's or a page's date with at most a handle or a word or two
    ("@desk · 26 Feb 2021", « Publié le 3 mai 2022 »)? What follows it is told on that day."""
    dates = [d for d in find_dates(text, lang, ref_date) if d.value]
    if len(dates) != 1:
        return False
    rest = text[:dates[0].start] + " " + text[dates[0].end:]
    return len(re.findall(r"[^\W\d_]+", rest)) <= DATE_LINE_WORDS


def with_anaphors(dates: list[DateExpr], text: str, pack: LanguagePack,
                  earlier: Sequence[tuple[str, str]]) -> list[DateExpr]:
    """`dates` with the anaphoric ones of `text` (`anaphoric_dates`). A day and month written
    without a year followed by "of the same year" (« le 29 novembre de la même année ») is that
    year's day, one date; an anaphor inside a date already read adds nothing."""
    dates = _counted_from_earlier(dates, text, pack, earlier)
    extra = anaphoric_dates(text, pack, earlier, dates)
    if not extra:
        return dates
    # « ce jour-là » is that day, not « ce jour » (today) followed by "-là"
    out = [d for d in dates if not any(a.start <= d.start and d.end <= a.end and (a.start, a.end) != (d.start, d.end)
                                       for a in extra)]
    for a in extra:
        if any(d.start <= a.start and a.end <= d.end for d in out):
            continue
        before = [d for d in out if d.end <= a.start and _calendar(d)
                  and re.fullmatch(r"[\s,]*(?:\w+['’]?\s*)?", text[d.end:a.start])]
        if a.precision == "year" and a.value is not None and before:
            d = before[-1]
            joined = in_story_year(d, int(a.value))
            out[out.index(d)] = DateExpr(d.start, a.end, text[d.start:a.end], joined.value, d.precision, True)
            continue
        out.append(a)
    return sorted(out, key=lambda d: (d.start, -d.end))


def _days_after(pack: LanguagePack) -> dict[str, int]:
    value = pack.dates.get("days_after", {})
    return {_key(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _counted_from_earlier(dates: list[DateExpr], text: str, pack: LanguagePack,
                          earlier: Sequence[tuple[str, str]]) -> list[DateExpr]:
    """« le lendemain », « deux jours plus tard », "the next day" with no day written before it
    in its own sentence count from the last day the report wrote before that sentence (the act
    told there): that day plus the pack's count of days. No day before: the expression stays
    without a value (the act's date is still not another one of the sentence)."""
    counts = _days_after(pack)
    days = [v for v, p in earlier if p == "day"]
    if not counts or not days:
        return dates
    of = pack.dates.get("of_words", [])
    links = pack.dates.get("day_count_links", [])
    pattern = re.compile(
        rf"\b(?:{_alt(counts)})\b(?!\s*(?:{_alt(of if isinstance(of, list) else [])})(?:(?<=['’])|(?![\w])))"
        rf"(?!\s+(?:{_alt(links if isinstance(links, list) else [])})\s+(?:{_alt(counts)}))", re.IGNORECASE)
    out = list(dates)
    for m in pattern.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in dates):
            continue  # counted already from a day of its own sentence
        value = (dt.date.fromisoformat(days[-1][:10]) + dt.timedelta(days=counts[_key(m.group(0))])).isoformat()
        out.append(DateExpr(m.start(), m.end(), m.group(0), value, "day", True))
    return sorted(out, key=lambda d: (d.start, -d.end))


def _counts_days(text: str, pack: LanguagePack) -> bool:
    folded = _key(text)
    return any(w in folded for w in _days_after(pack))


def story_year(texts: list[str], lang: str | LanguagePack) -> int | None:
    """The year of the last date written in full (day, month and year) in `texts`,
    the sentences of a passage before the one read: the time the passage tells of."""
    for text in reversed(texts):
        full = [d for d in find_dates(text, lang) if not d.relative and d.value and d.precision == "day"]
        if full:
            return int(full[-1].value[:4])  # type: ignore[index]
    return None


def find_dates(text: str, lang: str | LanguagePack, ref_date: str | None = None) -> list[DateExpr]:
    """All date expressions in `text`, longest first where they overlap, sorted by offset.

    `lang` is the text's language pack (or its code): the rules of every available pack are
    tried (a French month in an English report is a date), those of a pack with a script of its
    own only when the text is in that language or holds that script; the text's pack decides
    how its own words read (English writes months capitalised: "may" is a verb).
    `ref_date` (ISO, any precision) resolves relative expressions; without it they are
    returned with value None.
    """
    pack = _pack(lang)
    code = pack.code if pack is not None else str(lang)
    return list(_find_dates_cached(text, code, ref_date, available_languages()))


@lru_cache(maxsize=4096)
def _find_dates_cached(text: str, code: str, ref_date: str | None, langs: tuple[str, ...]) -> tuple[DateExpr, ...]:
    ref = _ref(ref_date)
    rules = _date_rules(langs)
    doc = _pack(code)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for group, rule, matches in _matches(text, code, langs):
        for m in matches:
            a, b = m.span()
            if rule.kind == "after":
                expr = _after(group.days_after[_key(m.group("after"))], a, found)
            else:
                expr = _interpret(rule.kind, m, group, doc, ref)
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
                     and rules.weekday_gap.fullmatch(text[d.end:found[i + 1].start]))]
    return tuple(found)


def _after(days: int, at: int, found: list[DateExpr]) -> tuple[str | None, str, bool] | None:
    """"On 10 February he signed the order, and the next day …": a day counted from the last
    day written before it in the text; none there, no date (the text does not say which)."""
    before = [d for d in found if d.end <= at and d.precision == "day" and d.value]
    if not before:
        return None  # (`with_anaphors` counts it from a day the sentences before wrote)
    last = max(before, key=lambda d: d.end)
    day = dt.date.fromisoformat(last.value) + dt.timedelta(days=days)  # type: ignore[arg-type]
    return day.isoformat(), "day", True


@lru_cache(maxsize=4096)
def _matches(text: str, code: str, langs: tuple[str, ...]) -> tuple[tuple[_Group, _Rule, tuple[re.Match[str], ...]], ...]:
    """Every rule's matches in `text`, in rule order: they do not depend on the reference date,
    so a sentence read under several document dates is scanned once."""
    folded = fold(text)
    screened: dict[Requirement | None, bool] = {}
    scripts: dict[int, bool] = {}
    out: list[tuple[_Group, _Rule, tuple[re.Match[str], ...]]] = []
    for group, rule in _date_rules(langs).ordered:
        if group.script is not None and code not in group.codes:
            held = scripts.get(id(group))
            if held is None:
                held = scripts[id(group)] = bool(group.script.search(text))
            if not held:
                continue
        req = rule.screen
        ok = screened.get(req)
        if ok is None:
            ok = screened[req] = may_match(req, folded)
        if not ok:
            continue  # none of the words this rule needs (a month name, a year's "19"/"20")
        matches = tuple(rule.pattern.finditer(text))
        if matches:
            out.append((group, rule, matches))
    return tuple(out)


def _month_of(word: str, kind: str, group: _Group, doc: LanguagePack | None, mode: str | None) -> int | None:
    """The month a month word names in a rule of `kind`, or None when the word is here
    something else: the modal "may", a bare abbreviation, a lowercase month name in a language
    that writes them capitalised (the doc pack's `capitalised_months`)."""
    low = _key(word)
    if word[:1].islower() and low in group.lowercase_not_month.get(kind, frozenset()):
        return None
    if doc is not None and kind == "md":
        only = dict(doc.dates.get("month_day_only_as", {})).get(low)  # type: ignore[call-overload]
        if only is not None and word not in only:
            return None
    if kind == "m" and not mode:
        if low in group.bare_not_month:
            return None  # modal "may", abbreviations without context
    if kind == "m" and doc is not None and doc.dates.get("capitalised_months") and word[:1].islower():
        return None
    return group.months.get(low)


def _interpret(
    kind: str, m: re.Match[str], group: _Group, doc: LanguagePack | None, ref: dt.date | None
) -> tuple[str | None, str, bool] | None:
    """Value, precision and relativeness of one match, or None when it is not a date."""
    g = m.groupdict()
    if kind in ("dmy", "mdy"):
        month = group.months.get(_key(g["month"]))
        v = _day(int(g["year"]), month, int(g["day"])) if month else None
        return (v, "day", False) if v else None
    if kind == "my":
        month = _month_of(g["month"], kind, group, doc, None)
        return (f"{int(g['year']):04d}-{month:02d}", "month", False) if month else None
    if kind in ("md", "dm"):
        month = _month_of(g["month"], kind, group, doc, None)
        if month is None:
            return None
        if ref is None:
            return None, "day", True
        day = int(g["day"])
        year_word = g.get("year_word")
        if year_word:
            year = ref.year + group.year_words[_key(year_word)]
        else:
            year = _month_year(month, ref, "")
            before = m.string[max(0, m.start() - 12):m.start()].lower()
            if group.since is not None and group.since.search(before) and (month, day) > (ref.month, ref.day):
                year -= 1  # "incarcéré depuis le 3 septembre" written in July: last September
        v = _day(year, month, day)
        return (v, "day", True) if v else None
    if kind == "m":
        mode_word = g.get("mode") or ""
        month = _month_of(g["month"], kind, group, doc, mode_word)
        if month is None:
            return None
        if ref is None:
            return None, "month", True
        mode = group.month_modes.get(_key(mode_word), "") if mode_word else ""
        return f"{_month_year(month, ref, mode):04d}-{month:02d}", "month", True
    if kind == "weekday":
        if ref is None:
            return None, "day", True
        when = group.weekday_when.get(_key(g.get("when") or g.get("when_after") or ""), "")
        return _weekday_of(group.weekdays[_key(g["weekday"])], when, ref), "day", True
    if kind == "rel":
        unit, offset = group.relative[_key(g["rel"])]
        if unit != "day" and group.number_before is not None:
            before = m.string[max(0, m.start() - 8):m.start()].rstrip()
            after = m.string[m.end():]
            if group.number_before.search(before) or any(after.startswith(w) for w in group.span_after):
                return None  # "ពីរខែក្រោយមក", two months later: a span from another date, not next month
        if ref is None:
            return None, "day", True
        return _relative(unit, offset, ref)
    if kind == "y":
        return str(int(g["year"])), "year", False
    return None


_DATEPARSER_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}


def parse_date(text: str, lang: str | LanguagePack, ref_date: str | None = None) -> tuple[str, str] | None:
    """One date expression -> (ISO value, precision), or None.

    Own rules first (exact, no clock); then dateparser with the pack's language (or the one its
    `dateparser` setting names, for a language dateparser does not read: the phrase is first
    normalised to 'D M YYYY') and the reference date as RELATIVE_BASE. Without a reference
    date, dateparser is only asked when the text carries a four-digit year, so its answer
    cannot depend on today's date.
    """
    pack = _pack(lang)
    code = pack.code if pack is not None else str(lang)
    setting = dict(pack.dates.get("dateparser", {})) if pack is not None else {}  # type: ignore[call-overload]
    src = normalise_date_words(text, pack) if pack is not None and setting else text
    found = find_dates(text, code, ref_date)
    whole = [(d.value, d) for d in found if d.value and d.end - d.start >= len(text.strip()) * 0.6]
    if whole:
        value, best = max(whole, key=lambda w: (w[1].end - w[1].start, -w[1].start))
        return value, best.precision
    ref = _ref(ref_date)
    if ref is None and not re.search(r"(?:19|20)\d\d", src):
        return None
    return _dateparser(src, str(setting.get("language", code)), ref, setting.get("date_order") == "DMY")


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

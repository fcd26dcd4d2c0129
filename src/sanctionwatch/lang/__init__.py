"""Language packs: everything language-specific that the fact extractors read, as data.

Why a pack per language (spaCy's `spacy/lang/<code>/` is the model): the extractors in
`sanctionwatch.extract` must read English, French and Khmer with one mechanism, and a fourth
language must not need a single line of extractor code. A pack is a folder holding
`lexicon.json` (measure and event triggers, consequences, legal bases), `grammar.json`
(modality cues, argument markers, pronouns, clause markers, titles, speech verbs, settings) and
`dates.json` (month and weekday names, relative expressions, and for a language that writes
dates its own way, the date rules: read by `sanctionwatch.extract.temporal`).
The `settings` of `grammar.json` say how the mention stage reads the language: `parser` (the
spaCy pipeline that parses it, or null), `segmenter` (for a language without a parser: the
registered word segmenter and name finder, `sanctionwatch.extract.mentions.SEGMENTERS`),
`spaced`, `cased` (the script has capitals), `title_case_headlines`, `name_capitals`
(`every_word` or `first_word`: how institution names are capitalised).
Packs are found in this package's folders and in every folder given to `add_pack_path` or
listed in `$SANCTIONWATCH_LANG_PATH` (os.pathsep-separated), so a user can add a language
without touching the package.

Trigger syntax (one string per trigger, matched case-insensitively on the sentence text):
words separated by spaces; `*` at the end of a word matches any ending (`designat*`); `…`
stands for a gap of up to `gap_words` words inside one clause (`froze … assets`); a word
written `>word` and those after it must follow but are no part of the trigger (`exclusion de
>candidat*`: the candidates are who the act befell, for the slots to read); `……` for a
longer one that holds a list of names and their descriptions (three times as many words; in a
script without spaces, up to 160 characters of the clause). Whether a
trigger must start and end on word boundaries is the pack's `spaced` setting (false for
scripts written without spaces between words, such as Khmer). A form named `<form>_frames`
(`consequence_frames`) holds frames: slots of alternative phrases matched in order, so that a
measure said by its consequence is one frame (a verb of preventing, the act prevented, what it
is done to) rather than one phrase per wording.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
_EXTRA_PATHS: list[Path] = []


class PackError(ValueError):
    """A language pack that cannot be loaded (names the file and the problem)."""


@dataclass(frozen=True)
class Trigger:
    """One trigger phrase of a measure or event kind, compiled.

    form: `verb` (takes subject and object), `noun` (takes prepositional arguments and is
    governed by a verb), `consequence` (a state that implies the measure: blocked property),
    or `benefit` (what the measure takes away: trade preferences, whose ending is the measure);
    for events also `negative`, a verb that says the kind's act did not happen (an acquittal
    is a conviction that was not), and `accusation`, a verb that is the kind's act only when
    a court, a prosecutor or the police say it ("prosecutors accused her of …", not "the NGO
    accuses the army of …").
    """

    kind: str
    form: str
    phrase: str
    pattern: re.Pattern[str]
    measure: bool = False

    @property
    def gapped(self) -> bool:
        """A two-part trigger ("froze … assets"): its first word is the predicate."""
        return "…" in self.phrase


@dataclass(frozen=True)
class LegalBasis:
    """A legal instrument named in the text, and the measure kind it implies."""

    pattern: re.Pattern[str]
    kind: str
    label: str


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """A language's data, compiled once. Extractors read these fields, never a language code."""

    code: str
    name: str
    spaced: bool
    parser: str | None  # the spaCy pipeline (package name) that parses the language, or None
    measure_triggers: tuple[Trigger, ...]
    event_triggers: tuple[Trigger, ...]
    legal_bases: tuple[LegalBasis, ...]
    cues: dict[str, re.Pattern[str]]
    words: dict[str, frozenset[str]]
    clause_break: re.Pattern[str]
    trigger_screen: re.Pattern[str] = re.compile(r"(?!x)x")
    triggers_by_word: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)
    exclude: re.Pattern[str] = re.compile(r"(?!x)x")
    duration: re.Pattern[str] | None = None
    duration_units: dict[str, str] = field(default_factory=dict)
    duration_numbers: dict[str, int] = field(default_factory=dict)
    dates: dict[str, object] = field(repr=False, compare=False, default_factory=dict)
    segmenter: str | None = None  # without a parser: the registered word segmenter and name finder
    cased: bool = True  # the script has capitals: a short form is a capitalised word of a full name
    title_case_headlines: bool = False  # headlines capitalise every word ("Treasury Sanctions …")
    name_capitals: str = "every_word"  # institution names: "every_word" or "first_word" (« ministère de la Justice »)
    raw: dict[str, object] = field(repr=False, compare=False, default_factory=dict)
    cue_screen: re.Pattern[str] = re.compile(r"(?!x)x")
    cues_by_word: dict[str, frozenset[str]] = field(default_factory=dict)
    cue_word_lengths: tuple[int, ...] = ()
    first_word_lengths: tuple[int, ...] = ()  # distinct lengths of the triggers' first words

    def cue(self, name: str) -> re.Pattern[str] | None:
        return self.cues.get(name)

    def cues_in(self, text: str) -> frozenset[str]:
        """The cues whose first word the text holds: only those can match it (one scan for
        all cues, so that a sentence runs only the few cue patterns it may hold)."""
        return _cues_in(text, self)

    def has(self, group: str, word: str) -> bool:
        """Is `word` (any case) in the pack's word group (pronouns, agent markers …)?"""
        return word.casefold() in self.words.get(group, frozenset())


@lru_cache(maxsize=2048)
def _cues_in(text: str, pack: LanguagePack) -> frozenset[str]:
    found = first_words_in(text, pack.cue_screen, pack.cue_word_lengths, pack.cues_by_word)
    return frozenset(name for w in found for name in pack.cues_by_word[w])


def first_words_in(text: str, screen: re.Pattern[str], lengths: tuple[int, ...], table: Mapping[str, object]) -> set[str]:
    """The first words of `table` that start where `screen` matches in `text` (folded). The
    screen reports the longest word at a place ("n'avaient"); a shorter one may open another
    phrase there (« n' » … « aucune »), so every listed length is tried."""
    # the screen's match is the longest listed word at its place: no longer one can start there
    places = [(m.start(), len(m.group(0)) or len(m.group(1))) for m in screen.finditer(text)]
    if not places:
        return set()
    folded = text.casefold().replace("’", "'")
    found = set()
    for p, longest in places:
        for k in lengths:
            if k > longest:
                break
            if folded[p:p + k] in table:
                found.add(folded[p:p + k])
    return found


def _word_screen(words: Iterable[str], spaced: bool) -> re.Pattern[str]:
    """One pattern for a set of first words that matches the longest listed word at a place (the
    trigger and cue screens). The words are written as a trie ("sanction(?:s|ed|)"): the regex
    engine tries an alternation's branches one by one at every place of the text, so the flat
    list of several hundred words, longest first, cost some ten times more. Both forms match
    the same spans: at each character the trie tries a longer word before ending one, and
    sibling branches start with different letters, so only one of them can go on. When two
    siblings could match the same letter of a text under IGNORECASE ("i" and "ı"), the flat list
    is kept."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        body = "(?!x)x"
    else:
        trie = _trie_body(ordered)
        body = trie if trie is not None else "|".join(re.escape(w).replace("'", "['’]") for w in ordered)
    # where words are spaced, a look-ahead: a first word that runs into the next word ("l'a" in
    # « L'arrestation ») must not hide another that starts inside it ("arrestation")
    return re.compile(rf"(?<![\w-])(?=({body}))" if spaced else f"(?:{body})", re.IGNORECASE)


def _trie_body(words: Iterable[str]) -> str | None:
    """The words as one trie-shaped alternation (longer continuations before the end of a word),
    or None when two branches at one place could match the same letter (see `_word_screen`)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str | None:
        letters = sorted(k for k in node if k)
        if any(_case_overlap(a, b) for i, a in enumerate(letters) for b in letters[i + 1:]):
            return None
        branches = []
        for ch in letters:
            rest = emit(node[ch])
            if rest is None:
                return None
            branches.append(("['’]" if ch == "'" else re.escape(ch)) + rest)
        if "" in node and branches:
            branches.append("")  # the word ends here, after every longer one was tried
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""

    return emit(root)


def _case_overlap(a: str, b: str) -> bool:
    """Could two different letters match one character of a text under re.IGNORECASE?"""
    if "'" in (a, b):
        return a + b in ("'’", "’'")
    try:  # the engine's own extra case equivalences ("s" and "ſ")
        extra: Mapping[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - another Python: keep the flat list
        return True
    pool = {x for c in (a, b) for x in (c, c.lower(), c.upper(), c.casefold(), c.title()) if len(x) == 1}
    pool |= {chr(k) for x in list(pool) for k in extra.get(ord(x.lower()), ()) if len(x.lower()) == 1}
    a_re, b_re = re.compile(re.escape(a), re.IGNORECASE), re.compile(re.escape(b), re.IGNORECASE)
    return any(a_re.fullmatch(x) and b_re.fullmatch(x) for x in pool)


def _cue_screen(cues: dict[str, list[str]], spaced: bool) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The first words of every cue phrase, in one pattern (see `LanguagePack.cues_in`)."""
    by_word: dict[str, set[str]] = {}
    for name, phrases in cues.items():
        for phrase in phrases:
            by_word.setdefault(_first_word(phrase), set()).add(name)
    return _word_screen(by_word, spaced), {w: frozenset(n) for w, n in by_word.items()}


def add_pack_path(path: str | Path) -> None:
    """Look for language packs in `path` too (a folder holding `<code>/lexicon.json` …)."""
    p = Path(path)
    if p not in _EXTRA_PATHS:
        _EXTRA_PATHS.insert(0, p)
    load_pack.cache_clear()
    available_languages.cache_clear()
    all_words.cache_clear()
    pack_file.cache_clear()
    word_lists.cache_clear()


@lru_cache(maxsize=64)
def pack_file(code: str, name: str) -> dict[str, object]:
    """A data file of the pack `code` (`dates.json`, `names.json`, `organisations.json` …) from
    the first search path that has it, read once; empty when the pack has none."""
    for base in _search_paths():
        path = base / code / name
        if path.is_file():
            return _read(path)
    return {}


@lru_cache(maxsize=64)
def word_lists(code: str, name: str) -> dict[str, tuple[str, ...]]:
    """A pack file of word lists (every key but `_about`-style ones a list of strings), checked:
    a list written as one string fails on load, naming the file and the key."""
    out: dict[str, tuple[str, ...]] = {}
    for key, value in pack_file(code, name).items():
        if key.startswith("_"):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(f"{code}/{name}: {key} must be a list of strings")
        out[key] = tuple(value)
    return out


@lru_cache(maxsize=64)
def all_words(group: str) -> frozenset[str]:
    """A word group (`grammar.json` words) of every installed pack together, case-folded: for
    what reads a name whose language is not its sentence's (a French body quoted in English).
    Read from the files, not through `load_pack`: modules build their word sets at import, and
    compiling every pack's triggers there would put that cost on commands that read no text."""
    out: set[str] = set()
    for code in available_languages():
        words = pack_file(code, "grammar.json").get("words", {})
        if isinstance(words, dict):
            out |= {str(w).casefold() for w in words.get(group, ())}
    return frozenset(out)


def _search_paths() -> list[Path]:
    env = [Path(p) for p in os.environ.get("SANCTIONWATCH_LANG_PATH", "").split(os.pathsep) if p]
    return [*_EXTRA_PATHS, *env, PACKAGE_DIR]


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of every pack that can be found, sorted."""
    codes: set[str] = set()
    for base in _search_paths():
        if base.is_dir():
            codes.update(d.name for d in base.iterdir() if (d / "lexicon.json").is_file())
    return tuple(sorted(codes))


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PackError(f"{path}: cannot read language pack file: {e}") from e
    if not isinstance(data, dict):
        raise PackError(f"{path}: a language pack file must hold one JSON object")
    return data


# a phrase ends at a word boundary, or on an elided word (« accusé d' » in « accusé d'incitation »)
_CLOSE = r"(?:(?<=['’])|(?![\w]))"


def _gap(spaced: bool, gap_words: int) -> str:
    """The `…` of a trigger: a few words inside one clause. A comma may close the word before
    it: « l'interdiction, décidée le 4 juin, du survol … »."""
    return rf",?(?:\s+[^\s;:!?]+){{0,{gap_words}}}?" if spaced else r"[^;:។!?]{0,40}?"


def _long_gap(spaced: bool, gap_words: int) -> str:
    """The `……` of a trigger: a whole noun phrase inside one clause, for a frame whose two
    words hold a list of people between them ("ហាមមិនឱ្យ អ្នកស្រី X អភិបាល… និងគ្រួសារ
    ចូលទឹកដី", barred Mrs X, governor of …, and her family from entering)."""
    return rf",?(?:\s+[^\s;:!?]+){{0,{3 * gap_words}}}?" if spaced else r"[^;:។!?]{0,160}?"


def phrase_regex(phrase: str, spaced: bool, gap_words: int = 4, bounded: bool = True) -> str:
    """The regular expression of one trigger or cue phrase (see the module docstring); with
    `bounded` false, without the word-boundary checks (a list of phrases checks them once)."""
    sep = r"\s+" if spaced else r"\s*"
    gap = _gap(spaced, gap_words)
    body = ""
    ahead = False
    for word in phrase.split():
        if word.startswith(">") and len(word) > 1 and body and not ahead:
            # the words from here on must follow but are no part of the trigger: who the act
            # befell (« exclusion de >candidat* »), left for the slots to read
            body += "(?="
            ahead, word = True, word[1:]
        if word == "……":
            body += _long_gap(spaced, gap_words)
            continue
        if word == "…":
            body += gap
            continue
        star = word.endswith("*")
        core = re.sub("['’]", lambda _m: "['’]", re.escape(word.rstrip("*")))  # either apostrophe
        body += (sep if body else "") + core + (r"[\w'’-]*" if star else "")
    if ahead:
        body += (r"(?![\w])" if spaced else "") + ")"
    if spaced and bounded:
        return rf"(?<![\w-]){body}{_CLOSE}"
    return body


def _compile(phrases: list[str], spaced: bool, gap: int) -> re.Pattern[str]:
    """One pattern for a list of phrases, longest first. The word boundaries are checked once
    around the alternation, not once per phrase at every position of the text: the same
    matches (a phrase that fails the closing boundary lets the next one try), found faster."""
    if not phrases:
        return re.compile(r"(?!x)x")
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(f"(?:{phrase_regex(p, spaced, gap, bounded=False)})" for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body}){_CLOSE}" if spaced else body, re.IGNORECASE)


FRAMES = "_frames"
"""A form named `<form>_frames` holds frames rather than phrases (see `_frame_triggers`)."""


def _frame_triggers(kind: str, form: str, frames: object, spaced: bool, gap: int, where: Path,
                    measure: bool) -> list[Trigger]:
    """A measure said by what it does rather than by name ("kept the officials from moving
    their funds", « interdit d'accéder à leurs avoirs »): a frame is an object of slots in
    order (the keys only name them: a verb of preventing, the act prevented, what it is done
    to), each slot a list of phrases; the frame matches one phrase of every slot, in order,
    with a gap of a few words of one clause between slots. One trigger per phrase of the
    first slot, so that the first-word screen still picks the frames a sentence may hold."""
    if not isinstance(frames, list) or not all(isinstance(f, dict) and f for f in frames):
        raise PackError(f"{where}: {kind}.{form}{FRAMES} must be a list of objects of slots")
    out = []
    for frame in frames:
        slots = [_strings(v, where, f"{kind}.{form}{FRAMES} slot {k!r}") for k, v in frame.items()]
        rest = "".join(
            _gap(spaced, gap) + (r"\s+" if spaced else r"\s*")
            + "(?:" + "|".join(phrase_regex(p, spaced, gap, bounded=False)
                               for p in sorted(slot, key=len, reverse=True)) + ")"
            for slot in slots[1:])
        shown = " … ".join("|".join(slot) for slot in slots[1:])
        for first in slots[0]:
            body = phrase_regex(first, spaced, gap, bounded=False) + rest
            pattern = rf"(?<![\w-]){body}{_CLOSE}" if spaced else body
            out.append(Trigger(kind, form, f"{first} … {shown}", re.compile(pattern, re.IGNORECASE), measure))
    return out


def _triggers(section: object, spaced: bool, gap: int, where: Path, measure: bool) -> tuple[Trigger, ...]:
    if not isinstance(section, dict):
        raise PackError(f"{where}: triggers must be an object of kind -> forms")
    out = []
    for kind, forms in section.items():
        if not isinstance(forms, dict):
            raise PackError(f"{where}: kind {kind!r} must map forms (verb, noun, consequence) to lists")
        for form, phrases in forms.items():
            if form.endswith(FRAMES):
                out += _frame_triggers(kind, form[: -len(FRAMES)], phrases, spaced, gap, where, measure)
                continue
            for phrase in phrases:
                pat = re.compile(phrase_regex(phrase, spaced, gap), re.IGNORECASE)
                out.append(Trigger(kind, form, phrase, pat, measure))
    return tuple(out)


def _first_word(phrase: str) -> str:
    return phrase.split()[0].rstrip("*").casefold().replace("’", "'")


def _screen(triggers: tuple[Trigger, ...], spaced: bool) -> tuple[re.Pattern[str], dict[str, tuple[Trigger, ...]]]:
    """One scan for the first word of every trigger, so that a sentence runs only the trigger
    patterns whose first word it holds (most sentences hold none)."""
    by_word: dict[str, list[Trigger]] = {}
    for t in triggers:
        by_word.setdefault(_first_word(t.phrase), []).append(t)
    return _word_screen(by_word, spaced), {w: tuple(ts) for w, ts in by_word.items()}


def _strings(value: object, where: Path, what: str) -> list[str]:
    """A pack's list of phrases or words, checked: a malformed pack fails on load, naming the
    file, rather than on the first sentence it reads."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"{where}: {what} must be a list of strings")
    return value


@dataclass(frozen=True)
class _Durations:
    pattern: re.Pattern[str] | None = None
    units: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)


def _durations(section: object, where: Path) -> _Durations:
    """Lengths ("five-year ban", « deux ans et demi »): a pattern with {numbers} and {units}
    filled from the pack's word lists."""
    if section is None:
        return _Durations()
    if not isinstance(section, dict) or "pattern" not in section:
        raise PackError(f"{where}: durations needs a pattern, units and numbers")
    units = {k.casefold(): str(v) for k, v in section.get("units", {}).items()}
    numbers = {k.casefold(): int(v) for k, v in section.get("numbers", {}).items()}
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!x)x"  # noqa: E731
    pattern = str(section["pattern"]).replace("{numbers}", alt(numbers)).replace("{units}", alt(units))
    return _Durations(re.compile(pattern, re.IGNORECASE), units, numbers)


@lru_cache(maxsize=16)
def load_pack(code: str) -> LanguagePack:
    """The pack for language `code`, from the first search path that has it."""
    for base in _search_paths():
        folder = base / code
        if (folder / "lexicon.json").is_file():
            break
    else:
        raise PackError(f"no language pack for {code!r} (looked in {', '.join(map(str, _search_paths()))})")
    lexicon = _read(folder / "lexicon.json")
    grammar = _read(folder / "grammar.json") if (folder / "grammar.json").is_file() else {}
    settings = grammar.get("settings", {})
    if not isinstance(settings, dict):
        raise PackError(f"{folder / 'grammar.json'}: settings must be an object")
    spaced = bool(settings.get("spaced", True))
    gap = int(settings.get("gap_words", 4))
    cues_raw = grammar.get("cues", {})
    words_raw = grammar.get("words", {})
    if not isinstance(cues_raw, dict) or not isinstance(words_raw, dict):
        raise PackError(f"{folder / 'grammar.json'}: cues and words must be objects of lists")
    measure_triggers = _triggers(lexicon.get("measures", {}), spaced, gap, folder / "lexicon.json", True)
    event_triggers = _triggers(lexicon.get("events", {}), spaced, gap, folder / "lexicon.json", False)
    screen, by_word = _screen(measure_triggers + event_triggers, spaced)
    legal_raw = lexicon.get("legal_bases", [])
    if not isinstance(legal_raw, list):
        raise PackError(f"{folder / 'lexicon.json'}: legal_bases must be a list of objects")
    legal = [LegalBasis(re.compile(item["pattern"], re.IGNORECASE), item["kind"], item["label"])
             for item in legal_raw]
    parser = settings.get("parser")
    if parser is not None and not isinstance(parser, str):
        raise PackError(f"{folder / 'grammar.json'}: settings.parser must be a pipeline name or null")
    segmenter = settings.get("segmenter")
    if segmenter is not None and not isinstance(segmenter, str):
        raise PackError(f"{folder / 'grammar.json'}: settings.segmenter must be a segmenter name or null")
    name_capitals = str(settings.get("name_capitals", "every_word"))
    if name_capitals not in ("every_word", "first_word"):
        raise PackError(f"{folder / 'grammar.json'}: settings.name_capitals must be every_word or first_word")
    durations = _durations(grammar.get("durations"), folder / "grammar.json")
    cue_lists = {name: _strings(ph, folder / "grammar.json", f"cues.{name}") for name, ph in cues_raw.items()}
    cue_screen, cues_by_word = _cue_screen(cue_lists, spaced)
    dates = _read(folder / "dates.json") if (folder / "dates.json").is_file() else {}
    return LanguagePack(
        code=code,
        name=str(settings.get("name", code)),
        spaced=spaced,
        parser=parser or None,
        measure_triggers=measure_triggers,
        event_triggers=event_triggers,
        trigger_screen=screen,
        triggers_by_word=by_word,
        legal_bases=tuple(legal),
        cues={name: _compile(ph, spaced, gap) for name, ph in cue_lists.items()},
        cue_screen=cue_screen,
        cues_by_word=cues_by_word,
        cue_word_lengths=tuple(sorted({len(w) for w in cues_by_word})),
        first_word_lengths=tuple(sorted({len(w) for w in by_word})),
        words={name: frozenset(w.casefold() for w in ws) for name, ws in words_raw.items()},
        clause_break=_compile(_strings(grammar.get("clause_markers", []), folder / "grammar.json",
                                       "clause_markers"), spaced, gap),
        exclude=_compile(_strings(lexicon.get("exclude", []), folder / "lexicon.json", "exclude"), spaced, gap),
        duration=durations.pattern,
        duration_units=durations.units,
        duration_numbers=durations.numbers,
        dates=dates,
        segmenter=segmenter or None,
        cased=bool(settings.get("cased", True)),
        title_case_headlines=bool(settings.get("title_case_headlines", False)),
        name_capitals=name_capitals,
        raw={"lexicon": lexicon, "grammar": grammar, "dates": dates},
    )


@lru_cache(maxsize=16)
def title_words(code: str) -> frozenset[str]:
    """One-word titles a person holds in pack `code` (names.json `role_titles` and
    `person_titles`: "commander", « ministre »), case-folded: a title is one person's post,
    so what follows it ("of the RSF", « des Télécommunications ») belongs to the title."""
    lists = word_lists(code, "names.json")
    return frozenset(w.casefold() for g in ("role_titles", "person_titles") for w in lists.get(g, ()) if " " not in w)

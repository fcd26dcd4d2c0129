"""People and organisations in Khmer text, where no statistical NER exists.

Khmer writes no spaces between words and glues names to honorifics and neighbours
(`លោកកឹម-សុខាជាបន្ទាន់`: "Mr Kem Sokha urgently"). We find names three ways, most precise first:
1. known spellings from the gazetteer (any of: spaced, hyphenated, glued);
2. honorific (+ titles) + a Khmer family name + a given name, whose end is the next space or
   punctuation when that is near, else khmer-nltk's first word(s), never a function word;
3. honorific + a Latin-script name (`លោក Tillerson`, `អ្នកស្រីChristia Freeland`).
A family name without an honorific is not enough: many are common words (ជា "is", សុខ "happy").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sanctionwatch.extract.gazetteer import load_gazetteer

HONORIFICS = [
    "សម្តេចតេជោ", "សម្ដេចតេជោ", "សម្តេច", "សម្ដេច", "ឯកឧត្តម", "លោកជំទាវ", "អ្នកឧកញ៉ា", "ឧកញ៉ា",
    "លោកស្រី", "អ្នកស្រី", "ព្រះបាទ", "ព្រះអង្គ", "លោក", "កញ្ញា", "នាង", "ឈ្មោះ",
]
NAME_CUES = {"ឈ្មោះ"}  # "named": introduces a name but is no title
TITLES = [
    "នាយករដ្ឋមន្ត្រី", "ឧបនាយករដ្ឋមន្ត្រី", "រដ្ឋមន្ត្រី", "ប្រធានគណបក្ស", "ប្រធាន", "អនុប្រធាន",
    "តំណាងរាស្ត្រ", "អ្នកនាំពាក្យ", "អគ្គលេខាធិការ", "ព្រឹទ្ធសមាជិក", "ឧត្តមសេនីយ៍", "មេដឹកនាំ",
    "អតីត", "ប្រធានាធិបតី", "ឯកអគ្គរដ្ឋទូត", "ចៅក្រម", "មន្ត្រី", "សកម្មជន", "អ្នកសារព័ត៌មាន",
]
FAMILY_NAMES = [
    "ហ៊ុន", "កឹម", "សម", "ស", "ជា", "ហេង", "សុខ", "កែវ", "មាស", "ប្រាក់", "ទៀ", "ហ៊ីង", "ទ្រី",
    "គន់", "ចៅ", "សេង", "លី", "លឹម", "ចាន់", "អ៊ុក", "ញឹម", "សាយ", "ប៉ែន", "ម៉ែន", "នួន", "អៀង",
    "ខៀវ", "ម៉ម", "អ៊ុំ", "គង់", "រស់", "ទេព", "ឈឹម", "យឹម", "ឡុង", "ម៉ួរ", "មូរ", "ឃួន", "ប៉ាយ",
    "នរោត្តម", "ស៊ីសុវត្ថិ", "ឌិត", "ប៉ុល", "ពិន", "សុន", "សួន", "អ៊ឹម", "ឈាង", "ជាម", "អ៊ូ",
    "អ៊ុង", "ញ៉ែម", "ម៉ៅ", "អេង", "ឡាយ", "ស៊ុន", "ទិត្យ", "ទុំ", "យស", "ពេជ្រ", "ម៉ក់", "វង្ស", "អ៊ិត",
    "ឡេង", "ហាក់", "ស៊ឹម", "គឹម", "ទេស", "ប៊ុន", "ជិន", "ចេង", "ខឹម", "ឈៀង", "ម៉េង", "ហ៊ាង",
]
FUNCTION_WORDS = {
    "ជា", "និង", "បាន", "ដែល", "នៅ", "ពី", "អោយ", "ឲ្យ", "មិន", "ក្នុង", "របស់", "ជាមួយ", "ថា", "គឺ",
    "ហើយ", "មក", "ទៅ", "នឹង", "ដោយ", "ក៏", "នេះ", "នោះ", "ទេ", "ផង", "ដែរ", "តែ", "ប៉ុន្តែ", "សម្រាប់",
    "ចំពោះ", "កាលពី", "ខណៈ", "ពេល", "បើ", "ត្រូវ", "កំពុង", "នូវ", "លើ", "ក្រោម", "ក្រោយ", "មុន",
    "ប្រកាស", "ថ្លែង", "និយាយ", "ជាបន្ទាន់", "ឈ្នះ", "ត្រឡប់មក",
}
_LATIN_NAME = re.compile(r"\s*((?:[A-Z][a-zA-Z'’-]+\.?\s?){1,4})")
_KHMER_CHAR = re.compile(r"[\u1780-\u17dd]")
# A cluster: a base (consonant or independent vowel) and the marks and subscripts it carries.
_CLUSTER = re.compile(r"[\u1780-\u17b3](?:\u17d2[\u1780-\u17b3]|[\u17b4-\u17d1\u17d3\u17dd])*")


@dataclass(frozen=True)
class KhmerName:
    start: int  # offsets within the text given to find_khmer_names
    end: int
    text: str
    name: str
    label: str
    how: str
    confidence: float
    title: str | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# An honorific, titles, or both ("នាយករដ្ឋមន្ត្រី ហ៊ុន សែន" has no លោក); a family name must follow.
_HONORIFIC_RE = re.compile(
    rf"(?:(?P<hon>{_alternation(HONORIFICS)})\s?(?P<titles>(?:(?:{_alternation(TITLES)})\s?)*)"
    rf"|(?P<tonly>(?:(?:{_alternation(TITLES)})\s?)+))"
)
_FAMILY_RE = re.compile(rf"(?:{_alternation(FAMILY_NAMES)})(?![\u17b4-\u17d3\u17dd])")


@lru_cache(maxsize=1)
def _segmenter():
    import logging

    logging.getLogger("khmer-nltk").setLevel(logging.WARNING)
    from khmernltk import word_tokenize

    return word_tokenize


def clusters(text: str) -> list[str]:
    return _CLUSTER.findall(text)


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(common words, place names, place prefixes) of data/khmer_lexicon.json."""
    raw = json.loads(resources.files("sanctionwatch.data").joinpath("khmer_lexicon.json").read_text("utf-8"))
    return frozenset(raw["common_words"]), frozenset(raw["places"]), tuple(raw["place_prefixes"])


def not_a_name(word: str) -> bool:
    """A common word, a place, or a word opening with a place prefix (វត្ត…, ខេត្ត…)."""
    common, places, prefixes = lexicon()
    return (word in common or word in places or word in FUNCTION_WORDS
            or any(word.startswith(p) for p in prefixes))


def _glued_word(text: str, start: int, family_end: int) -> bool:
    """Is the family name at `start` only the beginning of a longer common word (សម in
    សម្រេច, ស in សង្ឃឹម)? The segmenter's first word then runs past the family name."""
    tokens = [t for t in _segmenter()(text[start:start + 40], return_tokens=True) if t.strip()]
    return bool(tokens) and len(tokens[0]) > family_end - start


def _given_name(rest: str) -> str:
    """The given name at the start of `rest` (text right after a family name and separator)."""
    chunk_match = re.match(r"[\u1780-\u17d3\u17dd]+", rest)
    if not chunk_match:
        return ""
    chunk = chunk_match.group(0)
    if chunk in FUNCTION_WORDS or not_a_name(chunk):
        return ""
    if len(clusters(chunk)) <= 4 and not any(chunk.endswith(w) and len(chunk) > len(w) + 1 for w in ("ជា", "និង", "បាន")):
        return chunk
    tokens = [t for t in _segmenter()(chunk, return_tokens=True) if t.strip()]
    if not tokens or tokens[0] in FUNCTION_WORDS or not_a_name(tokens[0]):
        return ""
    given = tokens[0]
    if len(clusters(given)) < 2 and len(tokens) > 1 and tokens[1] not in FUNCTION_WORDS:
        if len(clusters(given + tokens[1])) <= 4:
            given += tokens[1]
    return given if len(clusters(given)) <= 5 else ""


@lru_cache(maxsize=1)
def _gazetteer_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Known Khmer spellings, longest first, compiled once (not per paragraph); a match must
    end at a cluster boundary so that a name is never cut inside a syllable."""
    forms = sorted(load_gazetteer().khmer_forms(), key=lambda f: -len(f[0]))
    return tuple((re.compile(re.escape(form) + r"(?![\u17b4-\u17d3\u17dd])"), form, entity.label)
                 for form, entity in forms)


_SPACED = re.compile(r"[ \u00a0]?([\u1780-\u17d3\u17dd]{1,12}) ([\u1780-\u17d3\u17dd]{1,18})(?=[\s។៕,;:!?\)]|$)")


def _spaced_name(text: str, at: int) -> tuple[int, int] | None:
    """`លោក ឈុត វុទ្ធី ប្រធាន…`: after an honorific, two short words each written between spaces
    are a family and a given name even when the family name is not a listed one, unless either is
    a common word, a function word or a place."""
    match = _SPACED.match(text, at)
    if not match:
        return None
    family, given = match.group(1), match.group(2)
    if len(clusters(family)) > 2 or len(clusters(given)) > 4 or len(clusters(given)) < 1:
        return None
    if not_a_name(family) or not_a_name(given) or _HONORIFIC_RE.match(family):
        return None
    if any(given.startswith(w) and len(clusters(w)) >= 2 for w in FUNCTION_WORDS):
        return None
    return match.start(1), match.end(2)


def find_khmer_names(text: str) -> list[KhmerName]:
    """Names in a Khmer paragraph, non-overlapping, in text order."""
    found: list[KhmerName] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(item: KhmerName) -> None:
        if free(item.start, item.end):
            found.append(item)
            taken.append((item.start, item.end))

    for pattern, form, label in _gazetteer_patterns():
        for match in pattern.finditer(text):
            add(KhmerName(match.start(), match.end(), form, form, label, "gazetteer", 0.95))
    for hon in _HONORIFIC_RE.finditer(text):
        after = hon.end()
        title = ((hon["hon"] or "") + " " + (hon["titles"] or hon["tonly"] or "")).strip()
        title = " ".join(w for w in title.split() if w not in NAME_CUES) or None
        latin = _LATIN_NAME.match(text, after) if hon["hon"] else None
        if latin and latin.group(1).strip():
            name = latin.group(1).strip().rstrip(".")
            start = latin.start(1)
            add(KhmerName(start, start + len(name), name, name, "PER", "honorific+latin", 0.8, title))
            continue
        family = _FAMILY_RE.match(text, after)
        if not family:
            spaced = _spaced_name(text, after)
            if spaced is not None:
                add(KhmerName(spaced[0], spaced[1], text[spaced[0]:spaced[1]], text[spaced[0]:spaced[1]], "PER",
                              "honorific+spaced-name", 0.65, title))
            continue
        sep = re.match(r"[\s\-]?", text[family.end():]).group(0)
        if not sep and _glued_word(text, family.start(), family.end()):
            continue  # សម្រេច "decide", not the family name សម
        given = _given_name(text[family.end() + len(sep):])
        if not given or not_a_name(text[family.start():family.end() + len(sep) + len(given)].replace(" ", "")):
            continue
        end = family.end() + len(sep) + len(given)
        written = text[family.start():end]
        add(KhmerName(family.start(), end, written, written, "PER",
                      "honorific+family-name", 0.7, title))
    return sorted(found, key=lambda k: k.start)

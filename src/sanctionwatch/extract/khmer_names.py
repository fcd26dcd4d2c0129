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

import re
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.extract.gazetteer import load_gazetteer

HONORIFICS = [
    "សម្តេចតេជោ", "សម្ដេចតេជោ", "សម្តេច", "សម្ដេច", "ឯកឧត្តម", "លោកជំទាវ", "អ្នកឧកញ៉ា", "ឧកញ៉ា",
    "លោកស្រី", "អ្នកស្រី", "ព្រះបាទ", "ព្រះអង្គ", "លោក", "កញ្ញា", "នាង",
]
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


def _given_name(rest: str) -> str:
    """The given name at the start of `rest` (text right after a family name and separator)."""
    chunk_match = re.match(r"[\u1780-\u17dd]+", rest)
    if not chunk_match:
        return ""
    chunk = chunk_match.group(0)
    if chunk in FUNCTION_WORDS:
        return ""
    if len(clusters(chunk)) <= 4 and not any(chunk.endswith(w) and len(chunk) > len(w) + 1 for w in ("ជា", "និង", "បាន")):
        return chunk
    tokens = [t for t in _segmenter()(chunk, return_tokens=True) if t.strip()]
    if not tokens or tokens[0] in FUNCTION_WORDS:
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
        latin = _LATIN_NAME.match(text, after) if hon["hon"] else None
        if latin and latin.group(1).strip():
            name = latin.group(1).strip().rstrip(".")
            start = latin.start(1)
            add(KhmerName(start, start + len(name), name, name, "PER", "honorific+latin", 0.8, title))
            continue
        family = _FAMILY_RE.match(text, after)
        if not family:
            continue
        sep = re.match(r"[\s\-]?", text[family.end():]).group(0)
        given = _given_name(text[family.end() + len(sep):])
        if not given:
            continue
        end = family.end() + len(sep) + len(given)
        written = text[family.start():end]
        add(KhmerName(family.start(), end, written, written, "PER",
                      "honorific+family-name", 0.7, title))
    return sorted(found, key=lambda k: k.start)

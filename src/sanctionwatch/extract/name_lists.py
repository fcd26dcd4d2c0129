"""Names in list-shaped paragraphs: case files that enumerate people with reference codes.

The IPU's case files list parliamentarians as "KHM76 – Chan Cheng KHM48 – Ky Wandara …":
a statistical NER model reads such a line as one long blur and glues codes to names. When
most segments of a paragraph (split on dashes) are a capitalised name next to a code, each
name is a person. A paragraph that does not look like such a list is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.lang import all_words, available_languages, word_lists

_SEPARATOR = re.compile(r"\s+[–—-]\s+")
_CODE = r"(?:\d*[A-Z]{2,4}[-]?\d{1,4})"
_NAME = r"([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,3})"
_SEGMENT = re.compile(rf"^(?:{_CODE}\s+)?{_NAME}(?:\s+\((?:Ms|Mr|Mrs)\.?\))?(?:\s+{_CODE})?$")
MIN_SEGMENTS = 5
MIN_SHARE = 0.6


@dataclass(frozen=True)
class ListedName:
    start: int
    end: int
    name: str


def find_listed_names(text: str) -> list[ListedName]:
    """Names of a list-shaped paragraph (offsets in `text`); [] for ordinary prose."""
    spans = []
    start = 0
    for sep in _SEPARATOR.finditer(text):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(text)))
    if len(spans) < MIN_SEGMENTS:
        return []
    found = []
    for s, e in spans:
        match = _SEGMENT.match(text[s:e].strip())
        if match:
            offset = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            found.append(ListedName(offset + match.start(1), offset + match.end(1), match.group(1)))
    if len(found) / len(spans) < MIN_SHARE:
        return []
    return found


# -- coordinated names -------------------------------------------------------------------------
# "Aung Kyaw Zaw, Khin Maung Soe, Khin Hlaing and Thura San Lwin": NER often tags some members
# of such a list and not others. A list whose members are all name-shaped and at least one of
# which is a person found by NER is a list of people.
_WORD = r"(?:(?:[DO]['’])?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*|(?:al|el|Al|El)-[A-Z][a-zà-ÿ]+|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_PARTICLE = r"(?:von|van|der|den|de|du|da|del|della|dos|bin|ibn|binti|al|el|la|le|d['’])"
_CHUNK = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
_JOIN = r"(?:,\s+(?:and\s+|et\s+)?|\s+(?:and|et)\s+|;\s+)(?:(?:to|for|with|à|pour|avec)\s+)?"
_COORDINATION = re.compile(rf"(?<![\w-])({_CHUNK}(?:{_JOIN}{_CHUNK})+)(?![\w-])")
_CHUNK_RE = re.compile(_CHUNK)


def coordinated_names(text: str, persons: list[tuple[int, int]]) -> list[ListedName]:
    """Name-shaped members of a coordinated list (`A, B and C`) of which at least one member is
    already a person (`persons`: spans in `text`); the members not yet found are returned."""
    out: list[ListedName] = []
    for match in _COORDINATION.finditer(text):
        members = [(match.start(1) + m.start(), match.start(1) + m.end(), m.group(0))
                   for m in _CHUNK_RE.finditer(match.group(1))]
        if len(members) < 2:
            continue
        anchored = [any(s < pe and ps < e for ps, pe in persons) for s, e, _ in members]
        if not any(anchored):
            continue
        out.extend(ListedName(s, e, name) for (s, e, name), known in zip(members, anchored, strict=True)
                   if not known)
    return out


# -- names set off by a role --------------------------------------------------------------------
def _role_words(key: str) -> list[str]:
    """The `key` list of every pack's names.json (exact case: "PM" is a title, "pm" is not)."""
    return [w for code in available_languages() for w in word_lists(code, "names.json").get(key, ())]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern[str], ...]:
    before = _alternation(_role_words("role_nouns_before"))
    after = _alternation(_role_words("role_nouns_after"))
    quals = _alternation(_role_words("role_qualifiers"))
    titles = _alternation(_role_words("role_titles"))
    enders = _alternation(sorted(all_words("role_list_enders")))
    end = rf"(?=\s*(?:[,;:.)]|\s(?:{enders})\s|$))"
    role_then_name = re.compile(
        rf"(?<![\w-])(?i:{before})(?![\w-])[^,;:.()\n]{{0,60}},\s+({_CHUNK}){end}")
    name_then_role = re.compile(
        rf"(?:^|(?<=[\s(;:]))({_CHUNK}),\s+(?i:(?:{quals})\s*)*(?i:{after})(?![\w])")
    title_then_name = re.compile(rf"(?<![\w-])(?:{titles})\s+({_CHUNK})(?![\w-])")
    # "the rapper Toomaj Salehi", « le journaliste X »: a determiner, a role noun, the name
    dets = _alternation(sorted(all_words("determiners")))
    det_role_name = re.compile(
        rf"(?<![\w-])(?i:{dets})\s+(?:(?i:{quals})\s+)*(?i:{before})\s+({_CHUNK})(?![\w-])")
    # "Francisco Díaz, the national police chief": a determiner and up to two lower-case words
    # before the role noun that closes the apposition
    name_then_described_role = re.compile(
        rf"(?:^|(?<=[\s(;:]))({_CHUNK}),\s+(?i:{dets})\s+((?:[^\W\d_][\w-]*\s+){{1,2}})"
        rf"(?i:{after})(?=\s*[,;.)]|\s+(?:of|de|du|des)\s)")
    return role_then_name, name_then_role, title_then_name, det_role_name, name_then_described_role


def role_set_names(text: str, taken: list[tuple[int, int]],
                   headline: Callable[[int, int], bool] | None = None) -> list[ListedName]:
    """Name-shaped phrases a role sets off: "security adviser, Néstor Moncada Lau;",
    "Xia Baolong, Director of …", "Fung Wai-kong, who ran …", "Thai PM Prayut Chan-o-cha".
    Phrases overlapping a mention already found (`taken`) are left to it."""
    out: list[ListedName] = []
    patterns = _role_patterns()
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.start(1), match.end(1)
            if pattern in (patterns[2], patterns[3]) and headline is not None and headline(start, end):
                continue  # "… Army Commander Over Wartime Killings": any word is capitalised there
            if pattern is patterns[4] and not match.group(2).islower():
                continue  # the words before the role are a description in lower case
            if any(s < end and start < e for s, e in taken) or any(o.start < end and start < o.end for o in out):
                continue
            out.append(ListedName(start, end, match.group(1)))
    return out


"""Honorifics and job titles written before names, in many languages.

They are not part of a name, and leaving them in makes `Samdech Hun Sen` and `Hun Sen` look
like different people to any string comparison. The extractor reuses these lists, so they are
public; the words themselves are data (`data/name_titles.json`, by language: English, French,
German, Spanish, Arabic and Khmer honorifics in Latin letters, Burmese, Khmer). Khmer writes
titles glued to the name (`លោកកឹម សុខា`, `ឯ.ឧ.ប្រាក់ សុខុន`), so Khmer titles are stripped as
prefixes, not only as whole words; several can be stacked (`សម្តេចតេជោ ...`). Particles
(`von der`, `bin`, `al-`) are not titles: they stay in the name.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from sanctionwatch.names.normalize import normalize_khmer


def _load() -> dict[str, dict[str, list[str]]]:
    """The title lists, by kind (honorifics, titles) and language, from data/name_titles.json."""
    raw = (resources.files("sanctionwatch") / "data" / "name_titles.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, list[str]]] = json.loads(raw)
    return data


_DATA = _load()


def _latin(kind: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for lang, terms in _DATA[kind].items() if lang != "km" for t in terms))


LATIN_HONORIFICS: tuple[str, ...] = _latin("honorifics")
LATIN_TITLES: tuple[str, ...] = _latin("titles")
KHMER_HONORIFICS: tuple[str, ...] = tuple(_DATA["honorifics"]["km"])
KHMER_TITLES: tuple[str, ...] = tuple(_DATA["titles"]["km"])
HONORIFICS: tuple[str, ...] = LATIN_HONORIFICS + KHMER_HONORIFICS
TITLES: tuple[str, ...] = LATIN_TITLES + KHMER_TITLES

# Titles are only stripped when a name follows them ("M. Kem Sokha", not a lone "Prince").
_LATIN_RE = re.compile(
    r"^(?:(?:"
    + "|".join(re.escape(t) for t in sorted(LATIN_HONORIFICS + LATIN_TITLES, key=len, reverse=True))
    + r")(?:\s+|(?<=\.)(?=\w)))+",
    re.IGNORECASE,
)


def _khmer_forms() -> list[str]:
    forms = {normalize_khmer(t) for t in KHMER_HONORIFICS + KHMER_TITLES}
    return sorted(forms, key=len, reverse=True)


_KHMER_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in _khmer_forms()) + r")[\s\-]*)+")
# A Khmer prefix is only a title when it is followed by a consonant (a name), never by a mark:
# `លោកស្រី` must not be read as `លោក` + `ស្រី`, nor `ព្រះ` cut out of `ព្រះរាជ...`.
_KH_MARK = re.compile(r"^[\u17b4-\u17d3\u17dd]")


@lru_cache(maxsize=32768)
def strip_honorifics(text: str) -> str:
    """`text` without leading honorifics and job titles, in English, French or Khmer.

    Never returns an empty string for a non-empty name: if everything looks like a title
    (`Lok`, `Prince`), the input is returned unchanged, because a bare title is still the
    only handle a user gave us.
    """
    original = text.strip()
    rest = original
    for _ in range(6):
        before = rest
        latin = _LATIN_RE.match(rest)
        if latin and latin.end() < len(rest):
            rest = rest[latin.end():].lstrip(" ,")
        khmer = _KHMER_RE.match(normalize_khmer(rest)) if rest[:1] >= "\u1780" else None
        if khmer:
            norm = normalize_khmer(rest)
            tail = norm[khmer.end():]
            while tail and _KH_MARK.match(tail) and khmer.end() > 0:
                # the longest title ate a prefix of the name: give back the shortest title only
                shorter = _shortest_prefix(norm)
                tail = norm[len(shorter):] if shorter else norm
                break
            if tail.strip():
                rest = tail.lstrip(" -")
        if rest == before:
            break
    return rest.strip() or original


def _shortest_prefix(text: str) -> str:
    best = ""
    for form in _khmer_forms():
        if text.startswith(form) and not _KH_MARK.match(text[len(form):]):
            if not best or len(form) < len(best):
                best = form
    return best

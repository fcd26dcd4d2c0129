"""One name part written by several languages' romanisations: a key they all share.

A Russian, Belarusian or Arabic name reaches us through French (`Poutine`, `Loukachenko`,
`Serguei`, `Khrouchtchev`), English (`Putin`, `Lukashenko`, `Sergei`, `Khrushchev`) and German
(`Gorbatschow`, `Sergej`) conventions, each consistent in itself. Edit distance sees
`Loukachenko`/`Lukashenko` as three edits; these conventions differ by rule, so the rules are
written down (data/translit_rules.json: ou/u, tch/ch, sh/ch, kh/h, zh/j, -ov/-ev/-ow/-off,
final -ei/-ey/-ej/-iy, -ine/-in …) and applied to both spellings: equal keys mean one name
written by two conventions. The matcher scores such a pair as a transliteration, and the
screening index adds the key's skeleton so that candidates are found across conventions.
Short parts (under four letters) get no key: `Ley`/`Ly` are two names, not two spellings.
Chinese names have two romanisations of their own, Wade-Giles (`Mao Tse-tung`, `Hsi Chin-ping`)
and Pinyin (`Mao Zedong`, `Xi Jinping`): forms made only of Chinese syllables get a key of their
own (`chinese_key`), compared when one side is spelt the Wade-Giles way and the other Pinyin.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

MIN_LENGTH = 4


def _data(name: str) -> Any:  # noqa: ANN401 - parsed JSON
    """One of the package's data files (`data/translit_rules.json`, …), parsed."""
    return json.loads((resources.files("sanctionwatch") / "data" / name).read_text(encoding="utf-8"))


def _rules(rules: list[list[str]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement, _why in rules)


_TRANSLIT = _data("translit_rules.json")
_RULES = _rules(_TRANSLIT["rules"])


@lru_cache(maxsize=262144)
def latin_variants_key(form: str) -> str:
    """The shared key of a lower-case ASCII name part's romanisations; '' if too short.

    `poutine` and `putin` → `putin`; `loukachenko` and `lukashenko` → `lukachenko`;
    `serguei`, `sergey` and `sergej` → `sergi`.
    """
    if len(form) < MIN_LENGTH or not form.isascii() or not form.isalpha():
        return ""
    text = form.lower()
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def same_romanisation(a: str, b: str) -> bool:
    """Are two ASCII name parts one name written by two romanisation conventions?"""
    key = latin_variants_key(a)
    return bool(key) and key == latin_variants_key(b)


def _load_forms() -> frozenset[tuple[str, str]]:
    data = _data("given_name_forms.json")
    pairs: set[tuple[str, str]] = set()
    for full, shorts in data["names"].items():
        full_form = full.replace("-", "")
        for short in shorts:
            pairs.add((full_form, short))
            pairs.add((short, full_form))
    for group in data["languages"]:
        pairs.update((a, b) for a in group for b in group if a != b)
    return frozenset(pairs)


_FAMILIAR = _load_forms()


def familiar_form(a: str, b: str) -> bool:
    """Is one of two ASCII given names a familiar form of the other (`Ted`/`Theodore`), or the
    same name in another language (`John`/`Juan`/`Jean`, `Pierre`/`Peter`)?

    From data/given_name_forms.json; names only, never a rule on letters (`Ben` is short for
    `Benjamin`, but `Sok` is not short for `Sokha`).
    """
    return (a, b) in _FAMILIAR


_SYLLABLES = re.compile(f"(?:{_TRANSLIT['chinese']['syllable']})+")
_MARKERS = re.compile(_TRANSLIT["chinese"]["markers"])
_CHINESE_RULES = _rules(_TRANSLIT["chinese"]["rules"])


@lru_cache(maxsize=65536)
def chinese_key(form: str) -> str:
    """Wade-Giles and Pinyin spellings of one Chinese name part to one key; '' if the form is
    not made of Chinese syllables (`tsetung` and `zedong` → `zedong`, `hsi` and `xi` → `xi`)."""
    if not form.isascii() or not _SYLLABLES.fullmatch(form):
        return ""
    text = form
    for pattern, replacement in _CHINESE_RULES:
        text = pattern.sub(replacement, text)
    return text


def same_chinese_syllables(a: str, b: str) -> bool:
    """Are two forms one Chinese name, one spelt in Wade-Giles and the other in Pinyin?

    Both must be Chinese syllables only, and one must show a spelling that only Wade-Giles or
    only Pinyin uses (`hs`, `ts`, `ung`, `ih` / `x`, `q`, `zh`, `ong`): `Tina`/`Dina` are not
    compared this way, `Hsi`/`Xi` and `Tse-tung`/`Zedong` are.
    """
    if a == b:
        return False
    key = chinese_key(a)
    if not key or key != chinese_key(b):
        return False
    return bool(_MARKERS.search(a) or _MARKERS.search(b))


_KANA_RULES = _rules(_TRANSLIT["kana_foreign"]["rules"])


@lru_cache(maxsize=65536)
def kana_foreign_form(form: str) -> str:
    """A romanised Katakana name part without the vowels Japanese adds after consonants
    (`baraku` → `barak`, `donarudo` → `donard`): how the foreign name it spells is written."""
    text = form
    for pattern, replacement in _KANA_RULES:
        text = pattern.sub(replacement, text)
    return text

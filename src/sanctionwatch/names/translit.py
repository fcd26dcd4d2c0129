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
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

MIN_LENGTH = 4


def _load() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = (resources.files("sanctionwatch") / "data" / "translit_rules.json").read_text(encoding="utf-8")
    return tuple((re.compile(pattern), replacement) for pattern, replacement, _why in json.loads(raw)["rules"])


_RULES = _load()


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
    raw = (resources.files("sanctionwatch") / "data" / "given_name_forms.json").read_text(encoding="utf-8")
    pairs: set[tuple[str, str]] = set()
    for full, shorts in json.loads(raw)["names"].items():
        full_form = full.replace("-", "")
        for short in shorts:
            pairs.add((full_form, short))
            pairs.add((short, full_form))
    return frozenset(pairs)


_FAMILIAR = _load_forms()


def familiar_form(a: str, b: str) -> bool:
    """Is one of two ASCII given names a familiar form of the other (`Ted`/`Theodore`)?

    From data/given_name_forms.json; names only, never a rule on letters (`Ben` is short for
    `Benjamin`, but `Sok` is not short for `Sokha`).
    """
    return (a, b) in _FAMILIAR

"""Screening inputs: the query/candidate record and the checks that arbitrary input must pass.

Names arrive from users and from scraped lists: empty strings, pasted paragraphs, control
characters, parts mixing two non-Latin scripts. (Latin look-alikes inside a Cyrillic or Greek
part, `Васовa`, are common in real lists and are handled: each letter is transliterated.) Each is rejected with a message the user can act on (as
`InvalidQuery`), instead of an obscure failure deep in a comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sanctionwatch.names.normalize import has_control, normalize_name
from sanctionwatch.names.script import CJK_SCRIPTS, LATIN, OTHER, char_script
from sanctionwatch.screen.errors import InvalidQuery

MAX_NAME_CHARS = 300
MAX_NAMES = 50
PERSON_SCHEMATA = frozenset({"Person"})
ORG_SCHEMATA = frozenset({"Organization", "Company", "PublicBody", "LegalEntity"})
THING_SCHEMATA = frozenset({"Vessel", "Airplane"})
KNOWN_SCHEMATA = PERSON_SCHEMATA | ORG_SCHEMATA | THING_SCHEMATA | {"Thing"}


@dataclass(frozen=True)
class Record:
    """What is known about one party: names plus optional birth date, countries, gender."""

    names: tuple[str, ...]
    schema: str = "Person"
    birth_dates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    gender: str | None = None
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def make(
        cls, names: str | list[str] | tuple[str, ...] | None, schema: str = "Person",
        birth_date: str | list[str] | None = None, country: str | list[str] | None = None,
        gender: str | None = None,
    ) -> Record:
        """Build a validated record from loose user input (strings or lists)."""
        if not isinstance(names, (str, list, tuple)):
            raise InvalidQuery(f"names must be a string or a list of strings, not {type(names).__name__}")
        as_tuple = (names,) if isinstance(names, str) else tuple(names)
        dates = () if birth_date is None else ((birth_date,) if isinstance(birth_date, str) else tuple(birth_date))
        countries = () if country is None else ((country,) if isinstance(country, str) else tuple(country))
        return cls(validate_names(as_tuple), validate_schema(schema), tuple(d.strip() for d in dates if d and d.strip()),
                   tuple(c.strip().lower() for c in countries if c and c.strip()),
                   gender.strip().lower() if gender else None)


def validate_schema(schema: str) -> str:
    if schema not in KNOWN_SCHEMATA:
        raise InvalidQuery(f"unknown schema {schema!r}; use one of {sorted(KNOWN_SCHEMATA)}")
    return schema


def validate_name(name: object) -> str:
    """The normalised name, or InvalidQuery saying what is wrong with it."""
    if not isinstance(name, str):
        raise InvalidQuery(f"a name must be a string, not {type(name).__name__}")
    if has_control(name):
        raise InvalidQuery("the name contains control characters")
    if len(name) > MAX_NAME_CHARS * 4:
        raise InvalidQuery(f"the name is {len(name)} characters long; at most {MAX_NAME_CHARS} are allowed")
    clean = normalize_name(name)
    if not clean or not any(ch.isalnum() for ch in clean):
        raise InvalidQuery("the name is empty (no letters or digits)")
    if len(clean) > MAX_NAME_CHARS:
        raise InvalidQuery(f"the name is {len(clean)} characters long; at most {MAX_NAME_CHARS} are allowed")
    for token in clean.split():
        scripts = {_group(char_script(ch)) for ch in token} - {None, OTHER}
        if len(scripts - {LATIN}) > 1:
            raise InvalidQuery(f"the name part {token!r} mixes scripts {sorted(s for s in scripts if s)}; write each part in one script")
    return clean


def _group(script: str | None) -> str | None:
    """Han, Kana and Hangul are written together in one Japanese or Korean name."""
    return "CJK" if script in CJK_SCRIPTS else script


def validate_names(names: tuple[str, ...]) -> tuple[str, ...]:
    if not names:
        raise InvalidQuery("at least one name is required")
    if len(names) > MAX_NAMES:
        raise InvalidQuery(f"{len(names)} names given; at most {MAX_NAMES} are allowed")
    return tuple(dict.fromkeys(validate_name(n) for n in _with_alternatives(names)))


_SLASH = re.compile(r"\s*/\s*")
_LETTERS = re.compile(r"[^\W\d_]")


def _with_alternatives(names: tuple[str, ...]) -> list[str]:
    """Each name, then the alternatives written in it with a slash (`Al-Qa'ida/Islamic Army`).

    Only when every side has three letters or more: `A/S` is a legal form, `AC/DC` one name.
    """
    out: list[str] = []
    for name in names:
        out.append(name)
        if isinstance(name, str) and "/" in name:
            sides = [s for s in _SLASH.split(name) if s.strip()]
            if len(sides) > 1 and all(len(_LETTERS.findall(s)) >= 3 for s in sides):
                out.extend(sides)
    return out


def name_kind(schema: str) -> str:
    """`person` or `org`: which parsing rules fit the schema (LegalEntity parses as org)."""
    return "person" if schema in PERSON_SCHEMATA else "org"


def compatible(a: str, b: str) -> bool:
    """Can entities of these schemata be the same thing? A Person is never a Company."""
    if a == b or "Thing" in (a, b):
        return True
    if "LegalEntity" in (a, b):
        return a not in THING_SCHEMATA and b not in THING_SCHEMATA
    return (a in ORG_SCHEMATA and b in ORG_SCHEMATA)

"""Organisations carry their country: a ministry of one country is never another's.

Every state has a `Ministry of Defence` and a `Ministry of Interior`, so the name of a public
body says what it is but not which one: the country does. A registry body read in Cambodian
reports (`Defence ministry`, `Cambodian Ministry of Interior`) and a listed one (the UN list's
DPRK `MINISTRY OF DEFENCE`, OFAC's `MINISTRY OF INTERIOR`) are candidates for one another only
when their countries agree. Countries come from the entity's properties (country, jurisdiction,
mainCountry, nationality…) and from the names themselves: a country name or demonym in any
language FollowTheMoney knows (`Cambodian`, `of Burma`, `កម្ពុជា`, `Russian Federation`).

Two rules, for organisations only (people travel and hold several nationalities):
* both sides have countries and none is shared: different bodies;
* a name that is generic — only words for a kind of body, its field and country words
  (`Ministry of Defence`, `National Police`, `ក្រសួងមហាផ្ទៃ`) — needs a country on both sides,
  and a shared one: without it, nothing tells which state's body it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from sanctionwatch.names.latin import ascii_form
from sanctionwatch.names.normalize import normalize_name

COUNTRY_PROPS = ("country", "jurisdiction", "mainCountry", "nationality", "citizenship")
PERSON_SCHEMATA = frozenset({"Person"})

# Words that name a kind of public body or its field, in English, French, German and Khmer. A
# name made only of these (and function words, and country words) is generic.
BODY_WORDS = frozenset("""
ministry ministries minister ministere ministerium department departement office bureau agency
agence authority autorite directorate direction general generale national nationale state etat
federal federation royal republic republique democratic government gouvernement council conseil
committee comite commission assembly assemblee parliament parlement senate senat court cour
tribunal supreme constitutional police gendarmerie army armee armed forces force navy marine air
military militaire guard guards garde security securite intelligence renseignement service
services defence defense interior interieur home affairs foreign exterieur etrangeres etrangere
justice finance finances economy economie health sante education information communication
communications labour labor travail agriculture environment environnement transport transports
land lands planning public publique publics people peoples popular populaire central centrale
customs douane douanes immigration border prison prisons penitentiary headquarters command
commandement staff chief unit brigade division battalion regiment corps special anti terrorism
counter investigation prosecutor prosecution parquet election electoral elections
bundesministerium verteidigung innern auswartiges amt bundesamt polizei heer
""".split())
FUNCTION_WORDS = frozenset("the of and for on de du des la le les et l d der die das und".split())
KHMER_BODY_WORDS = ("ក្រសួង", "អគ្គស្នងការដ្ឋាន", "អគ្គនាយកដ្ឋាន", "នាយកដ្ឋាន", "កងកម្លាំង", "កងទ័ព",
                    "នគរបាល", "ទីស្តីការគណៈរដ្ឋមន្ត្រី", "រដ្ឋសភា", "ព្រឹទ្ធសភា", "តុលាការ", "គណៈកម្មាធិការ",
                    "កងរាជអាវុធហត្ថ", "អង្គភាព")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MAX_COUNTRY_WORDS = 6


@lru_cache(maxsize=1)
def _country_type():  # noqa: ANN202 - followthemoney's CountryType
    from followthemoney.types import registry

    return registry.country


@lru_cache(maxsize=65536)
def country_code(text: str) -> str | None:
    """ISO code of a country name, demonym or code in any language FtM knows, or None."""
    text = text.strip()
    if not text:
        return None
    code: str | None = _country_type().clean(text)
    return code


@lru_cache(maxsize=65536)
def name_countries(name: str) -> frozenset[str]:
    """Countries named in an organisation's name, the longest reading first.

    `Democratic People's Republic of Korea` is kp, not also kr for the `Republic of Korea`
    inside it: words a longer country name used are not read again.
    """
    words = _WORD.findall(normalize_name(name))
    found: set[str] = set()
    used: set[int] = set()
    for size in range(min(MAX_COUNTRY_WORDS, len(words)), 0, -1):
        for start in range(0, len(words) - size + 1):
            span = range(start, start + size)
            if used.intersection(span):
                continue
            chunk = words[start:start + size]
            if size > 1 and (ascii_form(chunk[0]) in FUNCTION_WORDS or ascii_form(chunk[-1]) in FUNCTION_WORDS):
                continue
            if size == 1 and (len(chunk[0]) < 4 or ascii_form(chunk[0]) in BODY_WORDS):
                continue  # `US`, `UN`, `AIR` are too ambiguous alone; a body word is no country
            code = country_code(" ".join(chunk))
            if code:
                found.add(code)
                used.update(span)
    return frozenset(found)


@lru_cache(maxsize=65536)
def is_generic_body(name: str) -> bool:
    """Is the name only words for a kind of public body, its field and countries?"""
    clean = normalize_name(name)
    if any(clean.startswith(word) for word in KHMER_BODY_WORDS):
        return True
    raw = _WORD.findall(clean)
    words = [ascii_form(w) for w in raw]
    # a short country code counts only in capitals (`US Army`), never `us` in a sentence
    upper = {ascii_form(w): w.isupper() for w in raw}
    words = [w for w in words if w]
    if not words:
        return False
    body = False
    for word in words:
        if word in BODY_WORDS:
            body = True
        elif word not in FUNCTION_WORDS and not ((len(word) >= 4 or upper[word]) and country_code(word)):
            return False
    return body


def _values(props: Mapping[str, Any], names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for prop in names:
        for value in props.get(prop) or []:
            if isinstance(value, str):
                out.append(value)
    return out


def entity_countries(entity: Mapping[str, Any]) -> frozenset[str]:
    """The countries of an FtM entity dict: its country properties, then its names'."""
    props = entity.get("properties") or {}
    found = {code for value in _values(props, COUNTRY_PROPS) if (code := country_code(value))}
    if entity.get("schema") not in PERSON_SCHEMATA:
        for name in _values(props, ("name", "alias")):
            found |= name_countries(name)
    return frozenset(found)


def different_bodies(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Must this pair of organisations not be proposed as one (different countries)?

    False for people and for a person against anything: the rule is about bodies.
    """
    if a.get("schema") in PERSON_SCHEMATA or b.get("schema") in PERSON_SCHEMATA:
        return False
    countries_a, countries_b = entity_countries(a), entity_countries(b)
    if countries_a and countries_b:
        return not countries_a & countries_b
    names = _values(a.get("properties") or {}, ("name",)) + _values(b.get("properties") or {}, ("name",))
    return any(is_generic_body(n) for n in names)

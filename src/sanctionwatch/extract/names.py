"""Clean and vet a person or organisation name as the text wrote it.

Precision matters more than recall for people: a date, a place, a headline fragment or a
"Sen. Sokha" listed as a person would end up in a registry of accused individuals.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.lang import available_languages, pack_file, word_lists


def _neutral_words() -> dict[str, tuple[str, ...]]:
    """Name words of no language (data/name_words.json): platforms, agencies, legal forms."""
    raw = json.loads(resources.files("sanctionwatch.data").joinpath("name_words.json").read_text("utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def _name_words(key: str) -> frozenset[str]:
    """The `key` list of every installed pack's names.json, with the language-neutral one: names
    in a report of one language are quoted from others, so every language's words apply."""
    words = set(_neutral_words().get(key, ()))
    for code in available_languages():
        words.update(w.casefold() for w in word_lists(code, "names.json").get(key, ()))
    return frozenset(words)


def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every pack (dates.json), full forms only: "May" or « mars » is
    no person, but an abbreviation ("Jan") can be a given name."""
    words: set[str] = set()
    for code in available_languages():
        dates = pack_file(code, "dates.json")
        for key in ("months", "weekdays"):
            table = dates.get(key, {})
            if not isinstance(table, dict):
                continue
            names = [str(n).casefold() for n in table]
            words.update(n for n in names if not any(o != n and o.startswith(n) and table[o] == table[n]
                                                     for o in names))
    return frozenset(words)


def _load_titles() -> list[str]:
    """Titles of every pack (names.json `person_titles`): a name in any document may carry them."""
    out: list[str] = []
    for code in available_languages():
        out.extend(word_lists(code, "names.json").get("person_titles", ()))
    return out


TITLES = _load_titles()
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\s+)+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ID_TOKEN = re.compile(r"^(?:[A-Z]{2,4}\d+|\d+\w*|\(.*\))$")
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_LOWER_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "bin", "binti", "al", "el", "da", "dos", "di"}
STOP_WORDS_IN_PERSON = _name_words("not_in_person_names")
MONTHS = _calendar_words()


def strip_titles(name: str) -> str:
    """Remove leading honorifics and job titles ("Prime Minister Hun Sen" → "Hun Sen")."""
    return _TITLE_RE.sub("", name.strip()).strip()


def clean_name(text: str) -> str:
    """The name without titles, possessive, parentheses, trailing ids and odd spacing."""
    name = _PARENS.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip(" ,;:-–—\"“”'‘’.")
    name = strip_titles(name)
    name = _POSSESSIVE.sub("", name).strip()
    tokens = [t for t in name.split() if not _ID_TOKEN.match(t)]
    return " ".join(tokens).strip(" ,;:-–—")


def title_of(text: str) -> str | None:
    """The title written before the name, if any ("Prime Minister" in "Prime Minister Hun Sen")."""
    match = _TITLE_RE.match(text.strip())
    if not match:
        return None
    title = match.group(0).strip()
    return title if len(title) > 3 else None


_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|ibn|bin|ben|abu)-[A-Z]")
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.replace("-", " ").split()) | {"first", "second", "deputy"}


def only_titles(name: str) -> bool:
    """`First Deputy Chief`: a name made of title words only names nobody."""
    return all(w.lower().strip(".,") in _TITLE_WORDS for w in name.replace("-", " ").split())


def plausible_person(name: str) -> bool:
    """Is this cleaned Latin-script string plausibly a person's name?"""
    if has_khmer(name):
        return len(name) >= 2
    tokens = name.split()
    if not tokens or len(tokens) > 5 or len(name) < 3 or only_titles(name):
        return False
    if any(ch.isdigit() for ch in name) or "#" in name or "@" in name:
        return False
    if tokens[0].lower() in _LOWER_PARTICLES or (len(tokens) == 1 and tokens[0].isupper()):
        return False
    for token in tokens:
        bare = token.strip(".,'’-").lower()
        if bare in STOP_WORDS_IN_PERSON or bare in MONTHS:
            return False
        if token[:1].islower() and bare not in _LOWER_PARTICLES and not _PARTICLE_PREFIX.match(token):
            return False
        if token.endswith(".") and len(token.rstrip(".")) > 1 and token.rstrip(".").isalpha():
            # "Sen. Sokha": a full word followed by a period is a sentence end inside the span
            return False
    return any(len(t.strip(".")) > 1 for t in tokens)


ORG_WORDS = _name_words("organisation_words")
# an institution written in lower case before its complement (« ministère de la Sécurité »)
LOWER_CASE_INSTITUTIONS = _name_words("lower_case_institutions")
_TRAILING_FUNCTION = _name_words("trailing_words")
GENERIC_ORG_WORDS = _name_words("generic_organisation_words")
NOT_ORG_ACRONYMS = frozenset(_neutral_words().get("not_organisation_acronyms", ()))


# a capital after three lower-case letters inside one word (not Mc/Mac/De/La surnames)
_BRAND = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]{3,}$")
_CAMEL = re.compile(r"[A-Z][a-z]+")


def plausible_organization(name: str) -> bool:
    """An organisation name: an acronym, or several words one of which says 'organisation'."""
    if has_khmer(name):
        return len(name) >= 3
    if len(name) < 2 or len(name) > 120 or name.lower() in MONTHS or "!" in name:
        return False
    tokens = name.replace("’", "'").replace("'", " ").split()
    lower_institution = (tokens[0] in LOWER_CASE_INSTITUTIONS and len(tokens) >= 3
                    and tokens[1].lower() in {"de", "des", "du", "d", "l", "la", "pour"}
                    and any(t[:1].isupper() for t in tokens[2:]))
    numbered = tokens[0][:1].isdigit() and len(tokens) > 1 and tokens[1][:1].isupper()  # 33rd Light Infantry Division
    if (not tokens[0][:1].isupper() and not lower_institution and not numbered) or tokens[-1].lower() in _TRAILING_FUNCTION:
        return False
    if any(re.fullmatch(r"[A-Z]{2,4}\d+", t) for t in tokens):
        return False
    if tokens[0].lower() == "courtesy":
        return False
    content = [t.lower().strip(".,") for t in tokens if t.lower() not in _TRAILING_FUNCTION]
    if content and all(t in ORG_WORDS or t in GENERIC_ORG_WORDS for t in content):
        return False  # "Parti Politique", "Recent Committee": a description, not a name
    if len(tokens) == 1:
        bare = tokens[0].strip(".")
        if bare.replace(".", "").upper() in NOT_ORG_ACRONYMS:
            return False
        if _BRAND.search(bare) and not any(part.lower() in STOP_WORDS_IN_PERSON for part in _CAMEL.findall(bare)):
            return True  # TotalEnergies: a capital inside a word is a brand's (ChatSecure is an app)
        return bare.isupper() and 2 <= len(bare.replace(".", "")) <= 8 and bare.replace(".", "").isalpha()
    return any(t.lower().strip(".,") in ORG_WORDS for t in tokens)

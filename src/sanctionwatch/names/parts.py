"""A parsed name: ordered parts with a role, a script and comparison forms.

Matching compares parts, not strings, because the same person is written `Hun Sen`, `HUN Sen`,
`Sen Hun`, `HUN, Sen` and `ហ៊ុន សែន`. Parsing records what the writing tells us about roles
(OFAC's `LAST, First`; an ALL-CAPS family name; Khmer, Chinese and Vietnamese family-name-first
order), splits initials, and gives each part an ASCII form (romanised for Khmer, ICU-
transliterated for other scripts) plus, for Khmer, the other plausible spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.names.honorifics import strip_honorifics
from sanctionwatch.names.khmer_roman import word_variants
from sanctionwatch.names.khmer_segment import is_family_name, segment_khmer_tokens
from sanctionwatch.names.latin import ascii_form, cyrillic_forms
from sanctionwatch.names.normalize import fold, normalize_name
from sanctionwatch.names.orgs import (
    CLASS_WORDS,
    COUNTRY_WORDS,
    FUNCTION_WORDS,
    LEGAL_FORMS,
    canonical_phrases,
    join_numbers,
)
from sanctionwatch.names.script import CJK_SCRIPTS, KHMER, LATIN, main_script
from sanctionwatch.names.translit import kana_foreign_form

CYRILLIC = "Cyrillic"

GIVEN = "given"
FAMILY = "family"
UNKNOWN = "unknown"
PARTICLE = "particle"
INITIAL = "initial"
LEGAL = "legal"
FUNCTION = "function"
NUMBER = "number"

PERSON = "person"
ORGANIZATION = "org"

PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "ben", "bint", "binti", "abu", "de", "da", "van", "von", "der", "den",
    "del", "della", "di", "du", "la", "le", "dos", "das", "do", "ul", "ur", "ud", "y", "ter", "ten",
    "st", "mac", "ap", "bt", "bte",
})
# Scripts whose names are written family name first.
FAMILY_FIRST_SCRIPTS = frozenset({"Khmer", "Han", "Hangul", "Kana", "Hungarian"})
_PUNCT = re.compile(r"[()\[\]{},;:!?\"“”„«»‹›*#+=<>|~^]")
_ORG_PUNCT = re.compile(r"[()\[\]{};:!?\"“”„«»‹›*#+=<>|~^,]")
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}[^\W\d_]?\.?$")
# two or three capital consonants (no vowel, not the family name `NG`): initials written together
_UNREADABLE_CAPS = re.compile(r"^(?!NG$)[B-DF-HJ-NP-TV-XZ]{2,3}$")


@dataclass(frozen=True, slots=True)
class NamePart:
    """One part of a name.

    text: as written; form: ASCII comparison form; native: folded original-script form;
    variants: further ASCII spellings (Khmer romanisations), best first.
    """

    text: str
    form: str
    native: str
    script: str
    role: str
    weight: float
    variants: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.form, *self.variants)


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name ready for comparison. `parts` keep the written order.

    The derived fields (`core`, `joined`, `key`...) are computed once at parse time because a
    screening query compares one parsed name with hundreds of candidates.
    """

    original: str
    kind: str
    script: str
    parts: tuple[NamePart, ...]
    family_first: bool = False
    core: tuple[NamePart, ...] = ()
    joined: str = ""
    # written together with its articles and particles (`Vanderbilt` ~ `van der Bilt`)
    joined_all: str = ""
    key: tuple[tuple[str, str], ...] = ()
    strong_count: int = 0
    legal: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    patronymic: tuple[str, str] | None = None
    # per core part, for the matcher's inner loop (see `_finish`)
    core_weight: float = 0.0
    core_plain: tuple[bool, ...] = ()
    core_real: tuple[bool, ...] = ()
    core_strong: tuple[bool, ...] = ()
    core_extra: tuple[float, ...] = ()
    core_forms: tuple[str, ...] = ()
    core_weights: tuple[float, ...] = ()
    all_plain: bool = False
    all_real: bool = False
    all_strong: bool = False
    initials: str = ""
    has_initial: bool = False
    # organisations: which core parts are country names (a national branch or subsidiary)
    core_country: tuple[bool, ...] = ()
    has_country: bool = False
    # people: which core parts are known family names (two of them can mark two people's names)
    core_family: tuple[bool, ...] = ()

    @property
    def total_weight(self) -> float:
        return sum(p.weight for p in self.parts)

    def family(self) -> list[NamePart]:
        return [p for p in self.parts if p.role == FAMILY]

    def given(self) -> list[NamePart]:
        return [p for p in self.parts if p.role == GIVEN]


PATRONYMIC = frozenset({"bin", "ibn", "ben", "bint", "binti", "ould", "walad"})
# Slavic patronymics (`Viktorovich`, `Oleksandrovych`, `Ivanovna`): lists add them, people omit them
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "yich", "ogly", "oglu", "kyzy")


def _finish(original: str, kind: str, script: str, parts: list[NamePart], family_first: bool = False) -> ParsedName:
    core = tuple(p for p in parts if p.role not in (LEGAL, FUNCTION))
    forms = [p.form for p in parts]
    patronymic = None
    for i in range(1, len(forms) - 1):
        if forms[i] in PATRONYMIC:
            # own name and father's name, past articles (`Saif al-Din bin Ibrahim`, `bin al-Din`)
            left = [f for f in forms[:i] if f not in PARTICLES]
            right = [f for f in forms[i + 1:] if f not in PARTICLES]
            if left and right:
                patronymic = (left[-1], right[0])
            break
    # what the matcher asks of every core part, computed once per name instead of once per pair:
    # real: not a particle, initial or number; strong: real and more than one letter; plain: a
    # Latin part compared by spelling alone; extra: its weight if, left unpaired in the longer
    # name, it counts as unexplained (patronymics and lineage `bin X` do not)
    real = tuple(p.role not in (PARTICLE, INITIAL, NUMBER) for p in core)
    strong = tuple(r and len(p.form) > 1 for r, p in zip(real, core, strict=True))
    extra = tuple(
        p.weight if s and not (j and core[j - 1].form in PATRONYMIC) and not p.form.endswith(PATRONYMIC_ENDINGS)
        else 0.0
        for j, (p, s) in enumerate(zip(core, strong, strict=True))
    )
    plain = tuple(p.script == LATIN and p.role != INITIAL and len(p.form) > 1 for p in core)
    country = tuple(kind == ORGANIZATION and p.form in COUNTRY_WORDS for p in core)
    return ParsedName(
        original, kind, script, tuple(parts), family_first,
        core=core,
        joined="".join(p.form for p in core),
        joined_all="".join(p.form for p in parts if p.role != LEGAL),
        key=tuple((p.form, p.native) for p in parts),
        strong_count=sum(strong),
        legal=frozenset(p.form for p in parts if p.role == LEGAL),
        numbers=frozenset(p.form for p in core if p.role == NUMBER),
        patronymic=patronymic,
        core_weight=sum(p.weight for p in core),
        core_plain=plain,
        core_real=real,
        core_strong=strong,
        core_extra=extra,
        core_forms=tuple(p.form for p in core),
        core_weights=tuple(p.weight for p in core),
        all_plain=all(plain),
        all_real=all(real),
        all_strong=all(strong),
        initials="".join(p.form[:1] for p in core),
        has_initial=any(p.role == INITIAL for p in core),
        core_country=country,
        has_country=any(country),
        core_family=tuple(kind == PERSON and is_family_name(p.native, p.form) for p in core),
    )


def _token_script(token: str) -> str:
    return main_script(token)


def _make_part(token: str, role: str, weight: float) -> NamePart | None:
    script = _token_script(token)
    native = fold(token)
    variants: tuple[str, ...] = ()
    if script == KHMER:
        spellings = [re.sub(r"[^a-z]", "", v.lower()) for v in word_variants(token)]
        spellings = [s for s in dict.fromkeys(spellings) if s]
        form = spellings[0] if spellings else ""
        variants = tuple(spellings[1:])
    elif script == CYRILLIC and (spellings := list(cyrillic_forms(token))):
        form, variants = spellings[0], tuple(spellings[1:])
    else:
        form = ascii_form(token)
        if script == "Kana" and (foreign := kana_foreign_form(form)) != form and len(foreign) >= 3:
            variants = (foreign,)  # `バラク` baraku → barak, the foreign name it spells
    if not form and not native.strip(".'-"):
        return None
    return NamePart(token, form, native, script, role, weight, variants)


def _person_tokens(text: str) -> list[tuple[str, bool]]:
    """Whitespace tokens with initials split out; the flag says 'this is an initial'."""
    out: list[tuple[str, bool]] = []
    for raw in text.split():
        token = raw.strip(".'’`")
        if not token:
            continue
        if _DOTTED_INITIALS.match(raw) or ("." in token and all(len(s) <= 1 for s in token.split("."))):
            out.extend((ch, True) for ch in token.replace(".", ""))
            continue
        if "." in token:
            out.extend((s, len(s) == 1) for s in token.split(".") if s)
            continue
        out.append((token, len(token) == 1 and token.isalpha() and main_script(token) == LATIN))
    if any(not t.isupper() for t, _ in out):
        # in a name not written in capitals, `JC` or `GW` cannot be read as a word: initials
        spread: list[tuple[str, bool]] = []
        for token, initial in out:
            if _UNREADABLE_CAPS.match(token):
                spread.extend((ch, True) for ch in token)
            else:
                spread.append((token, initial))
        return spread
    return out


def _person_weight(form: str, role: str) -> float:
    if role == PARTICLE:
        return 0.25
    if role == INITIAL:
        return 0.4
    if len(form) <= 2:
        return 0.6
    return 1.0


@lru_cache(maxsize=16384)
def parse_person(text: str) -> ParsedName:
    """Parse a person's name; roles come from commas, capitals and the script's convention."""
    name = strip_honorifics(normalize_name(text))
    family_raw: str | None = None
    if name.count(",") == 1:
        family_raw, given_raw = (s.strip() for s in name.split(","))
        if family_raw and given_raw:
            name = f"{family_raw} {given_raw}"
        else:
            family_raw = None
    name = _PUNCT.sub(" ", name)
    script = main_script(name)
    if script == KHMER:
        # Khmer written without spaces (`ហ៊ុនសែន`) is cut into the parts a writer would space
        name = " ".join(segment_khmer_tokens(name.split()))
    tokens = _person_tokens(name)
    family_count = len(family_raw.split()) if family_raw else 0
    caps = [t.isupper() and len(t) > 1 and t.isalpha() for t, _ in tokens]
    mixed_case = any(caps) and not all(caps) and script == LATIN and any(
        (not c) and not init and t[:1].isupper() for (t, init), c in zip(tokens, caps, strict=True)
    )
    family_first = bool(family_raw) or script in FAMILY_FIRST_SCRIPTS or (mixed_case and caps[0])
    parts: list[NamePart] = []
    previous = ""
    for i, (token, initial) in enumerate(tokens):
        folded = ascii_form(token) if script != KHMER else token
        if initial:
            role = INITIAL
        elif folded in PARTICLES and len(tokens) > 1:
            role = PARTICLE
        elif family_raw is not None:
            role = FAMILY if i < family_count else GIVEN
        elif mixed_case:
            role = FAMILY if caps[i] else GIVEN
        elif script in FAMILY_FIRST_SCRIPTS and len(tokens) > 1:
            role = FAMILY if i == 0 else GIVEN
        else:
            role = UNKNOWN
        part = _make_part(token, role, 1.0)
        if part is None:
            continue
        if part.form and part.form == previous and role not in (INITIAL, PARTICLE):
            continue  # "Sergey Sergey Shoigu": a part repeated in a row adds no identity
        previous = part.form
        parts.append(NamePart(part.text, part.form, part.native, part.script, role,
                              _person_weight(part.form, role), part.variants))
    return _finish(text, PERSON, script, parts, family_first)


@lru_cache(maxsize=16384)
def parse_org(text: str) -> ParsedName:
    """Parse an organisation name: legal forms canonicalised, initialisms joined (A.B.C.→abc)."""
    name = normalize_name(text)
    name = _ORG_PUNCT.sub(" ", name).replace("&", " and ")
    script = main_script(name)
    words: list[str] = []
    for raw in name.split():
        if _DOTTED_INITIALS.match(raw):
            words.append(raw.replace(".", ""))
        else:
            words.extend(s for s in raw.split(".") if s)
    folded = [ascii_form(w) if main_script(w) != KHMER else w for w in words]
    pairs = [(w, f) for w, f in zip(words, folded, strict=True) if f]
    text_forms = canonical_phrases(" ".join(f for _, f in pairs)).split()
    text_forms = join_numbers(text_forms)
    originals = {f: w for w, f in pairs}
    parts: list[NamePart] = []
    for form in text_forms:
        original = originals.get(form, form)
        if form in LEGAL_FORMS and LEGAL_FORMS[form] == LEGAL_FORMS.get(LEGAL_FORMS[form], ""):
            role, weight, form = LEGAL, 0.2, LEGAL_FORMS[form]
        elif form in LEGAL_FORMS and " " not in form:
            role, weight, form = LEGAL, 0.2, LEGAL_FORMS[form]
        elif form in FUNCTION_WORDS:
            role, weight = FUNCTION, 0.1
        elif form.isdigit():
            role, weight = NUMBER, 0.8
        elif form in CLASS_WORDS:
            role, weight = UNKNOWN, 0.5
        else:
            role, weight = UNKNOWN, 1.0
        part = _make_part(original, role, weight)
        native = part.native if part else form
        script_p = part.script if part else LATIN
        variants = part.variants if part else ()
        parts.append(NamePart(original, form, native, script_p, role, weight, variants))
    return _finish(text, ORGANIZATION, script, parts)


def parse_name(text: str, kind: str = PERSON) -> ParsedName:
    """Parse `text` as a person's name (`kind="person"`) or an organisation's (`"org"`)."""
    return parse_org(text) if kind == ORGANIZATION else parse_person(text)


def is_cjk(part: NamePart) -> bool:
    return part.script in CJK_SCRIPTS

"""Honorifics and job titles written before names in English, French and Khmer.

They are not part of a name, and leaving them in makes `Samdech Hun Sen` and `Hun Sen` look
like different people to any string comparison. The extractor reuses these lists, so they are
public. Khmer writes titles glued to the name (`លោកកឹម សុខា`), so Khmer titles are stripped
as prefixes, not only as whole words; several can be stacked (`ឯកឧត្តម រដ្ឋមន្ត្រី ...`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctionwatch.names.normalize import normalize_khmer

LATIN_HONORIFICS: tuple[str, ...] = (
    "his excellency", "her excellency", "his majesty", "her majesty", "his royal highness",
    "her royal highness", "h.e.", "h. e.", "hrh", "excellency", "samdech akka moha sena padei techo",
    "samdech techo", "samdech", "techo", "lok chumteav", "lok chumtiev", "chumteav", "oknha",
    "okhna", "neak oknha", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx", "dr.",
    "dr", "prof.", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
    "mullah", "haji", "hajji", "m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame",
    "mademoiselle", "s.e.", "s. e.", "son excellence", "sa majesté", "herr", "frau",
    "präsident", "senor", "señor", "sra", "sr.", "sra.",
)
LATIN_TITLES: tuple[str, ...] = (
    "prime minister", "deputy prime minister", "premier ministre", "vice-premier ministre",
    "minister", "ministre", "president", "président", "présidente", "vice president",
    "vice-president", "ambassador", "ambassadeur", "senator", "sénateur", "sen.", "rep.",
    "general", "gen.", "général", "lt. gen.", "lieutenant general", "colonel", "col.",
    "maj.", "captain", "capt.", "king", "roi", "queen", "reine", "prince", "princess",
    "princesse", "judge", "juge", "governor", "gouverneur", "opposition leader", "mp",
    "député", "députée", "chairman", "chairwoman", "former", "ancien", "ancienne",
)
KHMER_HONORIFICS: tuple[str, ...] = (
    "សម្តេចអគ្គមហាសេនាបតីតេជោ", "សម្ដេចអគ្គមហាសេនាបតីតេជោ", "សម្តេចតេជោ", "សម្ដេចតេជោ",
    "សម្តេចក្រឡាហោម", "សម្ដេចក្រឡាហោម", "សម្តេច", "សម្ដេច", "ឯកឧត្តម", "លោកជំទាវ",
    "អ្នកឧកញ៉ា", "ឧកញ៉ា", "លោកស្រី", "អ្នកស្រី", "ព្រះករុណា", "ព្រះបាទ", "ព្រះអង្គ",
    "ព្រះមហាក្សត្រ", "ព្រះ", "បណ្ឌិត", "វេជ្ជបណ្ឌិត", "លោក", "កញ្ញា", "នាង", "អ្នក",
)
KHMER_TITLES: tuple[str, ...] = (
    "ឧបនាយករដ្ឋមន្ត្រី", "ឧបនាយករដ្ឋមន្រ្តី", "នាយករដ្ឋមន្ត្រី", "នាយករដ្ឋមន្រ្តី",
    "រដ្ឋមន្ត្រី", "រដ្ឋមន្រ្តី", "ទេសរដ្ឋមន្ត្រី", "ទេសរដ្ឋមន្រ្តី", "ប្រធានគណបក្ស",
    "អនុប្រធាន", "ប្រធាន", "តំណាងរាស្ត្រ", "តំណាងរាស្រ្ត", "ព្រឹទ្ធសមាជិក",
    "ឧត្តមសេនីយ៍ឯក", "ឧត្តមសេនីយ៍ទោ", "ឧត្តមសេនីយ៍ត្រី", "ឧត្តមសេនីយ៍", "អគ្គស្នងការ",
    "អភិបាល", "អតីត", "មេដឹកនាំ", "អ្នកនាំពាក្យ", "ចៅក្រម",
)
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

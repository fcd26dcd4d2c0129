"""Organisation-name vocabulary: legal forms, function words, number words.

`Siemens AG` and `Siemens Aktiengesellschaft` are one company; `Deutsche Bank AG` and
`Deutsche Bank GmbH` are two. Legal forms carry little identity, so they are canonicalised and
weighed lightly instead of being compared letter by letter with the distinctive words.
"""

from __future__ import annotations

import re

# phrase (folded, space separated) → canonical legal-form token
LEGAL_FORMS: dict[str, str] = {
    "limited liability company": "llc", "limited liability partnership": "llp",
    "public limited company": "plc", "joint stock company": "jsc", "open joint stock company": "ojsc",
    "closed joint stock company": "cjsc", "public joint stock company": "pjsc",
    "gesellschaft mit beschrankter haftung": "gmbh", "aktiengesellschaft": "ag",
    "societe anonyme": "sa", "sociedad anonima": "sa", "societe a responsabilite limitee": "sarl",
    "societatea cu raspundere limitata": "srl", "sp z o o": "spzoo", "sp z oo": "spzoo", "spzoo": "spzoo", "spolka z ograniczona odpowiedzialnoscia": "spzoo",
    "obshchestvo s ogranichennoi otvetstvennostiu": "llc", "obshchestvo s ogranichennoj otvetstvennost'ju": "llc",
    "aktsionernoe obshchestvo": "jsc", "public company limited": "plc",
    "limited": "ltd", "ltd": "ltd", "corporation": "corp", "corp": "corp", "company": "co",
    "co": "co", "incorporated": "inc", "inc": "inc", "llc": "llc", "lc": "llc", "llp": "llp",
    "plc": "plc", "gmbh": "gmbh", "ag": "ag", "akg": "ag", "sa": "sa", "sarl": "sarl", "srl": "srl",
    "bv": "bv", "nv": "nv", "ab": "ab", "as": "as", "oy": "oy", "spa": "spa", "se": "se",
    "pte": "pte", "pty": "pty", "kg": "kg", "ohg": "ohg", "jsc": "jsc", "ojsc": "ojsc", "oao": "ojsc",
    "zao": "cjsc", "pao": "pjsc", "ao": "jsc", "ooo": "llc", "tov": "llc", "eood": "llc", "ood": "llc",
    "na": "na", "lp": "lp", "kk": "kk", "sl": "sl", "sas": "sas", "cv": "cv", "pt": "pt", "tbk": "tbk",
    "party": "party", "parti": "party", "partei": "party", "group": "group", "gruppe": "group",
    "holding": "holding", "holdings": "holding", "intl": "international",
}
# The legal nature of the canonical forms that have a clear one: a company limited by shares
# (AG, SA, JSC, PLC…), a limited liability company (GmbH, LLC, SARL, OOO…), a partnership (LP,
# KG…). Two names whose forms are of different natures (`Deutsche Bank AG`, `Deutsche Bank
# GmbH`) are two companies; loose English forms (co, corp, inc, ltd, group) have no nature here.
LEGAL_NATURE: dict[str, str] = {
    **dict.fromkeys(("ag", "sa", "jsc", "ojsc", "cjsc", "pjsc", "plc", "nv", "spa", "ab", "as", "se",
                     "kk", "tbk", "sas"), "shares"),
    **dict.fromkeys(("gmbh", "llc", "sarl", "srl", "bv", "spzoo", "pty", "eood", "ood", "sl"), "limited"),
    **dict.fromkeys(("lp", "llp", "kg", "ohg", "cv"), "partnership"),
}
# Words that say what kind of organisation it is; they weigh less than distinctive words.
CLASS_WORDS = frozenset({
    "bank", "international", "group", "holding", "industries", "industry", "trading", "trust",
    "foundation", "association", "organization", "organisation", "ministry", "department",
    "national", "global", "systems", "services", "solutions", "management", "capital",
    "investment", "investments", "enterprise", "enterprises", "corporation", "fund", "company",
})
FUNCTION_WORDS = frozenset({
    "the", "of", "and", "for", "in", "de", "du", "des", "la", "le", "les", "et", "der", "die",
    "das", "und", "y", "del", "da", "do", "dos", "e", "i", "a", "an", "on", "at", "by",
})
NUMBER_WORDS: dict[str, str] = {
    "one": "1", "first": "1", "1st": "1", "two": "2", "second": "2", "2nd": "2", "three": "3",
    "third": "3", "3rd": "3", "four": "4", "fourth": "4", "4th": "4", "five": "5", "fifth": "5",
    "5th": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40", "fourty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "ii": "2", "iii": "3", "iv": "4",
}
_PHRASES = sorted((p for p in LEGAL_FORMS if " " in p), key=len, reverse=True)
_PHRASE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")\b")


def canonical_phrases(folded: str) -> str:
    """Replace multi-word legal forms by one canonical token (`joint stock company` → `jsc`)."""
    return _PHRASE_RE.sub(lambda m: LEGAL_FORMS[m.group(0)], folded)


_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def roman_value(token: str, lone: bool = False) -> str | None:
    """`vii` → `7`, `xv` → `15` (I–XXXIX); a lone `i`, `v` or `x` only with `lone`."""
    if (len(token) < 2 and not lone) or not token or not _ROMAN.match(token):
        return None
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(token) and _ROMAN_VALUES[token[i + 1]] > value else value
    return str(total)


def join_numbers(tokens: list[str]) -> list[str]:
    """`forty four` / `forty 4` → `44`; lone number words and Roman numerals → digits."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        # a lone letter is a numeral after a word (`Fund X`, `Partners V`), not at the start
        value = NUMBER_WORDS.get(tok) or roman_value(tok, lone=i > 0) or tok
        if out and value.isdigit() and len(value) == 1 and out[-1].isdigit() and out[-1].endswith("0") and len(out[-1]) == 2:
            out[-1] = out[-1][0] + value
            continue
        out.append(value)
    return out

# One-word country names (FtM's English country labels, ASCII, plus Korea, Congo, Turkey,
# England, Britain, USA): in an organisation name they mark a national branch or subsidiary
# (`Banco Santander México` is not `Banco Santander`).
COUNTRY_WORDS = frozenset({
    "afghanistan", "albania", "algeria", "andorra", "angola", "anguilla", "antarctica",
    "argentina", "armenia", "artsakh", "aruba", "australia", "austria", "azerbaijan", "bahamas",
    "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bermuda",
    "bhutan", "bolivia", "botswana", "brazil", "britain", "brunei", "bulgaria", "burundi",
    "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo",
    "croatia", "cuba", "curacao", "cyprus", "czechia", "czechoslovakia", "denmark", "djibouti",
    "dominica", "ecuador", "egypt", "england", "eritrea", "estonia", "eswatini", "ethiopia",
    "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "gibraltar",
    "greece", "greenland", "grenada", "guadeloupe", "guam", "guatemala", "guernsey", "guinea",
    "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "jamaica", "japan", "jersey", "jordan", "kashmir", "kazakhstan",
    "kenya", "kiribati", "korea", "kosovo", "kurdistan", "kuwait", "kyrgyzstan", "laos", "latvia",
    "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg",
    "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "martinique", "mauritania",
    "mauritius", "mayotte", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
    "montserrat", "morocco", "mozambique", "myanmar", "namibia", "naoero", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "niue", "norway", "oman", "pakistan", "palau", "palestine",
    "panama", "paraguay", "peru", "philippines", "pitcairn", "poland", "portugal", "qatar",
    "reunion", "romania", "russia", "rwanda", "samoa", "sark", "scotland", "senegal", "serbia",
    "seychelles", "singapore", "slovakia", "slovenia", "somalia", "somaliland", "spain", "sudan",
    "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand",
    "tibet", "togo", "tokelau", "tonga", "transnistria", "tunisia", "turkey", "turkiye",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "usa", "uzbekistan", "vanuatu",
    "venezuela", "vietnam", "wales", "yemen", "yugoslavia", "zaire", "zambia", "zimbabwe",
})

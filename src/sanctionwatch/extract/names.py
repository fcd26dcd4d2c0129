"""Clean and vet a person or organisation name as the text wrote it.

Precision matters more than recall for people: a date, a place, a headline fragment or a
"Sen. Sokha" listed as a person would end up in a registry of accused individuals.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from sanctionwatch.clean.khmer import has_khmer


def _load_titles() -> list[str]:
    """Titles of every language (data/titles.json): a name in any document may carry them."""
    raw = json.loads(resources.files("sanctionwatch.data").joinpath("titles.json").read_text("utf-8"))
    return [t for lang, titles in raw.items() if not lang.startswith("_") for t in titles]


TITLES = _load_titles()
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\s+)+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ID_TOKEN = re.compile(r"^(?:[A-Z]{2,4}\d+|\d+\w*|\(.*\))$")
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_LOWER_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "bin", "binti", "al", "el", "da", "dos", "di"}
STOP_WORDS_IN_PERSON = {
    "department", "ministry", "party", "court", "council", "government", "parliament", "union",
    "embassy", "committee", "assembly", "commission", "office", "agency", "house", "senate",
    "police", "army", "news", "press", "statement", "spokesperson", "spokesman", "breaking",
    "resolution", "election", "elections", "democracy", "rights", "human", "regime", "gouvernement",
    "parti", "cour", "conseil", "ministère", "international", "national", "republic", "kingdom",
    "minister", "ministre", "president", "président", "the", "and", "et", "of", "for", "on",
    "visa", "visas", "sanctions", "facebook", "twitter", "photo", "ap", "afp", "reuters", "file",
    # software and devices that NER reads as people (`Jitsi Meet`, `Lotus Messenger`)
    "messenger", "meet", "app", "apps", "chat", "browser", "android", "iphone", "ios", "vpn",
    "software", "encryption", "e-mail", "email", "online",
    # words that end or open place and law names, never people's (`Rakhine State`, `Global Magnitsky`)
    "state", "global", "act", "province", "district", "region", "street", "road", "avenue",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}


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


ORG_WORDS = {
    "party", "committee", "council", "court", "ministry", "department", "parliament", "assembly",
    "union", "nations", "government", "embassy", "commission", "service", "office", "agency",
    "organisation", "organization", "association", "group", "watch", "post", "times", "daily",
    "radio", "news", "senate", "house", "congress", "foundation", "centre", "center", "institute",
    "league", "network", "bank", "company", "corporation", "ltd", "inc", "tribunal", "police",
    "army", "forces", "authority", "secretariat", "mission", "programme", "program",
    "parti", "comité", "conseil", "cour", "ministère", "département", "parlement", "assemblée",
    "gouvernement", "ambassade", "bureau", "agence", "groupe", "ligue", "sénat", "armée", "fondation", "institut", "syndicat", "federation", "fédération", "rights",
    # companies, media, universities, armed units: what NER tags ORG and a name says it is
    "hotel", "resort", "casino", "exchange", "airways", "airlines", "airline", "enterprise", "enterprises",
    "university", "université", "college", "school", "academy", "endowment", "alliance", "division",
    "brigade", "battalion", "regiment", "force", "guard", "squad", "directorate", "front", "movement",
    "limited", "llc", "plc", "gmbh", "holdings", "holding", "systems", "partners", "club", "energy",
    "energies", "oil", "gas", "petroleum", "mining", "industries", "industry", "trust", "fund", "media",
    "digital", "television", "broadcasting", "press", "journal", "review", "magazine", "channel",
    "prosecution", "prosecutor", "procuratorate", "ministries", "administration", "cabinet", "presidency",
    "consulate", "delegation", "coalition", "youth", "cooperative", "corp", "co", "sa", "ag", "nv",
    "compagnie", "entreprise", "école", "banque", "parquet",
    "mouvement", "jeunesse", "chambre", "direction", "garde",
}
# a French institution is written in lower case before its complement (« ministère de la Sécurité »)
FRENCH_LOWER_INSTITUTIONS = {
    "ministère", "commission", "comité", "cour", "tribunal", "conseil", "club", "institut", "ambassade",
    "parti", "bureau", "service", "agence", "assemblée", "parlement", "gouvernement", "université",
    "direction", "fondation", "association", "syndicat", "chambre", "parquet", "consulat", "banque",
}
_TRAILING_FUNCTION = {"of", "de", "du", "des", "l", "la", "le", "the", "and", "et", "for", "on", "d",
                      "decides", "says", "said", "calls", "urges", "submission", "procedure", "facebook",
                      "twitter", "page", "law", "conversation"}
GENERIC_ORG_WORDS = {
    "opposition", "politique", "political", "recent", "principal", "main", "ruling", "new", "former",
    "local", "foreign", "affairs", "public", "joint", "special", "d",
}
NOT_ORG_ACRONYMS = {
    "EBA", "GSP", "FDI", "MIA", "POW", "SMS", "NGO", "NGOS", "CEO", "GDP", "USD", "ID", "TV", "PM",
    "MP", "MPS", "HR", "VP", "VOIP", "SDN", "ZRTP", "AP", "AFP", "OK", "DC", "USA", "UK", "US", "EU27",
    "GPS", "PDF", "HTML", "URL", "FAQ", "CV", "QR", "AM", "FM", "ASAP", "LGBT", "COVID", "UTC",
}


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
    french_lower = (tokens[0] in FRENCH_LOWER_INSTITUTIONS and len(tokens) >= 3
                    and tokens[1].lower() in {"de", "des", "du", "d", "l", "la", "pour"}
                    and any(t[:1].isupper() for t in tokens[2:]))
    numbered = tokens[0][:1].isdigit() and len(tokens) > 1 and tokens[1][:1].isupper()  # 33rd Light Infantry Division
    if (not tokens[0][:1].isupper() and not french_lower and not numbered) or tokens[-1].lower() in _TRAILING_FUNCTION:
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

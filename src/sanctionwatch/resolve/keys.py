"""Mention-level entity ids: the same written name (up to case, accents, order) is one id.

`HUN Sen`, `Hun Sen` and `Sen Hun` share a key; `ហ៊ុន សែន` and `ហ៊ុន-សែន` share another.
Joining the Latin and the Khmer ids is the resolver's job, with a reason recorded.
A one-word person name ("Sokha") is only an id *within its document*: two documents'
"Sokha" are not assumed to be one person.
"""

from __future__ import annotations

import re
import unicodedata

from sanctionwatch.clean.khmer import has_khmer, normalize_khmer
from sanctionwatch.model import make_id

_PUNCT = re.compile(r"[^\w\s\u1780-\u17ff]+", re.UNICODE)
LABEL_SCHEMA = {"PER": "Person", "ORG": "Organization"}


def fold(text: str) -> str:
    """Case- and accent-free Latin; Khmer kept (normalised), since accents are not Khmer marks."""
    text = normalize_khmer(unicodedata.normalize("NFC", text)).replace("’", "'")
    out = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch) and not ("\u1780" <= ch <= "\u17ff"):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def name_key(name: str, schema: str) -> str:
    """The comparison key of a name: folded, punctuation and hyphens removed, tokens sorted
    for people (order varies: family-name first or last), kept in order for organisations."""
    folded = _PUNCT.sub(" ", fold(name).replace("-", " ").replace("'", ""))
    tokens = folded.split()
    if schema == "Person":
        tokens = sorted(tokens)
    return " ".join(tokens)


def is_short_form(name: str, schema: str) -> bool:
    return schema == "Person" and len(name.split()) == 1 and not has_khmer(name)


def mention_entity_id(name: str, schema: str, doc_id: str) -> str:
    """A person's or organisation's mention-level id. A country's government gets one id however
    it is written ("Thai authorities", ភាគីថៃ, a metonym); a body named only by what it is
    ("Ministry of Justice", ក្រសួងយុត្តិធម៌) is an id within its document, since every country has one."""
    from sanctionwatch.kb import capital_code, country_code, government_of, is_generic_body, metonym
    from sanctionwatch.kb.actors import country_body_key

    key = name_key(name, schema)
    family = "Person" if schema == "Person" else "Organization"
    if is_short_form(name, schema):
        return make_id(family, doc_id, key, prefix="sw")
    if family == "Organization":
        actor = metonym(name)
        if actor is not None and actor.kind != "country" and actor.latin:
            return make_id(family, name_key(actor.latin[0], schema), prefix="sw")  # Brussels → the EU
        code = (actor.country if actor is not None else None) or government_of(name)
        # a bare country or capital is an organisation only where a metonym extractor said so
        code = code or country_code(name) or capital_code(name)
        if code:
            return make_id(family, "government", code, prefix="sw")
        body = country_body_key(name)
        if body is not None:  # "Sri Lankan foreign ministry" = "Sri Lanka's Ministry of Foreign Affairs"
            return make_id(family, "body", *body, prefix="sw")
        if is_generic_body(name):
            return make_id(family, doc_id, key, prefix="sw")
    return make_id(family, key, prefix="sw")

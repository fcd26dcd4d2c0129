"""The actor knowledge base: one data file (actors.json), one loader (actors.py)."""

from sanctionwatch.kb.actors import (
    Actor,
    Country,
    KnowledgeBase,
    actors,
    body_country,
    body_words,
    capital_code,
    countries,
    country_code,
    demonym_code,
    government_of,
    institutions,
    is_generic_body,
    known_actors,
    load_kb,
    metonym,
)

__all__ = [
    "Actor", "Country", "KnowledgeBase", "actors", "body_country", "body_words", "government_of",
    "is_generic_body", "capital_code", "countries",
    "country_code", "demonym_code", "institutions", "known_actors", "load_kb", "metonym",
]

"""The gazetteer view of the actor knowledge base (kb/actors.json), indexed by written form.

The entity ruler, the Khmer name finder and the resolver look names up here; the data itself
lives in the one knowledge base (`sanctionwatch.kb`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.clean.khmer import has_khmer, normalize_khmer


@dataclass(frozen=True)
class KnownEntity:
    key: str
    schema: str
    names: tuple[str, ...]
    khmer: tuple[str, ...]
    acronyms: tuple[str, ...]

    @property
    def label(self) -> str:
        return "PER" if self.schema == "Person" else "ORG"

    @property
    def forms(self) -> tuple[str, ...]:
        return self.names + self.khmer + self.acronyms


@dataclass(frozen=True, eq=False)
class Gazetteer:
    entities: tuple[KnownEntity, ...]
    countries: dict[str, tuple[str, ...]]

    def khmer_forms(self) -> list[tuple[str, KnownEntity]]:
        """Khmer spellings (normalised, with the space-less and hyphenated variants)."""
        forms: list[tuple[str, KnownEntity]] = []
        for entity in self.entities:
            for form in entity.khmer:
                form = normalize_khmer(form)
                variants = {form, form.replace(" ", ""), form.replace(" ", "-")}
                forms.extend((v, entity) for v in sorted(variants))
        return forms

    def lookup(self) -> dict[str, KnownEntity]:
        """form_key(form) → entity, for every Latin name, acronym and Khmer spelling."""
        return _lookup(self)

    def find(self, name: str) -> KnownEntity | None:
        """The entity `name` is a form of; a leading article does not count ("L'Ambassade des
        Etats-Unis" is "Ambassade des Etats-Unis", "Diplomat" is "The Diplomat")."""
        key = form_key(name)
        return _lookup(self).get(key) or _bare_lookup(self).get(_ARTICLE.sub("", key))

    def find_exact(self, name: str) -> KnownEntity | None:
        """The entity with exactly this form (articles included)."""
        return _lookup(self).get(form_key(name))

    def country_code(self, name: str) -> str | None:
        """ISO code of a country named in any language the knowledge base knows."""
        from sanctionwatch.kb import country_code

        return country_code(name.strip())


def form_key(name: str) -> str:
    """How gazetteer forms are compared: Latin case-folded, Khmer without spaces or hyphens."""
    if has_khmer(name):
        return normalize_khmer(name).replace(" ", "").replace("-", "").replace(".", "")
    folded = unicodedata.normalize("NFKD", name.casefold().replace("’", "'").replace("-", " "))
    return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).split())


@lru_cache(maxsize=1)
def _lookup(gazetteer: Gazetteer) -> dict[str, KnownEntity]:
    table: dict[str, KnownEntity] = {}
    for entity in gazetteer.entities:
        for form in entity.forms:
            table.setdefault(form_key(form), entity)
    return table


_ARTICLE = re.compile(r"^(?:the|le|la|les) |^l'")


@lru_cache(maxsize=1)
def _bare_lookup(gazetteer: Gazetteer) -> dict[str, KnownEntity]:
    """Like _lookup, with a leading article removed from every Latin form."""
    table: dict[str, KnownEntity] = {}
    for entity in gazetteer.entities:
        for form in entity.forms:
            key = form_key(form)
            table.setdefault(_ARTICLE.sub("", key) if not has_khmer(form) else key, entity)
    return table


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Known people and organisations of the knowledge base (countries are not entities here)
    and the names of the countries it describes in detail."""
    from sanctionwatch.kb import load_kb

    kb = load_kb()
    entities = tuple(
        KnownEntity(a.key, a.schema, a.latin, a.khmer, a.acronyms)
        for a in kb.actors if a.in_gazetteer and a.kind != "country"
    )
    countries = {code: c.all_names() for code, c in kb.countries.items() if c.demonyms}
    return Gazetteer(entities, countries)

"""The gazetteer of known actors (data/gazetteer.json), loaded once and indexed by form."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
        return _lookup(self).get(form_key(name))

    def country_code(self, name: str) -> str | None:
        folded = name.casefold().strip()
        for code, names in self.countries.items():
            if any(folded == n.casefold() for n in names):
                return code
        return None


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


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    raw = json.loads(resources.files("sanctionwatch.data").joinpath("gazetteer.json").read_text("utf-8"))
    entities = [
        KnownEntity(item["key"], "Person", tuple(item["names"]), tuple(item.get("khmer", ())), ())
        for item in raw["persons"]
    ]
    entities += [
        KnownEntity(
            item["key"], item.get("schema", "Organization"), tuple(item["names"]),
            tuple(item.get("khmer", ())), tuple(item.get("acronyms", ())),
        )
        for item in raw["organizations"]
    ]
    countries = {code: tuple(names) for code, names in raw["countries"].items()}
    return Gazetteer(tuple(entities), countries)

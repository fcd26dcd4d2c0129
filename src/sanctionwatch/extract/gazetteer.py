"""The gazetteer of known actors (data/gazetteer.json), loaded once and indexed by form."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sanctionwatch.clean.khmer import normalize_khmer


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


@dataclass(frozen=True)
class Gazetteer:
    entities: tuple[KnownEntity, ...]
    countries: dict[str, tuple[str, ...]]

    @property
    def by_key(self) -> dict[str, KnownEntity]:
        return {e.key: e for e in self.entities}

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
        """Case-folded form → entity, for every Latin name, acronym and Khmer spelling."""
        table: dict[str, KnownEntity] = {}
        for entity in self.entities:
            for form in entity.names + entity.acronyms:
                table.setdefault(form.casefold().replace("’", "'"), entity)
            for form, _ in [(f, entity) for f in entity.khmer]:
                form = normalize_khmer(form)
                table.setdefault(form, entity)
                table.setdefault(form.replace(" ", ""), entity)
        return table

    def country_code(self, name: str) -> str | None:
        folded = name.casefold().strip()
        for code, names in self.countries.items():
            if any(folded == n.casefold() for n in names):
                return code
        return None


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

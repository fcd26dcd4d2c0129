"""Building FollowTheMoney entities from list records, counting what FtM refuses.

Every value goes through FtM's own type cleaning (countries → ISO codes, dates → ISO prefixes,
e-mails, URLs), so what the importers emit is valid FtM by construction. A value that does not
clean (a `nationality` of "Crimea region") is dropped by FtM; we count those per property in
the import metadata instead of losing them silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from followthemoney import model, registry
from followthemoney.proxy import EntityProxy

from sanctionwatch.lists.result import EntityDict

_SPACES = re.compile(r"\s+")
_SLUG = re.compile(r"[^a-z0-9]+")
_CONTEXTUAL = {"phone"}
"""Types whose cleaning depends on the entity (phone numbers use its countries): not cached."""


@lru_cache(maxsize=100_000)
def _clean(type_name: str, value: str) -> str | None:
    """FtM cleaning, memoised: lists repeat countries, dates and constants thousands of times,
    and country/URL cleaning dominates import time otherwise."""
    return registry.get(type_name).clean(value)


def collapse(text: str | None) -> str:
    """Trim and collapse runs of whitespace (the lists have double spaces and stray newlines)."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip()


def slug(text: str) -> str:
    """A lower-case ASCII id part: "CAATSA - RUSSIA" → "caatsa-russia"."""
    return _SLUG.sub("-", text.lower()).strip("-")


class Entity:
    """A thin builder around an FtM proxy that counts dropped values.

    Properties the schema lacks are ignored on purpose (the remarks parser proposes e.g.
    `imoNumber` for any record, which only vessels and organisations have), so importers do
    not need a schema check at every call site.
    """

    __slots__ = ("proxy", "dropped")

    def __init__(self, schema: str, entity_id: str, dropped: Counter[str]):
        self.proxy: EntityProxy = model.make_entity(schema)
        self.proxy.id = entity_id
        self.dropped = dropped

    @property
    def id(self) -> str:
        return str(self.proxy.id)

    @property
    def schema(self) -> str:
        return self.proxy.schema.name

    def has(self, prop: str) -> bool:
        """Whether the schema has `prop` (e.g. Vessel has no `birthDate`)."""
        return prop in self.proxy.schema.properties

    def add(self, prop: str, values: str | Iterable[str] | None) -> None:
        """Clean and add `values` to `prop`; empty values are skipped, refused ones counted."""
        if values is None:
            return
        if isinstance(values, str):
            values = (values,)
        schema_prop = self.proxy.schema.properties.get(prop)
        if schema_prop is None:
            return
        for value in values:
            value = collapse(value)
            if not value:
                continue
            ftm_type = schema_prop.type
            if ftm_type.name in _CONTEXTUAL:
                cleaned = ftm_type.clean(value, proxy=self.proxy)
            else:
                cleaned = _clean(ftm_type.name, value)
            if cleaned is None:
                self.dropped[prop] += 1
                continue
            self.proxy.add(schema_prop, cleaned, cleaned=True)

    def to_dict(self) -> EntityDict:
        """The plain FtM dict: {"id", "schema", "properties"} (no empty properties)."""
        data = self.proxy.to_dict()
        return {"id": data["id"], "schema": data["schema"], "properties": data["properties"]}

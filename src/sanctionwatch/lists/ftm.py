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
def _clean(type_name: str, value: str, format: str | None) -> str | None:
    """FtM cleaning, memoised: lists repeat countries, dates and constants thousands of times,
    and country/URL cleaning dominates import time otherwise. `format` is the property's
    (leiCode → "lei", swiftBic → "bic"), exactly as FtM's own `proxy.add` would apply it.
    Values longer than the type allows are refused, as FtM's `validate` would."""
    ftm_type = registry.get(type_name)
    cleaned = ftm_type.clean(value, format=format)
    if cleaned is not None and len(cleaned) > ftm_type.max_length:
        return None
    return cleaned


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

    def add(self, prop: str, values: str | Iterable[str] | None) -> list[str]:
        """Clean and add `values` to `prop`; empty values are skipped, refused ones counted
        and returned (so a caller can keep them elsewhere, e.g. in `notes`)."""
        refused: list[str] = []
        if values is None:
            return refused
        if isinstance(values, str):
            values = (values,)
        schema_prop = self.proxy.schema.properties.get(prop)
        if schema_prop is None:
            return refused
        for value in values:
            value = collapse(value)
            if not value:
                continue
            ftm_type = schema_prop.type
            if ftm_type.name in _CONTEXTUAL:
                cleaned = ftm_type.clean(value, format=schema_prop.format, proxy=self.proxy)
            else:
                cleaned = _clean(ftm_type.name, value, schema_prop.format)
            if cleaned is None:
                self.dropped[prop] += 1
                refused.append(value)
                continue
            self.proxy.add(schema_prop, cleaned, cleaned=True)
        return refused

    def to_dict(self) -> EntityDict:
        """The plain FtM dict: {"id", "schema", "properties"} (no empty properties)."""
        data = self.proxy.to_dict()
        return {"id": data["id"], "schema": data["schema"], "properties": data["properties"]}


def validate_entity(data: EntityDict) -> list[str]:
    """Problems that make `data` invalid FtM (empty list when valid).

    Checks what a consumer (yente, nomenklatura, the store) relies on: a known, concrete
    schema; an id; only properties of that schema; every value valid for its property's type.
    """
    problems: list[str] = []
    schema = model.get(data.get("schema", ""))
    if schema is None:
        return [f"unknown schema {data.get('schema')!r}"]
    if schema.abstract:
        problems.append(f"abstract schema {schema.name}")
    if not data.get("id"):
        problems.append("no id")
    for prop_name, values in data.get("properties", {}).items():
        prop = schema.properties.get(prop_name)
        if prop is None:
            problems.append(f"{schema.name} has no property {prop_name!r}")
            continue
        for value in values:
            if not isinstance(value, str) or not prop.type.validate(value, format=prop.format):
                problems.append(f"{prop_name}: invalid {prop.type.name} {value!r}")
    return problems

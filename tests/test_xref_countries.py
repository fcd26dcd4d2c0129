"""xref never proposes organisations of two different countries (issue 10, item 5).

Real list rows: the UN consolidated list (the DPRK's `MINISTRY OF DEFENCE`) and OFAC's 2024
SDN list (`MINISTRY OF INTERIOR`, `MINISTRY OF DEFENSE OF BURMA`, Cambodian companies), screened
with the registry bodies our Cambodian reports name, through `xref.find_candidates`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.lists.formats import read_list
from sanctionwatch.model import DATASET
from sanctionwatch.screen.bodies import (
    different_bodies,
    entity_countries,
    is_generic_body,
    name_countries,
)
from sanctionwatch.screen.index import NameIndex
from sanctionwatch.screening import ScoredHit, _index_record
from sanctionwatch.store import open_store
from sanctionwatch.xref import find_candidates

pytestmark = pytest.mark.shared  # reads both lists: about 20 s of CPU (parsing ~16,000 entities)

REGISTRY = [
    {"id": "sw-defence", "schema": "PublicBody", "properties": {"name": ["Defence ministry"], "country": ["kh"]}},
    {"id": "sw-defence-bare", "schema": "PublicBody", "properties": {"name": ["Ministry of Defence"]}},
    {"id": "sw-interior", "schema": "PublicBody", "properties": {"name": ["Cambodian Ministry of Interior"]}},
    {"id": "sw-interior-km", "schema": "PublicBody", "properties": {"name": ["ក្រសួងមហាផ្ទៃ", "Ministry of Interior"]}},
    {"id": "sw-army", "schema": "Organization", "properties": {"name": ["Royal Cambodian Armed Forces"]}},
    {"id": "sw-burma", "schema": "PublicBody", "properties": {"name": ["Ministry of Defence of Burma"]}},
    {"id": "sw-try-pheap", "schema": "Company", "properties": {"name": ["Try Pheap Group"]}},
    {"id": "sw-hun-sen", "schema": "Person", "properties": {"name": ["Hun Sen"]}},
]


class _ListsScreener:
    """The part of `Screener` that xref uses, over real list rows and registry-shaped entities."""

    def __init__(self, datasets: dict[str, list[dict]]) -> None:
        self.indexes: dict[str, NameIndex] = {}
        self.entities: dict[str, dict] = {}
        for dataset, entities in datasets.items():
            index = NameIndex()
            for e in entities:
                record = _index_record(e)
                if record is None:
                    continue
                try:
                    index.add(e["id"], e["schema"], record[0][:50], record[1])
                except ValueError:
                    continue
                self.entities[e["id"]] = e
            index.freeze()
            self.indexes[dataset] = index

    def datasets(self) -> list[str]:
        return sorted(self.indexes)

    def get(self, entity_id: str) -> dict | None:
        return self.entities.get(entity_id)

    def match(self, dataset: str, schema: str, names: list[str], limit: int = 5, threshold: float = 0.7,
              cutoff: float = 0.5, **_: object) -> list[ScoredHit]:
        hits = self.indexes[dataset].search(names, schema, limit=limit, threshold=threshold, min_score=cutoff)
        return [ScoredHit(self.entities[h.entity_id], h.result) for h in hits]


@pytest.fixture(scope="module")
def lists(data_dir: Path) -> dict[str, list[dict]]:
    ofac = [e for e in read_list("ofac-csv", data_dir / "ofac-2024").entities
            if e["schema"] in ("Organization", "Company", "PublicBody", "LegalEntity", "Person")]
    un = [e for e in read_list("un-xml", data_dir / "un" / "UN_consolidated.xml").entities
          if e["schema"] in ("Organization", "Company", "PublicBody", "LegalEntity", "Person")]
    return {"us_ofac_sdn": ofac, "un_sc_sanctions": un}


def _named(entities: list[dict], name: str) -> dict:
    for e in entities:
        props = e["properties"]
        if name in props.get("name", []) + props.get("alias", []):
            return e
    raise AssertionError(f"{name} is not on the list")


def test_the_issues_pairs_are_different_bodies(lists: dict[str, list[dict]]) -> None:
    un_defence = _named(lists["un_sc_sanctions"], "MINISTRY OF DEFENCE")
    ofac_interior = _named(lists["us_ofac_sdn"], "MINISTRY OF INTERIOR")
    assert "kp" in entity_countries(un_defence)
    assert different_bodies(REGISTRY[0], un_defence)  # Cambodia's vs the DPRK's
    assert different_bodies(REGISTRY[1], un_defence)  # a generic name without a country
    assert different_bodies(REGISTRY[2], ofac_interior)  # Cambodian vs a list body of no known country
    burma = _named(lists["us_ofac_sdn"], "MINISTRY OF DEFENSE OF BURMA")
    assert not different_bodies(REGISTRY[5], burma)  # Myanmar = Burma: the same state's ministry


def test_xref_proposes_no_bodies_of_different_countries(lists: dict[str, list[dict]]) -> None:
    screener = _ListsScreener({DATASET: REGISTRY, **lists})
    store = open_store("sqlite:///:memory:")
    found = find_candidates(store, screener)  # type: ignore[arg-type]
    pairs = {(c["registry_id"], c["list_id"]) for c in found}
    for registry_id, list_id in pairs:
        a, b = screener.get(registry_id), screener.get(list_id)
        assert a is not None and b is not None
        assert not different_bodies(a, b), (a["properties"]["name"], b["properties"]["name"])
    # nothing generic was proposed, and the filter does not silence the rest
    assert not {r for r, _ in pairs} & {"sw-defence", "sw-defence-bare", "sw-interior", "sw-interior-km"}
    assert "sw-try-pheap" in {r for r, _ in pairs}
    assert "sw-burma" in {r for r, _ in pairs}


def test_without_the_filter_the_lists_would_propose_them(lists: dict[str, list[dict]]) -> None:
    """The guard is needed: the names alone match at or above the threshold."""
    screener = _ListsScreener(lists)
    hits = screener.match("un_sc_sanctions", "Organization", ["Defence ministry"])
    assert any(h.result.score >= 0.7 for h in hits)
    hits = screener.match("us_ofac_sdn", "Organization", ["Cambodian Ministry of Interior"])
    assert any(h.result.score >= 0.7 for h in hits)


@pytest.mark.parametrize(("name", "countries", "generic"), [
    ("Defence ministry", set(), True),
    ("Cambodian Ministry of Interior", {"kh"}, True),
    ("MINISTRY OF DEFENSE OF BURMA", {"mm"}, True),
    ("Ministry of Foreign Affairs of the Russian Federation", {"ru"}, True),
    ("Democratic People's Republic of Korea Ministry of Defence", {"kp"}, True),
    ("ក្រសួងការពារជាតិ", set(), True),
    ("US Army", set(), True),  # `US` alone is too ambiguous to read as a country in a name
    ("Try Pheap Group", set(), False),
    ("Cambodian People's Party", {"kh"}, False),
])
def test_countries_and_generic_names(name: str, countries: set[str], generic: bool) -> None:
    assert set(name_countries(name)) == countries
    assert is_generic_body(name) is generic

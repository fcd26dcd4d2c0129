"""NameIndex: finds the right entity among thousands, across scripts; add/remove/save/load."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.index import NameIndex

TARGETS = {
    "hun-sen": ["ហ៊ុន សែន"],
    "kem-sokha": ["Kem Sokha"],
    "hing-bun-hieng": ["HING, Bun Hieng"],
    "sam-rainsy": ["សម រង្ស៊ី"],
}


@pytest.fixture(scope="module")
def index(data_dir: Path) -> NameIndex:
    rng = random.Random(7)
    with (data_dir / "synthetic_people" / "negatives_global.csv").open(encoding="utf-8") as fh:
        people = [row["full_name"] for row in csv.DictReader(fh)]
    idx = NameIndex()
    for i, name in enumerate(rng.sample(people, 5000)):
        try:
            idx.add(f"p{i}", "Person", [name])
        except InvalidQuery:
            pass
    idx.freeze()
    for entity_id, names in TARGETS.items():  # added after the freeze: the pending path
        idx.add(entity_id, "Person", names, {"topics": ["poi"]})
    return idx


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Hun Sen", "hun-sen"), ("Samdech HUN Sen", "hun-sen"), ("កឹម សុខា", "kem-sokha"),
     ("Koem Sokha", "kem-sokha"), ("Bun Heang Hing", "hing-bun-hieng"), ("Sam Rainsy", "sam-rainsy")],
)
def test_search_finds_entity(index: NameIndex, query: str, expected: str) -> None:
    hits = index.search(query, limit=3)
    assert hits and hits[0].entity_id == expected and hits[0].result.match


def test_remove_save_load(index: NameIndex, tmp_path: Path) -> None:
    index.save(tmp_path / "idx")
    loaded = NameIndex.load(tmp_path / "idx")
    assert len(loaded) == len(index)
    assert loaded.search("Hun Sen", limit=1)[0].entity_id == "hun-sen"
    assert loaded.remove("hun-sen")
    hits = loaded.search("Hun Sen", limit=3)
    assert all(h.entity_id != "hun-sen" for h in hits)
    loaded.add("hun-sen-2", "Person", ["Hun Sen"])
    assert loaded.search("ហ៊ុន សែន", limit=1)[0].entity_id == "hun-sen-2"


def test_bad_queries(index: NameIndex) -> None:
    for bad in ["", "\x07", "a" * 10_000]:
        with pytest.raises(InvalidQuery):
            index.search(bad)

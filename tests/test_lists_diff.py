"""The release diff on small hand-made collections (the real-file diff is in test_lists_ofac)."""

from __future__ import annotations

import gc

from sanctionwatch.lists.diff import diff_entities, summarize


def person(entity_id: str, **props: list[str]) -> dict:
    return {"id": entity_id, "schema": "Person", "properties": dict(props)}


def sanction(entity_id: str, target: str, program: str) -> dict:
    return {
        "id": entity_id,
        "schema": "Sanction",
        "properties": {"entity": [target], "programId": [program]},
    }


OLD = [
    person("p1", name=["HIENG, Hing Bun"], alias=["Hing Bun HIENG", "BUNHEUNG, Hing"]),
    person("p2", name=["PHEAP, Try"], birthDate=["1965-07-15"]),
    person("p3", name=["GONE, Person"]),
    sanction("s1", "p1", "GLOMAG"),
]
NEW = [
    # Same values, other order: not a change.
    person("p1", name=["HIENG, Hing Bun"], alias=["BUNHEUNG, Hing", "Hing Bun HIENG"]),
    person("p2", name=["PHEAP, Try"], birthDate=["1965-07-15"], passportNumber=["N0239194"]),
    person("p4", name=["CHAU, Phirun"], nationality=["kh"]),
    sanction("s1", "p1", "GLOMAG"),
    sanction("s4", "p4", "GLOMAG"),
]


def by_id(changes: list[dict]) -> dict[str, dict]:
    return {c["id"]: c for c in changes}


def test_added_removed_changed() -> None:
    changes = diff_entities(OLD, NEW)
    assert [(c["change"], c["id"]) for c in changes] == [
        ("added", "p4"),
        ("added", "s4"),
        ("removed", "p3"),
        ("changed", "p2"),
    ]
    found = by_id(changes)
    assert found["p4"]["names"] == ["CHAU, Phirun"]
    assert found["p4"]["properties"]["nationality"] == {
        "old": [],
        "new": ["kh"],
        "added": ["kh"],
        "removed": [],
    }
    assert found["p3"]["properties"]["name"]["removed"] == ["GONE, Person"]
    assert found["p2"]["properties"] == {
        "passportNumber": {"old": [], "new": ["N0239194"], "added": ["N0239194"], "removed": []}
    }
    # A sanction has no names of its own: it borrows those of the sanctioned entity.
    assert found["s4"]["names"] == ["CHAU, Phirun"]
    assert summarize(changes) == {
        "added": {"Person": 1, "Sanction": 1},
        "removed": {"Person": 1},
        "changed": {"Person": 1},
    }


def test_changed_values_show_old_new_added_removed() -> None:
    old = [person("p", name=["MUCHINGURI, Oppah Chamu Zvipange"], gender=["female"])]
    new = [person("p", name=["MUCHINGURI, Oppah Charm Zvipange"], gender=["female"])]
    (change,) = diff_entities(old, new)
    assert change["change"] == "changed"
    assert change["names"] == ["MUCHINGURI, Oppah Charm Zvipange"]
    assert change["properties"] == {
        "name": {
            "old": ["MUCHINGURI, Oppah Chamu Zvipange"],
            "new": ["MUCHINGURI, Oppah Charm Zvipange"],
            "added": ["MUCHINGURI, Oppah Charm Zvipange"],
            "removed": ["MUCHINGURI, Oppah Chamu Zvipange"],
        }
    }


def test_ignored_properties_and_schema_changes() -> None:
    old = [{"id": "e", "schema": "Organization", "properties": {"name": ["X LTD"], "notes": ["a"]}}]
    new = [{"id": "e", "schema": "Organization", "properties": {"name": ["X LTD"], "notes": ["b"]}}]
    assert diff_entities(old, new, ignore={"notes"}) == []
    assert len(diff_entities(old, new)) == 1
    company = [{"id": "e", "schema": "Company", "properties": {"name": ["X LTD"], "notes": ["a"]}}]
    (change,) = diff_entities(old, company)
    assert change["schema"] == "Company" and change["old_schema"] == "Organization"
    assert change["properties"] == {}


def test_repeated_ids_are_merged_and_inputs_untouched() -> None:
    old = [person("p", name=["A"]), person("p", alias=["B"])]
    new = [person("p", name=["A"], alias=["B"])]
    assert diff_entities(old, new) == []
    assert old[0]["properties"] == {"name": ["A"]}
    assert diff_entities([], []) == []
    assert diff_entities(iter(OLD), iter(OLD)) == []  # any iterable, consumed once


def test_garbage_collector_state_is_restored() -> None:
    assert gc.isenabled()
    diff_entities(OLD, NEW)
    assert gc.isenabled()
    gc.disable()
    try:
        diff_entities(OLD, NEW)
        assert not gc.isenabled()
    finally:
        gc.enable()

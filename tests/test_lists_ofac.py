"""OFAC legacy CSV import and the 2021 → 2024 release diff, on the real shared files.

Expected counts are computed here from the files with the csv module, independently of the
importer, so the tests check the importer against the data rather than against itself.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from followthemoney import model, registry

from sanctionwatch.lists.diff import diff_entities
from sanctionwatch.lists.ftm import validate_entity
from sanctionwatch.lists.ofac_csv import read_ofac_csv
from sanctionwatch.lists.result import ImportResult

pytestmark = pytest.mark.shared

LISTED = {"Person", "Organization", "Company", "Vessel", "Airplane"}
CAMBODIANS = {  # ent_num → SDN_Name as OFAC writes it (surname as OFAC reads it, first)
    24682: "HIENG, Hing Bun",  # Hing Bun Hieng
    28042: "PHEAP, Try",  # Try Pheap
    28036: "KIM, Kun",  # Kun Kim
}


def raw_rows(path: Path) -> list[list[str]]:
    """The file's records with the csv module; the one-cell Ctrl-Z end-of-file line excluded."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle) if len(row) > 1]


def programs(field: str) -> list[str]:
    return [p.strip(" []") for p in field.split("] [") if p.strip(" []")]


@pytest.fixture(scope="module")
def ofac2024(data_dir: Path) -> ImportResult:
    return read_ofac_csv(data_dir / "ofac-2024")


@pytest.fixture(scope="module")
def ofac2021(data_dir: Path) -> ImportResult:
    return read_ofac_csv(data_dir / "ofac-2021")


@pytest.fixture(scope="module")
def ofac2021_sdn(data_dir: Path) -> ImportResult:
    """The 2021 release read like the 2024 one (sdn.csv only), for a like-for-like diff."""
    return read_ofac_csv(data_dir / "ofac-2021", parts=("sdn",))


@pytest.mark.parametrize("release", ["ofac-2024", "ofac-2021"])
def test_row_and_entity_counts_match_the_files(
    release: str, data_dir: Path, ofac2024: ImportResult, ofac2021: ImportResult
) -> None:
    result = ofac2024 if release == "ofac-2024" else ofac2021
    folder = data_dir / release
    sdn = raw_rows(folder / "sdn.csv")
    assert result.meta.rows["sdn.csv"] == len(sdn)
    assert result.errors == []
    listed = [e for e in result.entities if e["schema"] in LISTED]
    assert {e["id"] for e in listed} == {f"ofac-{row[0]}" for row in sdn}
    assert len(result.of_schema("Sanction")) == sum(len(programs(row[3])) for row in sdn)
    types = defaultdict(int)
    for row in sdn:
        types[row[2].strip()] += 1
    assert len(result.of_schema("Person")) == types["individual"]
    assert len(result.of_schema("Vessel")) == types["vessel"]
    assert len(result.of_schema("Airplane")) == types["aircraft"]
    for name in ("alt.csv", "add.csv"):
        if (folder / name).exists():
            assert result.meta.rows[name] == len(raw_rows(folder / name))
    assert set(result.meta.files) == {p.name for p in folder.glob("*.csv")}
    assert all(len(digest) == 64 for digest in result.meta.files.values())
    assert result.meta.list_date is None  # the legacy CSV carries no release date


def test_release_2024_has_the_cambodian_glomag_designations(ofac2024: ImportResult) -> None:
    entities = ofac2024.by_id()
    for ent_num, sdn_name in CAMBODIANS.items():
        person = entities[f"ofac-{ent_num}"]
        assert person["schema"] == "Person"
        props = person["properties"]
        assert props["name"] == [sdn_name]
        last, first = sdn_name.split(", ")
        assert props["lastName"] == [last] and props["firstName"] == [first]
        assert f"{first} {last}" in props["alias"]  # natural order, for screening
        assert props["topics"] == ["sanction"]
        sanction = entities[f"ofac-sanction-{ent_num}-glomag"]
        assert sanction["schema"] == "Sanction"
        sp = sanction["properties"]
        assert sp["entity"] == [person["id"]]
        assert sp["programId"] == ["GLOMAG"]
        assert "Magnitsky" in sp["program"][0]
        assert sp["authority"] == ["US Office of Foreign Assets Control (OFAC)"]
        assert sp["country"] == ["us"]
    kun_kim = entities["ofac-28036"]["properties"]
    assert kun_kim["birthDate"] == ["1954-01-01"]
    assert kun_kim["gender"] == ["male"]
    assert set(kun_kim["passportNumber"]) == {"N0000259216", "D0002907"}
    assert "Tbaung Khmum" in kun_kim["birthPlace"][0]


def test_linked_to_becomes_links(ofac2024: ImportResult) -> None:
    entities = ofac2024.by_id()
    # "TRY PHEAP GROUP CO., LTD." … "Linked To: PHEAP, Try."
    company = entities["ofac-28043"]
    assert company["schema"] == "Company"
    assert "Linked To: PHEAP, Try" in company["properties"]["notes"][0]
    link = entities["ofac-link-28043-28042"]["properties"]
    assert link["subject"] == ["ofac-28043"] and link["object"] == ["ofac-28042"]
    # Kun Kim's relatives are linked to him.
    assert "ofac-link-28130-28036" in entities and "ofac-link-28131-28036" in entities
    # Every "Linked To" in the file is either a link or counted as unresolved/ambiguous.
    links = ofac2024.meta.extra["links"]
    assert links["resolved"] == len(ofac2024.of_schema("UnknownLink")) > 5000
    assert links["unresolved"] + links["ambiguous"] < 0.01 * links["resolved"]


def test_links_point_at_entities_in_the_same_import(ofac2024: ImportResult) -> None:
    ids = set(ofac2024.by_id())
    for entity in ofac2024.entities:
        for prop in ("entity", "subject", "object"):
            for ref in entity["properties"].get(prop, []):
                assert ref in ids, (entity["id"], prop, ref)


def test_2021_aliases_and_addresses_are_attached(data_dir: Path, ofac2021: ImportResult) -> None:
    entities = ofac2021.by_id()
    hing = entities["ofac-24682"]["properties"]
    assert {"BUNHEUNG, Hing", "HEANG, Hing Bun", "Hing Bun HEANG"} <= set(hing["alias"])
    assert "22, St. 118, Phnom Penh, Cambodia" in hing["address"]
    assert hing["country"] == ["kh"]
    assert "PHEAP, Thy" in entities["ofac-28042"]["properties"]["alias"]
    # Every alt.csv row is on its entity, under the property its type says (as FtM cleans
    # names: whitespace collapsed, wrapping quotes dropped).
    prop_of = {"aka": "alias", "fka": "previousName", "nka": "name"}
    alt_rows = raw_rows(data_dir / "ofac-2021" / "alt.csv")
    for ent_num, _alt_num, alt_type, alt_name, _remarks in alt_rows:
        props = entities[f"ofac-{ent_num}"]["properties"]
        cleaned = registry.name.clean(" ".join(alt_name.split()))
        assert cleaned in props[prop_of[alt_type]], (ent_num, alt_name)
    # Every non-empty add.csv row gives its entity an address.
    for row in raw_rows(data_dir / "ofac-2021" / "add.csv"):
        if any(cell.strip() != "-0-" for cell in row[2:5]):
            assert entities[f"ofac-{row[0]}"]["properties"].get("address"), row


@pytest.mark.parametrize("release", ["ofac-2024", "ofac-2021"])
def test_every_entity_is_valid_followthemoney(
    release: str, ofac2024: ImportResult, ofac2021: ImportResult
) -> None:
    result = ofac2024 if release == "ofac-2024" else ofac2021
    for entity in result.entities:
        assert validate_entity(entity) == [], entity["id"]
        proxy = model.get_proxy(entity, cleaned=False)  # re-cleans every value
        assert proxy.to_dict()["properties"] == entity["properties"], entity["id"]
        assert not proxy.schema.abstract


def test_diff_2021_to_2024(
    data_dir: Path, ofac2021_sdn: ImportResult, ofac2024: ImportResult
) -> None:
    old_rows = {row[0]: row for row in raw_rows(data_dir / "ofac-2021" / "sdn.csv")}
    new_rows = {row[0]: row for row in raw_rows(data_dir / "ofac-2024" / "sdn.csv")}
    changes = diff_entities(ofac2021_sdn.entities, ofac2024.entities)
    by_kind: dict[str, dict[str, dict]] = defaultdict(dict)
    for change in changes:
        by_kind[change["change"]][change["id"]] = change

    def listed(kind: str) -> set[str]:
        return {i for i, c in by_kind[kind].items() if c["schema"] in LISTED}

    assert listed("added") == {f"ofac-{n}" for n in new_rows.keys() - old_rows.keys()}
    assert listed("removed") == {f"ofac-{n}" for n in old_rows.keys() - new_rows.keys()}
    # Designated in November 2021 under GLOMAG: after the 2021 file, before the 2024 one.
    for ent_num, name in ((33913, "CHAU, Phirun"), (33914, "TEA, Vinh")):
        added = by_kind["added"][f"ofac-{ent_num}"]
        assert added["schema"] == "Person" and name in added["names"]
        assert added["properties"]["nationality"]["new"] == ["kh"]
        sanction = by_kind["added"][f"ofac-sanction-{ent_num}-glomag"]
        assert name in sanction["names"]  # borrowed from the sanctioned person
    for ent_num in CAMBODIANS:
        assert f"ofac-{ent_num}" not in by_kind["added"]
    # Sanctions added: (ent_num, programme) pairs new in 2024.
    pairs_old = {(n, p) for n, r in old_rows.items() for p in programs(r[3])}
    pairs_new = {(n, p) for n, r in new_rows.items() for p in programs(r[3])}
    added_sanctions = {i for i, c in by_kind["added"].items() if c["schema"] == "Sanction"}
    assert len(added_sanctions) == len(pairs_new - pairs_old)
    # Changed entities are exactly rows present in both releases whose text changed in a way
    # the mapping sees; identical rows never show as changed; a renamed entity always does.
    common = old_rows.keys() & new_rows.keys()
    differing = {n for n in common if old_rows[n] != new_rows[n]}
    assert listed("changed") <= {f"ofac-{n}" for n in differing}
    renamed = {
        n for n in common if " ".join(old_rows[n][1].split()) != " ".join(new_rows[n][1].split())
    }
    assert renamed, "expected some renamed entries between 2021 and 2024"
    for n in renamed:
        assert "name" in by_kind["changed"][f"ofac-{n}"]["properties"]
    # Realistic scale: the list grew by thousands (Russia designations since 2022).
    assert len(listed("added")) > 5000 and len(listed("removed")) > 100

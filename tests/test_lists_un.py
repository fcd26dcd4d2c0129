"""UN Security Council consolidated XML import, on the real shared file.

Expected values are read from the file here with a plain lxml parse, independently of the
importer's iterparse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from followthemoney import model
from lxml import etree

from sanctionwatch.lists.ftm import validate_entity
from sanctionwatch.lists.result import ImportResult
from sanctionwatch.lists.un_xml import read_un_xml

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def un_path(data_dir: Path) -> Path:
    return data_dir / "un" / "UN_consolidated.xml"


@pytest.fixture(scope="module")
def un_tree(un_path: Path) -> etree._ElementTree:
    return etree.parse(str(un_path))


@pytest.fixture(scope="module")
def un(un_path: Path) -> ImportResult:
    return read_un_xml(un_path)


def test_counts_and_metadata(un: ImportResult, un_tree: etree._ElementTree) -> None:
    individuals = un_tree.findall("INDIVIDUALS/INDIVIDUAL")
    entities = un_tree.findall("ENTITIES/ENTITY")
    assert un.errors == []
    assert un.meta.rows["UN_consolidated.xml"] == len(individuals) + len(entities)
    assert un.meta.extra["records"] == {"INDIVIDUAL": len(individuals), "ENTITY": len(entities)}
    assert len(un.of_schema("Person")) == len(individuals)
    assert len(un.of_schema("Organization")) == len(entities)
    assert len(un.of_schema("Sanction")) == len(individuals) + len(entities)
    generated = un_tree.getroot().get("dateGenerated")
    assert un.meta.list_date == generated[:10]
    assert len(un.meta.files["UN_consolidated.xml"]) == 64


def test_every_record_has_listing_date_and_reference(
    un: ImportResult, un_tree: etree._ElementTree
) -> None:
    entities = un.by_id()
    for record in [*un_tree.iter("INDIVIDUAL"), *un_tree.iter("ENTITY")]:
        data_id = record.findtext("DATAID")
        sanction = entities[f"un-sanction-{data_id}"]["properties"]
        assert sanction["entity"] == [f"un-{data_id}"]
        assert sanction["listingDate"] == [record.findtext("LISTED_ON")[:10]]
        reference = record.findtext("REFERENCE_NUMBER").strip()
        assert sanction["programId"] == [reference] and sanction["unscId"] == [reference]
        assert sanction["authority"] == ["United Nations Security Council"]
        assert sanction["program"]


def test_a_record_in_detail(un: ImportResult) -> None:
    person = un.by_id()["un-6907995"]["properties"]  # GASTON IYAMUREMYE, CDi.003
    assert person["name"] == ["GASTON IYAMUREMYE"]
    assert person["weakAlias"] == ["Rumuli"]  # QUALITY Low
    assert "Victor Rumuri" in person["alias"]  # QUALITY Good
    assert "FDLR Interim President" in person["position"]
    assert person["nationality"] == ["rw"]
    assert person["birthDate"] == ["1948"]
    assert "Musanze District, Northern Province, Rwanda" in person["birthPlace"]
    sanction = un.by_id()["un-sanction-6907995"]["properties"]
    assert sanction["listingDate"] == ["2010-12-01"]
    assert "Congo" in sanction["program"][0]
    organisation = un.by_id()["un-6908402"]["properties"]  # ADF
    assert "Allied Democratic Forces" in organisation["alias"]  # a.k.a.
    assert "ADF/NALU" in organisation["previousName"]  # f.k.a.


def test_original_script_names_and_documents(un: ImportResult, un_tree: etree._ElementTree) -> None:
    entities = un.by_id()
    for record in un_tree.iter("INDIVIDUAL"):
        props = entities[f"un-{record.findtext('DATAID')}"]["properties"]
        for script in record.findall("NAME_ORIGINAL_SCRIPT"):
            if script.text and script.text.strip():
                assert " ".join(script.text.split()) in props["alias"]
        for doc in record.findall("INDIVIDUAL_DOCUMENT"):
            number = " ".join((doc.findtext("NUMBER") or "").split())
            if number:
                kept = props.get("passportNumber", []) + props.get("idNumber", [])
                assert number in kept or any(number in n for n in props.get("notes", []))


def test_every_entity_is_valid_followthemoney(un: ImportResult) -> None:
    ids = set(un.by_id())
    for entity in un.entities:
        assert validate_entity(entity) == [], entity["id"]
        proxy = model.get_proxy(entity, cleaned=False)
        assert proxy.to_dict()["properties"] == entity["properties"]
        for ref in entity["properties"].get("entity", []):
            assert ref in ids

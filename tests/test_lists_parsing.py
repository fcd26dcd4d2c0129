"""OFAC remarks, names, dates and programme codes; the format registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.lists.formats import FORMATS, get_format, read_list
from sanctionwatch.lists.ofac_programs import program_name, split_programs
from sanctionwatch.lists.ofac_remarks import natural_order, parse_dates, parse_remarks


def test_remarks_of_a_cambodian_designation() -> None:
    remarks = parse_remarks(
        "DOB 01 Jan 1954; POB Chan Toung Village, Sralap Commune, Tbaung Khmum District, "
        "Cambodia; Gender Male; Passport N0000259216 (Cambodia) expires 10 Jun 2025; "
        "alt. Passport D0002907 (Cambodia)."
    )
    assert remarks.props == [
        ("birthDate", "1954-01-01"),
        ("birthPlace", "Chan Toung Village, Sralap Commune, Tbaung Khmum District, Cambodia"),
        ("gender", "Male"),
        ("passportNumber", "N0000259216"),
        ("passportNumber", "D0002907"),
    ]


def test_remarks_aliases_links_identifiers_and_provisions() -> None:
    remarks = parse_remarks(
        "Additional Sanctions Information - Subject to Secondary Sanctions; "
        "Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; "
        "a.k.a. 'AL-MAURITANI, Yunis'; nationality Mauritania; citizen Mexico; "
        "Email Address info@example.com; Tax ID No. K005-105000833 (Cambodia); "
        "Organization Established Date 12 Oct 2012; Linked To: PRIME CHEER CORPORATION LTD."
    )
    assert ("imoNumber", "IMO9187629") in remarks.props
    assert ("mmsi", "572469210") in remarks.props
    assert ("nationality", "Mauritania") in remarks.props
    assert ("citizenship", "Mexico") in remarks.props
    assert ("email", "info@example.com") in remarks.props
    assert ("taxNumber", "K005-105000833") in remarks.props
    assert ("incorporationDate", "2012-10-12") in remarks.props
    assert remarks.names == [("previousName", "ALPHA"), ("alias", "AL-MAURITANI, Yunis")]
    assert remarks.linked == ["PRIME CHEER CORPORATION LTD"]
    assert remarks.provisions == [
        "Additional Sanctions Information - Subject to Secondary Sanctions"
    ]
    assert parse_remarks(None).props == [] and parse_remarks("").linked == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("01 Jan 1957", ["1957-01-01"]),
        ("Jan 1957", ["1957-01"]),
        ("1981", ["1981"]),
        ("circa 1994", ["1994"]),
        ("1957 to 1959", ["1957", "1959"]),
        ("01 Jan 1960 to 31 Dec 1962", ["1960-01-01", "1962-12-31"]),
        ("sometime", []),
    ],
)
def test_ofac_dates(text: str, dates: list[str]) -> None:
    assert parse_dates(text) == dates


def test_natural_order() -> None:
    assert natural_order("HIENG, Hing Bun") == "Hing Bun HIENG"
    assert natural_order("GORRIN BELISARIO, Raul") == "Raul GORRIN BELISARIO"
    assert natural_order("CHINGHEITY") is None


def test_programs() -> None:
    assert split_programs("SDGT] [IFSR") == ["SDGT", "IFSR"]
    assert split_programs(None) == []
    assert "Magnitsky" in program_name("GLOMAG")
    assert program_name("RUSSIA-EO14024") == "Russia-related sanctions (E.O. 14024)"
    assert program_name("NEW-CODE") == "NEW-CODE"


def test_format_registry(tmp_path: Path) -> None:
    assert set(FORMATS) == {"ofac-csv", "un-xml"}
    assert get_format("ofac-csv").takes == "directory"
    assert get_format("un-xml").takes == "file"
    with pytest.raises(ValueError, match="known: ofac-csv, un-xml"):
        get_format("eu-xml")
    (tmp_path / "sdn.csv").write_text(
        '1,"X CO",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    )
    result = read_list("ofac-csv", tmp_path)
    assert [e["id"] for e in result.entities] == ["ofac-1", "ofac-sanction-1-sdgt"]
    assert result.meta.format == "ofac-csv"
    streamed = list(get_format("ofac-csv").stream(tmp_path, None))
    assert streamed == result.entities

"""Broken list files: each problem is a RowError with file and line, and the rest imports.

Files are written into tmp_path; nothing here needs the shared data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.errors import SourceError
from sanctionwatch.lists.ftm import validate_entity
from sanctionwatch.lists.ofac_csv import iter_ofac_csv, read_ofac_csv
from sanctionwatch.lists.result import ImportLog, ImportMeta, RowError
from sanctionwatch.lists.un_xml import read_un_xml

EMPTY = b",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "  # Title … Vess_owner


def sdn_line(
    ent: bytes, name: bytes, kind: bytes, program: bytes, remarks: bytes = b"-0- "
) -> bytes:
    return ent + b',"' + name + b'",' + kind + b',"' + program + b'"' + EMPTY + b"," + remarks


@pytest.fixture
def ofac_dir(tmp_path: Path) -> Path:
    lines = [
        sdn_line(
            b"1",
            b"GOOD, Person",
            b'"individual"',
            b"GLOMAG",
            b'"DOB 01 Jan 1957; POB Cambodia; Linked To: GOOD COMPANY LTD."',
        ),
        b'2,"TRUNC, Ated","individual","GLO',  # 2: truncated inside a quoted field
        b'3,"SHORT ROW",-0- ,"SDGT"',  # 3: wrong column count
        sdn_line(b"4", b"STARSHIP", b'"spaceship"', b"SDGT"),  # 4: unknown SDN_Type
        sdn_line(b"5", "MÜLLER, Jürgen".encode("cp1252"), b'"individual"', b"SDGT"),  # 5: cp1252
        sdn_line(b"x6", b"BAD NUMBER", b"-0- ", b"SDGT"),  # 6: ent_num not a number
        sdn_line(b"1", b"DUPLICATE", b"-0- ", b"SDGT"),  # 7: ent_num repeated
        sdn_line(
            b"8", b"GOOD COMPANY LTD.", b"-0- ", b"GLOMAG] [SDGT", b'"Linked To: GOOD, Person."'
        ),
        b"",  # blank line
        b"\x1a",  # DOS end-of-file marker, as in OFAC's files
    ]
    (tmp_path / "sdn.csv").write_bytes(b"\r\n".join(lines))
    (tmp_path / "alt.csv").write_bytes(
        b'1,10,"aka","GOODE, Persson",-0- \r\n'
        b'99,11,"aka","ORPHAN",-0- \r\n'  # 2: ent_num not in sdn.csv
        b'8,12,"fka","OLD CO",-0- \r\n'
        b'1,13,"aka"\r\n'  # 4: truncated
    )
    (tmp_path / "add.csv").write_bytes(b'1,20,"St. 1","Phnom Penh","Cambodia",-0- \r\n')
    return tmp_path


def where(errors: list[RowError]) -> dict[tuple[str, int], RowError]:
    return {(e.file, e.line): e for e in errors}


def test_bad_ofac_rows_are_reported_and_the_rest_imports(ofac_dir: Path) -> None:
    seen: list[RowError] = []
    result = read_ofac_csv(ofac_dir, on_error=seen.append)
    assert seen == result.errors  # the callback sees every error as it happens
    errors = where(result.errors)
    assert "column" in errors[("sdn.csv", 2)].reason and errors[("sdn.csv", 2)].skipped
    assert "expected 12 columns, found 4" in errors[("sdn.csv", 3)].reason
    assert "unknown SDN_Type 'spaceship'" in errors[("sdn.csv", 4)].reason
    assert "not UTF-8" in errors[("sdn.csv", 5)].reason and not errors[("sdn.csv", 5)].skipped
    assert "not a number" in errors[("sdn.csv", 6)].reason
    assert "listed twice" in errors[("sdn.csv", 7)].reason
    assert "not in sdn.csv" in errors[("alt.csv", 2)].reason
    assert "expected 5 columns" in errors[("alt.csv", 4)].reason
    assert len(result.errors) == 8
    assert str(errors[("sdn.csv", 4)]).startswith("sdn.csv:4: ")

    entities = result.by_id()
    listed = {i for i, e in entities.items() if e["schema"] not in ("Sanction", "UnknownLink")}
    assert listed == {"ofac-1", "ofac-5", "ofac-8"}
    assert entities["ofac-5"]["properties"]["name"] == ["MÜLLER, Jürgen"]  # decoded, not mojibake
    assert entities["ofac-1"]["properties"]["name"] == ["GOOD, Person"]  # the duplicate is ignored
    assert {"GOODE, Persson", "Persson GOODE"} <= set(entities["ofac-1"]["properties"]["alias"])
    assert entities["ofac-1"]["properties"]["address"] == ["St. 1, Phnom Penh, Cambodia"]
    assert entities["ofac-8"]["properties"]["previousName"] == ["OLD CO"]
    assert {"ofac-sanction-8-glomag", "ofac-sanction-8-sdgt"} <= set(entities)
    # "Linked To: GOOD COMPANY LTD." resolves although the remark's final period was stripped.
    assert {"ofac-link-1-8", "ofac-link-8-1"} <= set(entities)
    assert result.meta.rows == {"sdn.csv": 8, "alt.csv": 4, "add.csv": 1}
    for entity in result.entities:
        assert validate_entity(entity) == []


def test_irregular_quoting_is_read_leniently_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "sdn.csv").write_bytes(sdn_line(b"9", b'ODD "QUOTE" NAME', b"-0- ", b"SDGT"))
    result = read_ofac_csv(tmp_path)
    assert [(e.line, e.skipped) for e in result.errors] == [(1, False)]
    assert "irregular quoting" in result.errors[0].reason
    assert "ofac-9" in result.by_id()


def test_streaming_reports_through_the_log(ofac_dir: Path) -> None:
    log = ImportLog(ImportMeta("us_ofac_sdn", "ofac-csv", str(ofac_dir)))
    stream = iter_ofac_csv(ofac_dir, log)
    first = next(stream)
    assert first["id"] == "ofac-1"
    rest = list(stream)
    assert len(log.errors) == 8 and log.meta.files.keys() == {"sdn.csv", "alt.csv", "add.csv"}
    assert log.meta.schemata["Person"] == 2 and len(rest) + 1 == sum(log.meta.schemata.values())


def test_ofac_directory_without_sdn_csv(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="sdn.csv"):
        read_ofac_csv(tmp_path)


HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">\n  <INDIVIDUALS>\n'
)
TAIL = "  </INDIVIDUALS>\n  <ENTITIES/>\n</CONSOLIDATED_LIST>\n"


def record(data_id: int, extra: str = "") -> str:
    """An 8-line INDIVIDUAL; the first starts on line 4 of the file."""
    return (
        f"    <INDIVIDUAL>\n      <DATAID>{data_id}</DATAID>\n"
        f"      <FIRST_NAME>NAME{data_id}</FIRST_NAME>\n      <UN_LIST_TYPE>DRC</UN_LIST_TYPE>\n"
        f"      <REFERENCE_NUMBER>CDi.{data_id:03d}</REFERENCE_NUMBER>\n"
        f"      <LISTED_ON>2012-12-31</LISTED_ON>{extra}\n      <GENDER>Male</GENDER>\n"
        "    </INDIVIDUAL>\n"
    )


def people(path: Path) -> tuple[list[str], list[RowError]]:
    result = read_un_xml(path)
    for entity in result.entities:
        assert validate_entity(entity) == []
    return [e["id"] for e in result.of_schema("Person")], result.errors


@pytest.mark.parametrize(
    "damage",
    [
        "\n      <COMMENTS1>a & b</COMMENTS1>",  # bare ampersand
        "\n      <GENDER>Male</GENDR>",  # mismatched closing tag
        "\n      <NOTE>unclosed",  # element never closed
    ],
)
def test_broken_un_record_is_skipped_with_its_line(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "list.xml"
    path.write_text(HEAD + record(1) + record(2, damage) + record(3) + record(4) + TAIL)
    ids, errors = people(path)
    assert ids == ["un-1", "un-3", "un-4"]  # records after the damage still import
    skipped = [e for e in errors if e.skipped]
    assert skipped and skipped[0].file == "list.xml" and skipped[0].line == 12
    assert "damaged by XML error at line" in skipped[0].reason


def test_un_record_without_dataid_or_name(tmp_path: Path) -> None:
    path = tmp_path / "list.xml"
    no_id = record(2).replace("<DATAID>2</DATAID>", "")
    no_name = record(3).replace("<FIRST_NAME>NAME3</FIRST_NAME>", "")
    path.write_text(HEAD + record(1) + no_id + no_name + record(4) + TAIL)
    ids, errors = people(path)
    assert ids == ["un-1", "un-4"]
    assert [(e.line, e.skipped) for e in errors] == [(12, True), (20, True)]
    assert "DATAID" in errors[0].reason and "no name" in errors[1].reason


def test_truncated_un_file_keeps_the_complete_records(tmp_path: Path) -> None:
    path = tmp_path / "list.xml"
    path.write_text((HEAD + record(1) + record(2) + record(3))[:-40])
    ids, errors = people(path)
    assert ids == ["un-1", "un-2"]
    assert any(e.skipped and e.line == 20 for e in errors)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not parseable as XML"),
        ("this is not XML at all", "not parseable as XML"),
        ('<?xml version="1.0"?><html><body/></html>', "not a UN consolidated list"),
    ],
)
def test_unparseable_un_file_raises_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(content)
    with pytest.raises(SourceError, match=message) as info:
        read_un_xml(path)
    assert "broken.xml" in str(info.value)
    assert isinstance(info.value, ValueError)  # what the CLI catches


def test_missing_un_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        read_un_xml(tmp_path / "absent.xml")

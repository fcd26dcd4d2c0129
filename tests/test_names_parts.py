"""The name-parts model: order conventions, initials, scripts, organisation legal forms."""

from __future__ import annotations

from sanctionwatch.names.keys import skeleton
from sanctionwatch.names.parts import FAMILY, GIVEN, INITIAL, LEGAL, parse_name
from sanctionwatch.names.script import main_script


def roles(name: str, kind: str = "person") -> list[tuple[str, str]]:
    return [(p.form, p.role) for p in parse_name(name, kind).parts]


def test_orders_and_capitals() -> None:
    assert roles("HUN Sen") == [("hun", FAMILY), ("sen", GIVEN)]
    assert roles("KEM Sokha") == [("kem", FAMILY), ("sokha", GIVEN)]
    assert roles("Putin, Vladimir") == [("putin", FAMILY), ("vladimir", GIVEN)]
    khmer = parse_name("ហ៊ុន សែន")
    assert khmer.family_first and [p.role for p in khmer.parts] == [FAMILY, GIVEN]
    assert khmer.parts[0].form == "hun" and "saen" in khmer.parts[1].variants


def test_initials_and_duplicates() -> None:
    assert roles("J.-C. Juncker")[:2] == [("j", INITIAL), ("c", INITIAL)]
    assert [p.form for p in parse_name("Sergey Sergey Shoigu").parts] == ["sergey", "shoigu"]


def test_scripts() -> None:
    assert main_script("ហ៊ុន សែន") == "Khmer"
    assert main_script("Сергей Лавров") == "Cyrillic"
    assert main_script("三浦 陽一") == "Han"
    assert parse_name("Сергей Лавров").parts[1].form == "lavrov"


def test_organisation_legal_forms() -> None:
    assert roles("Siemens Aktiengesellschaft", "org") == [("siemens", "unknown"), ("ag", LEGAL)]
    assert roles("Open Joint Stock Company Gazprom", "org")[0] == ("ojsc", LEGAL)
    assert roles("A.B.C. Company", "org")[0] == ("abc", "unknown")
    assert roles("Brigade Forty-Four", "org")[1] == ("44", "number")


def test_skeleton_keys_join_spelling_variants() -> None:
    assert skeleton("kem") == skeleton("koem") == skeleton("kim")
    assert skeleton("hieng") == skeleton("heang")
    assert skeleton("mohammed") == skeleton("muhammad")

"""The actor knowledge base: one data file, one loader, countries in every language."""

from __future__ import annotations

from sanctionwatch import kb
from sanctionwatch.extract.gazetteer import load_gazetteer


def test_institutions_carry_what_fact_extraction_reads() -> None:
    treasury = next(a for a in kb.institutions() if a.name == "US Department of the Treasury")
    assert treasury.schema == "PublicBody" and treasury.issuer and treasury.parent == "United States"
    assert treasury.country == "us" and any("ofac" in p for p in treasury.aliases)
    assert "Hun Sen" in {a.name for a in kb.known_actors()}
    us = next(a for a in kb.institutions() if a.name == "United States")
    assert us.kind == "country" and "Washington" in us.all_metonyms()


def test_countries_in_three_languages_with_demonyms_and_capitals() -> None:
    assert kb.country_code("Biélorussie") == kb.country_code("Belarus") == kb.country_code("បេឡារុស") == "by"
    assert kb.country_code("ប្រទេសកម្ពុជា") == "kh"
    assert kb.demonym_code("cambodgiennes") == kb.demonym_code("Cambodian") == "kh"
    assert kb.demonym_code("saoudien") == "sa"
    assert kb.capital_code("Riyad") == kb.capital_code("Riyadh") == "sa"
    assert kb.capital_code("Phnom Penh") == "kh" and kb.country_code("Phnom Penh") is None
    assert kb.metonym("Brussels").key == "european-union"
    assert kb.metonym("វ៉ាស៊ីនតោន").country == "us"


def test_bodies_carry_their_country_and_governments_are_one() -> None:
    assert kb.body_country("Belarusian foreign ministry") == "by"
    assert kb.body_country("Ministry of Foreign Affairs of Saudi Arabia") == "sa"
    assert kb.body_country("Riyadh's foreign ministry") == "sa"
    assert kb.body_country("ក្រសួងការបរទេសកម្ពុជា") == "kh"
    assert kb.government_of("Thai authorities") == kb.government_of("ភាគីថៃ") == "th"
    assert kb.government_of("gouvernement cambodgien") == kb.government_of("Government of Cambodia") == "kh"
    assert kb.government_of("US Department of State") is None
    assert kb.is_generic_body("Ministry of Justice") and kb.is_generic_body("ក្រសួងយុត្តិធម៌")
    assert not kb.is_generic_body("State Department") and not kb.is_generic_body("Human Rights Watch")


def test_gazetteer_is_a_view_of_the_base() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.find("ហ៊ុន សែន").key == "hun-sen"
    assert gazetteer.find("Reuters") is not None  # outlets are organisations
    assert gazetteer.find("Pentagon").key == "us-defense-department"
    assert gazetteer.country_code("Etats-Unis") == "us"


def test_xref_never_pairs_bodies_of_two_countries() -> None:
    from sanctionwatch.xref import _other_country

    cambodian = {"properties": {"name": ["Ministry of Interior"], "country": ["kh"]}}
    assert _other_country(cambodian, {"properties": {"name": ["MINISTRY OF INTERIOR"], "country": ["ir"]}})
    assert not _other_country(cambodian, {"properties": {"name": ["MINISTRY OF INTERIOR"], "country": ["kh"]}})
    assert not _other_country(cambodian, {"properties": {"name": ["MINISTRY OF INTERIOR"]}})

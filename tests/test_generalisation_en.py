"""English reports written outside the dev corpus: mechanisms that must hold on new text."""
from sanctionwatch.extract.facts import extract_facts_from_text


def _measures(text: str) -> list:
    return [f for f in extract_facts_from_text(text, "en", "2024-05-01") if hasattr(f, "status")]


def test_a_genre_label_before_a_headline_colon_is_no_issuer() -> None:
    text = ("Explainer: Why the US sanctioned Guinea's presidential guard\n"
            "In 2022, the U.S. Treasury sanctioned the presidential guard over the killing of protesters.")
    issuers = {(m.issuer.name if m.issuer else None) for m in _measures(text)}
    assert "Explainer" not in issuers


def test_made_ineligible_for_entry_hits_the_object_not_as_issuer() -> None:
    text = ("Last year the State Department made former police chief Ali Hassan ineligible for entry "
            "into the United States.")
    visa = [m for m in _measures(text) if m.kind == "visa_restriction"]
    assert visa
    for m in visa:
        assert m.issuer is None or "Hassan" not in m.issuer.name
        assert any("Hassan" in t.name for t in m.targets)


def test_a_retaliation_is_its_own_authoritys_act() -> None:
    """"China responded with sanctions on ten Europeans" after an EU freeze: China's act, whose
    targets never join the EU's measure."""
    from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text

    ms = [f for f in extract_facts_from_text(
        "The EU imposed an asset freeze on two generals on Monday. China responded with sanctions on ten "
        "Europeans.", "en", "2021-03-22") if isinstance(f, MeasureFact)]
    eu = [m for m in ms if m.issuer is not None and m.issuer.name == "European Union"]
    assert eu and not any("Europeans" in p.name for m in eu for p in m.targets)
    assert any(m.issuer is not None and m.issuer.name == "China" for m in ms)


def test_an_allegation_in_the_present_is_no_charge() -> None:
    """"X is accused of steering contracts" (nobody named as accuser): what the report holds
    against X, not a charge that would make X its victim; "was accused of … and detained" is."""
    from sanctionwatch.extract.facts import EventFact, extract_facts_from_text

    kinds = {f.kind for f in extract_facts_from_text(
        "Ramón Vega, the party treasurer, is accused of steering state contracts to his family's firms.",
        "en", "2019-05-01") if isinstance(f, EventFact)}
    assert "charge" not in kinds
    kinds = {f.kind for f in extract_facts_from_text(
        "In 2019 the activist Lina Moreau was accused of inciting subversion and detained.", "en",
        "2019-05-01") if isinstance(f, EventFact)}
    assert "charge" in kinds

"""Measures on reports nobody tuned for (en/fr): calls on another authority to "follow suit",
the addressee of « demande à X de … », threats said with a conditional or "does not rule out",
issuers given by a participle or a national office-holder, lenders suspending aid. Sentences
written for this test, about countries and years outside the dev corpus."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str = "2023-03-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _issuer(m: MeasureFact) -> str | None:
    return m.issuer.name if m.issuer is not None else None


@pytest.mark.parametrize("text, lang, caller, issuer, antecedent", [
    ("The opposition group Unamos welcomed the decision of Canada to sanction the officials "
     "and called on the United Kingdom to follow suit.", "en", "Unamos", "United Kingdom", "Canada"),
    ("L'Union africaine salue la décision de la CEDEAO de sanctionner les putschistes et appelle "
     "l'Union européenne à faire de même.", "fr", "Union africaine", "European Union", "CEDEAO"),
    ("Human Rights Watch salue la décision du Royaume-Uni de sanctionner le colonel Malick Diaw "
     "et exhorte le Canada à emboîter le pas.", "fr", "Human Rights Watch", "Canada", "United Kingdom"),
])
def test_a_call_to_follow_suit_is_the_addressees_called_for_measure(
        text: str, lang: str, caller: str, issuer: str, antecedent: str) -> None:
    ms = _measures(text, lang)
    called = [m for m in ms if m.status == "called_for"]
    assert [_issuer(m) for m in called] == [issuer]
    assert [c.name for c in called[0].callers] == [caller]
    # the welcomed decision is the other authority's own act, never the caller's
    assert [_issuer(m) for m in ms if m.status == "imposed"] == [antecedent]
    assert not any(m.status == "imposed" and _issuer(m) in (issuer, caller) for m in ms)


def test_follow_suit_without_a_measure_before_it_is_nothing() -> None:
    text = "The opposition urged the government to follow suit and release the prisoners."
    assert not [m for m in _measures(text, "en") if m.status == "called_for" and m.trigger == "follow suit"]


def test_the_dative_addressee_of_a_demand_is_the_issuer_and_the_speaker_the_caller() -> None:
    text = ("L'ONG Amnesty International demande aux États-Unis de sanctionner le chef des services "
            "de renseignement, Akol Koor Kuc.")
    ms = _measures(text, "fr")
    assert [(m.status, _issuer(m)) for m in ms] == [("called_for", "United States")]
    assert [c.name for c in ms[0].callers] == ["ONG Amnesty International"]


@pytest.mark.parametrize("text, lang, issuer", [
    ("The European Union could take further measures if the situation does not improve, "
     "a spokesperson for the bloc said.", "en", "European Union"),
    ("The French foreign minister did not rule out further sanctions against those responsible.", "en", "France"),
    ("Le ministre français n'excluait pas d'autres mesures contre les responsables des violences.", "fr", "France"),
    ("L'ambassadeur britannique n'a pas exclu de nouvelles sanctions contre la junte.", "fr", "United Kingdom"),
    ("L'Union européenne pourrait prendre de nouvelles mesures si la situation ne s'améliore pas.",
     "fr", "European Union"),
])
def test_conditional_and_not_ruled_out_measures_are_threats(text: str, lang: str, issuer: str) -> None:
    ms = _measures(text, lang)
    assert ms
    assert {m.status for m in ms} == {"threatened"}
    assert {_issuer(m) for m in ms} == {issuer}


@pytest.mark.parametrize("text, issuer, date, target", [
    ("Le gel des avoirs imposé par les États-Unis l'an dernier au général Sadiba Koulibaly reste en place.",
     "United States", "2022", "Sadiba Koulibaly"),
    ("Le gel des avoirs décidé par le Conseil en mars visait dix officiers.",
     "Council of the European Union", "2023-03", None),
])
def test_a_participle_on_the_frozen_assets_gives_issuer_and_date(
        text: str, issuer: str, date: str, target: str | None) -> None:
    ms = _measures(text, "fr")
    assert [(m.kind, m.status, _issuer(m), m.date) for m in ms] == [("asset_freeze", "imposed", issuer, date)]
    if target:
        assert [t.name for t in ms[0].targets] == [target]


@pytest.mark.parametrize("text, lang, issuer", [
    ("The Asian Development Bank suspended loans to Myanmar on Tuesday.", "en", "Asian Development Bank"),
    ("The World Bank suspended all disbursements to Belarus on Monday, citing the crackdown.", "en", "World Bank"),
    ("Norway halted budget support to the Ugandan government on Thursday.", "en", "Norway"),
    ("La Banque mondiale a suspendu jeudi ses décaissements en faveur de la Guinée.", "fr", "World Bank"),
    ("Le Fonds monétaire international a suspendu mardi ses décaissements au Mali.", "fr",
     "International Monetary Fund"),
])
def test_lenders_and_donors_suspending_money_is_an_aid_suspension(text: str, lang: str, issuer: str) -> None:
    ms = _measures(text, lang)
    assert [(m.kind, m.status, _issuer(m)) for m in ms] == [("aid_suspension", "imposed", issuer)]


def test_barring_exports_is_an_export_restriction() -> None:
    text = "The United States has barred exports of sensitive technology to the Myanmar military since March 2021."
    ms = _measures(text, "en")
    assert [(m.kind, m.status, _issuer(m), m.date) for m in ms] == [
        ("export_restriction", "imposed", "United States", "2021-03")]


@pytest.mark.parametrize("text, lang", [
    ("The Treasury designated Ivan Tertel and Yury Karaeu for their roles in the crackdown.", "en"),
    ("Le Conseil a sanctionné Ivan Tertel et Iouri Karaev pour leur rôle dans la répression.", "fr"),
])
def test_the_targets_of_a_listing_for_their_role_in_a_crackdown_are_no_victims(text: str, lang: str) -> None:
    facts = extract_facts_from_text(text, lang, "2021-08-09")
    targets = {t.name for f in facts if isinstance(f, MeasureFact) for t in f.targets}
    victims = {s.name for f in facts if isinstance(f, EventFact) for s in f.subjects if s.role == "victim"}
    assert "Ivan Tertel" in targets
    assert not victims & targets


@pytest.mark.parametrize("text, issuer, date, target", [
    ("The travel ban imposed by the EU on Belarusian officials has been in force since October 2020.",
     "European Union", "2020-10", "Belarusian officials"),
    ("The EU travel ban on Belarusian officials, in force since October 2020, remains in effect.",
     "European Union", "2020-10", "Belarusian officials"),
])
def test_a_ban_in_force_since_a_date_is_imposed_then(text: str, issuer: str, date: str, target: str) -> None:
    ms = _measures(text, "en")
    assert [(m.kind, m.status, _issuer(m), m.date) for m in ms] == [("visa_restriction", "imposed", issuer, date)]
    assert [t.name for t in ms[0].targets] == [target]


def test_a_participle_on_the_infinitive_of_a_travel_ban_gives_its_issuer() -> None:
    text = "L'interdiction de voyager imposée par l'UE, en vigueur depuis octobre 2020, a été prolongée."
    ms = _measures(text, "fr")
    assert [(m.kind, m.status, _issuer(m), m.date) for m in ms] == [
        ("visa_restriction", "imposed", "European Union", "2020-10")]


@pytest.mark.parametrize("text, date", [
    ("Title\n\nMANAGUA, March 14, 2023 (Reuters) - Canada on Tuesday imposed sanctions.", "2023-03-14"),
    ("Titre\n\nBRUXELLES, 22 mai 2024 (AFP) - L'UE a imposé des sanctions.", "2024-05-22"),
    ("Title\n\nThe meeting (held 2 May 2020) decided nothing.", None),
])
def test_a_wire_dateline_with_its_agency_dates_the_report(text: str, date: str | None) -> None:
    from sanctionwatch.sources.dateline import find_publication_date

    assert find_publication_date(text) == date


@pytest.mark.parametrize("text, lang", [
    ("Selon elle, les États-Unis et le Japon doivent à leur tour sanctionner la MOGE.", "fr"),
    ("The United States and Japan must now sanction MOGE, she said.", "en"),
])
def test_two_coordinated_authorities_asked_to_act_are_both_issuers(text: str, lang: str) -> None:
    ms = _measures(text, lang)
    assert {m.status for m in ms} == {"called_for"}
    assert sorted(_issuer(m) or "" for m in ms) == ["Japan", "United States"]


@pytest.mark.parametrize("text, lang, target", [
    ("The United States sanctioned two generals on Monday.", "en", "two generals"),
    ("Le Canada a sanctionné deux généraux.", "fr", "deux généraux"),
])
def test_a_number_before_a_noun_names_new_people_not_the_two_told_before(text: str, lang: str, target: str) -> None:
    ms = _measures(text, lang)
    assert [t.name for m in ms for t in m.targets] == [target]
    assert not any(u.startswith("target:both") for m in ms for u in m.unresolved)

"""Entity mentions on sentences no dev report holds (other countries, en + fr): hyphenated
family names stay one person, credits and datelines are no actors, and a state body named by
its country is one entity per (country, kind) however it is written."""

from __future__ import annotations

from sanctionwatch.extract.credits import credit_spans
from sanctionwatch.kb.actors import country_body_key
from sanctionwatch.resolve.keys import mention_entity_id
from textmentions import mention_names, text_mentions


def _mentions(text: str, label: str) -> list[str]:
    return mention_names(text, label)


def test_hyphenated_family_name_is_not_cut_into_two_people() -> None:
    people = _mentions("A court in Minsk jailed the journalist Andrei Kuznechyk-Mahileu on Friday. "
                       "Kuznechyk-Mahileu had worked for a foreign broadcaster. "
                       "Kuznechyk-Mahileu denied the charges.", "PER")
    assert "Kuznechyk" not in people and "Mahileu" not in people
    assert people.count("Kuznechyk-Mahileu") == 2


def test_dateline_place_and_agency_credit_are_no_actors() -> None:
    text = ("ADDIS ABABA, 4 March 2024 (Reuters) - Ethiopia's government detained three journalists, "
            "a lawyer for the men told Reuters on Monday.\n\n"
            "(Reporting by Tom Ferris; Editing by Clare Hunt)")
    orgs = _mentions(text, "ORG")
    people = _mentions(text, "PER")
    assert "ADDIS ABABA" not in orgs
    assert orgs.count("Reuters") <= 1  # "told Reuters" in the story stays, the credit does not
    assert "Tom Ferris" not in people and "Clare Hunt" not in people


def test_credit_spans_french_sign_off_and_sentences() -> None:
    text = "Le tribunal de Yaoundé a condamné l'opposant.\nAvec AFP"
    assert [text[a:b] for a, b in credit_spans(text)] == ["Avec AFP"]
    assert credit_spans("Par ailleurs, le parquet a fait appel de la décision.") == []


def test_one_body_per_country_however_written() -> None:
    same = ["Ethiopian foreign ministry", "Ethiopia's Ministry of Foreign Affairs",
            "ministère éthiopien des Affaires étrangères", "diplomatie éthiopienne"]
    keys = {country_body_key(n) for n in same}
    assert keys == {("et", "Ministry of Foreign Affairs")}
    ids = {mention_entity_id(n, "Organization", "d1") for n in ["the Cameroonian army", "l'armée camerounaise",
                                                                   "Cameroon's military"]}
    assert len(ids) == 1
    assert country_body_key("Cameroonian army") != country_body_key("Nigerian army")
    assert country_body_key("Belarusian morality police") == country_body_key("Belarus's morality police")


def test_names_without_country_or_body_word_keep_their_own_key() -> None:
    assert country_body_key("Kigali Heights Hotel Group") is None
    assert country_body_key("Union européenne") is None


def _org_mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.extractor) for m in text_mentions(text) if m.label == "ORG"]


def test_known_actor_short_forms_after_its_full_name() -> None:
    text = ("L'Union européenne a prolongé jeudi ses sanctions contre le Nicaragua. Les Vingt-Sept "
            "reprochent à Managua la répression de l'opposition, et l'Union pourrait aller plus loin.")
    short = [(t, n) for t, n, e in _org_mentions(text) if "known-short-form" in e]
    assert ("Vingt-Sept", "Union européenne") in short and ("Union", "Union européenne") in short


def test_short_forms_need_the_full_name_first_and_stand_alone() -> None:
    before = _org_mentions("The Council met on Monday. Later the Council of the EU adopted the listings.")
    assert not any("known-short-form" in e for _t, _n, e in before)
    other = _org_mentions("The Council of the EU adopted the listings. The UN Security Council did not act.")
    assert not any("known-short-form" in e for t, _n, e in other if t == "Council")


def test_capital_asked_to_act_and_after_dateline_is_its_government() -> None:
    orgs = [n for _t, n, _e in _org_mentions(
        "NAIROBI, 9 May 2023 (AFP) - The United Kingdom on Tuesday froze the assets of two Kenyan officers. "
        "Amnesty International urged Ottawa to follow suit.")]
    assert "United Kingdom" in orgs and "Ottawa" in orgs
    assert "NAIROBI" not in orgs and "AFP" not in orgs


def test_unit_of_a_country_body_is_two_organisations() -> None:
    orgs = [n for _t, n, _e in _org_mentions(
        "Witnesses said soldiers of the 3rd Brigade of the Nigerian Army opened fire in Lekki. "
        "The Nigerian army denied the account.")]
    assert "Nigerian Army" in orgs and not any("Brigade of the" in n for n in orgs)
    assert country_body_key("Nigerian Army") == country_body_key("Nigerian army")


def test_a_possessor_country_of_a_named_body_is_no_government_act() -> None:
    found = _org_mentions("The ministry said Egypt's National Security Agency detained the researcher in Cairo.")
    assert not any(n == "Egypt" for _t, n, _e in found)


def test_family_name_with_a_particle_is_read_whole() -> None:
    people = _mentions("Prosecutors charged Khalid Omar al-Nuaimi with treason. "
                       "A week later al-Nuaimi was moved to a prison in the desert.", "PER")
    assert "al-Nuaimi" in people and "Nuaimi" not in people


def test_hyphenated_short_form_joins_its_full_name() -> None:
    from sanctionwatch.resolve.resolver import EntityNames, _short_form_rule

    full = EntityNames("sw-1", "Person", {"Khalid Omar al-Nuaimi"}, {"d1"})
    short = EntityNames("sw-2", "Person", {"al-Nuaimi"}, {"d1"})
    other = EntityNames("sw-3", "Person", {"Ilya Kara-Volkov"}, {"d1"})
    short2 = EntityNames("sw-4", "Person", {"Kara-Volkov"}, {"d1"})
    merged = {(a, b) for a, b, _why in _short_form_rule([full, short, other, short2])}
    assert merged == {("sw-1", "sw-2"), ("sw-3", "sw-4")}


def test_a_person_the_tagger_missed_is_read_from_the_role_beside_the_name() -> None:
    # a determiner and a role noun before the name; a described role after it
    assert "Toomaj Salehi" in _mentions("The rapper Toomaj Salehi was sentenced to death in April.", "PER")
    assert "Lidia Orantes" in _mentions("Police detained the trade unionist Lidia Orantes in October.", "PER")
    assert "Francisco Díaz" in _mentions("The officials include Francisco Díaz, the national police chief, and "
                                         "Fidel Moreno, a senior official of the ruling party.", "PER")
    # a place described by what it holds stays a place
    assert "Khimki" not in _mentions("They met in Khimki, a suburb whose officials refused.", "PER")


def test_a_hyphenated_country_is_one_token_and_acts() -> None:
    from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text

    facts = extract_facts_from_text("Le Royaume-Uni a gelé lundi les avoirs de trois généraux maliens.", "fr",
                                    "2022-03-01")
    assert [f.issuer.name for f in facts if isinstance(f, MeasureFact) and f.issuer is not None] == ["United Kingdom"]
    assert "Nouvelle-Zélande" in _mentions("La Nouvelle-Zélande impose des sanctions à deux officiers.", "ORG")

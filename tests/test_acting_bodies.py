"""A state body is who holds, charges, imposes or cracks down, never who undergoes it; and the
agent of an act is read from "by X" / « par X » / ដោយ X, from a clause of imposing and from
the owner of an act that names its own undergoer (sentences written for these tests)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _roles(text: str, lang: str, date: str = "2024-02-01") -> tuple[dict[str, str], dict[str, str]]:
    """(actor name -> role, subject name -> role) over the events read in `text`."""
    actors: dict[str, str] = {}
    subjects: dict[str, str] = {}
    for f in extract_facts_from_text(text, lang, date):
        if isinstance(f, EventFact):
            actors.update({p.name: p.role for p in f.actors})
            subjects.update({p.name: p.role for p in f.subjects})
    return actors, subjects


def test_a_court_that_charges_is_no_victim_of_the_charge() -> None:
    actors, subjects = _roles("A Kampala court charged both with treason on Friday.", "en")
    assert actors.get("Kampala court") == "perpetrator"
    assert "Kampala court" not in subjects


def test_a_court_that_places_someone_in_detention_holds_them() -> None:
    actors, subjects = _roles("Un tribunal de Minsk l'a placé en détention provisoire pour trois mois.", "fr")
    assert actors.get("tribunal de Minsk") == "perpetrator"
    assert not any("tribunal" in s for s in subjects)
    actors, subjects = _roles("La police a placé Ilia Sorokine en détention.", "fr")
    assert actors.get("police") == "perpetrator"
    assert subjects.get("Ilia Sorokine") == "victim"


def test_a_court_that_sentences_with_an_object_pronoun_is_the_perpetrator() -> None:
    actors, _ = _roles("Un tribunal de Bamako l'a condamné jeudi à cinq ans de prison pour complot.", "fr")
    assert actors.get("tribunal de Bamako") == "perpetrator"
    # condemning a decision is speech, not a sentence
    actors, _ = _roles("Le gouvernement l'a condamné fermement.", "fr")
    assert not actors


def test_the_agent_of_a_passive_state() -> None:
    actors, subjects = _roles("The reporter was placed under house arrest by the army after the vote.", "en")
    assert actors.get("army") == "perpetrator"
    assert subjects.get("The reporter") == "victim"
    actors, subjects = _roles("Lwazi Dube was held by Zimbabwean immigration at the airport for a day.", "en")
    assert actors.get("Zimbabwean immigration") == "perpetrator"
    assert subjects.get("Lwazi Dube") == "victim"
    # "held by" a person is no detention
    actors, _ = _roles("The world record is held by Kwame Osei.", "en")
    assert not actors


def test_intelligence_services_arrest_in_french() -> None:
    actors, subjects = _roles("Le blogueur Amadou Keita a été interpellé par les services de renseignement mardi.", "fr")
    assert actors.get("services de renseignement") == "perpetrator"
    assert subjects.get("Amadou Keita") == "victim"


def test_a_named_state_owning_a_crackdown_on_someone_did_it() -> None:
    actors, subjects = _roles("Observers blamed Minsk's violent crackdown on striking workers.", "en")
    assert actors.get("Minsk") == "perpetrator"
    assert "Minsk" not in subjects


def test_who_imposed_a_law_on_a_place_is_its_perpetrator() -> None:
    actors, _ = _roles("Dozens were jailed under the security law that Moscow imposed on the region in 2014.", "en")
    assert actors.get("Moscow") == "perpetrator"
    actors, _ = _roles("La loi sur la sécurité nationale imposée par Pékin en 2020 a bâillonné l'opposition.", "fr")
    assert actors.get("Pékin") == "perpetrator"
    # a law passed, or one that imposes penalties, makes its makers no perpetrators
    actors, _ = _roles("The Senate passed a law that imposes new penalties on fraud.", "en")
    assert "perpetrator" not in actors.values()


def test_refusing_to_register_a_party_disqualifies_it() -> None:
    actors, subjects = _roles("On 3 March the Electoral Commission refused to register the Liberty Front.", "en")
    assert actors.get("Electoral Commission") == "perpetrator"
    assert any(role == "victim" and "Liberty Front" in name for name, role in subjects.items())


def test_violence_carried_out_by_a_group() -> None:
    actors, _ = _roles("The report details violence carried out by the Imbonerakure militia in 2015.", "en")
    assert any(role == "perpetrator" and "Imbonerakure" in name for name, role in actors.items())
    actors, _ = _roles("Les exactions commises par les militaires burkinabè à Karma ont fait des dizaines de morts.", "fr")
    assert actors.get("militaires burkinabè") == "perpetrator"


def test_khmer_body_after_the_agent_particle() -> None:
    actors, subjects = _roles("សកម្មជន ហួន ឃឿន ត្រូវបានចាប់ខ្លួនដោយប៉ូលិស កាលពីសប្តាហ៍មុន។", "km")
    assert actors.get("ប៉ូលិស") == "perpetrator"
    assert subjects.get("ហួន ឃឿន") == "victim"
    # ដោយសារ ("because of") is no agent particle
    actors, _ = _roles("សកម្មជន ហួន ឃឿន ត្រូវបានចាប់ខ្លួនដោយសារការតវ៉ា។", "km")
    assert not actors


def test_khmer_body_opening_its_clause_acts() -> None:
    actors, subjects = _roles("អាជ្ញាធរ បានចាប់ខ្លួនលោក ម៉ៅ ចាន់ធី កាលពីម្សិលមិញ។", "km")
    assert actors.get("អាជ្ញាធរ") == "perpetrator"
    assert "អាជ្ញាធរ" not in subjects
    # a body before the passive ("ត្រូវបាន…") is who underwent it, never its agent
    actors, _ = _roles("ប៉ូលិសត្រូវបានចាប់ខ្លួន។", "km")
    assert "ប៉ូលិស" not in actors

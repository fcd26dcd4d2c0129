"""Targets of a measure as real reports write them: a class named first and its members in the
next sentence, « pour X » after a personal measure, « à l'encontre de X et de Y » with a reason
that names a victim, a class with a relative clause, a person by a title of some body, and a
unit named with the body that owns it.

The sentences are written for these tests (not taken from the dev corpus); each one has a
victim or a body that must stay out of the targets."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str) -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, "2023-01-01") if isinstance(f, MeasureFact)]


def _named(text: str, lang: str) -> set[str]:
    return {p.name for f in _measures(text, lang) for p in f.targets if not p.is_class}


def test_class_members_named_by_the_next_sentence() -> None:
    got = _named("The United Kingdom today imposed sanctions on Iran's morality police and five senior "
                 "security officials following the death of Mahsa Amini in custody. The officials include "
                 "Mohammad Rostami Cheshmeh Gachi, the head of the morality police, and Hajahmad Mirzaei, "
                 "the head of the Tehran division of the unit.", "en")
    assert {"Mohammad Rostami Cheshmeh Gachi", "Hajahmad Mirzaei"} <= got
    assert "Mahsa Amini" not in got


def test_a_sentence_about_other_people_is_no_list_of_the_class() -> None:
    got = _named("Ottawa imposed sanctions on four Nicaraguan officials. The men arrested were Felix "
                 "Maradiaga and Juan Sebastián Chamorro.", "en")
    assert not got & {"Felix Maradiaga", "Juan Sebastián Chamorro"}


def test_french_participle_and_verb_of_listing() -> None:
    got = _named("Londres a annoncé jeudi des sanctions contre six responsables biélorusses. Les "
                 "responsables sanctionnés sont le ministre de l'Intérieur Ivan Koubrakov et le procureur "
                 "général Andreï Chved.", "fr")
    assert {"Ivan Koubrakov", "Andreï Chved"} <= got


def test_french_inverted_passive_lists_the_targets() -> None:
    got = _named("Le Conseil de l'Union européenne a adopté lundi des mesures restrictives à l'encontre de "
                 "onze responsables iraniens. Sont visés le chef de la police des mœurs, Mohammad Rostami, "
                 "le ministre des Télécommunications Issa Zarepour ainsi que le commandant des forces "
                 "terrestres, Mohammad Pakpour.", "fr")
    assert {"Mohammad Rostami", "Issa Zarepour", "Mohammad Pakpour"} <= got


def test_french_visa_ban_for_named_people() -> None:
    got = _named("Le gouvernement canadien a également décidé une interdiction de visa pour Diosdado Cabello "
                 "et Tibisay Lucena, présidente du Conseil national électoral.", "fr")
    assert {"Diosdado Cabello", "Tibisay Lucena"} <= got
    assert "Conseil national électoral" not in got
    assert "Wilmer Méndez" in _named("Washington a décrété une interdiction de visa pour le juge Wilmer Méndez.", "fr")


def test_french_measure_for_a_killing_names_no_target() -> None:
    facts = _measures("Le Canada a décrété un gel des avoirs pour l'assassinat du journaliste Jamal Khashoggi.", "fr")
    assert facts and not [p for f in facts for p in f.targets]


def test_french_against_x_and_y_not_the_reason() -> None:
    facts = _measures("Le Conseil de l'Union européenne a adopté lundi des mesures restrictives à l'encontre "
                      "de la police des mœurs iranienne et de onze personnes responsables de la répression des "
                      "manifestations après la mort de Mahsa Amini.", "fr")
    names = [p.name for f in facts for p in f.targets]
    assert any(n.startswith("onze personnes") for n in names)
    assert not any("Mahsa Amini" in n or n.startswith("et ") for n in names)


def test_class_named_without_its_relative_clause() -> None:
    facts = _measures("The Department of State is imposing visa restrictions on 250 Nicaraguan officials who "
                      "undermined democracy in Nicaragua.", "en")
    classes = [p for f in facts for p in f.targets if p.is_class]
    assert classes and classes[0].name == "250 Nicaraguan officials"
    assert classes[0].description is not None and "undermined democracy" in classes[0].description


def test_the_body_of_a_title_is_no_target() -> None:
    got = _named("The United States on Wednesday imposed sanctions on a commander of Sudan's Rapid Support "
                 "Forces and two other officials. Those sanctioned are Abdelrahim Hamdan Dagalo, the deputy "
                 "commander of the RSF, Abdul Rahman Juma, the RSF's West Darfur commander, and Osman Mohamed "
                 "Hamid.", "en")
    assert {"Abdul Rahman Juma", "Osman Mohamed Hamid"} <= got
    assert not got & {"RSF", "Rapid Support Forces", "Sudan"}


def test_a_unit_is_listed_without_the_body_that_owns_it() -> None:
    got = _named("Australia on Friday imposed targeted financial sanctions on the Myanmar military's Bureau of "
                 "Special Operations and four senior commanders.", "en")
    assert "Bureau of Special Operations" in got and "Myanmar military" not in got


def test_a_unit_named_with_its_owner_in_one_name_is_the_unit() -> None:
    got = _named("Today, OFAC designated the Nicaraguan National Police's Special Operations Directorate "
                 "and three officials.", "en")
    assert "Special Operations Directorate" in got
    assert "Cambodian People's Party" in _named("The EU imposed sanctions on the Cambodian People's Party.", "en")


def test_french_travel_ban_for_a_titled_person_and_the_group_of_a_class() -> None:
    got = _named("Le gouvernement britannique a imposé une interdiction de voyager pour le colonel Sadio Camara, "
                 "ministre malien de la Défense.", "fr")
    assert "Sadio Camara" in got
    got = _named("Le gouvernement britannique a annoncé jeudi un gel des avoirs visant trois responsables du "
                 "groupe Wagner au Mali, accusés d'exécutions de civils à Moura.", "fr")
    assert "Wagner" not in got


def test_an_idiom_of_following_names_no_target_and_the_teller_of_a_list_is_not_on_it() -> None:
    from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text

    facts = extract_facts_from_text(
        "Norway on Monday imposed sanctions on three senior Eritrean officers. The officers include Tesfay "
        "Gebremariam, the army chief, and Yonas Habte, a police commander, the Norwegian foreign ministry said in "
        "a statement. Rights groups urged the European Union to follow suit with its own asset freezes.",
        "en", "2022-05-02")
    targets = {t.name for f in facts if isinstance(f, MeasureFact) for t in f.targets}
    assert "Yonas Habte" in targets
    assert not {"suit", "Norwegian foreign ministry", "the Norwegian foreign ministry"} & targets


def test_a_relative_clause_without_pronoun_is_no_part_of_the_class_name() -> None:
    from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text

    facts = extract_facts_from_text("Japan imposed sanctions on five army officers it accuses of ordering the "
                                    "shelling of villages.", "en", "2022-05-02")
    targets = {t.name for f in facts if isinstance(f, MeasureFact) for t in f.targets}
    assert targets == {"five army officers"}

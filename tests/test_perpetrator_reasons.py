"""Perpetrators from the reason of a measure and from who a sentence holds responsible
(sentences written for these tests, about no report of the dev corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text


def _roles(text: str, lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extract_facts_from_text(text, lang, "2023-03-01"):
        for p in f.participants():
            out.setdefault(p.name, set()).add(p.role)
        if isinstance(f, MeasureFact):
            for p in f.targets:
                if (f.accused and p.entity_hint == "Person") or p.norm() in f.accused_targets:
                    out[p.name].add("accused")
    return out


def test_the_designated_officer_is_no_victim_of_the_act_he_is_designated_for() -> None:
    roles = _roles("The Treasury designated Hossein Ashtari for his role in the crackdown on protesters.", "en")
    assert "victim" not in roles["Hossein Ashtari"]
    assert {"target", "perpetrator"} <= roles["Hossein Ashtari"]


def test_the_passive_designee_is_the_perpetrator_of_the_reason() -> None:
    roles = _roles("Benazir Ahmed, the former director general of the battalion, was designated for his "
                   "involvement in extrajudicial killings.", "en")
    assert "victim" not in roles["Benazir Ahmed"]
    assert "perpetrator" in roles["Benazir Ahmed"]


def test_who_underwent_the_reason_act_stays_its_victim_and_the_issuer_is_not_its_perpetrator() -> None:
    roles = _roles("Le Conseil a sanctionné le commandant Idriss Mahamat pour son rôle dans l'assassinat "
                   "du journaliste Ahmat Saleh.", "fr")
    assert roles["Ahmat Saleh"] == {"victim"}
    assert "victim" not in roles["Idriss Mahamat"] and "accused" in roles["Idriss Mahamat"]
    assert all("perpetrator" not in r for n, r in roles.items() if "Conseil" in n or "Council" in n)


def test_a_body_held_responsible_is_the_perpetrator() -> None:
    roles = _roles("The Presidential Guard has been responsible for dozens of killings of protesters since 2019.", "en")
    assert roles["Presidential Guard"] == {"perpetrator"}
    roles = _roles("Selon l'ONU, la Garde présidentielle est responsable du massacre de civils à Bouar.", "fr")
    assert roles["Garde présidentielle"] == {"perpetrator"}
    assert "perpetrator" not in roles.get("ONU", set())


def test_an_officer_implicated_in_a_killing_is_its_perpetrator_and_the_killed_its_victim() -> None:
    roles = _roles("Sergeant Ali Rahimi, a police officer implicated in the killing of the teenager Reza Ghasemi, "
                   "was promoted.", "en")
    assert any("Ali Rahimi" in n and r == {"perpetrator"} for n, r in roles.items())
    assert roles["Reza Ghasemi"] == {"victim"}


def test_one_cleared_of_a_killing_is_neither_its_perpetrator_nor_its_victim() -> None:
    roles = _roles("The report found that Major Daniel Reyes was not responsible for the killing of the "
                   "farmer Luis Ortega.", "en")
    assert not any("Daniel Reyes" in n for n in roles)
    assert roles["Luis Ortega"] == {"victim"}


def test_a_listing_accusing_its_targets_of_corruption_accuses_them() -> None:
    roles = _roles("The United States on Monday imposed sanctions on President Emmerson Mnangagwa, accusing him "
                   "of involvement in corruption.", "en")
    assert "accused" in roles["Emmerson Mnangagwa"]


def test_an_event_without_a_measure_keeps_its_reading() -> None:
    facts = extract_facts_from_text("Police arrested the journalist Dawit Kebede in Addis Ababa on Monday.",
                                    "en", "2023-03-01")
    victims = {p.name for f in facts if isinstance(f, EventFact) for p in f.subjects if p.role == "victim"}
    assert "Dawit Kebede" in victims
    perpetrators = {p.name for f in facts if isinstance(f, EventFact) for p in f.actors if p.role == "perpetrator"}
    assert perpetrators == {"Police"}


def _actors(text: str, lang: str) -> dict[str, str]:
    return {p.name: p.role for f in extract_facts_from_text(text, lang, "2023-03-01") if isinstance(f, EventFact)
            for p in f.actors}


def test_the_agent_of_an_event_noun_with_a_determiner() -> None:
    assert _actors("The crackdown by the Uganda People's Defence Force left nine students dead.", "en") == {
        "Uganda People's Defence Force": "perpetrator"}


def test_the_agent_of_a_participle_of_doing_on_an_event_noun() -> None:
    assert _actors("La répression menée par la Garde républicaine contre les manifestants a fait neuf morts.",
                   "fr") == {"Garde républicaine": "perpetrator"}
    assert _actors("Rights groups documented the repression carried out by the Ortega government.", "en") == {
        "Ortega government": "perpetrator"}


def test_who_condemns_an_act_does_not_do_it() -> None:
    assert _actors("The crackdown on journalists was condemned by the United Nations.", "en") == {}
    assert _actors("La répression dénoncée par Amnesty International se poursuit.", "fr") == {}


def test_the_body_whose_members_or_forces_acted_is_a_perpetrator() -> None:
    assert _actors("Protesters were beaten and arrested by members of the Presidential Guard in Kinshasa.",
                   "en") == {"Presidential Guard": "perpetrator"}
    assert _actors("Soldiers of the Malian Armed Forces detained the journalist Olivier Dubois.", "en").get(
        "Malian Armed Forces") == "perpetrator"
    # the members of a group who underwent the act stay its victims
    facts = extract_facts_from_text("Members of the Union for Democracy were arrested by police.", "en", "2023-03-01")
    assert not any(p.role == "perpetrator" and "Union" in p.name for f in facts for p in f.participants())


def test_who_commanded_ordered_or_oversaw_the_act() -> None:
    assert _actors("Colonel Tesfaye Ayalew, who commanded the unit that rounded up residents, has not been "
                   "investigated.", "en") == {"Tesfaye Ayalew": "perpetrator"}
    assert _actors("Néstor Reverol, the interior minister, oversaw the arrest of opposition lawmakers.", "en") == {
        "Néstor Reverol": "perpetrator"}
    assert _actors("Le colonel Assimi Goïta, qui commandait l'unité ayant arrêté le président, a été promu.",
                   "fr") == {"Assimi Goïta": "perpetrator"}
    # leading a protest against an arrest is not commanding it
    assert _actors("The activist Maria Lopez led the protest against the arrest of students.", "en") == {}


def test_a_person_pronoun_held_responsible_after_a_listing_accuses_the_last_target() -> None:
    assert _accused_targets("The Treasury on Tuesday designated Colonel Arvid Korlen. As head of the prison "
                            "service, he is responsible for the torture of detainees.", "en") == {"arvid korlen"}
    assert _accused_targets("Le Conseil a inscrit sur sa liste le général Omar Sidibé. Chef de la police "
                            "militaire, il est jugé responsable de la répression des manifestations.", "fr") == {
        "omar sidibé"}
    # another person named in between: the pronoun may be theirs
    assert _accused_targets("The Treasury on Tuesday designated Colonel Arvid Korlen. The activist Mira Tesh was "
                            "arrested in May. She said he was responsible for the torture of detainees.", "en") == set()


def _accused_targets(text: str, lang: str) -> set[str]:
    return {n for f in extract_facts_from_text(text, lang, "2023-03-01") if isinstance(f, MeasureFact)
            for n in f.accused_targets}


def test_a_clause_of_its_own_is_no_reason_of_a_measure() -> None:
    # the arrest is the sentence's own verb: Navalny underwent it, he did not do it
    roles = _roles("Alexei Navalny, who had called for sanctions over his poisoning, was arrested in Moscow.", "en")
    assert "perpetrator" not in roles["Alexei Navalny"] and "victim" in roles["Alexei Navalny"]
    # the issuer named before the reason is no victim of the act either
    roles = _roles("Le Conseil a sanctionné le commandant Idriss Mahamat pour son rôle dans l'assassinat "
                   "du journaliste Ahmat Saleh.", "fr")
    assert not any("victim" in r for n, r in roles.items() if n != "Ahmat Saleh")

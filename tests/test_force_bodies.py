"""State forces written as common nouns are the perpetrators of the coercive acts they do
("security forces opened fire", « des militaires ont tué », « les forces de l'ordre »), never
their victims; a country-qualified force is the country's body (kb `body_kinds`)."""

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text
from sanctionwatch.kb.actors import country_body_key


def _roles(text: str, lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extract_facts_from_text(text, lang, "2024-05-20"):
        if isinstance(f, EventFact):
            for p in (*f.actors, *f.subjects):
                out.setdefault(p.name, set()).add(p.role)
    return out


def test_qualified_forces_arresting_are_perpetrators_en() -> None:
    roles = _roles("Iranian security forces arrested the lawyer Nasrin Ghaderi in Tehran on 8 January.", "en")
    assert roles.get("Iranian security forces") == {"perpetrator"}
    assert roles.get("Nasrin Ghaderi") == {"victim"}


def test_passive_agent_forces_en() -> None:
    roles = _roles("The blogger Tun Lwin was detained by security forces in Yangon on Monday.", "en")
    assert "perpetrator" in roles.get("security forces", set())


def test_troops_killing_en() -> None:
    roles = _roles("Ethiopian troops killed 14 villagers near Gondar last week.", "en")
    assert roles.get("Ethiopian troops") == {"perpetrator"}


def test_forces_de_l_ordre_fr() -> None:
    roles = _roles("Les forces de l'ordre ont interpellé le militant Ibrahim Traoré samedi à Bamako.", "fr")
    assert roles.get("forces de l'ordre") == {"perpetrator"}


def test_bare_militaires_fr() -> None:
    roles = _roles("Des militaires ont tué trois manifestants à Conakry jeudi.", "fr")
    assert roles.get("militaires") == {"perpetrator"}


def test_forces_with_tail_and_adjective_fr() -> None:
    roles = _roles("Le journaliste Sékou Camara a été arrêté par les forces de sécurité guinéennes.", "fr")
    assert roles.get("forces de sécurité guinéennes") == {"perpetrator"}
    assert roles.get("Sékou Camara") == {"victim"}


def test_bare_forces_is_no_body() -> None:
    roles = _roles("On Monday forces arrested the lawyer Nasrin Ghaderi in Tehran.", "en")
    assert "forces" not in roles


def test_force_victims_stay_victims() -> None:
    roles = _roles("Rebels killed five soldiers near the border on Sunday.", "en")
    assert "perpetrator" not in roles.get("five soldiers", set())


def test_country_forces_are_the_country_body() -> None:
    assert country_body_key("Burmese troops") == ("mm", "Armed Forces")
    assert country_body_key("forces de sécurité maliennes") == ("ml", "Security Forces")


def test_court_sentencing_is_no_speaker_fr() -> None:
    roles = _roles("Le tribunal de Niamey a condamné le journaliste Abdou Issa à trois ans de prison ferme.", "fr")
    assert roles.get("tribunal de Niamey") == {"perpetrator"}
    assert roles.get("Abdou Issa") == {"victim"}


def test_condemning_a_decision_is_no_sentencing_fr() -> None:
    for text in ("La France a condamné la décision de condamner Abdou Issa à trois ans de prison.",
                 "L'Union européenne a condamné la condamnation d'Abdou Issa à trois ans de prison."):
        roles = _roles(text, "fr")
        assert not any("perpetrator" in r for r in roles.values()), roles


def test_body_owning_an_act_with_its_own_patient_acts_fr() -> None:
    roles = _roles("La répression de l'armée tchadienne contre les manifestants a fait des dizaines de morts.", "fr")
    assert any("armée tchadienne" in n and r == {"perpetrator"} for n, r in roles.items()), roles


def test_body_possessive_act_en() -> None:
    roles = _roles("The junta's crackdown on striking teachers continued through March.", "en")
    assert roles.get("junta") == {"perpetrator"}


def test_owner_of_an_arrest_is_its_patient_en() -> None:
    roles = _roles("The detention of army officers against their will was condemned.", "en")
    assert not any("perpetrator" in r for r in roles.values()), roles

"""French events told by a word that qualifies a noun, on sentences written for this test:

- a past participle on a noun (« les syndicalistes détenus ») tells what befell that noun: its
  subject is the noun without the participle, and a call around it (« exige de libérer … »)
  asks for the release, not for the detention, which is a state the call presupposes;
- an infinitive after « de » (« la décision d'arrêter ») is no such participle;
- a trigger may require the words after it without swallowing them (pack syntax `>word`):
  « l'exclusion de candidats » leaves the candidates to the slots;
- « la disparition, en 2004, de trois militants »: an aside between the noun and its « de ».
"""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text
from sanctionwatch.lang import phrase_regex


def _events(text: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "fr", "2024-05-01") if isinstance(f, EventFact)]


def _of(events: list[EventFact], kind: str) -> list[EventFact]:
    return [e for e in events if e.kind == kind]


def test_a_participle_on_a_noun_is_a_state_of_that_noun_not_what_a_call_asks() -> None:
    events = _events("La fédération exige que le gouvernement libère sans délai tous les syndicalistes "
                     "détenus, y compris les dirigeants de la grève de Sfax.")
    held = _of(events, "detention")
    assert held and not held[0].hypothetical and held[0].modality is None
    assert any("syndicalistes" in p.name and "détenus" not in p.name for p in held[0].subjects)
    # the release itself stays a call
    assert all(e.hypothetical for e in _of(events, "release"))


def test_an_infinitive_after_de_is_no_participle_on_its_noun() -> None:
    events = _events("Le préfet a justifié la décision d'arrêter par des raisons d'ordre public.")
    assert not any("décision" in p.name for e in events for p in e.subjects)


def test_a_required_following_word_is_not_part_of_the_trigger() -> None:
    pattern = phrase_regex("exclusion de* >candidat*", spaced=True)
    import re

    m = re.search(pattern, "Il dénonce l'exclusion de candidats indépendants.")
    assert m is not None and m.group(0) == "exclusion de"
    assert re.search(pattern, "Il dénonce l'exclusion de la presse.") is None


def test_the_excluded_candidates_are_who_the_disqualification_befell() -> None:
    events = _events("L'opposition dénonce l'exclusion de candidats indépendants avant le scrutin municipal.")
    disq = _of(events, "disqualification")
    assert disq and any("candidats" in p.name for p in disq[0].subjects)
    assert all(p.role == "victim" for p in disq[0].subjects)


def test_a_disappearance_with_an_aside_before_its_complement() -> None:
    events = _events("Le rapport rappelle la disparition, en 2004 et 2005, de trois militants paysans.")
    assert _of(events, "repression")


def test_a_participle_set_off_after_an_intransitive_clause_befell_its_subject() -> None:
    events = _events("Le journaliste Omar Benali vivait à Tunis. En mars, il s'est effondré dans la rue, "
                     "empoisonné par un inconnu.")
    attacks = _of(events, "attack")
    assert attacks and any(p.name == "Omar Benali" and p.role == "victim" for p in attacks[0].subjects)


def test_a_counted_group_told_twice_is_one_group_with_its_listed_members() -> None:
    text = ("En trois jours, la junte a expulsé 57 opposants vers le Costa Rica. Le ministère de "
            "l'Intérieur a fait sortir de prison 57 détenus considérés comme opposants et les a conduits "
            "à la frontière. Parmi eux figuraient le syndicaliste Tomás Ibarra, l'avocate Lucía Ferreyra "
            "et le poète Andrés Villalba.")
    events = _events(text)
    members = {"Tomás Ibarra", "Lucía Ferreyra", "Andrés Villalba"}
    released = _of(events, "release")
    assert released and members <= {p.name for p in released[0].subjects}
    exiled = _of(events, "exile")
    assert exiled and members <= {p.name for p in exiled[0].subjects}
    assert all(p.role == "victim" for e in (*released, *exiled) for p in e.subjects)
    # « 57 détenus »: the detainees are who was freed, no detention of their own
    assert not any("sortir" in e.trigger or e.trigger == "détenus" for e in _of(events, "detention"))


def test_a_pronoun_of_a_passage_about_one_person_is_that_person_not_a_name_in_passing() -> None:
    text = ("Dimanche, l'opposant Marek Dubrov a été interpellé à l'aéroport. Lundi, un juge a ordonné "
            "son placement en détention pour trente jours. Le parquet lui reproche d'avoir violé les "
            "conditions d'une peine prononcée dans l'affaire Pavel Grinko. Faut-il rappeler pourquoi il "
            "était à l'étranger ? Le 3 mars, il s'est effondré à bord d'un train entre Lyon et Paris, "
            "empoisonné avec un produit toxique.")
    attacks = _of(_events(text), "attack")
    assert attacks
    assert {p.name for p in attacks[0].subjects} == {"Marek Dubrov"}
    assert not any(p.name == "Pavel Grinko" for e in _events(text) for p in e.subjects)


def test_a_killing_named_as_a_measures_reason_is_the_killing_told_with_its_own_date() -> None:
    text = ("Le 12 mars 2024, Ottawa a imposé des sanctions à neuf officiers pour le meurtre de "
            "Karim Haddad. M. Haddad a été tué le 4 janvier 2023 à Beyrouth.")
    killings = _of(_events(text), "killing")
    assert len(killings) == 1
    assert killings[0].date == "2023-01-04"
    assert "Karim Haddad" in {p.name for p in killings[0].subjects}

"""Who issues a measure: heads of state and government (by the pack's leader titles or the
knowledge base's `office`), and a government named through its leader. Sentences written for
these tests."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.extract.leaders import is_leader, names_a_government, titled
from sanctionwatch.kb.actors import leader
from sanctionwatch.lang import load_pack


def _measures(text: str, lang: str = "en") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, "2023-05-04") if isinstance(f, MeasureFact)]


def test_leader_titles_come_from_the_pack() -> None:
    en, fr = load_pack("en"), load_pack("fr")
    assert titled("the lawmakers wrote to President ", en)
    assert titled("ont écrit au premier ministre ", fr)
    assert not titled("wrote to Senator ", en)
    assert is_leader("Maria Lopez", "a letter to Prime Minister ", en)


def test_the_knowledge_base_knows_heads_of_government() -> None:
    assert leader("Justin Trudeau") is not None and leader("Justin Trudeau").country == "ca"
    assert leader("Kem Sokha") is None


def test_a_call_sent_to_a_president_is_his_to_act_on() -> None:
    [m] = _measures("In March a group of deputies wrote to President Maria Lopez urging that both "
                    "Ivan Petrov and Oleg Sokol be considered for asset freezes.")
    assert (m.status, m.issuer.name) == ("called_for", "Maria Lopez")
    assert {p.name for p in m.targets} == {"Ivan Petrov", "Oleg Sokol"}


def test_a_list_sent_to_a_president_with_a_request() -> None:
    [m] = _measures("In May the foundation sent President Maria Lopez a list of 20 names, including the "
                    "tycoons Ivan Petrov and Oleg Sokol, and asked that they be sanctioned.")
    assert (m.status, m.issuer.name) == ("called_for", "Maria Lopez")


def test_a_senator_written_to_is_no_issuer() -> None:
    ms = _measures("In March activists wrote to Senator Maria Lopez urging that both Ivan Petrov and "
                   "Oleg Sokol be considered for asset freezes.")
    assert all(m.issuer is None or m.issuer.name != "Maria Lopez" for m in ms)


def test_french_letter_to_the_president() -> None:
    [m] = _measures("En mars, plusieurs députés ont écrit au président Jean Dufour pour demander le gel "
                    "des avoirs de Pavel Orlov.", "fr")
    assert (m.status, m.issuer.name) == ("called_for", "Jean Dufour")


def test_the_president_who_signs_the_order_issues_its_measures() -> None:
    [m] = _measures("President Maria Lopez signed the decree on 3 May; the decree also cut off exports "
                    "of military equipment to Ruritania.")
    assert (m.kind, m.status, m.issuer.name) == ("export_restriction", "imposed", "Maria Lopez")
    [f] = _measures("Le 3 mai, le président Jean Dufour a signé un décret qui ordonne le gel des avoirs "
                    "de Pavel Orlov.", "fr")
    assert (f.kind, f.issuer.name, [p.name for p in f.targets]) == ("asset_freeze", "Jean Dufour", ["Pavel Orlov"])


def test_a_minister_who_signs_is_not_the_issuer() -> None:
    ms = _measures("Le 3 mai, le ministre Jean Dufour a signé un décret qui ordonne le gel des avoirs "
                   "de Pavel Orlov.", "fr")
    assert all(m.issuer is None or m.issuer.name != "Jean Dufour" for m in ms)


def test_a_government_named_by_its_leader_is_not_the_person() -> None:
    text = "no member of the Lopez administration was on the list"
    i = text.index("Lopez")
    assert names_a_government(text, i, i + 5)
    fr = "le gouvernement Dufour a levé le moratoire"
    j = fr.index("Dufour")
    assert names_a_government(fr, j, j + 6)
    [m] = _measures("Beijing announced sanctions on eleven Americans on Monday. A spokesman did not say "
                    "what the penalties would involve, and no member of the Trump administration was on the list.")
    assert [p.name for p in m.targets] == ["eleven Americans"]


def test_the_administration_is_the_government_named_before() -> None:
    [m] = _measures("The State Department barred three officials last year. Human Rights Watch urges the "
                    "administration to freeze the assets of Ivan Petrov.")
    assert (m.status, m.issuer.name, [p.name for p in m.targets]) == ("called_for", "United States", ["Ivan Petrov"])


def test_a_government_named_by_its_leader_issues_as_its_country() -> None:
    [m] = _measures("En mai 2020, le gouvernement Trudeau a gelé les avoirs de Pavel Orlov.", "fr")
    assert (m.status, m.issuer.name, [p.name for p in m.targets]) == ("imposed", "Canada", ["Pavel Orlov"])


def test_bodies_of_one_union_asked_together_are_one_issuer() -> None:
    [m] = _measures("In December the European Parliament asked the EEAS and the European Commission to draw "
                    "up a list of officials responsible for the crackdown with a view to freezing their assets.")
    assert (m.status, m.issuer.name, [c.name for c in m.callers]) == (
        "called_for", "European Union", ["European Parliament"])


def test_what_a_bill_proposes_is_no_call() -> None:
    assert not _measures("The bill targets officials who rig elections; earlier versions, first drafted in "
                         "2019, proposed freezing their assets and barring them from entry.")
    [m] = _measures("Amnesty International proposed freezing the assets of Ivan Petrov.")
    assert (m.status, [c.name for c in m.callers]) == ("called_for", ["Amnesty International"])


def test_a_leader_who_says_his_state_may_act_threatens_the_measure() -> None:
    [m] = _measures("Prime Minister Maria Lopez said on Monday that her government may freeze the assets "
                    "of Ivan Petrov.")
    assert (m.status, m.issuer.name, [p.name for p in m.targets]) == ("threatened", "Maria Lopez", ["Ivan Petrov"])
    [s] = _measures("A State Department spokesman said the United States may freeze the assets of Ivan Petrov.")
    assert s.issuer.name == "United States"


def test_a_leader_speaking_in_a_second_coordinated_verb() -> None:
    ms = _measures("On the day of the takeover, President Joe Biden recalled that the United States had "
                   "dismantled its Burma sanctions, and said that reversing that progress would require an "
                   "immediate review of US sanctions laws.")
    assert [m.issuer.name for m in ms if m.status == "threatened"] == ["Joe Biden"]

"""Sentence-level phrasings of events that the seeds do not show (headlines, pardons, exile,
self-closure of media, amended laws, possessive pronouns), and the role guards that go with
them: a victim is never made a perpetrator, a possessor is not a victim by default."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant, _merge_translations
from sanctionwatch.extract.facts import extract_facts_from_text as facts_of


def _events(text: str, lang: str = "en") -> list[EventFact]:
    return [f for f in facts_of(text, lang, "2018-10-01") if isinstance(f, EventFact)]


def _kinds(text: str, lang: str = "en") -> dict[str, EventFact]:
    return {f.kind: f for f in _events(text, lang)}


def _victims(f: EventFact) -> set[str]:
    return {p.name for p in f.subjects if p.role == "victim"}


def _perps(f: EventFact) -> set[str]:
    return {p.name for p in f.actors if p.role == "perpetrator"}


@pytest.mark.parametrize(("text", "lang", "kind", "victim"), [
    ("Sokha jailed on questionable treason charges", "en", "detention", "Kem Sokha"),
    ("Kem Sokha was sentenced to two and a half years in prison.", "en", "conviction", "Kem Sokha"),
    ("Kem Sokha was pardoned by the king in August 2018.", "en", "release", "Kem Sokha"),
    ("Kem Sokha was freed on bail.", "en", "release", "Kem Sokha"),
    ("Mu Sochua fled the country in October 2017.", "en", "exile", "Mu Sochua"),
    ("Sam Rainsy is living in self-imposed exile in France.", "en", "exile", "Sam Rainsy"),
    ("Sam Rainsy, who has lived in exile since 2015, was convicted in absentia.", "en", "exile", "Sam Rainsy"),
    ("Radio Free Asia closed its office in Phnom Penh on 12 September 2017.", "en", "media_closure", "Radio Free Asia"),
    ("The Cambodia Daily was forced to close on 4 September 2017.", "en", "media_closure", "Cambodia Daily"),
    ("Kem Sokha was moved to house arrest on 10 September 2018.", "en", "house_arrest", "Kem Sokha"),
    ("Kem Sokha a été placé en résidence surveillée le 10 septembre 2018.", "fr", "house_arrest", "Kem Sokha"),
    ("Le quotidien The Cambodia Daily a été contraint de fermer le 4 septembre 2017.", "fr", "media_closure",
     "Cambodia Daily"),
    ("សារព័ត៌មាន ខេមបូឌាដេលី ត្រូវបានបិទនៅថ្ងៃទី៤ ខែកញ្ញា ឆ្នាំ២០១៧។", "km", "media_closure", "Cambodia Daily"),
])
def test_new_phrasings_find_the_victim_and_no_perpetrator(text: str, lang: str, kind: str, victim: str) -> None:
    f = _kinds(text, lang)[kind]
    assert victim in _victims(f) and not _perps(f)


def test_arrest_on_charges_is_a_charge_too_but_jailed_on_charges_is_not() -> None:
    found = _kinds("Police arrested Kem Sokha on 3 September 2017 on a number of charges, including treason.")
    assert _victims(found["arrest"]) == _victims(found["charge"]) == {"Kem Sokha"}
    assert found["arrest"].date == "2017-09-03"
    fr = _kinds("Kem Sokha a été arrêté le 3 septembre 2017 sous plusieurs chefs d’accusation.", "fr")
    assert _victims(fr["charge"]) == {"Kem Sokha"}
    assert "charge" not in _kinds("Sokha jailed on questionable treason charges")


def test_bare_banned_needs_opposition_victims() -> None:
    ban = _kinds("The Supreme Court banned the opposition.")["political_ban"]
    assert _victims(ban) == {"opposition"} and _perps(ban) == {"Supreme Court of Cambodia"}
    fr = _kinds("La Cour suprême a interdit l’opposition.", "fr")["political_ban"]
    assert _victims(fr) == {"opposition"}
    assert "political_ban" not in _kinds("The government banned the import of Thai fruit.")
    # "the opposition banned and Sokha jailed": two reduced passives, no cross-wired object
    found = _kinds("a period of repression that has seen the opposition banned and Sokha jailed on treason charges")
    assert _victims(found["political_ban"]) == {"opposition"} and _victims(found["detention"]) == {"Kem Sokha"}


def test_possessive_pronouns() -> None:
    found = _events("MEPs demand that the authorities drop all charges against Kem Sokha, and call for his "
                    "immediate and full release from house arrest.")
    release = next(f for f in found if f.kind == "release")
    assert _victims(release) == {"Kem Sokha"} and release.hypothetical and release.date is None
    assert _victims(next(f for f in found if f.kind == "house_arrest")) == {"Kem Sokha"}
    # the one person named is not "his" when he is not the victim of anything in the sentence
    assert not [f for f in _events("Amnesty urged Hun Sen to order his release.") if f.subjects]
    # "Hun Sen's crackdown", "sa répression": the possessor is neither victim nor perpetrator
    for text, lang in (("Hun Sen's crackdown forced Sam Rainsy into exile.", "en"),
                       ("HUN Sen vient de durcir sa répression politique.", "fr")):
        for f in _events(text, lang):
            assert "Hun Sen" not in _victims(f) | _perps(f), f


def test_exile_never_makes_the_state_its_victim() -> None:
    for f in _events("Sam Rainsy was forced into exile by Hun Sen."):
        assert "Hun Sen" not in _victims(f)
    for f in _events("The Cambodian government lives in fear of the opposition in exile."):
        assert "Government of Cambodia" not in _victims(f)


def test_amended_law_is_a_dated_legislation_event() -> None:
    [f] = _events("The Law on Political Parties was amended in February 2017.")
    assert f.kind == "legislation" and f.date == "2017-02"
    f = _kinds("The National Assembly amended the Law on Political Parties in July 2017.")["legislation"]
    assert {p.name for p in f.actors} == {"National Assembly of Cambodia"}
    assert {p.role for p in f.actors} == {"participant"}
    [f] = _events("La loi sur les partis politiques a été amendée en février 2017.", "fr")
    assert f.kind == "legislation" and f.date == "2017-02"


def _measure(lang: str, targets: tuple[Participant, ...], date: str | None = "2017-12-06") -> MeasureFact:
    issuer = Participant("US Department of State", "issuer", "PublicBody", None, None, None)
    return MeasureFact("visa_restriction", "imposed", issuer, targets, (), date, "day" if date else None, None,
                       0, 10, "visa", 0.8, doc_id="d", lang=lang)


def test_translation_merge_only_when_unambiguous() -> None:
    en_t = (Participant("Cambodian officials involved in undermining democracy", "target", None, None, 0, 5),)
    km_t = (Participant("មន្ត្រីកម្ពុជា", "target", None, None, 20, 25),)
    en, km = _measure("en", en_t), _measure("km", km_t)
    merged = _merge_translations([en, km])
    assert merged[0].key() == merged[1].key()
    # a named Khmer target, two English candidates, or disagreeing dates: left apart
    named = _measure("km", (Participant("Hun Sen", "target", "Person", None, 20, 25),))
    assert _merge_translations([en, named])[1] == named
    other = _measure("en", (Participant("Hun Sen's family", "target", None, None, 30, 35),))
    assert _merge_translations([en, other, km])[2] == km
    late = _measure("km", km_t, date="2018-01-01")
    assert _merge_translations([en, late])[1] == late


def test_french_target_after_a_des_stops_before_the_date() -> None:
    [m] = [f for f in facts_of("Les États-Unis ont imposé des restrictions de visas à des responsables "
                               "cambodgiens le 6 décembre 2017.", "fr", "2018-10-01") if isinstance(f, MeasureFact)]
    assert m.issuer is not None and m.issuer.name == "United States" and m.status == "imposed"
    assert [t.name for t in m.targets] == ["responsables cambodgiens"] and m.date == "2017-12-06"

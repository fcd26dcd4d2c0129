"""Status and issuer of measures told in reported speech, in lists of demands and by a body's
short name: who speaks for a government, what a pronoun issuer stands for, which demands are
separate acts. Sentences written for these tests."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str = "en", date: str = "2024-03-08") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_a_pronoun_issuer_in_reported_speech_is_the_quoted_body() -> None:
    [m] = _measures("The Georgian foreign ministry said it had frozen the assets of three Latvian officials.")
    assert m.kind == "asset_freeze" and m.status == "imposed"
    assert m.issuer is not None and m.issuer.name.endswith("foreign ministry")


def test_a_department_speaking_for_its_government_threatens() -> None:
    [m] = _measures("The State Department said on Friday that Washington would take further action "
                    "if the crackdown continued.")
    assert m.status == "threatened"
    assert m.issuer is not None and m.issuer.name == "US Department of State"


def test_a_country_speaking_alone_stays_the_issuer() -> None:
    [m] = _measures("Washington would take further action if the crackdown continued, a senator said.")
    assert m.status == "threatened"
    assert m.issuer is not None and m.issuer.name == "United States"


def test_demands_with_verbs_of_their_own_are_separate() -> None:
    ms = _measures("The ministers asked the Council of the EU to blacklist further officials, to prepare "
                   "new economic sanctions and to close EU airspace to Moldovan carriers.")
    assert len(ms) >= 2
    assert {m.status for m in ms} == {"called_for"}
    assert {m.kind for m in ms} >= {"targeted_measures", "sanctions"}


def test_a_freeze_and_a_travel_ban_demanded_together_stay_one_act() -> None:
    ms = _measures("The group urged the EU to freeze the assets of the two generals and to ban them "
                   "from entering the bloc.")
    assert len(ms) == 1 and ms[0].status == "called_for"


def test_a_demand_to_a_body_is_not_a_demand_to_nobody() -> None:
    ms = _measures("The opposition leader demanded sanctions against Moldova on Sunday. On Monday the "
                   "leaders asked the Council of the EU to prepare economic sanctions.")
    assert len([m for m in ms if m.status == "called_for"]) == 2


def test_a_carried_issuer_must_administer_the_kind() -> None:
    ms = _measures("In May the State Department barred the four generals from entering the United States. "
                   "The listings were part of a wider package issued under Executive Order 13818 that "
                   "also designated officials in three other countries.")
    designations = [m for m in ms if m.kind == "sdn_designation"]
    assert designations and all(m.issuer is not None and "State" not in m.issuer.name for m in designations)


def test_a_body_named_by_one_word_after_its_full_name() -> None:
    ms = _measures("L'Union européenne a prolongé lundi ses mesures restrictives. En 2016, l'Union avait "
                   "levé ses sanctions contre 170 personnes.", "fr")
    lifted = [m for m in ms if m.status == "lifted"]
    assert lifted and lifted[0].issuer is not None and lifted[0].issuer.name == "European Union"


def test_standing_ready_to_impose_more_measures_is_a_threat() -> None:
    ms = _measures("President Maria Lopez signed the decree on Monday. She said she stood ready to impose "
                   "further measures.")
    threats = [m for m in ms if m.status == "threatened"]
    assert threats and threats[0].kind == "sanctions"


def test_an_airspace_ban_is_no_listing_of_the_airlines() -> None:
    ms = _measures("Ces inscriptions s'ajoutent à l'interdiction, décidée le 3 mai, du survol de l'espace "
                   "aérien de l'UE pour les transporteurs moldaves, à commencer par la compagnie Air Moldova.",
                   "fr")
    bans = [m for m in ms if m.closure]
    assert bans and bans[0].kind == "sanctions"
    assert not any(p.name in ("UE", "European Union") for p in bans[0].targets)


def test_a_government_lists_people_through_its_department_with_that_instrument() -> None:
    ms = _measures("The United States on Tuesday blacklisted the army chief Ivan Petrov. The Treasury "
                   "Department said Petrov's property in the United States is blocked.")
    listings = [m for m in ms if m.status == "imposed"]
    assert listings and all(m.kind == "sdn_designation" for m in listings)
    assert all(m.issuer is not None and m.issuer.name == "US Department of the Treasury" for m in listings)


def test_a_measure_named_again_as_a_subject_is_no_new_act() -> None:
    ms = _measures("On Monday the foreign ministry said Moldova would sanction nine Latvian officials. "
                   "The ministry did not say what the penalties would involve.")
    assert len(ms) == 1 and ms[0].status == "announced"


def test_a_measure_that_acts_as_a_subject_is_still_read() -> None:
    ms = _measures("On Monday the Treasury designated the army chief Ivan Petrov. The sanctions freeze "
                   "any property he holds in the United States.")
    assert ms and ms[0].kind == "sdn_designation"


def test_ruling_out_sanctions_is_no_measure_but_not_ruling_them_out_is_a_threat() -> None:
    assert not _measures("The government ruled out new sanctions against Moldova on Friday.")
    [m] = _measures("The Canadian government did not rule out new sanctions against Moldova on Friday.")
    assert m.status == "threatened"


def test_a_second_clause_keeps_its_own_subject() -> None:
    ms = _measures("On 3 May the Commerce Department tightened export controls on Moldova and the State "
                   "Department imposed an arms embargo on the country.")
    embargo = [m for m in ms if m.kind == "arms_embargo"]
    assert embargo and embargo[0].issuer is not None and embargo[0].issuer.name == "US Department of State"


def test_barred_from_its_territory_is_a_travel_ban() -> None:
    ms = _measures("The European Union on Monday barred 12 Moldovan officials from its territory and froze "
                   "whatever assets they hold in the bloc.")
    assert len(ms) == 1 and ms[0].kind == "targeted_measures" and ms[0].status == "imposed"

"""Measures (meas9): who threatens, who is asked, what a coordinated verb does.

Sentences written for these tests (not from the dev corpus):
- searching for a way to act is a threat, never the act;
- a relative clause the parser hung on a date describes the verb's object;
- a coordinated verb with its own object escapes the other verb's lifting cue;
- a call made by a body of a polity and addressed to nobody asks that polity;
- a freeze and a visa ban together are "targeted measures" only for an authority with that instrument;
- the head of government who threatens for his own country is the issuer of the threat.
"""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str = "en", date: str = "2022-05-10") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_looking_for_a_way_to_cut_aid_is_a_threat() -> None:
    ms = _measures("Prime Minister Boris Johnson said on Tuesday that London was looking for a way to cut aid to "
                   "the security forces of Zimbabwe after the killing of protesters.")
    assert ms and all(m.status != "imposed" for m in ms)
    assert any(m.kind == "aid_suspension" and m.status == "threatened" for m in ms)


def test_chercher_un_moyen_is_a_threat() -> None:
    ms = _measures("Le premier ministre affirmait chercher un moyen de suspendre l'aide au gouvernement.", "fr")
    assert all(m.status != "imposed" for m in ms)


def test_relative_clause_after_a_date_is_the_orders() -> None:
    ms = _measures("President Donald Trump signed an order on 3 March 2019 that cut off exports of weapons to the island.")
    exports = [m for m in ms if m.kind == "export_restriction"]
    assert exports and exports[0].issuer is not None
    assert exports[0].issuer.name == "Donald Trump"


def test_coordinated_verb_with_its_own_object_is_not_lifted() -> None:
    ms = _measures("The order ended the special customs treatment for the island and cut off exports of chips to it, "
                   "the White House said.")
    exports = [m for m in ms if m.kind == "export_restriction"]
    assert exports and exports[0].status == "imposed"


def test_lifting_two_measures_still_lifts_both() -> None:
    ms = _measures("The EU ended its arms embargo and lifted the visa bans on the ministers.")
    assert {m.kind for m in ms if m.status == "lifted"} >= {"arms_embargo", "visa_restriction"}


def test_parliament_call_addressed_to_nobody_asks_its_union() -> None:
    ms = _measures("Members of the European Parliament repeated their call to suspend Zimbabwe's trade preferences.")
    trade = [m for m in ms if m.kind == "trade_preference_withdrawal"]
    assert trade and trade[0].status == "called_for"
    assert trade[0].issuer is not None and trade[0].issuer.name == "European Union"
    assert [c.name for c in trade[0].callers] == ["European Parliament"]


def test_ngo_call_gets_no_issuer_from_its_caller() -> None:
    ms = _measures("Amnesty International repeated its call to suspend Zimbabwe's trade preferences.")
    assert all(m.issuer is None or m.issuer.name != "Amnesty International" for m in ms)


def test_freeze_and_visa_ban_by_a_national_government_is_a_freeze() -> None:
    canada = _measures("Le Canada a décidé le gel des avoirs et l'interdiction de visa de 40 personnes.", "fr")
    council = _measures("Le Conseil a décidé le gel des avoirs et l'interdiction de visa de 40 personnes.", "fr")
    assert [m.kind for m in canada] == ["asset_freeze"]
    assert [m.kind for m in council] == ["targeted_measures"]


def test_head_of_government_threatening_for_his_country_is_the_issuer() -> None:
    ms = _measures("Prime Minister Justin Trudeau said Canada could impose sanctions on the generals.")
    assert ms and ms[0].status == "threatened"
    assert ms[0].issuer is not None and ms[0].issuer.name == "Justin Trudeau"


def test_leader_speaking_of_another_polity_leaves_it_the_issuer() -> None:
    ms = _measures("President Joe Biden warned that the European Union would impose sanctions on the generals.")
    assert ms and ms[0].issuer is not None and ms[0].issuer.name == "European Union"


def test_seeking_ways_to_act_is_no_call() -> None:
    ms = _measures("Secretary of State Antony Blinken said the United States was seeking ways to suspend "
                   "security assistance to the government.")
    assert ms and all(m.status not in ("imposed", "called_for") for m in ms)


def test_seeking_sanctions_is_still_a_call() -> None:
    ms = _measures("The union is seeking sanctions against the generals and urged the EU to freeze their assets.")
    assert ms and all(m.status == "called_for" for m in ms)


def test_french_meps_call_asks_the_union() -> None:
    ms = _measures("Les eurodéputés ont réitéré leur appel à suspendre les préférences commerciales accordées au pays.",
                   "fr")
    trade = [m for m in ms if m.kind == "trade_preference_withdrawal"]
    assert trade and trade[0].issuer is not None and trade[0].issuer.name == "European Union"

"""Status and kind of measures told through legislative procedure, legal texts and treaty
clauses: a bill put before a legislature is a call, what a law only makes possible is no one's
threat, a preparation is announced, a rule under a legal basis of its own is its own act, and
a treaty's democracy clause is a trade preference withdrawal. Sentences written for these
tests (not from the dev corpus), in English, French and Khmer."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from textmentions import sentence_statuses


def _measures(text: str, lang: str, date: str = "2024-03-08") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


# --- a bill is asked of a legislature, not in force ----------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Two senators reintroduced the Laos Accountability Act, which would freeze the assets of officials "
     "who rig elections.", "en"),
    ("The congressman introduced legislation that would impose visa bans on the three ministers.", "en"),
    ("Trois sénateurs ont déposé une loi qui gèlerait les avoirs des responsables laotiens.", "fr"),
])
def test_what_a_bill_introduced_would_do_is_a_call(text: str, lang: str) -> None:
    assert sentence_statuses(text, lang) == ["called_for"]


def test_the_bill_is_never_the_issuer_of_its_content() -> None:
    # nobody with the power to act is named: no measure, rather than one issued by the bill
    got = _measures("Two senators reintroduced the Laos Accountability Act, which would freeze the assets "
                    "of officials who rig elections.", "en")
    assert not any(m.issuer is not None and "Act" in m.issuer.name for m in got)
    assert not any(m.status in ("imposed", "threatened") for m in got)


def test_a_law_already_passed_still_acts() -> None:
    assert sentence_statuses("In 2022 Congress passed the Laos Accountability Act, which freezes the assets "
                              "of officials who rig elections.", "en") == ["imposed"]


# --- what a legal text makes possible is nobody's threat -----------------------------------------

def test_a_route_a_law_sets_out_is_no_threat() -> None:
    assert _measures("The Mekong Transparency Act sets out a procedure by which foreign banks that deal with "
                     "listed persons could themselves be penalised.", "en") == []


def test_the_same_possibility_said_by_the_treasury_is_a_threat() -> None:
    got = _measures("The Treasury warned that foreign banks that deal with the listed officials could "
                    "themselves be sanctioned.", "en")
    assert got and {m.status for m in got} == {"threatened"}


# --- preparation and agreement in principle: announced ---------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Sanctions against the three generals are being prepared, the Dutch foreign minister said.", "en"),
    ("Des sanctions contre les trois généraux sont en cours de préparation, a indiqué le ministre.", "fr"),
    ("សហភាពអឺរ៉ុបកំពុងរៀបចំទណ្ឌកម្មថ្មីប្រឆាំងនឹងមន្ត្រីទាំងនោះ។", "km"),
    ("សហភាពអឺរ៉ុបបានយល់ព្រមដាក់ទណ្ឌកម្មលើមន្ត្រីប្រាំរូប។", "km"),
])
def test_measures_in_preparation_are_announced(text: str, lang: str) -> None:
    assert sentence_statuses(text, lang) == ["announced"]


def test_khmer_measure_imposed_on_the_election_committee_stays_imposed() -> None:
    # the committee's name holds "រៀបចំ" (organise): no preparation of the measure
    got = _measures("សហរដ្ឋអាមេរិកបានដាក់ទណ្ឌកម្មលើគណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត។", "km")
    assert [m.status for m in got] == ["imposed"]


# --- kinds from legal bases and treaty clauses -------------------------------------------------------

def test_a_rule_under_section_311_is_its_own_sanction() -> None:
    got = _measures("In Washington, the Treasury's Office of Foreign Assets Control blacklisted 42 people and "
                    "companies tied to the Alpha Network, among them Zhang Wei. On the same day, FinCEN finalised "
                    "a rule under section 311 of the USA PATRIOT Act that cuts the Saravan Group, a Vientiane-based "
                    "bank, off from the American financial system.", "en", "2025-05-02")
    rule = [m for m in got if m.kind == "sanctions"]
    assert rule and rule[0].status == "imposed"
    assert "311" in (rule[0].legal_basis or "")


@pytest.mark.parametrize(("text", "lang"), [
    ("MEPs repeated their call to trigger the democratic clause of the association agreement with Chile.", "en"),
    ("The European Commission proposed to suspend the association agreement with Honduras.", "en"),
    ("Les eurodéputés demandent à l'Union européenne d'activer la clause démocratique de l'accord "
     "d'association avec le Honduras.", "fr"),
])
def test_a_democracy_clause_called_for_is_a_trade_preference_withdrawal(text: str, lang: str) -> None:
    got = _measures(text, lang)
    assert [(m.kind, m.status) for m in got] == [("trade_preference_withdrawal", "called_for")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Rights groups and opposition MPs have long demanded that Ottawa cancel the arms deal with Riyadh.", "en"),
    ("Des ONG et des députés réclamaient depuis longtemps l'annulation du contrat d'armement avec Riyad.", "fr"),
])
def test_cancelling_an_arms_deal_is_an_export_restriction(text: str, lang: str) -> None:
    got = sentence_statuses(text, lang)
    assert got == ["called_for"]
    assert {m.kind for m in _measures(text, lang)} <= {"export_restriction"}


def test_export_permits_granted_are_no_restriction() -> None:
    assert _measures("In 2016 Ottawa granted export permits for the armoured vehicles.", "en") == []


# --- possibility: an inverted condition, a power, what a legal text enables ------------------------

def test_an_inverted_condition_is_no_demand() -> None:
    got = _measures("The EU is ready to impose further sanctions should the crackdown continue.", "en")
    assert [m.status for m in got] == ["threatened"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Washington has the power to blacklist any official who obstructs the vote.", "en"),
    ("The new framework allows the EU to impose travel bans and asset freezes on those responsible.", "en"),
    ("Le décret permet au Trésor de geler les avoirs de toute personne qui soutient la junte.", "fr"),
])
def test_what_a_power_or_a_legal_text_enables_is_possible_not_done(text: str, lang: str) -> None:
    got = sentence_statuses(text, lang)
    assert got and set(got) == {"threatened"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Treasury designated the two generals on Friday, a step that allows it to block any property "
     "they hold in the United States.", "en"),
    ("Le Trésor a désigné vendredi les deux généraux, ce qui lui permet de bloquer tous leurs biens.", "fr"),
])
def test_what_an_act_allows_is_what_it_does(text: str, lang: str) -> None:
    got = _measures(text, lang)
    assert got and {m.status for m in got} == {"imposed"}


# --- conditions after the act, of several words or without a parse -----------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Britain will freeze the assets of the two generals provided that the courts confirm the evidence.", "en"),
    ("Londres gèlera les avoirs des deux généraux dans le cas où la justice confirmerait les preuves.", "fr"),
    ("L'UE sanctionnera les responsables à condition que les États membres s'accordent.", "fr"),
    ("សហរដ្ឋអាមេរិកនឹងដាក់ទណ្ឌកម្មលើមន្ត្រីទាំងនោះ ប្រសិនបើរដ្ឋាភិបាលមិនដោះលែងអ្នកទោស។", "km"),
    ("សហរដ្ឋអាមេរិកនឹងដាក់ទណ្ឌកម្មលើមន្ត្រីទាំងនោះ ក្នុងករណីដែលរដ្ឋាភិបាលមិនដោះលែងអ្នកទោស។", "km"),
])
def test_a_measure_under_a_later_condition_is_threatened(text: str, lang: str) -> None:
    assert sentence_statuses(text, lang) == ["threatened"]


def test_a_khmer_condition_of_the_next_clause_leaves_the_act_imposed() -> None:
    # imposed, "and if the government does not free the prisoners, it will consider more"
    assert sentence_statuses("សហរដ្ឋអាមេរិកបានដាក់ទណ្ឌកម្មលើមន្ត្រីទាំងនោះ ហើយប្រសិនបើរដ្ឋាភិបាលមិនដោះលែងអ្នកទោស "
                              "វានឹងពិចារណាវិធានការបន្ថែម។", "km") == ["imposed"]


# --- a measure being drawn up is announced; one drawn up and applied is imposed -------------------

@pytest.mark.parametrize(("text", "lang", "status"), [
    ("EU diplomats are drawing up a list of officials to be sanctioned.", "en", "announced"),
    ("The Treasury is drafting new sanctions against the militia's financiers.", "en", "announced"),
    ("Les Vingt-Sept élaborent de nouvelles sanctions contre la compagnie aérienne.", "fr", "announced"),
    ("In 2019 the EU drew up a list of officials and froze their assets.", "en", "imposed"),
    ("L'UE a élaboré en 2019 une liste de responsables dont elle a gelé les avoirs.", "fr", "imposed"),
])
def test_measures_being_drawn_up(text: str, lang: str, status: str) -> None:
    got = _measures(text, lang)
    assert got and {m.status for m in got} == {status}


# --- wishes addressed to a government are calls ------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("The NGO hopes Britain will freeze the general's assets.", "en"),
    ("Rights groups would like Canberra to sanction the officials.", "en"),
    ("Les ONG espèrent que Londres gèlera les avoirs du général.", "fr"),
    ("Amnesty attend de l'UE qu'elle sanctionne les responsables.", "fr"),
    ("អង្គការសិទ្ធិមនុស្សចង់ឱ្យអូស្ត្រាលីដាក់ទណ្ឌកម្មលើមន្ត្រីទាំងនោះ។", "km"),
    ("ក្រុមសកម្មជនលើកទឹកចិត្តឱ្យកាណាដាបង្កកទ្រព្យសម្បត្តិរបស់ឧត្តមសេនីយ៍នោះ។", "km"),
])
def test_a_wish_that_a_government_act_is_a_call(text: str, lang: str) -> None:
    assert sentence_statuses(text, lang) == ["called_for"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Britain froze the general's assets, hoping to force him to the negotiating table.", "en"),
    ("Londres a gelé les avoirs du général en espérant le pousser à négocier.", "fr"),
    ("អូស្ត្រាលីបានដាក់ទណ្ឌកម្មលើមន្ត្រីទាំងនោះ។", "km"),
])
def test_a_hope_about_an_act_done_leaves_it_imposed(text: str, lang: str) -> None:
    assert sentence_statuses(text, lang) == ["imposed"]

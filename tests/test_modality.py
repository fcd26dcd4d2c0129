"""Status of a measure (imposed / announced / threatened / called_for / lifted, or none) from
the cues that govern its trigger, on sentences written for these tests in English, French and
Khmer (not from the seeds nor the dev corpus): which clause a cue governs decides, not whether
the word stands somewhere in the sentence."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from textmentions import sentence_statuses


def _statuses(text: str, lang: str) -> set[tuple[str, str]]:
    """(kind, status) of the measures a whole-document reading keeps."""
    return {(f.kind, f.status) for f in extract_facts_from_text(text, lang, "2023-05-04") if isinstance(f, MeasureFact)}


# --- a measure that is the passive subject of its verb takes that verb's cues -------------

def test_sanctions_that_could_be_imposed_unless_are_threatened() -> None:
    got = _statuses("The White House said new sanctions on the junta could be imposed unless the "
                    "detainees are freed.", "en")
    assert {s for _, s in got} == {"threatened"}


def test_sanctions_that_could_be_lifted_are_neither_lifted_nor_imposed() -> None:
    assert _statuses("Ministers said sanctions on the port authority could be lifted if the blockade ends.", "en") == set()


def test_french_modal_with_a_passive_infinitive_governs_its_subject() -> None:
    # « pourraient être imposées »: « pouvoir » is a verb whose subject is the sanctions
    assert sentence_statuses("Selon Bruxelles, des sanctions de l'Union européenne pourraient être imposées "
                              "si les prisonniers ne sont pas libérés.", "fr") == ["threatened"]


# --- lifting said by a noun or a verb across a preposition ---------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("The Council of the European Union removed Olga Petrenko from its sanctions list on Friday.", "en"),
    ("The European Union announced the lifting of its sanctions on Olga Petrenko.", "en"),
    ("Le Conseil de l'Union européenne a annoncé la levée des sanctions contre Olga Petrenko.", "fr"),
])
def test_lifting_reaches_the_measure_across_a_preposition(text: str, lang: str) -> None:
    assert {s for _, s in _statuses(text, lang)} == {"lifted"}


def test_ending_a_trade_benefit_is_its_withdrawal_not_a_lifting() -> None:
    assert _statuses("In 2012 Washington ended the special trading status it had granted to the country.", "en") == {
        ("trade_preference_withdrawal", "imposed")}
    assert _statuses("សហភាពអឺរ៉ុបបានបញ្ចប់ប្រព័ន្ធអនុគ្រោះពន្ធសម្រាប់ប្រទេសនេះ។", "km") == {
        ("trade_preference_withdrawal", "imposed")}


# --- calls ----------------------------------------------------------------------------------

def test_urging_that_someone_be_sanctioned_is_a_call() -> None:
    got = _statuses("Human rights groups were urging that the two colonels be sanctioned.", "en")
    assert {s for _, s in got} == {"called_for"}


def test_khmer_demand_addressed_to_a_government_is_a_call() -> None:
    got = _statuses("ក្រុមសកម្មជនទាមទារឱ្យរដ្ឋាភិបាលអាមេរិក ចាត់វិធានការ ដាក់ទណ្ឌកម្មលើឧត្តមសេនីយ៍នោះ។", "km")
    assert got and {s for _, s in got} == {"called_for"}
    # an item of a list of demands whose verb the heading said once: "២) ឱ្យ X …"
    got = _statuses("២) ឱ្យសហភាពអឺរ៉ុប ចាត់វិធានការហាមឃាត់ទិដ្ឋាការ លើមេបញ្ជាការទាំងនោះ។", "km")
    assert got and {s for _, s in got} == {"called_for"}


# --- readiness, possibility, reported futures -------------------------------------------------

def test_french_future_of_pouvoir_is_a_possibility() -> None:
    assert {s for _, s in _statuses("Le Canada pourra suspendre les licences d'exportation d'armes vers ce pays.",
                                    "fr")} == {"threatened"}


def test_room_for_further_designations_is_a_possibility() -> None:
    got = _statuses("The Treasury said it would keep investigating, which leaves room for further designations.", "en")
    assert {s for _, s in got} == {"threatened"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Canada's foreign minister announced that Ottawa would sanction three police commanders.", "en"),
    ("La porte-parole a annoncé que Londres sanctionnerait trois généraux.", "fr"),
])
def test_a_future_in_reported_speech_is_announced(text: str, lang: str) -> None:
    assert {s for _, s in _statuses(text, lang)} == {"announced"}


def test_a_warning_in_reported_speech_stays_a_threat() -> None:
    got = _statuses("The Foreign Office warned that Britain would freeze the assets of the two generals.", "en")
    assert {s for _, s in got} == {"threatened"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The European Union is preparing fresh sanctions against the shipping company.", "en"),
    ("L'Union européenne prépare de nouvelles sanctions contre la compagnie.", "fr"),
])
def test_sanctions_in_preparation_are_announced(text: str, lang: str) -> None:
    assert {s for _, s in _statuses(text, lang)} == {"announced"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Will the Treasury designate the commander?", "en"),
    ("L'Union européenne va-t-elle sanctionner le ministre ?", "fr"),
    ("តើសហភាពអឺរ៉ុបនឹងដាក់ទណ្ឌកម្មលើរដ្ឋមន្ត្រីនោះដែរឬទេ?", "km"),
])
def test_a_measure_asked_about_is_not_stated(text: str, lang: str) -> None:
    assert _statuses(text, lang) == set()


# --- a relative clause that says what being on a list means ------------------------------------

def test_would_inside_a_list_description_does_not_make_the_list_hypothetical() -> None:
    ms = [f for f in extract_facts_from_text(
        "The Russian foreign ministry put into force a list of British officials who would be denied entry to Russia.",
        "en", "2023-05-04") if isinstance(f, MeasureFact)]
    assert [(m.kind, m.status) for m in ms] == [("visa_restriction", "imposed")]
    assert ms[0].issuer is not None and "ministry" in ms[0].issuer.name.casefold()
    assert sentence_statuses("Le ministère russe des Affaires étrangères a publié une liste de diplomates européens "
                              "qui seraient interdits d'entrée en Russie.", "fr") == ["imposed"]


def test_a_threatened_list_stays_threatened() -> None:
    assert sentence_statuses("The ministry threatened to draw up a list of British officials who would be denied "
                              "entry to Russia.", "en") == ["threatened"]


def test_french_ban_stated_with_ne_ni_is_no_possibility() -> None:
    # « ne peuvent ni entrer ni transiter »: the ban itself, not what they may do
    assert "threatened" not in sentence_statuses(
        "Les responsables inscrits sur la liste ne peuvent ni entrer dans l'Union ni y transiter, "
        "et leurs avoirs y sont gelés.", "fr")


# --- a condition clause below the verb makes the act conditional -----------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("The European Union will impose sanctions on the generals if the army does not return to its barracks.", "en"),
    ("Britain said it would freeze the assets of the commanders unless the detainees are released.", "en"),
    ("L'Union européenne gèlera les avoirs des généraux si l'armée ne rend pas le pouvoir.", "fr"),
])
def test_a_measure_under_a_condition_is_threatened(text: str, lang: str) -> None:
    assert {s for _, s in _statuses(text, lang)} == {"threatened"}


def test_a_clause_of_time_is_no_condition() -> None:
    assert _statuses("The European Union imposed sanctions on the generals after the army refused to return to "
                     "its barracks.", "en") == {("targeted_measures", "imposed")}


# --- cue words with their inflections (pack data) ----------------------------------------------

@pytest.mark.parametrize(("text", "lang", "status"), [
    ("Exiled activists lobbied the European Union to freeze the assets of the two ministers.", "en", "called_for"),
    ("Lawmakers are pressing the Treasury to designate the police chief.", "en", "called_for"),
    ("The Foreign Office refused to rule out sanctions against the police chief.", "en", "threatened"),
    ("Le Conseil de l'Union européenne n'a pas exclu de nouvelles sanctions contre le régime.", "fr", "threatened"),
    ("Le Conseil de l'Union européenne met fin aux sanctions contre Olga Petrenko.", "fr", "lifted"),
    ("សកម្មជនបានដាស់តឿនសហភាពអឺរ៉ុបឱ្យដាក់ទណ្ឌកម្មលើរដ្ឋមន្ត្រីនោះ។", "km", "called_for"),
])
def test_inflected_cues(text: str, lang: str, status: str) -> None:
    assert {s for _, s in _statuses(text, lang)} == {status}


def test_french_ban_with_an_adverb_inside_the_negation_is_stated_not_possible() -> None:
    # « ne pourra donc pas se présenter »: what the party may not do, said as a fact
    assert "threatened" not in sentence_statuses(
        "Les généraux inscrits sur la liste ne pourront donc plus entrer dans l'Union européenne.", "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("It remains unclear whether the European Union will impose sanctions on the general.", "en"),
    ("The Council has not decided whether to freeze the assets of the ministers.", "en"),
    ("On ignore si oui ou non l'Union européenne sanctionnera le général.", "fr"),
    ("មិនទាន់ដឹងថា សហរដ្ឋអាមេរិកនឹងដាក់ទណ្ឌកម្មលើឧត្តមសេនីយ៍នោះឬទេ។", "km"),
])
def test_an_indirect_question_states_no_measure(text: str, lang: str) -> None:
    assert _statuses(text, lang) == set()


def test_whether_outside_the_measure_clause_changes_nothing() -> None:
    assert _statuses("Whether or not it helps, the European Union imposed sanctions on the general on Monday.",
                     "en") == {("sanctions", "imposed")}


# --- a future written in the verb's own ending (French) ----------------------------------------

@pytest.mark.parametrize("text", [
    "L'Union européenne imposera des sanctions contre les généraux responsables de la répression.",
    "Le Conseil de l'Union européenne gèlera lundi les avoirs de trois ministres.",
    "Selon le communiqué, le Canada sanctionnera trois officiers de police.",
])
def test_french_simple_future_is_announced(text: str) -> None:
    assert {s for _, s in _statuses(text, "fr")} == {"announced"}


def test_french_future_inside_a_relative_clause_is_not_the_measure_s() -> None:
    assert {s for _, s in _statuses("Le Canada a sanctionné trois officiers de police qui dirigeront la prochaine "
                                    "opération.", "fr")} == {"imposed"}


def test_french_ban_in_the_future_is_the_ban_stated() -> None:
    # « ne pourront plus se rendre »: the travel ban itself, in force, not a future act
    assert "announced" not in sentence_statuses(
        "Concrètement, les douze généraux ne pourront plus se rendre dans l'Union européenne.", "fr")

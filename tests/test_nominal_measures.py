"""Measures stated as noun phrases, by what they do, in lists of demands, or only explained:
sentences written for these tests (not from the seeds nor the dev corpus), in English, French
and Khmer. A measure said to remain in force takes the issuer the report is about; a benefit
that is ended is a withdrawal imposed; an item of a list of demands is a call addressed to the
lead-in's body; a question or an explainer's habitual statement is no act."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.facts import MeasureFact, extract_document_facts
from sanctionwatch.extract.mentions import extract_documents
from sanctionwatch.model import Document, Paragraph


def _measures(text: str, lang: str, published: str | None = "2024-02-01") -> list[MeasureFact]:
    """Facts of a report whose lines are its paragraphs (a list of demands is one item a line)."""
    paragraphs, at = [], 0
    for line in text.split("\n"):
        paragraphs.append(Paragraph(len(paragraphs), at, at + len(line), lang))
        at += len(line) + 1
    doc = Document(id=f"doc-{lang}-{len(text)}", path="", media_type="text/plain", encoding="utf-8", title="",
                   published=published, text=text, paragraphs=tuple(paragraphs))
    ex = extract_documents([doc])[0]
    return [f for f in extract_document_facts(ex.sentences, ex.mentions, published) if isinstance(f, MeasureFact)]


def _kinds(ms: list[MeasureFact]) -> set[tuple[str, str, str | None]]:
    return {(m.kind, m.status, m.issuer.name if m.issuer else None) for m in ms}


# -- nouns in a list, said to remain in force --------------------------------------------------


def test_french_measures_listed_as_nouns_that_remain_in_force_take_the_reports_issuer() -> None:
    ms = _measures("Le 3 mars 2023, le Conseil de l'Union européenne a gelé les avoirs de douze officiers.\n"
                   "Les ministres ont aussi discuté de la situation humanitaire et de l'accès des ONG au pays, "
                   "qui reste très limité selon plusieurs agences des Nations unies présentes sur place.\n"
                   "L'embargo sur les armes, l'interdiction d'exporter des biens de surveillance et la suspension "
                   "de l'aide budgétaire restent en vigueur.", "fr")
    standing = {m.kind: m for m in ms if m.standing}
    assert set(standing) == {"arms_embargo", "export_restriction", "aid_suspension"}
    assert {m.issuer.name for m in standing.values()} == {"Council of the European Union"}
    assert all(m.status == "imposed" and m.date is None for m in standing.values())  # the date is the freeze's


def test_an_english_embargo_that_remains_in_place_keeps_its_own_date() -> None:
    ms = _measures("On 2 May 2023 the European Union imposed a travel ban on twelve officers.\n"
                   "The EU arms embargo on the country, in force since 1996, remains in place.", "en")
    [embargo] = [m for m in ms if m.kind == "arms_embargo"]
    assert (embargo.status, embargo.issuer.name, embargo.date) == ("imposed", "European Union", "1996")


def test_a_khmer_embargo_that_remains_valid_is_the_named_issuers() -> None:
    ms = _measures("កាលពីថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៣ សហភាពអឺរ៉ុបបានបង្កកទ្រព្យសម្បត្តិរបស់មន្ត្រីយោធាដប់នាក់។ "
                   "បម្រាមអាវុធរបស់សហភាពអឺរ៉ុបនៅតែមានសុពលភាព។", "km")
    [embargo] = [m for m in ms if m.kind == "arms_embargo"]
    assert embargo.standing and embargo.issuer.name == "European Union" and embargo.date is None


@pytest.mark.parametrize(("text", "kind", "issuer"), [
    ("សហភាពអឺរ៉ុបបានដាក់ការរឹតបន្តឹងលើការនាំចេញគ្រឿងយុទ្ធភ័ណ្ឌទៅកាន់កងទ័ព។", "export_restriction", "European Union"),
    ("ជប៉ុនបានផ្អាកការចេញថវិកាជំនួយដល់រដ្ឋាភិបាល។", "aid_suspension", "Japan"),
    ("រដ្ឋាភិបាលអាមេរិកបានបិទដែនអាកាសរបស់ខ្លួនចំពោះក្រុមហ៊ុនអាកាសចរណ៍នោះ។", "sanctions", "United States"),
])
def test_khmer_noun_forms_with_words_between_their_parts(text: str, kind: str, issuer: str) -> None:
    assert (kind, "imposed", issuer) in _kinds(_measures(text, "km"))


def test_a_french_ban_whose_noun_is_cut_by_an_incise_and_a_stem_changing_verb() -> None:
    ms = _measures("Le Conseil a confirmé l'interdiction, décidée le 2 juin 2023, du survol de l'espace "
                   "aérien européen pour les compagnies du pays.", "fr")
    assert ("sanctions", "imposed", "Council of the European Union") in _kinds(ms)
    assert [m.date for m in ms if m.kind == "sanctions"] == ["2023-06-02"]
    assert ("asset_freeze", "imposed", "US Department of the Treasury") in _kinds(
        _measures("Le Trésor américain gèle les avoirs du chef de la police.", "fr"))


def test_two_triggers_of_one_sentence_with_their_own_dates_are_two_acts() -> None:
    ms = _measures("Les États-Unis sanctionnent depuis 2019 de nombreux juges, et leurs avoirs sont gelés "
                   "depuis mars 2021.", "fr")
    assert {(m.kind, m.date) for m in ms} == {("sanctions", "2019"), ("asset_freeze", "2021-03")}


# -- what the measure does ---------------------------------------------------------------------


def test_ending_a_trade_benefit_is_a_withdrawal_imposed_not_lifted() -> None:
    ms = _measures("On 3 April 2023 Washington ended the special trade treatment it had granted to the territory.",
                   "en")
    assert [(m.kind, m.status) for m in ms] == [("trade_preference_withdrawal", "imposed")]


def test_keeping_rulers_from_funds_is_an_asset_freeze_announced_in_reported_speech() -> None:
    ms = _measures("The White House said it would keep the generals from tapping $2 billion in state funds "
                   "held in London.", "en")
    assert _kinds(ms) == {("asset_freeze", "announced", "White House")}


def test_a_new_visa_policy_is_announced_and_its_first_use_imposed() -> None:
    ms = _measures("The State Dept unveiled a new visa policy for officials who harass reporters abroad.", "en")
    assert _kinds(ms) == {("visa_restriction", "announced", "US Department of State")}


def test_a_source_named_with_per_is_no_target() -> None:
    ms = _measures("On 4 March 2023 the State Department restricted visas for 40 officials. "
                   "Twelve judges, per Secretary Antony Blinken, are now barred from entering the country.", "en")
    assert all("Antony Blinken" not in {p.name for p in m.targets} for m in ms)


# -- lists of demands --------------------------------------------------------------------------


def test_english_items_of_a_list_of_demands_are_calls_to_the_addressee() -> None:
    ms = _measures("We call upon the Government of Canada to:\n"
                   "1. freeze the assets of the officials responsible for the crackdown;\n"
                   "2. suspend arms export permits.", "en")
    assert {(m.kind, m.status) for m in ms} == {("asset_freeze", "called_for"), ("export_restriction", "called_for")}
    assert {m.issuer.name for m in ms} <= {"Canada", "Government of Canada"}


def test_french_items_whose_number_the_splitter_cut_off_are_calls_too() -> None:
    ms = _measures("Les signataires demandent au gouvernement du Canada de :\n"
                   "1. geler les avoirs des responsables de la répression ;\n"
                   "2. suspendre les licences d'exportation d'armes.", "fr")
    assert {(m.kind, m.status) for m in ms} == {("asset_freeze", "called_for"), ("export_restriction", "called_for")}


def test_a_numbered_list_without_a_call_stays_what_it_says() -> None:
    ms = _measures("The Treasury announced the following on 5 May 2023:\n"
                   "1. the Treasury froze the assets of three police commanders.", "en")
    assert {(m.kind, m.status) for m in ms} == {("asset_freeze", "imposed")}


# -- explainers and questions ------------------------------------------------------------------


@pytest.mark.parametrize(("asked", "stated", "lang"), [
    ("Will the Treasury freeze the assets of the police chief?",
     "The Treasury froze the assets of the police chief.", "en"),
    ("Le Trésor américain va-t-il geler les avoirs du chef de la police ?",
     "Le Trésor américain gèle les avoirs du chef de la police.", "fr"),
    ("តើក្រសួងរតនាគារអាមេរិកនឹងបង្កកទ្រព្យសម្បត្តិរបស់មេប៉ូលិសនោះទេ?",
     "ក្រសួងរតនាគារអាមេរិកបានបង្កកទ្រព្យសម្បត្តិរបស់មេប៉ូលិសនោះ។", "km"),
])
def test_a_question_states_no_measure(asked: str, stated: str, lang: str) -> None:
    assert _measures(asked, lang) == []
    assert [m.kind for m in _measures(stated, lang)] == ["asset_freeze"]


@pytest.mark.parametrize(("generic", "lang"), [
    ("Usually the Treasury freezes whatever the listed person owns in the United States.", "en"),
    ("In the American system the person is added to a Treasury list of blocked persons.", "en"),
    ("En règle générale, le Trésor américain gèle les avoirs de la personne inscrite.", "fr"),
    ("Only the Treasury, acting alone, can add new names to the blocked persons list.", "en"),
    ("The State Department may bar such people from entering the country.", "en"),
    ("Seul le Conseil, statuant à l'unanimité, peut geler les avoirs de nouveaux responsables.", "fr"),
    ("ជាទូទៅ ក្រសួងរតនាគារអាមេរិកបង្កកទ្រព្យសម្បត្តិរបស់អ្នកដែលមានឈ្មោះក្នុងបញ្ជី។", "km"),
])
def test_an_explainers_habitual_statement_is_no_measure(generic: str, lang: str) -> None:
    assert _measures(generic, lang) == []


def test_a_dated_act_is_told_whatever_its_adverbs() -> None:
    ms = _measures("On 9 May 2023 the Treasury, as it usually does, froze the assets of two judges.", "en")
    assert [m.kind for m in ms] == ["asset_freeze"]


def test_the_word_sanctions_in_the_title_of_a_law_is_no_measure() -> None:
    assert _measures("Britain's Global Human Rights Sanctions Regulations took effect in 2020.", "en") == []


# -- dates and issuers of one act --------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("l'interdiction, décidée le vendredi 4 juin, du survol", "fr"),
    ("the ban, decided on Friday, 4 June, on overflights", "en"),
])
def test_a_weekday_before_a_written_date_is_that_date(text: str, lang: str) -> None:
    from sanctionwatch.extract.temporal import find_dates

    assert [d.value for d in find_dates(text, lang, "2021-06-22")] == ["2021-06-04"]


def test_a_headlines_union_and_the_bodys_council_are_one_act_by_the_council() -> None:
    ms = _measures("L'UE gèle les avoirs de trois généraux\n"
                   "Les ministres des Affaires étrangères des Vingt-Sept ont gelé lundi 6 mars 2023 les avoirs "
                   "de trois généraux.", "fr", published="2023-03-07")  # the news of the day: one act
    assert [(m.kind, m.issuer.name) for m in ms] == [("asset_freeze", "Council of the European Union")]


def test_a_measure_announced_by_its_quoted_authority_is_that_authoritys() -> None:
    ms = _measures("Forty officials are now barred from entering the United States, the State Department "
                   "said on 3 May 2023.", "en")
    assert _kinds(ms) == {("visa_restriction", "imposed", "US Department of State")}
    assert _measures("Sanctions are now in force against the generals, Human Rights Watch said on 3 May 2023.",
                     "en") == []  # an NGO imposes nothing


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("The European Union shut its airspace and airports to the country's airlines on 4 June 2021.", "en",
     "its airspace and airports"),
    ("L'UE a fermé son espace aérien et ses aéroports aux compagnies du pays le 4 juin 2021.", "fr",
     "son espace aérien et ses aéroports"),
])
def test_closing_airspace_is_a_sanction_whose_place_is_no_target(text: str, lang: str, place: str) -> None:
    [m] = _measures(text, lang)
    assert (m.kind, m.status, m.issuer.name) == ("sanctions", "imposed", "European Union")
    assert place not in {p.name for p in m.targets}


def test_a_question_after_the_act_in_another_clause_leaves_the_act() -> None:
    ms = _measures("On 3 May 2023 the Treasury froze the assets of two judges: what comes next?", "en")
    assert [m.kind for m in ms] == ["asset_freeze"]


@pytest.mark.parametrize(("text", "kind"), [
    ("On 3 May 2023 Japan announced an aid freeze for the junta.", "aid_suspension"),
    ("The EU imposed an embargo on dual-use exports to the army on 3 May 2023.", "export_restriction"),
])
def test_english_noun_forms_of_aid_and_export_measures(text: str, kind: str) -> None:
    assert kind in {m.kind for m in _measures(text, "en")}

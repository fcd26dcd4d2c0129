"""Status of measures read from what the trigger itself says or from what governs it outside
its verb: a delisting lifts, a bill's content is a call, a political agreement announces, the
tools at a body's disposal are threatened, and a semicolon bounds a cue. Sentences written
for these tests (countries and people chosen to differ from the development corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str = "en", date: str = "2024-05-02") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def test_a_delisting_is_a_lifting() -> None:
    ms = _measures("The Council of the EU delisted a former Zimbabwean army commander in 2019.")
    assert [m.status for m in ms] == ["lifted"]


def test_removal_from_a_candidate_list_is_no_lifting() -> None:
    assert _measures("The electoral commission removed him from the list of candidates in March.") == []


def test_french_radiation_from_the_list_is_a_lifting() -> None:
    ms = _measures("L'Union européenne a radié de la liste un ancien ministre zimbabwéen en 2019.", "fr")
    assert ms and {m.status for m in ms} == {"lifted"}


def test_a_bill_that_would_freeze_is_a_call() -> None:
    ms = _measures("Two congressmen introduced a bill that would require the Treasury to freeze the assets "
                   "of Ugandan police commanders.")
    assert ms and all(m.status == "called_for" for m in ms)


def test_a_bill_asking_no_named_government_tells_no_measure() -> None:
    # whose call it would be is not said: neither a call on nobody nor a threat
    assert _measures("Two congressmen introduced a bill that would freeze the assets of Ugandan police "
                     "commanders.") == []


def test_what_a_bill_would_do_is_called_for() -> None:
    ms = _measures("The draft bill would require the State Department to bar Ethiopian generals from "
                   "entering the United States.")
    assert ms and all(m.status == "called_for" for m in ms)


def test_a_french_bill_is_a_call() -> None:
    ms = _measures("Trois sénateurs ont déposé une proposition de loi qui obligerait le gouvernement "
                   "français à geler les avoirs des dirigeants ougandais.", "fr")
    assert ms and all(m.status == "called_for" for m in ms)


def test_a_political_agreement_announces() -> None:
    ms = _measures("EU foreign ministers reached a political agreement on Monday on new restrictive "
                   "measures against Iranian prison officials.")
    assert ms and {m.status for m in ms} == {"announced"}


def test_a_french_agreement_in_principle_announces() -> None:
    ms = _measures("Les ministres de l'UE ont donné leur accord de principe à de nouvelles sanctions "
                   "contre des juges iraniens.", "fr")
    assert ms and {m.status for m in ms} == {"announced"}


def test_the_tools_at_a_body_s_disposal_are_threatened() -> None:
    ms = _measures("Le Conseil de l'UE se tient prêt à recourir à tous les instruments dont il dispose "
                   "si la répression continue en Géorgie.", "fr")
    assert ms and {m.status for m in ms} == {"threatened"}


def test_tools_used_are_no_measure() -> None:
    assert _measures("The government used all the tools at its disposal to calm the markets.") == []


def test_an_open_list_is_a_threat() -> None:
    ms = _measures("EU foreign policy chief Kaja Kallas said the sanctions list was not closed.")
    assert ms and {m.status for m in ms} == {"threatened"}


def test_a_cue_after_a_semicolon_governs_its_own_clause() -> None:
    ms = _measures("Canada designated the prison director in 2020; he was removed from the sanctions "
                   "list in 2023 after an appeal.")
    designated = [m for m in ms if m.trigger == "designated"]
    assert designated and designated[0].status == "imposed"
    assert any(m.status == "lifted" for m in ms)


def test_khmer_draft_law_is_a_call() -> None:
    ms = _measures("សមាជិកសភាពីររូបបានដាក់សេចក្តីព្រាងច្បាប់ដែលនឹងតម្រូវឱ្យក្រសួងរតនាគារអាមេរិក"
                   "បង្កកទ្រព្យសម្បត្តិរបស់មេបញ្ជាការយោធាភូមា។", "km")
    assert ms and all(m.status == "called_for" for m in ms)


def test_a_signed_bill_is_law() -> None:
    ms = _measures("President Biden signed the bill that freezes the assets of Russian oligarchs.")
    assert ms and all(m.status == "imposed" for m in ms)


def test_a_party_struck_off_a_register_is_no_lifting() -> None:
    assert _measures("The Election Commission removed the party from the list of registered parties in March.") == []


def test_a_light_verb_object_without_a_cue_changes_nothing() -> None:
    ms = _measures("The Treasury imposed a ban on Monday on exports of drones to the Belarusian army.")
    assert ms and all(m.status == "imposed" for m in ms)


def test_an_anaphoric_ban_takes_the_earlier_measure_s_kind() -> None:
    ms = _measures("On Thursday the United States lifted its arms embargo on Zimbabwe. This ban had been "
                   "imposed in 2002 after the land seizures.")
    assert {(m.kind, m.status) for m in ms} == {("arms_embargo", "lifted"), ("arms_embargo", "imposed")}
    assert [m.date for m in ms if m.status == "imposed"] == ["2002"]


def test_an_anaphor_telling_the_same_act_again_adds_nothing() -> None:
    ms = _measures("Le Conseil a gelé les avoirs de huit responsables vénézuéliens. Le Conseil souligne que "
                   "ces mesures visent des individus.", "fr")
    assert len(ms) == 1 and ms[0].kind == "asset_freeze"


def test_khmer_refusing_arms_export_licences_is_the_embargo() -> None:
    ms = _measures("ក្រសួងការបរទេសអាមេរិកបានបញ្ចូលប្រទេសនីការ៉ាហ្គ័រទៅក្នុងបញ្ជីប្រទេសដែលត្រូវបដិសេធអាជ្ញាបណ្ណនាំចេញសព្វាវុធ។", "km")
    assert [(m.kind, m.status) for m in ms] == [("arms_embargo", "imposed")]


def test_a_french_call_on_the_government_as_dative_has_that_government_as_issuer() -> None:
    ms = _measures("Le Canada a suspendu les licences d'exportation vers l'Arabie saoudite en 2018. Des ONG "
                   "demandent au gouvernement de suspendre toutes les licences d'exportation vers Riyad.", "fr")
    calls = [m for m in ms if m.status == "called_for"]
    assert calls and calls[0].issuer is not None and calls[0].issuer.name == "Canada"
    assert any(m.status == "imposed" for m in ms)  # the demand is no imposition, the 2018 suspension is


def test_options_on_the_table_are_a_threat() -> None:
    ms = _measures("Washington said all options remained on the table regarding Ethiopia.")
    assert [m.status for m in ms] == ["threatened"]


def test_a_measure_under_review_is_threatened() -> None:
    ms = _measures("The State Department said new sanctions on Ethiopian generals were under review.")
    assert ms and {m.status for m in ms} == {"threatened"}

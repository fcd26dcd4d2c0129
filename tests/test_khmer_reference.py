"""Khmer read without a parser: subjects a clause leaves out ("… and [he] was charged"),
"the suspect" as the accused named before (never the victim named in between), acts told
again by a demonstrative ("upheld that sentence"), agents that order or open the clause, a
body speaking for its country, conditionals that only explain, and dates: a year glued to a
noun, "that day", a relative clause's date. Sentences written for these tests."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text


def _events(text: str, date: str | None = "2024-06-14") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "km", date) if isinstance(f, EventFact)]


def _subjects(events: list[EventFact], kind: str) -> set[str]:
    return {p.name for e in events if e.kind == kind for p in e.subjects}


def test_a_clause_after_and_shares_the_subject_of_the_clause_before() -> None:
    events = _events("គេបានដឹងថា លោក ចាន់ ធីតា ជាអ្នកជំនួញនៅខេត្តតាកែវ ហើយត្រូវបានតែងតាំងជាទីប្រឹក្សាក្រសួង។")
    assert _subjects(events, "appointment") == {"ចាន់ ធីតា"}


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    events = _events("លោក ចាន់ ធីតា បានធ្វើដំណើរទៅប្រទេសបារាំង ហើយលោក សុខ ពិសី ត្រូវបានចាប់ខ្លួន។")
    assert _subjects(events, "arrest") == {"សុខ ពិសី"}


def test_the_suspect_is_the_accused_named_before_not_the_victim_in_between() -> None:
    events = _events("តុលាការបានផ្ដន្ទាទោសបុរសម្នាក់ឈ្មោះ Somchai Rattana ឱ្យជាប់ពន្ធនាគារ ១០ឆ្នាំ។ "
                     "លោក សុខ វណ្ណា ត្រូវបានគេបាញ់សម្លាប់កាលពីខែមករា។ "
                     "ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យនៅខេត្តកណ្ដាល ហើយបានប្រគល់គាត់ទៅតុលាការ។ "
                     "គាត់ត្រូវបានបញ្ជូនទៅរាជធានី ហើយត្រូវបានចោទប្រកាន់ពីបទមនុស្សឃាត។")
    assert _subjects(events, "killing") == {"សុខ វណ្ណា"}
    assert _subjects(events, "arrest") == {"Somchai Rattana"}
    assert _subjects(events, "charge") == {"Somchai Rattana"}


def test_a_year_glued_to_a_noun_dates_that_noun_not_the_act() -> None:
    [m] = [f for f in extract_facts_from_text(
        "សហភាពអឺរ៉ុបបានផ្អាកជំនួយសម្រាប់ការបោះឆ្នោតឆ្នាំ២០២៨ កាលពីថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤។",
        "km", "2024-03-08") if isinstance(f, MeasureFact)]
    assert m.kind == "aid_suspension" and m.date == "2024-03-05"


def test_a_year_glued_to_the_trigger_dates_the_trigger() -> None:
    events = _events("គណបក្សនេះនឹងចូលរួមការបោះឆ្នោតជាតិឆ្នាំ២០២៨។")
    assert [e.date for e in events if e.kind == "election"] == ["2028"]


def test_that_day_is_the_day_written_in_the_sentence_before() -> None:
    [m] = [f for f in extract_facts_from_text(
        "ព្យុះបានបោកបក់មកដល់កាលពីថ្ងៃទី១៤ ខែតុលា។ នៅថ្ងៃនោះ ក្រសួងរតនាគារអាមេរិកបានដាក់ទណ្ឌកម្មលើក្រុមហ៊ុន Golden Star Bank។",
        "km", "2024-11-20") if isinstance(f, MeasureFact)]
    assert m.date == "2024-10-14"


def test_what_would_follow_if_an_authority_acted_is_no_act() -> None:
    text = ("ប្រសិនបើសហភាពអឺរ៉ុបដាក់ឈ្មោះមន្ត្រីទាំងនេះក្នុងបញ្ជីខ្មៅ "
            "ទ្រព្យសម្បត្តិរបស់ពួកគេនៅអឺរ៉ុបនឹងត្រូវបង្កក។")
    assert not [f for f in extract_facts_from_text(text, "km", "2024-03-08") if isinstance(f, MeasureFact)]


def test_a_condition_on_the_other_side_leaves_the_threat() -> None:
    text = "ប្រសិនបើរដ្ឋាភិបាលមិនកែប្រែទិសដៅ សហភាពអឺរ៉ុបនឹងដាក់ទណ្ឌកម្មលើមន្ត្រីជាន់ខ្ពស់។"
    [m] = [f for f in extract_facts_from_text(text, "km", "2024-03-08") if isinstance(f, MeasureFact)]
    assert m.status == "threatened"


def test_a_court_named_after_the_passive_particle_is_the_agent() -> None:
    events = _events("លោក សុខ ពិសី ត្រូវជាប់ឃុំជិតប្រាំខែ មុននឹងត្រូវសាលាដំបូងរាជធានីភ្នំពេញប្រកាសថាមានពិរុទ្ធ "
                     "នៅថ្ងៃទី៣០ ខែឧសភា ឆ្នាំ២០២០។")
    actors = {p.name for e in events if e.kind == "conviction" for p in e.actors}
    assert actors == {"សាលាដំបូងរាជធានីភ្នំពេញ"}


def test_rejecting_an_appeal_does_not_negate_the_sentence_kept() -> None:
    events = _events("កាលពីថ្ងៃទី៧ ខែកុម្ភៈ តុលាការកំពូលបានច្រានចោលបណ្ដឹងសាទុក្ខរបស់លោក សុខ ពិសី ដោយរក្សាទោស ២ឆ្នាំ។")
    assert [e.negated for e in events if e.kind == "conviction"] == [False]


def test_upholding_that_sentence_befalls_the_one_sentenced_before() -> None:
    events = _events("កាលពីថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២២ សាលាដំបូងរាជធានីភ្នំពេញបានផ្ដន្ទាទោសលោក សុខ ពិសី "
                     "ឱ្យជាប់ពន្ធនាគារ ២ឆ្នាំ។ សាលាឧទ្ធរណ៍បានតម្កល់ទោសនោះនៅខែតុលា ឆ្នាំ២០២២ "
                     "ហើយកាលពីថ្ងៃទី៩ ខែមករា ឆ្នាំនេះ តុលាការកំពូលក៏បានច្រានចោលបណ្ដឹងសាទុក្ខរបស់លោក "
                     "ដោយរក្សាទោស ២ឆ្នាំដដែល។")
    convictions = sorted((e.date or "", {p.name for p in e.subjects}) for e in events if e.kind == "conviction")
    assert convictions == [("2022-03-04", {"សុខ ពិសី"}), ("2022-10", {"សុខ ពិសី"}), ("2024-01-09", {"សុខ ពិសី"})]


def test_who_orders_a_body_to_act_and_the_body_both_act() -> None:
    events = _events("កាលពីថ្ងៃទី៣ ខែមីនា លោកនាយករដ្ឋមន្ត្រី ចាន់ ធីតា បានបញ្ជាឱ្យក្រសួងព័ត៌មានលុបអាជ្ញាបណ្ណរបស់វិទ្យុឯករាជ្យមួយ។")
    actors = {p.name for e in events if e.kind == "media_closure" for p in e.actors}
    assert actors == {"ចាន់ ធីតា", "ក្រសួងព័ត៌មាន"}


def test_a_name_after_a_verb_that_orders_nothing_is_no_agent() -> None:
    events = _events("កាលពីថ្ងៃទី៣ ខែមីនា ប៉ូលិសបានជូនដំណឹងដល់ក្រសួងព័ត៌មានបិទវិទ្យុឯករាជ្យមួយ។")
    assert not {p.name for e in events if e.kind == "media_closure" for p in e.actors} & {"ក្រសួងព័ត៌មាន"}


def test_a_court_that_opens_the_clause_is_the_agent_of_its_later_verb() -> None:
    events = _events("កាលពីថ្ងៃទី៩ ខែមករា តុលាការកំពូលបានច្រានចោលបណ្ដឹងសាទុក្ខចុងក្រោយរបស់លោក ដោយរក្សាទោស ២ឆ្នាំ។")
    assert {p.name for e in events if e.kind == "conviction" for p in e.actors} == {"តុលាការកំពូល"}


def test_an_arrest_warrant_is_no_arrest() -> None:
    events = _events("កាលពីថ្ងៃទី៩ ខែមករា ប៉ូលិសបានចេញដីកាចាប់ខ្លួនបុរសពីរនាក់ទៀត។")
    assert not [e for e in events if e.kind == "arrest"]


def test_a_headline_country_and_the_body_of_that_country_tell_one_act() -> None:
    text = ("អាមេរិកដាក់ទណ្ឌកម្មលើលោក ចាន់ ធីតា។ ក្រសួងរតនាគារអាមេរិក កាលពីថ្ងៃទី៥ ខែមីនា "
            "បានដាក់ទណ្ឌកម្មលើលោក ចាន់ ធីតា ពីបទពុករលួយ។")
    measures = [f for f in extract_facts_from_text(text, "km", "2024-03-08") if isinstance(f, MeasureFact)]
    assert len(measures) == 1 and measures[0].issuer is not None
    assert measures[0].issuer.name != "United States" and measures[0].date == "2024-03-05"


def test_a_body_that_says_its_country_will_act_is_the_issuer() -> None:
    text = ("សេតវិមានបានចេញសេចក្តីថ្លែងការណ៍ថា ការបោះឆ្នោតនេះគ្មានយុត្តិធម៌ "
            "ហើយព្រមានថា អាមេរិកនឹងពិចារណាពង្រីកការរឹតត្បិតទិដ្ឋាការ។")
    [m] = [f for f in extract_facts_from_text(text, "km", "2024-03-08") if isinstance(f, MeasureFact)]
    assert m.status == "threatened" and m.issuer is not None and m.issuer.name == "White House"


def test_a_date_in_the_relative_clause_after_a_measure_dates_that_clause() -> None:
    text = ("សហភាពអឺរ៉ុបព្រមានថា នឹងពង្រីកការរឹតត្បិតទិដ្ឋាការ ដែលខ្លួនបានដាក់កាលពីថ្ងៃទី៦ ខែធ្នូ ឆ្នាំ២០២២។")
    threats = [f for f in extract_facts_from_text(text, "km", "2024-03-08")
               if isinstance(f, MeasureFact) and f.status == "threatened"]
    assert threats and all(m.date != "2022-12-06" for m in threats)

"""Khmer read without a parser: word order, the pack's particles and clause markers, on
sentences written for these tests (not from the seeds nor the dev corpus). Who imposes, who is
targeted (and who is only named beside a target), calls, anaphoric restatements, and Khmer
dates and datelines against the report's date."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text
from sanctionwatch.extract.temporal import find_dates
from sanctionwatch.sources.dateline import find_publication_date


def _measures(text: str, date: str | None = "2024-03-08") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, "km", date) if isinstance(f, MeasureFact)]


def _events(text: str, date: str | None = "2024-03-08") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "km", date) if isinstance(f, EventFact)]


def _names(parts) -> set[str]:
    return {p.name for p in parts}


def test_the_issuer_is_the_subject_before_the_predicate_not_the_country_it_acts_on() -> None:
    [m] = _measures("ក្រសួងការបរទេសអាមេរិកបានដកមីយ៉ាន់ម៉ាចេញពីបញ្ជីប្រទេសរងបម្រាមលក់អាវុធ "
                    "កាលពីថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២២។")
    assert (m.kind, m.status, m.date) == ("arms_embargo", "lifted", "2022-03-05")
    assert m.issuer is not None and m.issuer.name == "US Department of State"


def test_a_list_of_targets_after_the_particle_with_names_in_latin_letters() -> None:
    [m] = _measures("សហភាពអឺរ៉ុបបានដាក់ទណ្ឌកម្មលើក្រុមហ៊ុន Golden Star Bank និង Mekong Timber Co "
                    "ព្រមទាំងធនាគារ Delta Trust ដែលគេចោទថាជួយលាងប្រាក់។")
    assert m.status == "imposed" and m.issuer is not None and m.issuer.name == "European Union"
    assert _names(m.targets) == {"Golden Star Bank", "Mekong Timber Co", "Delta Trust"}


def test_the_person_a_target_advises_is_not_a_target() -> None:
    [m] = _measures("ក្រសួងរតនាគារអាមេរិកបានដាក់ទណ្ឌកម្មលើលោក ហេង សារិទ្ធ "
                    "ទីប្រឹក្សាផ្ទាល់របស់លោក ហ៊ុន សែន កាលពីថ្ងៃព្រហស្បតិ៍។")
    assert "ហេង សារិទ្ធ" in _names(m.targets)
    assert not any("ហ៊ុន សែន" in n for n in _names(m.targets))
    assert m.kind == "sdn_designation"  # the Treasury's sanctions are designations
    assert m.date == "2024-03-07"  # the Thursday before the report


def test_a_spokesman_calling_the_sanction_unfair_imposes_nothing() -> None:
    ms = _measures("លោក ផៃ ស៊ីផាន អ្នកនាំពាក្យរាជរដ្ឋាភិបាល បានចាត់ទុកទណ្ឌកម្មនេះថា "
                   "ជាការរំលោភលើអធិបតេយ្យជាតិ។")
    assert not any(m.issuer is not None and m.issuer.entity_hint == "Person" for m in ms)


def test_an_item_of_a_list_of_demands_is_a_call() -> None:
    text = "សហគមន៍របស់យើងសូមទាមទារ៖\n\n១) ឱ្យសហភាពអឺរ៉ុប បង្កកទ្រព្យសម្បត្តិរបស់មេបញ្ជាការទាំងនោះ។"
    ms = _measures(text)
    assert ms and all(m.status == "called_for" for m in ms)
    assert {m.issuer.name for m in ms if m.issuer} == {"European Union"}


def test_the_party_a_call_wants_restored_is_not_a_target() -> None:
    ms = _measures("អង្គការនេះបានស្នើឱ្យជប៉ុន ផ្អាកជំនួយសម្រាប់ការបោះឆ្នោត "
                   "លុះត្រាតែគណបក្សសង្គ្រោះជាតិត្រូវបានស្ដារឡើងវិញ។")
    assert ms and all(m.status == "called_for" for m in ms)
    assert not any("គណបក្សសង្គ្រោះជាតិ" in n for m in ms for n in _names(m.targets))


def test_meanwhile_is_no_future() -> None:
    [m] = _measures("ទន្ទឹមនឹងនោះ ស្ថានទូតអាមេរិកបានឈប់ចេញទិដ្ឋាការដល់មន្ត្រីជាន់ខ្ពស់ "
                    "ចាប់ពីថ្ងៃច័ន្ទ។", "2024-03-08")
    assert (m.kind, m.status) == ("visa_restriction", "imposed")
    assert m.date == "2024-03-04"


def test_what_the_issuer_will_do_is_announced_and_a_warning_is_a_threat() -> None:
    [a] = _measures("សហរដ្ឋអាមេរិកនឹងផ្អាកជំនួយដល់គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត។")
    assert (a.kind, a.status) == ("aid_suspension", "announced")
    [t] = _measures("សេតវិមានព្រមានថា នឹងចាត់វិធានការបន្ថែម ប្រសិនបើរដ្ឋាភិបាលមិនដោះលែងអ្នកទោស។")
    assert t.status == "threatened" and t.issuer is not None and t.issuer.name == "White House"


def test_not_recognising_is_the_measure_itself() -> None:
    [m] = _measures("សហភាពអឺរ៉ុបបានប្រកាសថា ខ្លួនមិនទទួលស្គាល់លទ្ធផលនៃការបោះឆ្នោតនោះទេ។")
    assert (m.kind, m.status) == ("non_recognition", "imposed")


def test_the_one_who_arrests_in_a_passive_is_no_victim() -> None:
    events = _events("សកម្មជនបរិស្ថាន ស៊ុន រដ្ឋា ត្រូវអាជ្ញាធរខេត្តកោះកុងចាប់ខ្លួនកាលពីថ្ងៃអង្គារ។")
    [arrest] = [e for e in events if e.kind == "arrest"]
    assert not any("អាជ្ញាធរ" in p.name for p in arrest.subjects)
    assert arrest.date == "2024-03-05"


def test_khmer_weekdays_against_the_report_date() -> None:
    def value(text: str, ref: str) -> str | None:
        [d] = find_dates(text, "km", ref)
        return d.value

    assert value("កាលពីថ្ងៃពុធម្សិលមិញ", "2024-03-07") == "2024-03-06"
    assert value("ចាប់ពីថ្ងៃច័ន្ទម្សិលម្ង៉ៃ", "2024-03-06") == "2024-03-04"
    assert value("នៅថ្ងៃសុក្រនេះ", "2024-03-05") == "2024-03-08"  # this week's Friday, still to come
    assert value("កាលពីថ្ងៃអង្គារសប្ដាហ៍មុន", "2024-03-08") == "2024-02-27"
    assert value("ថ្ងៃសៅរ៍ ទី២ ខែមីនា", "2024-03-08") == "2024-03-02"
    assert value("ថ្ងៃទី១០ ខែមករា ឆ្នាំនេះ", "2024-03-08") == "2024-01-10"
    assert not find_dates("ត្រូវជាប់ពន្ធនាគារ ១៨ខែ", "km", "2024-03-08")  # a length, not a date
    assert value("នឹងចូលជាធរមានចាប់ពីខែក្រោយ", "2024-12-08") == "2025-01"
    assert not find_dates("បីខែក្រោយមក", "km", "2024-03-08")  # three months after something else


def test_what_the_issuer_announces_it_will_do_is_announced() -> None:
    [m] = _measures("កាណាដាបានប្រកាសថា ខ្លួននឹងដាក់ទណ្ឌកម្មលើមេដឹកនាំយោធាមីយ៉ាន់ម៉ា ចាប់ពីខែក្រោយ។")
    assert (m.status, m.issuer.name if m.issuer else None, m.date) == ("announced", "Canada", "2024-04")


def test_khmer_datelines() -> None:
    assert find_publication_date("ចំណងជើង\n\nកំពង់ចាម៖ ថ្ងៃព្រហស្បតិ៍ ទី៧ ខែមីនា ឆ្នាំ២០២៤\n\nអត្ថបទ") == "2024-03-07"
    assert find_publication_date("ព័ត៌មានថ្មី · ថ្ងៃសុក្រ ទី៨ ខែមីនា ឆ្នាំ២០២៤ · 🌐 សាធារណៈ") == "2024-03-08"
    assert find_publication_date("ចុះផ្សាយ៖ ថ្ងៃច័ន្ទ ទី៤ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ៩:៣០ · ដោយ៖ ក្រុមការងារ") == "2024-03-04"
    assert find_publication_date("បាត់ដំបង ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤៖ ប៉ូលិសបានចាប់ខ្លួនបុរសម្នាក់។") == "2024-03-03"


def test_a_court_that_sentences_is_named_only_as_the_verbs_own_subject() -> None:
    events = _events("កាលពីថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៤ សាលាដំបូងខេត្តសៀមរាបបានផ្ដន្ទាទោសលោក សុខ ចាន់ណា "
                     "ឱ្យជាប់ពន្ធនាគារ ២ឆ្នាំ។")
    [conviction] = [e for e in events if e.kind == "conviction"]
    assert "សុខ ចាន់ណា" in _names(conviction.subjects)
    assert all("សុខ ចាន់ណា" not in p.name for p in conviction.actors)
    assert conviction.date == "2024-03-04"


def test_the_victim_of_a_killing_is_no_perpetrator_of_the_sentence() -> None:
    events = _events("តុលាការព្រហ្មទណ្ឌកាត់ទោសឃាតករលោក ជា វិចិត្រ ដាក់ពន្ធនាគារអស់មួយជីវិត")
    assert not any("ជា វិចិត្រ" in p.name for e in events for p in e.actors)


def test_a_denied_allegation_is_no_charge() -> None:
    events = _events("ក្រសួងបានច្រានចោលការចោទប្រកាន់ទាំងអស់ថា គ្មានមូលដ្ឋាន។")
    assert not any(e.kind == "charge" for e in events)


def test_she_is_not_read_as_the_man_named_before() -> None:
    text = ("លោក ហ៊ុន សែន បានថ្លែងនៅក្នុងពិធីមួយ។ "
            "អ្នកស្រីត្រូវចោទប្រកាន់ពីបទញុះញង់កាលពីថ្ងៃអង្គារ។")
    assert not any("ហ៊ុន សែន" in p.name for e in _events(text) for p in e.subjects)


def test_the_restrictions_a_relative_clause_says_were_imposed_are_a_measure_of_their_own() -> None:
    ms = _measures("សហភាពអឺរ៉ុបព្រមានថា នឹងពង្រីកការរឹតត្បិតទិដ្ឋាការ ដែលប្រ៊ុចសែលបានដាក់កាលពីថ្ងៃទី១២ "
                   "ខែមិថុនា ឆ្នាំ២០២០ លើមន្ត្រីយោធា។")
    statuses = {m.status: m for m in ms}
    assert {"threatened", "imposed"} <= set(statuses)
    assert statuses["imposed"].date == "2020-06-12" and statuses["threatened"].date != "2020-06-12"


def test_legal_action_and_an_apology_are_no_sanctions_and_no_call() -> None:
    ms = _measures("លោករដ្ឋមន្ត្រីបានព្រមានថា នឹងចាត់វិធានការផ្លូវច្បាប់ ប្រសិនបើកាសែតនោះមិនសុំទោស។")
    assert not ms


def test_a_minister_acts_for_the_ministry_his_title_names() -> None:
    [m] = _measures("រដ្ឋមន្ត្រីការបរទេសអាមេរិក លោក John Carter បានសម្រេចលើកលែងបម្រាមលក់អាវុធលើប្រទេសឡាវ។")
    assert m.status == "lifted" and m.issuer is not None and m.issuer.name == "US Department of State"


def test_a_country_that_qualifies_a_noun_is_no_victim() -> None:
    events = _events("ក្រុមបោកប្រាស់បានឃុំឃាំងពលរដ្ឋថៃ និងធ្វើទារុណកម្មនិស្សិតវៀតណាមម្នាក់។")
    assert not any(p.entity_hint == "Country" or p.name in ("ថៃ", "វៀតណាម") for e in events for p in e.subjects)


def test_the_speaker_after_an_event_is_not_its_victim() -> None:
    events = _events("ក្រោយឃាតកម្មភ្លាមៗ លោក សួន ច័ន្ទតារា អ្នកនាំពាក្យនគរបាល បានថ្លែងថា ករណីនេះកំពុងស៊ើបអង្កេត។")
    assert not any("សួន ច័ន្ទតារា" in p.name for e in events for p in e.subjects)


def test_sentenced_to_prison_jails_the_one_sentenced_not_the_court() -> None:
    events = _events("តុលាការខេត្តកណ្ដាលបានផ្ដន្ទាទោសលោក កែវ សុផល ឱ្យជាប់ពន្ធនាគារ ៣ឆ្នាំ។")
    for e in events:
        assert not any("តុលាការ" in p.name for p in e.subjects)
    assert any("កែវ សុផល" in p.name for e in events if e.kind == "conviction" for p in e.subjects)


def test_she_named_in_the_same_sentence_is_who_is_pardoned() -> None:
    events = _events("អ្នកស្រី ចាន់ ស្រីមុំ ត្រូវបានដោះលែង បន្ទាប់ពីព្រះមហាក្សត្របានចេញព្រះរាជក្រឹត្យលើកលែងទោសជូនអ្នកស្រី។")
    [pardon] = [e for e in events if e.kind == "pardon"]
    assert _names(pardon.subjects) == {"ចាន់ ស្រីមុំ"}


def test_closing_a_radio_names_the_radio_even_when_the_trigger_ends_inside_its_name() -> None:
    events = _events("ការបិទការិយាល័យវិទ្យុអាស៊ីសេរីនៅសៀមរាប កាលពីខែមុន ធ្វើឡើងដោយគ្មានការព្រមាន។")
    closures = [e for e in events if e.kind == "media_closure"]
    assert closures and any("វិទ្យុអាស៊ីសេរី" in p.name for e in closures for p in e.subjects)


def test_a_call_dated_by_nothing_is_made_on_the_report_date() -> None:
    [m] = _measures("សមាគមនេះបានអំពាវនាវឱ្យសហភាពអឺរ៉ុបដាក់ទណ្ឌកម្មលើលោក ហេង សារិទ្ធ។", "2024-03-08")
    assert (m.status, m.date) == ("called_for", "2024-03-08")


def test_a_country_and_its_government_are_one_issuer() -> None:
    ms = _measures("ម៉ាឡេស៊ីដាក់ទណ្ឌកម្មលើឧត្តមសេនីយ៍មីយ៉ាន់ម៉ា\n\n"
                   "រដ្ឋាភិបាលម៉ាឡេស៊ី កាលពីថ្ងៃព្រហស្បតិ៍ បានប្រកាសដាក់ទណ្ឌកម្មលើមេដឹកនាំយោធាមីយ៉ាន់ម៉ា។")
    assert {m.issuer.name for m in ms if m.issuer} == {"Malaysia"}
    assert len(ms) == 1 and ms[0].date == "2024-03-07"


def test_a_parliament_asks_the_commission_named_by_the_knowledge_base() -> None:
    [m] = _measures("សភាអឺរ៉ុបបានអនុម័តសេចក្តីសម្រេចមួយ ដែលស្នើឱ្យគណៈកម្មការអឺរ៉ុបដកប្រព័ន្ធអនុគ្រោះពន្ធ EBA ពីឡាវ។")
    assert (m.kind, m.status) == ("trade_preference_withdrawal", "called_for")
    assert m.issuer is not None and m.issuer.name == "European Commission"
    assert _names(m.callers) == {"European Parliament"}


def test_a_company_sanctioned_in_the_passive_is_the_target() -> None:
    [m] = _measures("ក្រុមហ៊ុន Apex Holdings ត្រូវបានក្រសួងរតនាគារអាមេរិកដាក់ទណ្ឌកម្មកាលពីថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤។")
    assert (m.kind, m.status, m.date) == ("sdn_designation", "imposed", "2024-03-03")
    assert _names(m.targets) == {"Apex Holdings"}

"""Khmer measure dates and targets read from the sentences around a measure (own sentences,
other countries and names than the dev corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, date: str = "2022-06-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, "km", date) if isinstance(f, MeasureFact)]


def test_a_sentence_naming_only_a_day_dates_the_measure_told_next():
    # "That threat came true last Thursday. The Canadian foreign minister announced that the
    # entry ban was extended to officials responsible for the repression."
    text = ("ការគំរាមនោះបានក្លាយជាការពិតកាលពីថ្ងៃព្រហស្បតិ៍សប្តាហ៍មុន។ "
            "រដ្ឋមន្ត្រីការបរទេសកាណាដា បានប្រកាសថា ការហាមឃាត់មិនឱ្យចូលទឹកដីកាណាដាត្រូវបានពង្រីកទៅលើ"
            "មន្ត្រីដែលទទួលខុសត្រូវចំពោះការបង្ក្រាប។")
    got = [f for f in _measures(text) if f.kind == "visa_restriction"]
    assert got and got[0].date == "2022-06-09"


def test_a_day_sentence_that_tells_another_act_dates_no_measure():
    # "Last Thursday police arrested three students. The entry ban was extended …": the day is
    # the arrest's, the measure's sentence gives none
    text = ("កាលពីថ្ងៃព្រហស្បតិ៍សប្តាហ៍មុន ប៉ូលិសបានចាប់ខ្លួននិស្សិតបីនាក់។ "
            "ការហាមឃាត់មិនឱ្យចូលទឹកដីកាណាដាត្រូវបានពង្រីកទៅលើមន្ត្រីដែលទទួលខុសត្រូវ។")
    assert all(f.date != "2022-06-09" for f in _measures(text))


def test_a_day_sentence_far_before_the_measure_does_not_date_it():
    text = ("ការគំរាមនោះបានក្លាយជាការពិតកាលពីថ្ងៃព្រហស្បតិ៍សប្តាហ៍មុន។ "
            "អ្នកនាំពាក្យរដ្ឋាភិបាលបានច្រានចោលការរិះគន់ទាំងនេះ។ "
            "ការហាមឃាត់មិនឱ្យចូលទឹកដីកាណាដាត្រូវបានពង្រីកទៅលើមន្ត្រីដែលទទួលខុសត្រូវ។")
    assert all(f.date != "2022-06-09" for f in _measures(text))


def _targets(text: str) -> set[str]:
    return {p.name for f in _measures(text) for p in f.targets if not p.is_class}


def test_officials_of_a_body_name_the_body():
    # "The US embassy stopped issuing visas to officials of the Ministry of Interior"
    assert "ក្រសួងមហាផ្ទៃ" in _targets("ស្ថានទូតអាមេរិកបានឈប់ចេញទិដ្ឋាការដល់មន្ត្រីក្រសួងមហាផ្ទៃ កាលពីថ្ងៃច័ន្ទ។")
    # "Canada sanctioned staff of the company Red Mining"
    assert "Red Mining" in _targets("កាណាដាបានដាក់ទណ្ឌកម្មលើបុគ្គលិកក្រុមហ៊ុន Red Mining កាលពីថ្ងៃច័ន្ទ។")


def test_whom_a_target_serves_or_is_married_to_is_no_target():
    # "sanctions on the adviser of Mr X", "on the wife of Mr Y": X and Y own the noun only
    assert not _targets("អាមេរិកបានដាក់ទណ្ឌកម្មលើទីប្រឹក្សារបស់លោក ហ៊ុន សែន កាលពីថ្ងៃច័ន្ទ។")
    assert "Viktor Orlov" not in _targets("អាមេរិកបានដាក់ទណ្ឌកម្មលើភរិយារបស់លោក Viktor Orlov កាលពីថ្ងៃច័ន្ទ។")
    assert "Orlov Holdings" in _targets("អាមេរិកបានដាក់ទណ្ឌកម្មលើក្រុមហ៊ុន Orlov Holdings កាលពីថ្ងៃច័ន្ទ។")


def test_the_organisation_targets_are_part_of_is_a_target():
    # "The Treasury sanctioned 30 targets which it regards as part of the criminal group X"
    text = ("ក្រសួងរតនាគារអាមេរិកបានដាក់ទណ្ឌកម្មលើគោលដៅ ៣០ ដែលខ្លួនចាត់ទុកថាជាផ្នែកនៃក្រុមឧក្រិដ្ឋកម្ម "
            "Golden Lotus Network កាលពីថ្ងៃច័ន្ទ។")
    assert "Golden Lotus Network" in _targets(text)


def test_a_group_named_in_another_clause_is_not_what_targets_are_part_of():
    # "… on 30 people whom the police say attacked members of the party X": X is no target
    text = ("ក្រសួងរតនាគារអាមេរិកបានដាក់ទណ្ឌកម្មលើបុគ្គល ៣០នាក់ ដែលប៉ូលិសថាបានវាយប្រហារសមាជិកគណបក្ស "
            "Freedom Alliance កាលពីថ្ងៃច័ន្ទ។")
    assert "Freedom Alliance" not in _targets(text)


def test_a_man_the_issuer_itself_charged_may_be_listed():
    # the list after the measure names A; the issuer's own prosecutors charged A (he is accused,
    # no victim); the victim of the list's item stays out
    text = ("ជប៉ុនបានដាក់ទណ្ឌកម្មលើបុគ្គលប្រាំនាក់ កាលពីថ្ងៃទី៩ ខែមិថុនា ឆ្នាំ២០២២។ "
            "បញ្ជីរបស់តូក្យូរួមមាន អ្នកឧកញ៉ា Marcus Vell ប្រធានក្រុមហ៊ុន Vell Gaming "
            "និងជាទីប្រឹក្សារបស់ លោក Pedro Alves។ "
            "អាជ្ញាធរជប៉ុនបានចោទប្រកាន់ Marcus Vell ពីបទលាងប្រាក់។")
    got = {p.name for f in _measures(text) if f.status == "imposed" for p in f.targets}
    assert "Marcus Vell" in got
    assert "Pedro Alves" not in got


def test_what_one_sentence_announces_and_threatens_is_that_days_news():
    # "In a statement on Thursday the Foreign Office voiced concern. As a first step Britain will
    # suspend its aid to the electoral body, and London warned it would take further measures."
    text = ("ក្នុងសេចក្តីថ្លែងការណ៍មួយកាលពីថ្ងៃព្រហស្បតិ៍ ក្រសួងការបរទេសអង់គ្លេសបានសម្ដែងការព្រួយបារម្ភ។ "
            "ជាជំហានដំបូង ចក្រភពអង់គ្លេសនឹងផ្អាកជំនួយដល់គណៈកម្មការរៀបចំការបោះឆ្នោត "
            "ហើយក្រសួងការបរទេសអង់គ្លេសព្រមានថា នឹងចាត់វិធានការបន្ថែមទៀត។")
    got = {(f.status, f.date) for f in _measures(text)}
    assert ("threatened", "2022-06-09") in got


def test_that_very_election_day_is_the_day_the_sentence_before_wrote():
    # "… three weeks after the election of 5 May. On that election day itself, the EU warned it
    # would consider travel bans."
    text = ("ការដោះលែងនេះកើតឡើងបីសប្តាហ៍ក្រោយការបោះឆ្នោតថ្ងៃទី៥ ខែឧសភា ដែលគណបក្សកាន់អំណាចឈ្នះ។ "
            "នៅថ្ងៃបោះឆ្នោតនោះផ្ទាល់ សហភាពអឺរ៉ុបបានព្រមានថា ខ្លួននឹងពិចារណាហាមឃាត់ការធ្វើដំណើរ។")
    got = [f for f in _measures(text) if f.status == "threatened"]
    assert got and got[0].date == "2022-05-05"


def test_the_same_act_told_again_with_its_day_dates_it():
    # "Japan formally lifted its ban on arms sales to Laos. According to a notice published on
    # Tuesday 7 June, the foreign minister decided to lift this ban."
    text = ("ជប៉ុនបានដកចេញជាផ្លូវការនូវបម្រាមលើពាណិជ្ជកម្មសព្វាវុធជាមួយឡាវ។ "
            "យោងតាមសេចក្តីជូនដំណឹងមួយដែលចេញផ្សាយកាលពីថ្ងៃអង្គារ ទី៧ ខែមិថុនា "
            "រដ្ឋមន្ត្រីការបរទេសជប៉ុនបានសម្រេចលើកលែងបម្រាមនេះ។")
    got = [f for f in _measures(text) if f.status == "lifted"]
    assert len(got) == 1 and got[0].date == "2022-06-07"


def test_a_freed_prisoner_named_in_the_list_sentence_is_no_target():
    # "Canada sanctioned four officials on 5 March 2023. Activist A was freed last month. The
    # list includes judge B, who had sentenced activist A": A stays out
    text = ("កាណាដាបានដាក់ទណ្ឌកម្មលើមន្ត្រីបួនរូប កាលពីថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៣។ "
            "សកម្មជន លោក Tomas Rehak ត្រូវបានដោះលែងកាលពីខែមុន។ "
            "បញ្ជីនោះរួមមាន ចៅក្រម លោក Ivan Petrenko ដែលបានផ្ដន្ទាទោស លោក Tomas Rehak។")
    got = {p.name for f in _measures(text, "2023-03-10") for p in f.targets}
    assert "Tomas Rehak" not in got

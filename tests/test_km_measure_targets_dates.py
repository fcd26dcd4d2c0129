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

"""Khmer verdicts, on sentences written for this test (people and places outside the dev corpus):

- « ផ្ដន្ទាទោស X ឱ្យជាប់ពន្ធនាគារ ២ឆ្នាំ » (sentenced X to two years in prison): the prison term
  is the conviction's content, not a detention of its own on the day of the verdict;
- a killing named as the charge (« ពីបទមនុស្សឃាតលើលោក Y ») is the killing the report told
  with its own date: one killing, the convicted man its alleged perpetrator, never a second
  killing on the day of the verdict; the convicted killer is never a victim.
"""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, "km", "2023-10-01") if isinstance(f, EventFact)]


def test_a_prison_term_is_the_convictions_content() -> None:
    events = _events("នៅថ្ងៃទី១២ ខែមិថុនា ឆ្នាំ២០២៣ សាលាដំបូងខេត្តកំពត បានផ្ដន្ទាទោសសកម្មជនដីធ្លី "
                     "លោក ម៉ៅ សុផល ឱ្យជាប់ពន្ធនាគារ ២ឆ្នាំ ពីបទញុះញង់។")
    convictions = [e for e in events if e.kind == "conviction"]
    assert convictions and any("ម៉ៅ សុផល" in {p.name for p in e.subjects} for e in convictions)
    assert not [e for e in events if e.kind == "detention"]


def test_a_detention_without_a_verdict_stays() -> None:
    events = _events("ប៉ូលិសបានចាប់ខ្លួនលោក ម៉ៅ សុផល ហើយដាក់ឃុំខ្លួនបណ្ដោះអាសន្ន។")
    assert any(e.kind in ("arrest", "detention") for e in events)


def test_a_killing_named_as_the_charge_is_the_killing_told() -> None:
    events = _events("លោក សុខ ដារ៉ា ត្រូវបានខ្មាន់កាំភ្លើងបាញ់សម្លាប់នៅថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២២ នៅខេត្តតាកែវ។ "
                     "នៅថ្ងៃទី៩ ខែកញ្ញា ឆ្នាំ២០២៣ សាលាដំបូងខេត្តតាកែវបានផ្ដន្ទាទោសបុរសម្នាក់ឈ្មោះ ជា វណ្ណៈ "
                     "ឱ្យជាប់ពន្ធនាគារ ២០ឆ្នាំ ពីបទមនុស្សឃាតលើលោក សុខ ដារ៉ា។")
    killings = [e for e in events if e.kind == "killing"]
    assert len(killings) == 1
    assert killings[0].date == "2022-03-05"
    assert {p.name for p in killings[0].subjects} == {"សុខ ដារ៉ា"}
    assert {(p.name, p.role) for p in killings[0].actors} == {("ជា វណ្ណៈ", "perpetrator")}
    # the convicted killer underwent no coercive act
    assert not any(p.name == "ជា វណ្ណៈ" and p.role == "victim" for e in events for p in e.subjects)
    assert not [e for e in events if e.kind == "detention"]


def test_this_radio_is_the_radio_named_before() -> None:
    text = ("វិទ្យុសំឡេងកសិករ បានបញ្ឈប់ការផ្សាយកាលពីថ្ងៃច័ន្ទ។ "
            "អភិបាលខេត្តបានព្រមានថា អាជ្ញាធរត្រៀមប្ដឹងទៅតុលាការ ប្រសិនបើវិទ្យុនេះមិនព្រមលុបអត្ថបទនោះ។")
    charges = [e for e in _events(text) if e.kind == "charge"]
    assert charges
    names = {p.name for e in charges for p in e.subjects}
    assert any(n.startswith("វិទ្យុ") for n in names)
    assert all(p.role == "victim" for e in charges for p in e.subjects)
    assert not any(p.role == "perpetrator" and p.name.startswith("វិទ្យុ") for e in charges for p in e.actors)


def test_a_time_word_with_a_demonstrative_refers_to_no_body() -> None:
    text = ("វិទ្យុសំឡេងកសិករ បានបញ្ឈប់ការផ្សាយកាលពីថ្ងៃច័ន្ទ។ "
            "អាជ្ញាធរត្រៀមប្ដឹងទៅតុលាការនៅថ្ងៃនេះ។")
    charges = [e for e in _events(text) if e.kind == "charge"]
    assert not any(p.name.startswith("វិទ្យុ") for e in charges for p in e.subjects)

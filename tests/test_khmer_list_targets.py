"""Khmer measure targets named in a later sentence about the list, and Khmer organisations named
by a capital that acts, a Latin acronym or a bare government word. Sentences of our own (other
countries than the dev corpus): the list's items are its heads, never whom an item serves."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.extract.khmer_names import find_khmer_names


def _targets(text: str, date: str = "2023-03-10") -> set[str]:
    return {p.name for f in extract_facts_from_text(text, "km", date) if isinstance(f, MeasureFact)
            and f.status == "imposed" for p in f.targets}


def _orgs(text: str) -> set[str]:
    return {k.text for k in find_khmer_names(text) if k.label == "ORG"}


def test_list_sentence_after_the_measure_names_its_targets():
    text = ("សហភាពអឺរ៉ុបបានដាក់ទណ្ឌកម្មលើមន្ត្រីនីការ៉ាហ្គាចំនួនប្រាំមួយរូប កាលពីថ្ងៃទី៩ ខែមីនា ឆ្នាំ២០២៣។ "
            "បញ្ជីនោះរួមមាន លោក Gustavo Porras និងក្រុមហ៊ុន Albanisa។")
    got = _targets(text)
    assert {"Gustavo Porras", "Albanisa"} <= got


def test_among_them_names_a_target():
    text = ("ក្រសួងរតនាគារអាមេរិកបានដាក់ទណ្ឌកម្មលើចៅក្រមអ៊ីរ៉ង់ចំនួនបីរូប កាលពីថ្ងៃទី៨ ខែមីនា ឆ្នាំ២០២៣។ "
            "ក្នុងចំណោមនោះ មាន លោក Abolqasem Salavati ដែលជាចៅក្រមតុលាការបដិវត្តន៍។")
    assert "Abolqasem Salavati" in _targets(text)


def test_whom_a_listed_person_serves_is_no_target():
    text = ("ចក្រភពអង់គ្លេសបានបង្កកទ្រព្យរបស់ឧកញ៉ាបីរូប កាលពីថ្ងៃទី៧ ខែមីនា ឆ្នាំ២០២៣។ "
            "បញ្ជីរបស់ឡុងដ៍រួមមាន អ្នកឧកញ៉ា Viktor Belov ប្រធានក្រុមហ៊ុន Belov Holdings និងជាទីប្រឹក្សារបស់ "
            "លោក Igor Sechin និងលោក Sergei Lavrov, ក្រុមហ៊ុន Polar Trade។")
    got = _targets(text)
    assert {"Viktor Belov", "Polar Trade"} <= got
    assert not got & {"Igor Sechin", "Sergei Lavrov", "Belov Holdings"}


def test_a_body_in_a_listed_persons_title_is_not_listed():
    text = ("សហភាពអឺរ៉ុបបានដាក់ទណ្ឌកម្មលើមន្ត្រីស៊ីរីចំនួនប្រាំរូប កាលពីថ្ងៃទី៦ ខែមីនា ឆ្នាំ២០២៣។ "
            "បញ្ជីនោះរួមមាន រដ្ឋមន្ត្រីក្រសួងមហាផ្ទៃ លោក Mohammad Rahmoun។")
    got = _targets(text)
    assert "Mohammad Rahmoun" in got
    assert "ក្រសួងមហាផ្ទៃ" not in got


def test_a_victim_in_the_list_sentence_is_no_target():
    text = ("កាណាដាបានដាក់ទណ្ឌកម្មលើមន្ត្រីបេឡារុសចំនួនបួនរូប កាលពីថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៣។ "
            "ក្នុងចំណោមនោះ មានចៅក្រម លោក Viktor Kozlov ដែលបានផ្ដន្ទាទោស លោក Ales Bialiatski ឱ្យជាប់ពន្ធនាគារ ១០ឆ្នាំ។")
    got = _targets(text)
    assert "Ales Bialiatski" not in got


def test_capitals_that_act_are_organisations_places_are_not():
    assert "ឡុងដ៍" in _orgs("ឡុងដ៍បានប្រកាសបង្កកទ្រព្យរបស់ធនាគារពីរ។")
    both = _orgs("កាលពីម្សិលមិញ តូក្យូ និងអូតាវ៉ាបានដាក់ទណ្ឌកម្មលើមេដឹកនាំយោធា។")
    assert {"តូក្យូ", "អូតាវ៉ា"} <= both
    assert "ឡុងដ៍" not in _orgs("លោកបានស្នាក់នៅក្នុងទីក្រុងឡុងដ៍អស់រយៈពេលពីរឆ្នាំ។")


def test_known_acronyms_inside_khmer_text():
    assert "OFAC" in _orgs("យោងតាមការិយាល័យ OFAC ទ្រព្យរបស់ក្រុមហ៊ុននេះត្រូវបានបង្កក។")
    assert {"HRW", "RFA"} <= _orgs("អង្គការ HRW និង RFA បានរាយការណ៍ពីការចាប់ខ្លួននេះ។")
    assert not _orgs("គាត់បានស្នើសុំទិដ្ឋាការប្រភេទ B1/B2 កាលពីឆ្នាំមុន។")


def test_bare_government_word_stands_free_but_not_as_a_complement():
    assert "រាជរដ្ឋាភិបាល" in _orgs("រាជរដ្ឋាភិបាលបានច្រានចោលរបាយការណ៍នេះ។")
    assert "រដ្ឋាភិបាល" in _orgs("អង្គការនេះបានរិះគន់ការបង្ក្រាបរបស់រដ្ឋាភិបាល។")
    assert "រាជរដ្ឋាភិបាល" not in _orgs("អ្នកនាំពាក្យរាជរដ្ឋាភិបាល បានថ្លែងថា ករណីនេះគ្មានមូលដ្ឋាន។")


def test_among_them_after_another_act_names_that_acts_people():
    text = ("អូស្ត្រាលីបានដាក់ទណ្ឌកម្មលើមន្ត្រីអ៊ីរ៉ង់ចំនួនបីរូប កាលពីថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៣។ "
            "កាលពីខែមុន ប៉ូលិសបានចាប់ខ្លួនអ្នកសារព័ត៌មាន ១២នាក់។ ក្នុងចំណោមនោះ មាន អ្នកស្រី Niloofar Hamedi។")
    assert "Niloofar Hamedi" not in _targets(text)



def test_a_capital_owning_a_list_is_its_government_a_country_owning_citizens_is_not():
    assert "សេអ៊ូល" in _orgs("បញ្ជីរបស់សេអ៊ូលរួមមានក្រុមហ៊ុនប្រាំពីរ។")
    assert not _orgs("ពលរដ្ឋរបស់កម្ពុជាជាច្រើននាក់បានធ្វើដំណើរ។")
    assert "រាជរដ្ឋាភិបាល" in _orgs("អង្គការនេះបានស្វាគមន៍ ហើយរាជរដ្ឋាភិបាលមិនបានឆ្លើយតបទេ។")

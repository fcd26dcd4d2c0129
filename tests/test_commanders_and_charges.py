"""Perpetrators named by command ("under his command"), after an agent particle and a title
(ដោយលោក X), and by the charge a court tries them on in a language read by word order
(sentences written for these tests)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str) -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, "2024-02-01") if isinstance(f, EventFact)]


def _actors(text: str, lang: str) -> dict[str, str]:
    return {p.name: p.role for f in _events(text, lang) for p in f.actors}


def _subjects(text: str, lang: str) -> dict[str, str]:
    return {p.name: p.role for f in _events(text, lang) for p in f.subjects}


def test_his_command_names_the_commander_of_the_previous_sentence() -> None:
    text = ("Colonel Ivan Petrov took over the brigade in 2022. "
            "Troops under his command executed residents of the town.")
    actors = _actors(text, "en")
    assert actors.get("Ivan Petrov") == "perpetrator"
    assert "Ivan Petrov" not in _subjects(text, "en")


def test_son_commandement_in_french() -> None:
    text = ("L'Union européenne a sanctionné le général Arturo Quintero. "
            "Les soldats placés sous son commandement ont ouvert le feu sur la foule.")
    actors = _actors(text, "fr")
    assert actors.get("Arturo Quintero") == "perpetrator"
    assert "Union européenne" not in actors


def test_a_possessive_of_something_else_names_no_one() -> None:
    # "her editorship" is no command: the victim of the first sentence stays only a victim
    text = "The reporter Anna Lind was beaten in March. Under her editorship the paper survived."
    assert "Anna Lind" not in _actors(text, "en")


def test_khmer_agent_after_by_and_a_title() -> None:
    text = "សកម្មជន ម៉ម ច័ន្ទ ត្រូវបានវាយដំដោយលោក ហេង សុខា នៅភ្នំពេញ។"
    assert _actors(text, "km").get("ហេង សុខា") == "perpetrator"
    assert _subjects(text, "km").get("ម៉ម ច័ន្ទ") == "victim"


def test_khmer_commander_after_the_act_and_a_title() -> None:
    text = "ប៉ូលិសបានចាប់ខ្លួនសកម្មជន ម៉ម ច័ន្ទ តាមបញ្ជារបស់លោក ហេង សុខា។"
    actors = _actors(text, "km")
    assert actors.get("ហេង សុខា") == "perpetrator"
    assert actors.get("ប៉ូលិស") == "perpetrator"


def test_khmer_killing_charged_to_the_accused() -> None:
    text = ("តុលាការព្រហ្មទណ្ឌក្រុងបាងកក បានផ្ដន្ទាទោសបុរសម្នាក់ឈ្មោះ Somchai Wong "
            "ឱ្យជាប់ពន្ធនាគារអស់មួយជីវិត ពីបទមនុស្សឃាតលើលោក លឹម សុភាព។")
    killings = [f for f in _events(text, "km") if f.kind == "killing"]
    assert killings
    assert {p.name: p.role for p in killings[0].actors} == {"Somchai Wong": "perpetrator"}
    assert {p.name for p in killings[0].subjects} == {"លឹម សុភាព"}
    # the court that convicts is no perpetrator of the killing
    assert all("តុលាការ" not in p.name for p in killings[0].actors)


def test_firing_on_a_crowd_is_repression_by_who_fired() -> None:
    assert _actors("Les militaires ont ouvert le feu sur la foule samedi.", "fr").get("militaires") == "perpetrator"
    assert _actors("ទាហានបានបាញ់ទៅលើពលរដ្ឋ នៅខេត្តឧត្តរមានជ័យ។", "km").get("ទាហាន") == "perpetrator"
    # a ceasefire is no shooting
    assert not _events("កិច្ចព្រមព្រៀងបទឈប់បាញ់រវាងប្រទេសទាំងពីរ ត្រូវបានចុះហត្ថលេខា។", "km")

"""Extraction of people and organisations on sentences of the kind the seeds contain."""

from __future__ import annotations

from sanctionwatch.clean.document import clean_document
from sanctionwatch.extract.khmer_names import find_khmer_names
from sanctionwatch.extract.mentions import extract_document
from sanctionwatch.extract.name_lists import find_listed_names
from sanctionwatch.sources.read import RawDocument


def _people(text: str) -> list[str]:
    raw = RawDocument("doc-test", "t.txt", "text/plain", "utf-8", "", None, text, len(text))
    doc, _ = clean_document(raw)
    return [m.name for m in extract_document(doc).mentions if m.label == "PER"]


def test_sentence_end_is_not_a_senator() -> None:
    people = _people("Cambodia claimed he had conspired to overthrow Hun Sen. Sokha and the United States "
                     "deny the charges. Kem Sokha remains in detention.")
    assert "Hun Sen" in people and "Kem Sokha" in people
    assert not any(p.startswith("Sen") for p in people)


def test_capitalised_family_names_and_titles() -> None:
    people = _people("Le Parlement européen condamne l'arrestation de KEM Sokha par le régime de HUN Sen. "
                     "Prime Minister Hun Sen met Mr. Sam Rainsy's lawyers on Tuesday.")
    assert {"KEM Sokha", "HUN Sen", "Hun Sen", "Sam Rainsy"} <= set(people)
    assert not [p for p in people if p.startswith(("Mr", "Prime"))]


def test_no_dates_places_or_headline_words_as_people() -> None:
    people = _people("Threats\n\nCalls grow for sanctions as Phnom Penh marks 29 July 2018 election.\n\n"
                     "Washington, DC December 6, 2017")
    assert people == []


def test_khmer_names_glued_to_honorifics_and_neighbours() -> None:
    text = "ដោះលែងលោកកឹម-សុខាជាបន្ទាន់។ លោកនាយករដ្ឋមន្ត្រីហ៊ុន-សែនបានប្រកាស។ លោក Tillerson"
    found = {k.name: k for k in find_khmer_names(text)}
    assert {"កឹម-សុខា", "ហ៊ុន-សែន", "Tillerson"} <= set(found)
    assert all("ជាបន្ទាន់" not in n and "បាន" not in n for n in found)


def test_khmer_name_outside_gazetteer_from_honorific_and_family_name() -> None:
    found = [k.name for k in find_khmer_names("លោកអ៊ុក រ៉ាប៊ុន បានប្រាប់អ្នកសារព័ត៌មាន")]
    assert found == ["អ៊ុក រ៉ាប៊ុន"]
    assert find_khmer_names("ជា​ការ​ពិត") == []  # a family name without an honorific is a word


def test_case_file_list() -> None:
    line = ("IPU 3KHM27 – Chan Cheng KHM76 – Ky Wandara KHM48 – Mu Sochua (Ms.) KHM77 – Lath Littay "
            "KHM49 – Keo Phirum KHM78 – Lim Bun Sidareth KHM50 – Ho Van")
    assert [n.name for n in find_listed_names(line)] == [
        "Chan Cheng", "Ky Wandara", "Mu Sochua", "Lath Littay", "Keo Phirum", "Lim Bun Sidareth", "Ho Van"]
    assert find_listed_names("The minister – who spoke on Tuesday – denied it.") == []


def test_khmer_title_without_honorific_introduces_a_name() -> None:
    found = [k.name for k in find_khmer_names("រដ្ឋមន្ត្រី អ៊ុក រ៉ាប៊ុន បានថ្លែងថា")]
    assert found == ["អ៊ុក រ៉ាប៊ុន"]
    assert find_khmer_names("មន្ត្រីកម្ពុជា និងគ្រួសារ") == []  # "Cambodian officials and families"


def test_photo_credits_name_people() -> None:
    from sanctionwatch.extract.credits import find_credits

    assert [c.name for c in find_credits("ឆ្នាំ២០១៧។ (AP Photo/Heng Sinith)")] == ["Heng Sinith"]
    assert [c.name for c in find_credits("a visit. / AFP PHOTO / TANG CHHIN SOTHY")] == ["TANG CHHIN SOTHY"]
    assert [c.name for c in find_credits("ប្រទេសកម្ពុជា។ (ទុំ ម្លិះ/VOA)")] == ["ទុំ ម្លិះ"]
    assert find_credits("Photo published for U.S. renews call for Cambodia") == []


def test_given_name_left_out_by_ner_is_recovered() -> None:
    people = _people("Arend Swartjes, a US Embassy spokesman, declined to comment further on the meeting.")
    assert "Arend Swartjes" in people
    people = _people("The Minister said Swartjes, who spoke for the embassy, had left; Arend Swartjes agreed.")
    assert "The Swartjes" not in people and "Minister Swartjes" not in people


def test_software_names_are_not_people() -> None:
    """Seed 003 lists secure apps; NER tags `Jitsi Meet` and `Lotus Messenger` as PERSON."""
    from sanctionwatch.extract.names import plausible_person

    assert not plausible_person("Jitsi Meet")
    assert not plausible_person("Lotus Messenger")
    assert plausible_person("Kem Sokha")
    assert plausible_person("Mark Field")


def test_lone_surname_after_a_role_word_is_a_person(tmp_path) -> None:  # noqa: ANN001
    """`CIA chief Pompeo` names a person though no full name is written; a Title Case headline
    (`Ambassador Calls on Cambodia`) does not."""
    from sanctionwatch.clean.document import clean_document
    from sanctionwatch.extract.mentions import extract_documents
    from sanctionwatch.sources import read_source

    path = tmp_path / "a.txt"
    path.write_text(
        "Trump fires top diplomat, will replace him as secretary of state with CIA chief Pompeo.\n\n"
        "Outgoing US Ambassador Calls on Cambodia to Mend Damaged Relations\n",
        encoding="utf-8",
    )
    doc, _ = clean_document(read_source(path))
    extraction = extract_documents([doc])[0]
    people = {m.name for m in extraction.mentions if m.label == "PER"}
    assert "Pompeo" in people
    assert "Calls" not in people

"""Organisation mentions read from how the language names bodies (sentences of the dev corpus's
kind: ../shared/corpus/dev), in English, French and Khmer."""

from __future__ import annotations

from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.extract.khmer_names import find_khmer_names
from textmentions import mention_names


def _mentions(text: str, label: str = "ORG") -> list[str]:
    return mention_names(text, label)


def test_english_names_built_on_an_institution_head() -> None:
    orgs = _mentions("Three further properties, the Garden City Hotel, the Koh Kong Resort and the Phnom Penh "
                     "Hotel, are designated. The order names four generals together with the 33rd Light "
                     "Infantry Division and the 99th Light Infantry Division. Xia Baolong is Director of the "
                     "Hong Kong and Macao Affairs Office.")
    assert {"Koh Kong Resort", "33rd Light Infantry Division", "99th Light Infantry Division",
            "Hong Kong and Macao Affairs Office"} <= set(orgs)
    assert "Koh Kong" not in orgs and "Macao Affairs Office" not in orgs


def test_descriptions_are_not_names() -> None:
    orgs = _mentions("For this reason, we sent already in July a Fact-Finding Mission to Cambodia. "
                     "Le CNRP, le plus grand parti d’opposition au Cambodge, a été dissous. "
                     "The Global Magnitsky Human Rights Accountability Act is put into effect.")
    assert not [o for o in orgs if "Mission" in o or "parti" in o or o.endswith("Act")]


def test_french_bodies_in_lower_case_or_with_a_capitalised_head() -> None:
    orgs = _mentions("Au même moment, la cour d'appel de Managua ordonnait leur déportation. Sont visés le "
                     "président du Comité d'enquête, Ivan Noskevitch, et le président de la Cour "
                     "constitutionnelle, Petr Miklachevitch. La liste vise le bureau pénitentiaire du "
                     "ministère de la Sécurité populaire. L'ambassade de Russie à Londres y voit une "
                     "tentative de pression.")
    assert {"cour d'appel de Managua", "Comité d'enquête", "Cour constitutionnelle",
            "bureau pénitentiaire du ministère de la Sécurité populaire",
            "ambassade de Russie à Londres"} <= set(orgs)
    assert "ministère de la Sécurité populaire" not in orgs  # the outermost name only


def test_a_kind_noun_introduces_a_name() -> None:
    english = ("PHNOM PENH, 3 July 2024 — Ten members of the environmental movement Mother Nature Cambodia "
               "were found guilty on Tuesday of plotting against the state.")
    assert "Mother Nature Cambodia" in _mentions(english)
    assert "Mother Nature Cambodia" not in _mentions(english, "PER")
    french = ("Le 26 janvier, l'association Info Birmanie exhortait la France à agir. Le patron de la banque "
              "VTB, Andreï Kostine, est visé, comme la compagnie nationale Belavia. Entre-temps, le 21 "
              "janvier, TotalEnergies puis Chevron avaient annoncé leur départ du champ gazier.")
    orgs = _mentions(french)
    assert {"Info Birmanie", "VTB", "Belavia", "TotalEnergies", "Chevron"} <= set(orgs)
    assert "banque VTB" not in orgs


def test_freedom_of_association_is_no_kind_noun() -> None:
    assert _mentions("Violation of freedom of association Abusive revocation of the parliamentary mandate") == []


def test_latin_names_after_a_khmer_kind_noun() -> None:
    text = ("ខណៈដែលលោកកំពុងនាំអ្នកកាសែតពីររូបនៃកាសែត The Cambodia Daily ចុះស្រាវជ្រាវ។ "
            "តាមរយៈក្រុមហ៊ុនមេធាវីអាមេរិក Boies Schiller Flexner ក្រុមហ៊ុន Prince Group បានច្រានចោលការចោទ។ "
            "អង្គការ CCIM ដែលគ្រប់គ្រង VOD បានផ្ញើលិខិត។ Garden City Hotel, Koh Kong Resort និង Phnom Penh Hotel")
    found = {k.name: k.label for k in find_khmer_names(text)}
    for name in ("The Cambodia Daily", "Boies Schiller Flexner", "Prince Group", "CCIM", "Koh Kong Resort"):
        assert found.get(name) == "ORG", (name, found)
    assert "ក្រុមហ៊ុនមេធាវីអាមេរិក" not in found  # the kind noun describes the firm; no body of its own


def test_khmer_bodies_in_a_place_and_of_a_union() -> None:
    text = ("ចាប់ពីថ្ងៃពុធ ស្ថានទូតអាមេរិកនៅភ្នំពេញបានឈប់ចេញទិដ្ឋាការ។ "
            "សភាអឺរ៉ុបបានស្នើឱ្យសេវាសកម្មភាពខាងក្រៅនៃសហភាពអឺរ៉ុប និងគណៈកម្មការអឺរ៉ុប រៀបចំបញ្ជី។")
    names = {k.name for k in find_khmer_names(text) if k.label == "ORG"}
    assert {"ស្ថានទូតអាមេរិកនៅភ្នំពេញ", "សេវាសកម្មភាពខាងក្រៅនៃសហភាពអឺរ៉ុប", "គណៈកម្មការអឺរ៉ុប"} <= names


def test_gazetteer_lookup_ignores_a_leading_article() -> None:
    gazetteer = load_gazetteer()
    known = gazetteer.find("L'Ambassade des Etats-Unis à Phnom Penh")
    assert known is not None and gazetteer.find("Ambassade des Etats-Unis à Phnom Penh") == known
    assert gazetteer.find_exact("Diplomat") is None and gazetteer.find("Diplomat") == gazetteer.find("The Diplomat")

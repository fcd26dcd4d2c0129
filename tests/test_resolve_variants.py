"""People across romanisations and partial names: merged with a reason, or proposed, never silently."""

from __future__ import annotations

from sanctionwatch.resolve.resolver import EntityNames, resolve
from sanctionwatch.resolve.variants import skeleton


def person(i: str, *names: str, docs: tuple[str, ...] = ("d1",), sentences=()) -> EntityNames:
    return EntityNames(i, "Person", set(names), set(docs), set(sentences))


def test_skeleton_folds_french_and_english_romanisations() -> None:
    pairs = [("Poutine", "Putin"), ("Loukachenko", "Lukashenko"), ("Sergueï", "Sergei"),
             ("Kirienko", "Kiriyenko"), ("Abramovitch", "Abramovich"), ("Magnitski", "Magnitsky"),
             ("Alexandre", "Alexander"), ("Iarine", "Yarin"), ("Alexeï", "Aleksey")]
    for french, english in pairs:
        assert skeleton(french) == skeleton(english), (french, english)
    assert skeleton("Viktor") != skeleton("Alexander")


def test_romanisation_variants_merge_relatives_stay_apart() -> None:
    people = [person("a", "Vladimir Poutine", docs=("fr",)), person("b", "Vladimir Putin", docs=("en",)),
              person("c", "Alexander Lukashenko", docs=("en",)), person("d", "Alexandre Loukachenko", docs=("fr",)),
              person("e", "Viktor Lukashenko", docs=("en",))]
    auto, mapping = resolve(people, [])
    assert mapping["a"] == mapping["b"] and mapping["c"] == mapping["d"]
    assert mapping["e"] != mapping["c"]
    assert any("two romanisations" in j.reason for j in auto if j.judgement == "positive")


def test_vowel_variant_needs_context_else_a_proposal() -> None:
    apart = [person("a", "Maria Kolesnikova", docs=("d1",)), person("b", "Maria Kalesnikava", docs=("d2",))]
    auto, mapping = resolve(apart, [])
    assert mapping["a"] != mapping["b"]
    assert [j.judgement for j in auto] == ["unsure"]  # a pending proposal for an analyst
    together = [person("a", "Maria Kolesnikova", docs=("d1",)), person("b", "Maria Kalesnikava", docs=("d1",))]
    _, mapping = resolve(together, [])
    assert mapping["a"] == mapping["b"]


def test_two_spellings_in_one_sentence_are_two_people() -> None:
    listed = [person("a", "Ou Chanrath", sentences={("d1", 10)}), person("b", "Ou Chanrith", sentences={("d1", 10)})]
    auto, mapping = resolve(listed, [])
    assert mapping["a"] != mapping["b"] and [j.judgement for j in auto] == ["unsure"]


def test_partial_name_unique_in_corpus_merges_ambiguous_is_proposed() -> None:
    people = [person("full", "Donald Trump", docs=("d1",)), person("short", "Trump", docs=("d2",)),
              person("suu", "Aung San Suu Kyi", docs=("d3",)), person("sk", "Suu Kyi", docs=("d4",))]
    auto, mapping = resolve(people, [])
    assert mapping["short"] == mapping["full"] and mapping["sk"] == mapping["suu"]
    family = [person("v", "Viktor Lukashenko", docs=("d1",)), person("a", "Alexander Lukashenko", docs=("d2",)),
              person("l", "Lukashenko", docs=("d3",))]
    auto, mapping = resolve(family, [])
    assert mapping["l"] not in (mapping["v"], mapping["a"])
    assert {j.judgement for j in auto} == {"unsure"}


def test_middle_names_left_out() -> None:
    people = [person("long", "Ahmad Hassan Mohammed al-Asiri", docs=("d1",)),
              person("short", "Ahmed al-Assiri", docs=("d1",)),  # other spelling, same report
              person("other", "Ahmad Saleh", docs=("d3",))]
    auto, mapping = resolve(people, [])
    assert mapping["short"] == mapping["long"] and mapping["other"] != mapping["long"]
    assert any("middle names" in j.reason for j in auto)

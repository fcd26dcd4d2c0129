"""Targets a reader finds beyond the measure's own object: the recipient of « imposer … à »,
a list announced below a heading, the items of a cut list, names in descriptions left out.

The sentences are written for these tests (not taken from the dev corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _targets(text: str, lang: str) -> list[list[str]]:
    return [[p.name for p in f.targets] for f in extract_facts_from_text(text, lang)
            if isinstance(f, MeasureFact)]


def _all_targets(text: str, lang: str) -> set[str]:
    return {name for names in _targets(text, lang) for name in names}


def test_french_recipient_of_an_imposed_measure_is_its_target() -> None:
    got = _all_targets("Le Conseil a imposé un gel des avoirs à Viktor Orlov.", "fr")
    assert "Viktor Orlov" in got


def test_french_recipient_class_and_not_who_holds_them_responsible() -> None:
    facts = [f for f in extract_facts_from_text(
        "Le Canada impose des sanctions ciblées à onze ressortissants russes que le gouvernement du "
        "Canada juge responsables de la répression.", "fr") if isinstance(f, MeasureFact)]
    assert facts and any(p.is_class and "ressortissants" in p.name for p in facts[0].targets)
    assert not [p.name for f in facts for p in f.targets if not p.is_class]


def test_french_place_after_a_is_no_recipient() -> None:
    got = _all_targets("Le Canada impose depuis 2018 des sanctions à Moscou contre Igor Petrov.", "fr")
    assert "Igor Petrov" in got and "Moscou" not in got


def test_list_announced_below_a_heading_fills_the_counted_class() -> None:
    text = ("Le Canada impose des sanctions à trois ressortissants bélarusses tenus pour responsables "
            "de la répression. Ces mesures sont prises en vertu de la loi. Les biens de ces personnes "
            "sont gelés. Le ministre a rappelé que le dossier reste ouvert. Il a ajouté que d'autres "
            "mesures suivraient. La population n'est pas visée. Le gouvernement poursuit son examen. "
            "Les explications données ne convainquent pas.\n\nPersonnes visées\n\n"
            "Le règlement modifié ajoute à l'annexe les personnes suivantes :\n"
            "- Anton Sidorenko, né le 3 mai 1970\n- Pavel Lukinov, né en 1965\n"
            "- Olga Martsinkevich, née le 9 juin 1981\n")
    got = _all_targets(text, "fr")
    assert {"Anton Sidorenko", "Pavel Lukinov", "Olga Martsinkevich"} <= got


def test_a_name_inside_an_items_description_is_not_an_item() -> None:
    text = ("L'Union européenne a sanctionné quatre responsables russes. Parmi eux figurent le patron "
            "de la banque Promsvyaz, Piotr Lebedev, et le vice-ministre de la Défense Ivan Kurov.")
    got = _all_targets(text, "fr")
    assert {"Piotr Lebedev", "Ivan Kurov"} <= got
    assert "Promsvyaz" not in got


def test_count_after_the_colon() -> None:
    text = ("Le Conseil de l'Union européenne a adopté une nouvelle série de sanctions : neuf personnes "
            "et deux entités. Les deux entités sont la banque Sberbank et le groupe pétrolier "
            "Rosneft (RN).")
    got = _all_targets(text, "fr")
    assert {"Sberbank", "Rosneft"} <= got
    assert "RN" not in got


def test_also_targeted_by_an_investigation_is_not_a_listing() -> None:
    text = ("Le Conseil a sanctionné six responsables de la police. Le journaliste Marc Dubreuil "
            "est lui aussi visé par une enquête.")
    assert "Marc Dubreuil" not in _all_targets(text, "fr")


def test_these_individuals_are_the_people_just_listed() -> None:
    text = ("Le Conseil a sanctionné Roman Abramovitch et Oleg Deripaska. Nous demandons aux États-Unis "
            "le gel des avoirs de ces personnalités.")
    facts = [f for f in extract_facts_from_text(text, "fr") if isinstance(f, MeasureFact)]
    calls = [f for f in facts if f.status == "called_for"]
    assert calls and {"Roman Abramovitch", "Oleg Deripaska"} <= {p.name for p in calls[0].targets}


def test_english_assets_of_these_individuals() -> None:
    text = ("The Treasury designated Oleg Deripaska and Viktor Vekselberg on Friday. Activists urged the "
            "European Union to freeze the assets of these individuals as well.")
    facts = [f for f in extract_facts_from_text(text, "en") if isinstance(f, MeasureFact)]
    calls = [f for f in facts if f.status == "called_for"]
    assert calls and {"Oleg Deripaska", "Viktor Vekselberg"} <= {p.name for p in calls[0].targets}


def test_a_bare_family_name_is_the_person_named_before() -> None:
    # the name finder left "Murillo herself" untagged: the measure reads it as a described class
    from sanctionwatch.extract.acts import _short_form_targets
    from sanctionwatch.extract.facts import Participant
    from sanctionwatch.model import Mention

    text = ("The regime of Daniel Ortega and Rosario Murillo has jailed dozens of opponents. "
            "Murillo herself has been under US sanctions since 2018.")
    at = text.index("Murillo herself")
    def person(name: str, start: int) -> Mention:
        return Mention("d", start, start + len(name), name, name, "PER", "en", 0, len(text), "ner", 0.9)

    people = [person(name, text.index(name)) for name in ("Daniel Ortega", "Rosario Murillo")]
    cls = Participant("Murillo herself", "target", None, "Murillo herself", at, at + 15)
    fact = MeasureFact("sanctions", "imposed", None, (cls,), (), None, None, None, at, len(text), "sanctions",
                       0.7, lang="en")
    got = _short_form_targets(fact, people)
    assert [p.name for p in got.targets] == ["Rosario Murillo"]
    two = [*people, person("Camila Murillo", 0)]
    assert _short_form_targets(fact, two).targets == (cls,)  # two Murillos: nobody


def test_they_after_a_counted_group_are_not_the_names_before_it() -> None:
    text = ("Prime Minister Ivan Petrov and his deputy Oleg Sokolov ordered the release of the nine "
            "officers convicted over the massacre. Sentenced to twelve years in 2019, they walked free in May.")
    subjects = {p.name for f in extract_facts_from_text(text, "en") if not isinstance(f, MeasureFact)
                for p in f.subjects}
    assert not {"Ivan Petrov", "Oleg Sokolov"} & subjects


def test_one_count_for_two_coordinated_classes() -> None:
    from sanctionwatch.extract.elaborate import counted_classes
    from sanctionwatch.lang import load_pack

    need = counted_classes("une liste de 31 personnes et entités", load_pack("fr"))
    assert (need.PER, need.ORG) == (31, 31)
    need = counted_classes("ten individuals and three companies", load_pack("en"))
    assert (need.PER, need.ORG) == (10, 3)


def test_all_four_are_the_four_listed_not_the_nearest_names() -> None:
    text = ("The Treasury designated General Ivan Petrov, the army chief; Oleg Sokolov, his deputy; "
            "Colonel Dmitry Orlov; and Sergei Volkov. Treasury Secretary Janet Yellen said the abuses would not go "
            "unpunished. In March the State Department barred all four from entering the United States.")
    facts = [f for f in extract_facts_from_text(text, "en") if isinstance(f, MeasureFact)]
    visa = [f for f in facts if f.kind == "visa_restriction"]
    assert visa
    names = {p.name for p in visa[0].targets}
    assert "Janet Yellen" not in names
    assert names == {"Ivan Petrov", "Oleg Sokolov", "Dmitry Orlov", "Sergei Volkov"}


def test_someone_left_off_the_list_is_not_on_it() -> None:
    text = ("The European Union on Friday barred 25 Belarusian officials from its territory and froze "
            "their assets. The president is not among them. Leaders left Alexander Lukashenko out, "
            "arguing that listing him would end any dialogue.")
    assert "Alexander Lukashenko" not in _all_targets(text, "en")


def test_whose_assets_are_frozen_is_the_target() -> None:
    from sanctionwatch.extract.facts import Participant
    from sanctionwatch.extract.slots import after_patient_marker
    from sanctionwatch.lang import load_pack
    from sanctionwatch.model import Sentence

    pack = load_pack("fr")
    for text, name, whose in (("Le Trésor a gelé en mars les avoirs de Viktor Orlov.", "Viktor Orlov", False),
                              ("L'UE a sanctionné six proches de Viktor Orlov.", "Viktor Orlov", True)):
        at = text.index(name)
        p = Participant(name, "target", "Person", None, at, at + len(name))
        assert after_patient_marker(Sentence("d", 0, 0, len(text), text, "fr"), pack, p) is whose


def test_a_family_name_alone_is_the_person_named_in_full_before() -> None:
    from sanctionwatch.extract.short_names import short_forms
    from sanctionwatch.model import Mention, Sentence

    text = ("Le président Alexandre Vassiliev a été réélu. Ottawa a imposé des sanctions à Vassiliev "
            "et à son ministre de l'Intérieur.")
    cut = text.index("Ottawa")
    sentences = [Sentence("d", 0, 0, cut - 1, text[:cut - 1], "fr"), Sentence("d", 0, cut, len(text), text[cut:], "fr")]
    full = text.index("Alexandre Vassiliev")
    people = [Mention("d", full, full + 19, "Alexandre Vassiliev", "Alexandre Vassiliev", "PER", "fr", 0, cut - 1,
                      "ner", 0.9)]
    got = short_forms(sentences, people)
    assert [(m.text, m.name) for m in got] == [("Vassiliev", "Alexandre Vassiliev")]
    brother = Mention("d", 0, 5, "Igor Vassiliev", "Igor Vassiliev", "PER", "fr", 0, cut - 1, "ner", 0.9)
    assert short_forms(sentences, [*people, brother]) == []  # two Vassilievs: which one?


def test_french_a_l_encontre_de_names_the_targets() -> None:
    got = _all_targets("Le Conseil de l'UE a adopté des mesures restrictives à l'encontre de Viktor Orlov "
                       "et d'Igor Petrov.", "fr")
    assert {"Viktor Orlov", "Igor Petrov"} <= got


def test_issuer_of_a_measure_named_by_a_participle() -> None:
    facts = [f for f in extract_facts_from_text("Alexandre Bortnikov est visé par un gel des avoirs décidé par "
                                                "le Conseil de l'UE.", "fr") if isinstance(f, MeasureFact)]
    assert facts and all(f.issuer is not None for f in facts)
    assert "Alexandre Bortnikov" in {p.name for f in facts for p in f.targets}


def test_issuer_owning_the_list_after_a_passive_listing() -> None:
    facts = [f for f in extract_facts_from_text("Vladimir Poutine et Sergueï Lavrov ont été ajoutés jeudi à la "
                                                "liste des sanctions de l'Union européenne.", "fr")
             if isinstance(f, MeasureFact)]
    assert facts and facts[0].issuer is not None and facts[0].issuer.name == "European Union"
    assert {"Vladimir Poutine", "Sergueï Lavrov"} <= {p.name for p in facts[0].targets}

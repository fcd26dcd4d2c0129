"""One fact per real act, and issuers read through the knowledge base, on passages written for
these tests (not from the seeds nor the dev corpus): rounds of a listing told with their own
dates, another authority's "same measures", an earlier act recalled with its own date, a
metonym or a country's name as issuer, and the trigger's own words never an issuer."""

from __future__ import annotations

from sanctionwatch.extract.acts import _absorbs, _news_of
from sanctionwatch.extract.facts import MeasureFact, Participant, extract_facts_from_text
from sanctionwatch.extract.roles import authority_entry


def _measures(text: str, lang: str = "en", date: str | None = "2023-05-12") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _issuer(m: MeasureFact) -> str:
    return m.issuer.name if m.issuer else ""


def test_rounds_of_a_listing_are_acts_with_their_own_dates_fr() -> None:
    text = ("Le Conseil de l'UE a adopté jeudi des mesures restrictives contre douze dirigeants du régime. "
            "Le 3 mars 2022, vingt officiers y ont été inscrits. "
            "Le 9 juin, ce fut au tour de huit autres personnes, parmi lesquelles le général Omar Haddad.")
    ms = [m for m in _measures(text, "fr", "2023-05-12") if m.status == "imposed"]
    dates = {m.date for m in ms}
    assert {"2022-03-03", "2022-06-09"} <= dates or {"2022-03-03"} <= dates
    rounds = [m for m in ms if m.date and m.date.startswith("2022")]
    assert all("European Union" in _issuer(m) or "Council" in _issuer(m) for m in rounds)
    assert len(rounds) == len({m.date for m in rounds})  # one act per round, never merged


def test_a_later_round_names_its_own_people_en() -> None:
    text = ("On Monday the European Union imposed restrictive measures on nine officials of the ministry. "
            "On 14 February 2022, six more people were added, including the mayor Daniel Okoro.")
    ms = [m for m in _measures(text) if m.status == "imposed"]
    rnd = [m for m in ms if m.date == "2022-02-14"]
    assert len(rnd) == 1 and {p.name for p in rnd[0].targets if not p.is_class} == {"Daniel Okoro"}
    assert [m for m in ms if m.date != "2022-02-14"]  # the Monday act stays apart


def test_another_authority_applying_the_same_measures_is_its_own_act() -> None:
    text = ("On 2 March 2023 the Council of the EU froze the assets of the timber trader Hamid Rostami. "
            "Britain applied the same measures on the same day.")
    ms = _measures(text)
    uk = [m for m in ms if _issuer(m) == "United Kingdom"]
    assert len(uk) == 1 and uk[0].status == "imposed" and uk[0].date == "2023-03-02"
    assert any(_issuer(m) != "United Kingdom" for m in ms)  # the EU's act is still there


def test_a_restatement_adds_no_act() -> None:
    text = ("On 2 March 2023 the Council of the EU froze the assets of the timber trader Hamid Rostami. "
            "Three associates were added as well.")
    assert len([m for m in _measures(text) if m.status == "imposed"]) == 1


def test_an_earlier_act_recalled_with_its_date_is_not_the_news() -> None:
    text = ("The Treasury designated the shipping firm Blue Harbor Lines and its owner Piotr Malecki. "
            "Two years earlier, in March 2021, the Treasury had designated the broker Ivan Lesko.")
    ms = [m for m in _measures(text, date="2023-05-12") if m.status == "imposed"]
    old = [m for m in ms if m.date == "2021-03"]
    assert old and all("Piotr Malecki" not in {p.name for p in m.targets} for m in old)
    assert any(m.date != "2021-03" for m in ms)


def test_news_window_keeps_restatements_of_the_news_together() -> None:
    assert _news_of("2023-05-10", "2023-05-12") and _news_of("2023-05", "2023-05-12")
    assert not _news_of("2021-03", "2023-05-12") and not _news_of("2006", "2020-10-02")
    assert _news_of(None, "2023-05-12") and _news_of("2021-03", None)


def _fact(date: str | None, start: int, issuer: str = "US Department of the Treasury") -> MeasureFact:
    return MeasureFact("sdn_designation", "imposed", Participant(issuer, "issuer", "PublicBody", None, None, None),
                       (), (), date, None, None, start, start + 50, "designated", 0.7)


def test_absorbs_never_merges_other_dates_or_other_issuers() -> None:
    assert _absorbs(_fact(None, 0), _fact("2023-05-11", 100), "2023-05-12")
    assert not _absorbs(_fact(None, 0), _fact("2021-03", 100), "2023-05-12")
    assert not _absorbs(_fact("2023-05-11", 0), _fact("2022-01-04", 100), "2023-05-12")
    assert not _absorbs(_fact("2023-05-11", 0), _fact("2023-05-11", 100, "United Kingdom"), "2023-05-12")


def test_metonyms_and_country_names_are_their_governments() -> None:
    assert authority_entry("Londres").name == "United Kingdom"
    assert authority_entry("Britain").name == "United Kingdom"
    assert authority_entry("Ottawa").name == "Canada"
    assert authority_entry("Bruxelles").name == "European Union"
    assert authority_entry("le Royaume-Uni").name == "United Kingdom"
    assert authority_entry("Ministry of Gems Enterprise") is None  # a company is no authority


def test_metonym_issuer_is_named_by_its_government_fr() -> None:
    [m] = [m for m in _measures("Londres a gelé mardi les avoirs de l'homme d'affaires Karim Selmani.", "fr")
           if m.kind == "asset_freeze"]
    assert _issuer(m) == "United Kingdom"


def test_the_trigger_own_words_are_no_issuer() -> None:
    text = ("Asset freezes are the Treasury's business, and the Treasury had already blocked the "
            "property of the arms broker Viktor Sandu in May 2019.")
    ms = _measures(text)
    assert ms and all(_issuer(m) != "Asset" for m in ms)
    assert any("Treasury" in _issuer(m) and m.date == "2019-05" for m in ms)


def test_a_body_and_the_union_it_belongs_to_are_one_issuer() -> None:
    ms = _measures("On 2 March 2023 the Council of the EU froze the assets of the timber trader Hamid Rostami.")
    assert [_issuer(m) for m in ms] == ["Council of the European Union"]
    both = _measures("The United States and Britain froze the assets of Hamid Rostami on Monday.")
    assert sorted(_issuer(m) for m in both) == ["United Kingdom", "United States"]  # coordinated: one each


def test_coordinated_capitals_each_impose_fr() -> None:
    ms = _measures("Le même jour, Washington, Londres et Ottawa ont annoncé des mesures coordonnées.", "fr")
    assert {"United States", "United Kingdom", "Canada"} <= {_issuer(m) for m in ms}


def test_an_embassy_acts_for_the_department_that_administers_visas() -> None:
    from sanctionwatch.extract.acts import _delegated_issuers

    f = MeasureFact("visa_restriction", "imposed",
                    Participant("US Embassy Phnom Penh", "issuer", "PublicBody", None, None, None),
                    (), (), "2023-05-10", None, None, 0, 50, "stopped issuing visas", 0.7)
    [g] = _delegated_issuers([f], [])
    assert _issuer(g) == "US Department of State"


def test_the_same_day_takes_the_date_of_the_act_told_before() -> None:
    text = ("Le 14 mars 2023, le Conseil de l'UE a gelé les avoirs de l'armateur Lucien Brava. "
            "Les diplomates ont longuement discuté du calendrier des prochaines réunions et des "
            "priorités de la présidence, sans rien décider d'autre ce jour-là ni les jours suivants, "
            "car plusieurs capitales attendaient encore l'avis de leurs juristes sur la portée du texte, "
            "qui devait être publié au Journal officiel dans la semaine. "
            "Le même jour, Londres a gelé les avoirs de Lucien Brava.")
    uk = [m for m in _measures(text, "fr") if _issuer(m) == "United Kingdom"]
    assert uk and uk[0].date == "2023-03-14"


def test_a_council_and_its_union_tell_one_act() -> None:
    from sanctionwatch.extract.acts import _issuers_agree

    def p(name: str) -> Participant:
        return Participant(name, "issuer", "PublicBody", None, None, None)

    assert _issuers_agree(p("Council of the European Union"), p("European Union"))
    assert not _issuers_agree(p("United Kingdom"), p("European Union"))
    assert not _issuers_agree(p("US Department of State"), p("US Department of the Treasury"))


def test_a_relative_clause_recalls_an_earlier_act_with_its_own_date() -> None:
    text = ("The Foreign Office on Thursday widened the sanctions it first imposed on the shipping "
            "company Orlan Marine in June 2019.")
    ms = _measures(text, date="2023-05-12")
    dates = sorted(m.date or "" for m in ms if m.status == "imposed")
    assert "2019-06" in dates and any(d != "2019-06" for d in dates)  # two acts, not one


def test_lifting_what_was_imposed_before_keeps_both_dates() -> None:
    ms = _measures("The State Department on Tuesday lifted the visa restrictions that it had imposed in "
                   "December 2017 on Cambodian officials.", date="2023-05-12")
    assert {(m.status, m.date) for m in ms} == {("lifted", "2023-05-09"), ("imposed", "2017-12")}


def test_one_trigger_two_dates_two_acts() -> None:
    text = ("The Treasury had already blocked the property of the banker Paul Rinaldi in March 2019 and, "
            "in June 2021, of his partners Marc Delorme and Ivo Stanek.")
    ms = [m for m in _measures(text) if m.status == "imposed"]
    by_date = {m.date: {p.name for p in m.targets if not p.is_class} for m in ms}
    assert by_date.get("2019-03") == {"Paul Rinaldi"}
    assert by_date.get("2021-06") == {"Marc Delorme", "Ivo Stanek"}


def test_one_date_and_an_event_date_stay_one_act() -> None:
    ms = _measures("The Treasury designated Paul Rinaldi and Marc Delorme on 3 May, weeks after the raid of 12 April.")
    assert [(m.date, len(m.targets)) for m in ms] == [("2023-05-03", 2)]


def test_a_company_a_pronoun_points_to_imposes_nothing_fr() -> None:
    text = ("Le 21 février, le Conseil de l'UE a inscrit la compagnie minière Tarvel Mining sur sa liste. "
            "Pour Tarvel Mining, cela signifie le gel de ses fonds dans l'UE.")
    ms = _measures(text, "fr")
    assert ms and all("Tarvel" not in _issuer(m) for m in ms)


def test_an_imposed_act_written_without_its_year_lies_before_the_report() -> None:
    [m] = _measures("The EU added the banker Paul Rinaldi to its sanctions list in November.", date="2021-05-26")
    assert m.date == "2020-11"
    [f] = _measures("The EU will add the banker Paul Rinaldi to its sanctions list in November.", date="2021-05-26")
    assert f.status != "imposed" and f.date == "2021-11"  # a future act keeps the year it has


def test_a_measure_the_news_adds_to_is_an_earlier_act() -> None:
    en = _measures("The new designations come on top of the travel ban that the State Department imposed "
                   "on General Omar Haddad on 12 April.", "en", "2023-05-12")
    assert [m.recalled for m in en if m.date == "2023-04-12"] == [True]
    assert not any(m.recalled for m in en if m.date != "2023-04-12")
    # a list someone is added to is the act itself, not an earlier one
    listed = _measures("On 12 April the Treasury added the general Omar Haddad to the SDN list.", "en", "2023-05-12")
    assert listed and not any(m.recalled for m in listed)


def test_the_added_to_cue_reads_french() -> None:
    from sanctionwatch.extract.hits import find_hits
    from sanctionwatch.extract.reading import _added_to
    from sanctionwatch.lang import load_pack
    from sanctionwatch.model import Sentence

    pack = load_pack("fr")
    text = "Ces inscriptions s'ajoutent au gel des avoirs du général Haddad, décidé le 12 avril."
    s = Sentence("doc", 0, 0, len(text), text, "fr")
    hit = next(h for h in find_hits(s, pack) if h.measure and text[h.start:].startswith("gel"))
    assert _added_to(s, pack, hit)
    text = "Le 12 avril, le Conseil a décidé le gel des avoirs du général Haddad."
    s = Sentence("doc", 0, 0, len(text), text, "fr")
    assert not any(_added_to(s, pack, h) for h in find_hits(s, pack) if h.measure)


def test_the_same_day_past_a_recalled_act_is_the_passage_s_day() -> None:
    from sanctionwatch.extract.acts import _dates_carry

    def act(at: int, date: str | None, issuer: str, recalled: bool = False) -> MeasureFact:
        return MeasureFact("targeted_measures", "imposed", Participant(issuer, "issuer", "PublicBody", None, None, None),
                           (), (), date, "day" if date else None, None, at, at + 80, "froze", 0.7, recalled=recalled)

    main = act(0, "2023-05-08", "European Union")
    earlier = act(500, "2023-04-12", "European Union", recalled=True)
    same_day = act(900, None, "United Kingdom")
    # « Le même jour » opens a paragraph after the one that recalls the 12 April act: the
    # passage's day (8 May)
    [*_, uk] = _dates_carry([main, earlier, same_day], {900: 850})
    assert uk.date == "2023-05-08"
    # right after the recalled act, in its paragraph: the day just named
    [*_, uk] = _dates_carry([main, earlier, same_day], {900: 400})
    assert uk.date == "2023-04-12"


def test_a_measure_in_force_since_an_earlier_date_is_recalled() -> None:
    ms = _measures("Omar Haddad and Lena Brask have been subject to EU sanctions since October 2020 over the "
                   "same bombing.", "en", "2023-05-12")
    dated = [m for m in ms if m.date == "2020-10"]
    assert dated and all(m.recalled for m in dated)

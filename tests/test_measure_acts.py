"""One fact per act, issuers named by a sub-unit or by what they are, and measures said by their
consequence. Sentences written for this test, about countries and years outside the dev corpus:
a second listing under another executive order, a sentence that designates entities and widens
a country's sanctions, a police force freezing accounts, a Treasury unit cutting a bank off from
the financial system, a coordinate clause with its own date, a month name that is no modal."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str = "2024-03-14") -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _issuer(m: MeasureFact) -> str:
    return m.issuer.name if m.issuer is not None else ""


def _targets(m: MeasureFact) -> set[str]:
    return {p.name for p in m.targets}


def test_a_listing_under_another_numbered_order_is_a_second_act() -> None:
    ms = _measures("On 12 March 2024 the Treasury designated Juan Pérez and Ana Gómez pursuant to Executive "
                   "Order (E.O.) 13692 for undermining democracy in Venezuela. Pérez was in addition designated "
                   "under E.O. 13850 for operating in the gold sector.", "en")
    listings = [m for m in ms if m.kind == "sdn_designation" and m.status == "imposed"]
    assert len(listings) == 2
    first = next(m for m in listings if "13692" in (m.legal_basis or ""))
    second = next(m for m in listings if "13850" in (m.legal_basis or ""))
    assert "Ana Gómez" in _targets(first)
    assert "Ana Gómez" not in _targets(second) and any("Pérez" in t for t in _targets(second))


def test_one_numbered_order_told_twice_stays_one_act() -> None:
    ms = _measures("On 12 March 2024 the Treasury designated Juan Pérez pursuant to E.O. 13692. "
                   "The designation of Pérez was made under E.O. 13692.", "en")
    assert len([m for m in ms if m.kind == "sdn_designation"]) == 1


def test_a_sentence_that_designates_entities_and_widens_a_countrys_sanctions_tells_two_acts() -> None:
    ms = _measures("On 14 March 2024 the State Department designated three Iranian entities, among them the "
                   "Basij Cooperative Foundation, and expanded the sanctions it first imposed on Iran in 2019.", "en")
    on_iran = [m for m in ms if m.status == "imposed" and "Iran" in _targets(m) and m.date == "2024-03-14"]
    assert on_iran, [(m.kind, m.date, _targets(m)) for m in ms]
    assert any(m.kind == "sdn_designation" and "Iran" not in _targets(m) for m in ms)


def test_a_police_force_named_by_what_it_is_issues_the_freeze() -> None:
    ms = _measures("The human rights centre Viasna closed in July 2021, days after financial police froze "
                   "the accounts of its staff.", "en", "2021-09-01")
    frozen = [m for m in ms if m.kind == "asset_freeze"]
    assert frozen and "police" in _issuer(frozen[0]).casefold()
    assert frozen[0].status == "imposed"


def test_a_call_on_the_police_is_no_freeze_by_them() -> None:
    ms = _measures("Rights groups urged police to freeze the accounts of the militia commanders.", "en")
    assert all(m.status == "called_for" for m in ms)


def test_a_unit_of_a_department_issues_as_its_department() -> None:
    ms = _measures("The Financial Crimes Enforcement Network cut Caspian Trust Bank off from the US financial "
                   "system on 3 May 2023.", "en", "2023-05-04")
    cut = [m for m in ms if m.status == "imposed"]
    assert cut and _issuer(cut[0]) == "US Department of the Treasury"
    assert cut[0].kind == "sanctions" and "Caspian Trust Bank" in _targets(cut[0])


def test_a_demand_to_cut_a_bank_off_stays_a_demand() -> None:
    ms = _measures("Activists want Washington to cut the bank off from the US financial system.", "en")
    assert ms and all(m.status == "called_for" for m in ms)


def test_a_coordinate_clause_with_its_own_subject_takes_its_own_date() -> None:
    ms = _measures("Laureano Ortega has been under Canadian sanctions since June 2022, and on 4 March 2024 "
                   "London added his brother, Rafael Ortega Murillo, and two ministers to its list.", "en")
    added = [m for m in ms if "Rafael Ortega Murillo" in _targets(m)]
    assert added and added[0].date == "2024-03-04"


def test_a_long_list_added_to_a_list_is_read() -> None:
    ms = _measures("On 2 February 2024 Ottawa added the former defence minister, Mohammed Ali Jaafari, and "
                   "four other commanders to its list.", "en")
    assert any("Mohammed Ali Jaafari" in _targets(m) and m.status == "imposed" for m in ms)


def test_a_month_name_is_no_modal() -> None:
    ms = _measures("In May 2022 the Council froze the assets of Viktor Sheiman.", "en")
    assert ms and ms[0].status == "imposed"
    ms = _measures("The Council may freeze the assets of Viktor Sheiman.", "en")
    assert ms and ms[0].status == "threatened"


def test_fr_a_sentence_cut_after_its_verb_keeps_its_object_and_date() -> None:
    ms = _measures("Le Trésor américain a sanctionné Abdullah Kitatta le 9 juin 2020 en vertu du décret 13818.",
                   "fr", "2020-06-10")
    listed = [m for m in ms if "Abdullah Kitatta" in _targets(m)]
    assert listed and listed[0].date == "2020-06-09"


def test_fr_a_second_order_is_a_second_listing() -> None:
    ms = _measures("Le Trésor américain a sanctionné Abdullah Kitatta le 9 juin 2020 en vertu du décret 13818. "
                   "Il a été en outre désigné en vertu du décret 13382.", "fr", "2020-06-10")
    assert len([m for m in ms if m.kind == "sdn_designation"]) == 2


def test_fr_seizure_of_assets_is_a_freeze() -> None:
    ms = _measures("La police nationale ougandaise a saisi les avoirs de l'association Chapter Four Uganda "
                   "en décembre 2020.", "fr", "2021-01-05")
    assert any(m.kind == "asset_freeze" and m.status == "imposed" for m in ms)


def test_a_headline_does_not_borrow_a_department_that_administers_other_measures() -> None:
    text = ("Norway halts export licences\n\nOSLO, 8 April 2022 — Norway has suspended all export licences for "
            "military goods to Ethiopia, the foreign ministry said on Thursday.\n\nThe Financial Crimes Enforcement "
            "Network, a Treasury bureau, cut Ethiopia's Wegagen Bank off from the US financial system on 2 March 2022.")
    ms = _measures(text, "en", "2022-04-08")
    assert all(_issuer(m) != "US Department of the Treasury" for m in ms if m.kind == "export_restriction")
    assert any(m.kind == "export_restriction" and _issuer(m) == "Norway" for m in ms)


def test_the_maker_of_a_rule_issues_what_the_rule_does() -> None:
    ms = _measures("On 3 May 2023 the Financial Crimes Enforcement Network issued a rule under section 311 of the "
                   "USA PATRIOT Act that cuts Caspian Trust Bank off from the US financial system.", "en", "2023-05-04")
    cut = [m for m in ms if "Caspian Trust Bank" in _targets(m)]
    assert cut and _issuer(cut[0]) == "US Department of the Treasury" and cut[0].status == "imposed"


def test_a_law_welcomed_by_activists_gives_them_no_measure() -> None:
    ms = _measures("The activists welcomed the law that froze the assets of the generals.", "en")
    assert all(_issuer(m) != "activists" for m in ms)

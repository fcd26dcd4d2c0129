"""Dates told by reference to the date written before ("the same day", « de la même année »)."""

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text
from sanctionwatch.extract.temporal import anaphoric_dates, find_dates, with_anaphors
from sanctionwatch.lang import load_pack


def test_same_day_is_the_last_day_written_not_a_month():
    pack = load_pack("en")
    [d] = anaphoric_dates("On the same day, the ministry froze their accounts.", pack,
                          [("2022-03-04", "day"), ("2020-06", "month")])
    assert (d.value, d.precision) == ("2022-03-04", "day")


def test_same_month_and_year_keep_their_unit():
    pack = load_pack("en")
    [m] = anaphoric_dates("That same month, lawmakers wrote to the president.", pack, [("2016-05-02", "day")])
    assert (m.value, m.precision) == ("2016-05", "month")
    [y] = anaphoric_dates("Later that year the bank was fined.", pack, [("2016-05", "month")])
    assert (y.value, y.precision) == ("2016", "year")


def test_no_antecedent_fine_enough_gives_no_value():
    pack = load_pack("en")
    [d] = anaphoric_dates("On the same day the embassy closed.", pack, [("2019", "year")])
    assert d.value is None


def test_day_of_the_same_year_takes_that_year():
    pack = load_pack("fr")
    text = "Le 3 mars de la même année, le ministère a gelé leurs comptes."
    dates = with_anaphors(find_dates(text, pack, "2021-05-10"), text, pack, [("2016", "year")])
    assert [(d.text, d.value) for d in dates] == [("3 mars de la même année", "2016-03-03")]


def test_same_day_after_a_recalled_month_is_the_act_day():
    text = ("On 8 March 2022, the Treasury designated the company's three directors. "
            "Its founder was already listed: the Treasury designated him in June 2020. "
            "On the same day, the Commerce Department restricted exports to the company.")
    facts = [f for f in extract_facts_from_text(text, "en", "2022-03-09") if isinstance(f, MeasureFact)]
    exports = [f for f in facts if f.kind == "export_restriction"]
    assert exports and all(f.date == "2022-03-08" for f in exports)


def test_day_of_the_same_year_dates_the_measure():
    text = ("Le ministère avait suspendu les licences à l'été 2016. "
            "Le 3 octobre de la même année, le Canada a aussi gelé les avoirs de douze officiers de l'armée.")
    facts = [f for f in extract_facts_from_text(text, "fr", "2019-04-02") if isinstance(f, MeasureFact)]
    freezes = [f for f in facts if f.kind == "asset_freeze"]
    assert freezes and all(f.date == "2016-10-03" for f in freezes)


def test_a_lead_that_names_the_day_dates_the_acts_told_after_it():
    text = ("WASHINGTON, 9 March 2022 — The United States on Tuesday moved against a Laotian "
            "logging company and its owner, accusing them of bribing forestry officials. "
            "The Treasury's Office of Foreign Assets Control blacklisted the company, its owner "
            "Somchai Vongsa and four of his relatives.")
    facts = [f for f in extract_facts_from_text(text, "en", "2022-03-09") if isinstance(f, MeasureFact)]
    assert facts and all(f.date == "2022-03-08" for f in facts)


def test_a_flashback_day_does_not_date_the_acts_after_it():
    text = ("On Thursday the Treasury froze the assets of three police commanders. "
            "The Treasury said more than 300 people had died since protests began on April 18. "
            "The State Department said visa revocations were already under way.")
    visas = [f for f in extract_facts_from_text(text, "en", "2018-07-06")
             if isinstance(f, MeasureFact) and f.kind == "visa_restriction"]
    assert all(f.date != "2018-04-18" for f in visas)


def test_a_post_date_line_dates_the_acts_of_the_post():
    from sanctionwatch.extract.temporal import date_line

    assert date_line("@rightsdesk · 4 Mar 2022", "en", None)
    assert not date_line("Police arrested two reporters in Yangon on 4 March 2022.", "en", None)
    text = ("@rightsdesk · 4 Mar 2022\n\n"
            "Treasury has frozen the US assets of the Laotian logging tycoon Somchai Vongsa and his firm.")
    facts = [f for f in extract_facts_from_text(text, "en", "2022-03-05") if isinstance(f, MeasureFact)]
    assert facts and all(f.date == "2022-03-04" for f in facts)

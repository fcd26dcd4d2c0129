"""One fact per act: neither two acts folded into one, nor one act told twice kept as two.
Sentences written for this test, about invented people and a made-up country: demands of one
sentence that only their verbs tell apart, a bare "sanctions" told far from the act it names
again, a headline's people named again by a body that names more, a sanctions framework set up
a year before it was first used, a listing by an authority with a regime of its own, an act told
"on the same day" as another, and two rounds of listings of one year."""

from __future__ import annotations

from sanctionwatch.extract.facts import MeasureFact, extract_facts_from_text


def _measures(text: str, lang: str, date: str) -> list[MeasureFact]:
    return [f for f in extract_facts_from_text(text, lang, date) if isinstance(f, MeasureFact)]


def _targets(m: MeasureFact) -> set[str]:
    return {p.name for p in m.targets}


def test_two_demands_of_one_sentence_without_named_targets_keep_two_keys() -> None:
    ms = _measures("On Monday the ministers asked the Council of the EU to blacklist further officials and "
                   "companies, to prepare additional targeted economic sanctions and to shut EU airspace and EU "
                   "airports to Ruritanian airlines.", "en", "2024-03-14")
    calls = [m for m in ms if m.kind == "sanctions" and m.status == "called_for"]
    assert len(calls) == 2, [(m.kind, m.trigger) for m in ms]
    assert len({m.key() for m in ms}) == len(ms)  # the store must not fold the second demand into the first


EN_FILLER = (
    "The list opens with the head of the investigative committee, who is blamed for failing to look into the "
    "death in custody of a tax adviser. It goes on with twenty officials linked to the killing of a journalist "
    "at a consulate abroad, among them a former adviser to the crown prince. Two generals are named for the "
    "violence of the army against a minority, and two agencies that run prison camps complete it. The foreign "
    "secretary told parliament that those with blood on their hands would no longer be able to shop in the "
    "capital or move their money through its banks. Rights groups welcomed the step but said that it came "
    "late, and that many others who deserve to be named are still free to travel and to invest wherever they "
    "please. Lawyers for several of those named said they would go to court, arguing that the evidence had "
    "never been shown to them and that the decision rested on press reports. Officials replied that every "
    "name had been checked against the files of three ministries and that the courts would be free to look "
    "at the material behind closed doors.")


def test_a_bare_sanctions_far_from_the_act_is_that_act_told_again_en() -> None:
    ms = _measures("On 6 July 2020 the United Kingdom froze the assets of Ivan Petrenko and Boris Ludov. "
                   + EN_FILLER + " Britain has imposed sanctions, the Foreign Office said.", "en", "2020-07-06")
    assert len(ms) == 1, [(m.kind, m.date, m.trigger) for m in ms]
    assert ms[0].kind == "asset_freeze" and _targets(ms[0]) == {"Ivan Petrenko", "Boris Ludov"}


def test_a_bare_sanctions_far_from_the_act_is_that_act_told_again_fr() -> None:
    filler = (
        "La liste s'ouvre sur le chef du comité d'enquête, à qui l'on reproche de ne pas avoir fait la lumière "
        "sur la mort en détention d'un conseiller fiscal. Elle comprend ensuite vingt responsables liés à "
        "l'assassinat d'un journaliste dans un consulat, dont un ancien conseiller du prince héritier. Deux "
        "généraux sont nommés pour les violences de l'armée contre une minorité, et deux organismes qui gèrent "
        "des camps de prisonniers la complètent. Le ministre a déclaré au parlement que ceux qui ont du sang sur "
        "les mains ne pourraient plus faire leurs emplettes dans la capitale ni faire transiter leur argent par "
        "ses banques. Les ONG ont salué ce geste tout en le jugeant tardif, et ont rappelé que beaucoup d'autres "
        "restent libres de voyager et d'investir où bon leur semble. Les avocats de plusieurs personnes visées "
        "ont annoncé un recours, en faisant valoir que les preuves ne leur avaient jamais été montrées. Le "
        "gouvernement a répondu que chaque nom avait été vérifié dans les dossiers de trois ministères.")
    ms = _measures("Le 6 juillet 2020, le Royaume-Uni a gelé les avoirs d'Ivan Petrenko et de Boris Ludov. "
                   + filler + " Le Royaume-Uni a imposé des sanctions, a indiqué le ministère.", "fr", "2020-07-06")
    assert len(ms) == 1, [(m.kind, m.date, m.trigger) for m in ms]
    assert ms[0].kind == "asset_freeze"


def test_a_bare_sanctions_far_from_the_act_is_that_act_told_again_km() -> None:
    filler = (
        "បញ្ជីនេះចាប់ផ្ដើមដោយប្រធានគណៈកម្មាធិការស៊ើបអង្កេត ដែលត្រូវគេចោទថាមិនបានស៊ើបអង្កេតលើការស្លាប់របស់ទីប្រឹក្សាពន្ធដារម្នាក់។ "
        "បញ្ជីនេះក៏មានមន្ត្រីម្ភៃនាក់ដែលពាក់ព័ន្ធនឹងឃាតកម្មលើអ្នកកាសែតម្នាក់នៅស្ថានកុងស៊ុល។ "
        "ឧត្តមសេនីយ៍ពីរនាក់ត្រូវបានដាក់ឈ្មោះដោយសារអំពើហិង្សារបស់កងទ័ពលើជនជាតិភាគតិច "
        "ហើយស្ថាប័នពីរដែលគ្រប់គ្រងជំរុំអ្នកទោសក៏ស្ថិតក្នុងបញ្ជីនេះដែរ។ "
        "រដ្ឋមន្ត្រីបានប្រាប់សភាថា អ្នកដែលមានឈាមនៅលើដៃរបស់ពួកគេនឹងមិនអាចមកដើរទិញឥវ៉ាន់នៅរដ្ឋធានី "
        "ឬផ្ទេរប្រាក់តាមធនាគាររបស់ខ្លួនបានទៀតទេ។ អង្គការសិទ្ធិមនុស្សបានស្វាគមន៍ជំហាននេះ ប៉ុន្តែបាននិយាយថាវាយឺតពេល "
        "ហើយមនុស្សជាច្រើនទៀតដែលគួរតែត្រូវដាក់ឈ្មោះ នៅតែមានសេរីភាពក្នុងការធ្វើដំណើរ និងវិនិយោគ។ "
        "មេធាវីរបស់អ្នកខ្លះដែលមានឈ្មោះក្នុងបញ្ជីបាននិយាយថា ពួកគេនឹងប្ដឹងទៅតុលាការ "
        "ដោយអះអាងថាភស្តុតាងមិនដែលត្រូវបានបង្ហាញដល់ពួកគេឡើយ។ មន្ត្រីរដ្ឋាភិបាលបានឆ្លើយតបថា "
        "ឈ្មោះនីមួយៗត្រូវបានពិនិត្យជាមួយឯកសាររបស់ក្រសួងចំនួនបី ហើយតុលាការនឹងមានសេរីភាពក្នុងការពិនិត្យឯកសារទាំងនោះ។ "
        "អ្នកវិភាគខ្លះនិយាយថា វិធីសាស្ត្រថ្មីនេះនឹងផ្លាស់ប្ដូររបៀបដែលប្រទេសនេះធ្វើការជាមួយដៃគូរបស់ខ្លួន។")
    ms = _measures("កាលពីថ្ងៃទី៦ ខែកក្កដា ឆ្នាំ២០២០ ចក្រភពអង់គ្លេសបានបង្កកទ្រព្យសម្បត្តិរបស់ Ivan Petrenko និង Boris Ludov។ "
                   + filler + " ចក្រភពអង់គ្លេសបានដាក់ទណ្ឌកម្ម។", "km", "2020-07-06")
    assert len(ms) == 1, [(m.kind, m.date, m.trigger) for m in ms]
    assert ms[0].kind == "asset_freeze"


def test_a_headline_whose_people_the_body_names_again_with_more_is_one_act() -> None:
    ms = _measures("EU sanctions Ivan Petrenko and Boris Ludov over the poisoning. The European Union on Thursday "
                   "froze the assets of Ivan Petrenko, Boris Ludov and the Northern Institute of Applied "
                   "Chemistry.", "en", "2020-10-15")
    eu = [m for m in ms if m.issuer is not None and m.issuer.name == "European Union"]
    assert len(eu) == 1, [(m.kind, m.date, _targets(m)) for m in ms]
    assert eu[0].date == "2020-10-15"
    assert {"Ivan Petrenko", "Boris Ludov", "Northern Institute of Applied Chemistry"} <= _targets(eu[0])


def test_a_framework_set_up_before_its_first_use_is_no_listing_en() -> None:
    ms = _measures("The EU set up its Ruritania sanctions framework in March 2018 and first used it on 4 May "
                   "2019, imposing travel bans and asset freezes on four officials: Ivan Petrenko, Boris Ludov, "
                   "Anna Kovac and Piotr Zelinski.", "en", "2021-03-03")
    assert [m.date for m in ms] == ["2019-05-04"], [(m.kind, m.date, m.trigger) for m in ms]
    assert ms[0].kind == "targeted_measures" and "Anna Kovac" in _targets(ms[0])


def test_a_framework_established_is_no_listing_fr() -> None:
    assert _measures("Le Conseil a établi un régime de sanctions contre la Ruritanie en mars 2018.", "fr",
                     "2021-03-03") == []


def test_the_first_use_of_a_framework_created_earlier_stays_a_measure() -> None:
    ms = _measures("On Tuesday the EU used its new global human rights sanctions regime, created in December, for "
                   "the first time. Four officials are now barred from the Union and have had their EU assets "
                   "frozen: Ivan Petrenko, Boris Ludov, Anna Kovac and Piotr Zelinski.", "en", "2021-03-03")
    assert [m.date for m in ms] == ["2021-03-02"], [(m.kind, m.date, m.trigger) for m in ms]


def test_a_us_listing_is_an_sdn_designation_en() -> None:
    ms = _measures("On 9 June 2021 Washington added Ivan Petrenko and three other officials to its list.", "en",
                   "2021-07-08")
    assert [(m.kind, m.date) for m in ms] == [("sdn_designation", "2021-06-09")]


def test_a_us_listing_is_an_sdn_designation_fr() -> None:
    ms = _measures("Le 9 juin 2021, Washington a ajouté Ivan Petrenko et trois autres responsables à sa liste.", "fr",
                   "2021-07-08")
    assert [(m.kind, m.date) for m in ms] == [("sdn_designation", "2021-06-09")]


def test_an_eu_listing_stays_restrictive_measures_and_a_government_without_a_regime_keeps_its_kind() -> None:
    ms = _measures("Le 2 octobre 2020, le Conseil a ajouté Ivan Petrenko à sa liste.", "fr", "2021-07-08")
    assert [m.kind for m in ms] == ["targeted_measures"]
    ms = _measures("Le Canada impose des sanctions ciblées à 17 ressortissants ruritaniens, dont Ivan Petrenko.", "fr",
                   "2021-07-08")
    assert [m.kind for m in ms] == ["targeted_measures"]


def test_an_act_told_on_the_same_day_naming_others_is_a_second_act_en() -> None:
    ms = _measures("On 14 March 2024 the Treasury's Office of Foreign Assets Control blacklisted 20 people and "
                   "companies it described as part of the Zorin network. On the same day, the Treasury's "
                   "Financial Crimes Enforcement Network finalised a rule that cuts Kestrel Bank off from the "
                   "American financial system.", "en", "2024-03-14")
    assert len(ms) == 2, [(m.kind, _targets(m)) for m in ms]
    listing = next(m for m in ms if m.kind == "sdn_designation")
    assert "Kestrel Bank" not in _targets(listing)
    assert any(_targets(m) == {"Kestrel Bank"} for m in ms if m is not listing)


def test_an_act_told_on_the_same_day_naming_others_is_a_second_act_fr() -> None:
    ms = _measures("Le 14 mars 2024, le Trésor américain a sanctionné vingt personnes et sociétés du réseau Zorin. "
                   "Le même jour, le Trésor a gelé les avoirs de la banque Kestrel.", "fr", "2024-03-14")
    assert len(ms) == 2, [(m.kind, _targets(m)) for m in ms]


def test_the_same_day_telling_the_same_people_is_the_same_act() -> None:
    ms = _measures("On 14 March 2024 the Treasury designated Ivan Petrenko. On the same day, the assets of "
                   "Ivan Petrenko were blocked.", "en", "2024-03-14")
    assert len(ms) == 1, [(m.kind, _targets(m)) for m in ms]


def test_two_rounds_of_one_year_naming_other_people_are_two_acts_en() -> None:
    ms = _measures("In 2020 the Council of the EU sanctioned Ivan Petrenko and Boris Ludov. On 2 October 2020 the "
                   "Council of the EU sanctioned Anna Kovac and Piotr Zelinski.", "en", "2021-03-03")
    assert sorted(m.date or "" for m in ms) == ["2020", "2020-10-02"], [(m.date, _targets(m)) for m in ms]
    assert all(not ({"Ivan Petrenko", "Anna Kovac"} <= _targets(m)) for m in ms)


def test_two_rounds_of_one_year_naming_other_people_are_two_acts_fr() -> None:
    ms = _measures("En 2020, le Conseil de l'UE a sanctionné Ivan Petrenko et Boris Ludov. Le 2 octobre 2020, le "
                   "Conseil de l'UE a sanctionné Anna Kovac et Piotr Zelinski.", "fr", "2021-03-03")
    assert len(ms) == 2, [(m.date, _targets(m)) for m in ms]


def test_the_report_view_keeps_two_acts_of_one_report_apart() -> None:
    from sanctionwatch.report.facts import FactView, merge_same_facts

    issuer = {"sw:issuer": [{"name": "Council of the European Union", "role": "issuer"}]}
    first = FactView("ms-a", "Sanction", {"sw:kind": ["sanctions"], "sw:status": ["called_for"],
                                          "sw:date": ["2024-03-11"]}, dict(issuer))
    second = FactView("ms-b", "Sanction", {"sw:kind": ["sanctions"], "sw:status": ["called_for"],
                                           "sw:date": ["2024-03-11"], "sw:told_at": ["170"]}, dict(issuer))
    assert len(merge_same_facts([first, second])) == 2
    again = FactView("ms-c", "Sanction", {"sw:kind": ["sanctions"], "sw:status": ["called_for"],
                                          "sw:date": ["2024-03-11"]}, dict(issuer))
    assert len(merge_same_facts([first, again])) == 1  # the same act read in two reports is one

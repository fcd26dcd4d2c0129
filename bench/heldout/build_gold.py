"""Write bench/heldout/gold/*.json from the tables below (format: ../shared/corpus/dev/README.md).

The held-out reports of bench/heldout/docs/ were written on 2026-12-06, in the project's own words,
about events that appear nowhere in the dev corpus or the seeds, BEFORE the extraction changes of
that session were merged, and nobody tunes rules on them: they measure how extraction does on
reports it never saw (`python bench/eval_facts.py --docs-dir bench/heldout/docs --gold-dir
bench/heldout/gold`). Evidence strings are checked to be exact substrings of their report.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def P(name, forms, roles=()):  # noqa: N802 - a table row
    return {"name": name, "forms": list(forms), "roles": list(roles)}


def M(mid, issuer, kind, status, date, targets=(), descriptions=(), evidence=(), also=(), accept=(),
      callers=(), legal=None):  # noqa: N802
    return {"id": mid, "issuer": issuer, "kind": kind, "also_kinds": list(also), "status": status,
            "accept_statuses": list(accept), "date": date, "targets": list(targets),
            "target_descriptions": list(descriptions), "callers": list(callers), "legal_basis": legal,
            "evidence": list(evidence)}


def E(eid, kind, date, subjects=(), evidence=(), actors=(), hypothetical=False, place=None):  # noqa: N802
    return {"id": eid, "kind": kind, "date": date, "actors": list(actors), "subjects": list(subjects),
            "place": place, "hypothetical": hypothetical, "negated": False, "evidence": list(evidence)}


USS, UST, USG = "US Department of State", "US Department of the Treasury", "Government of the United States"
EU, UKG = "European Union", "Government of the United Kingdom"

GOLD = [
    {"doc": "h01_sri_lanka_7031c_statement.txt", "language": "en", "published": "2020-02-14",
     "genre": "press_release",
     "persons": [P("Shavendra Silva", ["Shavendra Silva", "Silva"], ["target", "perpetrator"]),
                 P("Mike Pompeo", ["Michael R. Pompeo"], ["commentator"]),
                 P("Maithripala Sirisena", ["Maithripala Sirisena"], [])],
     "organizations": [P(USS, ["U.S. Department of State", "Department of State"], ["issuer"]),
                       P("Sri Lanka Army", ["Sri Lanka Army"], ["perpetrator"]),
                       P("58th Division (Sri Lanka Army)", ["58th Division"], ["perpetrator"]),
                       P("United Nations", ["United Nations"], []),
                       P(USG, ["United States", "Washington"], []),
                       P("Ministry of Foreign Affairs (Sri Lanka)", ["Sri Lankan foreign ministry"], ["commentator"])],
     "measures": [M("m1", USS, "visa_restriction", "imposed", "2020-02-14", ["Shavendra Silva"],
                    ["the members of his immediate family"], legal="Section 7031(c)",
                    evidence=["The Department of State today publicly designated Lieutenant General Shavendra Silva",
                              "Silva and the members of his immediate family are ineligible for entry into the United States"])],
     "events": [E("e1", "killing", "2009", [], ["extrajudicial killings carried out by the 58th Division"],
                  ["58th Division (Sri Lanka Army)"]),
                E("e2", "appointment", "2019-08", ["Shavendra Silva"],
                  ["Silva was promoted to army chief in August 2019"], ["Maithripala Sirisena"])]},
    {"doc": "h02_iran_morality_police_wire.txt", "language": "en", "published": "2022-09-22",
     "genre": "wire_story",
     "persons": [P("Mahsa Amini", ["Mahsa Amini", "Amini"], ["victim"]),
                 P("Mohammad Rostami Cheshmeh Gachi", ["Mohammad Rostami Cheshmeh Gachi"], ["target", "perpetrator"]),
                 P("Haj Ahmad Mirzaei", ["Haj Ahmad Mirzaei"], ["target", "perpetrator"]),
                 P("Esmail Khatib", ["Esmail Khatib"], ["target"]),
                 P("Kiyumars Heidari", ["Kiyumars Heidari"], ["target"]),
                 P("Janet Yellen", ["Janet Yellen"], ["commentator"])],
     "organizations": [P(UST, ["Treasury Department"], ["issuer"]),
                       P(USG, ["The United States", "United States"], ["issuer"]),
                       P("Morality Police (Iran)", ["morality police"], ["target", "perpetrator"]),
                       P("Ministry of Foreign Affairs (Iran)", ["Iran's foreign ministry"], ["commentator"]),
                       P("Government of Canada", ["Canada"], ["issuer"]),
                       P(EU, ["European Union"], [])],
     "measures": [M("m1", UST, "sdn_designation", "imposed", "2022-09-22",
                    ["Morality Police (Iran)", "Mohammad Rostami Cheshmeh Gachi", "Haj Ahmad Mirzaei", "Esmail Khatib",
                     "Kiyumars Heidari"], ["three commanders of the security forces"],
                    also=["asset_freeze", "sanctions", "targeted_measures"],
                    evidence=["The United States on Thursday imposed sanctions on Iran's morality police and seven senior security officials",
                              "The Treasury Department said it had designated the morality police as an entity",
                              "Any property the officials hold in the United States is frozen"]),
                  M("m2", "Government of Canada", "sanctions", "announced", None, [], ["those responsible"],
                    accept=["threatened"], evidence=["Canada said it would also sanction those responsible"]),
                  M("m3", EU, "sanctions", "called_for", None, [], ["those responsible"],
                    callers=["several European governments"],
                    evidence=["several European governments urged the European Union to do the same"])],
     "events": [E("e1", "arrest", "2022-09-13", ["Mahsa Amini"], ["was arrested in Tehran on Sept. 13 by the morality police"],
                  ["Morality Police (Iran)"], place="Tehran"),
                E("e2", "detention", "2022-09-13", ["Mahsa Amini"], ["She fell into a coma while in custody"],
                  ["Morality Police (Iran)"]),
                E("e3", "repression", "2022-09", [], ["the crackdown on demonstrations"]),
                E("e4", "killing", None, [], ["At least 17 people have been killed in the protests so far"])]},
    {"doc": "h03_kara_murza_verdict_court_report.txt", "language": "en", "published": "2023-04-17",
     "genre": "court_report",
     "persons": [P("Vladimir Kara-Murza", ["Vladimir Kara-Murza", "Kara-Murza"], ["victim"]),
                 P("Sergei Podoprigorov", ["Sergei Podoprigorov"], ["perpetrator"]),
                 P("Vadim Prokhorov", ["Vadim Prokhorov"], ["commentator"]),
                 P("James Cleverly", ["James Cleverly"], ["commentator"]),
                 P("Lynne Tracy", ["Lynne Tracy"], ["commentator"])],
     "organizations": [P("Moscow City Court", ["Moscow City Court"], ["perpetrator"]),
                       P(UKG, ["London"], ["issuer"])],
     "measures": [M("m1", UKG, "sanctions", "threatened", "2023-04-17", [], ["those responsible"],
                    evidence=["London would consider further sanctions against those responsible"])],
     "events": [E("e1", "conviction", "2023-04-17", ["Vladimir Kara-Murza"],
                  ["The Moscow City Court on Monday sentenced the opposition politician Vladimir Kara-Murza to 25 years"],
                  ["Moscow City Court"]),
                E("e2", "trial", None, ["Vladimir Kara-Murza"], ["The trial was held behind closed doors"]),
                E("e3", "arrest", "2022-04-11", ["Vladimir Kara-Murza"], ["was arrested in Moscow on 11 April 2022"],
                  place="Moscow"),
                E("e4", "detention", "2022-04-11", ["Vladimir Kara-Murza"], ["He has been in pre-trial detention ever since"]),
                E("e5", "charge", "2022-10", ["Vladimir Kara-Murza"], ["The treason charge was added in October 2022"]),
                E("e6", "attack", "2015", ["Vladimir Kara-Murza"], ["He survived two poisonings, in 2015 and 2017"]),
                E("e7", "attack", "2017", ["Vladimir Kara-Murza"], ["He survived two poisonings, in 2015 and 2017"])]},
    {"doc": "h04_uganda_ngo_statement.txt", "language": "en", "published": "2024-06-12",
     "genre": "ngo_statement",
     "persons": [P("Anita Among", ["Anita Among", "Among"], ["target", "perpetrator"]),
                 P("Mary Goretti Kitutu", ["Mary Goretti Kitutu"], ["target"]),
                 P("Agnes Nandutu", ["Agnes Nandutu"], ["target"]),
                 P("Yoweri Museveni", ["Yoweri Museveni"], [])],
     "organizations": [P(UKG, ["United Kingdom", "UK government"], ["issuer"]),
                       P(USS, ["US Department of State"], ["issuer"]),
                       P(USG, ["United States", "Washington"], []),
                       P(EU, ["European Union", "EU"], []),
                       P("Council of the European Union", ["EU Council"], []),
                       P("World Bank", ["World Bank"], ["issuer"])],
     "measures": [M("m1", "Council of the European Union", "targeted_measures", "called_for", "2024-06-12",
                    ["Anita Among"], ["the officials who drove the law through Parliament"],
                    also=["asset_freeze", "visa_restriction", "sanctions"], callers=["The undersigned organisations"],
                    evidence=["call on the European Union to adopt matching measures without further delay",
                              "We urge the EU Council to impose an asset freeze and a travel ban on Anita Among"]),
                  M("m2", UKG, "targeted_measures", "imposed", "2024-04-30",
                    ["Anita Among", "Mary Goretti Kitutu", "Agnes Nandutu"], also=["asset_freeze", "visa_restriction"],
                    evidence=["On 30 April 2024 the UK government froze the assets of Ms Among and imposed a travel ban on her"]),
                  M("m3", USS, "visa_restriction", "imposed", "2024-05-31", ["Anita Among"], legal="Section 7031(c)",
                    evidence=["on 31 May, the US Department of State designated Ms Among under Section 7031(c)"]),
                  M("m4", "World Bank", "aid_suspension", "imposed", "2023-08", [], ["new public financing to Uganda"],
                    evidence=["In August 2023 the World Bank suspended new public financing to Uganda"])],
     "events": [E("e1", "legislation", "2023-05-29", [], ["That law, signed by President Yoweri Museveni on 29 May 2023"],
                  ["Yoweri Museveni"])]},
    {"doc": "h05_ue_venezuela_sept_responsables_fr.txt", "language": "fr", "published": "2018-01-22",
     "genre": "wire_story",
     "persons": [P("Nicolás Maduro", ["Nicolás Maduro"], []),
                 P("Néstor Reverol", ["Néstor Reverol"], ["target", "perpetrator"]),
                 P("Diosdado Cabello", ["Diosdado Cabello"], ["target", "perpetrator"]),
                 P("Tibisay Lucena", ["Tibisay Lucena"], ["target", "perpetrator"]),
                 P("Tarek William Saab", ["Tarek William Saab"], ["target", "perpetrator"]),
                 P("Maikel Moreno", ["Maikel Moreno"], ["target", "perpetrator"]),
                 P("Gustavo González López", ["Gustavo González López"], ["target", "perpetrator"]),
                 P("Antonio Benavides Torres", ["Antonio Benavides Torres"], ["target", "perpetrator"]),
                 P("Federica Mogherini", ["Federica Mogherini"], ["commentator"])],
     "organizations": [P(EU, ["L'Union européenne", "UE", "l'Union", "Union"], ["issuer"]),
                       P("Council of the European Union", ["ministres des Affaires étrangères des Vingt-Huit"], ["issuer"]),
                       P("Government of Venezuela", ["Caracas"], ["commentator"])],
     "measures": [M("m1", EU, "targeted_measures", "imposed", "2018-01-22",
                    ["Néstor Reverol", "Diosdado Cabello", "Tibisay Lucena", "Tarek William Saab", "Maikel Moreno",
                     "Gustavo González López", "Antonio Benavides Torres"], ["sept hauts responsables vénézuéliens"],
                    also=["asset_freeze", "visa_restriction", "sanctions"],
                    evidence=["en gelant les avoirs de sept hauts responsables vénézuéliens et en leur interdisant l'entrée sur son territoire",
                              "ont visé notamment le ministre de l'Intérieur, Néstor Reverol"]),
                  M("m2", EU, "arms_embargo", "imposed", "2017-11", ["Government of Venezuela"],
                    evidence=["l'embargo sur les armes décidé en novembre 2017"]),
                  M("m3", EU, "sanctions", "threatened", None, [],
                    evidence=["l'Union pourrait prendre de nouvelles mesures si la situation ne s'améliorait pas"])],
     "events": []},
    {"doc": "h06_ue_iran_police_des_moeurs_fr.txt", "language": "fr", "published": "2022-10-17",
     "genre": "news_article",
     "persons": [P("Mahsa Amini", ["Mahsa Amini"], ["victim"]),
                 P("Mohammad Rostami Cheshmeh Gachi", ["Mohammad Rostami"], ["target", "perpetrator"]),
                 P("Haj Ahmad Mirzaei", ["Haj Ahmad Mirzaei"], ["target", "perpetrator"]),
                 P("Josep Borrell", ["Josep Borrell"], ["commentator"])],
     "organizations": [P(EU, ["Vingt-Sept", "UE", "l'Union", "Union"], ["issuer"]),
                       P("Morality Police (Iran)", ["police des mœurs"], ["target", "perpetrator"]),
                       P("Government of Iran", ["Téhéran"], ["commentator"]),
                       P("Ministry of Foreign Affairs (Iran)", ["ministère iranien des Affaires étrangères"], ["issuer"])],
     "measures": [M("m1", EU, "targeted_measures", "imposed", "2022-10-17",
                    ["Morality Police (Iran)", "Mohammad Rostami Cheshmeh Gachi", "Haj Ahmad Mirzaei"],
                    ["onze responsables iraniens et quatre entités"], also=["asset_freeze", "visa_restriction", "sanctions"],
                    evidence=["Les Vingt-Sept ont adopté ce lundi des sanctions contre onze responsables iraniens et quatre entités",
                              "sont interdites de séjour dans l'UE et leurs avoirs y sont gelés"]),
                  M("m2", EU, "sanctions", "threatened", None, [],
                    evidence=["n'excluait pas d'autres mesures"]),
                  M("m3", "Ministry of Foreign Affairs (Iran)", "sanctions", "imposed", "2022-10-17", [],
                    ["plusieurs responsables et médias européens"],
                    evidence=["a annoncé le même jour des sanctions de rétorsion contre plusieurs responsables et médias européens"])],
     "events": [E("e1", "arrest", "2022-09-13", ["Mahsa Amini"], ["trois jours après avoir été arrêtée à Téhéran par la police des mœurs"],
                  ["Morality Police (Iran)"], place="Téhéran"),
                E("e2", "repression", None, [], ["pour la répression des manifestations"]),
                E("e3", "killing", None, [], ["plus de 200 personnes ont été tuées par les forces de sécurité"])]},
    {"doc": "h07_ream_corruption_sanctions_km.txt", "language": "km", "published": None, "genre": "news_article",
     "persons": [P("Chau Phirun", ["ជៅ ភិរុណ"], ["target", "perpetrator"]),
                 P("Tea Vinh", ["ទៀ វិញ"], ["target"]),
                 P("Phay Siphan", ["ផៃ ស៊ីផាន"], ["commentator"]),
                 P("Kun Kim", ["គន់ គីម"], ["target"])],
     "organizations": [P(UST, ["ក្រសួងរតនាគារអាមេរិក", "ក្រសួងរតនាគារ"], ["issuer"]),
                       P(USG, ["អាមេរិក"], ["issuer"]),
                       P("Government of Cambodia", ["រាជរដ្ឋាភិបាល"], ["commentator"])],
     "measures": [M("m1", UST, "sdn_designation", "imposed", "2021-11-10", ["Chau Phirun", "Tea Vinh"],
                    also=["sanctions", "asset_freeze", "targeted_measures"],
                    evidence=["បានដាក់ទណ្ឌកម្មលើលោក ជៅ ភិរុណ", "ទ្រព្យសម្បត្តិទាំងអស់របស់អ្នកទាំងពីរនៅសហរដ្ឋអាមេរិក ត្រូវបានបង្កក"]),
                  M("m2", USG, "sanctions", "imposed", "2019-12", ["Kun Kim"], also=["sdn_designation"],
                    evidence=["កាលពីខែធ្នូ ឆ្នាំ២០១៩ អាមេរិកក៏បានដាក់ទណ្ឌកម្មលើលោក គន់ គីម"])],
     "events": []},
    {"doc": "h08_kem_sokha_verdict_km.txt", "language": "km", "published": None, "genre": "news_article",
     "persons": [P("Kem Sokha", ["កឹម សុខា"], ["victim"]), P("Joe Biden", ["បៃដិន"], [])],
     "organizations": [P("Phnom Penh Municipal Court", ["សាលាដំបូងរាជធានីភ្នំពេញ"], ["perpetrator"]),
                       P("Supreme Court of Cambodia", ["តុលាការកំពូល"], ["perpetrator"]),
                       P("Cambodia National Rescue Party", ["គណបក្សសង្គ្រោះជាតិ"], ["victim"]),
                       P(USS, ["ក្រសួងការបរទេសអាមេរិក"], ["commentator"]),
                       P(USG, ["រដ្ឋបាលលោក បៃដិន"], [])],
     "measures": [M("m1", USG, "sanctions", "called_for", None, [], ["មន្ត្រីកម្ពុជាដែលទទួលខុសត្រូវ"],
                    callers=["សមាជិកព្រឹទ្ធសភាអាមេរិកមួយចំនួន"],
                    evidence=["បានអំពាវនាវឱ្យរដ្ឋបាលលោក បៃដិន ដាក់ទណ្ឌកម្មលើមន្ត្រីកម្ពុជាដែលទទួលខុសត្រូវ"])],
     "events": [E("e1", "conviction", "2023-03-03", ["Kem Sokha"], ["បានកាត់ទោសលោក កឹម សុខា"], ["Phnom Penh Municipal Court"]),
                E("e2", "house_arrest", "2023-03-03", ["Kem Sokha"], ["តុលាការបានសម្រេចឱ្យលោកជាប់ឃុំខ្លួននៅផ្ទះ"]),
                E("e3", "political_ban", "2023-03-03", ["Kem Sokha"], ["បានដកសិទ្ធិធ្វើនយោបាយ"]),
                E("e4", "arrest", "2017-09-03", ["Kem Sokha"], ["ត្រូវបានចាប់ខ្លួននៅថ្ងៃទី៣ ខែកញ្ញា ឆ្នាំ២០១៧"]),
                E("e5", "party_dissolution", "2017-11", ["Cambodia National Rescue Party"],
                  ["តុលាការកំពូលបានរំលាយគណបក្សសង្គ្រោះជាតិ"], ["Supreme Court of Cambodia"]),
                E("e6", "election", "2023-07-23", [], ["ការបោះឆ្នោតជាតិ គ្រោងធ្វើឡើងនៅថ្ងៃទី២៣ ខែកក្កដា ឆ្នាំ២០២៣"],
                  hypothetical=True)]},
]


def main() -> None:
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for gold in GOLD:
        text = (HERE / "docs" / gold["doc"]).read_text(encoding="utf-8")
        for fact in gold["measures"] + gold["events"]:
            for quote in fact["evidence"]:
                if quote not in text:
                    raise SystemExit(f"{gold['doc']} {fact['id']}: evidence not in the report: {quote!r}")
        for entry in gold["persons"] + gold["organizations"]:
            for form in entry["forms"]:
                if form not in text:
                    raise SystemExit(f"{gold['doc']}: form not in the report: {form!r}")
        gold.setdefault("traps", [])
        path = out / (Path(gold["doc"]).stem + ".json")
        path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(GOLD)} gold files in {out}")


if __name__ == "__main__":
    main()

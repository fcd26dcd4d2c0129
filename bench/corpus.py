"""Deterministic generated corpora for benchmarks: mixed en/fr/km reports with duplicates.

Documents are assembled from paragraph templates written for this project (no shared data
copied), with names drawn from a fixed list, so every run of a benchmark sees the same text.
"""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = [
    ("Hun Sen", "HUN Sen", "ហ៊ុន សែន"), ("Kem Sokha", "KEM Sokha", "កឹម សុខា"),
    ("Sam Rainsy", "SAM Rainsy", "សម រង្ស៊ី"), ("Mu Sochua", "MU Sochua", "ម៉ួរ សុខហួរ"),
    ("Tea Banh", "TEA Banh", "ទៀ បាញ់"), ("Sar Kheng", "SAR Kheng", "ស ខេង"),
    ("Prak Sokhonn", "PRAK Sokhonn", "ប្រាក់ សុខុន"), ("Hun Manet", "HUN Manet", "ហ៊ុន ម៉ាណែត"),
]
EN = [
    "Opposition leader {a} was arrested on {d} and charged with treason, a charge rights groups called baseless.",
    "The United States announced visa restrictions on officials involved in undermining democracy, including allies of {a}.",
    "Prime Minister {a} said the Supreme Court had acted lawfully when it dissolved the Cambodia National Rescue Party.",
    "The European Parliament called on the EU to draw up a list of those responsible, among them {a}, for visa bans and asset freezes.",
    "{a} met the ambassador in Phnom Penh on {d} and discussed the release of {b}.",
    "Rights groups said {b} remained under house arrest while {a} consolidated power before the July election.",
]
FR = [
    "Le Premier ministre {A} a rejeté les critiques de l'Union européenne le {d}.",
    "{B}, président du CNRP, a été arrêté et accusé de trahison selon le gouvernement.",
    "Le Parlement européen demande des sanctions ciblées contre le régime de {A}.",
    "Les États-Unis ont annoncé des restrictions de visa contre des responsables cambodgiens proches de {A}.",
]
KM = [
    "លោកនាយករដ្ឋមន្ត្រី{k}បានច្រានចោលការរិះគន់។",
    "សហរដ្ឋអាមេរិកដាក់បម្រាមទិដ្ឋាការមន្ត្រីកម្ពុជា និងគ្រួសារ។",
    "ក្រុមសិទ្ធិមនុស្សអំពាវនាវឱ្យដោះលែងលោក {k} ជាបន្ទាន់។",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FAMILY = ["Chea", "Heng", "Sok", "Keo", "Meas", "Prak", "Seng", "Lim", "Chan", "Ouk", "Nuon", "Mao", "Tep",
          "Yim", "Long", "Kong", "Ros", "Pen", "Men", "Say", "Pol", "Suon", "Khieu", "Ieng", "Um"]
GIVEN = ["Sophea", "Dara", "Vannak", "Rithy", "Sokun", "Chanthy", "Bopha", "Piseth", "Sreymom", "Vuthy",
         "Kosal", "Narin", "Sovann", "Rachana", "Sothea", "Phalla", "Visal", "Kimsan", "Sokhom", "Veasna"]
PLACES = ["Phnom Penh", "Siem Reap", "Battambang", "Kampong Cham", "Takeo", "Kampot", "Kandal", "Pursat"]
EXTRA = [
    "{p} was detained in {place} on {d} after criticising the ruling party online.",
    "Police in {place} said {p} had been charged with incitement on {d}.",
    "Rights groups said {p}, a commune councillor for the opposition, fled to Thailand in {m}.",
    "{p} told reporters in {place} that {n} activists had been questioned since {m}.",
    "The court in {place} sentenced {p} to {n} years in prison on {d}, the lawyer said.",
    "Local officials in {place} denied that {p} had been threatened before the vote on {d}.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.choice([2016, 2017, 2018, 2019])}"


def _extra(rng: random.Random) -> str:
    """A sentence that is (almost always) new: varied names, places, dates and numbers."""
    return " ".join(
        rng.choice(EXTRA).format(p=_person(rng), place=rng.choice(PLACES), d=_date(rng),
                                 m=f"{rng.choice(MONTHS)} {rng.choice([2017, 2018])}", n=rng.randint(2, 40))
        for _ in range(rng.randint(1, 3))
    )


DATES = ["3 September 2017", "16 November 2017", "6 December 2017", "29 July 2018", "26 February 2018"]
BOILERPLATE = ["Share this:", "Facebook", "Twitter", "2 bloggers like this.", "Accessibility links"]


def generate(n_docs: int, out: Path, seed: int = 7) -> list[Path]:
    """Write `n_docs` reports into `out`: English paragraphs are mostly new sentences (varied names,
    places, dates); French and Khmer ones recombine templates; about a third of the reports
    repeat a paragraph of an earlier one and a fifth repeat one of their own."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    shared: list[str] = []
    paths = []
    for i in range(n_docs):
        a, b = rng.sample(PEOPLE, 2)
        lang = rng.choice(["en", "en", "fr", "km"])
        paras = [f"Report {i}", rng.choice(DATES)]
        for _ in range(rng.randint(4, 8)):
            if lang == "en" and rng.random() < 0.7:
                paras.append(_extra(rng))
            elif lang == "en" or rng.random() < 0.3:
                paras.append(rng.choice(EN).format(a=a[0], b=b[0], d=rng.choice(DATES)))
            elif lang == "fr":
                paras.append(rng.choice(FR).format(A=a[1], B=b[1], d=rng.choice(DATES)))
            else:
                paras.append(rng.choice(KM).format(k=a[2].replace(" ", rng.choice([" ", "-"]))))
        if shared and rng.random() < 0.35:
            paras.insert(2, rng.choice(shared))  # a press statement quoted by another report
        if rng.random() < 0.2:
            paras.append(paras[2])  # a duplicated paragraph inside one page
        shared.append(paras[-1])
        paras.extend(rng.sample(BOILERPLATE, 2))
        path = out / f"report-{i:05d}.txt"
        path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
